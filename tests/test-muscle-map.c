/* test-muscle-map.c: the map's muscles match the catalog, and clicks find each one, deep ones too
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-catalog.h"
#include "bm-hit-map.h"
#include "bm-map-renderer.h"
#include "bm-pain-source.h"
#include "bm-region.h"
#include "bm-test-render.h"

static BmCatalog *catalog;
static BmMapRenderer *renderer;

static guint
count_muscles (BmCatalog *of)
{
  GPtrArray *sources = bm_catalog_get_pain_sources (of);
  guint n = 0;

  for (guint i = 0; i < sources->len; i++)
    n += bm_pain_source_get_kind (g_ptr_array_index (sources, i)) == BM_PAIN_SOURCE_KIND_MUSCLE;

  return n;
}

/* Until the shipped map draws its muscles, the tests of it are skipped. */
static gboolean
map_has_muscles (void)
{
  if (bm_map_renderer_get_n_shapes (renderer, BM_MAP_LAYER_MUSCLES) > 0)
    return TRUE;

  g_test_skip ("The map draws no muscles yet");
  return FALSE;
}

/* Every catalog muscle is drawn on both sides (the renderer refuses a map without
 * one), every drawn muscle and trigger point is a catalog muscle's, and the points
 * of each muscle side are numbered from 1 without a gap. */
static void
test_match_catalog (void)
{
  g_autoptr(GBytes) svg = g_resources_lookup_data (RESOURCE_PREFIX "/back-map.svg", 0, NULL);
  g_autoptr(GRegex) muscle_regex = g_regex_new ("id=\"muscle-([a-z-]+)-(left|right)\"", 0, 0,
                                                NULL);
  g_autoptr(GRegex) point_regex = g_regex_new ("id=\"trigger-([a-z-]+)-([0-9]+)-(left|right)\"", 0,
                                               0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n_elements = 0, n_points = 0, n_counted = 0;

  if (!map_has_muscles ())
    return;

  g_assert_cmpuint (count_muscles (catalog), >=, 24);
  g_assert_cmpuint (bm_map_renderer_get_n_shapes (renderer, BM_MAP_LAYER_MUSCLES), ==,
                    2 * count_muscles (catalog));

  g_regex_match (muscle_regex, g_bytes_get_data (svg, NULL), 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *id = g_match_info_fetch (match, 1);
      BmPainSource *source = bm_catalog_lookup_pain_source (catalog, id);

      if (source == NULL || bm_pain_source_get_kind (source) != BM_PAIN_SOURCE_KIND_MUSCLE)
        g_error ("The map draws \"muscle-%s\", which is no muscle of the catalog", id);
      n_elements++;
    }
  g_assert_cmpuint (n_elements, ==, bm_map_renderer_get_n_shapes (renderer, BM_MAP_LAYER_MUSCLES));
  g_clear_pointer (&match, g_match_info_free);

  g_regex_match (point_regex, g_bytes_get_data (svg, NULL), 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *id = g_match_info_fetch (match, 1);
      g_autofree char *side = g_match_info_fetch (match, 3);
      BmPainSource *source = bm_catalog_lookup_pain_source (catalog, id);

      if (source == NULL || bm_pain_source_get_kind (source) != BM_PAIN_SOURCE_KIND_MUSCLE)
        g_error ("The map has a trigger point of \"%s\", which is no muscle of the catalog", id);
      g_assert_cmpint (bm_map_renderer_find_muscle (renderer, source,
                                                    g_str_equal (side, "left") ? BM_SIDE_LEFT
                                                                               : BM_SIDE_RIGHT),
                       >=, 0);
      n_points++;
    }

  for (guint i = 0; i < bm_map_renderer_get_n_shapes (renderer, BM_MAP_LAYER_MUSCLES); i++)
    {
      guint n = bm_map_renderer_get_n_trigger_points (renderer, i);

      if (n == 0)
        g_error ("%s has no trigger point", bm_map_renderer_get_muscle_element (renderer, i));
      n_counted += n;
    }
  /* Points numbered with a gap are not counted by the renderer. */
  g_assert_cmpuint (n_counted, ==, n_points);
}

/* Where a muscle may send pain, the map has an area on the muscle's side or in
 * the middle, to hatch. */
static void
test_referral_areas (void)
{
  if (!map_has_muscles ())
    return;

  for (guint i = 0; i < bm_map_renderer_get_n_shapes (renderer, BM_MAP_LAYER_MUSCLES); i++)
    {
      BmPainSource *source = bm_map_renderer_get_muscle_source (renderer, i);
      GPtrArray *refers_to = bm_pain_source_get_refers_to (source);

      g_assert_cmpuint (refers_to->len, >, 0);
      for (guint j = 0; j < refers_to->len; j++)
        {
          BmRegion *region = g_ptr_array_index (refers_to, j);

          if (bm_map_renderer_find_area (renderer, region,
                                         bm_map_renderer_get_muscle_side (renderer, i)) < 0 &&
              bm_map_renderer_find_area (renderer, region, BM_SIDE_CENTER) < 0)
            g_error ("%s refers to %s, which has no area on its side",
                     bm_map_renderer_get_muscle_element (renderer, i), bm_region_get_id (region));
        }
    }
}

/* Each muscle is found at a point inside it: deep muscles are painted over the
 * superficial ones, so every point well inside a deep muscle finds it (or a
 * deep muscle over it), and every muscle keeps some points of its own. */
static void
check_muscles (BmMapRenderer *map,
               GBytes        *svg,
               int            width,
               int            height)
{
  static const char *css = ".muscle { fill: #000; fill-opacity: 1; stroke: none; }";
  g_autoptr(BmHitMap) hit_map = bm_hit_map_new (map, BM_MAP_LAYER_MUSCLES, width, height);

  for (guint muscle = 0; muscle < bm_map_renderer_get_n_shapes (map, BM_MAP_LAYER_MUSCLES);
       muscle++)
    {
      BmMuscleDepth depth = bm_pain_source_get_depth (bm_map_renderer_get_muscle_source (map,
                                                                                        muscle));
      cairo_surface_t *alone = bm_test_draw_alone (svg, css,
                                                   bm_map_renderer_get_muscle_element (map, muscle),
                                                   width, height);
      guint n_found = 0;

      for (int y = 0; y < height; y += 2)
        for (int x = 0; x < width; x += 2)
          {
            int found;

            if (!bm_test_opaque_around (alone, x, y, 1))
              continue;
            found = bm_hit_map_lookup (hit_map, x + 0.5, y + 0.5);
            if (found == (int) muscle)
              n_found++;
            else if (depth == BM_MUSCLE_DEPTH_DEEP &&
                     (found < 0 || bm_pain_source_get_depth (bm_map_renderer_get_muscle_source (map, found))
                                   != BM_MUSCLE_DEPTH_DEEP))
              g_error ("%dx%d: (%d, %d) is inside the deep %s but finds %d", width, height, x, y,
                       bm_map_renderer_get_muscle_element (map, muscle), found);
          }

      if (n_found == 0)
        g_error ("%dx%d: no point finds %s", width, height,
                 bm_map_renderer_get_muscle_element (map, muscle));
      cairo_surface_destroy (alone);
    }
}

static void
test_hit (void)
{
  g_autoptr(GBytes) svg = g_resources_lookup_data (RESOURCE_PREFIX "/back-map.svg", 0, NULL);

  if (!map_has_muscles ())
    return;

  check_muscles (renderer, svg, 360, 600);
  check_muscles (renderer, svg, 720, 1200);
}

static BmCatalog *
load_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BmCatalog *minimal;
  char *data;
  gsize size;

  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  bytes = g_bytes_new_take (data, size);
  minimal = bm_catalog_new_from_bytes (bytes, &error);
  g_assert_no_error (error);

  return minimal;
}

