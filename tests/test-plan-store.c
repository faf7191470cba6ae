/* test-plan-store.c: the care plan on disk: debounced saves, bad files, merges, modes
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-plan-store-private.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-technique.h"
#include "bm-user-file.h"

static BmCatalog *catalog;

/* A plan document with these spots (JSON strings) and notes (JSON string contents). */
#define PLAN(spots, notes) \
  "{ \"version\": 1, \"spots\": [" spots "], \"techniques\": [], \"red_flags\": []," \
  " \"pain_type\": \"\", \"notes\": \"" notes "\" }"

typedef struct
{
  char *dir;
  char *path;
  BmPlanStore *store;
  GPtrArray *notices;
  GPtrArray *failures;
} Fixture;

static void
notice_cb (BmPlanStore *store,
           const char  *message,
           Fixture     *fixture)
{
  g_ptr_array_add (fixture->notices, g_strdup (message));
}

static void
save_failed_cb (BmPlanStore  *store,
                const GError *error,
                Fixture      *fixture)
{
  g_ptr_array_add (fixture->failures, g_strdup (error->message));
}

static BmPlanStore *
new_store (Fixture *fixture)
{
  BmPlanStore *store = bm_plan_store_new (catalog, fixture->path);

  bm_plan_store_set_delay (store, 50);
  g_signal_connect (store, "notice", G_CALLBACK (notice_cb), fixture);
  g_signal_connect (store, "save-failed", G_CALLBACK (save_failed_cb), fixture);

  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("backmap-store-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "care-plan.json", NULL);
  fixture->notices = g_ptr_array_new_with_free_func (g_free);
  fixture->failures = g_ptr_array_new_with_free_func (g_free);
  fixture->store = new_store (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  bm_plan_store_wait (fixture->store);
  g_clear_object (&fixture->store);
  g_ptr_array_unref (fixture->notices);
  g_ptr_array_unref (fixture->failures);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Loads what @contents holds; %NULL for no file. Notices are expected as g_message. */
static BmCarePlan *
load (Fixture    *fixture,
      const char *contents,
      gssize      size)
{
  if (contents != NULL)
    g_assert_true (g_file_set_contents (fixture->path, contents, size, NULL));
  bm_plan_store_load (fixture->store);

  return bm_plan_store_get_plan (fixture->store);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static guint
file_mode (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_lstat (path, &buf), ==, 0);
  return buf.st_mode & 07777;
}

/* The files moved aside in the folder, each checked to be private. */
static GPtrArray *
list_kept_aside (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "care-plan.json.broken-"))
      {
        char *path = g_build_filename (fixture->dir, name, NULL);

        g_assert_cmpuint (file_mode (path), ==, 0600);
        g_ptr_array_add (kept, path);
      }

  return kept;
}

static void
set_true (gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* Lets the main loop, and so the store, run for @ms. */
static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add_once (ms, set_true, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_missing_file (Fixture       *fixture,
                   gconstpointer  data)
{
  BmCarePlan *plan = load (fixture, NULL, 0);

  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_spots (plan)), ==, 0);
  g_assert_cmpuint (fixture->notices->len, ==, 0);
  g_assert_true (bm_plan_store_get_saved (fixture->store));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

/* Typing 1,000 characters 1 ms apart, a save waiting for a 50 ms pause. */
static void
test_debounce (Fixture       *fixture,
               gconstpointer  data)
{
  BmCarePlan *plan = load (fixture, NULL, 0);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *contents = NULL;

  for (guint i = 0; i < 1000; i++)
    {
      g_string_append_c (notes, 'a' + i % 26);
      bm_care_plan_set_notes (plan, notes->str);
      g_assert_false (bm_plan_store_get_saved (fixture->store));
      run_for (1);
    }
  bm_plan_store_wait (fixture->store);

  g_test_message ("%u writes for 1000 changes", bm_plan_store_get_n_writes (fixture->store));
  g_assert_cmpuint (bm_plan_store_get_n_writes (fixture->store), >=, 1);
  g_assert_cmpuint (bm_plan_store_get_n_writes (fixture->store), <=, 8);
  g_assert_true (bm_plan_store_get_saved (fixture->store));
  contents = read_file (fixture->path);
  g_assert_nonnull (strstr (contents, notes->str));
  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
}

static void
test_flush (Fixture       *fixture,
            gconstpointer  data)
{
  BmCarePlan *plan = load (fixture, NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  /* Nothing to save: no file is made. */
  g_assert_true (bm_plan_store_flush (fixture->store, &error));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  bm_care_plan_set_notes (plan, "flushed");
  g_assert_true (bm_plan_store_flush (fixture->store, &error));
  g_assert_no_error (error);
  contents = read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "flushed"));
  g_assert_cmpuint (bm_plan_store_get_n_writes (fixture->store), ==, 1);

  /* The save that was scheduled has nothing left to do. */
  bm_plan_store_wait (fixture->store);
  g_assert_cmpuint (bm_plan_store_get_n_writes (fixture->store), ==, 1);
  g_assert_true (bm_plan_store_get_saved (fixture->store));
}

/* A file that is not a plan is kept aside, and a fresh plan saved in its place. */
static void
check_moved_aside (Fixture    *fixture,
                   const char *contents,
                   gsize       size,
                   const char *reason)
{
  BmCarePlan *plan;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *kept_contents = NULL;
  gsize kept_size;

  g_test_expect_message ("bm-plan-store", G_LOG_LEVEL_MESSAGE, "*could not be read*");
  plan = load (fixture, contents, size);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (fixture->notices->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), reason));
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), "kept as"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  kept = list_kept_aside (fixture);
  g_assert_cmpuint (kept->len, ==, 1);
  g_assert_true (g_file_get_contents (g_ptr_array_index (kept, 0), &kept_contents, &kept_size,
                                      NULL));
  g_assert_cmpuint (kept_size, ==, size);
  g_assert_true (memcmp (kept_contents, contents, size) == 0);

  /* Saving works again, with text that is valid UTF-8. */
  bm_care_plan_set_notes (plan, "again");
  g_assert_true (bm_plan_store_flush (fixture->store, &error));
  g_assert_no_error (error);
  saved = read_file (fixture->path);
  g_assert_true (g_utf8_validate (saved, -1, NULL));
  g_assert_nonnull (strstr (saved, "again"));
}

