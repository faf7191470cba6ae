/* test-diary-json.c: the pain diary's document: round trips, errors that name where, merges
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-catalog.h"
#include "bm-document.h"
#include "bm-json-reader.h"
#include "bm-test-diary.h"
#include "bm-user-file.h"

static BmCatalog *catalog;

static BmDiary *
parse_diary (const char  *text,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return bm_diary_new_from_bytes (bytes, error);
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
    "                  \"minutes\": 10 } ], \"mood\": 3,"
    "    \"tags\": [ \"a\\\"b\\u00e9\", { \"c\": null, \"d\": [ 1.5e3, -0, true ] } ] },"
    "  { \"id\": \"early\", \"time\": \"2026-03-01T20:15:00-05:00\" } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(BmDiary) diary = parse_diary (document, &error);
  g_autoptr(BmDiary) again = NULL;
  g_autoptr(BmDiary) from_tree = NULL;
  g_autoptr(JsonNode) tree = NULL;
  g_autoptr(JsonNode) tree_again = NULL;
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
  ids = bm_test_diary_dup_ids (diary);
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
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (entry, "tags"),
                                                  0), ==, "a\"bé");
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
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "\"tags\":[\"a\\\"bé\",{\"c\":null,\"d\":[1.5e3,-0,true]}]"));
  again = parse_diary (g_bytes_get_data (bytes, NULL), &error);
  g_assert_no_error (error);
  bytes_again = bm_diary_to_bytes (again);
  g_assert_true (g_bytes_equal (bytes, bytes_again));

  /* And through a json-glib tree, as merges take it: the same values (json-glib writes
   * 1.5e3 as 1500.0). */
  tree = bm_diary_to_json (diary);
  from_tree = bm_diary_new_from_json (tree, &error);
  g_assert_no_error (error);
  tree_again = bm_diary_to_json (from_tree);
  g_assert_true (json_node_equal (tree, tree_again));
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
    { "{ \"version\": 1, \"entries\": [] } x", "line 1, column 33: expected the end" },
    { "{ \"version\": 1, \"entries\": [], }", "line 1, column 32: expected a member name" },
    { "{ \"version\": 1, \"version\": 1, \"entries\": [] }", "diary.version: appears twice" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\\x\" } ] }",
      "line 1, column 41: expected an escape" },
    { "{ \"version\": 1, \"entries\": [ { \"id\": \"a\nb\" } ] }",
      "line 1, column 40: expected no control character" },
    { "{ \"entries\": [] }", "diary: missing key \"version\"" },
    { "{ \"version\": 2, \"entries\": [] }", "diary.version: 2 is newer than this Backmap reads (1)" },
    { "{ \"version\": 1 }", "diary: missing key \"entries\"" },
    { "{ \"version\": 1, \"entries\": {} }", "diary.entries: expected an array" },
    { "{ \"version\": 1, \"onset\": 5, \"entries\": [] }", "diary.onset: expected a string" },
    { "{ \"version\": 1, \"onset\": \"2026-02-30\", \"entries\": [] }",
      "diary.onset: \"2026-02-30\" is not a date" },
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

static GBytes *
text_bytes (const char *text)
{
  return g_bytes_new_static (text, strlen (text));
}

/* Entries go by id; the onset is ours if we changed it. */
static void
test_merge (void)
{
  g_autoptr(GBytes) base = text_bytes (DIARY ("2026-02-01", ENTRY ("kept", "") ","
                                              ENTRY ("gone-theirs", "") ","
                                              ENTRY ("gone-ours", "") "," ENTRY ("both", "") ","
                                              ENTRY ("edited-theirs", "") ","
                                              ENTRY ("edited-gone", "")));
  g_autoptr(GBytes) theirs = text_bytes (DIARY ("2026-02-02", ENTRY ("kept", "") ","
                                                ENTRY ("gone-ours", "") ","
                                                ENTRY ("both", "theirs") ","
                                                ENTRY ("edited-theirs", "theirs") ","
                                                ENTRY ("added-theirs", "")));
  g_autoptr(GBytes) broken = text_bytes ("{ \"version\": 1, \"entries\": [ 1 ] }");
  g_autoptr(GError) error = NULL;
  g_autoptr(BmDiary) diary = parse_diary (DIARY ("2026-02-01", ENTRY ("kept", "") ","
                                                 ENTRY ("gone-theirs", "") ","
                                                 ENTRY ("both", "ours") ","
                                                 ENTRY ("edited-theirs", "") ","
                                                 ENTRY ("edited-gone", "ours") ","
                                                 ENTRY ("added-ours", "")), &error);
  g_autofree char *ids = NULL;

  g_assert_no_error (error);

  /* Theirs is not a diary: ours stays as it is. */
  g_assert_false (bm_document_merge (BM_DOCUMENT (diary), catalog, base, broken, &error));
  g_assert_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 6);

  g_assert_true (bm_document_merge (BM_DOCUMENT (diary), catalog, base, theirs, &error));
  g_assert_no_error (error);
  ids = bm_test_diary_dup_ids (diary);
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
  g_signal_connect (diary, "items-changed", G_CALLBACK (bm_test_diary_items_changed_cb), log);
  g_signal_connect (diary, "changed", G_CALLBACK (bm_test_diary_count_cb), &changed);

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

  g_test_add_func ("/bm/diary/json-round-trip", test_json_round_trip);
  g_test_add_func ("/bm/diary/json-errors", test_json_errors);
  g_test_add_func ("/bm/diary/merge", test_merge);
  g_test_add_func ("/bm/diary/load-json", test_load_json);

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
