/* test-document-store.c: every kind of document on disk: debounced saves, bad files, merges, modes
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test runs once for the care plan and once for the pain diary.
 */

#include "config.h"

#include <glib/gstdio.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bm-test-stores.h"

typedef BmStoreFixture Fixture;

#define LOG_DOMAIN "bm-document-store"

static void
test_missing_file (Fixture       *fixture,
                   gconstpointer  data)
{
  BmDocument *document = bm_store_fixture_load (fixture, NULL, 0);

  g_assert_cmpstr (fixture->kind->get_text (document), ==, "");
  g_assert_cmpuint (fixture->notices->len, ==, 0);
  g_assert_true (bm_document_store_get_saved (fixture->store));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

/* Typing 1,000 characters 1 ms apart, a save waiting for a 50 ms pause. */
static void
test_debounce (Fixture       *fixture,
               gconstpointer  data)
{
  BmDocument *document = bm_store_fixture_load (fixture, NULL, 0);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *contents = NULL;

  for (guint i = 0; i < 1000; i++)
    {
      g_string_append_c (text, 'a' + i % 26);
      fixture->kind->set_text (document, text->str);
      g_assert_false (bm_document_store_get_saved (fixture->store));
      bm_test_run_for (1);
    }
  bm_document_store_wait (fixture->store);

  g_test_message ("%u writes for 1000 changes", bm_document_store_get_n_writes (fixture->store));
  g_assert_cmpuint (bm_document_store_get_n_writes (fixture->store), >=, 1);
  g_assert_cmpuint (bm_document_store_get_n_writes (fixture->store), <=, 8);
  g_assert_true (bm_document_store_get_saved (fixture->store));
  contents = bm_test_read_file (fixture->path);
  g_assert_nonnull (strstr (contents, text->str));
  g_assert_cmpuint (bm_test_file_mode (fixture->path), ==, 0600);
}

static void
test_flush (Fixture       *fixture,
            gconstpointer  data)
{
  BmDocument *document = bm_store_fixture_load (fixture, NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  /* Nothing to save: no file is made. */
  g_assert_true (bm_document_store_flush (fixture->store, &error));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  fixture->kind->set_text (document, "flushed");
  g_assert_true (bm_document_store_flush (fixture->store, &error));
  g_assert_no_error (error);
  contents = bm_test_read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "flushed"));
  g_assert_cmpuint (bm_document_store_get_n_writes (fixture->store), ==, 1);

  /* The save that was scheduled has nothing left to do. */
  bm_document_store_wait (fixture->store);
  g_assert_cmpuint (bm_document_store_get_n_writes (fixture->store), ==, 1);
  g_assert_true (bm_document_store_get_saved (fixture->store));
}

/* A file that is not a document is kept aside, and a fresh one saved in its place. */
static void
check_moved_aside (Fixture    *fixture,
                   const char *contents,
                   gsize       size,
                   const char *reason)
{
  BmDocument *document;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *kept_contents = NULL;
  gsize kept_size;

  g_test_expect_message (LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "*could not be read*");
  document = bm_store_fixture_load (fixture, contents, size);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (fixture->notices->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), reason));
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), "kept as"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  kept = bm_store_fixture_kept_aside (fixture);
  g_assert_cmpuint (kept->len, ==, 1);
  g_assert_true (g_file_get_contents (g_ptr_array_index (kept, 0), &kept_contents, &kept_size,
                                      NULL));
  g_assert_cmpuint (kept_size, ==, size);
  g_assert_true (memcmp (kept_contents, contents, size) == 0);

  /* Saving works again, with text that is valid UTF-8. */
  fixture->kind->set_text (document, "again");
  g_assert_true (bm_document_store_flush (fixture->store, &error));
  g_assert_no_error (error);
  saved = bm_test_read_file (fixture->path);
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
  g_autofree char *document = fixture->kind->dup_document ("\\udfff z");

  check_moved_aside (fixture, document, strlen (document), "UTF-8");
}

static void
test_invalid_utf8 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *document = fixture->kind->dup_document ("caf\xe9");

  check_moved_aside (fixture, document, strlen (document), "UTF-8");
}

