/* test-care-plan.c: the user's plan: picking, undo, notifications, merges and actions
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-care-plan-private.h"
#include "bm-catalog.h"
#include "bm-json-reader.h"
#include "bm-pain-type.h"
#include "bm-plan-actions.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-routine-run.h"
#include "bm-spot.h"
#include "bm-technique.h"
#include "bm-user-file.h"

static BmCatalog *catalog;

static BmCarePlan *
make_plan (void)
{
  BmCarePlan *plan = bm_care_plan_new ();

  bm_care_plan_select_spot (plan, bm_catalog_lookup_region (catalog, "lower"), BM_SIDE_LEFT,
                            FALSE);
  bm_care_plan_select_spot (plan, bm_catalog_lookup_region (catalog, "gluteal"), BM_SIDE_LEFT,
                            TRUE);
  bm_care_plan_set_technique (plan, bm_catalog_lookup_technique (catalog, "swedish"), TRUE);
  bm_care_plan_set_red_flag (plan, g_ptr_array_index (bm_catalog_get_red_flags (catalog), 0),
                             TRUE);
  bm_care_plan_set_pain_type (plan, bm_catalog_lookup_pain_type (catalog, "referred"));
  bm_care_plan_set_notes (plan, "Worse “after” driving\nsecond line");

  return plan;
}

static void
test_select (void)
{
  g_autoptr(BmCarePlan) plan = make_plan ();
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  BmUrgency urgency;

  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_spots (plan)), ==, 2);
  g_assert_true (bm_care_plan_has_spot (plan, lower, BM_SIDE_LEFT));
  g_assert_false (bm_care_plan_has_spot (plan, lower, BM_SIDE_RIGHT));

  /* Picking alone replaces; extending a picked spot takes it away. */
  bm_care_plan_select_spot (plan, lower, BM_SIDE_RIGHT, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_spots (plan)), ==, 1);
  bm_care_plan_select_spot (plan, lower, BM_SIDE_RIGHT, TRUE);
  g_assert_null (bm_care_plan_get_active_spot (plan));

  g_assert_true (bm_care_plan_get_urgency (plan, &urgency));
}

static void
test_round_trip (void)
{
  g_autoptr(BmCarePlan) plan = make_plan ();
  g_autoptr(GBytes) bytes = bm_care_plan_to_bytes (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCarePlan) copy = bm_care_plan_new_from_bytes (catalog, bytes, &error);
  g_autoptr(GBytes) again = NULL;

  g_assert_no_error (error);
  again = bm_care_plan_to_bytes (copy);
  g_assert_true (g_bytes_equal (bytes, again));
  g_assert_cmpstr (bm_care_plan_get_notes (copy), ==, "Worse “after” driving\nsecond line");
  g_assert_cmpstr (bm_pain_type_get_id (bm_care_plan_get_pain_type (copy)), ==, "referred");
}

static void
test_wrong_shape (void)
{
  static const char *documents[] = {
    "[]",
    "{ \"version\": 1 }",
    "{ \"version\": 2, \"spots\": [], \"techniques\": [], \"red_flags\": [], \"pain_type\": \"\","
    " \"notes\": \"\" }",
    "{ \"version\": 1, \"spots\": [3], \"techniques\": [], \"red_flags\": [], \"pain_type\": \"\","
    " \"notes\": \"\" }",
    "{ \"version\": 1, \"spots\": [], \"techniques\": [], \"red_flags\": [], \"pain_type\": 4,"
    " \"notes\": \"\" }",
    "{ \"version\": 1, \"spots\": [], \"techniques\": [], \"red_flags\": [], \"pain_type\": \"\","
    " \"notes\": \"\", \"routine_runs\": [ { \"when\": \"yesterday\", \"techniques\": [],"
    " \"stopped\": false, \"feeling\": 3 } ] }",
    "{ \"version\": 1, \"spots\": [], \"techniques\": [], \"red_flags\": [], \"pain_type\": \"\","
    " \"notes\": \"\", \"routine_runs\": [ { \"when\": \"2026-11-25T10:00:00Z\","
    " \"techniques\": [], \"stopped\": false, \"feeling\": 11 } ] }",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (documents[i], strlen (documents[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(BmCarePlan) plan = bm_care_plan_new_from_bytes (catalog, bytes, &error);

      g_assert_null (plan);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "care plan"));
    }
}

/* The spots picked, as the file writes them, such as "lower:left gluteal:left". */
static char *
dup_spots (BmCarePlan *plan)
{
  GListModel *spots = bm_care_plan_get_spots (plan);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (spots); i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);
      g_autofree char *key = bm_spot_dup_key (spot);

      g_string_append_printf (text, "%s%s", i > 0 ? " " : "", key);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_spots(plan, expected) \
  G_STMT_START { \
    g_autofree char *_spots = dup_spots (plan); \
    g_assert_cmpstr (_spots, ==, expected); \
  } G_STMT_END

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GHashTable *counts)
{
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (counts, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name))
                                         + 1));
}

