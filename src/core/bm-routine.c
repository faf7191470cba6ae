/* bm-routine.c: a self-care routine that runs itself, timed from a clock it is given
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-routine"

#include "config.h"

#include "bm-enums.h"
#include "bm-routine-item.h"
#include "bm-routine-private.h"

/* Going back within this much of an item's start goes to the item before it. */
#define BACK_GRACE_USEC (2 * G_USEC_PER_SEC)

G_DEFINE_FINAL_TYPE (BmRoutine, bm_routine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_PHASE,
  PROP_SECONDS_LEFT,
  PROP_PAUSED,
  PROP_STOPPED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where a point of the timeline falls: an item and a phase, with the phase's bounds. */
typedef struct
{
  guint position;
  BmRoutinePhase phase;
  gint64 phase_start;
  gint64 phase_end;
} Place;

static void
bm_routine_dispose (GObject *object)
{
  BmRoutine *self = (BmRoutine *)object;

  g_clear_object (&self->items);

  G_OBJECT_CLASS (bm_routine_parent_class)->dispose (object);
}

static void
bm_routine_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BmRoutine *self = BM_ROUTINE (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;

    case PROP_SECONDS_LEFT:
      g_value_set_uint (value, self->seconds_left);
      break;

    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;

    case PROP_STOPPED:
      g_value_set_boolean (value, self->stopped);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_routine_class_init (BmRoutineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = bm_routine_dispose;
  object_class->get_property = bm_routine_get_property;

  /**
   * BmRoutine:position:
   *
   * The index of the current item in the timeline.
   */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL, BM_TYPE_ROUTINE_PHASE, BM_ROUTINE_PHASE_READY,
                       flags);
  /**
   * BmRoutine:seconds-left:
   *
   * The whole seconds left in the phase, rounded up: it changes once a second.
   */
  properties[PROP_SECONDS_LEFT] =
    g_param_spec_uint ("seconds-left", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL, FALSE, flags);
  /**
   * BmRoutine:stopped:
   *
   * Whether the routine was ended by the stop rule rather than finished.
   */
  properties[PROP_STOPPED] =
    g_param_spec_boolean ("stopped", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_routine_init (BmRoutine *self)
{
  self->items = g_list_store_new (BM_TYPE_ROUTINE_ITEM);
}

static gint64
total_usec (BmRoutine *self)
{
  return (gint64) self->total_seconds * G_USEC_PER_SEC;
}

static gint64
item_start_usec (BmRoutine *self,
                 guint      position)
{
  g_autoptr(BmRoutineItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  return (gint64) bm_routine_item_get_start_seconds (item) * G_USEC_PER_SEC;
}

static Place
locate (BmRoutine *self,
        gint64     t)
{
  GListModel *items = G_LIST_MODEL (self->items);
  guint n_items = g_list_model_get_n_items (items);
  Place place = { n_items > 0 ? n_items - 1 : 0, BM_ROUTINE_PHASE_DONE, t, t };

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BmRoutineItem) item = g_list_model_get_item (items, i);
      gint64 bounds[] = {
        bm_routine_item_get_start_seconds (item),
        bm_routine_item_get_countdown_seconds (item),
        bm_routine_item_get_hold_seconds (item),
        bm_routine_item_get_rest_seconds (item),
      };
      static const BmRoutinePhase phases[] = {
        BM_ROUTINE_PHASE_COUNTDOWN, BM_ROUTINE_PHASE_HOLD, BM_ROUTINE_PHASE_REST,
      };
      gint64 end = bounds[0] * G_USEC_PER_SEC;

      for (guint p = 0; p < G_N_ELEMENTS (phases); p++)
        {
          gint64 start = end;

          end += bounds[p + 1] * G_USEC_PER_SEC;
          if (t < end)
            return (Place) { i, phases[p], start, end };
        }
    }

  return place;
}

/* The point of the timeline the routine is at. */
static gint64
timeline_usec (BmRoutine *self,
               gint64     now)
{
  if (!self->started)
    return 0;

  if (self->paused || self->phase == BM_ROUTINE_PHASE_DONE)
    return self->frozen;

  return CLAMP (now - self->origin, 0, total_usec (self));
}

static void
set_paused (BmRoutine *self,
            gboolean   paused)
{
  if (self->paused == paused)
    return;

  self->paused = paused;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
}

/* Moves the notifying state to the point @t; an end is final. */
static void
apply (BmRoutine *self,
       gint64     t)
{
  Place place = locate (self, t);
  guint seconds_left = (place.phase_end - t + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

  g_object_freeze_notify (G_OBJECT (self));

  if (place.phase == BM_ROUTINE_PHASE_DONE)
    {
      self->frozen = t;
      set_paused (self, FALSE);
    }

  if (self->position != place.position)
    {
      self->position = place.position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }

  if (self->phase != place.phase)
    {
      self->phase = place.phase;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
    }

  if (self->seconds_left != seconds_left)
    {
      self->seconds_left = seconds_left;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_LEFT]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
is_running (BmRoutine *self)
{
  return self->started && self->phase != BM_ROUTINE_PHASE_DONE;
}

/* Moves to the point @t, keeping a pause. */
static void
seek (BmRoutine *self,
      gint64     now,
      gint64     t)
{
  if (self->paused)
    self->frozen = t;
  else
    self->origin = now - t;

  apply (self, t);
}

/**
 * bm_routine_start:
 * @now: the monotonic time in microseconds, such as g_get_monotonic_time()
 *
 * Starts the routine from its first item, or again from there.
 */
void
bm_routine_start (BmRoutine *self,
                  gint64     now)
{
  g_return_if_fail (BM_IS_ROUTINE (self));

  g_object_freeze_notify (G_OBJECT (self));

  self->started = TRUE;
  self->origin = now;
  set_paused (self, FALSE);
  if (self->stopped)
    {
      self->stopped = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STOPPED]);
    }
  self->phase = BM_ROUTINE_PHASE_READY;
  apply (self, 0);

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * bm_routine_pause:
 * @now: the monotonic time in microseconds
 *
 * Holds the routine where it is at @now; does nothing unless it is running.
 */
void
bm_routine_pause (BmRoutine *self,
                  gint64     now)
{
  g_return_if_fail (BM_IS_ROUTINE (self));

  if (!is_running (self) || self->paused)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  self->frozen = timeline_usec (self, now);
  set_paused (self, TRUE);
  apply (self, self->frozen);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * bm_routine_resume:
 * @now: the monotonic time in microseconds
 *
 * Runs a paused routine on from where it was paused.
 */
void
bm_routine_resume (BmRoutine *self,
                   gint64     now)
{
  g_return_if_fail (BM_IS_ROUTINE (self));

  if (!is_running (self) || !self->paused)
    return;

  self->origin = now - self->frozen;
  set_paused (self, FALSE);
}

/**
 * bm_routine_next:
 * @now: the monotonic time in microseconds
 *
 * Skips to the start of the next item; from the last item, finishes the routine.
 * A paused routine stays paused.
 */
void
bm_routine_next (BmRoutine *self,
                 gint64     now)
{
  guint position;

  g_return_if_fail (BM_IS_ROUTINE (self));

  if (!is_running (self))
    return;

  position = locate (self, timeline_usec (self, now)).position + 1;
  seek (self, now, position < g_list_model_get_n_items (G_LIST_MODEL (self->items))
                   ? item_start_usec (self, position) : total_usec (self));
}

/**
 * bm_routine_back:
 * @now: the monotonic time in microseconds
 *
 * Goes back to the start of the current item, or to the start of the item before it
 * when the current one started less than 2 s ago. A paused routine stays paused.
 */
void
bm_routine_back (BmRoutine *self,
                 gint64     now)
{
  gint64 t, start;
  guint position;

  g_return_if_fail (BM_IS_ROUTINE (self));

  if (!is_running (self))
    return;

  t = timeline_usec (self, now);
  position = locate (self, t).position;
  start = item_start_usec (self, position);
  if (t - start < BACK_GRACE_USEC && position > 0)
    start = item_start_usec (self, position - 1);

  seek (self, now, start);
}

/**
 * bm_routine_stop:
 * @now: the monotonic time in microseconds
 *
 * Ends the routine at once by the stop rule: sharp, electric or spreading pain.
 * The phase becomes %BM_ROUTINE_PHASE_DONE and #BmRoutine:stopped %TRUE.
 */
void
bm_routine_stop (BmRoutine *self,
                 gint64     now)
{
  g_return_if_fail (BM_IS_ROUTINE (self));

  if (!is_running (self))
    return;

  g_object_freeze_notify (G_OBJECT (self));

  self->frozen = timeline_usec (self, now);
  set_paused (self, FALSE);
  self->stopped = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STOPPED]);
  self->phase = BM_ROUTINE_PHASE_DONE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
  if (self->seconds_left != 0)
    {
      self->seconds_left = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_LEFT]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * bm_routine_update:
 * @now: the monotonic time in microseconds
 *
 * Moves a running routine to @now. Call it as often as you like: only what changed
 * is notified, and #BmRoutine:seconds-left at most once a second.
 */
void
bm_routine_update (BmRoutine *self,
                   gint64     now)
{
  g_return_if_fail (BM_IS_ROUTINE (self));

  if (!is_running (self) || self->paused)
    return;

  apply (self, timeline_usec (self, now));
}

/**
 * bm_routine_get_position:
 *
 * Returns: the index of the current item in bm_routine_get_items()
 */
guint
bm_routine_get_position (BmRoutine *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE (self), 0);

  return self->position;
}

/**
 * bm_routine_get_phase:
 *
 * Returns: the phase of the current item, %BM_ROUTINE_PHASE_READY before the start
 */
BmRoutinePhase
bm_routine_get_phase (BmRoutine *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE (self), BM_ROUTINE_PHASE_READY);

  return self->phase;
}

/**
 * bm_routine_get_seconds_left:
 *
 * Returns: the seconds left in the phase, rounded up, as of the last update
 */
guint
bm_routine_get_seconds_left (BmRoutine *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE (self), 0);

  return self->seconds_left;
}

