/* bm-bench-diary.c: the pain diary's rows of the benchmark: loading, saving and the CSV
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <time.h>

#include "bm-bench.h"
#include "bm-catalog.h"
#include "bm-diary.h"
#include "bm-document-store.h"

/* Six entries a day, as a keen user makes them, each with two regions scored. */
static BmDiary *
make_diary (guint n_entries)
{
  static const char * const regions[] = { "lower", "gluteal", "neck", "upper" };
  static const char * const notes[] = {
    "", "Worse after sitting", "Drove 2 hours, then \"stiff\"", "Better, walked 30 min",
  };
  g_autoptr(GDateTime) start = g_date_time_new_local (2024, 1, 1, 7, 0, 0);
  BmDiary *diary = bm_diary_new ();

  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(GDateTime) time = g_date_time_add_hours (start, 4 * i);
      g_autoptr(BmDiaryEntry) entry = bm_diary_entry_new (time);

      bm_diary_entry_set_score (entry, regions[i % 4], BM_SIDE_LEFT, i % 11,
                                1 + i % BM_PAIN_QUALITY_CRAMPING);
      bm_diary_entry_set_score (entry, regions[(i + 1) % 4], BM_SIDE_RIGHT, (i * 7) % 11,
                                BM_PAIN_QUALITY_ACHING);
      if (i % 3 == 0)
        bm_diary_entry_set_done (entry, "swedish", BM_HELPED_A_LITTLE);
      bm_diary_entry_set_note (entry, notes[i % G_N_ELEMENTS (notes)]);
      bm_diary_add (diary, entry);
    }

  return diary;
}

typedef struct
{
  Sample load;
  Sample load_cpu;
  Sample csv;
  Sample save;
} DiaryTimes;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The CPU time of this thread, in ms: what a busy machine does not add to. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

/* Times a store's load of a saved diary, its save and its CSV, @RUNS times each. */
static void
measure (BmCatalog  *catalog,
         guint       n_entries,
         const char *dir,
         DiaryTimes *times)
{
  g_autoptr(BmDiary) diary = make_diary (n_entries);
  g_autoptr(GBytes) bytes = bm_diary_to_bytes (diary);
  g_autofree char *path = g_build_filename (dir, "diary.json", NULL);

  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            NULL))
    g_error ("Cannot write %s", path);

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(BmDiary) empty = bm_diary_new ();
      g_autoptr(BmDocumentStore) store = NULL;
      g_autoptr(GBytes) csv = NULL;
      g_autoptr(GBytes) saved = NULL;
      gint64 start;
      double cpu;

      store = bm_document_store_new (BM_DOCUMENT (empty), catalog, path);
      start = g_get_monotonic_time ();
      cpu = cpu_ms ();
      bm_document_store_load (store);
      times->load_cpu.values[i] = cpu_ms () - cpu;
      times->load.values[i] = ms_since (start);
      if (g_list_model_get_n_items (G_LIST_MODEL (empty)) != n_entries)
        g_error ("The diary did not load");

      start = g_get_monotonic_time ();
      csv = bm_diary_to_csv (empty, catalog);
      times->csv.values[i] = ms_since (start);

      start = g_get_monotonic_time ();
      saved = bm_document_to_bytes (BM_DOCUMENT (empty));
      times->save.values[i] = ms_since (start);
    }

  g_unlink (path);
}

/* How much more each entry costs in the big diary than in the small one. */
static void
growth (Sample       *ratio,
        const Sample *small,
        const Sample *big)
{
  for (guint i = 0; i < RUNS; i++)
    ratio->values[i] = big->values[i] / small->values[i] / 2;
}

void
bm_bench_diary (void)
{
  g_autoptr(BmCatalog) catalog = bm_catalog_new_from_resource (NULL);
  g_autofree char *dir = g_dir_make_tmp ("backmap-bench-XXXXXX", NULL);
  DiaryTimes small = { { .n = RUNS }, { .n = RUNS }, { .n = RUNS }, { .n = RUNS } };
  DiaryTimes big = small;
  Sample load_growth = { .n = RUNS }, csv_growth = { .n = RUNS };

  measure (catalog, 10000, dir, &small);
  measure (catalog, 20000, dir, &big);
  growth (&load_growth, &small.load_cpu, &big.load_cpu);
  growth (&csv_growth, &small.csv, &big.csv);
  g_rmdir (dir);

  row ("diary load, 10,000 entries (< 50 ms)", &small.load, "ms", "read, parse, check, model");
  row ("diary load, 10,000 entries: CPU", &small.load_cpu, "ms", NULL);
  row ("diary load, 20,000 entries", &big.load, "ms", NULL);
  row ("load CPU per entry, 20,000 vs 10,000 (~1)", &load_growth, "x", "linear");
  row ("diary CSV, 10,000 entries (< 100 ms)", &small.csv, "ms", "two regions an entry");
  row ("diary CSV, 20,000 entries", &big.csv, "ms", NULL);
  row ("CSV per entry, 20,000 vs 10,000 (linear: ~1)", &csv_growth, "x", NULL);
  row ("diary save, 10,000 entries: the text to write", &small.save, "ms", "on the main thread");
}