static guint
count (GHashTable *counts,
       const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

static GHashTable *
watch (BmCarePlan *plan)
{
  GHashTable *counts = g_hash_table_new (g_str_hash, g_str_equal);

  g_signal_connect (plan, "notify", G_CALLBACK (count_notify_cb), counts);
  return counts;
}

static void
test_undo_redo (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  g_autoptr(GHashTable) counts = watch (plan);
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  BmRegion *gluteal = bm_catalog_lookup_region (catalog, "gluteal");

  g_assert_false (bm_care_plan_can_undo_selection (plan));
  bm_care_plan_select_spot (plan, lower, BM_SIDE_LEFT, FALSE);
  bm_care_plan_select_spot (plan, gluteal, BM_SIDE_LEFT, TRUE);
  bm_care_plan_select_spot (plan, lower, BM_SIDE_RIGHT, TRUE);
  bm_care_plan_remove_spot (plan, lower, BM_SIDE_LEFT);
  assert_spots (plan, "gluteal:left lower:right");
  g_assert_cmpuint (count (counts, "can-undo-selection"), ==, 1);

  /* Back, in order, through every change. */
  bm_care_plan_undo_selection (plan);
  assert_spots (plan, "lower:left gluteal:left lower:right");
  bm_care_plan_undo_selection (plan);
  assert_spots (plan, "lower:left gluteal:left");
  g_assert_true (bm_care_plan_can_redo_selection (plan));
  bm_care_plan_redo_selection (plan);
  assert_spots (plan, "lower:left gluteal:left lower:right");
  bm_care_plan_undo_selection (plan);
  bm_care_plan_undo_selection (plan);
  bm_care_plan_undo_selection (plan);
  assert_spots (plan, "");
  g_assert_false (bm_care_plan_can_undo_selection (plan));
  bm_care_plan_undo_selection (plan);
  assert_spots (plan, "");

  /* A new change drops what could be redone. */
  bm_care_plan_redo_selection (plan);
  assert_spots (plan, "lower:left");
  bm_care_plan_add_spot (plan, gluteal, BM_SIDE_RIGHT);
  g_assert_false (bm_care_plan_can_redo_selection (plan));
  bm_care_plan_redo_selection (plan);
  assert_spots (plan, "lower:left gluteal:right");

  /* What changes nothing is not recorded. */
  bm_care_plan_add_spot (plan, gluteal, BM_SIDE_RIGHT);
  bm_care_plan_remove_spot (plan, lower, BM_SIDE_RIGHT);
  bm_care_plan_undo_selection (plan);
  assert_spots (plan, "lower:left");
}

static void
test_undo_limit (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  guint undone = 0;

  for (guint i = 0; i < 250; i++)
    bm_care_plan_select_spot (plan, lower, i % 2 ? BM_SIDE_LEFT : BM_SIDE_RIGHT, FALSE);
  while (bm_care_plan_can_undo_selection (plan))
    {
      bm_care_plan_undo_selection (plan);
      undone++;
    }

  g_assert_cmpuint (undone, ==, 100);
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_spots (plan)), ==, 1);
}

