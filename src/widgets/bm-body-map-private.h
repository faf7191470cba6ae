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

  /* Each layer has its hit map and its focusable children; those of the layer
   * shown are also at hit_map and hotspots, where every use finds them. */
  BmMapLayer layer;
  BmHitMap *hit_maps[BM_N_MAP_LAYERS];
  GPtrArray *layer_hotspots[BM_N_MAP_LAYERS];
  BmHitMap *hit_map;
  GPtrArray *hotspots;

  /* The figure of each layer, drawn for this size, scale and theme, and the
   * picked areas or muscle with their links, for the figure's size: both layers
   * are kept, so a switch only shows other images. */
  GdkTexture *figures[BM_N_MAP_LAYERS];
  GdkTexture *marks[BM_N_MAP_LAYERS];
  int figure_width;
  int figure_height;
  int figure_scale;
  gboolean figure_dark;
  gboolean figure_high_contrast;
  gboolean figure_hint;
  guint prepare_id;         /* draws the layer not shown once a frame is out */

  BmPainSource *muscle;     /* the muscle whose page is open, or NULL */
  BmSide muscle_sides;

  int hover;
  int cursor;               /* the shape the keyboard was last on, or -1 */
  gboolean show_referred;
  gboolean towards_spots;   /* hatch where pain may come from, not where it may go */
  gboolean add_mode;
  gboolean hint_outlines;   /* asked for: a first launch, or a narrow window */
  gboolean touched;         /* a touch screen was used: the areas stay outlined */
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
void     bm_body_map_redraw_marks (BmBodyMap             *self);
gboolean bm_body_map_focus        (GtkWidget             *widget,
                                   GtkDirectionType       direction);

void     bm_body_map_create_hotspots        (BmBodyMap *self);
void     bm_body_map_clear_hotspots         (BmBodyMap *self);
void     bm_body_map_update_selected_states (BmBodyMap *self);
void     bm_body_map_show_hotspots          (BmBodyMap *self);
void     bm_body_map_allocate_shapes        (BmBodyMap *self,
                                             int        width,
                                             int        height);
gboolean bm_body_map_shows_muscle           (BmBodyMap *self,
                                             guint      muscle);

G_END_DECLS
