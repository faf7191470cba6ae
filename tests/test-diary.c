/* test-diary.c: the pain diary: entries, order, edits, onset, its document, series and CSV
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-catalog.h"
#include "bm-diary-private.h"
#include "bm-document.h"
#include "bm-json-reader.h"
#include "bm-region.h"
#include "bm-technique.h"
#include "bm-user-file.h"

static BmCatalog *catalog;

/* 1 March 2026 plus @hours, in UTC+1. */
static GDateTime *
at (double hours)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) start = g_date_time_new (zone, 2026, 3, 1, 0, 0, 0);

  return g_date_time_add_seconds (start, hours * 3600);
}

static BmDiaryEntry *
new_entry (const char *id,
           double      hours)
{
  g_autoptr(GDateTime) time = at (hours);

  return bm_diary_entry_new_with_id (id, time);
}

static void
add_entry (BmDiary    *diary,
           const char *id,
           double      hours)
{
  g_autoptr(BmDiaryEntry) entry = new_entry (id, hours);

  bm_diary_add (diary, entry);
}

/* The ids of the diary's entries, in order, joined by spaces. */
static char *
dup_ids (BmDiary *diary)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (diary)); i++)
    {
      g_autoptr(BmDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (diary), i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", bm_diary_entry_get_id (entry));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* Records items-changed as "position-removed+added" words. */
static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%s%u-%u+%u", log->len > 0 ? " " : "", position, removed, added);
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
notify_cb (gpointer    object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_entry (void)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2026, 3, 1, 8, 30, 15.75);
  g_autoptr(BmDiaryEntry) entry = bm_diary_entry_new (time);
  g_autoptr(BmDiaryEntry) other = bm_diary_entry_new (time);
  g_autoptr(BmDiaryEntry) copy = NULL;
  const BmDiaryScore *score;

  g_assert_true (g_uuid_string_is_valid (bm_diary_entry_get_id (entry)));
  g_assert_cmpstr (bm_diary_entry_get_id (entry), !=, bm_diary_entry_get_id (other));
  g_assert_cmpint (g_date_time_get_microsecond (bm_diary_entry_get_time (entry)), ==, 0);
  g_assert_cmpint (g_date_time_get_second (bm_diary_entry_get_time (entry)), ==, 15);
  g_assert_cmpstr (bm_diary_entry_get_note (entry), ==, "");

  /* Scores are sorted by region, then side; a score set again is replaced. */
  bm_diary_entry_set_score (entry, "neck", BM_SIDE_LEFT, 3, BM_PAIN_QUALITY_STIFFNESS);
  bm_diary_entry_set_score (entry, "lower", BM_SIDE_RIGHT, 5, BM_PAIN_QUALITY_ACHING);
  bm_diary_entry_set_score (entry, "lower", BM_SIDE_LEFT, 15, BM_PAIN_QUALITY_BURNING);
  bm_diary_entry_set_score (entry, "neck", BM_SIDE_LEFT, 4, BM_PAIN_QUALITY_CRAMPING);
  g_assert_cmpuint (bm_diary_entry_get_n_scores (entry), ==, 3);
  score = bm_diary_entry_get_score (entry, 0);
  g_assert_cmpstr (score->region_id, ==, "lower");
  g_assert_cmpint (score->side, ==, BM_SIDE_LEFT);
  g_assert_cmpuint (score->intensity, ==, BM_DIARY_MAX_INTENSITY);
  g_assert_cmpint (bm_diary_entry_get_score (entry, 1)->side, ==, BM_SIDE_RIGHT);
  score = bm_diary_entry_find_score (entry, "neck", BM_SIDE_LEFT);
  g_assert_cmpuint (score->intensity, ==, 4);
  g_assert_cmpint (score->quality, ==, BM_PAIN_QUALITY_CRAMPING);
  g_assert_null (bm_diary_entry_find_score (entry, "neck", BM_SIDE_RIGHT));
  bm_diary_entry_remove_score (entry, "lower", BM_SIDE_RIGHT);
  g_assert_cmpuint (bm_diary_entry_get_n_scores (entry), ==, 2);

  /* What was done keeps its order; set again, it is replaced. */
  bm_diary_entry_set_done (entry, "swedish", BM_HELPED_UNSAID);
  bm_diary_entry_set_done (entry, "heat", BM_HELPED_NO);
  bm_diary_entry_set_done (entry, "swedish", BM_HELPED_A_LITTLE);
  g_assert_cmpuint (bm_diary_entry_get_n_done (entry), ==, 2);
  g_assert_cmpstr (bm_diary_entry_get_done (entry, 0)->technique_id, ==, "swedish");
  g_assert_cmpint (bm_diary_entry_get_done (entry, 0)->helped, ==, BM_HELPED_A_LITTLE);
  bm_diary_entry_remove_done (entry, "swedish");
  g_assert_cmpstr (bm_diary_entry_get_done (entry, 0)->technique_id, ==, "heat");

  /* A copy keeps the id and is equal, until it is edited. */
  bm_diary_entry_set_note (entry, "after the drive");
  copy = bm_diary_entry_copy (entry);
  g_assert_cmpstr (bm_diary_entry_get_id (copy), ==, bm_diary_entry_get_id (entry));
  g_assert_true (bm_diary_entry_equal (copy, entry));
  bm_diary_entry_set_score (copy, "neck", BM_SIDE_LEFT, 5, BM_PAIN_QUALITY_CRAMPING);
  g_assert_false (bm_diary_entry_equal (copy, entry));
  g_assert_cmpuint (bm_diary_entry_find_score (entry, "neck", BM_SIDE_LEFT)->intensity, ==, 4);
}

static void
test_order (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *ids = NULL;
  guint changed = 0;

  g_signal_connect (diary, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_signal_connect (diary, "changed", G_CALLBACK (count_cb), &changed);

  add_entry (diary, "b", 2);
  add_entry (diary, "a", 1);
  add_entry (diary, "d", 4);
  add_entry (diary, "c", 2);  /* the same second as b: after it */
  add_entry (diary, "e", 0.5);

  ids = dup_ids (diary);
  g_assert_cmpstr (ids, ==, "e a b c d");
  g_assert_cmpstr (log->str, ==, "0-0+1 0-0+1 2-0+1 2-0+1 0-0+1");
  g_assert_cmpuint (changed, ==, 5);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (diary)) == BM_TYPE_DIARY_ENTRY);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (diary), 5));
  g_assert_cmpstr (bm_diary_entry_get_id (bm_diary_lookup (diary, "c")), ==, "c");
  g_assert_null (bm_diary_lookup (diary, "f"));
}

