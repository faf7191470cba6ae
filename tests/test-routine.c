/* test-routine.c: the routine model with a fake clock: timeline, phases, controls, drift
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-json-reader.h"
#include "bm-routine-item.h"
#include "bm-routine.h"
#include "bm-step.h"
#include "bm-technique.h"

/* The fake clock: any origin will do, so start far from zero. */
#define T0 ((gint64) 1000 * G_USEC_PER_SEC)
#define AT(seconds) (T0 + (gint64) ((seconds) * G_USEC_PER_SEC))

/*
 * "press": a 10 s set-up, a 30 s hold twice on each side with 5 s rests, then a 4 s
 * untimed step; "walk": 600 s with a 20 s rest. Alone, both in that order lay out
 *   0 set-up (3 + 10), 13 L1, 51 L2, 89 R1, 127 R2 (3 + 30 + 5 each),
 *   165 untimed (rest 4), 169 walk (3 + 600, no rest at the end): 772 s.
 */
static const char catalog_json[] =
  "{ \"sources\": [ { \"id\": \"guide\", \"authors\": \"A\", \"year\": 2020, \"title\": \"T\","
  "    \"venue\": \"V\", \"url\": \"https://example.org\" } ],"
  "  \"pain_types\": [], \"red_flags\": [], \"causes\": [], \"tips\": [], \"pain_sources\": [],"
  "  \"techniques\": ["
  "    { \"id\": \"press\", \"name\": \"Press\", \"kind\": \"self\", \"summary\": \"S\","
  "      \"session\": \"S\", \"dose\": \"D\", \"equipment\": [\"none\"], \"minutes\": 5,"
  "      \"intensity\": \"gentle\", \"cautions\": [\"C\"],"
  "      \"evidence\": { \"level\": \"none\", \"summary\": \"E\", \"sources\": [\"guide\"] },"
  "      \"timing_sources\": [\"guide\"],"
  "      \"steps\": ["
  "        { \"text\": \"Set up\", \"illustration\": \"test-step\", \"hold_seconds\": 10,"
  "          \"repetitions\": 1, \"rest_seconds\": 0, \"each_side\": false },"
  "        { \"text\": \"Hold\", \"illustration\": \"test-step\", \"hold_seconds\": 30,"
  "          \"repetitions\": 2, \"rest_seconds\": 5, \"each_side\": true },"
  "        { \"text\": \"Shake out\", \"illustration\": \"test-step\", \"hold_seconds\": 0,"
  "          \"repetitions\": 1, \"rest_seconds\": 4, \"each_side\": false } ],"
  "      \"expect\": [], \"tell_therapist\": [] },"
  "    { \"id\": \"walk\", \"name\": \"Walk\", \"kind\": \"self\", \"summary\": \"S\","
  "      \"session\": \"S\", \"dose\": \"D\", \"equipment\": [\"none\"], \"minutes\": 10,"
  "      \"intensity\": \"gentle\", \"cautions\": [\"C\"],"
  "      \"evidence\": { \"level\": \"none\", \"summary\": \"E\", \"sources\": [\"guide\"] },"
  "      \"timing_sources\": [\"guide\"],"
  "      \"steps\": ["
  "        { \"text\": \"Walk\", \"illustration\": \"test-step\", \"hold_seconds\": 600,"
  "          \"repetitions\": 1, \"rest_seconds\": 20, \"each_side\": false } ],"
  "      \"expect\": [], \"tell_therapist\": [] },"
  "    { \"id\": \"rub\", \"name\": \"Rub\", \"kind\": \"professional\", \"summary\": \"S\","
  "      \"session\": \"S\", \"dose\": \"D\", \"equipment\": [\"therapist\"], \"minutes\": 30,"
  "      \"intensity\": \"gentle\", \"cautions\": [\"C\"],"
  "      \"evidence\": { \"level\": \"none\", \"summary\": \"E\", \"sources\": [\"guide\"] },"
  "      \"steps\": [], \"expect\": [\"E\"], \"tell_therapist\": [\"T\"] } ],"
  "  \"regions\": [ { \"id\": \"lower\", \"name\": \"Lower back\", \"kind\": \"back\","
  "    \"sides\": [\"left\", \"right\"], \"summary\": \"S\", \"causes\": [],"
  "    \"techniques\": [ { \"id\": \"press\", \"why\": \"W\" } ], \"self_care\": [],"
  "    \"red_flags\": [], \"side_notes\": [] } ] }";

static BmCatalog *catalog;

