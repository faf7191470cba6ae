/* test-kill-saves.c: the plan file survives the program being killed while saving
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A child saves plan after plan, numbered in its notes, and prints each number once
 * the save returned. It is killed with SIGKILL at a random moment, 200 times. Each
 * time the file must load, and hold the last plan reported or the one after it
 * (saved, but killed before it could say so), and loading it removes what the killed
 * write left behind.
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-plan-store.h"
#include "bm-region.h"

#define KILLS 200

G_GNUC_NORETURN static void
run_saver (const char *path,
           guint64     first)
{
  g_autoptr(BmCatalog) catalog = bm_catalog_new_from_resource (NULL);
  g_autoptr(BmPlanStore) store = bm_plan_store_new (catalog, path);
  BmCarePlan *plan = bm_plan_store_get_plan (store);
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  g_autoptr(GString) notes = g_string_new (NULL);

  bm_plan_store_load (store);
  for (guint64 n = first;; n++)
    {
      g_autoptr(GError) error = NULL;

      /* Plans of changing size, so that a torn write would show. */
      g_string_printf (notes, "%" G_GUINT64_FORMAT " ", n);
      for (guint i = 0; i < n % 500; i++)
        g_string_append (notes, "padding ");
      bm_care_plan_set_notes (plan, notes->str);
      bm_care_plan_select_spot (plan, lower, n % 2 ? BM_SIDE_LEFT : BM_SIDE_RIGHT, FALSE);
      if (!bm_plan_store_flush (store, &error))
        g_error ("%s", error->message);
      g_print ("%" G_GUINT64_FORMAT "\n", n);
      fflush (stdout);
    }
}

/* What a killed write left behind, other than the plan. */
static guint
count_leftovers (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, "care-plan.json"))
      n++;

  return n;
}

static guint64
last_number (const char *output)
{
  const char *end = output + strlen (output);
  const char *line;

  /* The last complete line. */
  while (end > output && end[-1] != '\n')
    end--;
  if (end == output)
    return 0;
  for (line = end - 1; line > output && line[-1] != '\n'; line--)
    ;

  return g_ascii_strtoull (line, NULL, 10);
}

static void
test_kill_while_saving (void)
{
  g_autoptr(BmCatalog) catalog = bm_catalog_new_from_resource (NULL);
  g_autofree char *dir = g_dir_make_tmp ("backmap-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "care-plan.json", NULL);
  g_autofree char *self_path = g_test_build_filename (G_TEST_BUILT, "test-kill-saves", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1122);
  guint n_loaded = 0, n_leftovers = 0;
  guint64 in_file = 0; /* the plan the file holds, numbered on from child to child */

  for (guint k = 0; k < KILLS; k++)
    {
      g_autofree char *first = g_strdup_printf ("%" G_GUINT64_FORMAT, in_file + 1);
      char *argv[] = { self_path, "--saver", path, first, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(BmPlanStore) store = NULL;
      g_autoptr(GString) output = g_string_new (NULL);
      char buffer[4096];
      ssize_t got;
      GPid pid;
      int out;
      guint64 reported, saved;

      g_assert_true (g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                                               NULL, &pid, NULL, &out, NULL, &error));
      g_usleep (g_rand_int_range (rand, 5000, 60000));
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
      while ((got = read (out, buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, got);
      close (out);

      /* Nothing reported: the file still holds what the last child left. */
      reported = last_number (output->str);
      if (reported == 0)
        reported = in_file;
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          /* Killed before the first save finished: nothing half-written either. */
          g_assert_cmpuint (reported, ==, 0);
          continue;
        }

      /* Any notice (a file kept aside) is a g_message, which fails the test here. */
      n_leftovers += count_leftovers (dir);
      store = bm_plan_store_new (catalog, path);
      bm_plan_store_load (store);
      g_assert_cmpuint (count_leftovers (dir), ==, 0);
      saved = g_ascii_strtoull (bm_care_plan_get_notes (bm_plan_store_get_plan (store)), NULL,
                                10);
      if (saved != reported && saved != reported + 1)
        g_error ("After kill %u the file holds plan %" G_GUINT64_FORMAT ", reported %"
                 G_GUINT64_FORMAT, k, saved, reported);
      in_file = saved;
      n_loaded++;
    }

  g_test_message ("%u of %u kills left a plan that loaded, %u a write unfinished", n_loaded,
                  KILLS, n_leftovers);
  g_assert_cmpuint (n_loaded, >, KILLS / 2);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--saver"))
    run_saver (argv[2], g_ascii_strtoull (argv[3], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  g_test_add_func ("/bm/plan-store/kill-while-saving", test_kill_while_saving);

  return g_test_run ();
}
