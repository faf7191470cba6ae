/* test-pain-chart.c: the pain chart, drawn into an image and read back pixel by pixel
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-catalog.h"
#include "bm-diary.h"
#include "bm-pain-chart.h"

#define WIDTH 600
#define HEIGHT 300
#define DAY (24 * 3600)
/* 1 November 2026, noon UTC */
#define START G_GINT64_CONSTANT (1793534400)

static BmCatalog *catalog;

/* The first two lines' colours, light and dark, as the chart defines them. */
static const guint32 blue = 0x1c71d8, orange = 0xc64600, dark_blue = 0x78aeed;

typedef struct
{
  BmPainChart *chart;
  cairo_surface_t *surface;
  PangoContext *context;
} Drawing;

static void
drawing_clear (Drawing *drawing)
{
  g_clear_object (&drawing->chart);
  g_clear_pointer (&drawing->surface, cairo_surface_destroy);
  g_clear_object (&drawing->context);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Drawing, drawing_clear)

static void
add_score (BmDiary    *diary,
           gint64      time,
           const char *region_id,
           BmSide      side,
           guint       intensity)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (time);
  g_autoptr(BmDiaryEntry) entry = bm_diary_entry_new (when);

  bm_diary_entry_set_score (entry, region_id, side, intensity, BM_PAIN_QUALITY_ACHING);
  bm_diary_add (diary, entry);
}

/* Charts the first week of November 2026 from @diary, which may be NULL. */
static void
draw (Drawing  *drawing,
      BmDiary  *diary,
      gboolean  dark)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  cairo_t *cr;

  drawing->chart = bm_pain_chart_new (catalog);
  bm_pain_chart_set_diary (drawing->chart, diary, START - DAY / 2, START + 7 * DAY - DAY / 2);
  bm_pain_chart_set_dark (drawing->chart, dark);

  drawing->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (drawing->surface);
  drawing->context = pango_cairo_create_context (cr);
  pango_context_set_font_description (drawing->context, font);
  bm_pain_chart_draw (drawing->chart, cr, drawing->context, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (drawing->surface);
}

static guint32
pixel (Drawing *drawing,
       int      x,
       int      y)
{
  const guint8 *data = cairo_image_surface_get_data (drawing->surface);
  int stride = cairo_image_surface_get_stride (drawing->surface);

  g_assert_true (x >= 0 && x < WIDTH && y >= 0 && y < HEIGHT);
  return ((const guint32 *) (data + (gsize) y * stride))[x] & 0xffffff;
}

static gboolean
near (guint32 a,
      guint32 b)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 24)
      return FALSE;

  return TRUE;
}

/* Whether @colour is at the point where the chart draws @intensity at @time, or
 * at a pixel next to it: anti-aliasing blurs the very edge. */
static gboolean
colour_at (Drawing *drawing,
           gint64   time,
           double   intensity,
           guint32  colour)
{
  double x, y;

  bm_pain_chart_locate (drawing->chart, drawing->context, WIDTH, HEIGHT, time, intensity, &x, &y);
  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++)
      if (near (pixel (drawing, (int) x + dx, (int) y + dy), colour))
        return TRUE;

  return FALSE;
}

static guint
count_colour (Drawing *drawing,
              guint32  colour)
{
  guint n = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      n += near (pixel (drawing, x, y), colour);

  return n;
}

/* One score is a marker alone: no line leads to it. */
static void
test_single_point (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_auto(Drawing) drawing = { NULL, };

  add_score (diary, START + 3 * DAY, "lower", BM_SIDE_LEFT, 7);
  draw (&drawing, diary, FALSE);

  g_assert_false (bm_pain_chart_is_empty (drawing.chart));
  g_assert_true (colour_at (&drawing, START + 3 * DAY, 7, blue));
  g_assert_false (colour_at (&drawing, START + 3 * DAY, 3, blue));
  g_assert_false (colour_at (&drawing, START + 2 * DAY, 7, blue));
  g_assert_false (colour_at (&drawing, START + 4 * DAY, 7, blue));
  g_assert_true (near (pixel (&drawing, 0, 0), 0xffffff));
}

/* Two scores are joined; the second region has its own colour, and no line
 * crosses where none should be. */
static void
test_lines (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_auto(Drawing) drawing = { NULL, };

  add_score (diary, START, "lower", BM_SIDE_LEFT, 2);
  add_score (diary, START + 4 * DAY, "lower", BM_SIDE_LEFT, 8);
  add_score (diary, START + DAY, "neck", BM_SIDE_RIGHT, 9);
  add_score (diary, START + 5 * DAY, "neck", BM_SIDE_RIGHT, 9);
  draw (&drawing, diary, FALSE);

  g_assert_true (colour_at (&drawing, START, 2, blue));
  g_assert_true (colour_at (&drawing, START + 4 * DAY, 8, blue));
  /* Half-way along the solid line. */
  g_assert_true (colour_at (&drawing, START + 2 * DAY, 5, blue));
  g_assert_false (colour_at (&drawing, START + 2 * DAY, 7, blue));
  g_assert_true (colour_at (&drawing, START + DAY, 9, orange));
  g_assert_true (colour_at (&drawing, START + 5 * DAY, 9, orange));
  g_assert_false (colour_at (&drawing, START + 3 * DAY, 5, orange));
  g_assert_false (colour_at (&drawing, START + 6 * DAY, 3, blue));
  g_assert_false (colour_at (&drawing, START + 6 * DAY, 3, orange));
}

