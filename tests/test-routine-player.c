/* test-routine-player.c: the routine player: keys, the stop rule, sounds, screen readers
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "bm-application.h"
#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-red-flag.h"
#include "bm-region-pane.h"
#include "bm-routine-item.h"
#include "bm-routine-player-private.h"
#include "bm-routine-run.h"
#include "bm-routine.h"
#include "bm-spot-content.h"
#include "bm-step.h"
#include "bm-technique.h"
#include "bm-window.h"

#include "bm-test-utils.h"

static BmApplication *app;
static BmWindow *window;
static guint n_sounds;

static BmCarePlan *
get_plan (void)
{
  return bm_window_get_plan (window);
}

/* The last run the plan recorded. */
static BmRoutineRun *
dup_last_run (void)
{
  GListModel *runs = bm_care_plan_get_routine_runs (get_plan ());
  guint n_runs = g_list_model_get_n_items (runs);

  g_assert_cmpuint (n_runs, >, 0);
  return g_list_model_get_item (runs, n_runs - 1);
}

static BmRoutinePlayer *
get_player (void)
{
  return BM_ROUTINE_PLAYER (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_ROUTINE_PLAYER));
}

static BmRoutine *
get_routine (void)
{
  return bm_routine_player_get_routine (get_player ());
}

static const char *
get_page (void)
{
  GtkWidget *stack = bm_test_find_child (GTK_WIDGET (get_player ()), GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static void
count_sound (const char *event_id,
             gpointer    data)
{
  n_sounds++;
}

/* The first self-care technique of the catalog. */
static BmTechnique *
get_self_care (void)
{
  GPtrArray *techniques = bm_catalog_get_techniques (bm_application_get_catalog (app));

  for (guint i = 0; i < techniques->len; i++)
    if (bm_technique_get_kind (techniques->pdata[i]) == BM_TECHNIQUE_KIND_SELF)
      return techniques->pdata[i];

  g_assert_not_reached ();
}

/* A routine of the self-care technique on the care sheet, with sounds counted
 * rather than played. */
static void
start (void)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.set-technique", "(sb)",
                              bm_technique_get_id (get_self_care ()), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", "s", "");

  g_assert_nonnull (get_player ());
  bm_routine_player_set_sound_func (get_player (), count_sound, NULL);
  g_assert_cmpstr (get_page (), ==, "player");
  g_assert_true (bm_test_shown (GTK_WIDGET (get_player ())));
  g_assert_cmpuint (bm_routine_get_phase (get_routine ()), ==, BM_ROUTINE_PHASE_COUNTDOWN);
}

static Display *
get_xdisplay (void)
{
  return gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
}

/* A real key press on the X server, with the pointer over the window so that the
 * server gives it the keys. */
static void
press_key (KeySym keysym)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  KeyCode code = XKeysymToKeycode (get_xdisplay (), keysym);
  Window child;
  int x, y;

  XTranslateCoordinates (get_xdisplay (), gdk_x11_surface_get_xid (surface),
                         DefaultRootWindow (get_xdisplay ()), 20, 20, &x, &y, &child);
  XTestFakeMotionEvent (get_xdisplay (), -1, x, y, CurrentTime);
  XTestFakeKeyEvent (get_xdisplay (), code, True, CurrentTime);
  XTestFakeKeyEvent (get_xdisplay (), code, False, CurrentTime);
  XFlush (get_xdisplay ());
}

static gboolean
paused_is (gpointer data)
{
  return bm_routine_get_paused (get_routine ()) == GPOINTER_TO_INT (data);
}

static gboolean
position_is (gpointer data)
{
  return bm_routine_get_position (get_routine ()) == GPOINTER_TO_UINT (data);
}

static gboolean
page_is (gpointer data)
{
  return g_strcmp0 (get_page (), data) == 0;
}

static gboolean
player_hidden (gpointer data)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (get_player ()));
}

static gboolean
sounds_are (gpointer data)
{
  return g_settings_get_boolean (bm_application_get_settings (app), "routine-sounds") ==
         GPOINTER_TO_INT (data);
}

/* The feeling asked after a routine, skipped: the player is left. */
static void
skip_feeling (void)
{
  g_assert_cmpstr (get_page (), ==, "feeling");
  gtk_widget_activate_action (GTK_WIDGET (get_player ()), "routine.record-feeling", "b", FALSE);
  bm_test_iterate_until (player_hidden, NULL);
}

