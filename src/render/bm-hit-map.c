/* bm-hit-map.c: which area or muscle of the back map lies under a point
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-hit-map"

#include "config.h"

#include "bm-hit-map.h"
#include "bm-map-renderer.h"

typedef struct
{
  int x0, y0, x1, y1; /* inclusive; x0 > x1 while the area has no pixel */
  double sum_x, sum_y;
  guint n_pixels;
} AreaStats;

/*
 * The map drawn once with each area in a colour of its own: a lookup is one read.
 * Shapes (areas or muscles) are at most 254, so one byte a pixel holds the shape plus one.
 */
struct _BmHitMap
{
  GObject parent_instance;

  guint8 *pixels;
  AreaStats *stats;
  guint n_areas;
  int width;
  int height;
};

G_DEFINE_FINAL_TYPE (BmHitMap, bm_hit_map, G_TYPE_OBJECT)

static void
bm_hit_map_finalize (GObject *object)
{
  BmHitMap *self = (BmHitMap *)object;

  g_free (self->pixels);
  g_free (self->stats);

  G_OBJECT_CLASS (bm_hit_map_parent_class)->finalize (object);
}

static void
bm_hit_map_class_init (BmHitMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_hit_map_finalize;
}

static void
bm_hit_map_init (BmHitMap *self)
{
}

static void
read_surface (BmHitMap        *self,
              cairo_surface_t *surface)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < self->height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);

      for (int x = 0; x < self->width; x++)
        {
          guint32 value = row[x] & 0xffffff;
          AreaStats *stats;

          if (value == 0 || value > self->n_areas || (row[x] >> 24) != 0xff)
            continue;

          self->pixels[(gsize) y * self->width + x] = value;
          stats = &self->stats[value - 1];
          stats->x0 = MIN (stats->x0, x);
          stats->y0 = MIN (stats->y0, y);
          stats->x1 = MAX (stats->x1, x);
          stats->y1 = MAX (stats->y1, y);
          stats->sum_x += x + 0.5;
          stats->sum_y += y + 0.5;
          stats->n_pixels++;
        }
    }
}

/**
 * bm_hit_map_new:
 * @layer: the areas, or the muscles
 * @width: the width of the widget or page the map fills
 * @height: its height
 *
 * Draws the id map of @renderer's @layer at that size: the map sits where
 * bm_map_renderer_get_viewport() puts it. A lookup gives an index of that layer.
 *
 * Returns: (transfer full): the hit map
 */
BmHitMap *
bm_hit_map_new (BmMapRenderer *renderer,
                BmMapLayer     layer,
                int            width,
                int            height)
{
  BmHitMap *self;
  cairo_surface_t *surface;
  RsvgRectangle viewport;
  cairo_t *cr;

  g_return_val_if_fail (BM_IS_MAP_RENDERER (renderer), NULL);
  g_return_val_if_fail (bm_map_renderer_get_n_shapes (renderer, layer) < 255, NULL);

  self = g_object_new (BM_TYPE_HIT_MAP, NULL);
  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->n_areas = bm_map_renderer_get_n_shapes (renderer, layer);
  self->pixels = g_malloc0 ((gsize) self->width * self->height);
  self->stats = g_new0 (AreaStats, self->n_areas);
  for (guint i = 0; i < self->n_areas; i++)
    {
      self->stats[i].x0 = self->stats[i].y0 = G_MAXINT;
      self->stats[i].x1 = self->stats[i].y1 = -1;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, self->width, self->height);
  cr = cairo_create (surface);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  bm_map_renderer_get_viewport (renderer, self->width, self->height, &viewport);
  bm_map_renderer_draw_id_map (renderer, cr, &viewport, layer);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  read_surface (self, surface);
  cairo_surface_destroy (surface);

  return self;
}

int
bm_hit_map_get_width (BmHitMap *self)
{
  g_return_val_if_fail (BM_IS_HIT_MAP (self), 0);

  return self->width;
}

int
bm_hit_map_get_height (BmHitMap *self)
{
  g_return_val_if_fail (BM_IS_HIT_MAP (self), 0);

  return self->height;
}

/**
 * bm_hit_map_lookup:
 *
 * Returns: the area under the point, or -1 where there is none
 */
int
bm_hit_map_lookup (BmHitMap *self,
                   double    x,
                   double    y)
{
  int px = (int) x, py = (int) y;

  if (x < 0 || y < 0 || px >= self->width || py >= self->height)
    return -1;

  return (int) self->pixels[(gsize) py * self->width + px] - 1;
}

/**
 * bm_hit_map_get_bounds:
 * @bounds: (out): the smallest rectangle holding the area
 *
 * Returns: whether the area has any pixel at this size
 */
gboolean
bm_hit_map_get_bounds (BmHitMap              *self,
                       guint                  area,
                       cairo_rectangle_int_t *bounds)
{
  AreaStats *stats;

  g_return_val_if_fail (BM_IS_HIT_MAP (self), FALSE);
  g_return_val_if_fail (area < self->n_areas, FALSE);

  stats = &self->stats[area];
  if (stats->n_pixels == 0)
    return FALSE;

  bounds->x = stats->x0;
  bounds->y = stats->y0;
  bounds->width = stats->x1 - stats->x0 + 1;
  bounds->height = stats->y1 - stats->y0 + 1;
  return TRUE;
}

/**
 * bm_hit_map_get_centre:
 * @x: (out): the horizontal centre of mass of the area
 * @y: (out): its vertical centre
 *
 * Returns: whether the area has any pixel at this size
 */
gboolean
bm_hit_map_get_centre (BmHitMap *self,
                       guint     area,
                       double   *x,
                       double   *y)
{
  AreaStats *stats;

  g_return_val_if_fail (BM_IS_HIT_MAP (self), FALSE);
  g_return_val_if_fail (area < self->n_areas, FALSE);

  stats = &self->stats[area];
  if (stats->n_pixels == 0)
    return FALSE;

  *x = stats->sum_x / stats->n_pixels;
  *y = stats->sum_y / stats->n_pixels;
  return TRUE;
}