static void
test_not_json (Fixture       *fixture,
               gconstpointer  data)
{
  check_moved_aside (fixture, "{ \"version\": 1, broken", 22, fixture->kind->syntax_error);
}

/* Valid JSON, but not a document of this kind: the reader's error names where. */
static void
test_not_a_document (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char document[] = "{ \"version\": 0 }";

  check_moved_aside (fixture, document, strlen (document), "version");
}

static void
test_too_big (Fixture       *fixture,
              gconstpointer  data)
{
  gsize size = BM_USER_FILE_MAX_SIZE + 1;
  g_autofree char *big = g_malloc (size);

  memset (big, ' ', size);
  check_moved_aside (fixture, big, size, "larger than 64 MiB");
}

static void
test_nul_kept (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *document = fixture->kind->dup_document ("a\\u0000b");
  BmDocument *loaded = bm_store_fixture_load (fixture, document, -1);
  g_autofree char *saved = NULL;

  /* The NUL becomes U+FFFD; what follows it stays. */
  g_assert_cmpuint (fixture->notices->len, ==, 0);
  g_assert_cmpstr (fixture->kind->get_text (loaded), ==, "a\xef\xbf\xbd" "b");
  fixture->kind->add_item (loaded, 0);
  g_assert_true (bm_document_store_flush (fixture->store, NULL));
  saved = bm_test_read_file (fixture->path);
  g_assert_nonnull (strstr (saved, "a\xef\xbf\xbd" "b"));
}

/* A path that is not a regular file is left alone and never written: no hang, no move. */
static void
check_left_alone (Fixture    *fixture,
                  const char *kind)
{
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  BmDocument *document;

  /* A read that blocks would hang the test: fail it instead. */
  alarm (10);
  g_test_expect_message (LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "*cannot be used*");
  document = bm_store_fixture_load (fixture, NULL, 0);
  g_test_assert_expected_messages ();
  alarm (0);

  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 1.0);
  g_assert_cmpuint (fixture->notices->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), kind));
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), fixture->path));
  kept = bm_store_fixture_kept_aside (fixture);
  g_assert_cmpuint (kept->len, ==, 0);

  /* Changes stay in memory. */
  fixture->kind->set_text (document, "in memory");
  bm_document_store_wait (fixture->store);
  g_assert_false (bm_document_store_flush (fixture->store, &error));
  g_assert_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_NOT_REGULAR);
  g_assert_cmpuint (bm_document_store_get_n_writes (fixture->store), ==, 0);
  g_assert_false (bm_document_store_get_saved (fixture->store));
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
 * A document we may not read is reported, neither moved nor written over. Root reads
 * anything, so the store runs in a child process that gave up root.
 */
static void
test_denied (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *document = fixture->kind->dup_document ("secret");
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
      BmDocument *loaded;

      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        _exit (77);
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      loaded = bm_store_fixture_load (fixture, NULL, 0);
      g_assert_cmpuint (fixture->notices->len, ==, 1);
      g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), "Permission denied"));
      g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), "in memory"));
      fixture->kind->set_text (loaded, "mine");
      g_assert_false (bm_document_store_flush (fixture->store, &error));
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
  g_assert_cmpuint (bm_test_file_mode (fixture->path), ==, 0);
  g_assert_cmpint (g_chmod (fixture->path, 0600), ==, 0);
  contents = bm_test_read_file (fixture->path);
  g_assert_cmpstr (contents, ==, document);
  kept = bm_store_fixture_kept_aside (fixture);
  g_assert_cmpuint (kept->len, ==, 0);
}