static void
test_replace_remove (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(BmDiaryEntry) edited = NULL;
  g_autoptr(BmDiaryEntry) old = NULL;
  g_autoptr(BmDiaryEntry) moved = NULL;
  g_autoptr(BmDiaryEntry) before_move = NULL;
  g_autoptr(BmDiaryEntry) removed = NULL;
  g_autoptr(GDateTime) later = at (10);
  g_autofree char *ids = NULL;
  guint changed = 0;

  add_entry (diary, "a", 1);
  add_entry (diary, "b", 2);
  add_entry (diary, "c", 3);
  g_signal_connect (diary, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_signal_connect (diary, "changed", G_CALLBACK (count_cb), &changed);

  /* Edited in place: one item changes where it is. */
  edited = bm_diary_entry_copy (bm_diary_lookup (diary, "b"));
  bm_diary_entry_set_note (edited, "edited");
  old = bm_diary_replace (diary, edited);
  g_assert_cmpstr (bm_diary_entry_get_note (old), ==, "");
  g_assert_true (bm_diary_lookup (diary, "b") == edited);
  g_assert_cmpstr (log->str, ==, "1-1+1");
  g_string_truncate (log, 0);

  /* Moved in time: out of its place, into the new one. */
  moved = bm_diary_entry_copy (bm_diary_lookup (diary, "a"));
  bm_diary_entry_set_time (moved, later);
  before_move = bm_diary_replace (diary, moved);
  ids = dup_ids (diary);
  g_assert_cmpstr (ids, ==, "b c a");
  g_assert_cmpstr (log->str, ==, "0-1+0 2-0+1");
  g_string_truncate (log, 0);

  /* Undo puts the old entry back. */
  g_clear_object (&moved);
  moved = bm_diary_replace (diary, before_move);
  g_clear_pointer (&ids, g_free);
  ids = dup_ids (diary);
  g_assert_cmpstr (ids, ==, "a b c");
  g_string_truncate (log, 0);

  removed = bm_diary_remove (diary, "b");
  g_assert_true (removed == edited);
  g_assert_cmpstr (log->str, ==, "1-1+0");
  g_assert_null (bm_diary_remove (diary, "b"));
  g_assert_null (bm_diary_lookup (diary, "b"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 2);
  g_assert_cmpuint (changed, ==, 4);
}

static void
test_onset (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GDate) onset = g_date_new_dmy (14, G_DATE_FEBRUARY, 2026);
  guint notified = 0, changed = 0;

  g_signal_connect (diary, "notify::onset", G_CALLBACK (notify_cb), &notified);
  g_signal_connect (diary, "changed", G_CALLBACK (count_cb), &changed);

  g_assert_null (bm_diary_get_onset (diary));
  bm_diary_set_onset (diary, onset);
  bm_diary_set_onset (diary, onset);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (g_date_compare (bm_diary_get_onset (diary), onset), ==, 0);
  g_assert_true (bm_diary_get_onset (diary) != onset);
  bm_diary_set_onset (diary, NULL);
  bm_diary_set_onset (diary, NULL);
  g_assert_null (bm_diary_get_onset (diary));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (changed, ==, 2);
}

static BmDiary *
parse_diary (const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(JsonNode) root = bm_user_file_parse_json (bytes, NULL);

  g_assert_nonnull (root);
  return bm_diary_new_from_json (root, error);
}

static JsonObject *
get_path (JsonNode   *root,
          const char *path)
{
  g_autoptr(JsonPath) query = json_path_new ();
  g_autoptr(JsonNode) found = NULL;
  JsonArray *results;

  g_assert_true (json_path_compile (query, path, NULL));
  found = json_path_match (query, root);
  results = json_node_get_array (found);
  g_assert_cmpuint (json_array_get_length (results), ==, 1);

  return json_object_ref (json_array_get_object_element (results, 0));
}

/* What a newer Backmap wrote survives a load, an edit and a save, at every level. */
static void
test_json_round_trip (void)
{
  static const char document[] =
    "{ \"version\": 1, \"onset\": \"2026-02-14\", \"colour\": \"blue\", \"entries\": ["
    "  { \"id\": \"late\", \"time\": \"2026-03-02T09:00:00Z\", \"note\": \"Zürich, \\\"ok\\\"\","
    "    \"scores\": [ { \"region\": \"future-region\", \"side\": \"center\", \"intensity\": 7,"
    "                    \"quality\": \"shooting\", \"radiates\": true } ],"
    "    \"done\": [ { \"technique\": \"future-technique\", \"helped\": \"a-little\","
    "                  \"minutes\": 10 } ], \"mood\": 3 },"
    "  { \"id\": \"early\", \"time\": \"2026-03-01T20:15:00-05:00\" } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(BmDiary) diary = parse_diary (document, &error);
  g_autoptr(BmDiary) again = NULL;
  g_autoptr(BmDiaryEntry) edited = NULL;
  g_autoptr(BmDiaryEntry) old = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autoptr(JsonObject) entry = NULL;
  g_autoptr(JsonObject) score = NULL;
  g_autoptr(JsonObject) done = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes_again = NULL;
  g_autofree char *ids = NULL;
  BmDiaryEntry *late;

  g_assert_no_error (error);
  ids = dup_ids (diary);
  g_assert_cmpstr (ids, ==, "early late");
  late = bm_diary_lookup (diary, "late");
  g_assert_cmpstr (bm_diary_entry_get_note (late), ==, "Zürich, \"ok\"");
  g_assert_cmpstr (bm_diary_entry_get_score (late, 0)->region_id, ==, "future-region");
  g_assert_cmpuint (bm_diary_entry_get_score (late, 0)->intensity, ==, 7);
  g_assert_cmpint (bm_diary_entry_get_score (late, 0)->quality, ==, BM_PAIN_QUALITY_SHOOTING);
  g_assert_cmpint (bm_diary_entry_get_done (late, 0)->helped, ==, BM_HELPED_A_LITTLE);
  g_assert_cmpint (g_date_get_day (bm_diary_get_onset (diary)), ==, 14);

  /* Edited: the score of the unknown region changes, what came with it stays. */
  edited = bm_diary_entry_copy (late);
  bm_diary_entry_set_score (edited, "future-region", BM_SIDE_CENTER, 2, BM_PAIN_QUALITY_ACHING);
  old = bm_diary_replace (diary, edited);

  saved = bm_diary_to_json (diary);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (saved), "colour"), ==,
                   "blue");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (saved), "onset"), ==,
                   "2026-02-14");
  entry = get_path (saved, "$.entries[1]");
  g_assert_cmpstr (json_object_get_string_member (entry, "time"), ==, "2026-03-02T09:00:00+00:00");
  g_assert_cmpint (json_object_get_int_member (entry, "mood"), ==, 3);
  score = get_path (saved, "$.entries[1].scores[0]");
  g_assert_cmpint (json_object_get_int_member (score, "intensity"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (score, "quality"), ==, "aching");
  g_assert_true (json_object_get_boolean_member (score, "radiates"));
  done = get_path (saved, "$.entries[1].done[0]");
  g_assert_cmpstr (json_object_get_string_member (done, "technique"), ==, "future-technique");
  g_assert_cmpint (json_object_get_int_member (done, "minutes"), ==, 10);
  g_clear_pointer (&entry, json_object_unref);
  entry = get_path (saved, "$.entries[0]");
  g_assert_cmpstr (json_object_get_string_member (entry, "time"), ==, "2026-03-01T20:15:00-05:00");

  /* Saved and read again, it is the same document. */
  bytes = bm_diary_to_bytes (diary);
  again = parse_diary (g_bytes_get_data (bytes, NULL), &error);
  g_assert_no_error (error);
  bytes_again = bm_diary_to_bytes (again);
  g_assert_true (g_bytes_equal (bytes, bytes_again));
}

