/* test-kill-saves.c: the user's files survive the program being killed while saving
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each kind of document, a child saves document after document, numbered in its
 * text, and prints each number once the save returned. It is killed with SIGKILL at a
 * random moment, 200 times. Each time the file must load, and hold the last document
 * reported or the one after it (saved, but killed before it could say so), and loading
 * it removes what the killed write left behind.
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

#include "bm-test-stores.h"

#define KILLS 200

static const BmTestKind *kinds[] = { &bm_test_plan_kind, &bm_test_diary_kind };

static const BmTestKind *
find_kind (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i]->name, name))
      return kinds[i];

  g_error ("No kind of document %s", name);
}

static BmDocumentStore *
new_store (const BmTestKind *kind,
           const char       *path)
{
  g_autoptr(BmDocument) document = g_object_new (kind->get_type (), NULL);

  return bm_document_store_new (document, bm_test_catalog, path);
}

G_GNUC_NORETURN static void
run_saver (const BmTestKind *kind,
           const char       *path,
           guint64           first)
{
  g_autoptr(BmDocumentStore) store = new_store (kind, path);
  BmDocument *document = bm_document_store_get_document (store);
  g_autoptr(GString) text = g_string_new (NULL);

  bm_document_store_load (store);
  for (guint64 n = first;; n++)
    {
      g_autoptr(GError) error = NULL;

      /* Documents of changing size, so that a torn write would show. */
      g_string_printf (text, "%" G_GUINT64_FORMAT " ", n);
      for (guint i = 0; i < n % 500; i++)
        g_string_append (text, "padding ");
      kind->set_text (document, text->str);
      if (!bm_document_store_flush (store, &error))
        g_error ("%s", error->message);
      g_print ("%" G_GUINT64_FORMAT "\n", n);
      fflush (stdout);
    }
}

/* What a killed write left behind, other than the document. */
static guint
count_leftovers (const BmTestKind *kind,
                 const char       *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, kind->file_name))
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
test_kill_while_saving (gconstpointer data)
{
  const BmTestKind *kind = data;
  g_autofree char *dir = g_dir_make_tmp ("backmap-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, kind->file_name, NULL);
  g_autofree char *self_path = g_test_build_filename (G_TEST_BUILT, "test-kill-saves", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1122);
  guint n_loaded = 0, n_leftovers = 0;
  guint64 in_file = 0; /* the document the file holds, numbered on from child to child */

  for (guint k = 0; k < KILLS; k++)
    {
      g_autofree char *first = g_strdup_printf ("%" G_GUINT64_FORMAT, in_file + 1);
      char *argv[] = { self_path, "--saver", (char *) kind->name, path, first, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(BmDocumentStore) store = NULL;
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
      n_leftovers += count_leftovers (kind, dir);
      store = new_store (kind, path);
      bm_document_store_load (store);
      g_assert_cmpuint (count_leftovers (kind, dir), ==, 0);
      saved = g_ascii_strtoull (kind->get_text (bm_document_store_get_document (store)), NULL,
                                10);
      if (saved != reported && saved != reported + 1)
        g_error ("After kill %u the file holds document %" G_GUINT64_FORMAT ", reported %"
                 G_GUINT64_FORMAT, k, saved, reported);
      in_file = saved;
      n_loaded++;
    }

  g_test_message ("%u of %u kills left a document that loaded, %u a write unfinished", n_loaded,
                  KILLS, n_leftovers);
  g_assert_cmpuint (n_loaded, >, KILLS / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  bm_test_catalog = bm_catalog_new_from_resource (&error);
  g_assert_no_error (error);

  if (argc == 5 && g_str_equal (argv[1], "--saver"))
    run_saver (find_kind (argv[2]), argv[3], g_ascii_strtoull (argv[4], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *path = g_strdup_printf ("/bm/document-store/%s/kill-while-saving",
                                               kinds[i]->name);

      g_test_add_data_func (path, kinds[i], test_kill_while_saving);
    }

  status = g_test_run ();
  g_object_unref (bm_test_catalog);

  return status;
}
