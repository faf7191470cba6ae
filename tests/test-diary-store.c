/* test-diary-store.c: the pain diary on disk: what holds for the diary alone
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What holds for every kind of document is in test-document-store.c.
 */

#include "config.h"

#include "bm-diary-private.h"
#include "bm-test-stores.h"

typedef BmStoreFixture Fixture;

static BmDiary *
load (Fixture    *fixture,
      const char *contents)
{
  return BM_DIARY (bm_store_fixture_load (fixture, contents, -1));
}

static void
add_entry (BmDiary    *diary,
           const char *id,
           guint       day)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 3, day, 9, 0, 0);
  g_autoptr(BmDiaryEntry) entry = bm_diary_entry_new_with_id (id, time);

  bm_diary_entry_set_score (entry, "lower", BM_SIDE_LEFT, day % 11, BM_PAIN_QUALITY_ACHING);
  bm_diary_add (diary, entry);
}

static void
set_note (BmDiary    *diary,
          const char *id,
          const char *note)
{
  g_autoptr(BmDiaryEntry) edited = bm_diary_entry_copy (bm_diary_lookup (diary, id));
  g_autoptr(BmDiaryEntry) old = NULL;

  bm_diary_entry_set_note (edited, note);
  old = bm_diary_replace (diary, edited);
}

/* What a newer Backmap wrote, and regions this one does not know, survive a save. */
static void
test_unknown_kept (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char document[] =
    "{ \"version\": 1, \"colour\": \"blue\", \"entries\": [ { \"id\": \"a\","
    " \"time\": \"2026-03-01T08:00:00+01:00\", \"weather\": \"rain\", \"scores\": ["
    " { \"region\": \"future-region\", \"side\": \"left\", \"intensity\": 3,"
    " \"quality\": \"aching\", \"depth\": \"deep\" } ] } ] }";
  BmDiary *diary = load (fixture, document);
  g_autofree char *saved = NULL;

  g_assert_cmpuint (fixture->notices->len, ==, 0);
  set_note (diary, "a", "changed");
  add_entry (diary, "b", 2);
  g_assert_true (bm_document_store_flush (fixture->store, NULL));

  saved = bm_test_read_file (fixture->path);
  g_assert_nonnull (strstr (saved, "\"colour\":\"blue\""));
  g_assert_nonnull (strstr (saved, "\"weather\":\"rain\""));
  g_assert_nonnull (strstr (saved, "\"depth\":\"deep\""));
  g_assert_nonnull (strstr (saved, "\"future-region\""));
  g_assert_nonnull (strstr (saved, "\"changed\""));
}

/*
 * Two programs on one diary: an entry one deletes and the other leaves alone goes,
 * one both edit is ours, the onset is whoever changed it, and additions all stay.
 */
static void
test_external_change (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BmDocumentStore) other = bm_store_fixture_new_store (fixture);
  BmDiary *ours = load (fixture, NULL);
  BmDiary *theirs = BM_DIARY (bm_document_store_get_document (other));
  g_autoptr(GDate) onset = g_date_new_dmy (20, G_DATE_FEBRUARY, 2026);
  g_autoptr(BmDiaryEntry) removed = NULL;

  add_entry (ours, "deleted-by-them", 1);
  add_entry (ours, "edited-by-both", 2);
  add_entry (ours, "edited-by-them", 3);
  g_assert_true (bm_document_store_flush (fixture->store, NULL));
  bm_document_store_load (other);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (theirs)), ==, 3);

  removed = bm_diary_remove (theirs, "deleted-by-them");
  set_note (theirs, "edited-by-both", "theirs");
  set_note (theirs, "edited-by-them", "theirs");
  add_entry (theirs, "added-by-them", 4);
  bm_diary_set_onset (theirs, onset);
  g_assert_true (bm_document_store_flush (other, NULL));

  set_note (ours, "edited-by-both", "ours");
  add_entry (ours, "added-by-us", 5);
  g_assert_true (bm_document_store_flush (fixture->store, NULL));

  g_assert_null (bm_diary_lookup (ours, "deleted-by-them"));
  g_assert_cmpstr (bm_diary_entry_get_note (bm_diary_lookup (ours, "edited-by-both")), ==, "ours");
  g_assert_cmpstr (bm_diary_entry_get_note (bm_diary_lookup (ours, "edited-by-them")), ==,
                   "theirs");
  g_assert_nonnull (bm_diary_lookup (ours, "added-by-them"));
  g_assert_nonnull (bm_diary_lookup (ours, "added-by-us"));
  g_assert_cmpint (g_date_compare (bm_diary_get_onset (ours), onset), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 4);
  g_assert_cmpuint (fixture->notices->len, ==, 0);
}

#define ADD(path, func) \
  g_test_add ("/bm/diary-store/" path, Fixture, &bm_test_diary_kind, bm_store_fixture_set_up, \
              func, bm_store_fixture_tear_down)

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

  status = g_test_run ();
  g_object_unref (bm_test_catalog);

  return status;
}