/* Each bad document is refused with an error that names where. */
static void
test_json_errors (void)
{
  static const struct {
    const char *document;
    const char *where;
  } cases[] = {
    { "[]", "diary: expected an object" },
    { "{ \"entries\": [] }", "diary: missing key \"version\"" },
    { "{ \"version\": 2, \"entries\": [] }", "diary.version: 2 is outside 1 to 1" },
    { "{ \"version\": 1 }", "diary: missing key \"entries\"" },
    { "{ \"version\": 1, \"entries\": {} }", "diary.entries: expected an array" },
    { "{ \"version\": 1, \"onset\": 5, \"entries\": [] }", "diary.onset: expected a string" },
    { "{ \"version\": 1, \"onset\": \"2026-02-30\", \"entries\": [] }", "diary.onset: \"2026-02-30\"" },
    { "{ \"version\": 1, \"onset\": \"26-2-3\", \"entries\": [] }", "diary.onset: \"26-2-3\"" },
    { "{ \"version\": 1, \"entries\": [ 3 ] }", "diary.entries[0]: expected an object" },
    { "{ \"version\": 1, \"entries\": [ { \"time\": \"2026-03-01T08:00:00Z\" } ] }",
      "diary.entries[0]: missing key \"id\"" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"\", \"time\": \"2026-03-01T08:00:00Z\" } ] }",
      "diary.entries[0].id: empty string" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\" } ] }",
      "diary.entries[0]: missing key \"time\"" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00\" } ] }",
      "diary.entries[0].time: \"2026-03-01T08:00:00\" is not a date and time" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"yesterday\" } ] }",
      "diary.entries[0].time: \"yesterday\"" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\" },"
      " { \"id\": \"a\", \"time\": \"2026-03-01T09:00:00Z\" } ] }",
      "diary.entries[1].id: \"a\" is the id of an earlier entry too" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"note\": 1 } ] }", "diary.entries[0].note: expected a string" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"scores\": 1 } ] }", "diary.entries[0].scores: expected an array" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"scores\": [ { \"region\": \"Lower Back\", \"side\": \"left\", \"intensity\": 1,"
      " \"quality\": \"aching\" } ] } ] }",
      "diary.entries[0].scores[0].region: \"Lower Back\" is not a valid id" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"scores\": [ { \"region\": \"lower\", \"side\": \"up\", \"intensity\": 1,"
      " \"quality\": \"aching\" } ] } ] }",
      "diary.entries[0].scores[0].side: \"up\" is not one of" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"scores\": [ { \"region\": \"lower\", \"side\": \"left\", \"intensity\": 11,"
      " \"quality\": \"aching\" } ] } ] }",
      "diary.entries[0].scores[0].intensity: 11 is outside 0 to 10" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"scores\": [ { \"region\": \"lower\", \"side\": \"left\", \"intensity\": 2.5,"
      " \"quality\": \"aching\" } ] } ] }",
      "diary.entries[0].scores[0].intensity: expected an integer" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"scores\": [ { \"region\": \"lower\", \"side\": \"left\", \"intensity\": 2,"
      " \"quality\": \"throbbing\" } ] } ] }",
      "diary.entries[0].scores[0].quality: \"throbbing\" is not one of" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"scores\": [ { \"region\": \"lower\", \"side\": \"left\", \"intensity\": 2,"
      " \"quality\": \"aching\" }, { \"region\": \"lower\", \"side\": \"left\", \"intensity\": 3,"
      " \"quality\": \"aching\" } ] } ] }",
      "diary.entries[0].scores[1]: the left side of \"lower\" is scored twice" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"done\": [ { \"technique\": \"heat\" } ] } ] }",
      "diary.entries[0].done[0]: missing key \"helped\"" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"done\": [ { \"technique\": \"heat\", \"helped\": \"maybe\" } ] } ] }",
      "diary.entries[0].done[0].helped: \"maybe\" is not one of" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\", \"time\": \"2026-03-01T08:00:00Z\","
      " \"done\": [ { \"technique\": \"heat\", \"helped\": \"no\" },"
      " { \"technique\": \"heat\", \"helped\": \"yes\" } ] } ] }",
      "diary.entries[0].done[1]: \"heat\" is listed twice" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BmDiary) diary = parse_diary (cases[i].document, &error);

      g_test_message ("%s", cases[i].document);
      g_assert_null (diary);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].where) == NULL)
        g_error ("Expected an error with \"%s\", got \"%s\"", cases[i].where, error->message);
    }
}