/* Space pauses and resumes, the arrows move, Escape ends and asks how it went. */
static void
test_keys (void)
{
  g_autoptr(BmRoutineRun) run = NULL;

  start ();
  /* Every page of the player fits a 360 px phone. */
  g_assert_cmpint (bm_test_min_width (GTK_WIDGET (window)), <=, 360);

  press_key (XK_space);
  bm_test_iterate_until (paused_is, GINT_TO_POINTER (TRUE));
  press_key (XK_space);
  bm_test_iterate_until (paused_is, GINT_TO_POINTER (FALSE));

  press_key (XK_Right);
  bm_test_iterate_until (position_is, GUINT_TO_POINTER (1));
  press_key (XK_Left);
  bm_test_iterate_until (position_is, GUINT_TO_POINTER (0));

  /* The sounds switch takes Return; Space stays the pause. */
  gtk_widget_grab_focus (bm_test_find_child (GTK_WIDGET (get_player ()), GTK_TYPE_CHECK_BUTTON));
  press_key (XK_Return);
  bm_test_iterate_until (sounds_are, GINT_TO_POINTER (FALSE));
  press_key (XK_Return);
  bm_test_iterate_until (sounds_are, GINT_TO_POINTER (TRUE));

  press_key (XK_Escape);
  bm_test_iterate_until (page_is, "feeling");
  g_assert_cmpuint (bm_routine_get_phase (get_routine ()), ==, BM_ROUTINE_PHASE_DONE);

  /* Ended early, not stopped for pain: the feeling is saved with the run. */
  gtk_range_set_value (GTK_RANGE (bm_test_find_child (GTK_WIDGET (get_player ()), GTK_TYPE_SCALE)),
                       7);
  gtk_widget_activate_action (GTK_WIDGET (get_player ()), "routine.record-feeling", "b", TRUE);
  run = dup_last_run ();
  g_assert_false (bm_routine_run_get_stopped (run));
  g_assert_cmpint (bm_routine_run_get_feeling (run), ==, 7);
  bm_test_iterate_until (player_hidden, NULL);
}

/* The pain stop ends at once, says why, shows the warning signs of the area and
 * records the stop. */
static void
test_stop (void)
{
  g_autoptr(GPtrArray) flags = NULL;
  g_autoptr(BmRoutineRun) run = NULL;
  g_autofree char *first_sign = NULL;
  GtkWidget *label, *button;
  guint n_runs;

  start ();
  n_runs = g_list_model_get_n_items (bm_care_plan_get_routine_runs (get_plan ()));
  label = bm_test_find_label (GTK_WIDGET (get_player ()), "_Stop: sharp, electric");
  g_assert_nonnull (label);
  button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  g_signal_emit_by_name (button, "clicked");

  g_assert_true (bm_routine_get_stopped (get_routine ()));
  g_assert_cmpstr (get_page (), ==, "stopped");
  g_assert_true (bm_test_shows (GTK_WIDGET (get_player ()), "Sharp, electric or spreading pain"));
  flags = bm_spot_content_dup_red_flags (bm_care_plan_get_spots (get_plan ()),
                                         BM_URGENCY_EMERGENCY);
  g_assert_cmpuint (flags->len, >, 0);
  first_sign = g_strdup_printf ("• %s", bm_red_flag_get_text (flags->pdata[0]));
  g_assert_true (bm_test_shows (GTK_WIDGET (get_player ()), first_sign));
  g_assert_true (bm_test_shows (GTK_WIDGET (get_player ()),
                                bm_urgency_to_action (BM_URGENCY_EMERGENCY)));

  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_routine_runs (get_plan ())), ==,
                    n_runs + 1);
  run = dup_last_run ();
  g_assert_true (bm_routine_run_get_stopped (run));
  g_assert_cmpint (bm_routine_run_get_feeling (run), ==, -1);
  g_assert_cmpstr (bm_routine_run_get_technique_ids (run)[0], ==,
                   bm_technique_get_id (get_self_care ()));

  gtk_widget_activate_action (GTK_WIDGET (get_player ()), "win.go-back", NULL);
  bm_test_iterate_until (player_hidden, NULL);
}

/* A sound at each new item, none when the setting is off. */
static void
test_sounds (void)
{
  GSettings *settings = bm_application_get_settings (app);

  start ();
  n_sounds = 0;
  g_settings_set_boolean (settings, "routine-sounds", TRUE);
  gtk_widget_activate_action (GTK_WIDGET (get_player ()), "routine.next", NULL);
  g_assert_cmpuint (bm_routine_get_position (get_routine ()), ==, 1);
  g_assert_cmpuint (n_sounds, ==, 1);

  g_settings_set_boolean (settings, "routine-sounds", FALSE);
  gtk_widget_activate_action (GTK_WIDGET (get_player ()), "routine.next", NULL);
  g_assert_cmpuint (bm_routine_get_position (get_routine ()), ==, 2);
  g_assert_cmpuint (n_sounds, ==, 1);

  g_settings_reset (settings, "routine-sounds");
  gtk_widget_activate_action (GTK_WIDGET (get_player ()), "routine.end", NULL);
  skip_feeling ();
}

static char *
dup_spoken_step (void)
{
  GtkWidget *position = bm_test_find_label (GTK_WIDGET (get_player ()), "Step ");
  GtkWidget *step = bm_routine_player_get_step_label (get_player ());

  return g_strdup_printf ("%s: %s", gtk_label_get_label (GTK_LABEL (position)),
                          gtk_label_get_label (GTK_LABEL (step)));
}

