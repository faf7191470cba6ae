/* bm-map-renderer.h: draws the back map and marks its areas
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "bm-render-types.h"

G_BEGIN_DECLS

#define BM_MAP_RENDERER_ERROR (bm_map_renderer_error_quark ())

typedef enum
{
  BM_MAP_RENDERER_ERROR_INVALID,
  BM_MAP_RENDERER_ERROR_MISSING_AREA,
} BmMapRendererError;

#define BM_TYPE_MAP_RENDERER (bm_map_renderer_get_type ())

G_DECLARE_FINAL_TYPE (BmMapRenderer, bm_map_renderer, BM, MAP_RENDERER, GObject)

GQuark         bm_map_renderer_error_quark     (void);

BmMapRenderer *bm_map_renderer_new             (BmCatalog      *catalog,
                                                GBytes         *svg,
                                                GError        **error);
BmMapRenderer *bm_map_renderer_new_from_resource (BmCatalog    *catalog,
                                                  GError      **error);
guint          bm_map_renderer_get_n_areas     (BmMapRenderer  *self);
BmRegion      *bm_map_renderer_get_area_region (BmMapRenderer  *self,
                                                guint           area);
BmSide         bm_map_renderer_get_area_side   (BmMapRenderer  *self,
                                                guint           area);
const char    *bm_map_renderer_get_area_element (BmMapRenderer *self,
                                                 guint          area);
int            bm_map_renderer_find_area       (BmMapRenderer  *self,
                                                BmRegion       *region,
                                                BmSide          side);
guint          bm_map_renderer_get_n_shapes    (BmMapRenderer  *self,
                                                BmMapLayer      layer);
BmPainSource  *bm_map_renderer_get_muscle_source (BmMapRenderer *self,
                                                  guint          muscle);
BmSide         bm_map_renderer_get_muscle_side (BmMapRenderer  *self,
                                                guint           muscle);
const char    *bm_map_renderer_get_muscle_element (BmMapRenderer *self,
                                                   guint          muscle);
guint          bm_map_renderer_get_n_trigger_points (BmMapRenderer *self,
                                                     guint          muscle);
int            bm_map_renderer_find_muscle     (BmMapRenderer  *self,
                                                BmPainSource   *source,
                                                BmSide          side);
void           bm_map_renderer_get_viewport    (BmMapRenderer  *self,
                                                double          width,
                                                double          height,
                                                RsvgRectangle  *viewport);
void           bm_map_renderer_draw_figure     (BmMapRenderer  *self,
                                                cairo_t        *cr,
                                                const RsvgRectangle *viewport,
                                                gboolean        dark);
void           bm_map_renderer_draw_muscles    (BmMapRenderer  *self,
                                                cairo_t        *cr,
                                                const RsvgRectangle *viewport,
                                                gboolean        dark);
void           bm_map_renderer_draw_trigger_points (BmMapRenderer       *self,
                                                    cairo_t             *cr,
                                                    const RsvgRectangle *viewport,
                                                    guint                muscle,
                                                    gboolean             dark);
void           bm_map_renderer_draw_shape_marks (BmMapRenderer       *self,
                                                 cairo_t             *cr,
                                                 const RsvgRectangle *viewport,
                                                 BmMapLayer           layer,
                                                 const guint         *shapes,
                                                 guint                n_shapes,
                                                 BmMapMark            mark,
                                                 gboolean             dark);
void           bm_map_renderer_draw_mark       (BmMapRenderer  *self,
                                                cairo_t        *cr,
                                                const RsvgRectangle *viewport,
                                                guint           area,
                                                BmMapMark       mark,
                                                gboolean        dark);
void           bm_map_renderer_draw_marks      (BmMapRenderer  *self,
                                                cairo_t        *cr,
                                                const RsvgRectangle *viewport,
                                                const guint    *areas,
                                                guint           n_areas,
                                                BmMapMark       mark,
                                                gboolean        dark);
void           bm_map_renderer_draw_swatch     (BmMapRenderer  *self,
                                                cairo_t        *cr,
                                                const RsvgRectangle *viewport,
                                                BmMapMark       mark,
                                                gboolean        dark);
void           bm_map_renderer_draw_id_map     (BmMapRenderer  *self,
                                                cairo_t        *cr,
                                                const RsvgRectangle *viewport,
                                                BmMapLayer      layer);
BmCatalog     *bm_map_renderer_get_catalog     (BmMapRenderer  *self);
void           bm_map_renderer_draw_shade      (BmMapRenderer  *self,
                                                cairo_t        *cr,
                                                const RsvgRectangle *viewport,
                                                guint           area,
                                                const double    rgba[4]);

G_END_DECLS
