/* bm-routine-item.h: one timed item of a routine: a step, on one side, one repetition
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_ROUTINE_ITEM (bm_routine_item_get_type ())

G_DECLARE_FINAL_TYPE (BmRoutineItem, bm_routine_item, BM, ROUTINE_ITEM, GObject)

BmRoutineItem *bm_routine_item_new (BmTechnique *technique,
                                    BmStep      *step,
                                    BmSide       side,
                                    guint        repetition,
                                    guint        rest_seconds,
                                    guint        start_seconds);

BmTechnique *bm_routine_item_get_technique         (BmRoutineItem *self);
BmStep      *bm_routine_item_get_step              (BmRoutineItem *self);
BmSide       bm_routine_item_get_side              (BmRoutineItem *self);
guint        bm_routine_item_get_repetition        (BmRoutineItem *self);
guint        bm_routine_item_get_repetitions       (BmRoutineItem *self);
guint        bm_routine_item_get_countdown_seconds (BmRoutineItem *self);
guint        bm_routine_item_get_hold_seconds      (BmRoutineItem *self);
guint        bm_routine_item_get_rest_seconds      (BmRoutineItem *self);
guint        bm_routine_item_get_start_seconds     (BmRoutineItem *self);

G_END_DECLS