static GBytes *
load_fixture_map (const char *leave_out)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "muscle-map.svg", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  if (leave_out != NULL)
    {
      char *found = strstr (text, leave_out);

      g_assert_nonnull (found);
      memset (found, ' ', strlen (leave_out));
    }

  return g_bytes_new_take (g_steal_pointer (&text), strlen (text));
}

static int
find_in (BmMapRenderer *map,
         BmCatalog     *of,
         const char    *id,
         BmSide         side)
{
  return bm_map_renderer_find_muscle (map, bm_catalog_lookup_pain_source (of, id), side);
}

/* A small map: the superficial muscles come first, a deep muscle partly under a
 * superficial one wins where they overlap, and the trigger points are counted. */
static void
test_fixture (void)
{
  g_autoptr(BmCatalog) minimal = load_minimal ();
  g_autoptr(GBytes) svg = load_fixture_map (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmMapRenderer) map = bm_map_renderer_new (minimal, svg, &error);
  g_autoptr(BmHitMap) hit_map = NULL;
  int gmax, ql;

  g_assert_no_error (error);
  g_assert_cmpuint (bm_map_renderer_get_n_shapes (map, BM_MAP_LAYER_AREAS), ==, 4);
  g_assert_cmpuint (bm_map_renderer_get_n_shapes (map, BM_MAP_LAYER_MUSCLES), ==, 4);
  gmax = find_in (map, minimal, "gmax", BM_SIDE_LEFT);
  ql = find_in (map, minimal, "ql", BM_SIDE_LEFT);
  g_assert_cmpint (gmax, ==, 0);
  g_assert_cmpint (find_in (map, minimal, "gmax", BM_SIDE_RIGHT), ==, 1);
  g_assert_cmpint (ql, ==, 2);
  g_assert_cmpuint (bm_map_renderer_get_n_trigger_points (map, gmax), ==, 1);
  g_assert_cmpuint (bm_map_renderer_get_n_trigger_points (map, ql), ==, 2);
  g_assert_cmpstr (bm_map_renderer_get_muscle_element (map, ql), ==, "#muscle-ql-left");

  /* At 600x1000 the map's units are pixels. */
  hit_map = bm_hit_map_new (map, BM_MAP_LAYER_MUSCLES, 600, 1000);
  g_assert_cmpint (bm_hit_map_lookup (hit_map, 245, 400), ==, ql);
  g_assert_cmpint (bm_hit_map_lookup (hit_map, 245, 330), ==, ql);
  g_assert_cmpint (bm_hit_map_lookup (hit_map, 180, 400), ==, gmax);
  g_assert_cmpint (bm_hit_map_lookup (hit_map, 355, 400), ==, find_in (map, minimal, "ql",
                                                                       BM_SIDE_RIGHT));
  g_assert_cmpint (bm_hit_map_lookup (hit_map, 100, 400), ==, -1);
  check_muscles (map, svg, 300, 500);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  return ((const guint32 *) (data + (gsize) y * cairo_image_surface_get_stride (surface)))[x];
}

