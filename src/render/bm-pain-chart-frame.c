/* bm-pain-chart-frame.c: the pain chart's frame: where a score falls, its text, its axes
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The time axis takes the finest spacing of ticks (days, weeks, months, years)
 * whose labels keep apart at the chart's width, on local midnights, Mondays and
 * the first of the month.
 */

#define G_LOG_DOMAIN "bm-pain-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bm-diary-entry.h"
#include "bm-pain-chart-private.h"

/* The background, then text, grid and axis, light then dark. */
static const double bg_rgb[2][3] = { { 1, 1, 1 }, { 0.118, 0.118, 0.118 } };
static const double ink_rgb[2][3] = { { 0, 0, 0 }, { 1, 1, 1 } };

typedef enum
{
  UNIT_DAY,
  UNIT_MONTH,
  UNIT_YEAR,
} TickUnit;

/* Tick spacings from the finest; the first whose labels do not collide wins. */
static const struct
{
  TickUnit unit;
  guint step; /* days, months or years */
} tick_steps[] = {
  { UNIT_DAY, 1 }, { UNIT_DAY, 2 }, { UNIT_DAY, 7 }, { UNIT_DAY, 14 },
  { UNIT_MONTH, 1 }, { UNIT_MONTH, 2 }, { UNIT_MONTH, 3 }, { UNIT_MONTH, 6 },
  { UNIT_YEAR, 1 }, { UNIT_YEAR, 2 }, { UNIT_YEAR, 5 }, { UNIT_YEAR, 10 },
  { UNIT_YEAR, 50 },
};

const double *
bm_pain_chart_frame_get_background (BmPainChartFrame *frame)
{
  return bg_rgb[frame->dark];
}

void
bm_pain_chart_frame_set_ink (BmPainChartFrame *frame,
                             double            alpha)
{
  const double *rgb = ink_rgb[frame->dark];

  cairo_set_source_rgba (frame->cr, rgb[0], rgb[1], rgb[2], alpha);
}

PangoLayout *
bm_pain_chart_frame_new_text (BmPainChartFrame *frame,
                              const char       *text)
{
  PangoLayout *layout = pango_layout_new (frame->context);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Shows @layout with its left edge at @x (or its centre, or its right edge, as
 * @align is 0, 0.5 or 1) and its middle at @y. */
void
bm_pain_chart_frame_show_text (BmPainChartFrame *frame,
                               PangoLayout      *layout,
                               double            x,
                               double            y,
                               double            align)
{
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (frame->cr, x - width * align, y - height / 2.0);
  pango_cairo_show_layout (frame->cr, layout);
}

double
bm_pain_chart_frame_x (BmPainChartFrame *frame,
                       gint64            time)
{
  return frame->x0 + (double) (time - frame->from) / (frame->to - frame->from)
                     * (frame->x1 - frame->x0);
}

double
bm_pain_chart_frame_y (BmPainChartFrame *frame,
                       double            intensity)
{
  return frame->y1 - intensity / BM_DIARY_MAX_INTENSITY * (frame->y1 - frame->y0);
}

static GDateTime *
first_tick (gint64   from,
            TickUnit unit,
            guint    step)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (from);
  int year = g_date_time_get_year (start);
  int month = g_date_time_get_month (start);
  GDateTime *tick;

  switch (unit)
    {
    case UNIT_DAY:
      tick = g_date_time_new_local (year, month, g_date_time_get_day_of_month (start), 0, 0, 0);
      /* Weeks begin on Monday. */
      if (step % 7 == 0)
        {
          GDateTime *monday = g_date_time_add_days (tick,
                                                    1 - g_date_time_get_day_of_week (tick));

          g_date_time_unref (tick);
          tick = monday;
        }
      return tick;

    case UNIT_MONTH:
      return g_date_time_new_local (year, month - (month - 1) % step, 1, 0, 0, 0);

    case UNIT_YEAR:
      return g_date_time_new_local (year - year % step, 1, 1, 0, 0, 0);

    default:
      g_assert_not_reached ();
    }
}

static GDateTime *
next_tick (GDateTime *tick,
           TickUnit   unit,
           guint      step)
{
  switch (unit)
    {
    case UNIT_DAY:
      return g_date_time_add_days (tick, step);
    case UNIT_MONTH:
      return g_date_time_add_months (tick, step);
    case UNIT_YEAR:
      return g_date_time_add_years (tick, step);
    default:
      g_assert_not_reached ();
    }
}

static char *
format_tick (GDateTime *tick,
             TickUnit   unit)
{
  switch (unit)
    {
    case UNIT_DAY:
      /* Translators: a day on the pain chart's time axis, as g_date_time_format()
       * writes it, such as "Nov 24"; "%-d. %b" in German */
      return g_date_time_format (tick, C_("chart day", "%b %-d"));
    case UNIT_MONTH:
      /* Translators: a month on the pain chart's time axis, such as "Nov 2026" */
      return g_date_time_format (tick, C_("chart month", "%b %Y"));
    case UNIT_YEAR:
      return g_date_time_format (tick, "%Y");
    default:
      g_assert_not_reached ();
    }
}

