/* bm-pain-chart.c: pain intensity over time, one line per region, drawn with cairo
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every size follows the height of a line of text in the given Pango context, so
 * the chart reads the same on a screen at 96 dpi and on a page at 72. Long series
 * are thinned per pixel column (first, lowest, highest and last score of each), so
 * drawing costs the same for a week and for years of entries.
 */

#define G_LOG_DOMAIN "bm-pain-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bm-catalog.h"
#include "bm-pain-chart.h"
#include "bm-pain-chart-private.h"
#include "bm-region.h"

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

/* The background, light then dark. */
static const double bg_rgb[2][3] = { { 1, 1, 1 }, { 0.118, 0.118, 0.118 } };

struct _BmPainChart
{
  GObject parent_instance;

  BmCatalog *catalog;
  GPtrArray *series; /* BmDiarySeries */
  gint64 from;
  gint64 to;
  gboolean dark;
};

G_DEFINE_FINAL_TYPE (BmPainChart, bm_pain_chart, G_TYPE_OBJECT)

static void
bm_pain_chart_finalize (GObject *object)
{
  BmPainChart *self = (BmPainChart *)object;

  g_clear_object (&self->catalog);
  g_clear_pointer (&self->series, g_ptr_array_unref);

  G_OBJECT_CLASS (bm_pain_chart_parent_class)->finalize (object);
}

static void
bm_pain_chart_class_init (BmPainChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_pain_chart_finalize;
}

static void
bm_pain_chart_init (BmPainChart *self)
{
  self->series = g_ptr_array_new ();
  self->to = 1;
}

/**
 * bm_pain_chart_new:
 * @catalog: names the regions
 *
 * Returns: (transfer full): an empty chart
 */
BmPainChart *
bm_pain_chart_new (BmCatalog *catalog)
{
  BmPainChart *self;

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);

  self = g_object_new (BM_TYPE_PAIN_CHART, NULL);
  self->catalog = g_object_ref (catalog);

  return self;
}

/**
 * bm_pain_chart_set_diary:
 * @diary: (nullable): the diary to chart, or %NULL for none
 * @from: the start of the time axis, in seconds since the epoch
 * @to: its end, after @from; scores at @to itself are left out
 *
 * Takes the scores of [@from, @to) from @diary as they are now; call it again
 * when the diary changes.
 */
void
bm_pain_chart_set_diary (BmPainChart *self,
                         BmDiary     *diary,
                         gint64       from,
                         gint64       to)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  g_return_if_fail (BM_IS_PAIN_CHART (self));
  g_return_if_fail (diary == NULL || BM_IS_DIARY (diary));
  g_return_if_fail (from < to);

  self->from = from;
  self->to = to;
  g_clear_pointer (&self->series, g_ptr_array_unref);
  if (diary == NULL)
    {
      self->series = g_ptr_array_new ();
      return;
    }

  start = g_date_time_new_from_unix_utc (from);
  end = g_date_time_new_from_unix_utc (to);
  self->series = bm_diary_dup_series (diary, start, end);
}

/**
 * bm_pain_chart_set_dark:
 * @dark: whether to draw for a dark background
 */
void
bm_pain_chart_set_dark (BmPainChart *self,
                        gboolean     dark)
{
  g_return_if_fail (BM_IS_PAIN_CHART (self));

  self->dark = !!dark;
}

/**
 * bm_pain_chart_is_empty:
 *
 * Returns: whether no score falls in the chart's time
 */
gboolean
bm_pain_chart_is_empty (BmPainChart *self)
{
  g_return_val_if_fail (BM_IS_PAIN_CHART (self), TRUE);

  for (guint i = 0; i < self->series->len; i++)
    if (((BmDiarySeries *) g_ptr_array_index (self->series, i))->n_points > 0)
      return FALSE;

  return TRUE;
}

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
  const double *bg = bg_rgb[frame->dark];

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

typedef struct
{
  double x, y;
} Vertex;

/* Where a dense series is drawn a day at a time, the days are at least this many
 * pixels wide; where they would be narrower, it takes this many pixels at a time. */
#define DENSE_COLUMN 3
#define DAY_SECONDS (24 * 3600)

