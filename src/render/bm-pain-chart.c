/* bm-pain-chart.c: pain intensity over time, one line per region, drawn with cairo
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every size follows the height of a line of text in the given Pango context, so
 * the chart reads the same on a screen at 96 dpi and on a page at 72. The frame
 * and axes are in bm-pain-chart-frame.c, the lines in bm-pain-chart-lines.c.
 */

#define G_LOG_DOMAIN "bm-pain-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bm-catalog.h"
#include "bm-pain-chart-private.h"
#include "bm-pain-chart.h"
#include "bm-region.h"

struct _BmPainChart
{
  GObject parent_instance;

  BmCatalog *catalog;
  GPtrArray *series; /* BmDiarySeries */
  GArray *styles;    /* guint per series: its rank in the whole diary */
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
  g_clear_pointer (&self->styles, g_array_unref);

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
  self->styles = g_array_new (FALSE, FALSE, sizeof (guint));
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

/* A line's colour, dash and marker follow its region side's place among all the
 * diary's, so a region keeps its look from 7 days to 30 days to everything. Both
 * lists are sorted by region, then side. */
static void
rank_styles (BmPainChart *self,
             BmDiary     *diary)
{
  g_autoptr(GPtrArray) all = bm_diary_dup_series (diary, NULL, NULL);
  guint rank = 0;

  for (guint i = 0; i < self->series->len; i++)
    {
      BmDiarySeries *series = g_ptr_array_index (self->series, i);

      while (rank < all->len)
        {
          BmDiarySeries *other = g_ptr_array_index (all, rank);

          if (g_str_equal (other->region_id, series->region_id) && other->side == series->side)
            break;
          rank++;
        }
      g_array_append_val (self->styles, rank);
    }
}

static guint
style_of (BmPainChart *self,
          guint        i)
{
  return g_array_index (self->styles, guint, i);
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
  g_array_set_size (self->styles, 0);
  if (diary == NULL)
    {
      self->series = g_ptr_array_new ();
      return;
    }

  start = g_date_time_new_from_unix_utc (from);
  end = g_date_time_new_from_unix_utc (to);
  self->series = bm_diary_dup_series (diary, start, end);
  rank_styles (self, diary);
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

      bm_pain_chart_draw_key (frame, style_of (self, labels[k].series), x, labels[k].y);
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
  const double *background;

  g_return_if_fail (BM_IS_PAIN_CHART (self));
  g_return_if_fail (cr != NULL && PANGO_IS_CONTEXT (context));

  measure_frame (self, &frame, context, width, height);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, ceil (width), ceil (height));
  cairo_clip (cr);
  background = bm_pain_chart_frame_get_background (&frame);
  cairo_set_source_rgb (cr, background[0], background[1], background[2]);
  cairo_paint (cr);
  cairo_set_line_width (cr, 1);

  bm_pain_chart_frame_draw_score_axis (&frame);
  bm_pain_chart_frame_draw_time_axis (&frame);

  if (bm_pain_chart_is_empty (self))
    draw_empty (&frame);
  else
    {
      vertices = g_array_new (FALSE, FALSE, sizeof (BmPainChartVertex));
      /* On whole pixels: cairo draws through any other clip with a mask, which is
       * many times slower. */
      cairo_save (cr);
      cairo_rectangle (cr, floor (frame.x0 - frame.line_height), 0,
                       ceil (frame.x1 - frame.x0 + 2 * frame.line_height), ceil (height));
      cairo_clip (cr);
      for (guint i = 0; i < self->series->len; i++)
        bm_pain_chart_draw_line (&frame, g_ptr_array_index (self->series, i), style_of (self, i),
                                 vertices);
      cairo_restore (cr);
      draw_end_labels (self, &frame, width * 0.3);
    }

  cairo_restore (cr);
}
