/* bm-diary-reader.c: the saved pain diary read straight into its entries
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diary's one reader: bm_diary_new_from_json() writes its tree out and reads it here.
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include "bm-diary-private.h"
#include "bm-enums.h"
#include "bm-json-reader.h"
#include "bm-json-scanner.h"

#define MAX_ZONES 8

typedef struct
{
  char *region_id;
  int side;
  gint64 intensity;
  int quality;
  char *extra;
} Score;

typedef struct
{
  char *technique_id;
  int helped;
  char *extra;
} Done;

/* What the reader found so far: the entries, and the parts of the one it reads. */
typedef struct
{
  GEnumClass *qualities;
  GEnumClass *helped;
  GFlagsClass *sides;
  GTimeZone *zones[MAX_ZONES]; /* the offsets from UTC met so far, which are few */
  guint n_zones;

  gint64 version;
  GDate *onset;
  GPtrArray *entries;
  GHashTable *ids;
  GString *extra;

  guint diary_seen;       /* the document's members read, by bit */
  guint entry_seen;       /* the entry's */
  guint item_seen;        /* those of the score or done being read */
  char *id;
  GDateTime *time;
  char *note;
  GArray *scores;
  GArray *done;
  GString *entry_extra;
  GString *item_extra;    /* of the score or done being read */
  Score score;
  Done done_item;
} Reading;

static void
free_text (GString *text)
{
  g_string_free (text, TRUE);
}
static void
clear_score (gpointer data)
{
  Score *score = data;

  g_free (score->region_id);
  g_free (score->extra);
}

static void
clear_done (gpointer data)
{
  Done *done = data;

  g_free (done->technique_id);
  g_free (done->extra);
}

/* Marks member @bit of the object read; a second time is an error. */
static gboolean
see (BmJsonScanner *scanner,
     guint         *seen,
     guint          bit,
     const char    *key)
{
  if (*seen & (1u << bit))
    return bm_json_scanner_fail (scanner, BM_JSON_ERROR_BAD_VALUE, key, "appears twice");

  *seen |= 1u << bit;
  return TRUE;
}

static gboolean
missing (BmJsonScanner      *scanner,
         guint               seen,
         const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (!(seen & (1u << i)))
      {
        g_autofree char *message = g_strdup_printf ("missing key \"%s\"", keys[i]);

        return !bm_json_scanner_fail (scanner, BM_JSON_ERROR_MISSING_KEY, NULL, message);
      }

  return FALSE;
}

/* A region's or a technique's id, which need not be in this Backmap's catalog. */
static gboolean
read_id (BmJsonScanner  *scanner,
         const char     *key,
         char          **id)
{
  g_autofree char *message = NULL;

  if (!bm_json_scanner_read_string (scanner, key))
    return FALSE;

  if (!bm_json_is_id (scanner->text->str))
    {
      message = g_strdup_printf ("\"%s\" is not a valid id (lower-case words joined by "
                                 "hyphens)", scanner->text->str);
      return bm_json_scanner_fail (scanner, BM_JSON_ERROR_BAD_VALUE, key, message);
    }

  *id = g_strdup (scanner->text->str);
  return TRUE;
}

static gboolean
read_score_member (BmJsonScanner *scanner,
                   const char    *key,
                   gpointer       data)
{
  Reading *reading = data;
  Score *score = &reading->score;

  if (g_str_equal (key, BM_DIARY_SCORE_REGION))
    return see (scanner, &reading->item_seen, 0, key)
           && read_id (scanner, key, &score->region_id);
  if (g_str_equal (key, BM_DIARY_SCORE_SIDE))
    return see (scanner, &reading->item_seen, 1, key)
           && bm_json_scanner_read_nick (scanner, key, reading->sides, &score->side);
  if (g_str_equal (key, BM_DIARY_SCORE_INTENSITY))
    return see (scanner, &reading->item_seen, 2, key)
           && bm_json_scanner_read_int (scanner, key, 0, BM_DIARY_MAX_INTENSITY,
                                        &score->intensity);
  if (g_str_equal (key, BM_DIARY_SCORE_QUALITY))
    return see (scanner, &reading->item_seen, 3, key)
           && bm_json_scanner_read_nick (scanner, key, reading->qualities, &score->quality);

  return bm_json_scanner_keep_member (scanner, key, &reading->item_extra);
}

