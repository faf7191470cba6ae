/* bm-routine-player-actions.c: what runs the routine: the tick, the keys and buttons,
 * the sounds, the screen kept on, and the runs recorded in the plan
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-routine-player"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-application.h"
#include "bm-care-plan.h"
#include "bm-routine-item.h"
#include "bm-routine-player-private.h"
#include "bm-routine.h"
#include "bm-technique.h"

#define TICK_MS 100

static void
play_sound (const char *event_id,
            gpointer    data)
{
  BmRoutinePlayer *self = data;
  g_autoptr(GError) error = NULL;

  if (self->sound == NULL)
    self->sound = gsound_context_new (NULL, &error);
  if (self->sound != NULL)
    gsound_context_play_simple (self->sound, NULL, &error, GSOUND_ATTR_EVENT_ID, event_id, NULL);
  if (error != NULL)
    g_debug ("No sound for %s: %s", event_id, error->message);
}

static void
cue (BmRoutinePlayer *self,
     const char      *event_id)
{
  GSettings *settings = bm_application_get_settings (BM_APPLICATION (g_application_get_default ()));

  if (g_settings_get_boolean (settings, "routine-sounds"))
    self->sound_func (event_id, self->sound_data);
}

/* The techniques the routine ran, each once, for the plan's diary. */
static void
record (BmRoutinePlayer *self,
        gboolean         stopped,
        int              feeling)
{
  GListModel *items = bm_routine_get_items (self->routine);
  g_autoptr(GPtrArray) techniques = g_ptr_array_new ();
  GVariantBuilder ids;

  g_variant_builder_init (&ids, G_VARIANT_TYPE_STRING_ARRAY);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BmRoutineItem) item = g_list_model_get_item (items, i);
      BmTechnique *technique = bm_routine_item_get_technique (item);

      if (!g_ptr_array_find (techniques, technique, NULL))
        {
          g_ptr_array_add (techniques, technique);
          g_variant_builder_add (&ids, "s", bm_technique_get_id (technique));
        }
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "plan.record-routine", "(asbi)", &ids, stopped,
                              feeling);
}

static gboolean
running (BmRoutinePlayer *self)
{
  return self->tick_id != 0;
}

/**
 * bm_routine_player_halt:
 *
 * Stops the routine, if it runs: no more ticks, and the screen may blank again.
 */
void
bm_routine_player_halt (BmRoutinePlayer *self)
{
  if (self->routine != NULL)
    bm_routine_stop (self->routine, g_get_monotonic_time ());
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (GTK_APPLICATION (g_application_get_default ()),
                                 self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

static void
end (BmRoutinePlayer *self,
     const char      *page)
{
  bm_routine_player_halt (self);
  gtk_range_set_value (self->feeling_scale, 5);
  gtk_stack_set_visible_child_name (self->stack, page);
}

typedef void (*BmRoutineCall) (BmRoutine *routine,
                               gint64     now);

/* Every change to the routine goes through here: the sounds follow from what
 * changed. The end of a hold rings when time ends it; a new item, however it came. */
static void
drive (BmRoutinePlayer *self,
       BmRoutineCall    call)
{
  guint position = bm_routine_get_position (self->routine);
  BmRoutinePhase phase = bm_routine_get_phase (self->routine);
  gint64 now = g_get_monotonic_time ();
  BmRoutinePhase new_phase;
  gboolean moved;

  call (self->routine, now);
  new_phase = bm_routine_get_phase (self->routine);
  moved = bm_routine_get_position (self->routine) != position;

  if (call == bm_routine_update && phase == BM_ROUTINE_PHASE_HOLD &&
      (new_phase != BM_ROUTINE_PHASE_HOLD || moved))
    cue (self, "complete");
  else if (moved && new_phase != BM_ROUTINE_PHASE_DONE)
    cue (self, "bell");

  bm_progress_ring_set_fraction (self->ring, 1 - bm_routine_get_fraction (self->routine, now));

  if (new_phase == BM_ROUTINE_PHASE_DONE && running (self))
    end (self, "feeling");
}

static gboolean
tick_cb (gpointer data)
{
  drive (BM_ROUTINE_PLAYER (data), bm_routine_update);
  return G_SOURCE_CONTINUE;
}

/* Space, Left and Right; the buttons beside the timer. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BmRoutinePlayer *self = BM_ROUTINE_PLAYER (widget);

  if (!running (self))
    return;

  if (g_str_equal (action_name, "routine.back"))
    drive (self, bm_routine_back);
  else if (g_str_equal (action_name, "routine.next"))
    drive (self, bm_routine_next);
  else
    drive (self, bm_routine_get_paused (self->routine) ? bm_routine_resume : bm_routine_pause);
}

/* Escape: the routine ends early, without alarm, and asks how it went. */
static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  BmRoutinePlayer *self = BM_ROUTINE_PLAYER (widget);

  if (running (self))
    end (self, "feeling");
}

/* The stop rule: at once, then why it matters and the warning signs. */
static void
pain_stop_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BmRoutinePlayer *self = BM_ROUTINE_PLAYER (widget);

  if (!running (self))
    return;

  end (self, "stopped");
  bm_routine_stop_page_show_signs (self->stop_page, bm_care_plan_get_spots (self->plan));
  record (self, TRUE, -1);
}

/* Save (TRUE) or Skip (FALSE) after a routine that was not stopped for pain. */
static void
record_feeling_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BmRoutinePlayer *self = BM_ROUTINE_PLAYER (widget);

  record (self, FALSE,
          g_variant_get_boolean (parameter) ? (int) gtk_range_get_value (self->feeling_scale) : -1);
  gtk_widget_activate_action (widget, "win.go-back", NULL);
}

/**
 * bm_routine_player_run:
 *
 * Starts the routine the player holds, ticks it, and keeps the screen on.
 */
void
bm_routine_player_run (BmRoutinePlayer *self)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

  self->tick_id = g_timeout_add (TICK_MS, tick_cb, self);
  self->inhibit_cookie = gtk_application_inhibit (gtk_window_get_application (window), window,
                                                  GTK_APPLICATION_INHIBIT_IDLE,
                                                  _("A self-care routine is running"));
  drive (self, bm_routine_start);
}

void
bm_routine_player_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "routine.toggle-pause", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "routine.back", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "routine.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "routine.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "routine.pain-stop", NULL, pain_stop_action);
  gtk_widget_class_install_action (widget_class, "routine.record-feeling", "b",
                                   record_feeling_action);
}

/**
 * bm_routine_player_set_sound_func:
 * @func: (nullable): what plays an event sound of the freedesktop theme, or %NULL for GSound
 *
 * Lets a test count the sounds without a sound server.
 */
void
bm_routine_player_set_sound_func (BmRoutinePlayer          *self,
                                  BmRoutinePlayerSoundFunc  func,
                                  gpointer                  data)
{
  g_return_if_fail (BM_IS_ROUTINE_PLAYER (self));

  self->sound_func = func != NULL ? func : play_sound;
  self->sound_data = func != NULL ? data : self;
}