/* Two programs on one file, each saving in turn: neither loses what the other added. */
static void
test_two_stores (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(BmDocumentStore) other = bm_store_fixture_new_store (fixture);
  BmDocument *ours = bm_store_fixture_load (fixture, NULL, 0);
  BmDocument *theirs = bm_document_store_get_document (other);
  g_autofree char *saved = NULL;

  bm_document_store_load (other);

  fixture->kind->add_item (ours, 0);
  g_assert_true (bm_document_store_flush (fixture->store, NULL));

  /* The other saves after us, by its timer: it merges our save. */
  fixture->kind->add_item (theirs, 1);
  fixture->kind->set_text (theirs, "from the other");
  bm_document_store_wait (other);
  g_assert_true (fixture->kind->has_item (theirs, 0));

  /* We change our text after theirs: ours wins it, and their item stays. */
  fixture->kind->set_text (ours, "ours");
  g_assert_true (bm_document_store_flush (fixture->store, NULL));
  g_assert_true (fixture->kind->has_item (ours, 0));
  g_assert_true (fixture->kind->has_item (ours, 1));
  g_assert_cmpstr (fixture->kind->get_text (ours), ==, "ours");

  saved = bm_test_read_file (fixture->path);
  g_assert_null (strstr (saved, "from the other"));
  g_assert_nonnull (strstr (saved, "ours"));
  g_assert_cmpuint (fixture->notices->len, ==, 0);
}

static gboolean
has_text (BmStoreFixture *fixture,
          BmDocument     *document,
          const char     *text)
{
  return g_str_equal (fixture->kind->get_text (document), text);
}

/* What another program saves is read in while we have nothing to save. */
static void
test_reload (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(BmDocumentStore) other = bm_store_fixture_new_store (fixture);
  BmDocument *ours = bm_store_fixture_load (fixture, NULL, 0);
  BmDocument *theirs = bm_document_store_get_document (other);
  g_autoptr(GTimer) timer = g_timer_new ();

  bm_document_store_load (other);
  fixture->kind->add_item (theirs, 1);
  fixture->kind->set_text (theirs, "saved elsewhere");
  g_assert_true (bm_document_store_flush (other, NULL));

  while (!has_text (fixture, ours, "saved elsewhere") && g_timer_elapsed (timer, NULL) < 10)
    bm_test_run_for (10);

  g_assert_cmpstr (fixture->kind->get_text (ours), ==, "saved elsewhere");
  g_assert_true (fixture->kind->has_item (ours, 1));
  g_assert_true (bm_document_store_get_saved (fixture->store));
  bm_document_store_wait (fixture->store);
  g_assert_cmpuint (bm_document_store_get_n_writes (fixture->store), ==, 0);
}

static void
test_stale_temporaries (Fixture       *fixture,
                        gconstpointer  data)
{
  const BmTestKind *sibling = fixture->kind == &bm_test_plan_kind ? &bm_test_diary_kind
                                                                  : &bm_test_plan_kind;
  g_autofree char *stale_name = g_strdup_printf (".%s.tmp-Ab12Cd", fixture->kind->file_name);
  g_autofree char *other_name = g_strdup_printf (".%s.tmp-notours", fixture->kind->file_name);
  g_autofree char *sibling_name = g_strdup_printf (".%s.tmp-Ab12Cd", sibling->file_name);
  g_autofree char *stale = g_build_filename (fixture->dir, stale_name, NULL);
  g_autofree char *other = g_build_filename (fixture->dir, other_name, NULL);
  g_autofree char *of_sibling = g_build_filename (fixture->dir, sibling_name, NULL);

  g_assert_true (g_file_set_contents (stale, "{ \"version\"", -1, NULL));
  g_assert_true (g_file_set_contents (other, "x", -1, NULL));
  g_assert_true (g_file_set_contents (of_sibling, "x", -1, NULL));
  bm_store_fixture_load (fixture, NULL, 0);

  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (of_sibling, G_FILE_TEST_EXISTS));
}

static void
test_modes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *document = fixture->kind->dup_document ("shared");
  BmDocument *loaded;

  g_assert_true (g_file_set_contents (fixture->path, document, -1, NULL));
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  loaded = bm_store_fixture_load (fixture, NULL, 0);
  g_assert_cmpuint (bm_test_file_mode (fixture->path), ==, 0600);
  g_assert_cmpstr (fixture->kind->get_text (loaded), ==, "shared");

  fixture->kind->set_text (loaded, "private");
  bm_document_store_wait (fixture->store);
  g_assert_cmpuint (bm_test_file_mode (fixture->path), ==, 0600);
}

