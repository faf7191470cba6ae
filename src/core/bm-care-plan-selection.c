/* bm-care-plan-selection.c: the painful spots the user picked, with undo and redo
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-care-plan"

#include "config.h"

#include "bm-care-plan-private.h"
#include "bm-region.h"
#include "bm-spot.h"

/**
 * bm_care_plan_get_spots:
 *
 * Returns: (transfer none): the picked spots (#BmSpot), in the order picked
 */
GListModel *
bm_care_plan_get_spots (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return G_LIST_MODEL (self->spots);
}

/**
 * bm_care_plan_get_active_spot:
 *
 * Returns: (transfer none) (nullable): the spot picked last
 */
BmSpot *
bm_care_plan_get_active_spot (BmCarePlan *self)
{
  g_autoptr(BmSpot) spot = NULL;
  guint n;

  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->spots));
  if (n == 0)
    return NULL;

  /* The store keeps a reference of its own. */
  spot = g_list_model_get_item (G_LIST_MODEL (self->spots), n - 1);
  return spot;
}

static int
find_spot (BmCarePlan *self,
           BmRegion   *region,
           BmSide      side)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->spots));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (G_LIST_MODEL (self->spots), i);

      if (bm_spot_equal (spot, region, side))
        return i;
    }

  return -1;
}

gboolean
bm_care_plan_has_spot (BmCarePlan *self,
                       BmRegion   *region,
                       BmSide      side)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), FALSE);

  return find_spot (self, region, side) >= 0;
}

/* Returns: (transfer full): the picked spots, a set that undo can bring back */
static GPtrArray *
dup_spots (BmCarePlan *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->spots));
  GPtrArray *spots = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (spots, g_list_model_get_item (G_LIST_MODEL (self->spots), i));

  return spots;
}

static gboolean
same_spots (BmCarePlan *self,
            GPtrArray  *spots)
{
  if (spots->len != g_list_model_get_n_items (G_LIST_MODEL (self->spots)))
    return FALSE;

  for (guint i = 0; i < spots->len; i++)
    {
      BmSpot *spot = g_ptr_array_index (spots, i);

      if (find_spot (self, bm_spot_get_region (spot), bm_spot_get_side (spot)) != (int) i)
        return FALSE;
    }

  return TRUE;
}

/*
 * bm_care_plan_apply_spots:
 * @spots: (element-type BmSpot): the spots to pick, in order
 *
 * Makes @spots the picked ones, as a change the user cannot undo: for loading.
 *
 * Returns: whether anything changed
 */
gboolean
bm_care_plan_apply_spots (BmCarePlan *self,
                          GPtrArray  *spots)
{
  g_autoptr(GPtrArray) items = NULL;
  BmSpot *active = bm_care_plan_get_active_spot (self);

  if (same_spots (self, spots))
    return FALSE;

  /* A spot that stays picked stays the same object, so a view bound to it keeps it. */
  items = g_ptr_array_new_full (spots->len, g_object_unref);
  for (guint i = 0; i < spots->len; i++)
    {
      BmSpot *spot = g_ptr_array_index (spots, i);
      int found = find_spot (self, bm_spot_get_region (spot), bm_spot_get_side (spot));

      g_ptr_array_add (items, found >= 0 ? g_list_model_get_item (G_LIST_MODEL (self->spots),
                                                                  found)
                                         : g_object_ref (spot));
    }

  g_list_store_splice (self->spots, 0, g_list_model_get_n_items (G_LIST_MODEL (self->spots)),
                       items->pdata, items->len);

  if (bm_care_plan_get_active_spot (self) != active)
    bm_care_plan_notify (self, BM_CARE_PLAN_PROP_ACTIVE_SPOT);

  return TRUE;
}

/* Notifies can-undo-selection and can-redo-selection if the history changed them. */
static void
notify_history (BmCarePlan *self,
                gboolean    could_undo,
                gboolean    could_redo)
{
  if (could_undo != bm_care_plan_can_undo_selection (self))
    bm_care_plan_notify (self, BM_CARE_PLAN_PROP_CAN_UNDO_SELECTION);
  if (could_redo != bm_care_plan_can_redo_selection (self))
    bm_care_plan_notify (self, BM_CARE_PLAN_PROP_CAN_REDO_SELECTION);
}

