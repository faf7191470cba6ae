/* test-care-plan.c: the user's plan: picking, saving, and a broken file kept aside
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-pain-type.h"
#include "bm-plan-file.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-spot.h"

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
test_save_mode (void)
{
  g_autofree char *dir = g_dir_make_tmp ("backmap-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sub", "care-plan.json", NULL);
  g_autoptr(BmCarePlan) plan = make_plan ();
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  g_assert_true (bm_plan_file_save (plan, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  /* Health data: only the user reads it. */
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
}

static void
test_broken_file_moved_aside (void)
{
  g_autofree char *dir = g_dir_make_tmp ("backmap-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "care-plan.json", NULL);
  g_autofree char *moved_to = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCarePlan) plan = NULL;

  g_assert_true (g_file_set_contents (path, "{ \"spots\": [ broken", -1, NULL));
  g_test_expect_message ("bm-plan-file", G_LOG_LEVEL_MESSAGE, "*moving it to*");
  plan = bm_plan_file_load (catalog, path, &moved_to, &error);
  g_test_assert_expected_messages ();

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_null (bm_care_plan_get_active_spot (plan));
  g_assert_nonnull (moved_to);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (moved_to, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "{ \"spots\": [ broken");
}

static void
test_missing_file (void)
{
  g_autofree char *moved_to = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCarePlan) plan = bm_plan_file_load (catalog, "/nonexistent/care-plan.json",
                                                  &moved_to, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_null (moved_to);
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
  g_test_add_func ("/bm/care-plan/save-mode", test_save_mode);
  g_test_add_func ("/bm/care-plan/broken-file-moved-aside", test_broken_file_moved_aside);
  g_test_add_func ("/bm/care-plan/missing-file", test_missing_file);
  g_test_add_func ("/bm/care-plan/wrong-shape", test_wrong_shape);

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