/* A screen reader hears each step, and the time at the start of each phase. */
static void
test_accessible (void)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *countdown = NULL;
  g_autoptr(BmRoutineItem) item = NULL;
  GtkWidget *step;

  start ();
  step = bm_routine_player_get_step_label (get_player ());
  first = dup_spoken_step ();
  g_assert_true (g_str_has_prefix (first, "Step 1 of "));
  gtk_test_accessible_assert_property (step, GTK_ACCESSIBLE_PROPERTY_LABEL, first);

  gtk_widget_activate_action (GTK_WIDGET (get_player ()), "routine.next", NULL);
  second = dup_spoken_step ();
  g_assert_cmpstr (first, !=, second);
  gtk_test_accessible_assert_property (step, GTK_ACCESSIBLE_PROPERTY_LABEL, second);

  item = g_list_model_get_item (bm_routine_get_items (get_routine ()), 1);
  countdown = g_strdup_printf ("Get ready: %u seconds left",
                               bm_routine_item_get_countdown_seconds (item));
  gtk_test_accessible_assert_role (bm_routine_player_get_ring (get_player ()),
                                   GTK_ACCESSIBLE_ROLE_TIMER);
  gtk_test_accessible_assert_property (bm_routine_player_get_ring (get_player ()),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, countdown);

  gtk_widget_activate_action (GTK_WIDGET (get_player ()), "routine.end", NULL);
  skip_feeling ();
}

/* Back leaves the player, and the routine stops with it. */
static void
test_leave (void)
{
  start ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  bm_test_iterate_until (player_hidden, NULL);
  g_assert_true (bm_routine_get_stopped (get_routine ()) ||
                 bm_routine_get_phase (get_routine ()) == BM_ROUTINE_PHASE_DONE);
}

/* A self-care technique's page starts a routine of it alone; a professional one's
 * has no button. */
static void
test_follow_along (void)
{
  GPtrArray *techniques = bm_catalog_get_techniques (bm_application_get_catalog (app));
  BmTechnique *professional = NULL;
  GtkWidget *label, *button;
  GListModel *items;

  for (guint i = 0; i < techniques->len && professional == NULL; i++)
    if (bm_technique_get_kind (techniques->pdata[i]) == BM_TECHNIQUE_KIND_PROFESSIONAL)
      professional = techniques->pdata[i];
  g_assert_nonnull (professional);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-technique", "s",
                              bm_technique_get_id (professional));
  label = bm_test_find_label (GTK_WIDGET (window), "_Follow Along");
  g_assert_nonnull (label);
  button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  g_assert_false (gtk_widget_get_visible (button));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-technique", "s",
                              bm_technique_get_id (get_self_care ()));
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (get_page (), ==, "player");
  items = bm_routine_get_items (get_routine ());
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BmRoutineItem) item = g_list_model_get_item (items, i);

      g_assert_true (bm_routine_item_get_technique (item) == get_self_care ());
    }

  gtk_widget_activate_action (GTK_WIDGET (get_player ()), "routine.end", NULL);
  skip_feeling ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
}

/* No routine after an emergency answer: the region page's button is off, and so
 * is the action. */
static void
test_emergency (void)
{
  GPtrArray *flags = bm_catalog_get_red_flags (bm_application_get_catalog (app));
  const char *emergency = NULL;
  GtkWidget *label;

  for (guint i = 0; i < flags->len && emergency == NULL; i++)
    if (bm_red_flag_get_urgency (flags->pdata[i]) == BM_URGENCY_EMERGENCY)
      emergency = bm_red_flag_get_id (flags->pdata[i]);
  g_assert_nonnull (emergency);

  label = bm_test_find_label (GTK_WIDGET (window), "_Start My Routine");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_sensitive (label));
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.set-red-flag", "(sb)", emergency, TRUE);
  g_assert_true (bm_care_plan_stops_self_care (get_plan ()));
  g_assert_false (gtk_widget_is_sensitive (label));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-routine", "s", "");
  bm_test_iterate_until (player_hidden, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.set-red-flag", "(sb)", emergency, FALSE);
}

static gboolean
region_shown (gpointer data)
{
  return bm_test_shown (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_REGION_PANE));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  window = bm_test_open_window (&app);
  /* The lower back, left, has warning signs of each tier; its page shows first. */
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.select-spot", "(sub)", "lower",
                              (guint) BM_SIDE_LEFT, FALSE);
  bm_test_iterate_until (region_shown, NULL);

  g_test_add_func ("/bm/routine-player/keys", test_keys);
  g_test_add_func ("/bm/routine-player/stop", test_stop);
  g_test_add_func ("/bm/routine-player/sounds", test_sounds);
  g_test_add_func ("/bm/routine-player/accessible", test_accessible);
  g_test_add_func ("/bm/routine-player/leave", test_leave);
  g_test_add_func ("/bm/routine-player/follow-along", test_follow_along);
  g_test_add_func ("/bm/routine-player/emergency", test_emergency);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);

  return status;
}