/* Every change of the picked spots by the user goes here, to be undone. */
static void
change_spots (BmCarePlan *self,
              GPtrArray  *spots)
{
  gboolean could_undo = bm_care_plan_can_undo_selection (self);
  gboolean could_redo = bm_care_plan_can_redo_selection (self);
  g_autoptr(GPtrArray) before = dup_spots (self);

  if (!bm_care_plan_apply_spots (self, spots))
    return;

  bm_selection_history_record (self->history, before);
  notify_history (self, could_undo, could_redo);
  bm_care_plan_emit_changed (self);
}

/**
 * bm_care_plan_select_spot:
 * @extend: %FALSE to pick this spot alone, %TRUE to add it to the others or,
 *   if it is picked already, to take it away
 */
void
bm_care_plan_select_spot (BmCarePlan *self,
                          BmRegion   *region,
                          BmSide      side,
                          gboolean    extend)
{
  g_autoptr(GPtrArray) spots = NULL;
  int found;

  g_return_if_fail (BM_IS_CARE_PLAN (self));
  g_return_if_fail (BM_IS_REGION (region));

  found = find_spot (self, region, side);
  if (extend && found >= 0)
    {
      bm_care_plan_remove_spot (self, region, side);
      return;
    }

  spots = extend ? dup_spots (self) : g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (spots, bm_spot_new (region, side));
  change_spots (self, spots);
}

/**
 * bm_care_plan_add_spot:
 *
 * Adds a spot to the picked ones, if it is not one of them yet.
 */
void
bm_care_plan_add_spot (BmCarePlan *self,
                       BmRegion   *region,
                       BmSide      side)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));
  g_return_if_fail (BM_IS_REGION (region));

  if (find_spot (self, region, side) < 0)
    bm_care_plan_select_spot (self, region, side, TRUE);
}

/**
 * bm_care_plan_remove_spot:
 *
 * Takes a spot away from the picked ones, if it is one of them.
 */
void
bm_care_plan_remove_spot (BmCarePlan *self,
                          BmRegion   *region,
                          BmSide      side)
{
  g_autoptr(GPtrArray) spots = NULL;
  int found;

  g_return_if_fail (BM_IS_CARE_PLAN (self));
  g_return_if_fail (BM_IS_REGION (region));

  found = find_spot (self, region, side);
  if (found < 0)
    return;

  spots = dup_spots (self);
  g_ptr_array_remove_index (spots, found);
  change_spots (self, spots);
}

void
bm_care_plan_clear_spots (BmCarePlan *self)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  g_return_if_fail (BM_IS_CARE_PLAN (self));

  change_spots (self, none);
}

/**
 * bm_care_plan_can_undo_selection:
 *
 * Returns: whether bm_care_plan_undo_selection() has a set of spots to bring back
 */
gboolean
bm_care_plan_can_undo_selection (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), FALSE);

  return bm_selection_history_can_undo (self->history);
}

/**
 * bm_care_plan_can_redo_selection:
 *
 * Returns: whether bm_care_plan_redo_selection() has a set of spots to bring back
 */
gboolean
bm_care_plan_can_redo_selection (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), FALSE);

  return bm_selection_history_can_redo (self->history);
}

static void
step_history (BmCarePlan *self,
              GPtrArray *(*step) (BmSelectionHistory *, GPtrArray *))
{
  gboolean could_undo = bm_care_plan_can_undo_selection (self);
  gboolean could_redo = bm_care_plan_can_redo_selection (self);
  g_autoptr(GPtrArray) current = dup_spots (self);
  g_autoptr(GPtrArray) spots = step (self->history, current);

  if (spots == NULL)
    return;

  /* A set read from disk since may equal this one; the step still counts. */
  if (bm_care_plan_apply_spots (self, spots))
    bm_care_plan_emit_changed (self);
  notify_history (self, could_undo, could_redo);
}

/**
 * bm_care_plan_undo_selection:
 *
 * Brings back the spots picked before the last change of them, in their order.
 */
void
bm_care_plan_undo_selection (BmCarePlan *self)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));

  step_history (self, bm_selection_history_undo);
}

/**
 * bm_care_plan_redo_selection:
 *
 * Takes back the last bm_care_plan_undo_selection().
 */
void
bm_care_plan_redo_selection (BmCarePlan *self)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));

  step_history (self, bm_selection_history_redo);
}

/* For bm_care_plan_replace(): takes the spots of @other, which is no change to undo. */
gboolean
bm_care_plan_take_spots (BmCarePlan *self,
                         BmCarePlan *other)
{
  g_autoptr(GPtrArray) spots = dup_spots (other);

  return bm_care_plan_apply_spots (self, spots);
}