static gboolean
read_score (BmJsonScanner *scanner,
            gpointer       data)
{
  static const char * const keys[] = {
    BM_DIARY_SCORE_REGION, BM_DIARY_SCORE_SIDE, BM_DIARY_SCORE_INTENSITY,
    BM_DIARY_SCORE_QUALITY, NULL
  };
  Reading *reading = data;
  Score *score = &reading->score;

  memset (score, 0, sizeof *score);
  reading->item_seen = 0;
  g_clear_pointer (&reading->item_extra, free_text);
  if (!bm_json_scanner_take (scanner, '{'))
    return bm_json_scanner_fail_type (scanner, NULL, "an object");
  if (!bm_json_scanner_read_members (scanner, read_score_member, reading)
      || missing (scanner, reading->item_seen, keys))
    {
      clear_score (score);
      return FALSE;
    }

  for (guint i = 0; i < reading->scores->len; i++)
    {
      Score *other = &g_array_index (reading->scores, Score, i);

      if (other->side == score->side && g_str_equal (other->region_id, score->region_id))
        {
          g_autofree char *message =
            g_strdup_printf ("the %s side of \"%s\" is scored twice in the entry",
                             bm_json_enum_nick (BM_TYPE_SIDE, score->side), score->region_id);

          clear_score (score);
          return bm_json_scanner_fail (scanner, BM_JSON_ERROR_BAD_VALUE, NULL, message);
        }
    }

  score->extra = reading->item_extra != NULL ? g_string_free (reading->item_extra, FALSE) : NULL;
  reading->item_extra = NULL;
  g_array_append_val (reading->scores, *score);

  return TRUE;
}

static gboolean
read_done_member (BmJsonScanner *scanner,
                  const char    *key,
                  gpointer       data)
{
  Reading *reading = data;
  Done *done = &reading->done_item;

  if (g_str_equal (key, BM_DIARY_DONE_TECHNIQUE))
    return see (scanner, &reading->item_seen, 0, key)
           && read_id (scanner, key, &done->technique_id);
  if (g_str_equal (key, BM_DIARY_DONE_HELPED))
    return see (scanner, &reading->item_seen, 1, key)
           && bm_json_scanner_read_nick (scanner, key, reading->helped, &done->helped);

  return bm_json_scanner_keep_member (scanner, key, &reading->item_extra);
}

static gboolean
read_done (BmJsonScanner *scanner,
           gpointer       data)
{
  static const char * const keys[] = { BM_DIARY_DONE_TECHNIQUE, BM_DIARY_DONE_HELPED, NULL };
  Reading *reading = data;
  Done *done = &reading->done_item;

  memset (done, 0, sizeof *done);
  reading->item_seen = 0;
  g_clear_pointer (&reading->item_extra, free_text);
  if (!bm_json_scanner_take (scanner, '{'))
    return bm_json_scanner_fail_type (scanner, NULL, "an object");
  if (!bm_json_scanner_read_members (scanner, read_done_member, reading)
      || missing (scanner, reading->item_seen, keys))
    {
      clear_done (done);
      return FALSE;
    }

  for (guint i = 0; i < reading->done->len; i++)
    if (g_str_equal (g_array_index (reading->done, Done, i).technique_id, done->technique_id))
      {
        g_autofree char *message = g_strdup_printf ("\"%s\" is listed twice in the entry",
                                                    done->technique_id);

        clear_done (done);
        return bm_json_scanner_fail (scanner, BM_JSON_ERROR_BAD_VALUE, NULL, message);
      }

  done->extra = reading->item_extra != NULL ? g_string_free (reading->item_extra, FALSE) : NULL;
  reading->item_extra = NULL;
  g_array_append_val (reading->done, *done);

  return TRUE;
}

