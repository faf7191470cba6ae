/* test-plan-store.c: the care plan on disk: what holds for the plan alone
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What holds for every kind of document is in test-document-store.c.
 */

#include "config.h"

#include "bm-care-plan.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-technique.h"
#include "bm-test-stores.h"

typedef BmStoreFixture Fixture;

static BmCarePlan *
load (Fixture    *fixture,
      const char *contents,
      gssize      size)
{
  return BM_CARE_PLAN (bm_store_fixture_load (fixture, contents, size));
}

static void
test_unknown_kept (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char document[] =
    "{ \"version\": 1, \"spots\": [\"lower:left\", \"future-region:left\", \"lower:up\"],"
    " \"techniques\": [\"future-technique\", \"swedish\"],"
    " \"red_flags\": [\"future-flag\"], \"pain_type\": \"future-type\", \"notes\": \"n\","
    " \"diary\": { \"entries\": [1, 2, {\"a\": null}] }, \"colour\": \"blue\" }";
  BmCarePlan *plan = load (fixture, document, -1);
  g_autofree char *saved = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  g_assert_cmpuint (fixture->notices->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_spots (plan)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_techniques (plan)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_red_flags (plan)), ==, 0);
  g_assert_null (bm_care_plan_get_pain_type (plan));

  bm_care_plan_set_notes (plan, "changed");
  g_assert_true (bm_document_store_flush (fixture->store, NULL));
  saved = bm_test_read_file (fixture->path);
  bytes = g_bytes_new (saved, strlen (saved));
  root = bm_user_file_parse_json (bytes, NULL);
  object = json_node_get_object (root);

  for (guint i = 0; i < 3; i++)
    g_assert_nonnull (strstr (saved, ((const char *[]) { "future-region:left", "lower:up",
                                                         "lower:left" })[i]));
  g_assert_nonnull (strstr (saved, "future-technique"));
  g_assert_nonnull (strstr (saved, "future-flag"));
  g_assert_cmpstr (json_object_get_string_member (object, "pain_type"), ==, "future-type");
  g_assert_cmpstr (json_object_get_string_member (object, "colour"), ==, "blue");
  g_assert_cmpuint (json_array_get_length (
                      json_object_get_array_member (
                        json_object_get_object_member (object, "diary"), "entries")), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (object, "notes"), ==, "changed");

  /* A pain type the user picks replaces the unknown one. */
  bm_care_plan_set_pain_type (plan, bm_catalog_lookup_pain_type (bm_test_catalog, "referred"));
  g_assert_true (bm_document_store_flush (fixture->store, NULL));
  g_clear_pointer (&saved, g_free);
  saved = bm_test_read_file (fixture->path);
  g_assert_null (strstr (saved, "future-type"));
  g_assert_nonnull (strstr (saved, "diary"));
}

/* Two programs on one file: each saves, and neither loses what the other did. */
static void
test_external_change (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BmDocumentStore) other = bm_store_fixture_new_store (fixture);
  BmCarePlan *ours = load (fixture, NULL, 0);
  BmCarePlan *theirs = BM_CARE_PLAN (bm_document_store_get_document (other));
  BmRegion *lower = bm_catalog_lookup_region (bm_test_catalog, "lower");
  BmRegion *gluteal = bm_catalog_lookup_region (bm_test_catalog, "gluteal");
  BmTechnique *swedish = bm_catalog_lookup_technique (bm_test_catalog, "swedish");
  BmRedFlag *flag = g_ptr_array_index (bm_catalog_get_red_flags (bm_test_catalog), 0);
  g_autofree char *saved = NULL;

  bm_document_store_load (other);

  bm_care_plan_select_spot (ours, lower, BM_SIDE_LEFT, FALSE);
  bm_care_plan_set_technique (ours, swedish, TRUE);
  g_assert_true (bm_document_store_flush (fixture->store, NULL));

  /* The other saves after us, by its timer: it merges our save. */
  bm_care_plan_select_spot (theirs, gluteal, BM_SIDE_LEFT, TRUE);
  bm_care_plan_set_red_flag (theirs, flag, TRUE);
  bm_care_plan_set_notes (theirs, "from the other");
  bm_document_store_wait (other);
  g_assert_true (bm_care_plan_has_spot (theirs, lower, BM_SIDE_LEFT));
  g_assert_true (bm_care_plan_has_technique (theirs, swedish));

  /* We take a technique away: their additions stay, and their notes, which we kept. */
  bm_care_plan_set_technique (ours, swedish, FALSE);
  g_assert_true (bm_document_store_flush (fixture->store, NULL));
  g_assert_true (bm_care_plan_has_spot (ours, gluteal, BM_SIDE_LEFT));
  g_assert_cmpstr (bm_care_plan_get_notes (ours), ==, "from the other");
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_red_flags (ours)), ==, 1);

  saved = bm_test_read_file (fixture->path);
  g_assert_nonnull (strstr (saved, "lower:left"));
  g_assert_nonnull (strstr (saved, "gluteal:left"));
  g_assert_nonnull (strstr (saved, "from the other"));
  g_assert_null (strstr (saved, "swedish"));
  g_assert_nonnull (strstr (saved, bm_red_flag_get_id (flag)));
  g_assert_cmpuint (fixture->notices->len, ==, 0);
}

static gboolean
has_notes (gpointer data)
{
  return g_str_equal (bm_care_plan_get_notes (data), "saved elsewhere");
}

/* Spots another program picked are read in, and are nothing the user can undo. */
static void
test_reload (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(BmDocumentStore) other = bm_store_fixture_new_store (fixture);
  BmCarePlan *ours = load (fixture, NULL, 0);
  BmCarePlan *theirs = BM_CARE_PLAN (bm_document_store_get_document (other));
  BmRegion *lower = bm_catalog_lookup_region (bm_test_catalog, "lower");
  g_autoptr(GTimer) timer = g_timer_new ();

  bm_document_store_load (other);
  bm_care_plan_select_spot (theirs, lower, BM_SIDE_RIGHT, FALSE);
  bm_care_plan_set_notes (theirs, "saved elsewhere");
  g_assert_true (bm_document_store_flush (other, NULL));

  while (!has_notes (ours) && g_timer_elapsed (timer, NULL) < 10)
    bm_test_run_for (10);

  g_assert_cmpstr (bm_care_plan_get_notes (ours), ==, "saved elsewhere");
  g_assert_true (bm_care_plan_has_spot (ours, lower, BM_SIDE_RIGHT));
  g_assert_true (bm_document_store_get_saved (fixture->store));
  g_assert_false (bm_care_plan_can_undo_selection (ours));
  bm_document_store_wait (fixture->store);
  g_assert_cmpuint (bm_document_store_get_n_writes (fixture->store), ==, 0);
}

#define ADD(path, func) \
  g_test_add ("/bm/plan-store/" path, Fixture, &bm_test_plan_kind, bm_store_fixture_set_up, func, \
              bm_store_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  bm_test_catalog = bm_catalog_new_from_resource (&error);
  g_assert_no_error (error);

  ADD ("unknown-kept", test_unknown_kept);
  ADD ("external-change", test_external_change);
  ADD ("reload", test_reload);

  status = g_test_run ();
  g_object_unref (bm_test_catalog);

  return status;
}
