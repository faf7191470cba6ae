/* bm-lazy-expander-row.c: an expander row that makes its rows when first opened
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page of wrapped labels is costly to lay out (GTK measures each one several
 * times), and most collapsed sections are never opened. The row holds a list
 * store from the start, so its subtitle can count the items, but makes the
 * rows only when it is first expanded; after that the list follows the store.
 */

#define G_LOG_DOMAIN "bm-lazy-expander-row"

#include "config.h"

#include "bm-lazy-expander-row.h"

struct _BmLazyExpanderRow
{
  AdwExpanderRow parent_instance;

  GListStore *model;
  GtkListBoxCreateWidgetFunc create_row;
  gpointer user_data;
  GtkWidget *list; /* made on first expansion */
};

G_DEFINE_FINAL_TYPE (BmLazyExpanderRow, bm_lazy_expander_row, ADW_TYPE_EXPANDER_ROW)

static void
build (BmLazyExpanderRow *self)
{
  if (self->list != NULL || self->create_row == NULL)
    return;

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list), G_LIST_MODEL (self->model),
                           self->create_row, self->user_data, NULL);
  gtk_widget_add_css_class (self->list, "nested-list");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->list);
  /* The row holding the list is a container, not a stop of its own. */
  gtk_widget_set_focusable (gtk_widget_get_parent (self->list), FALSE);
}

static void
expanded_cb (BmLazyExpanderRow *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    build (self);
}

static void
items_changed_cb (BmLazyExpanderRow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self),
                          g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0);
}

static void
bm_lazy_expander_row_dispose (GObject *object)
{
  BmLazyExpanderRow *self = (BmLazyExpanderRow *)object;

  g_clear_object (&self->model);

  G_OBJECT_CLASS (bm_lazy_expander_row_parent_class)->dispose (object);
}

static void
bm_lazy_expander_row_class_init (BmLazyExpanderRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bm_lazy_expander_row_dispose;
}

static void
bm_lazy_expander_row_init (BmLazyExpanderRow *self)
{
  self->model = g_list_store_new (G_TYPE_OBJECT);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  items_changed_cb (self);
}

/**
 * bm_lazy_expander_row_get_model:
 *
 * Returns: (transfer none): the items to show, a #GListStore the owner fills
 */
GListModel *
bm_lazy_expander_row_get_model (BmLazyExpanderRow *self)
{
  g_return_val_if_fail (BM_IS_LAZY_EXPANDER_ROW (self), NULL);

  return G_LIST_MODEL (self->model);
}

/**
 * bm_lazy_expander_row_set_factory:
 * @create_row: makes the row of an item
 *
 * Sets how rows are made, once, before the row is first expanded.
 */
void
bm_lazy_expander_row_set_factory (BmLazyExpanderRow          *self,
                                  GtkListBoxCreateWidgetFunc  create_row,
                                  gpointer                    user_data)
{
  g_return_if_fail (BM_IS_LAZY_EXPANDER_ROW (self));
  g_return_if_fail (self->list == NULL);

  self->create_row = create_row;
  self->user_data = user_data;
  expanded_cb (self);
}

/**
 * bm_lazy_expander_row_get_built:
 *
 * Returns: whether the rows have been made
 */
gboolean
bm_lazy_expander_row_get_built (BmLazyExpanderRow *self)
{
  g_return_val_if_fail (BM_IS_LAZY_EXPANDER_ROW (self), FALSE);

  return self->list != NULL;
}