static void
test_series (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) some = NULL;
  g_autoptr(GDateTime) from = at (2);
  g_autoptr(GDateTime) to = at (4);
  static const guint lower_left[] = { 2, 8, 5, 3 };
  BmDiarySeries *series;

  for (guint i = 0; i < G_N_ELEMENTS (lower_left); i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autoptr(BmDiaryEntry) entry = new_entry (id, i + 1);

      bm_diary_entry_set_score (entry, "lower", BM_SIDE_LEFT, lower_left[i],
                                BM_PAIN_QUALITY_ACHING);
      if (i % 2 == 1)
        bm_diary_entry_set_score (entry, "gluteal", BM_SIDE_RIGHT, 6 + i, BM_PAIN_QUALITY_UNSAID);
      bm_diary_add (diary, entry);
    }
  add_entry (diary, "unscored", 2.5);

  all = bm_diary_dup_series (diary, NULL, NULL);
  g_assert_cmpuint (all->len, ==, 2);
  series = g_ptr_array_index (all, 0);
  g_assert_cmpstr (series->region_id, ==, "gluteal");
  g_assert_cmpint (series->side, ==, BM_SIDE_RIGHT);
  g_assert_cmpuint (series->n_points, ==, 2);
  g_assert_cmpuint (series->intensities[0], ==, 7);
  g_assert_cmpuint (series->intensities[1], ==, 9);
  g_assert_cmpuint (series->current, ==, 9);
  g_assert_cmpuint (series->worst, ==, 9);
  g_assert_cmpfloat_with_epsilon (series->average, 8.0, 1e-9);

  series = g_ptr_array_index (all, 1);
  g_assert_cmpstr (series->region_id, ==, "lower");
  g_assert_cmpuint (series->n_points, ==, 4);
  g_assert_cmpint (series->times[0], ==, g_date_time_to_unix (from) - 3600);
  g_assert_cmpint (series->times[3], ==, g_date_time_to_unix (to));
  g_assert_cmpuint (series->current, ==, 3);
  g_assert_cmpuint (series->worst, ==, 8);
  g_assert_cmpfloat_with_epsilon (series->average, 4.5, 1e-9);

  /* [2 h, 4 h): the second and third entries. */
  some = bm_diary_dup_series (diary, from, to);
  g_assert_cmpuint (some->len, ==, 2);
  series = g_ptr_array_index (some, 1);
  g_assert_cmpuint (series->n_points, ==, 2);
  g_assert_cmpuint (series->current, ==, 5);
  g_assert_cmpuint (series->worst, ==, 8);
  g_assert_cmpfloat_with_epsilon (series->average, 6.5, 1e-9);
  series = g_ptr_array_index (some, 0);
  g_assert_cmpuint (series->n_points, ==, 1);
  g_assert_cmpfloat_with_epsilon (series->average, 7.0, 1e-9);

  g_clear_pointer (&some, g_ptr_array_unref);
  some = bm_diary_dup_series (diary, to, from);
  g_assert_cmpuint (some->len, ==, 0);
}

