/* test-diary.c: the pain diary: entries, order, edits, onset, its document, series and CSV
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-catalog.h"
#include "bm-document.h"
#include "bm-json-reader.h"
#include "bm-region.h"
#include "bm-technique.h"
#include "bm-test-diary.h"

static BmCatalog *catalog;

static void
notify_cb (gpointer    object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_entry (void)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2026, 3, 1, 8, 30, 15.75);
  g_autoptr(BmDiaryEntry) entry = bm_diary_entry_new (time);
  g_autoptr(BmDiaryEntry) other = bm_diary_entry_new (time);
  g_autoptr(BmDiaryEntry) copy = NULL;
  const BmDiaryScore *score;

  g_assert_true (g_uuid_string_is_valid (bm_diary_entry_get_id (entry)));
  g_assert_cmpstr (bm_diary_entry_get_id (entry), !=, bm_diary_entry_get_id (other));
  g_assert_cmpint (g_date_time_get_microsecond (bm_diary_entry_get_time (entry)), ==, 0);
  g_assert_cmpint (g_date_time_get_second (bm_diary_entry_get_time (entry)), ==, 15);
  g_assert_cmpstr (bm_diary_entry_get_note (entry), ==, "");

  /* Scores are sorted by region, then side; a score set again is replaced. */
  bm_diary_entry_set_score (entry, "neck", BM_SIDE_LEFT, 3, BM_PAIN_QUALITY_STIFFNESS);
  bm_diary_entry_set_score (entry, "lower", BM_SIDE_RIGHT, 5, BM_PAIN_QUALITY_ACHING);
  bm_diary_entry_set_score (entry, "lower", BM_SIDE_LEFT, 15, BM_PAIN_QUALITY_BURNING);
  bm_diary_entry_set_score (entry, "neck", BM_SIDE_LEFT, 4, BM_PAIN_QUALITY_CRAMPING);
  g_assert_cmpuint (bm_diary_entry_get_n_scores (entry), ==, 3);
  score = bm_diary_entry_get_score (entry, 0);
  g_assert_cmpstr (score->region_id, ==, "lower");
  g_assert_cmpint (score->side, ==, BM_SIDE_LEFT);
  g_assert_cmpuint (score->intensity, ==, BM_DIARY_MAX_INTENSITY);
  g_assert_cmpint (bm_diary_entry_get_score (entry, 1)->side, ==, BM_SIDE_RIGHT);
  score = bm_diary_entry_find_score (entry, "neck", BM_SIDE_LEFT);
  g_assert_cmpuint (score->intensity, ==, 4);
  g_assert_cmpint (score->quality, ==, BM_PAIN_QUALITY_CRAMPING);
  g_assert_null (bm_diary_entry_find_score (entry, "neck", BM_SIDE_RIGHT));
  bm_diary_entry_remove_score (entry, "lower", BM_SIDE_RIGHT);
  g_assert_cmpuint (bm_diary_entry_get_n_scores (entry), ==, 2);

  /* What was done keeps its order; set again, it is replaced. */
  bm_diary_entry_set_done (entry, "swedish", BM_HELPED_UNSAID);
  bm_diary_entry_set_done (entry, "heat", BM_HELPED_NO);
  bm_diary_entry_set_done (entry, "swedish", BM_HELPED_A_LITTLE);
  g_assert_cmpuint (bm_diary_entry_get_n_done (entry), ==, 2);
  g_assert_cmpstr (bm_diary_entry_get_done (entry, 0)->technique_id, ==, "swedish");
  g_assert_cmpint (bm_diary_entry_get_done (entry, 0)->helped, ==, BM_HELPED_A_LITTLE);
  bm_diary_entry_remove_done (entry, "swedish");
  g_assert_cmpstr (bm_diary_entry_get_done (entry, 0)->technique_id, ==, "heat");

  /* A copy keeps the id and is equal, until it is edited. */
  bm_diary_entry_set_note (entry, "after the drive");
  copy = bm_diary_entry_copy (entry);
  g_assert_cmpstr (bm_diary_entry_get_id (copy), ==, bm_diary_entry_get_id (entry));
  g_assert_true (bm_diary_entry_equal (copy, entry));
  bm_diary_entry_set_score (copy, "neck", BM_SIDE_LEFT, 5, BM_PAIN_QUALITY_CRAMPING);
  g_assert_false (bm_diary_entry_equal (copy, entry));
  g_assert_cmpuint (bm_diary_entry_find_score (entry, "neck", BM_SIDE_LEFT)->intensity, ==, 4);
}