/* The ticks of the first spacing whose labels keep apart, as GDateTime. */
static GPtrArray *
dup_ticks (BmPainChartFrame *frame,
           TickUnit         *unit)
{
  double gap = frame->line_height;
  double seconds = frame->to - frame->from;
  double width = frame->x1 - frame->x0;

  for (guint s = 0; s < G_N_ELEMENTS (tick_steps); s++)
    {
      static const double unit_seconds[] = { 86400, 86400 * 30.44, 86400 * 365.25 };
      double step_seconds = unit_seconds[tick_steps[s].unit] * tick_steps[s].step;
      g_autoptr(GPtrArray) ticks = NULL;
      g_autoptr(GDateTime) tick = NULL;
      double widest = 0;

      /* Labels are surely wider than two lines of text are high. */
      if (width * step_seconds / seconds < 2 * frame->line_height + gap &&
          s + 1 < G_N_ELEMENTS (tick_steps))
        continue;

      ticks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
      tick = first_tick (frame->from, tick_steps[s].unit, tick_steps[s].step);
      while (g_date_time_to_unix (tick) < frame->to)
        {
          GDateTime *next = next_tick (tick, tick_steps[s].unit, tick_steps[s].step);

          if (g_date_time_to_unix (tick) >= frame->from)
            {
              g_autofree char *text = format_tick (tick, tick_steps[s].unit);
              g_autoptr(PangoLayout) layout = bm_pain_chart_frame_new_text (frame, text);
              int label_width;

              pango_layout_get_pixel_size (layout, &label_width, NULL);
              widest = MAX (widest, label_width);
              g_ptr_array_add (ticks, g_date_time_ref (tick));
            }
          g_date_time_unref (tick);
          tick = next;
        }

      /* Ticks of months and years are not evenly spaced: check the closest pair. */
      if (width * (step_seconds * 0.9) / seconds >= widest + gap ||
          s + 1 == G_N_ELEMENTS (tick_steps))
        {
          *unit = tick_steps[s].unit;
          return g_steal_pointer (&ticks);
        }
    }

  g_assert_not_reached ();
}

void
bm_pain_chart_frame_draw_time_axis (BmPainChartFrame *frame)
{
  TickUnit unit;
  g_autoptr(GPtrArray) ticks = dup_ticks (frame, &unit);
  double label_y = frame->y1 + frame->line_height * 0.9;

  for (guint i = 0; i < ticks->len; i++)
    {
      GDateTime *tick = g_ptr_array_index (ticks, i);
      double x = round (bm_pain_chart_frame_x (frame, g_date_time_to_unix (tick))) + 0.5;
      g_autofree char *text = format_tick (tick, unit);
      g_autoptr(PangoLayout) layout = bm_pain_chart_frame_new_text (frame, text);
      int width;

      bm_pain_chart_frame_set_ink (frame, BM_PAIN_CHART_GRID_ALPHA);
      cairo_move_to (frame->cr, x, frame->y0);
      cairo_line_to (frame->cr, x, frame->y1 + frame->line_height * 0.25);
      cairo_stroke (frame->cr);

      /* Kept inside the chart at its edges. */
      pango_layout_get_pixel_size (layout, &width, NULL);
      x = CLAMP (x, frame->x0 + width / 2.0 - frame->line_height,
                 frame->x1 + frame->line_height * 1.5 - width / 2.0);
      bm_pain_chart_frame_set_ink (frame, BM_PAIN_CHART_TEXT_ALPHA);
      bm_pain_chart_frame_show_text (frame, layout, x, label_y, 0.5);
    }
}

void
bm_pain_chart_frame_draw_score_axis (BmPainChartFrame *frame)
{
  for (guint v = 0; v <= BM_DIARY_MAX_INTENSITY; v += 2)
    {
      g_autofree char *text = g_strdup_printf ("%u", v);
      g_autoptr(PangoLayout) layout = bm_pain_chart_frame_new_text (frame, text);
      double y = round (bm_pain_chart_frame_y (frame, v)) + 0.5;

      bm_pain_chart_frame_set_ink (frame, v == 0 ? BM_PAIN_CHART_AXIS_ALPHA
                                                 : BM_PAIN_CHART_GRID_ALPHA);
      cairo_move_to (frame->cr, frame->x0, y);
      cairo_line_to (frame->cr, frame->x1, y);
      cairo_stroke (frame->cr);

      bm_pain_chart_frame_set_ink (frame, BM_PAIN_CHART_TEXT_ALPHA);
      bm_pain_chart_frame_show_text (frame, layout, frame->x0 - frame->line_height * 0.4, y, 1);
    }
}
