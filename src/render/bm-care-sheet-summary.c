/* bm-care-sheet-summary.c: page 1 of the care sheet, what a clinician reads in a minute
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The red-flag result, the map and scores at a glance (bm-care-sheet-glance.c),
 * the trend, the techniques with whether they helped, and the notes: all on one
 * page, the notes cut to the room left.
 */

#define G_LOG_DOMAIN "bm-care-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-care-sheet-private.h"
#include "bm-catalog.h"
#include "bm-diary-labels.h"
#include "bm-map-renderer.h"
#include "bm-pain-chart.h"
#include "bm-red-flag.h"
#include "bm-technique.h"

/* The chart's height and the lines of each dose, less as page 1 is squeezed to fit. */
static const double chart_heights[BM_CARE_SHEET_MAX_COMPACT + 1] = { 150, 110, 90 };
static const int dose_lines[BM_CARE_SHEET_MAX_COMPACT + 1] = { 2, 1, 0 };
#define CHART_FONT "Sans 8"

static void
draw_chart (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  data)
{
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (CHART_FONT);

  /* Points, not pixels. */
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_font_description (context, font);
  bm_pain_chart_draw (BM_PAIN_CHART (data), cr, context, width, height);
  g_object_unref (context);
}

/* Everything logged, and at least the last week, up to now. */
static void
add_chart (BmCareSheet *self,
           BmCatalog   *catalog,
           GPtrArray   *series)
{
  BmPainChart *chart = bm_pain_chart_new (catalog);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) first_day = NULL;
  gint64 to = g_date_time_to_unix (now) + 1;
  gint64 from = to - 7 * 24 * 3600;

  for (guint i = 0; i < series->len; i++)
    {
      BmDiarySeries *s = g_ptr_array_index (series, i);

      if (s->n_points > 0)
        {
          from = MIN (from, s->times[0]);
          to = MAX (to, s->times[s->n_points - 1] + 1);
        }
    }
  first_day = g_date_time_new_from_unix_local (from);
  from = g_date_time_to_unix (first_day) - g_date_time_get_hour (first_day) * 3600
         - g_date_time_get_minute (first_day) * 60 - g_date_time_get_second (first_day);

  bm_pain_chart_set_diary (chart, self->diary, from, to);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_SUBHEADING, _("Pain Over Time"), FALSE);
  bm_sheet_layout_add_picture (self->layout, chart_heights[self->compact], NULL,
                               bm_sheet_layout_get_width (self->layout), draw_chart, chart,
                               g_object_unref);
}

/* The latest thing the diary says about @technique: whether it helped, and when. */
static char *
dup_helped (BmCareSheet *self,
            BmTechnique *technique)
{
  guint n = self->diary != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->diary)) : 0;

  for (guint i = n; i-- > 0;)
    {
      g_autoptr(BmDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->diary), i);

      for (guint j = 0; j < bm_diary_entry_get_n_done (entry); j++)
        {
          const BmDiaryDone *done = bm_diary_entry_get_done (entry, j);
          g_autofree char *date = NULL;

          if (!g_str_equal (done->technique_id, bm_technique_get_id (technique)))
            continue;

          date = g_date_time_format (bm_diary_entry_get_time (entry), C_("chart day", "%b %-d"));
          if (done->helped == BM_HELPED_UNSAID)
            /* Translators: a technique was logged as done on a date, without saying if it helped */
            return g_strdup_printf (_("done on %s, not said whether it helped"), date);
          /* Translators: whether a technique helped, such as "Helped a little", then the date */
          return g_strdup_printf (_("%s (%s)"), bm_helped_to_label (done->helped), date);
        }
    }

  return g_strdup (_("not logged in the diary yet"));
}

