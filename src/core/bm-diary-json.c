/* bm-diary-json.c: the pain diary as the JSON document it is saved as
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diary is written as compact text straight from its entries, one a line, and read
 * back by bm-diary-reader.c; a json-glib tree of it is made only when one is asked
 * for, and read through the same reader.
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include "bm-diary-private.h"
#include "bm-document.h"
#include "bm-enums.h"
#include "bm-json-reader.h"
#include "bm-json-scanner.h"

static void
add_key (GString    *out,
         const char *key)
{
  g_string_append_c (out, '"');
  g_string_append (out, key);
  g_string_append (out, "\":");
}

static void
add_string (GString    *out,
            const char *key,
            const char *value)
{
  add_key (out, key);
  bm_json_append_string (out, value, strlen (value));
}

static void
add_extra (GString    *out,
           const char *extra)
{
  if (extra != NULL)
    {
      g_string_append_c (out, ',');
      g_string_append (out, extra);
    }
}

/* "2026-03-01T08:30:00+01:00": to the second, in the entry's own offset from UTC. */
static void
add_time (GString   *out,
          GDateTime *time)
{
  int year, month, day;
  gint64 offset = g_date_time_get_utc_offset (time) / G_TIME_SPAN_SECOND;
  gint64 size = ABS (offset);

  g_date_time_get_ymd (time, &year, &month, &day);
  add_key (out, BM_DIARY_ENTRY_TIME);
  g_string_append_printf (out, "\"%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d\"", year, month, day,
                          g_date_time_get_hour (time), g_date_time_get_minute (time),
                          g_date_time_get_second (time), offset < 0 ? '-' : '+',
                          (int) (size / 3600), (int) (size / 60 % 60));
}

static void
add_entry (GString      *out,
           BmDiaryEntry *entry)
{
  guint n_scores = bm_diary_entry_get_n_scores (entry);
  guint n_done = bm_diary_entry_get_n_done (entry);

  g_string_append_c (out, '{');
  add_string (out, BM_DIARY_ENTRY_ID, bm_diary_entry_get_id (entry));
  g_string_append_c (out, ',');
  add_time (out, bm_diary_entry_get_time (entry));
  g_string_append_c (out, ',');
  add_string (out, BM_DIARY_ENTRY_NOTE, bm_diary_entry_get_note (entry));

  g_string_append_c (out, ',');
  add_key (out, BM_DIARY_ENTRY_SCORES);
  g_string_append_c (out, '[');
  for (guint i = 0; i < n_scores; i++)
    {
      const BmDiaryScore *score = bm_diary_entry_get_score (entry, i);

      g_string_append (out, i > 0 ? ",{" : "{");
      add_string (out, BM_DIARY_SCORE_REGION, score->region_id);
      g_string_append_c (out, ',');
      add_string (out, BM_DIARY_SCORE_SIDE, bm_json_enum_nick (BM_TYPE_SIDE, score->side));
      g_string_append_c (out, ',');
      add_key (out, BM_DIARY_SCORE_INTENSITY);
      g_string_append_printf (out, "%u,", score->intensity);
      add_string (out, BM_DIARY_SCORE_QUALITY,
                  bm_json_enum_nick (BM_TYPE_PAIN_QUALITY, score->quality));
      add_extra (out, bm_diary_entry_get_score_extra (entry, i));
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],");

  add_key (out, BM_DIARY_ENTRY_DONE);
  g_string_append_c (out, '[');
  for (guint i = 0; i < n_done; i++)
    {
      const BmDiaryDone *done = bm_diary_entry_get_done (entry, i);

      g_string_append (out, i > 0 ? ",{" : "{");
      add_string (out, BM_DIARY_DONE_TECHNIQUE, done->technique_id);
      g_string_append_c (out, ',');
      add_string (out, BM_DIARY_DONE_HELPED, bm_json_enum_nick (BM_TYPE_HELPED, done->helped));
      add_extra (out, bm_diary_entry_get_done_extra (entry, i));
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');

  add_extra (out, bm_diary_entry_get_extra (entry));
  g_string_append_c (out, '}');
}

/**
 * bm_diary_to_bytes:
 *
 * Writes the diary as compact JSON, one entry a line, with what a newer Backmap saved
 * and this one does not know.
 *
 * Returns: (transfer full): the document, for saving
 */
GBytes *
bm_diary_to_bytes (BmDiary *self)
{
  GPtrArray *entries;
  GString *out;
  GDate *onset;

  g_return_val_if_fail (BM_IS_DIARY (self), NULL);

  entries = bm_diary_get_entries (self);
  onset = bm_diary_get_onset (self);
  out = g_string_sized_new (256 + entries->len * 320);

  g_string_append_c (out, '{');
  add_key (out, BM_DIARY_VERSION);
  g_string_append (out, G_STRINGIFY (BM_DIARY_FORMAT) ",");
  if (onset != NULL)
    {
      add_key (out, BM_DIARY_ONSET);
      g_string_append_printf (out, "\"%04u-%02u-%02u\",", g_date_get_year (onset),
                              g_date_get_month (onset), g_date_get_day (onset));
    }
  add_key (out, BM_DIARY_ENTRIES);
  g_string_append_c (out, '[');
  for (guint i = 0; i < entries->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      add_entry (out, g_ptr_array_index (entries, i));
    }
  g_string_append (out, "\n]");
  add_extra (out, bm_diary_get_extra (self));
  g_string_append (out, "}\n");

  return g_string_free_to_bytes (out);
}

/**
 * bm_diary_to_json:
 *
 * Returns: (transfer full): the document bm_diary_to_bytes() writes, as a tree
 */
JsonNode *
bm_diary_to_json (BmDiary *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  g_return_val_if_fail (BM_IS_DIARY (self), NULL);

  bytes = bm_diary_to_bytes (self);
  root = bm_json_parse (bytes, "diary", &error);
  g_assert_no_error (error);

  return root;
}

/**
 * bm_diary_new_from_json:
 * @root: a document that bm_diary_to_json() made, or that a newer Backmap did
 *
 * Returns: (transfer full): the diary, or %NULL with @error set, naming where, when
 *   @root is not one
 */
BmDiary *
bm_diary_new_from_json (JsonNode  *root,
                        GError   **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  char *text;

  g_return_val_if_fail (root != NULL, NULL);

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &size);
  bytes = g_bytes_new_take (text, size);

  return bm_diary_new_from_bytes (bytes, error);
}
