/* bm-pain-chart-lines.c: the pain chart's lines: colour, dash and marker, thinned
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Long series are thinned per pixel column (first, lowest, highest and last score
 * of each); series of several scores a day are drawn as daily means over a band of
 * each day's range. Either way drawing costs about the same for a week and for
 * years of entries.
 */

#define G_LOG_DOMAIN "bm-pain-chart"

#include "config.h"

#include <math.h>

#include "bm-pain-chart-private.h"

typedef enum
{
  MARKER_CIRCLE,
  MARKER_SQUARE,
  MARKER_TRIANGLE,
  MARKER_DIAMOND,
  MARKER_CROSS,
  MARKER_TRIANGLE_DOWN,
} Marker;

/* Colours from the GNOME palette, light then dark; dashes in line widths. */
typedef struct
{
  double rgb[2][3];
  double dashes[6];
  guint n_dashes;
  Marker marker;
} LineStyle;

static const LineStyle line_styles[] = {
  { { { 0.110, 0.443, 0.847 }, { 0.471, 0.682, 0.929 } }, { 0 }, 0, MARKER_CIRCLE },
  { { { 0.776, 0.275, 0.000 }, { 1.000, 0.639, 0.282 } }, { 4, 2 }, 2, MARKER_SQUARE },
  { { { 0.149, 0.635, 0.412 }, { 0.341, 0.890, 0.537 } }, { 1, 1.5 }, 2, MARKER_TRIANGLE },
  { { { 0.506, 0.239, 0.612 }, { 0.863, 0.541, 0.867 } }, { 5, 1.5, 1, 1.5 }, 4, MARKER_DIAMOND },
  { { { 0.647, 0.114, 0.176 }, { 0.965, 0.380, 0.318 } }, { 2.5, 2.5 }, 2, MARKER_CROSS },
  { { { 0.525, 0.369, 0.235 }, { 0.804, 0.671, 0.561 } }, { 6, 1.5, 1, 1.5, 1, 1.5 }, 6,
    MARKER_TRIANGLE_DOWN },
};

