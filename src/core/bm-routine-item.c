/* bm-routine-item.c: one timed item of a routine: a step, on one side, one repetition
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-routine-item"

#include "config.h"

#include "bm-routine-item.h"
#include "bm-step.h"
#include "bm-technique.h"

/* The visual 3-2-1 before each hold. */
#define COUNTDOWN_SECONDS 3

struct _BmRoutineItem
{
  GObject parent_instance;

  BmTechnique *technique;
  BmStep *step;
  BmSide side;
  guint repetition;
  guint rest_seconds;
  guint start_seconds;
};

G_DEFINE_FINAL_TYPE (BmRoutineItem, bm_routine_item, G_TYPE_OBJECT)

static void
bm_routine_item_dispose (GObject *object)
{
  BmRoutineItem *self = (BmRoutineItem *)object;

  g_clear_object (&self->technique);
  g_clear_object (&self->step);

  G_OBJECT_CLASS (bm_routine_item_parent_class)->dispose (object);
}

static void
bm_routine_item_class_init (BmRoutineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bm_routine_item_dispose;
}

static void
bm_routine_item_init (BmRoutineItem *self)
{
}

/**
 * bm_routine_item_new:
 * @technique: the self-care technique
 * @step: one of its steps, which gives the hold and the repetitions
 * @side: %BM_SIDE_LEFT or %BM_SIDE_RIGHT for a step done on each side, else 0
 * @repetition: which repetition, from 1
 * @rest_seconds: the rest after the hold: the step's, or 0 at the end of a routine
 * @start_seconds: where the item starts in the routine
 *
 * Returns: (transfer full): a new item
 */
BmRoutineItem *
bm_routine_item_new (BmTechnique *technique,
                     BmStep      *step,
                     BmSide       side,
                     guint        repetition,
                     guint        rest_seconds,
                     guint        start_seconds)
{
  BmRoutineItem *self;

  g_return_val_if_fail (BM_IS_TECHNIQUE (technique), NULL);
  g_return_val_if_fail (BM_IS_STEP (step), NULL);
  g_return_val_if_fail (repetition >= 1 && repetition <= bm_step_get_repetitions (step), NULL);

  self = g_object_new (BM_TYPE_ROUTINE_ITEM, NULL);
  self->technique = g_object_ref (technique);
  self->step = g_object_ref (step);
  self->side = side;
  self->repetition = repetition;
  self->rest_seconds = rest_seconds;
  self->start_seconds = start_seconds;

  return self;
}

/**
 * bm_routine_item_get_technique:
 *
 * Returns: (transfer none): the technique the step belongs to
 */
BmTechnique *
bm_routine_item_get_technique (BmRoutineItem *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_ITEM (self), NULL);

  return self->technique;
}

/**
 * bm_routine_item_get_step:
 *
 * Returns: (transfer none): the step, with its text and illustration
 */
BmStep *
bm_routine_item_get_step (BmRoutineItem *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_ITEM (self), NULL);

  return self->step;
}

/**
 * bm_routine_item_get_side:
 *
 * Returns: the side the step is done on, or 0 when the step has no side
 */
BmSide
bm_routine_item_get_side (BmRoutineItem *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_ITEM (self), 0);

  return self->side;
}

/**
 * bm_routine_item_get_repetition:
 *
 * Returns: which repetition this is, from 1, counted on each side
 */
guint
bm_routine_item_get_repetition (BmRoutineItem *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_ITEM (self), 0);

  return self->repetition;
}

/**
 * bm_routine_item_get_repetitions:
 *
 * Returns: how many repetitions the step has on this side
 */
guint
bm_routine_item_get_repetitions (BmRoutineItem *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_ITEM (self), 0);

  return bm_step_get_repetitions (self->step);
}

/**
 * bm_routine_item_get_countdown_seconds:
 *
 * Returns: the seconds counted down before the hold, 0 when nothing is held
 */
guint
bm_routine_item_get_countdown_seconds (BmRoutineItem *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_ITEM (self), 0);

  return bm_step_get_hold_seconds (self->step) > 0 ? COUNTDOWN_SECONDS : 0;
}

/**
 * bm_routine_item_get_hold_seconds:
 *
 * Returns: how long the position is held
 */
guint
bm_routine_item_get_hold_seconds (BmRoutineItem *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_ITEM (self), 0);

  return bm_step_get_hold_seconds (self->step);
}

/**
 * bm_routine_item_get_rest_seconds:
 *
 * Returns: the rest after the hold
 */
guint
bm_routine_item_get_rest_seconds (BmRoutineItem *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_ITEM (self), 0);

  return self->rest_seconds;
}

/**
 * bm_routine_item_get_start_seconds:
 *
 * Returns: where the item starts, in seconds from the start of the routine
 */
guint
bm_routine_item_get_start_seconds (BmRoutineItem *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_ITEM (self), 0);

  return self->start_seconds;
}
