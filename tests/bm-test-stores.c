/* bm-test-stores.c: what the store tests share: the kinds of document, and a folder to keep one in
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "bm-care-plan.h"
#include "bm-diary-private.h"
#include "bm-test-stores.h"

BmCatalog *bm_test_catalog;

static char *
plan_dup_document (const char *text_json)
{
  return g_strdup_printf ("{ \"version\": 1, \"spots\": [], \"techniques\": [], "
                          "\"red_flags\": [], \"pain_type\": \"\", \"notes\": \"%s\" }",
                          text_json);
}

static void
plan_set_text (BmDocument *document,
               const char *text)
{
  bm_care_plan_set_notes (BM_CARE_PLAN (document), text);
}

static const char *
plan_get_text (BmDocument *document)
{
  return bm_care_plan_get_notes (BM_CARE_PLAN (document));
}

static const char * const plan_items[] = { "lower", "gluteal" };

static void
plan_add_item (BmDocument *document,
               guint       n)
{
  bm_care_plan_add_spot (BM_CARE_PLAN (document),
                         bm_catalog_lookup_region (bm_test_catalog, plan_items[n]), BM_SIDE_LEFT);
}

static gboolean
plan_has_item (BmDocument *document,
               guint       n)
{
  return bm_care_plan_has_spot (BM_CARE_PLAN (document),
                                bm_catalog_lookup_region (bm_test_catalog, plan_items[n]),
                                BM_SIDE_LEFT);
}

const BmTestKind bm_test_plan_kind = {
  "plan", "care-plan.json", bm_care_plan_get_type, "Parse error",
  plan_dup_document, plan_set_text, plan_get_text, plan_add_item, plan_has_item
};

/* The diary's text is the note of its entry "text", made when it is first set. */
#define TEXT_ENTRY "text"

static char *
diary_dup_document (const char *text_json)
{
  return g_strdup_printf ("{ \"version\": 1, \"entries\": [ { \"id\": \"" TEXT_ENTRY "\", "
                          "\"time\": \"2026-03-01T08:30:00+01:00\", \"note\": \"%s\" } ] }",
                          text_json);
}

static void
diary_set_text (BmDocument *document,
                const char *text)
{
  BmDiary *diary = BM_DIARY (document);
  BmDiaryEntry *entry = bm_diary_lookup (diary, TEXT_ENTRY);
  g_autoptr(BmDiaryEntry) edited = NULL;
  g_autoptr(BmDiaryEntry) old = NULL;

  if (entry == NULL)
    {
      g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 3, 1, 7, 30, 0);

      edited = bm_diary_entry_new_with_id (TEXT_ENTRY, time);
      bm_diary_entry_set_note (edited, text);
      bm_diary_add (diary, edited);
      return;
    }

  edited = bm_diary_entry_copy (entry);
  bm_diary_entry_set_note (edited, text);
  old = bm_diary_replace (diary, edited);
}

static const char *
diary_get_text (BmDocument *document)
{
  BmDiaryEntry *entry = bm_diary_lookup (BM_DIARY (document), TEXT_ENTRY);

  return entry != NULL ? bm_diary_entry_get_note (entry) : "";
}

static const char * const diary_items[] = { "item-0", "item-1" };

static void
diary_add_item (BmDocument *document,
                guint       n)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 3, 2 + n, 9, 0, 0);
  g_autoptr(BmDiaryEntry) entry = bm_diary_entry_new_with_id (diary_items[n], time);

  bm_diary_entry_set_score (entry, "lower", BM_SIDE_LEFT, 4 + n, BM_PAIN_QUALITY_ACHING);
  bm_diary_add (BM_DIARY (document), entry);
}

static gboolean
diary_has_item (BmDocument *document,
                guint       n)
{
  return bm_diary_lookup (BM_DIARY (document), diary_items[n]) != NULL;
}

const BmTestKind bm_test_diary_kind = {
  "diary", "diary.json", bm_diary_get_type, "line 1, column 17",
  diary_dup_document, diary_set_text, diary_get_text, diary_add_item, diary_has_item
};

static void
notice_cb (BmDocumentStore *store,
           const char      *message,
           BmStoreFixture  *fixture)
{
  g_ptr_array_add (fixture->notices, g_strdup (message));
}

static void
save_failed_cb (BmDocumentStore *store,
                const GError    *error,
                BmStoreFixture  *fixture)
{
  g_ptr_array_add (fixture->failures, g_strdup (error->message));
}

/* A store of a new, empty document of the fixture's kind, in its folder. */
BmDocumentStore *
bm_store_fixture_new_store (BmStoreFixture *fixture)
{
  g_autoptr(BmDocument) document = g_object_new (fixture->kind->get_type (), NULL);
  BmDocumentStore *store = bm_document_store_new (document, bm_test_catalog, fixture->path);

  bm_document_store_set_delay (store, 50);
  g_signal_connect (store, "notice", G_CALLBACK (notice_cb), fixture);
  g_signal_connect (store, "save-failed", G_CALLBACK (save_failed_cb), fixture);

  return store;
}

void
bm_store_fixture_set_up (BmStoreFixture *fixture,
                         gconstpointer   kind)
{
  fixture->kind = kind;
  fixture->dir = g_dir_make_tmp ("backmap-store-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, fixture->kind->file_name, NULL);
  fixture->notices = g_ptr_array_new_with_free_func (g_free);
  fixture->failures = g_ptr_array_new_with_free_func (g_free);
  fixture->store = bm_store_fixture_new_store (fixture);
}

void
bm_store_fixture_tear_down (BmStoreFixture *fixture,
                            gconstpointer   kind)
{
  bm_document_store_wait (fixture->store);
  g_clear_object (&fixture->store);
  g_ptr_array_unref (fixture->notices);
  g_ptr_array_unref (fixture->failures);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Loads what @contents holds; %NULL for no file. Notices are expected as g_message. */
BmDocument *
bm_store_fixture_load (BmStoreFixture *fixture,
                       const char     *contents,
                       gssize          size)
{
  if (contents != NULL)
    g_assert_true (g_file_set_contents (fixture->path, contents, size, NULL));
  bm_document_store_load (fixture->store);

  return bm_document_store_get_document (fixture->store);
}

char *
bm_test_read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

guint
bm_test_file_mode (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_lstat (path, &buf), ==, 0);
  return buf.st_mode & 07777;
}

/* The files moved aside in the folder, each checked to be private. */
GPtrArray *
bm_store_fixture_kept_aside (BmStoreFixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  g_autofree char *prefix = g_strconcat (fixture->kind->file_name, ".broken-", NULL);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        char *path = g_build_filename (fixture->dir, name, NULL);

        g_assert_cmpuint (bm_test_file_mode (path), ==, 0600);
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
void
bm_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add_once (ms, set_true, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}