static BmRoutine *
make_routine (BmSide      sides,
              const char *first,
              ...)
{
  g_autoptr(GPtrArray) techniques = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    g_ptr_array_add (techniques, bm_catalog_lookup_technique (catalog, id));
  va_end (args);

  return bm_routine_new (techniques, sides);
}

static void
assert_item (BmRoutine  *routine,
             guint       position,
             guint       step,
             BmSide      side,
             guint       repetition,
             guint       countdown,
             guint       hold,
             guint       rest,
             guint       start)
{
  g_autoptr(BmRoutineItem) item = g_list_model_get_item (bm_routine_get_items (routine),
                                                         position);

  g_assert_nonnull (item);
  g_assert_cmpuint (bm_step_get_number (bm_routine_item_get_step (item)), ==, step);
  g_assert_cmpuint (bm_routine_item_get_side (item), ==, side);
  g_assert_cmpuint (bm_routine_item_get_repetition (item), ==, repetition);
  g_assert_cmpuint (bm_routine_item_get_countdown_seconds (item), ==, countdown);
  g_assert_cmpuint (bm_routine_item_get_hold_seconds (item), ==, hold);
  g_assert_cmpuint (bm_routine_item_get_rest_seconds (item), ==, rest);
  g_assert_cmpuint (bm_routine_item_get_start_seconds (item), ==, start);
}

static void
assert_state (BmRoutine      *routine,
              guint           position,
              BmRoutinePhase  phase,
              guint           seconds_left)
{
  g_assert_cmpuint (bm_routine_get_position (routine), ==, position);
  g_assert_cmpint (bm_routine_get_phase (routine), ==, phase);
  g_assert_cmpuint (bm_routine_get_seconds_left (routine), ==, seconds_left);
}

static void
test_timeline (void)
{
  g_autoptr(BmRoutine) routine = make_routine (0, "press", "walk", NULL);
  g_autoptr(BmRoutineItem) last = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (bm_routine_get_items (routine)), ==, 7);
  assert_item (routine, 0, 1, 0, 1, 3, 10, 0, 0);
  assert_item (routine, 1, 2, BM_SIDE_LEFT, 1, 3, 30, 5, 13);
  assert_item (routine, 2, 2, BM_SIDE_LEFT, 2, 3, 30, 5, 51);
  assert_item (routine, 3, 2, BM_SIDE_RIGHT, 1, 3, 30, 5, 89);
  assert_item (routine, 4, 2, BM_SIDE_RIGHT, 2, 3, 30, 5, 127);
  /* No hold, no countdown; nothing rests after the last hold. */
  assert_item (routine, 5, 3, 0, 1, 0, 0, 4, 165);
  assert_item (routine, 6, 1, 0, 1, 3, 600, 0, 169);
  g_assert_cmpuint (bm_routine_get_total_seconds (routine), ==, 772);

  last = g_list_model_get_item (bm_routine_get_items (routine), 6);
  g_assert_cmpstr (bm_technique_get_id (bm_routine_item_get_technique (last)), ==, "walk");
  g_assert_cmpuint (bm_routine_item_get_repetitions (last), ==, 1);
  assert_state (routine, 0, BM_ROUTINE_PHASE_READY, 0);
}

static void
test_sides (void)
{
  g_autoptr(BmRoutine) right = make_routine (BM_SIDE_RIGHT | BM_SIDE_CENTER, "press", NULL);
  g_autoptr(BmRoutine) center = make_routine (BM_SIDE_CENTER, "press", NULL);

  /* An untimed step at the end keeps its rest, which is all its time. */
  g_assert_cmpuint (g_list_model_get_n_items (bm_routine_get_items (right)), ==, 4);
  assert_item (right, 1, 2, BM_SIDE_RIGHT, 1, 3, 30, 5, 13);
  assert_item (right, 2, 2, BM_SIDE_RIGHT, 2, 3, 30, 5, 51);
  assert_item (right, 3, 3, 0, 1, 0, 0, 4, 89);
  g_assert_cmpuint (bm_routine_get_total_seconds (right), ==, 93);

  /* Neither side picked: both. */
  g_assert_cmpuint (g_list_model_get_n_items (bm_routine_get_items (center)), ==, 6);
  g_assert_cmpuint (bm_routine_get_total_seconds (center), ==, 169);
}