/**
 * bm_routine_get_fraction:
 * @now: the monotonic time in microseconds
 *
 * Returns: how much of the phase is done at @now, from 0 to 1: 0 before the start,
 *   1 at the end
 */
double
bm_routine_get_fraction (BmRoutine *self,
                         gint64     now)
{
  gint64 t;
  Place place;

  g_return_val_if_fail (BM_IS_ROUTINE (self), 0.0);

  if (!self->started)
    return 0.0;

  if (self->phase == BM_ROUTINE_PHASE_DONE)
    return 1.0;

  t = timeline_usec (self, now);
  place = locate (self, t);
  if (place.phase_end == place.phase_start)
    return 1.0;

  return (double) (t - place.phase_start) / (place.phase_end - place.phase_start);
}

/**
 * bm_routine_get_paused:
 *
 * Returns: whether the routine is paused
 */
gboolean
bm_routine_get_paused (BmRoutine *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE (self), FALSE);

  return self->paused;
}

/**
 * bm_routine_get_stopped:
 *
 * Returns: whether the routine was ended by the stop rule rather than finished
 */
gboolean
bm_routine_get_stopped (BmRoutine *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE (self), FALSE);

  return self->stopped;
}

/**
 * bm_routine_get_elapsed_seconds:
 * @now: the monotonic time in microseconds
 *
 * Returns: the whole seconds of the routine done at @now, pauses not counted
 */
guint
bm_routine_get_elapsed_seconds (BmRoutine *self,
                                gint64     now)
{
  g_return_val_if_fail (BM_IS_ROUTINE (self), 0);

  return timeline_usec (self, now) / G_USEC_PER_SEC;
}
