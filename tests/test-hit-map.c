/* test-hit-map.c: the map's areas match the catalog, and clicks find the right one
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-catalog.h"
#include "bm-hit-map.h"
#include "bm-map-renderer.h"
#include "bm-region.h"
#include "bm-step.h"
#include "bm-technique.h"
#include "bm-test-render.h"

static BmCatalog *catalog;
static BmMapRenderer *renderer;

/* Every element the map marks as clickable is a region and side of the catalog. */
static void
test_areas_match_catalog (void)
{
  g_autoptr(GBytes) svg = g_resources_lookup_data (RESOURCE_PREFIX "/back-map.svg", 0, NULL);
  g_autoptr(GRegex) regex = g_regex_new ("id=\"region-([a-z-]+)-(left|right|center)\"", 0, 0,
                                         NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n_elements = 0;

  g_regex_match (regex, g_bytes_get_data (svg, NULL), 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *id = g_match_info_fetch (match, 1);
      g_autofree char *side = g_match_info_fetch (match, 2);
      BmRegion *region = bm_catalog_lookup_region (catalog, id);

      if (region == NULL)
        g_error ("The map has an area for \"%s\", which the catalog lacks", id);
      g_assert_true (bm_region_get_sides (region) &
                     (g_str_equal (side, "left") ? BM_SIDE_LEFT
                      : g_str_equal (side, "right") ? BM_SIDE_RIGHT : BM_SIDE_CENTER));
      n_elements++;
      g_match_info_next (match, NULL);
    }

  /* The renderer refuses a map that lacks an area of the catalog. */
  g_assert_cmpuint (n_elements, ==, bm_map_renderer_get_n_areas (renderer));
  g_assert_cmpuint (n_elements, >=, 23);
}

static void
check_size (int width,
            int height)
{
  static const char *css = ".region { fill: #000; fill-opacity: 1; stroke: none; }";
  g_autoptr(GBytes) svg = g_resources_lookup_data (RESOURCE_PREFIX "/back-map.svg", 0, NULL);
  g_autoptr(BmHitMap) hit_map = bm_hit_map_new (renderer, BM_MAP_LAYER_AREAS, width, height);
  RsvgRectangle viewport;
  double scale;

  for (guint area = 0; area < bm_map_renderer_get_n_areas (renderer); area++)
    {
      cairo_surface_t *alone = bm_test_draw_alone (svg, css,
                                                   bm_map_renderer_get_area_element (renderer,
                                                                                     area),
                                                   width, height);
      guint n_inside = 0;

      /* Every pixel well inside the drawn area resolves to it. */
      for (int y = 0; y < height; y += 2)
        for (int x = 0; x < width; x += 2)
          {
            if (!bm_test_opaque_around (alone, x, y, 1))
              continue;
            if (bm_hit_map_lookup (hit_map, x + 0.5, y + 0.5) != (int) area)
              g_error ("%dx%d: (%d, %d) is inside %s but resolves to %d", width, height, x, y,
                       bm_map_renderer_get_area_element (renderer, area),
                       bm_hit_map_lookup (hit_map, x + 0.5, y + 0.5));
            n_inside++;
          }

      g_assert_cmpuint (n_inside, >, 0);
      cairo_surface_destroy (alone);
    }

  /* Outside the body: the corners, the top of the head, between the feet, beside the legs. */
  bm_map_renderer_get_viewport (renderer, width, height, &viewport);
  scale = viewport.width / 600;
  g_assert_cmpint (bm_hit_map_lookup (hit_map, 1, 1), ==, -1);
  g_assert_cmpint (bm_hit_map_lookup (hit_map, width - 1, height - 1), ==, -1);
  g_assert_cmpint (bm_hit_map_lookup (hit_map, viewport.x + 300 * scale,
                                      viewport.y + 60 * scale), ==, -1);
  g_assert_cmpint (bm_hit_map_lookup (hit_map, viewport.x + 300 * scale,
                                      viewport.y + 960 * scale), ==, -1);
  g_assert_cmpint (bm_hit_map_lookup (hit_map, viewport.x + 40 * scale,
                                      viewport.y + 700 * scale), ==, -1);
  g_assert_cmpint (bm_hit_map_lookup (hit_map, -5, 10), ==, -1);
  g_assert_cmpint (bm_hit_map_lookup (hit_map, width + 5, 10), ==, -1);
}

static void
test_hit_small (void)
{
  check_size (300, 500);
}

static void
test_hit_large (void)
{
  check_size (900, 1100);
}

/* The patient's left is on the viewer's left: the map is seen from behind. */
static void
test_sides (void)
{
  g_autoptr(BmHitMap) hit_map = bm_hit_map_new (renderer, BM_MAP_LAYER_AREAS, 600, 1000);
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  double left_x, right_x, y;

  g_assert_true (bm_hit_map_get_centre (hit_map,
                                        bm_map_renderer_find_area (renderer, lower, BM_SIDE_LEFT),
                                        &left_x, &y));
  g_assert_true (bm_hit_map_get_centre (hit_map,
                                        bm_map_renderer_find_area (renderer, lower, BM_SIDE_RIGHT),
                                        &right_x, &y));
  g_assert_cmpfloat (left_x, <, 300);
  g_assert_cmpfloat (right_x, >, 300);
}

/* Anatomical order from top to bottom, as a fraction of the figure's height. */
static void
test_landmarks (void)
{
  static const struct {
    const char *region;
    double top, bottom;
  } expected[] = {
    { "neck", 0.10, 0.20 },
    { "shoulder-blade", 0.18, 0.32 },
    { "middle", 0.28, 0.40 },
    { "lower", 0.35, 0.46 },
    { "sacroiliac", 0.41, 0.50 },
    { "gluteal", 0.40, 0.56 },
    { "posterior-thigh", 0.50, 0.75 },
    { "calf", 0.70, 0.98 },
  };
  g_autoptr(BmHitMap) hit_map = bm_hit_map_new (renderer, BM_MAP_LAYER_AREAS, 600, 1000);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      BmRegion *region = bm_catalog_lookup_region (catalog, expected[i].region);
      BmSide side = bm_region_get_sides (region) & BM_SIDE_LEFT ? BM_SIDE_LEFT : BM_SIDE_CENTER;
      double x, y;

      g_assert_true (bm_hit_map_get_centre (hit_map,
                                            bm_map_renderer_find_area (renderer, region, side),
                                            &x, &y));
      g_test_message ("%s centre at %.2f", expected[i].region, y / 1000);
      g_assert_cmpfloat (y / 1000, >=, expected[i].top);
      g_assert_cmpfloat (y / 1000, <=, expected[i].bottom);
    }
}

