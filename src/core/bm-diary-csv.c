/* bm-diary-csv.c: the pain diary as a table for spreadsheets: RFC 4180, UTF-8
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-diary-private.h"
#include "bm-enums.h"
#include "bm-json-reader.h"
#include "bm-region.h"
#include "bm-technique.h"

/* Adds @field, quoted when it holds a comma, a quote or a line break, and @end. */
static void
add_field (GString    *csv,
           const char *field,
           const char *end)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    g_string_append (csv, field);
  else
    {
      g_string_append_c (csv, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (csv, '"');
          g_string_append_c (csv, *p);
        }
      g_string_append_c (csv, '"');
    }

  g_string_append (csv, end);
}

/* What was done, by name, each with whether it helped when that was said. */
static char *
dup_done (BmDiaryEntry *entry,
          BmCatalog    *catalog)
{
  GString *done = g_string_new (NULL);

  for (guint i = 0; i < bm_diary_entry_get_n_done (entry); i++)
    {
      const BmDiaryDone *item = bm_diary_entry_get_done (entry, i);
      BmTechnique *technique = catalog != NULL
                               ? bm_catalog_lookup_technique (catalog, item->technique_id)
                               : NULL;

      if (i > 0)
        g_string_append (done, "; ");
      g_string_append (done, technique != NULL ? bm_technique_get_name (technique)
                                               : item->technique_id);
      if (item->helped != BM_HELPED_UNSAID)
        g_string_append_printf (done, ": %s", bm_json_enum_nick (BM_TYPE_HELPED, item->helped));
    }

  return g_string_free (done, FALSE);
}

static void
add_row (GString            *csv,
         const char         *time,
         const BmDiaryScore *score,
         BmCatalog          *catalog,
         const char         *done,
         const char         *note)
{
  BmRegion *region = NULL;
  char intensity[4] = "";

  if (score != NULL)
    {
      region = catalog != NULL ? bm_catalog_lookup_region (catalog, score->region_id) : NULL;
      g_snprintf (intensity, sizeof intensity, "%u", score->intensity);
    }

  add_field (csv, time, ",");
  add_field (csv, score == NULL ? "" : region != NULL ? bm_region_get_name (region)
                                                      : score->region_id, ",");
  add_field (csv, score != NULL ? bm_json_enum_nick (BM_TYPE_SIDE, score->side) : "", ",");
  add_field (csv, intensity, ",");
  add_field (csv, score != NULL ? bm_json_enum_nick (BM_TYPE_PAIN_QUALITY, score->quality) : "",
             ",");
  add_field (csv, done, ",");
  add_field (csv, note, "\r\n");
}

/**
 * bm_diary_to_csv:
 * @catalog: (nullable): for the names of regions and techniques; without one, or for
 *   an id it does not know, the id stands in
 *
 * Makes a table for spreadsheets, as RFC 4180 says: UTF-8, CRLF line ends, a header
 * row, then one row for each region and side scored in each entry, oldest first; an
 * entry without scores gets one row. The columns are the date and time (ISO 8601, with
 * the offset from UTC), the region, the side, the intensity (0 to 10), the quality, what
 * was done (with "yes", "a-little" or "no" for whether it helped) and the note. Side,
 * quality and helped are written as in the saved diary.
 *
 * Returns: (transfer full): the table
 */
GBytes *
bm_diary_to_csv (BmDiary   *self,
                 BmCatalog *catalog)
{
  GString *csv;
  GPtrArray *entries;

  g_return_val_if_fail (BM_IS_DIARY (self), NULL);
  g_return_val_if_fail (catalog == NULL || BM_IS_CATALOG (catalog), NULL);

  entries = bm_diary_get_entries (self);
  csv = g_string_sized_new (64 + entries->len * 96);

  add_field (csv, C_("diary table", "Date and time"), ",");
  add_field (csv, C_("diary table", "Region"), ",");
  add_field (csv, C_("diary table", "Side"), ",");
  add_field (csv, C_("diary table", "Intensity"), ",");
  add_field (csv, C_("diary table", "Quality"), ",");
  add_field (csv, C_("diary table", "Done"), ",");
  add_field (csv, C_("diary table", "Note"), "\r\n");

  for (guint i = 0; i < entries->len; i++)
    {
      BmDiaryEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *time = g_date_time_format (bm_diary_entry_get_time (entry),
                                                  "%Y-%m-%dT%H:%M:%S%:z");
      g_autofree char *done = dup_done (entry, catalog);
      const char *note = bm_diary_entry_get_note (entry);
      guint n_scores = bm_diary_entry_get_n_scores (entry);

      if (n_scores == 0)
        add_row (csv, time, NULL, catalog, done, note);
      for (guint j = 0; j < n_scores; j++)
        add_row (csv, time, bm_diary_entry_get_score (entry, j), catalog, done, note);
    }

  return g_string_free_to_bytes (csv);
}