/* Each property is notified once per real change, and never for a change to nothing. */
static void
test_notify (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  g_autoptr(GHashTable) counts = watch (plan);
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  GPtrArray *flags = bm_catalog_get_red_flags (catalog);
  BmRedFlag *emergency = NULL, *other = NULL;
  BmUrgency urgency;
  gboolean has_urgency, stops;

  for (guint i = 0; i < flags->len; i++)
    {
      BmRedFlag *flag = g_ptr_array_index (flags, i);

      if (bm_red_flag_get_urgency (flag) == BM_URGENCY_EMERGENCY)
        emergency = flag;
      else
        other = flag;
    }
  g_assert_nonnull (emergency);
  g_assert_nonnull (other);

  bm_care_plan_set_notes (plan, "a");
  bm_care_plan_set_notes (plan, "a");
  g_object_set (plan, "notes", "b", NULL);
  g_assert_cmpuint (count (counts, "notes"), ==, 2);

  bm_care_plan_select_spot (plan, lower, BM_SIDE_LEFT, FALSE);
  bm_care_plan_select_spot (plan, lower, BM_SIDE_LEFT, FALSE);
  bm_care_plan_add_spot (plan, lower, BM_SIDE_LEFT);
  g_assert_cmpuint (count (counts, "active-spot"), ==, 1);

  bm_care_plan_set_red_flag (plan, other, TRUE);
  g_assert_cmpuint (count (counts, "has-urgency"), ==, 1);
  g_assert_cmpuint (count (counts, "stops-self-care"), ==, 0);
  g_assert_cmpuint (count (counts, "urgency"), ==,
                    bm_red_flag_get_urgency (other) != BM_URGENCY_SOON);
  bm_care_plan_set_red_flag (plan, emergency, TRUE);
  g_assert_cmpuint (count (counts, "has-urgency"), ==, 1);
  g_assert_cmpuint (count (counts, "urgency"), ==,
                    1 + (bm_red_flag_get_urgency (other) != BM_URGENCY_SOON));
  g_assert_cmpuint (count (counts, "stops-self-care"), ==, 1);
  g_object_get (plan, "has-urgency", &has_urgency, "urgency", &urgency, "stops-self-care", &stops,
                NULL);
  g_assert_true (has_urgency);
  g_assert_cmpint (urgency, ==, BM_URGENCY_EMERGENCY);
  g_assert_true (stops);
  g_assert_true (bm_care_plan_stops_self_care (plan));

  bm_care_plan_set_pain_type (plan, NULL);
  g_assert_cmpuint (count (counts, "pain-type"), ==, 0);
  g_assert_cmpuint (count (counts, "spots"), ==, 0);
}

/* Replacing notifies what differs only, and keeps the spot objects that stay. */
static void
test_replace (void)
{
  g_autoptr(BmCarePlan) plan = make_plan ();
  g_autoptr(BmCarePlan) other = make_plan ();
  g_autoptr(GHashTable) counts = watch (plan);
  BmSpot *active = bm_care_plan_get_active_spot (plan);

  bm_care_plan_replace (plan, other);
  g_assert_cmpuint (g_hash_table_size (counts), ==, 0);
  g_assert_true (bm_care_plan_get_active_spot (plan) == active);

  bm_care_plan_set_notes (other, "other notes");
  bm_care_plan_select_spot (other, bm_catalog_lookup_region (catalog, "lower"), BM_SIDE_LEFT,
                            TRUE);
  bm_care_plan_replace (plan, other);
  g_assert_cmpuint (count (counts, "notes"), ==, 1);
  g_assert_cmpuint (count (counts, "active-spot"), ==, 0);
  g_assert_cmpuint (count (counts, "pain-type"), ==, 0);
  g_assert_cmpuint (g_hash_table_size (counts), ==, 1);
  assert_spots (plan, "gluteal:left");

  /* Not a change to undo: undo goes back past the user's last change. */
  bm_care_plan_undo_selection (plan);
  assert_spots (plan, "lower:left");
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  return json_node_ref (json_parser_get_root (parser));
}

