/* bm-body-map-private.h: the body map's parts, shared by its drawing and keyboard files
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-body-map.h"

G_BEGIN_DECLS

struct _BmBodyMap
{
  GtkWidget parent_instance;

  BmMapRenderer *renderer;
  BmCarePlan *plan;
  BmHitMap *hit_map;
  GPtrArray *hotspots;

  /* The figure, drawn for this size, scale and theme. */
  GdkTexture *figure;
  int figure_width;
  int figure_height;
  int figure_scale;
  gboolean figure_dark;
  gboolean figure_high_contrast;
  GdkTexture *marks;        /* the picked areas and their links, for the figure's size */

  int hover;
  int cursor;               /* the area the keyboard was last on, or -1 */
  gboolean show_referred;
  gboolean towards_spots;   /* hatch where pain may come from, not where it may go */
  gboolean add_mode;
  gboolean drawn; /* the figure has been in a frame */
};

void     bm_body_map_snapshot     (GtkWidget             *widget,
                                   GtkSnapshot           *snapshot);
int      bm_body_map_focused_area (BmBodyMap             *self);
gboolean bm_body_map_key_pressed  (BmBodyMap             *self,
                                   guint                  keyval,
                                   guint                  keycode,
                                   GdkModifierType        state,
                                   GtkEventControllerKey *controller);
void     bm_body_map_select_area  (BmBodyMap             *self,
                                   guint                  area,
                                   gboolean               extend);

G_END_DECLS