/* More scores than a third of the plot's pixel columns: drawn as a band and a mean. */
static gboolean
is_dense (BmPainChartFrame *frame,
          BmDiarySeries    *series)
{
  return series->n_points > (frame->x1 - frame->x0) / DENSE_COLUMN;
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
          Vertex mean = { bm_pain_chart_frame_x (frame, series->times[first] + sum_time / n),
                          bm_pain_chart_frame_y (frame, sum / n) };

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
                Vertex vertex = { bm_pain_chart_frame_x (frame, series->times[picked[k]]),
                                  bm_pain_chart_frame_y (frame, series->intensities[picked[k]]) };

                g_array_append_val (vertices, vertex);
              }
        }
    }
}

static void
draw_series (BmPainChartFrame *frame,
             BmDiarySeries    *series,
             const LineStyle  *style,
             GArray           *vertices)
{
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
        cairo_line_to (cr, g_array_index (vertices, Vertex, k).x,
                       g_array_index (vertices, Vertex, k).y);
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
      Vertex *vertex = &g_array_index (vertices, Vertex, k);

      if (last_x - vertex->x < frame->line_height * 1.7)
        continue;
      draw_marker (cr, style->marker, vertex->x, vertex->y, marker_radius (frame));
      last_x = vertex->x;
    }
  paint_markers (frame, style);
}

static char *
dup_series_label (BmPainChart   *self,
                  BmDiarySeries *series)
{
  BmRegion *region = bm_catalog_lookup_region (self->catalog, series->region_id);

  /* A region of a newer catalog goes by its id. */
  return region != NULL ? bm_region_dup_label (region, series->side)
                        : g_strdup (series->region_id);
}

typedef struct
{
  guint series;
  double y;
} EndLabel;

static int
compare_end_labels (gconstpointer a,
                    gconstpointer b)
{
  double ya = ((const EndLabel *) a)->y, yb = ((const EndLabel *) b)->y;

  return ya < yb ? -1 : ya > yb;
}

/* Spreads the labels' centres at least @gap apart within [top, bottom], each as
 * near to its line's end as it can be. */
static void
spread_labels (EndLabel *labels,
               guint     n,
               double    gap,
               double    top,
               double    bottom)
{
  qsort (labels, n, sizeof (EndLabel), compare_end_labels);
  for (guint i = 0; i < n; i++)
    labels[i].y = MAX (labels[i].y, i > 0 ? labels[i - 1].y + gap : top);
  for (guint i = n; i-- > 0;)
    labels[i].y = MIN (labels[i].y, i + 1 < n ? labels[i + 1].y - gap : bottom);
  /* More labels than room: from the top down, overlapping at the bottom. */
  for (guint i = 0; i < n; i++)
    labels[i].y = MAX (labels[i].y, i > 0 ? labels[i - 1].y + gap : top);
}

