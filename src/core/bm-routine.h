/* bm-routine.h: a self-care routine that runs itself, timed from a clock it is given
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_ROUTINE (bm_routine_get_type ())

G_DECLARE_FINAL_TYPE (BmRoutine, bm_routine, BM, ROUTINE, GObject)

BmRoutine      *bm_routine_new                 (GPtrArray  *techniques,
                                                BmSide      sides);
BmRoutine      *bm_routine_new_for_plan        (BmCarePlan *plan);
GListModel     *bm_routine_get_items           (BmRoutine  *self);
guint           bm_routine_get_total_seconds   (BmRoutine  *self);

void            bm_routine_start               (BmRoutine  *self,
                                                gint64      now);
void            bm_routine_pause               (BmRoutine  *self,
                                                gint64      now);
void            bm_routine_resume              (BmRoutine  *self,
                                                gint64      now);
void            bm_routine_next                (BmRoutine  *self,
                                                gint64      now);
void            bm_routine_back                (BmRoutine  *self,
                                                gint64      now);
void            bm_routine_stop                (BmRoutine  *self,
                                                gint64      now);
void            bm_routine_update              (BmRoutine  *self,
                                                gint64      now);

guint           bm_routine_get_position        (BmRoutine  *self);
BmRoutinePhase  bm_routine_get_phase           (BmRoutine  *self);
guint           bm_routine_get_seconds_left    (BmRoutine  *self);
double          bm_routine_get_fraction        (BmRoutine  *self,
                                                gint64      now);
gboolean        bm_routine_get_paused          (BmRoutine  *self);
gboolean        bm_routine_get_stopped         (BmRoutine  *self);
guint           bm_routine_get_elapsed_seconds (BmRoutine  *self,
                                                gint64      now);

G_END_DECLS