/* The figure leaves the muscles and the trigger points out; the muscle layer and
 * a muscle's dots draw them, in light and dark. */
static void
test_fixture_draws (void)
{
  g_autoptr(BmCatalog) minimal = load_minimal ();
  g_autoptr(GBytes) svg = load_fixture_map (NULL);
  g_autoptr(BmMapRenderer) map = bm_map_renderer_new (minimal, svg, NULL);
  RsvgRectangle viewport = { 0, 0, 600, 1000 };

  for (int dark = 0; dark <= 1; dark++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 1000);
      cairo_t *cr = cairo_create (surface);
      guint32 body;

      bm_map_renderer_draw_figure (map, cr, &viewport, dark);
      cairo_surface_flush (surface);
      /* Inside the quadratus lumborum, the body's own colour. */
      body = pixel_at (surface, 200, 250);
      g_assert_cmphex (pixel_at (surface, 245, 400), ==, body);
      g_assert_cmphex (pixel_at (surface, 225, 500), ==, body);
      bm_map_renderer_draw_muscles (map, cr, &viewport, dark);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      g_assert_cmphex (pixel_at (surface, 245, 400), !=, body);
      g_assert_cmphex (pixel_at (surface, 180, 500), !=, body);
      cairo_surface_destroy (surface);

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 1000);
      cr = cairo_create (surface);
      bm_map_renderer_draw_muscles (map, cr, &viewport, dark);
      cairo_destroy (cr);
      /* Both gluteus maximus, 130x230 each, and the quadratus lumborum beyond them. */
      g_assert_cmpuint (bm_test_count_painted (surface), >=, 2 * 130 * 230);
      cairo_surface_destroy (surface);

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 1000);
      cr = cairo_create (surface);
      bm_map_renderer_draw_trigger_points (map, cr, &viewport, find_in (map, minimal, "ql",
                                                                        BM_SIDE_LEFT), dark);
      cairo_destroy (cr);
      /* Two dots of radius 6 and their rims, at the two points alone. */
      g_assert_cmpuint (bm_test_count_painted (surface), >, 2 * 100);
      g_assert_cmpuint (bm_test_count_painted (surface), <, 2 * 250);
      g_assert_true (bm_test_opaque_around (surface, 245, 340, 2));
      g_assert_true (bm_test_opaque_around (surface, 245, 400, 2));
      cairo_surface_destroy (surface);
    }
}

/* A map with muscles has every muscle of the catalog; one without has no layer. */
static void
test_fixture_missing (void)
{
  g_autoptr(BmCatalog) minimal = load_minimal ();
  g_autoptr(GBytes) lacking = load_fixture_map ("id=\"muscle-ql-right\"");
  g_autoptr(GBytes) none = load_fixture_map ("id=\"muscles\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(BmMapRenderer) map = bm_map_renderer_new (minimal, lacking, &error);

  g_assert_null (map);
  g_assert_error (error, BM_MAP_RENDERER_ERROR, BM_MAP_RENDERER_ERROR_MISSING_AREA);
  g_assert_cmpstr (error->message, ==, "back map: no element \"muscle-ql-right\" for muscle \"ql\"");
  g_clear_error (&error);

  map = bm_map_renderer_new (minimal, none, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bm_map_renderer_get_n_shapes (map, BM_MAP_LAYER_MUSCLES), ==, 0);
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

  g_test_add_func ("/bm/muscle-map/fixture", test_fixture);
  g_test_add_func ("/bm/muscle-map/fixture-draws", test_fixture_draws);
  g_test_add_func ("/bm/muscle-map/fixture-missing", test_fixture_missing);
  g_test_add_func ("/bm/muscle-map/match-catalog", test_match_catalog);
  g_test_add_func ("/bm/muscle-map/referral-areas", test_referral_areas);
  g_test_add_func ("/bm/muscle-map/hit", test_hit);

  status = g_test_run ();
  g_object_unref (renderer);
  g_object_unref (catalog);

  return status;
}