static void
test_deep_nesting (Fixture       *fixture,
                   gconstpointer  data)
{
  gsize size = 80000;
  g_autofree char *deep = g_malloc (size);

  memset (deep, '[', size);
  check_moved_aside (fixture, deep, size, "levels deep");
}

static void
test_lone_surrogate (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char document[] = PLAN ("", "\\udfff z");

  check_moved_aside (fixture, document, strlen (document), "UTF-8");
}

static void
test_not_json (Fixture       *fixture,
               gconstpointer  data)
{
  check_moved_aside (fixture, "{ \"spots\": [ broken", 19, "Parse error");
}

static void
test_too_big (Fixture       *fixture,
              gconstpointer  data)
{
  gsize size = 9 * 1024 * 1024;
  g_autofree char *big = g_malloc (size);

  memset (big, ' ', size);
  check_moved_aside (fixture, big, size, "larger than 8 MiB");
}

static void
test_nul_kept (Fixture       *fixture,
               gconstpointer  data)
{
  static const char document[] = PLAN ("", "a\\u0000b");
  BmCarePlan *plan = load (fixture, document, -1);
  g_autofree char *saved = NULL;

  /* The NUL becomes U+FFFD; what follows it stays. */
  g_assert_cmpuint (fixture->notices->len, ==, 0);
  g_assert_cmpstr (bm_care_plan_get_notes (plan), ==, "a\xef\xbf\xbd" "b");
  bm_care_plan_set_pain_type (plan, bm_catalog_lookup_pain_type (catalog, "referred"));
  g_assert_true (bm_plan_store_flush (fixture->store, NULL));
  saved = read_file (fixture->path);
  g_assert_nonnull (strstr (saved, "a\xef\xbf\xbd" "b"));
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
  g_assert_true (bm_plan_store_flush (fixture->store, NULL));
  saved = read_file (fixture->path);
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
  bm_care_plan_set_pain_type (plan, bm_catalog_lookup_pain_type (catalog, "referred"));
  g_assert_true (bm_plan_store_flush (fixture->store, NULL));
  g_clear_pointer (&saved, g_free);
  saved = read_file (fixture->path);
  g_assert_null (strstr (saved, "future-type"));
  g_assert_nonnull (strstr (saved, "diary"));
}

