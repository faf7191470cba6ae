/* bm-diary-table.c: the pain chart as a table: one row per entry, one column per area
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the chart draws, as text a screen reader reads cell by cell: the entries of
 * the same days, newest first, and one column for each area the chart has a line
 * for. Each cell's name says the area as well, since GTK 4.8 does not tell
 * assistive technologies a cell's column heading.
 */

#define G_LOG_DOMAIN "bm-diary-table"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-diary-labels.h"
#include "bm-diary-table.h"
#include "bm-diary.h"
#include "bm-region.h"

#define SECONDS_PER_DAY (24 * 60 * 60)

struct _BmDiaryTable
{
  GtkWidget parent_instance;

  BmCatalog *catalog;
  BmDiary *diary;
  GtkFilterListModel *rows;
  GtkCustomFilter *filter;
  GtkColumnView *view;
  GtkWidget *scrolled;
  GStrv areas;  /* "region-id:side" of each area column, in order */
  guint days;   /* 0 for all */
  gint64 from;  /* the oldest time shown, in seconds since the epoch */
};

G_DEFINE_FINAL_TYPE (BmDiaryTable, bm_diary_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
in_range (gpointer item,
          gpointer user_data)
{
  BmDiaryTable *self = user_data;

  return g_date_time_to_unix (bm_diary_entry_get_time (item)) >= self->from;
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_when_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  BmDiaryEntry *entry = gtk_list_item_get_item (item);
  /* Translators: a diary entry's day and time in the pain table, see the GDateTime
   * format codes */
  g_autofree char *when = g_date_time_format (bm_diary_entry_get_time (entry),
                                              _("%a %e %b %Y, %H:%M"));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), when);
}

static void
bind_score_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               BmDiaryTable             *self)
{
  const char *region_id = g_object_get_data (G_OBJECT (factory), "region-id");
  BmSide side = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "side"));
  const BmDiaryScore *score = bm_diary_entry_find_score (gtk_list_item_get_item (item),
                                                         region_id, side);
  BmRegion *region = bm_catalog_lookup_region (self->catalog, region_id);
  g_autofree char *area = region != NULL ? bm_region_dup_label (region, side)
                                         : g_strdup (region_id);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  if (score == NULL)
    {
      /* Translators: the pain table's cell for an area not scored in an entry */
      name = g_strdup_printf (_("%s: not scored"), area);
      gtk_label_set_label (GTK_LABEL (label), "–");
    }
  else
    {
      text = g_strdup_printf ("%u", score->intensity);
      gtk_label_set_label (GTK_LABEL (label), text);
      if (score->quality == BM_PAIN_QUALITY_UNSAID)
        name = g_strdup_printf (_("%s: %u of 10"), area, score->intensity);
      else
        name = g_strdup_printf (_("%s: %u of 10, %s"), area, score->intensity,
                                bm_pain_quality_to_label (score->quality));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* Takes @factory. */
static void
add_column (BmDiaryTable       *self,
            const char         *title,
            GtkListItemFactory *factory)
{
  g_autoptr(GtkColumnViewColumn) column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->view, column);
}

/* One column for each area scored in the days shown, in the chart's order; the
 * columns are made again only when the areas change. */
static void
update_columns (BmDiaryTable *self)
{
  g_autoptr(GDateTime) from = g_date_time_new_from_unix_local (self->from);
  g_autoptr(GPtrArray) series = bm_diary_dup_series (self->diary, from, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) areas = NULL;
  GListModel *columns = gtk_column_view_get_columns (self->view);

  for (guint i = 0; i < series->len; i++)
    {
      BmDiarySeries *line = g_ptr_array_index (series, i);
      g_autofree char *key = g_strdup_printf ("%s:%u", line->region_id, line->side);

      g_strv_builder_add (builder, key);
    }
  areas = g_strv_builder_end (builder);
  if (self->areas != NULL && g_strv_equal ((const char * const *) areas,
                                           (const char * const *) self->areas))
    return;

  while (g_list_model_get_n_items (columns) > 1)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 1);

      gtk_column_view_remove_column (self->view, column);
    }

  for (guint i = 0; i < series->len; i++)
    {
      BmDiarySeries *line = g_ptr_array_index (series, i);
      BmRegion *region = bm_catalog_lookup_region (self->catalog, line->region_id);
      g_autofree char *title = region != NULL ? bm_region_dup_label (region, line->side)
                                              : g_strdup (line->region_id);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

      g_object_set_data_full (G_OBJECT (factory), "region-id", g_strdup (line->region_id),
                              g_free);
      g_object_set_data (G_OBJECT (factory), "side", GUINT_TO_POINTER (line->side));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_score_cb), self);
      add_column (self, title, factory);
    }

  g_strfreev (self->areas);
  self->areas = g_steal_pointer (&areas);
}

