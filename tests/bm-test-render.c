/* bm-test-render.c: what the drawing tests share
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-test-render.h"

/* Draws one element of the map alone, styled by @css, where a map of that size
 * puts it: independently of the id map, to find pixels surely inside it. */
cairo_surface_t *
bm_test_draw_alone (GBytes     *svg,
                    const char *css,
                    const char *element,
                    int         width,
                    int         height)
{
  g_autoptr(RsvgHandle) handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL),
                                                            g_bytes_get_size (svg), NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  RsvgRectangle viewbox, viewport;
  gboolean has_width, has_height, has_viewbox;
  RsvgLength svg_width, svg_height;
  double scale;

  g_assert_nonnull (handle);
  g_assert_true (rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), NULL));
  rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &svg_width, &has_height, &svg_height,
                                        &has_viewbox, &viewbox);
  g_assert_true (has_viewbox);
  scale = MIN (width / viewbox.width, height / viewbox.height);
  viewport.width = viewbox.width * scale;
  viewport.height = viewbox.height * scale;
  viewport.x = (width - viewport.width) / 2;
  viewport.y = (height - viewport.height) / 2;

  g_assert_true (rsvg_handle_render_layer (handle, cr, element, &viewport, NULL));
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

gboolean
bm_test_opaque_around (cairo_surface_t *surface,
                       int              x,
                       int              y,
                       int              radius)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  for (int j = y - radius; j <= y + radius; j++)
    for (int i = x - radius; i <= x + radius; i++)
      {
        if (i < 0 || j < 0 || i >= width || j >= height)
          return FALSE;
        if ((((const guint32 *) (data + (gsize) j * stride))[i] >> 24) != 0xff)
          return FALSE;
      }

  return TRUE;
}

guint
bm_test_count_painted (cairo_surface_t *surface)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      n += ((const guint32 *) (data + (gsize) y * stride))[x] != 0;

  return n;
}