/* A zone of a fixed offset from UTC, made once for all the entries that have it. */
static GTimeZone *
get_zone (Reading *reading,
          int      offset)
{
  for (guint i = 0; i < reading->n_zones; i++)
    if (g_time_zone_get_offset (reading->zones[i], 0) == offset)
      return reading->zones[i];

  if (reading->n_zones == MAX_ZONES)
    {
      g_time_zone_unref (reading->zones[0]);
      memmove (reading->zones, reading->zones + 1, (MAX_ZONES - 1) * sizeof (GTimeZone *));
      reading->n_zones--;
    }

  return reading->zones[reading->n_zones++] = g_time_zone_new_offset (offset);
}

static gboolean
digits (const char *text,
        guint       n,
        int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + text[i] - '0';
    }

  return TRUE;
}

/*
 * Reads the times this Backmap writes, "2026-03-01T08:30:00+01:00", quickly; any other
 * ISO 8601 time with its offset from UTC is left to GLib.
 */
static GDateTime *
parse_time (Reading    *reading,
            const char *text,
            gsize       length)
{
  int year, month, day, hour, minute, second, offset_hours, offset_minutes;

  if (length == 25 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':'
      && text[16] == ':' && (text[19] == '+' || text[19] == '-') && text[22] == ':'
      && digits (text, 4, &year) && digits (text + 5, 2, &month) && digits (text + 8, 2, &day)
      && digits (text + 11, 2, &hour) && digits (text + 14, 2, &minute)
      && digits (text + 17, 2, &second) && digits (text + 20, 2, &offset_hours)
      && digits (text + 23, 2, &offset_minutes) && offset_hours < 24 && offset_minutes < 60)
    {
      int offset = (offset_hours * 3600 + offset_minutes * 60) * (text[19] == '-' ? -1 : 1);

      return g_date_time_new (get_zone (reading, offset), year, month, day, hour, minute,
                              second);
    }

  return g_date_time_new_from_iso8601 (text, NULL);
}

static gboolean
read_entry_member (BmJsonScanner *scanner,
                   const char    *key,
                   gpointer       data)
{
  Reading *reading = data;

  if (g_str_equal (key, BM_DIARY_ENTRY_ID))
    {
      if (!see (scanner, &reading->entry_seen, 0, key)
          || !bm_json_scanner_read_string (scanner, key))
        return FALSE;
      if (scanner->text->len == 0)
        return bm_json_scanner_fail (scanner, BM_JSON_ERROR_BAD_VALUE, key, "empty string");
      reading->id = g_strdup (scanner->text->str);
      return TRUE;
    }
  if (g_str_equal (key, BM_DIARY_ENTRY_TIME))
    {
      if (!see (scanner, &reading->entry_seen, 1, key)
          || !bm_json_scanner_read_string (scanner, key))
        return FALSE;
      reading->time = parse_time (reading, scanner->text->str, scanner->text->len);
      if (reading->time == NULL)
        {
          g_autofree char *message =
            g_strdup_printf ("\"%s\" is not a date and time with its offset from UTC, such as "
                             "\"2026-03-01T08:30:00+01:00\"", scanner->text->str);

          return bm_json_scanner_fail (scanner, BM_JSON_ERROR_BAD_VALUE, key, message);
        }
      return TRUE;
    }
  if (g_str_equal (key, BM_DIARY_ENTRY_NOTE))
    {
      if (!see (scanner, &reading->entry_seen, 2, key)
          || !bm_json_scanner_read_string (scanner, key))
        return FALSE;
      reading->note = g_strdup (scanner->text->str);
      return TRUE;
    }
  if (g_str_equal (key, BM_DIARY_ENTRY_SCORES) || g_str_equal (key, BM_DIARY_ENTRY_DONE))
    {
      gboolean scores = g_str_equal (key, BM_DIARY_ENTRY_SCORES);
      gboolean read;

      if (!see (scanner, &reading->entry_seen, scores ? 3 : 4, key))
        return FALSE;
      if (!bm_json_scanner_take (scanner, '['))
        return bm_json_scanner_fail_type (scanner, key, "an array");
      bm_json_scanner_push (scanner, scores ? BM_DIARY_ENTRY_SCORES : BM_DIARY_ENTRY_DONE);
      read = bm_json_scanner_read_items (scanner, scores ? read_score : read_done, reading);
      bm_json_scanner_pop (scanner);
      return read;
    }

  return bm_json_scanner_keep_member (scanner, key, &reading->entry_extra);
}

