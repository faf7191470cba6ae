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
#include "bm-search-index.h"
#include "bm-search-page-private.h"
#include "bm-search-result.h"
#include "bm-technique.h"

struct _BmSearchPage
{
  GtkWidget parent_instance;

  GtkWidget *box;               /* bound only so that disposing the template unparents it */
  GtkSearchEntry *entry;
  GtkStack *stack;
  GtkNoSelection *selection;
  BmSearchIndex *index;
};

G_DEFINE_FINAL_TYPE (BmSearchPage, bm_search_page, GTK_TYPE_WIDGET)

static void
search_changed_cb (BmSearchPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autoptr(GListModel) results = NULL;

  if (self->index != NULL && *text != '\0')
    results = bm_search_index_search (self->index, text);
  gtk_no_selection_set_model (self->selection, results);

  if (results == NULL)
    gtk_stack_set_visible_child_name (self->stack, "hint");
  else if (g_list_model_get_n_items (results) == 0)
    gtk_stack_set_visible_child_name (self->stack, "none");
  else
    gtk_stack_set_visible_child_name (self->stack, "results");
}

/**
 * bm_search_page_activate:
 * @position: a result, in the current results
 *
 * Opens a result: a technique's page, or else its first region, picked on the
 * map on the first side it applies to.
 */
void
bm_search_page_activate (BmSearchPage *self,
                         guint         position)
{
  g_autoptr(BmSearchResult) result = NULL;
  BmTechnique *technique;
  BmRegion *region;
  BmSide side;

  g_return_if_fail (BM_IS_SEARCH_PAGE (self));

  result = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_return_if_fail (result != NULL);

  if ((technique = bm_search_result_get_technique (result)) != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.open-technique", "s",
                                  bm_technique_get_id (technique));
      return;
    }

  if (bm_search_result_get_first_spot (result, &region, &side))
    gtk_widget_activate_action (GTK_WIDGET (self), "plan.select-spot", "(sub)",
                                bm_region_get_id (region), (guint) side, FALSE);
}

static void
result_activate_cb (BmSearchPage *self,
                    guint         position)
{
  bm_search_page_activate (self, position);
}

static void
entry_activate_cb (BmSearchPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    bm_search_page_activate (self, 0);
}

static void
bm_search_page_dispose (GObject *object)
{
  BmSearchPage *self = (BmSearchPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_SEARCH_PAGE);
  g_clear_object (&self->index);

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
  gtk_widget_class_bind_template_child (widget_class, BmSearchPage, box);
  gtk_widget_class_bind_template_child (widget_class, BmSearchPage, entry);
  gtk_widget_class_bind_template_child (widget_class, BmSearchPage, stack);
  gtk_widget_class_bind_template_child (widget_class, BmSearchPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_search_page_init (BmSearchPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

  g_clear_object (&self->index);
  self->index = bm_search_index_new (catalog);
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
 * Returns: (transfer none): the results (#BmSearchResult) of the current
 *   search, best first; the same model for every search
 */
GListModel *
bm_search_page_get_results (BmSearchPage *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

void
bm_search_page_focus (BmSearchPage *self)
{
  g_return_if_fail (BM_IS_SEARCH_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}