static void
test_phases (void)
{
  g_autoptr(BmRoutine) routine = make_routine (0, "press", "walk", NULL);

  bm_routine_start (routine, AT (0));
  assert_state (routine, 0, BM_ROUTINE_PHASE_COUNTDOWN, 3);
  g_assert_cmpfloat (bm_routine_get_fraction (routine, AT (1.5)), ==, 0.5);

  bm_routine_update (routine, AT (3));
  assert_state (routine, 0, BM_ROUTINE_PHASE_HOLD, 10);
  bm_routine_update (routine, AT (12.5));
  assert_state (routine, 0, BM_ROUTINE_PHASE_HOLD, 1);
  bm_routine_update (routine, AT (13));
  assert_state (routine, 1, BM_ROUTINE_PHASE_COUNTDOWN, 3);
  bm_routine_update (routine, AT (46));
  assert_state (routine, 1, BM_ROUTINE_PHASE_REST, 5);
  g_assert_cmpfloat (bm_routine_get_fraction (routine, AT (47)), ==, 0.2);

  /* Skipped updates land where the clock says; an untimed step only rests. */
  bm_routine_update (routine, AT (165));
  assert_state (routine, 5, BM_ROUTINE_PHASE_REST, 4);
  bm_routine_update (routine, AT (169.000001));
  assert_state (routine, 6, BM_ROUTINE_PHASE_COUNTDOWN, 3);
  g_assert_cmpuint (bm_routine_get_elapsed_seconds (routine, AT (169.9)), ==, 169);

  bm_routine_update (routine, AT (772));
  assert_state (routine, 6, BM_ROUTINE_PHASE_DONE, 0);
  g_assert_false (bm_routine_get_stopped (routine));
  g_assert_cmpfloat (bm_routine_get_fraction (routine, AT (900)), ==, 1.0);
  g_assert_cmpuint (bm_routine_get_elapsed_seconds (routine, AT (900)), ==, 772);
}

static void
test_pause (void)
{
  g_autoptr(BmRoutine) routine = make_routine (0, "press", NULL);

  bm_routine_start (routine, AT (0));
  bm_routine_update (routine, AT (5));
  bm_routine_pause (routine, AT (5.5));
  g_assert_true (bm_routine_get_paused (routine));
  assert_state (routine, 0, BM_ROUTINE_PHASE_HOLD, 8);

  /* Time stands still while paused. */
  bm_routine_update (routine, AT (100));
  assert_state (routine, 0, BM_ROUTINE_PHASE_HOLD, 8);
  g_assert_cmpuint (bm_routine_get_elapsed_seconds (routine, AT (100)), ==, 5);
  g_assert_cmpfloat (bm_routine_get_fraction (routine, AT (100)), ==, 0.25);

  bm_routine_resume (routine, AT (100));
  g_assert_false (bm_routine_get_paused (routine));
  bm_routine_update (routine, AT (101));
  assert_state (routine, 0, BM_ROUTINE_PHASE_HOLD, 7);
  g_assert_cmpuint (bm_routine_get_elapsed_seconds (routine, AT (107)), ==, 12);
  bm_routine_update (routine, AT (107.5));
  assert_state (routine, 1, BM_ROUTINE_PHASE_COUNTDOWN, 3);
}

static void
test_next (void)
{
  g_autoptr(BmRoutine) routine = make_routine (BM_SIDE_LEFT, "press", NULL);

  /* Before the start, the controls do nothing. */
  bm_routine_next (routine, AT (0));
  assert_state (routine, 0, BM_ROUTINE_PHASE_READY, 0);

  bm_routine_start (routine, AT (0));
  bm_routine_next (routine, AT (5));
  assert_state (routine, 1, BM_ROUTINE_PHASE_COUNTDOWN, 3);
  g_assert_cmpuint (bm_routine_get_elapsed_seconds (routine, AT (5)), ==, 13);
  bm_routine_update (routine, AT (6));
  assert_state (routine, 1, BM_ROUTINE_PHASE_COUNTDOWN, 2);

  /* A paused routine moves and stays paused. */
  bm_routine_pause (routine, AT (6));
  bm_routine_next (routine, AT (50));
  g_assert_true (bm_routine_get_paused (routine));
  assert_state (routine, 2, BM_ROUTINE_PHASE_COUNTDOWN, 3);
  bm_routine_resume (routine, AT (60));
  bm_routine_update (routine, AT (63));
  assert_state (routine, 2, BM_ROUTINE_PHASE_HOLD, 30);

  /* Past the last item the routine is finished, not stopped. */
  bm_routine_next (routine, AT (64));
  assert_state (routine, 3, BM_ROUTINE_PHASE_REST, 4);
  bm_routine_next (routine, AT (65));
  assert_state (routine, 3, BM_ROUTINE_PHASE_DONE, 0);
  g_assert_false (bm_routine_get_stopped (routine));
}