static void
add_techniques (BmCareSheet *self)
{
  GListModel *techniques = bm_care_plan_get_techniques (self->plan);
  guint n = g_list_model_get_n_items (techniques);

  if (n == 0 || bm_care_plan_stops_self_care (self->plan))
    return;

  bm_sheet_layout_add_space (self->layout, 8);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_SUBHEADING, _("My Techniques"), FALSE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmTechnique) technique = g_list_model_get_item (techniques, i);
      g_autofree char *helped = dup_helped (self, technique);
      g_autofree char *line = NULL;
      g_autofree char *dose = NULL;

      /* Translators: a chosen technique, then whether it helped */
      line = g_strdup_printf (_("•  %s: %s"), bm_technique_get_name (technique), helped);
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, line, FALSE);
      if (dose_lines[self->compact] == 0)
        continue;
      /* Translators: how long, how hard and how often */
      dose = g_strdup_printf (_("Dose: %s"), bm_technique_get_dose (technique));
      bm_sheet_layout_add_excerpt (self->layout, BM_SHEET_TEXT_SMALL, dose,
                                   dose_lines[self->compact], NULL);
    }
}

/* What the red-flag check found, at the top of the page; an emergency or a same-day
 * sign stands in a bold frame. */
static void
add_red_flag_result (BmCareSheet *self)
{
  GListModel *flags = bm_care_plan_get_red_flags (self->plan);
  BmUrgency urgency;

  if (!bm_care_plan_get_urgency (self->plan, &urgency))
    return;

  if (urgency != BM_URGENCY_SOON)
    bm_sheet_layout_begin_box (self->layout);
  bm_sheet_layout_add_text (self->layout,
                            urgency == BM_URGENCY_SOON ? BM_SHEET_TEXT_SUBHEADING
                                                       : BM_SHEET_TEXT_HEADING,
                            urgency == BM_URGENCY_EMERGENCY
                            ? _("Emergency: get help now, not self-care")
                            : bm_urgency_to_label (urgency),
                            FALSE);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, bm_urgency_to_action (urgency),
                            FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (flags); i++)
    {
      g_autoptr(BmRedFlag) flag = g_list_model_get_item (flags, i);
      g_autofree char *cited = bm_care_sheet_cite (self, bm_red_flag_get_sources (flag));
      /* What to say about each sign gives way last when page 1 is full. */
      const char *action = self->compact < BM_CARE_SHEET_MAX_COMPACT
                           ? bm_red_flag_get_action (flag) : NULL;
      g_autofree char *line = NULL;

      /* Translators: a red flag the user has, then what to do about it, then citations */
      line = action != NULL ? g_strdup_printf (_("•  %s: %s%s"), bm_red_flag_get_text (flag),
                                               action, cited)
                            /* Translators: a red flag the user has, then citations */
                            : g_strdup_printf (_("•  %s%s"), bm_red_flag_get_text (flag), cited);
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, line, FALSE);
    }
  if (urgency != BM_URGENCY_SOON)
    bm_sheet_layout_end_box (self->layout);
}

/**
 * bm_care_sheet_add_summary:
 *
 * Lays out page 1, which ends with a page break.
 */
void
bm_care_sheet_add_summary (BmCareSheet *self)
{
  BmCatalog *catalog = bm_map_renderer_get_catalog (self->renderer);
  g_autoptr(GPtrArray) series = NULL;
  const char *notes = bm_care_plan_get_notes (self->plan);

  series = self->diary != NULL ? bm_diary_dup_series (self->diary, NULL, NULL)
                               : g_ptr_array_new ();

  add_red_flag_result (self);
  bm_sheet_layout_add_space (self->layout, 8);
  bm_care_sheet_add_glance (self, catalog, series);
  if (self->diary != NULL && series->len > 0)
    {
      bm_sheet_layout_add_space (self->layout, 8);
      add_chart (self, catalog, series);
    }
  add_techniques (self);

  if (*notes != '\0')
    {
      bm_sheet_layout_add_space (self->layout, 8);
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_SUBHEADING, _("My Notes"), FALSE);
      bm_sheet_layout_add_excerpt (self->layout, BM_SHEET_TEXT_BODY, notes, 0,
                                   _("Continued in the appendix."));
    }
  bm_sheet_layout_add_page_break (self->layout);
}
