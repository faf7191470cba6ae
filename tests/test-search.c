/* test-search.c: the search index in English, German and Spanish: word starts,
 * accents, synonyms, ranking, regions and speed
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run once per language: LANGUAGE picks the tests.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "bm-catalog.h"
#include "bm-json-reader.h"
#include "bm-region.h"
#include "bm-search-index.h"
#include "bm-search-result.h"
#include "bm-technique-fit.h"
#include "bm-technique.h"

static BmCatalog *catalog;
static BmSearchIndex *search_index;

static GListModel *
search (const char *query)
{
  return bm_search_index_search (search_index, query);
}

static int
position_of (GListModel         *results,
             BmSearchResultKind  kind,
             const char         *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BmSearchResult) result = g_list_model_get_item (results, i);

      if (bm_search_result_get_kind (result) == kind &&
          g_str_equal (bm_search_result_get_id (result), id))
        return i;
    }

  return -1;
}

static void
assert_finds (const char         *query,
              BmSearchResultKind  kind,
              const char         *id)
{
  g_autoptr(GListModel) results = search (query);

  if (position_of (results, kind, id) < 0)
    g_error ("“%s” does not find “%s”", query, id);
}

/* Every result of @part is among those of @whole. */
static void
assert_includes (const char *whole,
                 const char *part)
{
  g_autoptr(GListModel) whole_results = search (whole);
  g_autoptr(GListModel) part_results = search (part);

  g_assert_cmpuint (g_list_model_get_n_items (part_results), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (part_results); i++)
    {
      g_autoptr(BmSearchResult) result = g_list_model_get_item (part_results, i);

      if (position_of (whole_results, bm_search_result_get_kind (result),
                       bm_search_result_get_id (result)) < 0)
        g_error ("“%s” finds “%s”, “%s” does not", part, bm_search_result_get_id (result),
                 whole);
    }
}

static void
assert_same (const char *query,
             const char *other)
{
  assert_includes (query, other);
  assert_includes (other, query);
}

static void
assert_none (const char *query)
{
  g_autoptr(GListModel) results = search (query);

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
}

/* A word people use, a technique it must find (if any), and the catalog's own
 * word: everything that finds, the synonym must find too.
 */
typedef struct
{
  const char *language;
  const char *query;
  const char *technique;
  const char *means;
} SynonymCase;

static const SynonymCase synonym_cases[] = {
  /* In the steps, as "tennis ball"; and any ball, through the synonym. */
  { "en", "tennis", "ball-against-wall", NULL },
  { "en", "Tennis Ball", "ball-against-wall", "ball" },
  { "en", "knot", "trigger-point-self-pressure", "trigger point" },
  { "en", "knots", "trigger-point-self-pressure", "trigger point" },
  { "en", "stiff", NULL, "tight" },
  { "de", "Knoten", "trigger-point-self-pressure", "Triggerpunkt" },
  /* In the catalog's own German, and any ball through the synonym. */
  { "de", "Tennisball", "ball-against-wall", "Ball" },
  { "de", "steif", NULL, "verspannt" },
  { "es", "nudo", "trigger-point-self-pressure", "punto gatillo" },
  { "es", "pelota de tenis", "ball-against-wall", "pelota" },
  { "es", "rigidez", NULL, "tenso" },
};

static void
test_synonym (gconstpointer data)
{
  const SynonymCase *test = data;

  if (test->technique != NULL)
    assert_finds (test->query, BM_SEARCH_RESULT_TECHNIQUE, test->technique);
  if (test->means != NULL)
    assert_includes (test->query, test->means);
}

static void
test_word_starts (void)
{
  assert_finds ("trig", BM_SEARCH_RESULT_TECHNIQUE, "trigger-point-self-pressure");
  assert_includes ("stiff", "stiffness");
  /* Inside "trigger" and "sciatica": not the start of a word. */
  assert_none ("igger");
  assert_none ("atica");
  assert_none ("");
  assert_none (" , . ");
  assert_none ("zzzzzz");
}

static void
test_accents (void)
{
  assert_finds ("sciatica", BM_SEARCH_RESULT_CAUSE, "sciatica");
  assert_same ("SCIÁTICA", "sciatica");
}

/* Every word must match, in any field. */
static void
test_all_words (void)
{
  g_autoptr(GListModel) results = search ("foam calf");

  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
  g_assert_cmpint (position_of (results, BM_SEARCH_RESULT_TECHNIQUE, "foam-roller"), >=, 0);
  assert_includes ("foam", "foam calf");
  assert_includes ("calf", "foam calf");
  assert_none ("foam zzzzzz");
}