static void
test_back (void)
{
  g_autoptr(BmRoutine) routine = make_routine (0, "press", NULL);

  bm_routine_start (routine, AT (0));
  bm_routine_update (routine, AT (20));
  assert_state (routine, 1, BM_ROUTINE_PHASE_HOLD, 26);

  /* Well into an item: to its start. */
  bm_routine_back (routine, AT (20));
  assert_state (routine, 1, BM_ROUTINE_PHASE_COUNTDOWN, 3);
  g_assert_cmpuint (bm_routine_get_elapsed_seconds (routine, AT (20)), ==, 13);

  /* Within its first 2 s: to the item before. */
  bm_routine_back (routine, AT (21.9));
  assert_state (routine, 0, BM_ROUTINE_PHASE_COUNTDOWN, 3);
  g_assert_cmpuint (bm_routine_get_elapsed_seconds (routine, AT (21.9)), ==, 0);

  /* At the first item, to its start. */
  bm_routine_back (routine, AT (22.5));
  assert_state (routine, 0, BM_ROUTINE_PHASE_COUNTDOWN, 3);
  bm_routine_update (routine, AT (23.5));
  assert_state (routine, 0, BM_ROUTINE_PHASE_COUNTDOWN, 2);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_stop (void)
{
  g_autoptr(BmRoutine) routine = make_routine (0, "press", NULL);
  guint stopped = 0, phase = 0;

  g_signal_connect (routine, "notify::stopped", G_CALLBACK (count_cb), &stopped);
  g_signal_connect (routine, "notify::phase", G_CALLBACK (count_cb), &phase);

  bm_routine_start (routine, AT (0));
  g_assert_cmpuint (phase, ==, 1);
  /* Pausing at 30 s catches up: into the hold of the second item. */
  bm_routine_pause (routine, AT (30));
  bm_routine_stop (routine, AT (40));
  assert_state (routine, 1, BM_ROUTINE_PHASE_DONE, 0);
  g_assert_true (bm_routine_get_stopped (routine));
  g_assert_false (bm_routine_get_paused (routine));
  g_assert_cmpuint (stopped, ==, 1);
  g_assert_cmpuint (phase, ==, 3);
  g_assert_cmpuint (bm_routine_get_elapsed_seconds (routine, AT (500)), ==, 30);

  /* Nothing moves an ended routine. */
  bm_routine_update (routine, AT (500));
  bm_routine_next (routine, AT (500));
  bm_routine_resume (routine, AT (500));
  assert_state (routine, 1, BM_ROUTINE_PHASE_DONE, 0);
  g_assert_cmpuint (phase, ==, 3);

  /* Starting again starts over. */
  bm_routine_start (routine, AT (600));
  assert_state (routine, 0, BM_ROUTINE_PHASE_COUNTDOWN, 3);
  g_assert_false (bm_routine_get_stopped (routine));
  g_assert_cmpuint (stopped, ==, 2);
}

static void
test_seconds_left_notify (void)
{
  g_autoptr(BmRoutine) routine = make_routine (0, "press", NULL);
  guint count = 0, position = 0;

  g_signal_connect (routine, "notify::seconds-left", G_CALLBACK (count_cb), &count);
  g_signal_connect (routine, "notify::position", G_CALLBACK (count_cb), &position);

  /* 3 at the start, 2 and 1; 10 to 1 in the hold; 3 at the next item: 14 changes
   * over 131 updates. */
  bm_routine_start (routine, AT (0));
  for (guint i = 1; i <= 130; i++)
    bm_routine_update (routine, AT (i / 10.0));

  g_assert_cmpuint (count, ==, 14);
  g_assert_cmpuint (position, ==, 1);
}

/* Twenty minutes of irregular ticks, a pause among them, land where one update would. */
static void
test_no_drift (void)
{
  g_autoptr(BmRoutine) routine = make_routine (0, "press", "walk", "walk", NULL);
  g_autoptr(BmRoutine) reference = make_routine (0, "press", "walk", "walk", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  gint64 now = AT (0);
  gint64 pause_at = AT (611.3), resume_at = AT (648.7);
  gint64 end = AT (1200) + (resume_at - pause_at);

  g_assert_cmpuint (bm_routine_get_total_seconds (routine), ==, 1395);

  bm_routine_start (routine, now);
  while (now < end)
    {
      gint64 next = MIN (now + g_rand_int_range (rand, 1, 1700000), end);

      if (now < pause_at && next >= pause_at)
        bm_routine_pause (routine, pause_at);
      if (now < resume_at && next >= resume_at)
        bm_routine_resume (routine, resume_at);
      now = next;
      bm_routine_update (routine, now);
    }

  bm_routine_start (reference, AT (0));
  bm_routine_update (reference, AT (1200));

  g_assert_cmpuint (bm_routine_get_elapsed_seconds (routine, end), ==, 1200);
  g_assert_cmpfloat (bm_routine_get_fraction (routine, end), ==,
                     bm_routine_get_fraction (reference, AT (1200)));
  assert_state (routine, bm_routine_get_position (reference), bm_routine_get_phase (reference),
                bm_routine_get_seconds_left (reference));
  /* The second walk starts at 169 + 623 = 792 s: at 1200 s, 405 s into its hold. */
  assert_state (reference, 7, BM_ROUTINE_PHASE_HOLD, 195);
}

static void
test_for_plan (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  g_autoptr(BmRoutine) both = NULL;
  g_autoptr(BmRoutine) left = NULL;
  g_autoptr(BmRoutine) left_and_right = NULL;
  g_autoptr(BmRoutineItem) item = NULL;

  bm_care_plan_set_technique (plan, bm_catalog_lookup_technique (catalog, "rub"), TRUE);
  bm_care_plan_set_technique (plan, bm_catalog_lookup_technique (catalog, "press"), TRUE);

  /* Only self-care; no spot picked: both sides. */
  both = bm_routine_new_for_plan (plan);
  g_assert_cmpuint (g_list_model_get_n_items (bm_routine_get_items (both)), ==, 6);

  bm_care_plan_select_spot (plan, lower, BM_SIDE_LEFT, FALSE);
  left = bm_routine_new_for_plan (plan);
  g_assert_cmpuint (g_list_model_get_n_items (bm_routine_get_items (left)), ==, 4);
  item = g_list_model_get_item (bm_routine_get_items (left), 2);
  g_assert_cmpuint (bm_routine_item_get_side (item), ==, BM_SIDE_LEFT);
  g_assert_cmpstr (bm_technique_get_id (bm_routine_item_get_technique (item)), ==, "press");

  bm_care_plan_select_spot (plan, lower, BM_SIDE_RIGHT, TRUE);
  left_and_right = bm_routine_new_for_plan (plan);
  g_assert_cmpuint (g_list_model_get_n_items (bm_routine_get_items (left_and_right)), ==, 6);
}

static void
assert_catalog_error (const char *from,
                      const char *to,
                      const char *message)
{
  g_autoptr(GString) json = g_string_new (catalog_json);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BmCatalog) broken = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_string_replace (json, from, to, 1), ==, 1);
  bytes = g_bytes_new (json->str, json->len);
  broken = bm_catalog_new_from_bytes (bytes, &error);
  g_assert_null (broken);
  g_assert_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_catalog_timing (void)
{
  assert_catalog_error ("\"repetitions\": 2, ", "",
                        "techniques[0].steps[1]: a timed step has all of hold_seconds, "
                        "repetitions, rest_seconds and each_side");
  assert_catalog_error ("\"repetitions\": 2, ", "\"repetitions\": 0, ",
                        "techniques[0].steps[1].repetitions: 0 is outside 1 to 100");
  assert_catalog_error ("\"steps\": [], \"expect\"",
                        "\"timing_sources\": [\"guide\"], \"steps\": [], \"expect\"",
                        "techniques[2].timing_sources: only for self-care techniques");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (catalog_json, sizeof catalog_json - 1);
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalog = bm_catalog_new_from_bytes (bytes, &error);
  g_assert_no_error (error);

  g_test_add_func ("/bm/routine/timeline", test_timeline);
  g_test_add_func ("/bm/routine/sides", test_sides);
  g_test_add_func ("/bm/routine/phases", test_phases);
  g_test_add_func ("/bm/routine/pause", test_pause);
  g_test_add_func ("/bm/routine/next", test_next);
  g_test_add_func ("/bm/routine/back", test_back);
  g_test_add_func ("/bm/routine/stop", test_stop);
  g_test_add_func ("/bm/routine/seconds-left-notify", test_seconds_left_notify);
  g_test_add_func ("/bm/routine/no-drift", test_no_drift);
  g_test_add_func ("/bm/routine/for-plan", test_for_plan);
  g_test_add_func ("/bm/routine/catalog-timing", test_catalog_timing);

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
