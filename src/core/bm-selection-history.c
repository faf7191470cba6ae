/* bm-selection-history.c: the sets of spots picked before and after, for undo and redo
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-selection-history"

#include "config.h"

#include "bm-selection-history.h"

/* Each entry is a whole set (a GPtrArray that owns its items), the newest last. */
struct _BmSelectionHistory
{
  GPtrArray *undo;
  GPtrArray *redo;
  guint limit;
};

/**
 * bm_selection_history_new:
 * @limit: how many sets to keep for undo; older ones are forgotten
 *
 * Returns: (transfer full): an empty history
 */
BmSelectionHistory *
bm_selection_history_new (guint limit)
{
  BmSelectionHistory *self = g_new0 (BmSelectionHistory, 1);

  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->limit = limit;

  return self;
}

void
bm_selection_history_free (BmSelectionHistory *self)
{
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_free (self);
}

/**
 * bm_selection_history_record:
 * @before: (transfer none): the set as it was before a change
 *
 * Remembers @before for undo. A new change forgets what could be redone.
 */
void
bm_selection_history_record (BmSelectionHistory *self,
                             GPtrArray          *before)
{
  g_ptr_array_add (self->undo, g_ptr_array_ref (before));
  if (self->undo->len > self->limit)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
}

/* Takes the newest set of @from and puts @current on @to in its place. */
static GPtrArray *
step (GPtrArray *from,
      GPtrArray *to,
      GPtrArray *current)
{
  if (from->len == 0)
    return NULL;

  g_ptr_array_add (to, g_ptr_array_ref (current));
  return g_ptr_array_steal_index (from, from->len - 1);
}

/**
 * bm_selection_history_undo:
 * @current: (transfer none): the set now, which redo will bring back
 *
 * Returns: (transfer full) (nullable): the set before the last change, or %NULL
 */
GPtrArray *
bm_selection_history_undo (BmSelectionHistory *self,
                           GPtrArray          *current)
{
  return step (self->undo, self->redo, current);
}

/**
 * bm_selection_history_redo:
 * @current: (transfer none): the set now, which undo will bring back
 *
 * Returns: (transfer full) (nullable): the set the last undo took away, or %NULL
 */
GPtrArray *
bm_selection_history_redo (BmSelectionHistory *self,
                           GPtrArray          *current)
{
  return step (self->redo, self->undo, current);
}

gboolean
bm_selection_history_can_undo (BmSelectionHistory *self)
{
  return self->undo->len > 0;
}

gboolean
bm_selection_history_can_redo (BmSelectionHistory *self)
{
  return self->redo->len > 0;
}