static void
test_csv (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(BmDiaryEntry) entry = new_entry ("scored", 8.5);
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *expected = NULL;
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  BmTechnique *swedish = bm_catalog_lookup_technique (catalog, "swedish");
  gsize size;
  const char *text;

  bm_diary_entry_set_score (entry, "lower", BM_SIDE_LEFT, 6, BM_PAIN_QUALITY_BURNING);
  bm_diary_entry_set_score (entry, "future-region", BM_SIDE_CENTER, 2, BM_PAIN_QUALITY_UNSAID);
  bm_diary_entry_set_done (entry, "swedish", BM_HELPED_A_LITTLE);
  bm_diary_entry_set_done (entry, "future-technique", BM_HELPED_UNSAID);
  bm_diary_entry_set_note (entry, "Sat, then \"stood\"\nthen walked: Größe ✓");
  bm_diary_add (diary, entry);
  add_entry (diary, "empty", 7);

  csv = bm_diary_to_csv (diary, catalog);
  text = g_bytes_get_data (csv, &size);
  g_assert_true (g_utf8_validate (text, size, NULL));
  expected = g_strdup_printf (
    "Date and time,Region,Side,Intensity,Quality,Done,Note\r\n"
    "2026-03-01T07:00:00+01:00,,,,,,\r\n"
    "2026-03-01T08:30:00+01:00,future-region,center,2,unsaid,%s: a-little; future-technique,"
    "\"Sat, then \"\"stood\"\"\nthen walked: Größe ✓\"\r\n"
    "2026-03-01T08:30:00+01:00,%s,left,6,burning,%s: a-little; future-technique,"
    "\"Sat, then \"\"stood\"\"\nthen walked: Größe ✓\"\r\n",
    bm_technique_get_name (swedish), bm_region_get_name (lower), bm_technique_get_name (swedish));
  g_assert_cmpmem (text, size, expected, strlen (expected));

  /* Without a catalog, ids stand in for names. */
  g_clear_pointer (&csv, g_bytes_unref);
  csv = bm_diary_to_csv (diary, NULL);
  g_assert_nonnull (strstr (g_bytes_get_data (csv, NULL), ",lower,left,6,burning,swedish: "));
}

