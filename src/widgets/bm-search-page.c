/* bm-search-page.c: search the catalog in the current language
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-search-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-region.h"
#include "bm-search-page.h"
#include "bm-search-result.h"
#include "bm-technique.h"

struct _BmSearchPage
{
  GtkWidget parent_instance;

  GtkSearchEntry *entry;
  GtkStack *stack;
  GtkListBox *list;
  GtkFilterListModel *filter_model;
  GtkStringFilter *filter;
  GListModel *results; /* everything findable; filtered only while there is a search */
};

G_DEFINE_FINAL_TYPE (BmSearchPage, bm_search_page, GTK_TYPE_WIDGET)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bm_search_result_get_title (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), bm_search_result_get_subtitle (item));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
search_changed_cb (BmSearchPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  /* An empty search matches everything: show no rows rather than make them all. */
  gtk_filter_list_model_set_model (self->filter_model, *text != '\0' ? self->results : NULL);

  if (*text == '\0')
    gtk_stack_set_visible_child_name (self->stack, "hint");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "none");
  else
    gtk_stack_set_visible_child_name (self->stack, "results");
}

/**
 * bm_search_page_activate:
 * @position: a result, in the filtered list
 *
 * Opens a result: a technique's page, or the region, picked on the map.
 */
void
bm_search_page_activate (BmSearchPage *self,
                         guint         position)
{
  g_autoptr(BmSearchResult) result = g_list_model_get_item (G_LIST_MODEL (self->filter_model),
                                                            position);
  BmRegion *region;
  g_autofree char *key = NULL;

  g_return_if_fail (BM_IS_SEARCH_PAGE (self));
  g_return_if_fail (result != NULL);

  if (bm_search_result_get_technique (result) != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.open-technique", "s",
                                  bm_technique_get_id (bm_search_result_get_technique (result)));
      return;
    }

  /* A region on both sides is shown on the patient's left first. */
  region = bm_search_result_get_region (result);
  key = g_strdup_printf ("%s:%s", bm_region_get_id (region),
                         bm_region_get_sides (region) & BM_SIDE_LEFT ? "left" : "center");
  gtk_widget_activate_action (GTK_WIDGET (self), "win.select-spot", "(sb)", key, FALSE);
}

static void
row_activated_cb (BmSearchPage  *self,
                  GtkListBoxRow *row)
{
  bm_search_page_activate (self, gtk_list_box_row_get_index (row));
}

static void
entry_activate_cb (BmSearchPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0 &&
      *gtk_editable_get_text (GTK_EDITABLE (self->entry)) != '\0')
    bm_search_page_activate (self, 0);
}

static void
bm_search_page_dispose (GObject *object)
{
  BmSearchPage *self = (BmSearchPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_SEARCH_PAGE);
  /* The template's root is not bound, so disposing the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->results);

  G_OBJECT_CLASS (bm_search_page_parent_class)->dispose (object);
}

static void
bm_search_page_class_init (BmSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_search_page_dispose;

  g_type_ensure (BM_TYPE_SEARCH_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BmSearchPage, entry);
  gtk_widget_class_bind_template_child (widget_class, BmSearchPage, stack);
  gtk_widget_class_bind_template_child (widget_class, BmSearchPage, list);
  gtk_widget_class_bind_template_child (widget_class, BmSearchPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, BmSearchPage, filter);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_search_page_init (BmSearchPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->filter_model), create_row, NULL, NULL);
}

/**
 * bm_search_page_set_catalog:
 *
 * Makes everything in @catalog findable.
 */
void
bm_search_page_set_catalog (BmSearchPage *self,
                            BmCatalog    *catalog)
{
  g_return_if_fail (BM_IS_SEARCH_PAGE (self));

  g_clear_object (&self->results);
  self->results = bm_search_result_list_new (catalog);
  search_changed_cb (self);
}

void
bm_search_page_set_text (BmSearchPage *self,
                         const char   *text)
{
  g_return_if_fail (BM_IS_SEARCH_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  /* search-changed waits for typing to pause; apply at once. */
  search_changed_cb (self);
}

/**
 * bm_search_page_get_results:
 *
 * Returns: (transfer none): the results (#BmSearchResult) of the current search
 */
GListModel *
bm_search_page_get_results (BmSearchPage *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_PAGE (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

void
bm_search_page_focus (BmSearchPage *self)
{
  g_return_if_fail (BM_IS_SEARCH_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}