static PangoLayout *
new_end_label (BmPainChart      *self,
               BmPainChartFrame *frame,
               BmDiarySeries    *series,
               double            max_width)
{
  g_autofree char *text = dup_series_label (self, series);
  PangoLayout *layout = bm_pain_chart_frame_new_text (frame, text);

  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

/* The width the labels at the lines' ends take, at most @max_width. */
static double
measure_end_labels (BmPainChart      *self,
                    BmPainChartFrame *frame,
                    double            max_width)
{
  double widest = 0;

  for (guint i = 0; i < self->series->len; i++)
    {
      BmDiarySeries *series = g_ptr_array_index (self->series, i);
      g_autoptr(PangoLayout) layout = NULL;
      int width;

      if (series->n_points == 0)
        continue;
      layout = new_end_label (self, frame, series, max_width);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest > 0 ? widest + frame->line_height * 1.4 : 0;
}

static void
draw_end_labels (BmPainChart      *self,
                 BmPainChartFrame *frame,
                 double            max_width)
{
  g_autofree EndLabel *labels = g_new (EndLabel, self->series->len);
  guint n = 0;

  for (guint i = 0; i < self->series->len; i++)
    {
      BmDiarySeries *series = g_ptr_array_index (self->series, i);

      if (series->n_points == 0)
        continue;
      labels[n].series = i;
      labels[n].y = bm_pain_chart_frame_y (frame, series->intensities[series->n_points - 1]);
      n++;
    }
  spread_labels (labels, n, frame->line_height * 1.05, frame->y0, frame->y1);

  for (guint k = 0; k < n; k++)
    {
      BmDiarySeries *series = g_ptr_array_index (self->series, labels[k].series);
      g_autoptr(PangoLayout) layout = new_end_label (self, frame, series, max_width);
      double x = frame->x1 + frame->line_height * 0.6;

      draw_marker (frame->cr, get_style (labels[k].series)->marker, x, labels[k].y,
                   marker_radius (frame));
      paint_markers (frame, get_style (labels[k].series));
      bm_pain_chart_frame_set_ink (frame, BM_PAIN_CHART_TEXT_ALPHA);
      bm_pain_chart_frame_show_text (frame, layout, x + frame->line_height * 0.6, labels[k].y, 0);
    }
}

static void
draw_empty (BmPainChartFrame *frame)
{
  g_autoptr(PangoLayout) layout = NULL;

  layout = bm_pain_chart_frame_new_text (frame, _("No pain scores in this period"));
  pango_layout_set_width (layout, (int) ((frame->x1 - frame->x0) * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  bm_pain_chart_frame_set_ink (frame, BM_PAIN_CHART_FAINT_ALPHA);
  bm_pain_chart_frame_show_text (frame, layout, frame->x0, (frame->y0 + frame->y1) / 2, 0);
}

/* Places the plot in the box, leaving room for the axes' and lines' labels. */
static void
measure_frame (BmPainChart      *self,
               BmPainChartFrame *frame,
               PangoContext     *context,
               double            width,
               double            height)
{
  g_autoptr(PangoLayout) probe = NULL;
  int score_width, line_height;
  double labels_width;

  frame->context = context;
  frame->dark = self->dark;
  frame->from = self->from;
  frame->to = self->to;
  probe = bm_pain_chart_frame_new_text (frame, "10");
  pango_layout_get_pixel_size (probe, &score_width, &line_height);
  frame->line_height = line_height;

  labels_width = measure_end_labels (self, frame, width * 0.3);
  frame->x0 = score_width + line_height * 0.8;
  frame->x1 = MAX (frame->x0 + 1, width - MAX (labels_width, line_height * 1.5));
  frame->y0 = line_height * 0.6;
  frame->y1 = MAX (frame->y0 + 1, height - line_height * 1.6);
}

/**
 * bm_pain_chart_locate:
 * @time: in seconds since the epoch
 * @x: (out): where bm_pain_chart_draw() with the same arguments puts a score at @time
 * @y: (out): and where it puts @intensity
 *
 * For pointing at a score, or checking where one is drawn.
 */
void
bm_pain_chart_locate (BmPainChart  *self,
                      PangoContext *context,
                      double        width,
                      double        height,
                      gint64        time,
                      double        intensity,
                      double       *x,
                      double       *y)
{
  BmPainChartFrame frame = { NULL, };

  g_return_if_fail (BM_IS_PAIN_CHART (self));
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  measure_frame (self, &frame, context, width, height);
  *x = bm_pain_chart_frame_x (&frame, time);
  *y = bm_pain_chart_frame_y (&frame, intensity);
}

/**
 * bm_pain_chart_draw:
 * @context: lays out the labels, in its font
 *
 * Draws the chart, its background included, filling the box. Each line has a
 * colour, a dash pattern and a marker shape of its own, and its label at its end.
 */
void
bm_pain_chart_draw (BmPainChart  *self,
                    cairo_t      *cr,
                    PangoContext *context,
                    double        width,
                    double        height)
{
  g_autoptr(GArray) vertices = NULL;
  BmPainChartFrame frame = { cr, };

  g_return_if_fail (BM_IS_PAIN_CHART (self));
  g_return_if_fail (cr != NULL && PANGO_IS_CONTEXT (context));

  measure_frame (self, &frame, context, width, height);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, ceil (width), ceil (height));
  cairo_clip (cr);
  cairo_set_source_rgb (cr, bg_rgb[self->dark][0], bg_rgb[self->dark][1], bg_rgb[self->dark][2]);
  cairo_paint (cr);
  cairo_set_line_width (cr, 1);

  bm_pain_chart_frame_draw_score_axis (&frame);
  bm_pain_chart_frame_draw_time_axis (&frame);

  if (bm_pain_chart_is_empty (self))
    draw_empty (&frame);
  else
    {
      vertices = g_array_new (FALSE, FALSE, sizeof (Vertex));
      /* On whole pixels: cairo draws through any other clip with a mask, which is
       * many times slower. */
      cairo_save (cr);
      cairo_rectangle (cr, floor (frame.x0 - frame.line_height), 0,
                       ceil (frame.x1 - frame.x0 + 2 * frame.line_height), ceil (height));
      cairo_clip (cr);
      for (guint i = 0; i < self->series->len; i++)
        draw_series (&frame, g_ptr_array_index (self->series, i), get_style (i), vertices);
      cairo_restore (cr);
      draw_end_labels (self, &frame, width * 0.3);
    }

  cairo_restore (cr);
}