/* A link is followed to read, but what it leads to is not ours to make private. */
static void
test_link_followed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *document = fixture->kind->dup_document ("linked");
  g_autofree char *elsewhere = g_build_filename (fixture->dir, "elsewhere.json", NULL);
  BmDocument *loaded;

  g_assert_true (g_file_set_contents (elsewhere, document, -1, NULL));
  g_assert_cmpint (g_chmod (elsewhere, 0644), ==, 0);
  g_assert_cmpint (symlink (elsewhere, fixture->path), ==, 0);
  loaded = bm_store_fixture_load (fixture, NULL, 0);

  g_assert_cmpstr (fixture->kind->get_text (loaded), ==, "linked");
  g_assert_cmpuint (bm_test_file_mode (elsewhere), ==, 0644);
  g_assert_cmpuint (fixture->notices->len, ==, 0);
}

/* A folder that cannot be written: told once, and again once it fails anew. */
static void
test_save_failed (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *away = g_strconcat (fixture->dir, ".away", NULL);
  BmDocument *document = bm_store_fixture_load (fixture, NULL, 0);
  g_autofree char *saved = NULL;

  /* Saved once, so the file we knew is gone too: no reason to give the path up. */
  fixture->kind->add_item (document, 0);
  g_assert_true (bm_document_store_flush (fixture->store, NULL));
  g_assert_cmpint (g_rename (fixture->dir, away), ==, 0);
  g_assert_true (g_file_set_contents (fixture->dir, "in the way", -1, NULL));

  g_test_expect_message (LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "Cannot save*");
  g_test_expect_message (LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "Cannot save*");
  fixture->kind->set_text (document, "first try");
  bm_document_store_wait (fixture->store);
  fixture->kind->set_text (document, "second try");
  bm_document_store_wait (fixture->store);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (fixture->failures->len, ==, 1);
  g_assert_false (bm_document_store_get_saved (fixture->store));

  /* The folder is back: the next change saves everything. */
  g_assert_cmpint (g_unlink (fixture->dir), ==, 0);
  g_assert_cmpint (g_rename (away, fixture->dir), ==, 0);
  fixture->kind->add_item (document, 1);
  bm_document_store_wait (fixture->store);
  g_assert_true (bm_document_store_get_saved (fixture->store));
  g_assert_cmpuint (fixture->failures->len, ==, 1);
  g_assert_cmpuint (fixture->notices->len, ==, 0);
  saved = bm_test_read_file (fixture->path);
  g_assert_nonnull (strstr (saved, "second try"));
  g_assert_true (fixture->kind->has_item (document, 0));
  g_assert_true (fixture->kind->has_item (document, 1));
}

/* A document a newer Backmap saved: @document, in the file. */
static char *
dup_newer (Fixture    *fixture,
           const char *text)
{
  g_autofree char *document = fixture->kind->dup_document (text);
  g_auto(GStrv) parts = g_strsplit (document, "\"version\": 1", 2);

  g_assert_nonnull (parts[1]);
  return g_strconcat (parts[0], "\"version\": 2, \"colour\": \"new\"", parts[1], NULL);
}

/* Never written in this run, nor moved aside; told once; changes stay in memory. */
static void
check_newer_left_alone (Fixture    *fixture,
                        BmDocument *document,
                        const char *newer)
{
  g_autoptr(GPtrArray) kept = bm_store_fixture_kept_aside (fixture);
  g_autofree char *on_disk = NULL;

  g_assert_cmpuint (kept->len, ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;

      fixture->kind->set_text (document, i == 0 ? "in memory" : "more");
      bm_document_store_wait (fixture->store);
      g_assert_false (bm_document_store_flush (fixture->store, &error));
      g_assert_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_NEWER);
    }
  g_assert_cmpuint (fixture->notices->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), "newer version"));
  g_assert_nonnull (strstr (g_ptr_array_index (fixture->notices, 0), fixture->path));
  g_assert_cmpuint (fixture->failures->len, ==, 0);
  g_assert_false (bm_document_store_get_saved (fixture->store));
  g_assert_cmpstr (fixture->kind->get_text (document), ==, "more");
  on_disk = bm_test_read_file (fixture->path);
  g_assert_cmpstr (on_disk, ==, newer);
}

