/* bm-body-map-draw.c: the body map's drawing: the cached figure of each layer, then the marks
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
#include "bm-pain-source.h"
#include "bm-region.h"
#include "bm-spot-content.h"
#include "bm-spot.h"

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

/* The figure of the layer shown; in high contrast every shape shows its edge, not
 * only a shade when picked. At a first launch, in a narrow window and after a
 * touch the areas are outlined faintly: there is no hover to find them by. */
static void
draw_figure (BmBodyMap           *self,
             cairo_t             *cr,
             const RsvgRectangle *viewport,
             gboolean             dark)
{
  BmMapLayer layer = self->layer;
  guint n = bm_map_renderer_get_n_shapes (self->renderer, layer);
  g_autoptr(GArray) all = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

  bm_map_renderer_draw_figure (self->renderer, cr, viewport, dark);
  if (layer == BM_MAP_LAYER_MUSCLES)
    bm_map_renderer_draw_muscles (self->renderer, cr, viewport, dark);

  for (guint i = 0; i < n; i++)
    g_array_append_val (all, i);
  if (self->figure_high_contrast)
    bm_map_renderer_draw_shape_marks (self->renderer, cr, viewport, layer, (guint *) all->data, n,
                                      BM_MAP_MARK_OUTLINE, dark);
  else if (self->figure_hint && layer == BM_MAP_LAYER_AREAS)
    bm_map_renderer_draw_shape_marks (self->renderer, cr, viewport, layer, (guint *) all->data, n,
                                      BM_MAP_MARK_HINT, dark);
}

static void
ensure_figure (BmBodyMap *self,
               int        width,
               int        height,
               int        scale,
               gboolean   dark,
               gboolean   high_contrast)
{
  gboolean hint = self->hint_outlines || self->touched;

  if (self->figure_width != width || self->figure_height != height ||
      self->figure_scale != scale || self->figure_dark != dark ||
      self->figure_high_contrast != high_contrast || self->figure_hint != hint)
    {
      self->figure_width = width;
      self->figure_height = height;
      self->figure_scale = scale;
      self->figure_dark = dark;
      self->figure_high_contrast = high_contrast;
      self->figure_hint = hint;
      for (BmMapLayer layer = 0; layer < BM_N_MAP_LAYERS; layer++)
        {
          g_clear_object (&self->figures[layer]);
          /* The marks are drawn for the same size. */
          g_clear_object (&self->marks[layer]);
        }
    }

  if (self->figures[self->layer] == NULL)
    self->figures[self->layer] = paint_texture (self, width, height, scale, dark, draw_figure);
}

static gboolean
is_selected (BmBodyMap *self,
             guint      area)
{
  return self->plan != NULL &&
    bm_care_plan_has_spot (self->plan, bm_map_renderer_get_area_region (self->renderer, area),
                           bm_map_renderer_get_area_side (self->renderer, area));
}

static void
draw_shapes (BmBodyMap           *self,
             cairo_t             *cr,
             const RsvgRectangle *viewport,
             BmMapLayer           layer,
             GArray              *shapes,
             BmMapMark            mark,
             gboolean             dark)
{
  if (shapes->len > 0)
    bm_map_renderer_draw_shape_marks (self->renderer, cr, viewport, layer, (guint *) shapes->data,
                                      shapes->len, mark, dark);
}

/* Every picked area's links are hatched, the way the legend says. */
static void
draw_referred (BmBodyMap           *self,
               cairo_t             *cr,
               const RsvgRectangle *viewport,
               gboolean             dark)
{
  g_autoptr(GArray) referred = g_array_new (FALSE, FALSE, sizeof (guint));
  GListModel *spots = bm_care_plan_get_spots (self->plan);

  for (guint i = 0; i < bm_map_renderer_get_n_areas (self->renderer); i++)
    if (!is_selected (self, i) &&
        bm_spot_content_refers (spots, bm_map_renderer_get_area_region (self->renderer, i),
                                bm_map_renderer_get_area_side (self->renderer, i),
                                self->towards_spots))
      g_array_append_val (referred, i);

  draw_shapes (self, cr, viewport, BM_MAP_LAYER_AREAS, referred, BM_MAP_MARK_REFERRED, dark);
}

/* Whether a muscle sits in or may send pain to a picked area, on the same side. */
static gboolean
muscle_reaches_spots (BmBodyMap *self,
                      guint      muscle)
{
  BmPainSource *source = bm_map_renderer_get_muscle_source (self->renderer, muscle);
  BmSide side = bm_map_renderer_get_muscle_side (self->renderer, muscle);
  GListModel *spots = bm_care_plan_get_spots (self->plan);

  for (guint i = 0; i < g_list_model_get_n_items (spots); i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);
      BmRegion *region = bm_spot_get_region (spot);

      if (bm_spot_get_side (spot) != BM_SIDE_CENTER && bm_spot_get_side (spot) != side)
        continue;
      if (g_ptr_array_find (bm_region_get_referred_from (region), source, NULL) ||
          g_ptr_array_find (bm_region_get_sources_here (region), source, NULL))
        return TRUE;
    }

  return FALSE;
}

/* The picked areas and their links; on the muscles, those that may cause the pain
 * are outlined too. */