static void
test_merge (void)
{
  g_autoptr(JsonNode) base = parse ("{ \"version\": 1, \"spots\": [\"a\", \"b\"], "
                                    "\"techniques\": [], \"red_flags\": [\"f\"], "
                                    "\"pain_type\": \"\", \"notes\": \"n\", \"x\": 1 }");
  g_autoptr(JsonNode) theirs = parse ("{ \"version\": 1, \"spots\": [\"b\", \"c\"], "
                                      "\"techniques\": [\"t\"], \"red_flags\": [\"f\"], "
                                      "\"pain_type\": \"p\", \"notes\": \"theirs\", "
                                      "\"x\": 2, \"y\": 3 }");
  g_autoptr(JsonNode) ours = parse ("{ \"version\": 1, \"spots\": [\"d\", \"a\", \"b\"], "
                                    "\"techniques\": [\"u\"], \"red_flags\": [], "
                                    "\"pain_type\": \"\", \"notes\": \"ours\", \"x\": 1 }");
  g_autoptr(JsonNode) merged = bm_care_plan_json_merge (base, theirs, ours);
  g_autoptr(JsonNode) expected = parse ("{ \"version\": 1, \"spots\": [\"d\", \"b\", \"c\"], "
                                        "\"techniques\": [\"u\", \"t\"], \"red_flags\": [], "
                                        "\"pain_type\": \"p\", \"notes\": \"ours\", "
                                        "\"x\": 2, \"y\": 3 }");

  /* They removed "a" and added "c"; we added "d"; we removed "f"; the pain type and "x"
   * only they changed, the notes both: ours win. */
  g_assert_true (json_node_equal (merged, expected));
}

static void
test_unknown_kept (void)
{
  static const char document[] =
    "{ \"version\": 1, \"spots\": [\"lower:left\", \"lower:left\", \"newer:left\"],"
    " \"techniques\": [\"newer\"], \"red_flags\": [\"newer\"], \"pain_type\": \"newer\","
    " \"notes\": \"\", \"newer\": [true],"
    " \"routine_runs\": [ { \"when\": \"2026-11-25T10:00:00+01\","
    " \"techniques\": [\"walking\", \"newer\"], \"stopped\": true, \"feeling\": null,"
    " \"newer\": 1 } ] }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, strlen (document));
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCarePlan) plan = bm_care_plan_new_from_bytes (catalog, bytes, &error);
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(JsonNode) expected = parse (
    "{ \"version\": 1, \"spots\": [\"lower:left\", \"newer:left\"],"
    " \"techniques\": [\"newer\"], \"red_flags\": [\"newer\"], \"pain_type\": \"newer\","
    " \"notes\": \"\", \"newer\": [true],"
    " \"routine_runs\": [ { \"when\": \"2026-11-25T10:00:00+01\","
    " \"techniques\": [\"walking\", \"newer\"], \"stopped\": true, \"feeling\": null,"
    " \"newer\": 1 } ] }");

  g_assert_no_error (error);
  /* Loading is no change the user could undo. */
  g_assert_false (bm_care_plan_can_undo_selection (plan));
  saved = bm_care_plan_to_json (plan);
  g_assert_true (json_node_equal (saved, expected));
}

static void
changed_cb (BmCarePlan *plan,
            guint      *n_changed)
{
  (*n_changed)++;
}

/* Runs are recorded in order, kept through a save, taken by a replace and merged. */
static void
test_routine_runs (void)
{
  static const char * const ids[] = { "walking", "heat", NULL };
  g_autoptr(BmCarePlan) plan = make_plan ();
  g_autoptr(BmCarePlan) other = make_plan ();
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 25, 9, 30, 12.25);
  g_autoptr(BmRoutineRun) run = NULL;
  g_autoptr(BmCarePlan) copy = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *runs = bm_care_plan_get_routine_runs (plan);
  guint n_changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (changed_cb), &n_changed);
  bm_care_plan_add_routine_run (plan, when, ids, FALSE, 7);
  bm_care_plan_add_routine_run (plan, when, ids + 1, TRUE, -1);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 2);
  run = g_list_model_get_item (runs, 0);
  g_assert_true (g_date_time_equal (bm_routine_run_get_when (run), when));
  g_assert_cmpstrv (bm_routine_run_get_technique_ids (run), ids);
  g_assert_false (bm_routine_run_get_stopped (run));
  g_assert_cmpint (bm_routine_run_get_feeling (run), ==, 7);

  bytes = bm_care_plan_to_bytes (plan);
  copy = bm_care_plan_new_from_bytes (catalog, bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_routine_runs (copy)), ==, 2);
  g_clear_object (&run);
  run = g_list_model_get_item (bm_care_plan_get_routine_runs (copy), 1);
  g_assert_true (g_date_time_equal (bm_routine_run_get_when (run), when));
  g_assert_true (bm_routine_run_get_stopped (run));
  g_assert_cmpint (bm_routine_run_get_feeling (run), ==, -1);

  /* The same runs are no change; others replace them. */
  n_changed = 0;
  bm_care_plan_replace (plan, copy);
  g_assert_cmpuint (n_changed, ==, 0);
  bm_care_plan_replace (plan, other);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (runs), ==, 0);
}