/* A region keeps its look over any stretch of time: with the first region's
 * scores outside the week, the second still has its own colour, not the first's. */
static void
test_styles_kept (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_auto(Drawing) drawing = { NULL, };

  add_score (diary, START - 30 * DAY, "lower", BM_SIDE_LEFT, 4);
  add_score (diary, START + DAY, "neck", BM_SIDE_RIGHT, 9);
  add_score (diary, START + 5 * DAY, "neck", BM_SIDE_RIGHT, 9);
  draw (&drawing, diary, FALSE);

  g_assert_true (colour_at (&drawing, START + DAY, 9, orange));
  g_assert_true (colour_at (&drawing, START + 5 * DAY, 9, orange));
  g_assert_cmpuint (count_colour (&drawing, blue), ==, 0);
}

/* A burst of scores within one pixel column keeps its peak. */
static void
test_thinning_keeps_peaks (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_auto(Drawing) drawing = { NULL, };
  const guint scores[] = { 1, 1, 1, 1, 1, 9, 1, 1, 1, 1, 1 };

  /* Seconds apart: a pixel column is about 20 minutes. */
  add_score (diary, START, "lower", BM_SIDE_LEFT, 1);
  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    add_score (diary, START + 3 * DAY + i * 5, "lower", BM_SIDE_LEFT, scores[i]);
  add_score (diary, START + 6 * DAY, "lower", BM_SIDE_LEFT, 1);
  draw (&drawing, diary, FALSE);

  g_assert_true (colour_at (&drawing, START + 3 * DAY, 8.5, blue));
  g_assert_false (colour_at (&drawing, START + 4 * DAY + DAY / 2, 8.5, blue));
}

/* Thousands of scores: a band from each day's lowest to its highest score, in the
 * line's colour, faint, under the line of the daily means. */
static void
test_dense_band (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_auto(Drawing) drawing = { NULL, };
  const guint32 band = 0xd2e2f7; /* the blue at a fifth over white */
  g_autoptr(GDateTime) noon = g_date_time_new_local (2026, 11, 4, 12, 0, 0);
  gint64 spike = g_date_time_to_unix (noon);

  for (gint64 t = START; t < START + 6 * DAY; t += 300)
    add_score (diary, t, "lower", BM_SIDE_LEFT, ABS (t - spike) < 150 ? 10 : 2);
  draw (&drawing, diary, FALSE);

  /* That day, and the day before; odd scores, off the grid lines. */
  g_assert_true (colour_at (&drawing, spike, 7, band));
  g_assert_false (colour_at (&drawing, spike - DAY, 7, band));
  g_assert_false (colour_at (&drawing, spike - DAY, 7, blue));
  g_assert_true (colour_at (&drawing, spike - DAY, 2, blue));
}

static void
test_empty (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_auto(Drawing) no_diary = { NULL, };
  g_auto(Drawing) outside = { NULL, };
  guint ink = 0;

  draw (&no_diary, NULL, FALSE);
  g_assert_true (bm_pain_chart_is_empty (no_diary.chart));
  g_assert_cmpuint (count_colour (&no_diary, blue), ==, 0);

  /* The message sits in the middle of the plot, darker than the grid. */
  for (int x = WIDTH / 4; x < WIDTH * 3 / 4; x++)
    for (int y = HEIGHT / 2 - 12; y < HEIGHT / 2 + 12; y++)
      ink += (pixel (&no_diary, x, y) & 0xff) < 0xa0;
  g_assert_cmpuint (ink, >, 50);

  /* A score out of the chart's time leaves it empty. */
  add_score (diary, START + 30 * DAY, "lower", BM_SIDE_LEFT, 5);
  draw (&outside, diary, FALSE);
  g_assert_true (bm_pain_chart_is_empty (outside.chart));
  g_assert_cmpuint (count_colour (&outside, blue), ==, 0);
}

static void
test_dark (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_auto(Drawing) drawing = { NULL, };

  add_score (diary, START + 2 * DAY, "lower", BM_SIDE_LEFT, 6);
  draw (&drawing, diary, TRUE);

  g_assert_true (near (pixel (&drawing, 0, 0), 0x1e1e1e));
  g_assert_true (near (pixel (&drawing, WIDTH - 1, HEIGHT - 1), 0x1e1e1e));
  g_assert_true (colour_at (&drawing, START + 2 * DAY, 6, dark_blue));
  g_assert_cmpuint (count_colour (&drawing, blue), ==, 0);
  g_assert_cmpuint (count_colour (&drawing, 0xffffff), <, WIDTH * HEIGHT / 100);
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

  g_test_add_func ("/bm/pain-chart/single-point", test_single_point);
  g_test_add_func ("/bm/pain-chart/lines", test_lines);
  g_test_add_func ("/bm/pain-chart/styles-kept", test_styles_kept);
  g_test_add_func ("/bm/pain-chart/thinning-keeps-peaks", test_thinning_keeps_peaks);
  g_test_add_func ("/bm/pain-chart/dense-band", test_dense_band);
  g_test_add_func ("/bm/pain-chart/empty", test_empty);
  g_test_add_func ("/bm/pain-chart/dark", test_dark);

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