static void
draw_marker (cairo_t *cr,
             Marker   marker,
             double   x,
             double   y,
             double   r)
{
  switch (marker)
    {
    case MARKER_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;

    case MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;

    case MARKER_TRIANGLE:
    case MARKER_TRIANGLE_DOWN:
      {
        double s = marker == MARKER_TRIANGLE ? 1 : -1;

        cairo_move_to (cr, x, y - s * r * 1.15);
        cairo_line_to (cr, x + r * 1.1, y + s * r * 0.8);
        cairo_line_to (cr, x - r * 1.1, y + s * r * 0.8);
        cairo_close_path (cr);
      }
      break;

    case MARKER_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      break;

    case MARKER_CROSS:
      {
        double a = r * 0.45, b = r * 1.15;

        /* A filled plus sign, so that it takes the same fill and outline. */
        cairo_move_to (cr, x - a, y - b);
        cairo_line_to (cr, x + a, y - b);
        cairo_line_to (cr, x + a, y - a);
        cairo_line_to (cr, x + b, y - a);
        cairo_line_to (cr, x + b, y + a);
        cairo_line_to (cr, x + a, y + a);
        cairo_line_to (cr, x + a, y + b);
        cairo_line_to (cr, x - a, y + b);
        cairo_line_to (cr, x - a, y + a);
        cairo_line_to (cr, x - b, y + a);
        cairo_line_to (cr, x - b, y - a);
        cairo_line_to (cr, x - a, y - a);
        cairo_close_path (cr);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static double
marker_radius (BmPainChartFrame *frame)
{
  return frame->line_height * 0.28;
}

/* Fills the markers on the current path in the line's colour and rings them in the
 * background's, so they stand off the lines: all of a line's at once, for cairo
 * spends more on starting a drawing than on a small shape. */
static void
paint_markers (BmPainChartFrame *frame,
               const LineStyle  *style)
{
  const double *rgb = style->rgb[frame->dark];
  const double *bg = bm_pain_chart_frame_get_background (frame);

  cairo_set_source_rgb (frame->cr, rgb[0], rgb[1], rgb[2]);
  cairo_fill_preserve (frame->cr);
  cairo_set_source_rgb (frame->cr, bg[0], bg[1], bg[2]);
  cairo_set_line_width (frame->cr, marker_radius (frame) * 0.35);
  cairo_set_dash (frame->cr, NULL, 0, 0);
  cairo_stroke (frame->cr);
}

static const LineStyle *
get_style (guint i)
{
  return &line_styles[i % G_N_ELEMENTS (line_styles)];
}

/* Where a dense series is drawn a day at a time, the days are at least this many
 * pixels wide; where they would be narrower, it takes this many pixels at a time. */
#define DENSE_COLUMN 3
#define DAY_SECONDS (24 * 3600)

/* Scores closer than this on average, in pixels, are drawn as daily means over a
 * band: their markers could not be told apart, nor a zigzag between them. */
#define DENSE_SPACING 12

static gboolean
is_dense (BmPainChartFrame *frame,
          BmDiarySeries    *series)
{
  return series->n_points > (frame->x1 - frame->x0) / DENSE_SPACING;
}

/* How scores are gathered into columns: a pixel, a local day, or a few pixels. */
typedef struct
{
  gboolean by_day;
  gint64 utc_offset; /* of local days, in seconds */
  int pixels;
} Columns;

static gint64
column_of (BmPainChartFrame *frame,
           const Columns    *columns,
           gint64            time)
{
  if (columns->by_day)
    return (time + columns->utc_offset) / DAY_SECONDS;

  return (gint64) floor (bm_pain_chart_frame_x (frame, time) / columns->pixels);
}

/* The column's band, in whole pixels, which cairo fills fastest. */
static void
add_band (BmPainChartFrame *frame,
          const Columns    *columns,
          gint64            column,
          guint             low,
          guint             high)
{
  double top = floor (bm_pain_chart_frame_y (frame, high));
  double bottom = MAX (top + 1, ceil (bm_pain_chart_frame_y (frame, low)));
  double left, right;

  if (columns->by_day)
    {
      gint64 start = column * DAY_SECONDS - columns->utc_offset;

      left = round (bm_pain_chart_frame_x (frame, start));
      right = round (bm_pain_chart_frame_x (frame, start + DAY_SECONDS));
    }
  else
    {
      left = column * columns->pixels;
      right = left + columns->pixels;
    }
  cairo_rectangle (frame->cr, left, top, right - left, bottom - top);
}

/* Traces the line through @series into @vertices, a column at a time, so the work
 * follows the width, not the number of scores. A sparse series keeps each pixel
 * column's first, lowest, highest and last score, in time order: every peak and
 * dip it would show unthinned. A dense one, several scores a day, is drawn as its
 * daily means, with each day's range, lowest to highest, added to the current
 * path as a band; its line still ends at the last score. */
static void
trace_series (BmPainChartFrame *frame,
              BmDiarySeries    *series,
              gboolean          dense,
              GArray           *vertices)
{
  Columns columns = { FALSE, 0, 1 };
  guint i = 0;

  if (dense)
    {
      g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (frame->from);
      double day_width = (frame->x1 - frame->x0) * DAY_SECONDS / (frame->to - frame->from);

      columns.by_day = day_width >= DENSE_COLUMN;
      columns.utc_offset = g_date_time_get_utc_offset (start) / G_TIME_SPAN_SECOND;
      columns.pixels = DENSE_COLUMN;
    }

  g_array_set_size (vertices, 0);
  while (i < series->n_points)
    {
      gint64 column = column_of (frame, &columns, series->times[i]);
      guint first = i, low = i, high = i, last = i;
      double sum = 0, sum_time = 0;

      for (; i < series->n_points && column_of (frame, &columns, series->times[i]) == column; i++)
        {
          if (series->intensities[i] < series->intensities[low])
            low = i;
          if (series->intensities[i] > series->intensities[high])
            high = i;
          last = i;
          sum += series->intensities[i];
          sum_time += series->times[i] - series->times[first];
        }

      if (dense)
        {
          guint n = last - first + 1;
          BmPainChartVertex mean = { bm_pain_chart_frame_x (frame, series->times[first] + sum_time / n),
                          bm_pain_chart_frame_y (frame, sum / n) };

          if (series->intensities[high] > series->intensities[low])
            add_band (frame, &columns, column, series->intensities[low],
                      series->intensities[high]);
          if (i == series->n_points)
            mean.y = bm_pain_chart_frame_y (frame, series->intensities[last]);
          g_array_append_val (vertices, mean);
        }
      else
        {
          guint picked[] = { first, MIN (low, high), MAX (low, high), last };

          for (guint k = 0; k < G_N_ELEMENTS (picked); k++)
            if (k == 0 || picked[k] > picked[k - 1])
              {
                BmPainChartVertex vertex = { bm_pain_chart_frame_x (frame, series->times[picked[k]]),
                                  bm_pain_chart_frame_y (frame, series->intensities[picked[k]]) };

                g_array_append_val (vertices, vertex);
              }
        }
    }
}

/*
 * bm_pain_chart_draw_line:
 * @index: the line's place in the chart, which gives its colour, dash and marker
 * @vertices: an array of #BmPainChartBmPainChartVertex to reuse
 *
 * Draws one series.
 */
void
bm_pain_chart_draw_line (BmPainChartFrame *frame,
                         BmDiarySeries    *series,
                         guint             index,
                         GArray           *vertices)
{
  const LineStyle *style = get_style (index);
  cairo_t *cr = frame->cr;
  const double *rgb = style->rgb[frame->dark];
  double width = MAX (1.5, frame->line_height * 0.14);
  double dashes[G_N_ELEMENTS (style->dashes)];
  gboolean dense = is_dense (frame, series);
  double last_x = G_MAXDOUBLE;

  trace_series (frame, series, dense, vertices);
  if (dense)
    {
      cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], 0.2);
      cairo_fill (cr);
    }

  if (vertices->len > 1)
    {
      for (guint k = 0; k < vertices->len; k++)
        cairo_line_to (cr, g_array_index (vertices, BmPainChartVertex, k).x,
                       g_array_index (vertices, BmPainChartVertex, k).y);
      for (guint k = 0; k < style->n_dashes; k++)
        dashes[k] = style->dashes[k] * width;
      cairo_set_dash (cr, dashes, style->n_dashes, 0);
      cairo_set_line_width (cr, width);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      /* A fraction of the default's time on a busy line, and no visible loss. */
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_stroke (cr);
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
    }

  /* Markers at least three marker widths apart, counted from the line's end, which
   * always has one: a single score shows as its marker alone. */
  for (guint k = vertices->len; k-- > 0;)
    {
      BmPainChartVertex *vertex = &g_array_index (vertices, BmPainChartVertex, k);

      if (last_x - vertex->x < frame->line_height * 1.7)
        continue;
      draw_marker (cr, style->marker, vertex->x, vertex->y, marker_radius (frame));
      last_x = vertex->x;
    }
  paint_markers (frame, style);
}

/*
 * bm_pain_chart_draw_key:
 * @index: the line's place in the chart
 *
 * Draws the marker of a line at (@x, @y), before its label.
 */
void
bm_pain_chart_draw_key (BmPainChartFrame *frame,
                        guint             index,
                        double            x,
                        double            y)
{
  draw_marker (frame->cr, get_style (index)->marker, x, y, marker_radius (frame));
  paint_markers (frame, get_style (index));
}