static void
test_merge_runs (void)
{
  g_autoptr(JsonNode) base = parse ("{ \"routine_runs\": [ { \"n\": 1 } ] }");
  g_autoptr(JsonNode) theirs = parse ("{ \"routine_runs\": [ { \"n\": 1 }, { \"n\": 2 } ] }");
  g_autoptr(JsonNode) ours = parse ("{ \"routine_runs\": [ { \"n\": 1 }, { \"n\": 3 } ] }");
  g_autoptr(JsonNode) merged = bm_care_plan_json_merge (base, theirs, ours);
  g_autoptr(JsonNode) expected = parse ("{ \"routine_runs\": [ { \"n\": 1 }, { \"n\": 3 },"
                                        " { \"n\": 2 } ] }");

  /* A run is never taken back: both sides' new runs are kept. */
  g_assert_true (json_node_equal (merged, expected));
}

/* Bytes anyone could have written: refused, or read with the text after a NUL. */
static void
test_hostile_bytes (void)
{
  gsize deep_size = 100000;
  g_autofree char *deep = g_malloc (deep_size);
  g_autoptr(GBytes) deep_bytes = NULL;
  static const char nul[] =
    "{ \"version\": 1, \"spots\": [], \"techniques\": [], \"red_flags\": [],"
    " \"pain_type\": \"\", \"notes\": \"a\\u0000b \\\\u0000\" }";
  static const char surrogate[] =
    "{ \"version\": 1, \"spots\": [], \"techniques\": [], \"red_flags\": [],"
    " \"pain_type\": \"\", \"notes\": \"\\ud800x\" }";
  g_autoptr(GBytes) nul_bytes = g_bytes_new_static (nul, strlen (nul));
  g_autoptr(GBytes) surrogate_bytes = g_bytes_new_static (surrogate, strlen (surrogate));
  g_autoptr(BmCarePlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  memset (deep, '{', deep_size);
  deep_bytes = g_bytes_new_take (g_steal_pointer (&deep), deep_size);
  g_assert_null (bm_care_plan_new_from_bytes (catalog, deep_bytes, &error));
  g_assert_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_TOO_DEEP);
  g_clear_error (&error);

  g_assert_null (bm_care_plan_new_from_bytes (catalog, surrogate_bytes, &error));
  g_assert_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN);
  g_clear_error (&error);

  /* An escaped backslash before "u0000" is no NUL. */
  plan = bm_care_plan_new_from_bytes (catalog, nul_bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bm_care_plan_get_notes (plan), ==, "a\xef\xbf\xbd" "b \\u0000");
}
static void
activate (GActionGroup *group,
          const char   *name,
          GVariant     *parameter)
{
  g_action_group_activate_action (group, name, parameter);
}

static void
test_actions (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  g_autoptr(GObject) actions = G_OBJECT (bm_plan_actions_new (catalog, plan));
  GActionGroup *group = G_ACTION_GROUP (actions);
  BmRedFlag *flag = g_ptr_array_index (bm_catalog_get_red_flags (catalog), 0);
  BmTechnique *swedish = bm_catalog_lookup_technique (catalog, "swedish");

  g_assert_false (g_action_group_get_action_enabled (group, "undo-selection"));
  activate (group, "select-spot", g_variant_new ("(sub)", "lower", BM_SIDE_LEFT, FALSE));
  activate (group, "select-spot", g_variant_new ("(sub)", "gluteal", BM_SIDE_RIGHT, TRUE));
  activate (group, "add-spot", g_variant_new ("(su)", "neck", BM_SIDE_LEFT));
  activate (group, "remove-spot", g_variant_new ("(su)", "lower", BM_SIDE_LEFT));
  assert_spots (plan, "gluteal:right neck:left");
  g_assert_true (g_action_group_get_action_enabled (group, "undo-selection"));
  g_assert_false (g_action_group_get_action_enabled (group, "redo-selection"));

  activate (group, "undo-selection", NULL);
  assert_spots (plan, "lower:left gluteal:right neck:left");
  g_assert_true (g_action_group_get_action_enabled (group, "redo-selection"));
  activate (group, "redo-selection", NULL);
  activate (group, "clear-spots", NULL);
  assert_spots (plan, "");

  activate (group, "set-technique", g_variant_new ("(sb)", "swedish", TRUE));
  g_assert_true (bm_care_plan_has_technique (plan, swedish));
  activate (group, "set-red-flag", g_variant_new ("(sb)", bm_red_flag_get_id (flag), TRUE));
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_red_flags (plan)), ==, 1);
  activate (group, "set-pain-type", g_variant_new_string ("referred"));
  g_assert_cmpstr (bm_pain_type_get_id (bm_care_plan_get_pain_type (plan)), ==, "referred");
  activate (group, "set-pain-type", g_variant_new_string (""));
  g_assert_null (bm_care_plan_get_pain_type (plan));
}

