/* bm-reversed-list.c: a list model in the reverse order of another, such as the diary newest first
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reversing costs nothing per item, where sorting 10,000 entries again would not.
 * Each change it passes on also covers the item that follows the changed ones:
 * a row that heads a day depends on the item before it, so that row is bound anew.
 */

#define G_LOG_DOMAIN "bm-reversed-list"

#include "config.h"

#include "bm-reversed-list.h"

struct _BmReversedList
{
  GObject parent_instance;

  GListModel *model;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BmReversedList, bm_reversed_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
bm_reversed_list_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (BM_REVERSED_LIST (list)->model);
}

static guint
bm_reversed_list_get_n_items (GListModel *list)
{
  return g_list_model_get_n_items (BM_REVERSED_LIST (list)->model);
}

static gpointer
bm_reversed_list_get_item (GListModel *list,
                           guint       position)
{
  GListModel *model = BM_REVERSED_LIST (list)->model;
  guint n = g_list_model_get_n_items (model);

  return position < n ? g_list_model_get_item (model, n - 1 - position) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bm_reversed_list_get_item_type;
  iface->get_n_items = bm_reversed_list_get_n_items;
  iface->get_item = bm_reversed_list_get_item;
}

/* [position, position + removed) of the model, in reverse, is
 * [n - position - added, n - position) of this list, with n counted after the change. */
static void
items_changed_cb (BmReversedList *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  guint n = g_list_model_get_n_items (model);
  guint first = n - position - added;
  guint next = position > 0 ? 1 : 0; /* the item after the change here, before it there */

  g_list_model_items_changed (G_LIST_MODEL (self), first, removed + next, added + next);
}

static void
bm_reversed_list_dispose (GObject *object)
{
  BmReversedList *self = (BmReversedList *)object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (bm_reversed_list_parent_class)->dispose (object);
}

static void
bm_reversed_list_class_init (BmReversedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bm_reversed_list_dispose;
}

static void
bm_reversed_list_init (BmReversedList *self)
{
}

/**
 * bm_reversed_list_new:
 * @model: the list to reverse, followed as it changes
 *
 * Returns: (transfer full): a list of @model's items, last first
 */
BmReversedList *
bm_reversed_list_new (GListModel *model)
{
  BmReversedList *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (BM_TYPE_REVERSED_LIST, NULL);
  self->model = g_object_ref (model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);

  return self;
}
