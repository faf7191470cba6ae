/* bm-routine-run.h: the record of one routine the user ran
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_ROUTINE_RUN (bm_routine_run_get_type ())

G_DECLARE_FINAL_TYPE (BmRoutineRun, bm_routine_run, BM, ROUTINE_RUN, GObject)

BmRoutineRun       *bm_routine_run_new               (GDateTime          *when,
                                                      const char * const *technique_ids,
                                                      gboolean            stopped,
                                                      int                 feeling);
GDateTime          *bm_routine_run_get_when          (BmRoutineRun       *self);
const char * const *bm_routine_run_get_technique_ids (BmRoutineRun       *self);
gboolean            bm_routine_run_get_stopped       (BmRoutineRun       *self);
int                 bm_routine_run_get_feeling       (BmRoutineRun       *self);
gboolean            bm_routine_run_equal             (BmRoutineRun       *self,
                                                      BmRoutineRun       *other);

G_END_DECLS