static void
clear_entry (Reading *reading)
{
  g_clear_pointer (&reading->id, g_free);
  g_clear_pointer (&reading->time, g_date_time_unref);
  g_clear_pointer (&reading->note, g_free);
  g_array_set_size (reading->scores, 0);
  g_array_set_size (reading->done, 0);
  g_clear_pointer (&reading->entry_extra, free_text);
  g_clear_pointer (&reading->item_extra, free_text);
}

static BmDiaryEntry *
make_entry (Reading *reading)
{
  BmDiaryEntry *entry = bm_diary_entry_new_with_id (reading->id, reading->time);

  bm_diary_entry_set_note (entry, reading->note);
  for (guint i = 0; i < reading->scores->len; i++)
    {
      Score *score = &g_array_index (reading->scores, Score, i);

      bm_diary_entry_set_score (entry, score->region_id, score->side, score->intensity,
                                score->quality);
      if (score->extra != NULL)
        bm_diary_entry_take_score_extra (entry, score->region_id, score->side,
                                         g_steal_pointer (&score->extra));
    }
  for (guint i = 0; i < reading->done->len; i++)
    {
      Done *done = &g_array_index (reading->done, Done, i);

      bm_diary_entry_set_done (entry, done->technique_id, done->helped);
      if (done->extra != NULL)
        bm_diary_entry_take_last_done_extra (entry, g_steal_pointer (&done->extra));
    }
  if (reading->entry_extra != NULL)
    bm_diary_entry_take_extra (entry, g_string_free (g_steal_pointer (&reading->entry_extra),
                                                     FALSE));

  return entry;
}

static gboolean
read_entry (BmJsonScanner *scanner,
            gpointer       data)
{
  static const char * const keys[] = { BM_DIARY_ENTRY_ID, BM_DIARY_ENTRY_TIME, NULL };
  Reading *reading = data;
  BmDiaryEntry *entry;

  clear_entry (reading);
  reading->entry_seen = 0;
  if (!bm_json_scanner_take (scanner, '{'))
    return bm_json_scanner_fail_type (scanner, NULL, "an object");
  if (!bm_json_scanner_read_members (scanner, read_entry_member, reading)
      || missing (scanner, reading->entry_seen, keys))
    return FALSE;

  if (g_hash_table_contains (reading->ids, reading->id))
    {
      g_autofree char *message = g_strdup_printf ("\"%s\" is the id of an earlier entry too",
                                                  reading->id);

      return bm_json_scanner_fail (scanner, BM_JSON_ERROR_BAD_VALUE, BM_DIARY_ENTRY_ID,
                                   message);
    }

  entry = make_entry (reading);
  g_ptr_array_add (reading->entries, entry);
  g_hash_table_add (reading->ids, (gpointer) bm_diary_entry_get_id (entry));

  return TRUE;
}

/* Reads "YYYY-MM-DD", and nothing else. */
static gboolean
parse_date (const char  *text,
            GDate      **date)
{
  int year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-' || !digits (text, 4, &year)
      || !digits (text + 5, 2, &month) || !digits (text + 8, 2, &day)
      || !g_date_valid_dmy (day, month, year))
    return FALSE;

  *date = g_date_new_dmy (day, month, year);
  return TRUE;
}

