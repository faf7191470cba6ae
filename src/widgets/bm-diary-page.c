/* bm-diary-page.c: the pain diary in the window: onset, chart or table, and the entries
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One list scrolls the whole page: its first item is the header (the onset, the
 * chart or table), then come the entries, newest first. GTK 4.8's list view has
 * no header of its own, and a list inside a scrolled box would make a row for
 * every entry; this way only the rows in view exist, however long the diary.
 */

#define G_LOG_DOMAIN "bm-diary-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-diary-entry-row.h"
#include "bm-diary-page.h"
#include "bm-diary-table.h"
#include "bm-diary.h"
#include "bm-pain-chart-view.h"
#include "bm-reversed-list.h"
#include "bm-wrap-layout.h"

struct _BmDiaryPage
{
  GtkWidget parent_instance;

  BmCatalog *catalog;
  BmDiary *diary;
  GListModel *items; /* the header, then the entries newest first */

  GtkStack *stack;
  GtkListView *list_view;
  GtkWidget *header;
  AdwActionRow *onset_row;
  GtkPopover *onset_popover;
  GtkCalendar *onset_calendar;
  GtkWidget *toolbar;
  GtkToggleButton *week_button;
  GtkToggleButton *month_button;
  GtkStack *chart_stack;
  GtkToggleButton *table_button;
  BmPainChartView *chart_view;
  BmDiaryTable *table;
};

G_DEFINE_FINAL_TYPE (BmDiaryPage, bm_diary_page, GTK_TYPE_WIDGET)

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

static void
setup_item_cb (BmDiaryPage *self,
               GtkListItem *item)
{
  GtkWidget *row = bm_diary_entry_row_new ();

  /* The item shows its row, or the header while it is the first item. */
  g_object_set_data_full (G_OBJECT (item), "bm-row", g_object_ref_sink (row), g_object_unref);
  gtk_list_item_set_child (item, row);
}

static void
bind_item_cb (BmDiaryPage *self,
              GtkListItem *item)
{
  gpointer object = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  g_autoptr(GObject) previous = NULL;
  BmDiaryEntry *entry;
  gboolean first_of_day;

  if (object == self->header)
    {
      gtk_list_item_set_activatable (item, FALSE);
      gtk_list_item_set_child (item, self->header);
      return;
    }

  entry = BM_DIARY_ENTRY (object);
  previous = g_list_model_get_item (self->items, position - 1);
  first_of_day = !BM_IS_DIARY_ENTRY (previous) ||
                 !same_day (bm_diary_entry_get_time (BM_DIARY_ENTRY (previous)),
                            bm_diary_entry_get_time (entry));
  bm_diary_entry_row_set_entry (g_object_get_data (G_OBJECT (item), "bm-row"), self->catalog,
                                entry, first_of_day);
}

static void
unbind_item_cb (BmDiaryPage *self,
                GtkListItem *item)
{
  if (gtk_list_item_get_child (item) == self->header)
    gtk_list_item_set_child (item, g_object_get_data (G_OBJECT (item), "bm-row"));
}

/* A click or Enter on an entry opens it to change or delete. */
static void
entry_activated_cb (BmDiaryPage *self,
                    guint        position)
{
  g_autoptr(GObject) item = g_list_model_get_item (self->items, position);

  if (BM_IS_DIARY_ENTRY (item))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-diary-entry", "s",
                                bm_diary_entry_get_id (BM_DIARY_ENTRY (item)));
}

static void
update_empty (BmDiaryPage *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->diary)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "diary");
}

static void
onset_picked_cb (BmDiaryPage *self,
                 GtkCalendar *calendar)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (day, "%Y-%m-%d");

  gtk_widget_activate_action (GTK_WIDGET (self), "diary.set-onset", "s", text);
  gtk_popover_popdown (self->onset_popover);
}

static void
onset_cleared_cb (BmDiaryPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "diary.set-onset", "s", "");
  gtk_popover_popdown (self->onset_popover);
}

/* The day, and how long ago it was. */
static char *
dup_onset_text (GDate *onset)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (onset),
                                                    g_date_get_month (onset),
                                                    g_date_get_day (onset), 0, 0, 0);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = NULL;
  GDate today;
  int days;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  days = g_date_days_between (onset, &today);
  /* Translators: the day the pain started, see the GDateTime format codes */
  date = g_date_time_format (day, _("%e %B %Y"));
  g_strstrip (date);
  if (days <= 0)
    return g_steal_pointer (&date);

  /* Translators: the day the pain started, and how long ago that was */
  return g_strdup_printf (ngettext ("%s, %d day ago", "%s, %d days ago", days), date, days);
}