static void
test_order (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *ids = NULL;
  guint changed = 0;

  g_signal_connect (diary, "items-changed", G_CALLBACK (bm_test_diary_items_changed_cb), log);
  g_signal_connect (diary, "changed", G_CALLBACK (bm_test_diary_count_cb), &changed);

  bm_test_diary_add_entry (diary, "b", 2);
  bm_test_diary_add_entry (diary, "a", 1);
  bm_test_diary_add_entry (diary, "d", 4);
  bm_test_diary_add_entry (diary, "c", 2);  /* the same second as b: after it */
  bm_test_diary_add_entry (diary, "e", 0.5);

  ids = bm_test_diary_dup_ids (diary);
  g_assert_cmpstr (ids, ==, "e a b c d");
  g_assert_cmpstr (log->str, ==, "0-0+1 0-0+1 2-0+1 2-0+1 0-0+1");
  g_assert_cmpuint (changed, ==, 5);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (diary)) == BM_TYPE_DIARY_ENTRY);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (diary), 5));
  g_assert_cmpstr (bm_diary_entry_get_id (bm_diary_lookup (diary, "c")), ==, "c");
  g_assert_null (bm_diary_lookup (diary, "f"));
}

static void
test_replace_remove (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(BmDiaryEntry) edited = NULL;
  g_autoptr(BmDiaryEntry) old = NULL;
  g_autoptr(BmDiaryEntry) moved = NULL;
  g_autoptr(BmDiaryEntry) before_move = NULL;
  g_autoptr(BmDiaryEntry) removed = NULL;
  g_autoptr(GDateTime) later = bm_test_diary_at (10);
  g_autofree char *ids = NULL;
  guint changed = 0;

  bm_test_diary_add_entry (diary, "a", 1);
  bm_test_diary_add_entry (diary, "b", 2);
  bm_test_diary_add_entry (diary, "c", 3);
  g_signal_connect (diary, "items-changed", G_CALLBACK (bm_test_diary_items_changed_cb), log);
  g_signal_connect (diary, "changed", G_CALLBACK (bm_test_diary_count_cb), &changed);

  /* Edited in place: one item changes where it is. */
  edited = bm_diary_entry_copy (bm_diary_lookup (diary, "b"));
  bm_diary_entry_set_note (edited, "edited");
  old = bm_diary_replace (diary, edited);
  g_assert_cmpstr (bm_diary_entry_get_note (old), ==, "");
  g_assert_true (bm_diary_lookup (diary, "b") == edited);
  g_assert_cmpstr (log->str, ==, "1-1+1");
  g_string_truncate (log, 0);

  /* Moved in time: out of its place, into the new one. */
  moved = bm_diary_entry_copy (bm_diary_lookup (diary, "a"));
  bm_diary_entry_set_time (moved, later);
  before_move = bm_diary_replace (diary, moved);
  ids = bm_test_diary_dup_ids (diary);
  g_assert_cmpstr (ids, ==, "b c a");
  g_assert_cmpstr (log->str, ==, "0-1+0 2-0+1");
  g_string_truncate (log, 0);

  /* Undo puts the old entry back. */
  g_clear_object (&moved);
  moved = bm_diary_replace (diary, before_move);
  g_clear_pointer (&ids, g_free);
  ids = bm_test_diary_dup_ids (diary);
  g_assert_cmpstr (ids, ==, "a b c");
  g_string_truncate (log, 0);

  removed = bm_diary_remove (diary, "b");
  g_assert_true (removed == edited);
  g_assert_cmpstr (log->str, ==, "1-1+0");
  g_assert_null (bm_diary_remove (diary, "b"));
  g_assert_null (bm_diary_lookup (diary, "b"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diary)), ==, 2);
  g_assert_cmpuint (changed, ==, 4);
}

static void
test_onset (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GDate) onset = g_date_new_dmy (14, G_DATE_FEBRUARY, 2026);
  guint notified = 0, changed = 0;

  g_signal_connect (diary, "notify::onset", G_CALLBACK (notify_cb), &notified);
  g_signal_connect (diary, "changed", G_CALLBACK (bm_test_diary_count_cb), &changed);

  g_assert_null (bm_diary_get_onset (diary));
  bm_diary_set_onset (diary, onset);
  bm_diary_set_onset (diary, onset);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (g_date_compare (bm_diary_get_onset (diary), onset), ==, 0);
  g_assert_true (bm_diary_get_onset (diary) != onset);
  bm_diary_set_onset (diary, NULL);
  bm_diary_set_onset (diary, NULL);
  g_assert_null (bm_diary_get_onset (diary));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (changed, ==, 2);
}

