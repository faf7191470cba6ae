/* bm-routine-timeline.c: a routine's timeline, laid out from techniques or the plan
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-routine"

#include "config.h"

#include "bm-care-plan.h"
#include "bm-routine-item.h"
#include "bm-routine-private.h"
#include "bm-spot.h"
#include "bm-step.h"
#include "bm-technique.h"

/**
 * bm_routine_new:
 * @techniques: (element-type BmTechnique): self-care techniques, in the order to do them
 * @sides: the sides to work on: a step done on each side is done on the left and the
 *   right among @sides, or on both when @sides has neither
 *
 * Lays out the timeline: every step of every technique, on each of its sides, as many
 * times as its repetitions, each repetition a countdown, a hold and a rest. Nothing
 * rests after a hold that ends the routine.
 *
 * Returns: (transfer full): a routine, not started
 */
BmRoutine *
bm_routine_new (GPtrArray *techniques,
                BmSide     sides)
{
  g_autoptr(BmRoutine) self = g_object_new (BM_TYPE_ROUTINE, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  BmRoutineItem *last;
  BmSide step_sides[2];
  guint n_step_sides = 0;
  guint start = 0;

  g_return_val_if_fail (techniques != NULL, NULL);

  for (guint s = 0; s < 2; s++)
    if ((sides & (BM_SIDE_LEFT | BM_SIDE_RIGHT)) == 0 || (sides & (BM_SIDE_LEFT << s)) != 0)
      step_sides[n_step_sides++] = BM_SIDE_LEFT << s;

  for (guint i = 0; i < techniques->len; i++)
    {
      BmTechnique *technique = g_ptr_array_index (techniques, i);
      GPtrArray *steps = bm_technique_get_steps (technique);

      g_return_val_if_fail (bm_technique_get_kind (technique) == BM_TECHNIQUE_KIND_SELF, NULL);

      for (guint j = 0; j < steps->len; j++)
        {
          BmStep *step = g_ptr_array_index (steps, j);
          gboolean each_side = bm_step_get_each_side (step);

          for (guint s = 0; s < (each_side ? n_step_sides : 1); s++)
            for (guint k = 1; k <= bm_step_get_repetitions (step); k++)
              {
                BmRoutineItem *item = bm_routine_item_new (technique, step,
                                                           each_side ? step_sides[s] : 0,
                                                           k, bm_step_get_rest_seconds (step),
                                                           start);

                start += bm_routine_item_get_countdown_seconds (item) +
                         bm_routine_item_get_hold_seconds (item) +
                         bm_routine_item_get_rest_seconds (item);
                g_ptr_array_add (items, item);
              }
        }
    }

  /* A step without a hold is its rest: only a held one ends the routine at once. */
  last = items->len > 0 ? g_ptr_array_index (items, items->len - 1) : NULL;
  if (last != NULL && bm_routine_item_get_hold_seconds (last) > 0)
    {
      start -= bm_routine_item_get_rest_seconds (last);
      g_ptr_array_index (items, items->len - 1) =
        bm_routine_item_new (bm_routine_item_get_technique (last),
                             bm_routine_item_get_step (last),
                             bm_routine_item_get_side (last),
                             bm_routine_item_get_repetition (last),
                             0, bm_routine_item_get_start_seconds (last));
      g_object_unref (last);
    }

  g_list_store_splice (self->items, 0, 0, items->pdata, items->len);
  self->total_seconds = start;

  return g_steal_pointer (&self);
}

/**
 * bm_routine_new_for_plan:
 * @plan: a care plan
 *
 * A routine of the self-care techniques ticked in @plan, on the sides of its picked
 * spots: only the left or only the right when only that side is picked, both when
 * neither is.
 *
 * Returns: (transfer full): a routine, not started
 */
BmRoutine *
bm_routine_new_for_plan (BmCarePlan *plan)
{
  g_autoptr(GPtrArray) techniques = g_ptr_array_new ();
  GListModel *chosen, *spots;
  BmSide sides = 0;

  g_return_val_if_fail (BM_IS_CARE_PLAN (plan), NULL);

  chosen = bm_care_plan_get_techniques (plan);
  for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
    {
      g_autoptr(BmTechnique) technique = g_list_model_get_item (chosen, i);

      if (bm_technique_get_kind (technique) == BM_TECHNIQUE_KIND_SELF)
        g_ptr_array_add (techniques, technique);
    }

  spots = bm_care_plan_get_spots (plan);
  for (guint i = 0; i < g_list_model_get_n_items (spots); i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);

      sides |= bm_spot_get_side (spot);
    }

  return bm_routine_new (techniques, sides);
}

/**
 * bm_routine_get_items:
 *
 * Returns: (transfer none): the timeline, a list of #BmRoutineItem
 */
GListModel *
bm_routine_get_items (BmRoutine *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE (self), NULL);

  return G_LIST_MODEL (self->items);
}

/**
 * bm_routine_get_total_seconds:
 *
 * Returns: how long the whole routine takes, without pauses
 */
guint
bm_routine_get_total_seconds (BmRoutine *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE (self), 0);

  return self->total_seconds;
}