static void
update_onset (BmDiaryPage *self)
{
  GDate *onset = bm_diary_get_onset (self->diary);
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) day = NULL;

  if (onset == NULL)
    {
      adw_action_row_set_subtitle (self->onset_row, _("Not set"));
      return;
    }

  text = dup_onset_text (onset);
  adw_action_row_set_subtitle (self->onset_row, text);

  /* The calendar opens on the day; showing it is not picking it. */
  day = g_date_time_new_local (g_date_get_year (onset), g_date_get_month (onset),
                               g_date_get_day (onset), 0, 0, 0);
  g_signal_handlers_block_by_func (self->onset_calendar, onset_picked_cb, self);
  gtk_calendar_select_day (self->onset_calendar, day);
  g_signal_handlers_unblock_by_func (self->onset_calendar, onset_picked_cb, self);
}

static void
range_toggled_cb (BmDiaryPage     *self,
                  GtkToggleButton *button)
{
  guint days = gtk_toggle_button_get_active (self->week_button) ? 7
             : gtk_toggle_button_get_active (self->month_button) ? 30
             : 0;

  bm_pain_chart_view_set_days (self->chart_view, days);
  bm_diary_table_set_days (self->table, days);
}

static void
view_toggled_cb (BmDiaryPage     *self,
                 GtkToggleButton *button)
{
  gtk_stack_set_visible_child_name (self->chart_stack,
                                    gtk_toggle_button_get_active (self->table_button) ? "table"
                                                                                      : "chart");
}

static void
bm_diary_page_dispose (GObject *object)
{
  BmDiaryPage *self = (BmDiaryPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_DIARY_PAGE);
  g_clear_object (&self->items);
  g_clear_object (&self->diary);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (bm_diary_page_parent_class)->dispose (object);
}

static void
bm_diary_page_class_init (BmDiaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_diary_page_dispose;

  g_type_ensure (BM_TYPE_PAIN_CHART_VIEW);
  g_type_ensure (BM_TYPE_DIARY_TABLE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-diary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, header);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, onset_row);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, onset_popover);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, onset_calendar);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, week_button);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, month_button);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, chart_stack);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, table_button);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryPage, table);
  gtk_widget_class_bind_template_callback (widget_class, setup_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, onset_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, onset_cleared_cb);
  gtk_widget_class_bind_template_callback (widget_class, range_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_diary_page_init (BmDiaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The range and the view toggles go onto two lines when the window is narrow. */
  gtk_widget_set_layout_manager (self->toolbar, bm_wrap_layout_new (12));
}

/**
 * bm_diary_page_set_diary:
 * @catalog: where the names of regions and techniques come from
 * @diary: the diary to show, as it changes
 */
void
bm_diary_page_set_diary (BmDiaryPage *self,
                         BmCatalog   *catalog,
                         BmDiary     *diary)
{
  g_autoptr(GListStore) header = NULL;
  g_autoptr(BmReversedList) entries = NULL;
  GListStore *parts;

  g_return_if_fail (BM_IS_DIARY_PAGE (self));
  g_return_if_fail (BM_IS_CATALOG (catalog));
  g_return_if_fail (BM_IS_DIARY (diary));
  g_return_if_fail (self->diary == NULL);

  self->catalog = g_object_ref (catalog);
  self->diary = g_object_ref (diary);

  entries = bm_reversed_list_new (G_LIST_MODEL (diary));
  header = g_list_store_new (GTK_TYPE_WIDGET);
  g_list_store_append (header, self->header);
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, header);
  g_list_store_append (parts, entries);
  self->items = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (self->items))));

  bm_pain_chart_view_set_diary (self->chart_view, catalog, diary);
  bm_diary_table_set_diary (self->table, catalog, diary, G_LIST_MODEL (entries));
  range_toggled_cb (self, self->week_button);

  g_signal_connect_object (diary, "items-changed", G_CALLBACK (update_empty), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (diary, "notify::onset", G_CALLBACK (update_onset), self,
                           G_CONNECT_SWAPPED);
  update_empty (self);
  update_onset (self);
}
