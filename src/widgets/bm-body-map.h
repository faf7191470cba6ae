/* bm-body-map.h: the clickable map of the back
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-render-types.h"

G_BEGIN_DECLS

#define BM_TYPE_BODY_MAP (bm_body_map_get_type ())

G_DECLARE_FINAL_TYPE (BmBodyMap, bm_body_map, BM, BODY_MAP, GtkWidget)

BmMapRenderer *bm_body_map_get_renderer  (BmBodyMap     *self);
void           bm_body_map_set_renderer  (BmBodyMap     *self,
                                          BmMapRenderer *renderer);
BmCarePlan    *bm_body_map_get_plan      (BmBodyMap     *self);
void           bm_body_map_set_plan      (BmBodyMap     *self,
                                          BmCarePlan    *plan);
BmHitMap      *bm_body_map_get_hit_map   (BmBodyMap     *self);
GtkWidget     *bm_body_map_get_hotspot   (BmBodyMap     *self,
                                          guint          area);
gboolean       bm_body_map_get_drawn     (BmBodyMap     *self);
gboolean       bm_body_map_get_show_muscles (BmBodyMap  *self);
void           bm_body_map_set_show_muscles (BmBodyMap  *self,
                                             gboolean    show_muscles);
BmPainSource  *bm_body_map_get_muscle    (BmBodyMap     *self);
void           bm_body_map_set_muscle    (BmBodyMap     *self,
                                          BmPainSource  *muscle,
                                          BmSide         sides);

G_END_DECLS