static void
draw_spots (BmBodyMap           *self,
            cairo_t             *cr,
            const RsvgRectangle *viewport,
            gboolean             dark)
{
  g_autoptr(GArray) picked = g_array_new (FALSE, FALSE, sizeof (guint));

  if (self->plan == NULL)
    return;

  if (self->show_referred)
    draw_referred (self, cr, viewport, dark);
  for (guint i = 0; i < bm_map_renderer_get_n_areas (self->renderer); i++)
    if (is_selected (self, i))
      g_array_append_val (picked, i);
  draw_shapes (self, cr, viewport, BM_MAP_LAYER_AREAS, picked, BM_MAP_MARK_SELECTED, dark);

  if (self->layer == BM_MAP_LAYER_MUSCLES && picked->len > 0)
    {
      g_autoptr(GArray) causes = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint i = 0; i < bm_map_renderer_get_n_shapes (self->renderer, self->layer); i++)
        if (muscle_reaches_spots (self, i))
          g_array_append_val (causes, i);
      draw_shapes (self, cr, viewport, BM_MAP_LAYER_MUSCLES, causes, BM_MAP_MARK_REFERRED, dark);
    }
}

/* The muscle whose page is open: where it may send pain, hatched, then the muscle
 * and its trigger points, on either layer. */
static void
draw_muscle (BmBodyMap           *self,
             cairo_t             *cr,
             const RsvgRectangle *viewport,
             gboolean             dark)
{
  GPtrArray *refers_to = bm_pain_source_get_refers_to (self->muscle);
  g_autoptr(GArray) referred = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < bm_map_renderer_get_n_areas (self->renderer); i++)
    {
      BmSide side = bm_map_renderer_get_area_side (self->renderer, i);

      if ((side == BM_SIDE_CENTER || (side & self->muscle_sides) != 0) &&
          g_ptr_array_find (refers_to, bm_map_renderer_get_area_region (self->renderer, i), NULL))
        g_array_append_val (referred, i);
    }
  draw_shapes (self, cr, viewport, BM_MAP_LAYER_AREAS, referred, BM_MAP_MARK_REFERRED, dark);

  for (guint i = 0; i < bm_map_renderer_get_n_shapes (self->renderer, BM_MAP_LAYER_MUSCLES); i++)
    if (bm_body_map_shows_muscle (self, i))
      g_array_append_val (shown, i);
  draw_shapes (self, cr, viewport, BM_MAP_LAYER_MUSCLES, shown, BM_MAP_MARK_SELECTED, dark);
  for (guint i = 0; i < shown->len; i++)
    bm_map_renderer_draw_trigger_points (self->renderer, cr, viewport,
                                         g_array_index (shown, guint, i), dark);
}

/* What is picked and its links: they change with the plan, not with the pointer. */
static void
draw_marks (BmBodyMap           *self,
            cairo_t             *cr,
            const RsvgRectangle *viewport,
            gboolean             dark)
{
  if (self->muscle != NULL)
    draw_muscle (self, cr, viewport, dark);
  else
    draw_spots (self, cr, viewport, dark);
}

/* The hovered and the focused shape: one small drawing each, over the images. */
static void
append_shape_mark (BmBodyMap           *self,
                   GtkSnapshot         *snapshot,
                   const RsvgRectangle *viewport,
                   guint                shape,
                   BmMapMark            mark,
                   gboolean             dark)
{
  cairo_rectangle_int_t box;
  graphene_rect_t bounds;
  cairo_t *cr;

  if (self->hit_map == NULL || !bm_hit_map_get_bounds (self->hit_map, shape, &box))
    return;

  /* Room for the outline's width around the shape. */
  graphene_rect_init (&bounds, box.x - 4, box.y - 4, box.width + 8, box.height + 8);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  bm_map_renderer_draw_shape_marks (self->renderer, cr, viewport, self->layer, &shape, 1, mark,
                                    dark);
  cairo_destroy (cr);
}

/* Once a frame is out, the layer not shown is drawn too, so that a switch to it
 * only has to show its images. */
static gboolean
prepare_other_layer_cb (gpointer data)
{
  BmBodyMap *self = data;
  BmMapLayer shown = self->layer;

  self->prepare_id = 0;
  if (self->renderer == NULL || self->figure_width <= 0 ||
      bm_map_renderer_get_n_shapes (self->renderer, BM_MAP_LAYER_MUSCLES) == 0)
    return G_SOURCE_REMOVE;

  self->layer = shown == BM_MAP_LAYER_AREAS ? BM_MAP_LAYER_MUSCLES : BM_MAP_LAYER_AREAS;
  if (self->figures[self->layer] == NULL)
    self->figures[self->layer] = paint_texture (self, self->figure_width, self->figure_height,
                                                self->figure_scale, self->figure_dark,
                                                draw_figure);
  if (self->marks[self->layer] == NULL)
    self->marks[self->layer] = paint_texture (self, self->figure_width, self->figure_height,
                                              self->figure_scale, self->figure_dark, draw_marks);
  self->layer = shown;

  return G_SOURCE_REMOVE;
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
  if (self->marks[self->layer] == NULL)
    self->marks[self->layer] = paint_texture (self, width, height, scale, dark, draw_marks);

  graphene_rect_init (&bounds, 0, 0, width, height);
  gtk_snapshot_append_texture (snapshot, self->figures[self->layer], &bounds);
  gtk_snapshot_append_texture (snapshot, self->marks[self->layer], &bounds);
  self->drawn = TRUE;

  bm_map_renderer_get_viewport (self->renderer, width, height, &viewport);
  if (self->hover >= 0)
    append_shape_mark (self, snapshot, &viewport, self->hover, BM_MAP_MARK_HOVER, dark);

  focus = gtk_widget_get_focus_child (widget);
  if (BM_IS_MAP_HOTSPOT (focus) && gtk_widget_get_child_visible (focus) &&
      gtk_widget_has_visible_focus (focus))
    append_shape_mark (self, snapshot, &viewport, bm_map_hotspot_get_area (BM_MAP_HOTSPOT (focus)),
                       BM_MAP_MARK_FOCUS, dark);

  if (self->prepare_id == 0 &&
      (self->figures[!self->layer] == NULL || self->marks[!self->layer] == NULL))
    self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_other_layer_cb, self, NULL);
}
