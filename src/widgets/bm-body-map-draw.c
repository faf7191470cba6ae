/* bm-body-map-draw.c: the body map's drawing: the cached figure, then the marks of each area
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-body-map"

#include "config.h"

#include <adwaita.h>

#include "bm-body-map-private.h"
#include "bm-care-plan.h"
#include "bm-map-hotspot.h"
#include "bm-map-renderer.h"
#include "bm-spot-content.h"

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
ensure_figure (BmBodyMap *self,
               int        width,
               int        height,
               int        scale,
               gboolean   dark,
               gboolean   high_contrast)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  RsvgRectangle viewport;
  cairo_t *cr;

  if (self->figure != NULL && self->figure_width == width && self->figure_height == height &&
      self->figure_scale == scale && self->figure_dark == dark &&
      self->figure_high_contrast == high_contrast)
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  bm_map_renderer_get_viewport (self->renderer, width, height, &viewport);
  bm_map_renderer_draw_figure (self->renderer, cr, &viewport, dark);
  /* In high contrast every area shows its edge, not only a shade when picked. */
  if (high_contrast)
    for (guint i = 0; i < bm_map_renderer_get_n_areas (self->renderer); i++)
      bm_map_renderer_draw_mark (self->renderer, cr, &viewport, i, BM_MAP_MARK_OUTLINE, dark);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface)
                                      * height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  g_clear_object (&self->figure);
  self->figure = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                         cairo_image_surface_get_stride (surface));
  self->figure_width = width;
  self->figure_height = height;
  self->figure_scale = scale;
  self->figure_dark = dark;
  self->figure_high_contrast = high_contrast;
}

static gboolean
is_selected (BmBodyMap *self,
             guint      area)
{
  return self->plan != NULL &&
    bm_care_plan_has_spot (self->plan, bm_map_renderer_get_area_region (self->renderer, area),
                           bm_map_renderer_get_area_side (self->renderer, area));
}

/* Where the sources sitting in the active spot may refer pain, on the same side. */
/* Every picked area's links are hatched, the way the legend says. */
static void
draw_referred (BmBodyMap           *self,
               cairo_t             *cr,
               const RsvgRectangle *viewport,
               gboolean             dark)
{
  GListModel *spots;

  if (self->plan == NULL)
    return;

  spots = bm_care_plan_get_spots (self->plan);
  for (guint i = 0; i < bm_map_renderer_get_n_areas (self->renderer); i++)
    {
      if (is_selected (self, i))
        continue;
      if (bm_spot_content_refers (spots, bm_map_renderer_get_area_region (self->renderer, i),
                                  bm_map_renderer_get_area_side (self->renderer, i),
                                  self->towards_spots))
        bm_map_renderer_draw_mark (self->renderer, cr, viewport, i, BM_MAP_MARK_REFERRED, dark);
    }
}

void
bm_body_map_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  BmBodyMap *self = BM_BODY_MAP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = is_dark ();
  graphene_rect_t bounds;
  RsvgRectangle viewport;
  GtkWidget *focus;
  cairo_t *cr;

  if (self->renderer == NULL || width <= 0 || height <= 0)
    return;

  ensure_figure (self, width, height, gtk_widget_get_scale_factor (widget), dark,
                 adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
  graphene_rect_init (&bounds, 0, 0, width, height);
  gtk_snapshot_append_texture (snapshot, self->figure, &bounds);
  self->drawn = TRUE;

  bm_map_renderer_get_viewport (self->renderer, width, height, &viewport);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);

  if (self->show_referred)
    draw_referred (self, cr, &viewport, dark);
  for (guint i = 0; i < bm_map_renderer_get_n_areas (self->renderer); i++)
    if (is_selected (self, i))
      bm_map_renderer_draw_mark (self->renderer, cr, &viewport, i, BM_MAP_MARK_SELECTED, dark);
  if (self->hover >= 0)
    bm_map_renderer_draw_mark (self->renderer, cr, &viewport, self->hover, BM_MAP_MARK_HOVER,
                               dark);

  focus = gtk_widget_get_focus_child (widget);
  if (BM_IS_MAP_HOTSPOT (focus) && gtk_widget_has_visible_focus (focus))
    bm_map_renderer_draw_mark (self->renderer, cr, &viewport,
                               bm_map_hotspot_get_area (BM_MAP_HOTSPOT (focus)),
                               BM_MAP_MARK_FOCUS, dark);

  cairo_destroy (cr);
}
