/* bm-pain-chart-view.c: the diary's pain chart on screen, over the last days or all of it
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing is BmPainChart's, the same as on the care sheet. This widget picks
 * the stretch of time, follows the light or dark style, redraws when the diary
 * changes, and tells screen readers the gist: each line's current, worst and
 * average score. The table on the diary page holds every score as text.
 */

#define G_LOG_DOMAIN "bm-pain-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-diary.h"
#include "bm-pain-chart-view.h"
#include "bm-pain-chart.h"
#include "bm-region.h"

#define SECONDS_PER_DAY (24 * 60 * 60)

struct _BmPainChartView
{
  GtkWidget parent_instance;

  BmCatalog *catalog;
  BmDiary *diary;
  BmPainChart *chart;
  guint days; /* 0 for all */
};

G_DEFINE_FINAL_TYPE (BmPainChartView, bm_pain_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The last @days days up to now, or everything the diary holds. */
static void
get_range (BmPainChartView *self,
           gint64          *from,
           gint64          *to)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->diary));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  *to = g_date_time_to_unix (now) + 1;
  if (self->days > 0)
    *from = *to - (gint64) self->days * SECONDS_PER_DAY;
  else if (n > 0)
    {
      g_autoptr(BmDiaryEntry) first = g_list_model_get_item (G_LIST_MODEL (self->diary), 0);
      g_autoptr(BmDiaryEntry) last = g_list_model_get_item (G_LIST_MODEL (self->diary), n - 1);

      *from = g_date_time_to_unix (bm_diary_entry_get_time (first));
      *to = MAX (*to, g_date_time_to_unix (bm_diary_entry_get_time (last)) + 1);
    }
  else
    *from = *to - SECONDS_PER_DAY;
}

/* Each line's gist, one a line, for screen readers. */
static char *
dup_summary (BmPainChartView *self,
             gint64           from,
             gint64           to)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (from);
  g_autoptr(GDateTime) end = g_date_time_new_from_unix_local (to);
  g_autoptr(GPtrArray) series = bm_diary_dup_series (self->diary, start, end);
  GString *summary = g_string_new (NULL);

  if (series->len == 0)
    g_string_append (summary, _("No scores in this time"));

  for (guint i = 0; i < series->len; i++)
    {
      BmDiarySeries *line = g_ptr_array_index (series, i);
      BmRegion *region = bm_catalog_lookup_region (self->catalog, line->region_id);
      g_autofree char *label = region != NULL ? bm_region_dup_label (region, line->side)
                                              : g_strdup (line->region_id);

      if (i > 0)
        g_string_append_c (summary, '\n');
      /* Translators: a line of the pain chart read out: area, then the scores from 0 to 10 */
      g_string_append_printf (summary, _("%s: now %u, worst %u, average %.1f"), label,
                              line->current, line->worst, line->average);
    }

  return g_string_free (summary, FALSE);
}

static void
update (BmPainChartView *self)
{
  g_autofree char *summary = NULL;
  gint64 from, to;

  if (self->chart == NULL)
    return;

  get_range (self, &from, &to);
  bm_pain_chart_set_diary (self->chart, self->diary, from, to);
  summary = dup_summary (self, from, to);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  summary, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
diary_changed_cb (BmPainChartView *self)
{
  update (self);
}

static void
dark_changed_cb (BmPainChartView *self,
                 GParamSpec      *pspec,
                 AdwStyleManager *style_manager)
{
  if (self->chart == NULL)
    return;

  bm_pain_chart_set_dark (self->chart, adw_style_manager_get_dark (style_manager));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
bm_pain_chart_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  BmPainChartView *self = BM_PAIN_CHART_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bm_pain_chart_draw (self->chart, cr, gtk_widget_get_pango_context (widget), width, height);
  cairo_destroy (cr);
}

static void
bm_pain_chart_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  /* Room for the axes and a few days at the narrowest window. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 600;
    }
  else
    {
      *minimum = 200;
      *natural = 260;
    }
}

static void
bm_pain_chart_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BmPainChartView *self = BM_PAIN_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DAYS:
      g_value_set_uint (value, self->days);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_pain_chart_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BmPainChartView *self = BM_PAIN_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DAYS:
      bm_pain_chart_view_set_days (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_pain_chart_view_dispose (GObject *object)
{
  BmPainChartView *self = (BmPainChartView *)object;

  g_clear_object (&self->chart);
  g_clear_object (&self->diary);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (bm_pain_chart_view_parent_class)->dispose (object);
}

static void
bm_pain_chart_view_class_init (BmPainChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_pain_chart_view_dispose;
  object_class->get_property = bm_pain_chart_view_get_property;
  object_class->set_property = bm_pain_chart_view_set_property;

  widget_class->snapshot = bm_pain_chart_view_snapshot;
  widget_class->measure = bm_pain_chart_view_measure;

  /**
   * BmPainChartView:days:
   *
   * How many days up to now the chart shows, or 0 for the whole diary.
   */
  properties[PROP_DAYS] =
    g_param_spec_uint ("days", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "painchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bm_pain_chart_view_init (BmPainChartView *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pain intensity over time"), -1);
  /* The chart fills its card to the rounded corners. */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * bm_pain_chart_view_set_diary:
 * @catalog: where the region names come from
 * @diary: the diary to chart, from now on and as it changes
 */
void
bm_pain_chart_view_set_diary (BmPainChartView *self,
                              BmCatalog       *catalog,
                              BmDiary         *diary)
{
  g_return_if_fail (BM_IS_PAIN_CHART_VIEW (self));
  g_return_if_fail (BM_IS_CATALOG (catalog));
  g_return_if_fail (BM_IS_DIARY (diary));
  g_return_if_fail (self->diary == NULL);

  self->catalog = g_object_ref (catalog);
  self->diary = g_object_ref (diary);
  self->chart = bm_pain_chart_new (catalog);
  dark_changed_cb (self, NULL, adw_style_manager_get_default ());
  g_signal_connect_object (diary, "items-changed", G_CALLBACK (diary_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

guint
bm_pain_chart_view_get_days (BmPainChartView *self)
{
  g_return_val_if_fail (BM_IS_PAIN_CHART_VIEW (self), 0);

  return self->days;
}

void
bm_pain_chart_view_set_days (BmPainChartView *self,
                             guint            days)
{
  g_return_if_fail (BM_IS_PAIN_CHART_VIEW (self));

  if (self->days == days)
    return;

  self->days = days;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAYS]);
}

/**
 * bm_pain_chart_view_is_empty:
 *
 * Returns: whether no score falls in the days shown
 */
gboolean
bm_pain_chart_view_is_empty (BmPainChartView *self)
{
  g_return_val_if_fail (BM_IS_PAIN_CHART_VIEW (self), TRUE);

  return self->chart == NULL || bm_pain_chart_is_empty (self->chart);
}