static void
test_csv_empty (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GBytes) csv = bm_diary_to_csv (diary, catalog);
  static const char header[] = "Date and time,Region,Side,Intensity,Quality,Done,Note\r\n";

  g_assert_cmpmem (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), header,
                   strlen (header));
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return bm_user_file_parse_json (bytes, NULL);
}

#define ENTRY(id, note) \
  "{ \"id\": \"" id "\", \"time\": \"2026-03-01T08:00:00Z\", \"note\": \"" note "\" }"
#define DIARY(onset, entries) \
  "{ \"version\": 1, \"onset\": \"" onset "\", \"entries\": [" entries "] }"

/* Entries go by id; the onset is ours if we changed it. */
static void
test_merge (void)
{
  g_autoptr(JsonNode) base = parse (DIARY ("2026-02-01", ENTRY ("kept", "") ","
                                           ENTRY ("gone-theirs", "") "," ENTRY ("gone-ours", "") ","
                                           ENTRY ("both", "") "," ENTRY ("edited-theirs", "") ","
                                           ENTRY ("edited-gone", "")));
  g_autoptr(JsonNode) theirs = parse (DIARY ("2026-02-02", ENTRY ("kept", "") ","
                                             ENTRY ("gone-ours", "") ","
                                             ENTRY ("both", "theirs") ","
                                             ENTRY ("edited-theirs", "theirs") ","
                                             ENTRY ("added-theirs", "")));
  g_autoptr(JsonNode) ours = parse (DIARY ("2026-02-01", ENTRY ("kept", "") ","
                                           ENTRY ("gone-theirs", "") "," ENTRY ("both", "ours") ","
                                           ENTRY ("edited-theirs", "") ","
                                           ENTRY ("edited-gone", "ours") ","
                                           ENTRY ("added-ours", "")));
  g_autoptr(JsonNode) merged = bm_diary_json_merge (base, theirs, ours);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmDiary) diary = bm_diary_new_from_json (merged, &error);
  g_autofree char *ids = NULL;

  g_assert_no_error (error);
  ids = dup_ids (diary);
  g_assert_cmpstr (ids, ==, "kept both edited-theirs edited-gone added-ours added-theirs");
  g_assert_cmpstr (bm_diary_entry_get_note (bm_diary_lookup (diary, "both")), ==, "ours");
  g_assert_cmpstr (bm_diary_entry_get_note (bm_diary_lookup (diary, "edited-theirs")), ==,
                   "theirs");
  g_assert_cmpint (g_date_get_day (bm_diary_get_onset (diary)), ==, 2);
}

