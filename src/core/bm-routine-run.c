/* bm-routine-run.c: the record of one routine the user ran
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-routine-run"

#include "config.h"

#include "bm-routine-run.h"

struct _BmRoutineRun
{
  GObject parent_instance;

  GDateTime *when;
  char **technique_ids;
  gboolean stopped;
  int feeling;
};

G_DEFINE_FINAL_TYPE (BmRoutineRun, bm_routine_run, G_TYPE_OBJECT)

static void
bm_routine_run_finalize (GObject *object)
{
  BmRoutineRun *self = (BmRoutineRun *)object;

  g_date_time_unref (self->when);
  g_strfreev (self->technique_ids);

  G_OBJECT_CLASS (bm_routine_run_parent_class)->finalize (object);
}

static void
bm_routine_run_class_init (BmRoutineRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_routine_run_finalize;
}

static void
bm_routine_run_init (BmRoutineRun *self)
{
}

/**
 * bm_routine_run_new:
 * @when: when the routine ended
 * @technique_ids: the ids of its techniques, which a newer catalog may have alone
 * @stopped: whether the stop rule ended it
 * @feeling: how the user felt afterwards, from 0 to 10, or -1 when not answered
 *
 * Returns: (transfer full): a new record
 */
BmRoutineRun *
bm_routine_run_new (GDateTime          *when,
                    const char * const *technique_ids,
                    gboolean            stopped,
                    int                 feeling)
{
  BmRoutineRun *self;

  g_return_val_if_fail (when != NULL, NULL);
  g_return_val_if_fail (technique_ids != NULL, NULL);
  g_return_val_if_fail (feeling >= -1 && feeling <= 10, NULL);

  self = g_object_new (BM_TYPE_ROUTINE_RUN, NULL);
  self->when = g_date_time_ref (when);
  self->technique_ids = g_strdupv ((char **) technique_ids);
  self->stopped = !!stopped;
  self->feeling = feeling;

  return self;
}

/**
 * bm_routine_run_get_when:
 *
 * Returns: (transfer none): when the routine ended
 */
GDateTime *
bm_routine_run_get_when (BmRoutineRun *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_RUN (self), NULL);

  return self->when;
}

/**
 * bm_routine_run_get_technique_ids:
 *
 * Returns: (transfer none): the ids of the routine's techniques, in its order
 */
const char * const *
bm_routine_run_get_technique_ids (BmRoutineRun *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_RUN (self), NULL);

  return (const char * const *) self->technique_ids;
}

/**
 * bm_routine_run_get_stopped:
 *
 * Returns: whether the stop rule (sharp, electric or spreading pain) ended the routine
 */
gboolean
bm_routine_run_get_stopped (BmRoutineRun *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_RUN (self), FALSE);

  return self->stopped;
}

/**
 * bm_routine_run_get_feeling:
 *
 * Returns: how the user felt afterwards, from 0 to 10, or -1 when not answered
 */
int
bm_routine_run_get_feeling (BmRoutineRun *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_RUN (self), -1);

  return self->feeling;
}

/**
 * bm_routine_run_equal:
 * @other: another record
 *
 * Returns: whether both record the same run
 */
gboolean
bm_routine_run_equal (BmRoutineRun *self,
                      BmRoutineRun *other)
{
  g_return_val_if_fail (BM_IS_ROUTINE_RUN (self), FALSE);
  g_return_val_if_fail (BM_IS_ROUTINE_RUN (other), FALSE);

  return g_date_time_equal (self->when, other->when) &&
         g_strv_equal ((const char * const *) self->technique_ids,
                       (const char * const *) other->technique_ids) &&
         self->stopped == other->stopped &&
         self->feeling == other->feeling;
}
