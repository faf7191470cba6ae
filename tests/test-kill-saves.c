/* test-kill-saves.c: the plan file survives the program being killed while saving
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A child saves plan after plan, numbered in its notes, and prints each number once
 * the save returned. It is killed with SIGKILL at a random moment, 200 times. Each
 * time the file must load, and hold the last plan reported or the one after it
 * (saved, but killed before it could say so).
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-plan-file.h"
#include "bm-region.h"

#define KILLS 200

G_GNUC_NORETURN static void
run_saver (const char *path,
           guint64     first)
{
  g_autoptr(BmCatalog) catalog = bm_catalog_new_from_resource (NULL);
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  g_autoptr(GString) notes = g_string_new (NULL);

  for (guint64 n = first;; n++)
    {
      g_autoptr(GError) error = NULL;

      /* Plans of changing size, so that a torn write would show. */
      g_string_printf (notes, "%" G_GUINT64_FORMAT " ", n);
      for (guint i = 0; i < n % 500; i++)
        g_string_append (notes, "padding ");
      bm_care_plan_set_notes (plan, notes->str);
      bm_care_plan_select_spot (plan, lower, n % 2 ? BM_SIDE_LEFT : BM_SIDE_RIGHT, FALSE);
      if (!bm_plan_file_save (plan, path, &error))
        g_error ("%s", error->message);
      g_print ("%" G_GUINT64_FORMAT "\n", n);
      fflush (stdout);
    }
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
  guint n_loaded = 0;
  guint64 in_file = 0; /* the plan the file holds, numbered on from child to child */

  for (guint k = 0; k < KILLS; k++)
    {
      g_autofree char *first = g_strdup_printf ("%" G_GUINT64_FORMAT, in_file + 1);
      char *argv[] = { self_path, "--saver", path, first, NULL };
      g_autofree char *moved_to = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(BmCarePlan) plan = NULL;
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

      plan = bm_plan_file_load (catalog, path, &moved_to, &error);
      g_assert_no_error (error);
      g_assert_null (moved_to);
      saved = g_ascii_strtoull (bm_care_plan_get_notes (plan), NULL, 10);
      if (saved != reported && saved != reported + 1)
        g_error ("After kill %u the file holds plan %" G_GUINT64_FORMAT ", reported %"
                 G_GUINT64_FORMAT, k, saved, reported);
      in_file = saved;
      n_loaded++;
    }

  g_test_message ("%u of %u kills left a plan that loaded", n_loaded, KILLS);
  g_assert_cmpuint (n_loaded, >, KILLS / 2);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--saver"))
    run_saver (argv[2], g_ascii_strtoull (argv[3], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/bm/plan-file/kill-while-saving", test_kill_while_saving);

  return g_test_run ();
}