static void
assert_ranked (const char *query)
{
  g_autoptr(GListModel) results = search (query);
  BmSearchField last = BM_SEARCH_FIELD_TITLE;
  gboolean body = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BmSearchResult) result = g_list_model_get_item (results, i);
      BmSearchField field = bm_search_result_get_field (result);

      g_assert_cmpint (field, >=, last);
      last = field;
      body |= field == BM_SEARCH_FIELD_BODY;
    }
  g_assert_true (body);
}

static void
test_ranking (void)
{
  g_autoptr(GListModel) results = search ("ball");
  g_autoptr(BmSearchResult) first = g_list_model_get_item (results, 0);
  int title = position_of (results, BM_SEARCH_RESULT_TECHNIQUE, "ball-against-wall");
  int body = position_of (results, BM_SEARCH_RESULT_TECHNIQUE, "trigger-point-self-pressure");

  /* "Ball against a wall" has it in its name, the self-pressure only in its steps. */
  g_assert_cmpint (bm_search_result_get_field (first), ==, BM_SEARCH_FIELD_TITLE);
  g_assert_cmpint (title, >=, 0);
  g_assert_cmpint (body, >, title);

  assert_ranked ("ball");
  assert_ranked ("sciatica");
  assert_ranked ("knot");
  assert_ranked ("low back");
}

static void
test_all_regions (void)
{
  BmTechnique *technique = bm_catalog_lookup_technique (catalog, "ball-against-wall");
  GPtrArray *regions = bm_catalog_get_regions (catalog);
  g_autoptr(GListModel) results = search (bm_technique_get_name (technique));
  g_autoptr(BmSearchResult) result = NULL;
  GPtrArray *found;
  guint expected = 0;

  result = g_list_model_get_item (results, position_of (results, BM_SEARCH_RESULT_TECHNIQUE,
                                                        "ball-against-wall"));
  found = bm_search_result_get_regions (result);

  for (guint i = 0; i < regions->len; i++)
    {
      BmRegion *region = g_ptr_array_index (regions, i);
      GPtrArray *fits = bm_region_get_techniques (region);

      for (guint j = 0; j < fits->len; j++)
        if (bm_technique_fit_get_technique (g_ptr_array_index (fits, j)) == technique)
          {
            g_assert_cmpuint (expected, <, found->len);
            g_assert_true (g_ptr_array_index (found, expected) == region);
            expected++;
          }
    }
  g_assert_cmpuint (expected, >, 1);
  g_assert_cmpuint (found->len, ==, expected);

  /* The subtitle names them all. */
  for (guint i = 0; i < found->len; i++)
    g_assert_nonnull (strstr (bm_search_result_get_subtitle (result),
                              bm_region_get_name (g_ptr_array_index (found, i))));
}

static void
assert_first_spot (const char         *query,
                   BmSearchResultKind  kind,
                   const char         *id,
                   const char         *region_id,
                   BmSide              side)
{
  g_autoptr(GListModel) results = search (query);
  int position = position_of (results, kind, id);
  g_autoptr(BmSearchResult) result = NULL;
  BmRegion *region;
  BmSide found;

  g_assert_cmpint (position, >=, 0);
  result = g_list_model_get_item (results, position);
  g_assert_true (bm_search_result_get_first_spot (result, &region, &found));
  g_assert_cmpstr (bm_region_get_id (region), ==, region_id);
  g_assert_cmpuint (found, ==, side);
}

/* Activating a result picks a spot the item applies to: never the gallbladder on the left. */
static void
test_first_spot (void)
{
  assert_first_spot ("gallbladder", BM_SEARCH_RESULT_CAUSE, "gallbladder", "shoulder-blade",
                     BM_SIDE_RIGHT);
  assert_first_spot ("piriformis", BM_SEARCH_RESULT_PAIN_SOURCE, "piriformis", "gluteal",
                     BM_SIDE_LEFT);
  assert_first_spot ("tailbone", BM_SEARCH_RESULT_REGION, "coccyx", "coccyx", BM_SIDE_CENTER);
}

static void
test_speed (void)
{
  static const char * const queries[] = {
    "tennis", "knot", "stiff", "low back pain", "a", "ball wall", "sciatica", "zzzzzz",
  };
  g_autoptr(BmSearchIndex) fresh = bm_search_index_new (catalog);
  g_autoptr(GListModel) first = NULL;
  gint64 start = g_get_monotonic_time ();
  double build_ms, query_us;
  guint rounds = 200;

  first = bm_search_index_search (fresh, "knot");
  build_ms = (g_get_monotonic_time () - start) / 1000.0;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < rounds; i++)
    for (guint j = 0; j < G_N_ELEMENTS (queries); j++)
      g_object_unref (bm_search_index_search (fresh, queries[j]));
  query_us = (double) (g_get_monotonic_time () - start) / (rounds * G_N_ELEMENTS (queries));

  g_test_message ("index built on the first search in %.2f ms; %.1f µs per query "
                  "(the mean of %u searches)", build_ms, query_us,
                  (guint) (rounds * G_N_ELEMENTS (queries)));
  g_assert_cmpfloat (query_us, <, 1000.0);
}

