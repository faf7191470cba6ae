/* bm-hit-map.h: which area or muscle of the back map lies under a point
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "bm-render-types.h"

G_BEGIN_DECLS

#define BM_TYPE_HIT_MAP (bm_hit_map_get_type ())

G_DECLARE_FINAL_TYPE (BmHitMap, bm_hit_map, BM, HIT_MAP, GObject)

BmHitMap *bm_hit_map_new          (BmMapRenderer         *renderer,
                                   BmMapLayer             layer,
                                   int                    width,
                                   int                    height);
int       bm_hit_map_get_width    (BmHitMap              *self);
int       bm_hit_map_get_height   (BmHitMap              *self);
int       bm_hit_map_lookup       (BmHitMap              *self,
                                   double                 x,
                                   double                 y);
gboolean  bm_hit_map_get_bounds   (BmHitMap              *self,
                                   guint                  area,
                                   cairo_rectangle_int_t *bounds);
gboolean  bm_hit_map_get_centre   (BmHitMap              *self,
                                   guint                  area,
                                   double                *x,
                                   double                *y);

G_END_DECLS