static gboolean
read_diary_member (BmJsonScanner *scanner,
                   const char    *key,
                   gpointer       data)
{
  Reading *reading = data;
  gboolean read;

  if (g_str_equal (key, BM_DIARY_VERSION))
    return see (scanner, &reading->diary_seen, 0, key)
           && bm_json_scanner_read_int (scanner, key, 1, G_MAXINT64, &reading->version)
           && bm_document_check_version ("diary." BM_DIARY_VERSION, reading->version,
                                         BM_DIARY_FORMAT, scanner->error);
  if (g_str_equal (key, BM_DIARY_ENTRIES))
    {
      if (!see (scanner, &reading->diary_seen, 1, key))
        return FALSE;
      if (!bm_json_scanner_take (scanner, '['))
        return bm_json_scanner_fail_type (scanner, key, "an array");
      bm_json_scanner_push (scanner, BM_DIARY_ENTRIES);
      read = bm_json_scanner_read_items (scanner, read_entry, reading);
      bm_json_scanner_pop (scanner);
      return read;
    }
  if (g_str_equal (key, BM_DIARY_ONSET))
    {
      if (!see (scanner, &reading->diary_seen, 2, key))
        return FALSE;
      if (bm_json_scanner_take_null (scanner))
        return TRUE;
      if (!bm_json_scanner_read_string (scanner, key))
        return FALSE;
      if (!parse_date (scanner->text->str, &reading->onset))
        {
          g_autofree char *message = g_strdup_printf ("\"%s\" is not a date such as "
                                                      "\"2026-03-01\"", scanner->text->str);

          return bm_json_scanner_fail (scanner, BM_JSON_ERROR_BAD_VALUE, key, message);
        }
      return TRUE;
    }

  return bm_json_scanner_keep_member (scanner, key, &reading->extra);
}

static gboolean
read_diary (BmJsonScanner *scanner,
            Reading       *reading)
{
  static const char * const keys[] = { BM_DIARY_VERSION, BM_DIARY_ENTRIES, NULL };

  if (!bm_json_scanner_take (scanner, '{'))
    {
      /* What is not JSON at all is told as such first, as json-glib does. */
      return bm_json_scanner_copy_value (scanner, NULL) && bm_json_scanner_end (scanner)
             && bm_json_scanner_fail (scanner, BM_JSON_ERROR_WRONG_TYPE, NULL,
                                      "expected an object");
    }

  return bm_json_scanner_read_members (scanner, read_diary_member, reading)
         && bm_json_scanner_end (scanner) && !missing (scanner, reading->diary_seen, keys);
}

/**
 * bm_diary_new_from_bytes:
 * @bytes: a diary saved by bm_diary_to_bytes(), or by a newer Backmap
 *
 * Returns: (transfer full): the diary, or %NULL with @error set, naming where, when
 *   @bytes is not one, or when a newer Backmap saved a newer version of the diary
 *   (%BM_USER_FILE_ERROR_NEWER): see bm_document_check_version()
 */
BmDiary *
bm_diary_new_from_bytes (GBytes  *bytes,
                         GError **error)
{
  Reading reading = { 0, };
  BmJsonScanner scanner;
  BmDiary *diary = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (!bm_json_scanner_init (&scanner, data, size, "diary", error))
    {
      bm_json_scanner_clear (&scanner);
      return NULL;
    }

  reading.qualities = g_type_class_ref (BM_TYPE_PAIN_QUALITY);
  reading.helped = g_type_class_ref (BM_TYPE_HELPED);
  reading.sides = g_type_class_ref (BM_TYPE_SIDE);
  reading.entries = g_ptr_array_new_with_free_func (g_object_unref);
  reading.ids = g_hash_table_new (g_str_hash, g_str_equal);
  reading.scores = g_array_new (FALSE, FALSE, sizeof (Score));
  g_array_set_clear_func (reading.scores, clear_score);
  reading.done = g_array_new (FALSE, FALSE, sizeof (Done));
  g_array_set_clear_func (reading.done, clear_done);

  if (read_diary (&scanner, &reading))
    {
      diary = bm_diary_new ();
      bm_diary_take_entries (diary, reading.entries);
      if (reading.onset != NULL)
        bm_diary_set_onset (diary, reading.onset);
      if (reading.extra != NULL)
        bm_diary_take_extra (diary, g_string_free (g_steal_pointer (&reading.extra), FALSE));
    }

  clear_entry (&reading);
  g_clear_pointer (&reading.extra, free_text);
  g_clear_pointer (&reading.onset, g_date_free);
  for (guint i = 0; i < reading.n_zones; i++)
    g_time_zone_unref (reading.zones[i]);
  g_array_unref (reading.scores);
  g_array_unref (reading.done);
  g_hash_table_unref (reading.ids);
  g_ptr_array_unref (reading.entries);
  g_type_class_unref (reading.qualities);
  g_type_class_unref (reading.helped);
  g_type_class_unref (reading.sides);
  bm_json_scanner_clear (&scanner);

  return diary;
}