/* A path that is not a regular file is left alone and never written: no hang, no move. */
static void
check_left_alone (Fixture    *fixture,
                  const char *kind)
{
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  BmCarePlan *plan;

  /* A read that blocks would hang the test: fail it instead. */
  alarm (10);
  g_test_expect_message ("bm-plan-store", G_LOG_LEVEL_MESSAGE, "*cannot be used*");
  plan = load (fixture, NULL, 0);
  g_test_assert_expected_messages ();
  alarm (0);

  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 1.0);
  g_assert_cmpuint (fixture->notices->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), kind));
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), fixture->path));
  kept = list_kept_aside (fixture);
  g_assert_cmpuint (kept->len, ==, 0);

  /* Changes stay in memory. */
  bm_care_plan_set_notes (plan, "in memory");
  bm_plan_store_wait (fixture->store);
  g_assert_false (bm_plan_store_flush (fixture->store, &error));
  g_assert_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_NOT_REGULAR);
  g_assert_cmpuint (bm_plan_store_get_n_writes (fixture->store), ==, 0);
  g_assert_false (bm_plan_store_get_saved (fixture->store));
  g_assert_cmpuint (fixture->failures->len, ==, 0);
}

static void
test_fifo (Fixture       *fixture,
           gconstpointer  data)
{
  GStatBuf buf;

  g_assert_cmpint (mkfifo (fixture->path, 0600), ==, 0);
  check_left_alone (fixture, "named pipe");
  g_assert_cmpint (g_lstat (fixture->path, &buf), ==, 0);
  g_assert_true (S_ISFIFO (buf.st_mode));
}

static void
test_dev_zero (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *target = NULL;

  g_assert_cmpint (symlink ("/dev/zero", fixture->path), ==, 0);
  check_left_alone (fixture, "device");
  target = g_file_read_link (fixture->path, NULL);
  g_assert_cmpstr (target, ==, "/dev/zero");
}

static void
test_directory (Fixture       *fixture,
                gconstpointer  data)
{
  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  check_left_alone (fixture, "folder");
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
}

/*
 * A plan we may not read is reported, neither moved nor written over. Root reads
 * anything, so the store runs in a child process that gave up root.
 */
static void
test_denied (Fixture       *fixture,
             gconstpointer  data)
{
  static const char document[] = PLAN ("", "secret");
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  int status;
  pid_t pid;

  g_assert_true (g_file_set_contents (fixture->path, document, -1, NULL));
  g_assert_cmpint (g_chmod (fixture->path, 0), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0777), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      BmCarePlan *plan;

      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        _exit (77);
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      plan = load (fixture, NULL, 0);
      g_assert_cmpuint (fixture->notices->len, ==, 1);
      g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), "Permission denied"));
      g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), "in memory"));
      bm_care_plan_set_notes (plan, "mine");
      g_assert_false (bm_plan_store_flush (fixture->store, &error));
      g_assert_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_DENIED);
      _exit (0);
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("Cannot give up root to test a file we may not read");
      return;
    }
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  /* Untouched. */
  g_assert_cmpuint (file_mode (fixture->path), ==, 0);
  g_assert_cmpint (g_chmod (fixture->path, 0600), ==, 0);
  contents = read_file (fixture->path);
  g_assert_cmpstr (contents, ==, document);
  kept = list_kept_aside (fixture);
  g_assert_cmpuint (kept->len, ==, 0);
}