static void
update (BmDiaryTable *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (self->diary == NULL)
    return;

  self->from = self->days > 0 ? g_date_time_to_unix (now) + 1 - (gint64) self->days * SECONDS_PER_DAY
                              : G_MININT64;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_columns (self);
}

static void
diary_changed_cb (BmDiaryTable *self)
{
  update_columns (self);
}

static void
bm_diary_table_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BmDiaryTable *self = BM_DIARY_TABLE (object);

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
bm_diary_table_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BmDiaryTable *self = BM_DIARY_TABLE (object);

  switch (prop_id)
    {
    case PROP_DAYS:
      bm_diary_table_set_days (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_diary_table_dispose (GObject *object)
{
  BmDiaryTable *self = (BmDiaryTable *)object;

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->rows);
  g_clear_object (&self->filter);
  g_clear_object (&self->diary);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->areas, g_strfreev);

  G_OBJECT_CLASS (bm_diary_table_parent_class)->dispose (object);
}

static void
bm_diary_table_class_init (BmDiaryTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_diary_table_dispose;
  object_class->get_property = bm_diary_table_get_property;
  object_class->set_property = bm_diary_table_set_property;

  /**
   * BmDiaryTable:days:
   *
   * How many days up to now the table shows, or 0 for the whole diary.
   */
  properties[PROP_DAYS] =
    g_param_spec_uint ("days", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_diary_table_init (BmDiaryTable *self)
{
  GtkListItemFactory *when = gtk_signal_list_item_factory_new ();

  self->from = G_MININT64;
  self->filter = gtk_custom_filter_new (in_range, self, NULL);
  self->rows = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (
    gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows))))));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pain scores by entry"), -1);

  g_signal_connect (when, "setup", G_CALLBACK (setup_label_cb), NULL);
  g_signal_connect (when, "bind", G_CALLBACK (bind_when_cb), NULL);
  add_column (self, _("When"), when);

  /* The table scrolls within the page, about as tall as the chart. */
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->scrolled), 260);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  gtk_widget_add_css_class (self->scrolled, "card");
}

/**
 * bm_diary_table_set_diary:
 * @catalog: where the area names come from
 * @diary: the diary, for the areas scored
 * @newest_first: the diary's entries, newest first
 */
void
bm_diary_table_set_diary (BmDiaryTable *self,
                          BmCatalog    *catalog,
                          BmDiary      *diary,
                          GListModel   *newest_first)
{
  g_return_if_fail (BM_IS_DIARY_TABLE (self));
  g_return_if_fail (BM_IS_CATALOG (catalog));
  g_return_if_fail (BM_IS_DIARY (diary));
  g_return_if_fail (G_IS_LIST_MODEL (newest_first));
  g_return_if_fail (self->diary == NULL);

  self->catalog = g_object_ref (catalog);
  self->diary = g_object_ref (diary);
  gtk_filter_list_model_set_model (self->rows, newest_first);
  g_signal_connect_object (diary, "items-changed", G_CALLBACK (diary_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

guint
bm_diary_table_get_days (BmDiaryTable *self)
{
  g_return_val_if_fail (BM_IS_DIARY_TABLE (self), 0);

  return self->days;
}

void
bm_diary_table_set_days (BmDiaryTable *self,
                         guint         days)
{
  g_return_if_fail (BM_IS_DIARY_TABLE (self));

  if (self->days == days)
    return;

  self->days = days;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAYS]);
}