/* Inside "Triggerpunkt": not the start of a word. */
static void
test_german (void)
{
  assert_none ("riggerpunkt");
  assert_includes ("steif", "Steifheit");
}

static void
test_spanish (void)
{
  /* Only "menudo" holds "nudo" in the Spanish catalog: the synonym alone must match. */
  assert_same ("nudo", "punto gatillo");
  assert_finds ("menudo", BM_SEARCH_RESULT_REGION, "gluteal");
  assert_none ("enudo");

  assert_finds ("ciatica", BM_SEARCH_RESULT_CAUSE, "sciatica");
  assert_same ("ciatica", "CIÁTICA");

}

/* The minimal catalog, with the synonyms given as JSON. */
static BmCatalog *
load_minimal (const char  *synonyms,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "minimal.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) extra = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  JsonObject *root;
  char *data;

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  g_assert_true (json_parser_load_from_data (extra, synonyms, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  json_object_set_member (root, "synonyms", json_node_copy (json_parser_get_root (extra)));
  data = json_to_string (json_parser_get_root (parser), FALSE);
  bytes = g_bytes_new_take (data, strlen (data));

  return bm_catalog_new_from_bytes (bytes, error);
}

/* Whatever the language: a synonym leads to what it means, and a bad one is refused. */
static void
test_synonym_loading (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCatalog) minimal = NULL;
  g_autoptr(BmSearchIndex) fixture_index = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(BmSearchResult) result = NULL;

  minimal = load_minimal ("[ { \"id\": \"knot\", \"words\": \"knot, muscle knot\", "
                          "\"means\": \"pulled muscle, lean\" } ]", &error);
  g_assert_no_error (error);
  fixture_index = bm_search_index_new (minimal);

  /* "Lean on a ball" is the technique's summary; "A pulled muscle" the cause's. */
  results = bm_search_index_search (fixture_index, "Muscle Kn");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  result = g_list_model_get_item (results, 0);
  g_assert_cmpstr (bm_search_result_get_id (result), ==, "ball");
  g_assert_cmpint (bm_search_result_get_field (result), ==, BM_SEARCH_FIELD_SUMMARY);
  g_assert_cmpuint (bm_search_result_get_regions (result)->len, ==, 2);
  g_clear_object (&result);
  result = g_list_model_get_item (results, 1);
  g_assert_cmpstr (bm_search_result_get_id (result), ==, "strain");
  g_clear_object (&minimal);

  minimal = load_minimal ("[ { \"id\": \"knot\", \"words\": \"knot\" } ]", &error);
  g_assert_null (minimal);
  g_assert_error (error, BM_JSON_ERROR, BM_JSON_ERROR_MISSING_KEY);
  g_assert_cmpstr (error->message, ==, "synonyms[0]: missing key \"means\"");
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BACKMAP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  catalog = bm_catalog_new_from_resource (&error);
  g_assert_no_error (error);
  search_index = bm_search_index_new (catalog);

  if (g_strcmp0 (language, "de") != 0 && g_strcmp0 (language, "es") != 0)
    language = "en";

  for (guint i = 0; i < G_N_ELEMENTS (synonym_cases); i++)
    if (g_str_equal (language, synonym_cases[i].language))
      {
        g_autofree char *path = g_strdup_printf ("/bm/search/%s/synonym/%s",
                                                 synonym_cases[i].language,
                                                 synonym_cases[i].query);

        g_test_add_data_func (path, &synonym_cases[i], test_synonym);
      }

  if (g_str_equal (language, "de"))
    g_test_add_func ("/bm/search/de/word-starts", test_german);
  else if (g_str_equal (language, "es"))
    g_test_add_func ("/bm/search/es/word-starts-accents", test_spanish);
  else
    {
      g_test_add_func ("/bm/search/en/synonym-loading", test_synonym_loading);
      g_test_add_func ("/bm/search/en/word-starts", test_word_starts);
      g_test_add_func ("/bm/search/en/accents", test_accents);
      g_test_add_func ("/bm/search/en/all-words", test_all_words);
      g_test_add_func ("/bm/search/en/ranking", test_ranking);
      g_test_add_func ("/bm/search/en/all-regions", test_all_regions);
      g_test_add_func ("/bm/search/en/first-spot", test_first_spot);
      g_test_add_func ("/bm/search/en/speed", test_speed);
    }

  status = g_test_run ();
  g_object_unref (search_index);
  g_object_unref (catalog);

  return status;
}