/* Two programs on one file: each saves, and neither loses what the other did. */
static void
test_external_change (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BmPlanStore) other = new_store (fixture);
  BmCarePlan *ours = load (fixture, NULL, 0);
  BmCarePlan *theirs = bm_plan_store_get_plan (other);
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  BmRegion *gluteal = bm_catalog_lookup_region (catalog, "gluteal");
  BmTechnique *swedish = bm_catalog_lookup_technique (catalog, "swedish");
  BmRedFlag *flag = g_ptr_array_index (bm_catalog_get_red_flags (catalog), 0);
  g_autofree char *saved = NULL;

  bm_plan_store_load (other);

  bm_care_plan_select_spot (ours, lower, BM_SIDE_LEFT, FALSE);
  bm_care_plan_set_technique (ours, swedish, TRUE);
  g_assert_true (bm_plan_store_flush (fixture->store, NULL));

  /* The other saves after us, by its timer: it merges our save. */
  bm_care_plan_select_spot (theirs, gluteal, BM_SIDE_LEFT, TRUE);
  bm_care_plan_set_red_flag (theirs, flag, TRUE);
  bm_care_plan_set_notes (theirs, "from the other");
  bm_plan_store_wait (other);
  g_assert_true (bm_care_plan_has_spot (theirs, lower, BM_SIDE_LEFT));
  g_assert_true (bm_care_plan_has_technique (theirs, swedish));

  /* We take a technique away: their additions stay, and their notes, which we kept. */
  bm_care_plan_set_technique (ours, swedish, FALSE);
  g_assert_true (bm_plan_store_flush (fixture->store, NULL));
  g_assert_true (bm_care_plan_has_spot (ours, gluteal, BM_SIDE_LEFT));
  g_assert_cmpstr (bm_care_plan_get_notes (ours), ==, "from the other");
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_red_flags (ours)), ==, 1);

  saved = read_file (fixture->path);
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

/* What another program saves is read in while we have nothing to save. */
static void
test_reload (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(BmPlanStore) other = new_store (fixture);
  BmCarePlan *ours = load (fixture, NULL, 0);
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  g_autoptr(GTimer) timer = g_timer_new ();

  bm_plan_store_load (other);
  bm_care_plan_select_spot (bm_plan_store_get_plan (other), lower, BM_SIDE_RIGHT, FALSE);
  bm_care_plan_set_notes (bm_plan_store_get_plan (other), "saved elsewhere");
  g_assert_true (bm_plan_store_flush (other, NULL));

  while (!has_notes (ours) && g_timer_elapsed (timer, NULL) < 10)
    run_for (10);

  g_assert_cmpstr (bm_care_plan_get_notes (ours), ==, "saved elsewhere");
  g_assert_true (bm_care_plan_has_spot (ours, lower, BM_SIDE_RIGHT));
  g_assert_true (bm_plan_store_get_saved (fixture->store));
  g_assert_false (bm_care_plan_can_undo_selection (ours));
  bm_plan_store_wait (fixture->store);
  g_assert_cmpuint (bm_plan_store_get_n_writes (fixture->store), ==, 0);
}

static void
test_stale_temporaries (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *stale = g_build_filename (fixture->dir, ".care-plan.json.tmp-Ab12Cd", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, ".care-plan.json.tmp-notours", NULL);
  g_autofree char *diary = g_build_filename (fixture->dir, ".diary.json.tmp-Ab12Cd", NULL);

  g_assert_true (g_file_set_contents (stale, "{ \"version\"", -1, NULL));
  g_assert_true (g_file_set_contents (other, "x", -1, NULL));
  g_assert_true (g_file_set_contents (diary, "x", -1, NULL));
  load (fixture, NULL, 0);

  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (diary, G_FILE_TEST_EXISTS));
}

static void
test_modes (Fixture       *fixture,
            gconstpointer  data)
{
  static const char document[] = PLAN ("\"lower:left\"", "");
  BmCarePlan *plan;

  g_assert_true (g_file_set_contents (fixture->path, document, -1, NULL));
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  plan = load (fixture, NULL, 0);
  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_spots (plan)), ==, 1);

  bm_care_plan_clear_spots (plan);
  bm_plan_store_wait (fixture->store);
  g_assert_cmpuint (file_mode (fixture->path), ==, 0600);
}

/* A link is followed to read, but what it leads to is not ours to make private. */
static void
test_link_followed (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char document[] = PLAN ("\"lower:left\"", "linked");
  g_autofree char *elsewhere = g_build_filename (fixture->dir, "elsewhere.json", NULL);
  BmCarePlan *plan;

  g_assert_true (g_file_set_contents (elsewhere, document, -1, NULL));
  g_assert_cmpint (g_chmod (elsewhere, 0644), ==, 0);
  g_assert_cmpint (symlink (elsewhere, fixture->path), ==, 0);
  plan = load (fixture, NULL, 0);

  g_assert_cmpstr (bm_care_plan_get_notes (plan), ==, "linked");
  g_assert_cmpuint (file_mode (elsewhere), ==, 0644);
  g_assert_cmpuint (fixture->notices->len, ==, 0);
}