static void
test_series (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) some = NULL;
  g_autoptr(GDateTime) from = bm_test_diary_at (2);
  g_autoptr(GDateTime) to = bm_test_diary_at (4);
  static const guint lower_left[] = { 2, 8, 5, 3 };
  BmDiarySeries *series;

  for (guint i = 0; i < G_N_ELEMENTS (lower_left); i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autoptr(BmDiaryEntry) entry = bm_test_diary_new_entry (id, i + 1);

      bm_diary_entry_set_score (entry, "lower", BM_SIDE_LEFT, lower_left[i],
                                BM_PAIN_QUALITY_ACHING);
      if (i % 2 == 1)
        bm_diary_entry_set_score (entry, "gluteal", BM_SIDE_RIGHT, 6 + i, BM_PAIN_QUALITY_UNSAID);
      bm_diary_add (diary, entry);
    }
  bm_test_diary_add_entry (diary, "unscored", 2.5);

  all = bm_diary_dup_series (diary, NULL, NULL);
  g_assert_cmpuint (all->len, ==, 2);
  series = g_ptr_array_index (all, 0);
  g_assert_cmpstr (series->region_id, ==, "gluteal");
  g_assert_cmpint (series->side, ==, BM_SIDE_RIGHT);
  g_assert_cmpuint (series->n_points, ==, 2);
  g_assert_cmpuint (series->intensities[0], ==, 7);
  g_assert_cmpuint (series->intensities[1], ==, 9);
  g_assert_cmpuint (series->current, ==, 9);
  g_assert_cmpuint (series->worst, ==, 9);
  g_assert_cmpfloat_with_epsilon (series->average, 8.0, 1e-9);

  series = g_ptr_array_index (all, 1);
  g_assert_cmpstr (series->region_id, ==, "lower");
  g_assert_cmpuint (series->n_points, ==, 4);
  g_assert_cmpint (series->times[0], ==, g_date_time_to_unix (from) - 3600);
  g_assert_cmpint (series->times[3], ==, g_date_time_to_unix (to));
  g_assert_cmpuint (series->current, ==, 3);
  g_assert_cmpuint (series->worst, ==, 8);
  g_assert_cmpfloat_with_epsilon (series->average, 4.5, 1e-9);

  /* [2 h, 4 h): the second and third entries. */
  some = bm_diary_dup_series (diary, from, to);
  g_assert_cmpuint (some->len, ==, 2);
  series = g_ptr_array_index (some, 1);
  g_assert_cmpuint (series->n_points, ==, 2);
  g_assert_cmpuint (series->current, ==, 5);
  g_assert_cmpuint (series->worst, ==, 8);
  g_assert_cmpfloat_with_epsilon (series->average, 6.5, 1e-9);
  series = g_ptr_array_index (some, 0);
  g_assert_cmpuint (series->n_points, ==, 1);
  g_assert_cmpfloat_with_epsilon (series->average, 7.0, 1e-9);

  g_clear_pointer (&some, g_ptr_array_unref);
  some = bm_diary_dup_series (diary, to, from);
  g_assert_cmpuint (some->len, ==, 0);
}

static void
test_csv (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(BmDiaryEntry) entry = bm_test_diary_new_entry ("scored", 8.5);
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *expected = NULL;
  BmRegion *lower = bm_catalog_lookup_region (catalog, "lower");
  BmTechnique *swedish = bm_catalog_lookup_technique (catalog, "swedish");
  gsize size;
  const char *text;

  bm_diary_entry_set_score (entry, "lower", BM_SIDE_LEFT, 6, BM_PAIN_QUALITY_BURNING);
  bm_diary_entry_set_score (entry, "future-region", BM_SIDE_CENTER, 2, BM_PAIN_QUALITY_UNSAID);
  bm_diary_entry_set_done (entry, "swedish", BM_HELPED_A_LITTLE);
  bm_diary_entry_set_done (entry, "future-technique", BM_HELPED_UNSAID);
  bm_diary_entry_set_note (entry, "Sat, then \"stood\"\nthen walked: Größe ✓");
  bm_diary_add (diary, entry);
  bm_test_diary_add_entry (diary, "empty", 7);

  csv = bm_diary_to_csv (diary, catalog);
  text = g_bytes_get_data (csv, &size);
  g_assert_true (g_utf8_validate (text, size, NULL));
  expected = g_strdup_printf (
    "Date and time,Region,Side,Intensity,Quality,Done,Note\r\n"
    "2026-03-01T07:00:00+01:00,,,,,,\r\n"
    "2026-03-01T08:30:00+01:00,future-region,center,2,unsaid,%s: a-little; future-technique,"
    "\"Sat, then \"\"stood\"\"\nthen walked: Größe ✓\"\r\n"
    "2026-03-01T08:30:00+01:00,%s,left,6,burning,%s: a-little; future-technique,"
    "\"Sat, then \"\"stood\"\"\nthen walked: Größe ✓\"\r\n",
    bm_technique_get_name (swedish), bm_region_get_name (lower), bm_technique_get_name (swedish));
  g_assert_cmpmem (text, size, expected, strlen (expected));

  /* Without a catalog, ids stand in for names. */
  g_clear_pointer (&csv, g_bytes_unref);
  csv = bm_diary_to_csv (diary, NULL);
  g_assert_nonnull (strstr (g_bytes_get_data (csv, NULL), ",lower,left,6,burning,swedish: "));
}

static void
test_csv_empty (void)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GBytes) csv = bm_diary_to_csv (diary, catalog);
  static const char header[] = "Date and time,Region,Side,Intensity,Quality,Done,Note\r\n";

  g_assert_cmpmem (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), header,
                   strlen (header));
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

  g_test_add_func ("/bm/diary/entry", test_entry);
  g_test_add_func ("/bm/diary/order", test_order);
  g_test_add_func ("/bm/diary/replace-remove", test_replace_remove);
  g_test_add_func ("/bm/diary/onset", test_onset);
  g_test_add_func ("/bm/diary/series", test_series);
  g_test_add_func ("/bm/diary/csv", test_csv);
  g_test_add_func ("/bm/diary/csv-empty", test_csv_empty);

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