static void
test_record_routine (void)
{
  static const char * const ids[] = { "walking", NULL };
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  g_autoptr(GObject) actions = G_OBJECT (bm_plan_actions_new (catalog, plan));
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  g_autoptr(BmRoutineRun) run = NULL;

  activate (G_ACTION_GROUP (actions), "record-routine", g_variant_new ("(^asbi)", ids, TRUE, 4));
  run = g_list_model_get_item (bm_care_plan_get_routine_runs (plan), 0);
  g_assert_cmpstrv (bm_routine_run_get_technique_ids (run), ids);
  g_assert_true (bm_routine_run_get_stopped (run));
  g_assert_cmpint (bm_routine_run_get_feeling (run), ==, 4);
  g_assert_cmpint (g_date_time_compare (bm_routine_run_get_when (run), before), >=, 0);
}

/* An id the catalog does not know is warned about and changes nothing. */
static void
test_actions_unknown (void)
{
  g_autoptr(BmCarePlan) plan = make_plan ();
  g_autoptr(GObject) actions = G_OBJECT (bm_plan_actions_new (catalog, plan));
  GActionGroup *group = G_ACTION_GROUP (actions);
  g_autoptr(GBytes) before = bm_care_plan_to_bytes (plan);
  g_autoptr(GBytes) after = NULL;

  g_test_expect_message ("bm-plan-actions", G_LOG_LEVEL_WARNING, "No region “nowhere”");
  activate (group, "select-spot", g_variant_new ("(sub)", "nowhere", BM_SIDE_LEFT, FALSE));
  g_test_expect_message ("bm-plan-actions", G_LOG_LEVEL_WARNING, "Region “lower” has no side 4");
  activate (group, "add-spot", g_variant_new ("(su)", "lower", BM_SIDE_CENTER));
  g_test_expect_message ("bm-plan-actions", G_LOG_LEVEL_WARNING, "Region “lower” has no side 0");
  activate (group, "remove-spot", g_variant_new ("(su)", "lower", 0));
  g_test_expect_message ("bm-plan-actions", G_LOG_LEVEL_WARNING, "No technique “x”");
  activate (group, "set-technique", g_variant_new ("(sb)", "x", TRUE));
  g_test_expect_message ("bm-plan-actions", G_LOG_LEVEL_WARNING, "No red flag “x”");
  activate (group, "set-red-flag", g_variant_new ("(sb)", "x", TRUE));
  g_test_expect_message ("bm-plan-actions", G_LOG_LEVEL_WARNING, "No pain type “x”");
  activate (group, "set-pain-type", g_variant_new_string ("x"));
  g_test_expect_message ("bm-plan-actions", G_LOG_LEVEL_WARNING,
                         "No self-care technique “swedish”");
  activate (group, "record-routine",
            g_variant_new_parsed ("([\"walking\", \"swedish\"], false, 3)"));
  g_test_expect_message ("bm-plan-actions", G_LOG_LEVEL_WARNING, "A routine without techniques");
  activate (group, "record-routine", g_variant_new_parsed ("(@as [], false, 3)"));
  g_test_expect_message ("bm-plan-actions", G_LOG_LEVEL_WARNING,
                         "A feeling of 11 is not from 0 to 10");
  activate (group, "record-routine", g_variant_new_parsed ("([\"walking\"], false, 11)"));
  g_test_assert_expected_messages ();

  after = bm_care_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *n_notified)
{
  (*n_notified)++;
}