static void
test_newer (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *newer = dup_newer (fixture, "theirs");
  BmDocument *document;

  g_test_expect_message (LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "*newer version*");
  document = bm_store_fixture_load (fixture, newer, -1);
  g_test_assert_expected_messages ();

  g_assert_cmpstr (fixture->kind->get_text (document), ==, "");
  check_newer_left_alone (fixture, document, newer);
}

/* A newer Backmap saves while this one runs: its file is not merged into, nor written. */
static void
test_newer_while_open (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *document = fixture->kind->dup_document ("ours");
  g_autofree char *newer = dup_newer (fixture, "theirs");
  BmDocument *loaded = bm_store_fixture_load (fixture, document, -1);

  g_assert_true (g_file_set_contents (fixture->path, newer, -1, NULL));
  g_test_expect_message (LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "*newer version*");
  check_newer_left_alone (fixture, loaded, newer);
  g_test_assert_expected_messages ();
}

/* The document is one object for the store's life, so views stay bound across a load. */
/* A document past the cap is not written: the next start would have to move it aside. */
static void
test_too_big_not_written (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *document = fixture->kind->dup_document ("kept");
  BmDocument *loaded = bm_store_fixture_load (fixture, document, -1);
  g_autofree char *text = g_malloc (BM_USER_FILE_MAX_SIZE + 1);
  g_autofree char *on_disk = NULL;
  g_autoptr(GError) error = NULL;

  memset (text, 'a', BM_USER_FILE_MAX_SIZE);
  text[BM_USER_FILE_MAX_SIZE] = '\0';
  fixture->kind->set_text (loaded, text);

  g_assert_false (bm_document_store_flush (fixture->store, &error));
  g_assert_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_TOO_BIG);
  on_disk = bm_test_read_file (fixture->path);
  g_assert_cmpstr (on_disk, ==, document);
}

static void
test_same_document (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *document = fixture->kind->dup_document ("loaded");
  BmDocument *before = bm_document_store_get_document (fixture->store);
  BmDocument *after = bm_store_fixture_load (fixture, document, -1);

  g_assert_true (before == after);
  g_assert_cmpstr (fixture->kind->get_text (after), ==, "loaded");
  /* Loading is no change to save. */
  g_assert_true (bm_document_store_get_saved (fixture->store));
}

static void
add (const BmTestKind *kind,
     const char       *name,
     void            (*func) (Fixture *, gconstpointer))
{
  g_autofree char *path = g_strdup_printf ("/bm/document-store/%s/%s", kind->name, name);

  g_test_add (path, Fixture, kind, bm_store_fixture_set_up, func, bm_store_fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  static const BmTestKind *kinds[] = { &bm_test_plan_kind, &bm_test_diary_kind };
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  bm_test_catalog = bm_catalog_new_from_resource (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      add (kinds[i], "missing-file", test_missing_file);
      add (kinds[i], "debounce", test_debounce);
      add (kinds[i], "too-big-not-written", test_too_big_not_written);
      add (kinds[i], "flush", test_flush);
      add (kinds[i], "deep-nesting", test_deep_nesting);
      add (kinds[i], "lone-surrogate", test_lone_surrogate);
      add (kinds[i], "invalid-utf8", test_invalid_utf8);
      add (kinds[i], "not-json", test_not_json);
      add (kinds[i], "not-a-document", test_not_a_document);
      add (kinds[i], "newer", test_newer);
      add (kinds[i], "newer-while-open", test_newer_while_open);
      add (kinds[i], "too-big", test_too_big);
      add (kinds[i], "nul-kept", test_nul_kept);
      add (kinds[i], "fifo", test_fifo);
      add (kinds[i], "dev-zero", test_dev_zero);
      add (kinds[i], "directory", test_directory);
      add (kinds[i], "denied", test_denied);
      add (kinds[i], "two-stores", test_two_stores);
      add (kinds[i], "reload", test_reload);
      add (kinds[i], "stale-temporaries", test_stale_temporaries);
      add (kinds[i], "modes", test_modes);
      add (kinds[i], "link-followed", test_link_followed);
      add (kinds[i], "save-failed", test_save_failed);
      add (kinds[i], "same-document", test_same_document);
    }

  status = g_test_run ();
  g_object_unref (bm_test_catalog);

  return status;
}