/* Read again from disk, the diary tells the views only what changed. */
static void
test_load_json (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(JsonNode) first = parse (DIARY ("2026-02-01", ENTRY ("a", "") "," ENTRY ("b", "") ","
                                            ENTRY ("c", "")));
  g_autoptr(JsonNode) second = parse (DIARY ("2026-02-01", ENTRY ("a", "") ","
                                             ENTRY ("b", "edited") "," ENTRY ("c", "")));
  g_autoptr(JsonNode) bad = parse ("{ \"version\": 1, \"entries\": [ 1 ] }");
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  BmDiaryEntry *a;
  guint changed = 0;

  g_assert_true (bm_document_load_json (BM_DOCUMENT (diary), catalog, first, &error));
  a = bm_diary_lookup (diary, "a");
  g_signal_connect (diary, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_signal_connect (diary, "changed", G_CALLBACK (count_cb), &changed);

  g_assert_true (bm_document_load_json (BM_DOCUMENT (diary), catalog, first, &error));
  g_assert_cmpuint (changed, ==, 0);
  g_assert_true (bm_document_load_json (BM_DOCUMENT (diary), catalog, second, &error));
  g_assert_cmpstr (log->str, ==, "1-1+1");
  g_assert_true (bm_diary_lookup (diary, "a") == a);
  g_assert_cmpuint (changed, ==, 1);

  g_assert_false (bm_document_load_json (BM_DOCUMENT (diary), catalog, bad, &error));
  g_assert_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 3);
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

  g_test_add_func ("/bm/diary/entry", test_entry);
  g_test_add_func ("/bm/diary/order", test_order);
  g_test_add_func ("/bm/diary/replace-remove", test_replace_remove);
  g_test_add_func ("/bm/diary/onset", test_onset);
  g_test_add_func ("/bm/diary/json-round-trip", test_json_round_trip);
  g_test_add_func ("/bm/diary/json-errors", test_json_errors);
  g_test_add_func ("/bm/diary/series", test_series);
  g_test_add_func ("/bm/diary/csv", test_csv);
  g_test_add_func ("/bm/diary/csv-empty", test_csv_empty);
  g_test_add_func ("/bm/diary/merge", test_merge);
  g_test_add_func ("/bm/diary/load-json", test_load_json);

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