/* A folder that cannot be written: told once, and again once it fails anew. */
static void
test_save_failed (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *away = g_strconcat (fixture->dir, ".away", NULL);
  BmCarePlan *plan = load (fixture, NULL, 0);
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  BmTechnique *swedish = bm_catalog_lookup_technique (catalog, "swedish");
  g_autofree char *saved = NULL;

  /* Saved once, so the file we knew is gone too: no reason to give the path up. */
  bm_care_plan_set_technique (plan, swedish, TRUE);
  g_assert_true (bm_plan_store_flush (fixture->store, NULL));
  g_assert_cmpint (g_rename (fixture->dir, away), ==, 0);
  g_assert_true (g_file_set_contents (fixture->dir, "in the way", -1, NULL));

  g_test_expect_message ("bm-plan-store", G_LOG_LEVEL_MESSAGE, "Cannot save*");
  g_test_expect_message ("bm-plan-store", G_LOG_LEVEL_MESSAGE, "Cannot save*");
  bm_care_plan_select_spot (plan, lower, BM_SIDE_LEFT, FALSE);
  bm_plan_store_wait (fixture->store);
  bm_care_plan_select_spot (plan, lower, BM_SIDE_RIGHT, FALSE);
  bm_plan_store_wait (fixture->store);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (fixture->failures->len, ==, 1);
  g_assert_false (bm_plan_store_get_saved (fixture->store));

  /* The folder is back: the next change saves everything. */
  g_assert_cmpint (g_unlink (fixture->dir), ==, 0);
  g_assert_cmpint (g_rename (away, fixture->dir), ==, 0);
  bm_care_plan_add_spot (plan, lower, BM_SIDE_LEFT);
  bm_plan_store_wait (fixture->store);
  g_assert_true (bm_plan_store_get_saved (fixture->store));
  g_assert_cmpuint (fixture->failures->len, ==, 1);
  g_assert_cmpuint (fixture->notices->len, ==, 0);
  saved = read_file (fixture->path);
  g_assert_nonnull (strstr (saved, "lower:left"));
  g_assert_nonnull (strstr (saved, "lower:right"));
  g_assert_nonnull (strstr (saved, "swedish"));
}

/* The plan is one object for the store's life, so views stay bound across a load. */
static void
test_same_plan (Fixture       *fixture,
                gconstpointer  data)
{
  static const char document[] = PLAN ("\"lower:left\"", "loaded");
  BmCarePlan *before = bm_plan_store_get_plan (fixture->store);
  BmCarePlan *after = load (fixture, document, -1);

  g_assert_true (before == after);
  g_assert_cmpstr (bm_care_plan_get_notes (after), ==, "loaded");
  g_assert_false (bm_care_plan_can_undo_selection (after));
  /* Loading is no change to save. */
  g_assert_true (bm_plan_store_get_saved (fixture->store));
}

#define ADD(path, func) \
  g_test_add ("/bm/plan-store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalog = bm_catalog_new_from_resource (&error);
  g_assert_no_error (error);

  ADD ("missing-file", test_missing_file);
  ADD ("debounce", test_debounce);
  ADD ("flush", test_flush);
  ADD ("deep-nesting", test_deep_nesting);
  ADD ("lone-surrogate", test_lone_surrogate);
  ADD ("not-json", test_not_json);
  ADD ("too-big", test_too_big);
  ADD ("nul-kept", test_nul_kept);
  ADD ("unknown-kept", test_unknown_kept);
  ADD ("fifo", test_fifo);
  ADD ("dev-zero", test_dev_zero);
  ADD ("directory", test_directory);
  ADD ("denied", test_denied);
  ADD ("external-change", test_external_change);
  ADD ("reload", test_reload);
  ADD ("stale-temporaries", test_stale_temporaries);
  ADD ("modes", test_modes);
  ADD ("link-followed", test_link_followed);
  ADD ("save-failed", test_save_failed);
  ADD ("same-plan", test_same_plan);

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
