/* bm-bench-chart.c: the pain chart's and the care sheet summary's rows of the benchmark
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>

#include "bm-bench.h"
#include "bm-care-plan.h"
#include "bm-care-sheet.h"
#include "bm-catalog.h"
#include "bm-diary.h"
#include "bm-map-renderer.h"
#include "bm-pain-chart.h"

#define ENTRIES_A_DAY 4
#define CHART_WIDTH 1200
#define CHART_HEIGHT 400

static const struct
{
  const char *region;
  BmSide side;
} spots[] = {
  { "lower", BM_SIDE_LEFT }, { "gluteal", BM_SIDE_LEFT }, { "neck", BM_SIDE_RIGHT },
};

/* @days of entries up to now, each scoring three areas, the scores wandering. */
static BmDiary *
make_diary (guint days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  BmDiary *diary = bm_diary_new ();
  guint n = days * ENTRIES_A_DAY;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) time = g_date_time_add_hours (now, -(int) (n - i) * 24 / ENTRIES_A_DAY);
      g_autoptr(BmDiaryEntry) entry = bm_diary_entry_new (time);

      for (guint s = 0; s < G_N_ELEMENTS (spots); s++)
        bm_diary_entry_set_score (entry, spots[s].region, spots[s].side,
                                  (3 + s + (i * 7 + s * 3) % 5 + i / 40 % 3) % 11,
                                  BM_PAIN_QUALITY_ACHING);
      bm_diary_add (diary, entry);
    }

  return diary;
}

/* Takes the diary's last @days and draws them, as the diary page does on a change. */
static double
chart_ms (BmCatalog    *catalog,
          BmDiary      *diary,
          guint         days,
          cairo_t      *cr,
          PangoContext *context)
{
  g_autoptr(BmPainChart) chart = bm_pain_chart_new (catalog);
  gint64 to = g_get_real_time () / G_USEC_PER_SEC + 1;
  gint64 start = g_get_monotonic_time ();

  bm_pain_chart_set_diary (chart, diary, to - (gint64) days * 24 * 3600, to);
  bm_pain_chart_draw (chart, cr, context, CHART_WIDTH, CHART_HEIGHT);
  cairo_surface_flush (cairo_get_target (cr));

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Lays out the whole sheet and draws page 1 into a PDF that goes nowhere. */
static double
summary_ms (BmMapRenderer *renderer,
            BmCarePlan    *plan,
            BmDiary       *diary)
{
  g_autoptr(BmCareSheet) sheet = bm_care_sheet_new (renderer, plan, 595.276, 841.89);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 595.276, 841.89);
  cairo_t *cr = cairo_create (surface);
  gint64 start = g_get_monotonic_time ();

  bm_care_sheet_set_diary (sheet, diary);
  bm_care_sheet_paginate (sheet, cr);
  bm_care_sheet_draw_page (sheet, cr, 0);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static BmCarePlan *
make_plan (BmCatalog *catalog)
{
  static const char * const techniques[] = {
    "ball-against-wall", "heat", "walking", "gentle-stretching",
  };
  BmCarePlan *plan = bm_care_plan_new ();

  for (guint s = 0; s < G_N_ELEMENTS (spots); s++)
    bm_care_plan_add_spot (plan, bm_catalog_lookup_region (catalog, spots[s].region),
                           spots[s].side);
  for (guint t = 0; t < G_N_ELEMENTS (techniques); t++)
    bm_care_plan_set_technique (plan, bm_catalog_lookup_technique (catalog, techniques[t]), TRUE);
  bm_care_plan_set_notes (plan, "Worse after sitting; better after a walk.");

  return plan;
}

void
bm_bench_chart (void)
{
  g_autoptr(BmCatalog) catalog = bm_catalog_new_from_resource (NULL);
  g_autoptr(BmMapRenderer) renderer = bm_map_renderer_new_from_resource (catalog, NULL);
  g_autoptr(BmCarePlan) plan = make_plan (catalog);
  g_autoptr(BmDiary) month = make_diary (30);
  g_autoptr(BmDiary) quarter = make_diary (90);
  g_autoptr(BmDiary) year = make_diary (365);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, CHART_WIDTH,
                                                         CHART_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  Sample month_ms = { .n = RUNS }, quarter_ms = { .n = RUNS }, year_ms = { .n = RUNS };
  Sample growth = { .n = RUNS }, summary = { .n = RUNS }, empty_summary = { .n = RUNS };

  pango_context_set_font_description (context, font);
  /* Fonts loaded, caches warm: a page that is open draws like this. */
  chart_ms (catalog, month, 30, cr, context);
  summary_ms (renderer, plan, quarter);

  for (guint i = 0; i < RUNS; i++)
    {
      month_ms.values[i] = chart_ms (catalog, month, 30, cr, context);
      quarter_ms.values[i] = chart_ms (catalog, quarter, 90, cr, context);
      year_ms.values[i] = chart_ms (catalog, year, 365, cr, context);
      growth.values[i] = (year_ms.values[i] / 365) / (month_ms.values[i] / 30);
      summary.values[i] = summary_ms (renderer, plan, quarter);
      empty_summary.values[i] = summary_ms (renderer, plan, NULL);
    }

  row ("pain chart at 1200 px: 30 days, 360 entries", &month_ms, "ms", "3 areas each");
  row ("pain chart at 1200 px: 90 days (< 16 ms)", &quarter_ms, "ms", "1080 entries");
  row ("pain chart at 1200 px: 365 days", &year_ms, "ms", "4380 entries");
  row ("chart time per day, 1 year vs 1 month (<= 1)", &growth, "x", "linear or better");
  row ("care sheet page 1, 90-day diary (< 100 ms)", &summary, "ms", "whole sheet laid out");
  row ("care sheet page 1, no diary", &empty_summary, "ms", NULL);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
