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
#include "bm-hit-map.h"
#include "bm-map-hotspot.h"
#include "bm-map-renderer.h"
#include "bm-spot-content.h"

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

typedef void (*DrawFunc) (BmBodyMap           *self,
                          cairo_t             *cr,
                          const RsvgRectangle *viewport,
                          gboolean             dark);

/* Draws into an image once, so that a frame only has to show it. */
static GdkTexture *
paint_texture (BmBodyMap *self,
               int        width,
               int        height,
               int        scale,
               gboolean   dark,
               DrawFunc   draw)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  RsvgRectangle viewport;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  bm_map_renderer_get_viewport (self->renderer, width, height, &viewport);
  draw (self, cr, &viewport, dark);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface)
                                      * height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

static void
draw_figure (BmBodyMap           *self,
             cairo_t             *cr,
             const RsvgRectangle *viewport,
             gboolean             dark)
{
  bm_map_renderer_draw_figure (self->renderer, cr, viewport, dark);
  /* In high contrast every area shows its edge, not only a shade when picked. */
  if (self->figure_high_contrast)
    for (guint i = 0; i < bm_map_renderer_get_n_areas (self->renderer); i++)
      bm_map_renderer_draw_mark (self->renderer, cr, viewport, i, BM_MAP_MARK_OUTLINE, dark);
}

static void
ensure_figure (BmBodyMap *self,
               int        width,
               int        height,
               int        scale,
               gboolean   dark,
               gboolean   high_contrast)
{
  if (self->figure != NULL && self->figure_width == width && self->figure_height == height &&
      self->figure_scale == scale && self->figure_dark == dark &&
      self->figure_high_contrast == high_contrast)
    return;

  self->figure_width = width;
  self->figure_height = height;
  self->figure_scale = scale;
  self->figure_dark = dark;
  self->figure_high_contrast = high_contrast;
  g_clear_object (&self->figure);
  self->figure = paint_texture (self, width, height, scale, dark, draw_figure);
  /* The marks are drawn for the same size. */
  g_clear_object (&self->marks);
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
  g_autoptr(GArray) referred = g_array_new (FALSE, FALSE, sizeof (guint));
  GListModel *spots;

  if (self->plan == NULL)
    return;

  spots = bm_care_plan_get_spots (self->plan);
  for (guint i = 0; i < bm_map_renderer_get_n_areas (self->renderer); i++)
    if (!is_selected (self, i) &&
        bm_spot_content_refers (spots, bm_map_renderer_get_area_region (self->renderer, i),
                                bm_map_renderer_get_area_side (self->renderer, i),
                                self->towards_spots))
      g_array_append_val (referred, i);

  if (referred->len > 0)
    bm_map_renderer_draw_marks (self->renderer, cr, viewport, (guint *) referred->data,
                                referred->len, BM_MAP_MARK_REFERRED, dark);
}

/* The picked areas and their links: they change with the plan, not with the pointer. */
static void
draw_marks (BmBodyMap           *self,
            cairo_t             *cr,
            const RsvgRectangle *viewport,
            gboolean             dark)
{
  if (self->show_referred)
    draw_referred (self, cr, viewport, dark);
  for (guint i = 0; i < bm_map_renderer_get_n_areas (self->renderer); i++)
    if (is_selected (self, i))
      bm_map_renderer_draw_mark (self->renderer, cr, viewport, i, BM_MAP_MARK_SELECTED, dark);
}

/* The hovered and the focused area: one small drawing each, over the images. */
static void
append_area_mark (BmBodyMap           *self,
                  GtkSnapshot         *snapshot,
                  const RsvgRectangle *viewport,
                  guint                area,
                  BmMapMark            mark,
                  gboolean             dark)
{
  cairo_rectangle_int_t box;
  graphene_rect_t bounds;
  cairo_t *cr;

  if (self->hit_map == NULL || !bm_hit_map_get_bounds (self->hit_map, area, &box))
    return;

  /* Room for the outline's width around the area. */
  graphene_rect_init (&bounds, box.x - 4, box.y - 4, box.width + 8, box.height + 8);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  bm_map_renderer_draw_mark (self->renderer, cr, viewport, area, mark, dark);
  cairo_destroy (cr);
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
  int scale;

  if (self->renderer == NULL || width <= 0 || height <= 0)
    return;

  scale = gtk_widget_get_scale_factor (widget);
  ensure_figure (self, width, height, scale, dark,
                 adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
  if (self->marks == NULL)
    self->marks = paint_texture (self, width, height, scale, dark, draw_marks);

  graphene_rect_init (&bounds, 0, 0, width, height);
  gtk_snapshot_append_texture (snapshot, self->figure, &bounds);
  gtk_snapshot_append_texture (snapshot, self->marks, &bounds);
  self->drawn = TRUE;

  bm_map_renderer_get_viewport (self->renderer, width, height, &viewport);
  if (self->hover >= 0)
    append_area_mark (self, snapshot, &viewport, self->hover, BM_MAP_MARK_HOVER, dark);

  focus = gtk_widget_get_focus_child (widget);
  if (BM_IS_MAP_HOTSPOT (focus) && gtk_widget_has_visible_focus (focus))
    append_area_mark (self, snapshot, &viewport, bm_map_hotspot_get_area (BM_MAP_HOTSPOT (focus)),
                      BM_MAP_MARK_FOCUS, dark);
}