/* The date of the red-flag check: set by the action, notified once, saved, read back,
 * taken by a replace; a plan saved before it existed has none; a bad one is refused. */
static void
test_red_flags_checked (void)
{
  static const char old_document[] =
    "{ \"version\": 1, \"spots\": [], \"techniques\": [], \"red_flags\": [],"
    " \"pain_type\": \"\", \"notes\": \"\" }";
  static const char bad_document[] =
    "{ \"version\": 1, \"spots\": [], \"techniques\": [], \"red_flags\": [],"
    " \"pain_type\": \"\", \"notes\": \"\", \"red_flags_checked\": \"last week\" }";
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  g_autoptr(BmCarePlan) empty = bm_care_plan_new ();
  g_autoptr(GObject) actions = G_OBJECT (bm_plan_actions_new (catalog, plan));
  g_autoptr(GBytes) old_bytes = g_bytes_new_static (old_document, strlen (old_document));
  g_autoptr(GBytes) bad_bytes = g_bytes_new_static (bad_document, strlen (bad_document));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BmCarePlan) copy = NULL;
  g_autoptr(BmCarePlan) old = NULL;
  g_autoptr(BmCarePlan) bad = NULL;
  g_autoptr(GError) error = NULL;
  guint n_notified = 0, n_changed = 0;
  GDateTime *checked;

  g_signal_connect (plan, "notify::red-flags-checked", G_CALLBACK (notify_cb), &n_notified);
  g_signal_connect (plan, "changed", G_CALLBACK (changed_cb), &n_changed);
  g_assert_null (bm_care_plan_get_red_flags_checked (plan));
  g_action_group_activate_action (G_ACTION_GROUP (actions), "finish-red-flag-check", NULL);
  checked = bm_care_plan_get_red_flags_checked (plan);
  g_assert_nonnull (checked);
  g_assert_cmpint (n_notified, ==, 1);
  g_assert_cmpint (n_changed, ==, 1);
  bm_care_plan_set_red_flags_checked (plan, checked);
  g_assert_cmpint (n_notified, ==, 1);

  bytes = bm_care_plan_to_bytes (plan);
  copy = bm_care_plan_new_from_bytes (catalog, bytes, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (bm_care_plan_get_red_flags_checked (copy), checked));

  old = bm_care_plan_new_from_bytes (catalog, old_bytes, &error);
  g_assert_no_error (error);
  g_assert_null (bm_care_plan_get_red_flags_checked (old));

  bad = bm_care_plan_new_from_bytes (catalog, bad_bytes, &error);
  g_assert_null (bad);
  g_assert_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE);
  g_assert_nonnull (strstr (error->message, "red_flags_checked"));

  bm_care_plan_replace (plan, empty);
  g_assert_null (bm_care_plan_get_red_flags_checked (plan));
  g_assert_cmpint (n_notified, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalog = bm_catalog_new_from_resource (&error);
  g_assert_no_error (error);

  g_test_add_func ("/bm/care-plan/select", test_select);
  g_test_add_func ("/bm/care-plan/round-trip", test_round_trip);
  g_test_add_func ("/bm/care-plan/wrong-shape", test_wrong_shape);
  g_test_add_func ("/bm/care-plan/undo-redo", test_undo_redo);
  g_test_add_func ("/bm/care-plan/undo-limit", test_undo_limit);
  g_test_add_func ("/bm/care-plan/notify", test_notify);
  g_test_add_func ("/bm/care-plan/replace", test_replace);
  g_test_add_func ("/bm/care-plan/merge", test_merge);
  g_test_add_func ("/bm/care-plan/unknown-kept", test_unknown_kept);
  g_test_add_func ("/bm/care-plan/hostile-bytes", test_hostile_bytes);
  g_test_add_func ("/bm/care-plan/routine-runs", test_routine_runs);
  g_test_add_func ("/bm/care-plan/merge-runs", test_merge_runs);
  g_test_add_func ("/bm/care-plan/red-flags-checked", test_red_flags_checked);
  g_test_add_func ("/bm/plan-actions/change", test_actions);
  g_test_add_func ("/bm/plan-actions/record-routine", test_record_routine);
  g_test_add_func ("/bm/plan-actions/unknown-id", test_actions_unknown);

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