/* Every look of the map draws, in light and dark: marks only inside their area. */
static void
test_marks_draw (void)
{
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  int area = bm_map_renderer_find_area (renderer, lower, BM_SIDE_LEFT);
  g_autoptr(BmHitMap) hit_map = bm_hit_map_new (renderer, BM_MAP_LAYER_AREAS, 300, 500);
  cairo_rectangle_int_t bounds;
  RsvgRectangle viewport;

  bm_map_renderer_get_viewport (renderer, 300, 500, &viewport);
  g_assert_true (bm_hit_map_get_bounds (hit_map, area, &bounds));

  for (int dark = 0; dark <= 1; dark++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 500);
      cairo_t *cr = cairo_create (surface);

      bm_map_renderer_draw_figure (renderer, cr, &viewport, dark);
      g_assert_cmpuint (bm_test_count_painted (surface), >, 300 * 500 / 10);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);

      for (BmMapMark mark = 0; mark < BM_N_MAP_MARKS; mark++)
        {
          surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 500);
          cr = cairo_create (surface);
          bm_map_renderer_draw_mark (renderer, cr, &viewport, area, mark, dark);
          cairo_destroy (cr);

          g_assert_cmpuint (bm_test_count_painted (surface), >, 10);
          /* Nothing far outside the area's bounds (strokes reach a little beyond). */
          cr = cairo_create (surface);
          cairo_rectangle (cr, bounds.x - 4, bounds.y - 4, bounds.width + 8, bounds.height + 8);
          cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
          cairo_fill (cr);
          cairo_destroy (cr);
          g_assert_cmpuint (bm_test_count_painted (surface), ==, 0);
          cairo_surface_destroy (surface);
        }
    }
}

/* Every step's illustration renders with librsvg, and draws something. */
static void
test_illustrations_render (void)
{
  GPtrArray *techniques = bm_catalog_get_techniques (catalog);
  guint n_rendered = 0;

  for (guint i = 0; i < techniques->len; i++)
    {
      GPtrArray *steps = bm_technique_get_steps (g_ptr_array_index (techniques, i));

      for (guint j = 0; j < steps->len; j++)
        {
          g_autofree char *path = bm_step_dup_illustration_path (g_ptr_array_index (steps, j));
          g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
          g_autoptr(GError) error = NULL;
          g_autoptr(RsvgHandle) handle = rsvg_handle_new_from_data (g_bytes_get_data (bytes, NULL),
                                                                    g_bytes_get_size (bytes),
                                                                    &error);
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 240, 180);
          cairo_t *cr = cairo_create (surface);
          RsvgRectangle viewport = { 0, 0, 240, 180 };

          g_assert_no_error (error);
          g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, &error));
          g_assert_no_error (error);
          cairo_destroy (cr);
          if (bm_test_count_painted (surface) < 240 * 180 / 50)
            g_error ("%s draws almost nothing", path);
          cairo_surface_destroy (surface);
          n_rendered++;
        }
    }

  g_assert_cmpuint (n_rendered, >, 40);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalog = bm_catalog_new_from_resource (&error);
  g_assert_no_error (error);
  renderer = bm_map_renderer_new_from_resource (catalog, &error);
  g_assert_no_error (error);

  g_test_add_func ("/bm/map/areas-match-catalog", test_areas_match_catalog);
  g_test_add_func ("/bm/map/hit-small", test_hit_small);
  g_test_add_func ("/bm/map/hit-large", test_hit_large);
  g_test_add_func ("/bm/map/sides", test_sides);
  g_test_add_func ("/bm/map/landmarks", test_landmarks);
  g_test_add_func ("/bm/map/marks-draw", test_marks_draw);
  g_test_add_func ("/bm/illustrations/render", test_illustrations_render);

  status = g_test_run ();
  g_object_unref (renderer);
  g_object_unref (catalog);

  return status;
}
