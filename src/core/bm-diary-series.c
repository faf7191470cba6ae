/* bm-diary-series.c: the scores of each side of each region over a stretch of time
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include "bm-diary-private.h"

/* A series as it grows. */
typedef struct
{
  char *region_id;
  BmSide side;
  GArray *times;
  GByteArray *intensities;
  guint64 sum;
  guint worst;
} Growing;

/* The series of one region: one for each of its sides. */
typedef struct
{
  Growing *sides[3];
} RegionSeries;

static guint
side_index (BmSide side)
{
  return side == BM_SIDE_LEFT ? 0 : side == BM_SIDE_RIGHT ? 1 : 2;
}

static void
add_point (GPtrArray          *growing,
           GHashTable         *regions,
           const BmDiaryScore *score,
           gint64              time)
{
  RegionSeries *region = g_hash_table_lookup (regions, score->region_id);
  Growing *series;

  if (region == NULL)
    {
      region = g_new0 (RegionSeries, 1);
      g_hash_table_insert (regions, score->region_id, region);
    }

  series = region->sides[side_index (score->side)];
  if (series == NULL)
    {
      series = g_new0 (Growing, 1);
      series->region_id = g_strdup (score->region_id);
      series->side = score->side;
      series->times = g_array_new (FALSE, FALSE, sizeof (gint64));
      series->intensities = g_byte_array_new ();
      region->sides[side_index (score->side)] = series;
      g_ptr_array_add (growing, series);
    }

  g_array_append_val (series->times, time);
  g_byte_array_append (series->intensities, (guint8[]) { score->intensity }, 1);
  series->sum += score->intensity;
  series->worst = MAX (series->worst, score->intensity);
}

static BmDiarySeries *
finish (Growing *growing)
{
  BmDiarySeries *series = g_new0 (BmDiarySeries, 1);

  series->region_id = growing->region_id;
  series->side = growing->side;
  series->n_points = growing->times->len;
  series->current = growing->intensities->data[series->n_points - 1];
  series->worst = growing->worst;
  series->average = (double) growing->sum / series->n_points;
  series->times = (gint64 *) (gpointer) g_array_free (growing->times, FALSE);
  series->intensities = g_byte_array_free (growing->intensities, FALSE);
  g_free (growing);

  return series;
}

static int
compare_series (gconstpointer a,
                gconstpointer b)
{
  const Growing *x = *(Growing **) a;
  const Growing *y = *(Growing **) b;
  int order = strcmp (x->region_id, y->region_id);

  return order != 0 ? order : (int) x->side - (int) y->side;
}

/* The first position of @entries at or after @time; @entries are by time. */
static guint
first_at_or_after (GPtrArray *entries,
                   GDateTime *time)
{
  gint64 seconds = g_date_time_to_unix (time);
  guint low = 0, high = entries->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_date_time_to_unix (bm_diary_entry_get_time (g_ptr_array_index (entries, middle)))
          < seconds)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/**
 * bm_diary_dup_series:
 * @from: (nullable): the first moment of the stretch, %NULL for the first entry
 * @to: (nullable): the moment after the stretch, %NULL for after the last entry
 *
 * Takes the entries of the stretch once, after finding it by bisection.
 *
 * Returns: (transfer full) (element-type BmDiarySeries): one series for each side of
 *   each region scored in [@from, @to), by region id, then side; each series has at
 *   least one point
 */
GPtrArray *
bm_diary_dup_series (BmDiary   *self,
                     GDateTime *from,
                     GDateTime *to)
{
  g_autoptr(GHashTable) regions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) growing = g_ptr_array_new ();
  GPtrArray *entries, *result;
  guint first, last;

  g_return_val_if_fail (BM_IS_DIARY (self), NULL);

  entries = bm_diary_get_entries (self);
  first = from != NULL ? first_at_or_after (entries, from) : 0;
  last = to != NULL ? first_at_or_after (entries, to) : entries->len;

  for (guint i = first; i < last; i++)
    {
      BmDiaryEntry *entry = g_ptr_array_index (entries, i);
      gint64 time = g_date_time_to_unix (bm_diary_entry_get_time (entry));

      for (guint j = 0; j < bm_diary_entry_get_n_scores (entry); j++)
        add_point (growing, regions, bm_diary_entry_get_score (entry, j), time);
    }

  g_ptr_array_sort (growing, compare_series);
  result = g_ptr_array_new_full (growing->len, (GDestroyNotify) bm_diary_series_free);
  for (guint i = 0; i < growing->len; i++)
    g_ptr_array_add (result, finish (g_ptr_array_index (growing, i)));

  return result;
}

void
bm_diary_series_free (BmDiarySeries *series)
{
  if (series == NULL)
    return;

  g_free (series->region_id);
  g_free (series->times);
  g_free (series->intensities);
  g_free (series);
}
