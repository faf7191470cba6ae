/* bm-diary-json.c: the pain diary as the JSON document it is saved as, and merges of two
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include "bm-diary-private.h"
#include "bm-document.h"
#include "bm-enums.h"
#include "bm-json-reader.h"

#define ENTRY_ID        "id"
#define ENTRY_TIME      "time"
#define ENTRY_NOTE      "note"
#define ENTRY_SCORES    "scores"
#define ENTRY_DONE      "done"
#define SCORE_REGION    "region"
#define SCORE_SIDE      "side"
#define SCORE_INTENSITY "intensity"
#define SCORE_QUALITY   "quality"
#define DONE_TECHNIQUE  "technique"
#define DONE_HELPED     "helped"

/* The members each level has; any other is kept as it is. */
static const char * const diary_members[] = {
  BM_DIARY_VERSION, BM_DIARY_ONSET, BM_DIARY_ENTRIES, NULL
};
static const char * const entry_members[] = {
  ENTRY_ID, ENTRY_TIME, ENTRY_NOTE, ENTRY_SCORES, ENTRY_DONE, NULL
};
static const char * const score_members[] = {
  SCORE_REGION, SCORE_SIDE, SCORE_INTENSITY, SCORE_QUALITY, NULL
};
static const char * const done_members[] = { DONE_TECHNIQUE, DONE_HELPED, NULL };

/* Copies the members of @from that are not in @known into @to. */
static void
copy_unknown (JsonObject         *to,
              JsonObject         *from,
              const char * const *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, from);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_strv_contains (known, name))
      json_object_set_member (to, name, json_node_copy (node));
}

static gboolean
has_unknown (JsonObject         *object,
             const char * const *known)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    if (!g_strv_contains (known, name))
      return TRUE;

  return FALSE;
}

/* The object of @array, from an entry's source, whose @key is @value (and side @side). */
static JsonObject *
find_source_item (JsonObject *source,
                  const char *member,
                  const char *key,
                  const char *value,
                  const char *side)
{
  JsonNode *node = source != NULL ? json_object_get_member (source, member) : NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (item, key, NULL), value) == 0
          && (side == NULL
              || g_strcmp0 (json_object_get_string_member_with_default (item, SCORE_SIDE, NULL),
                            side) == 0))
        return item;
    }

  return NULL;
}

static JsonNode *
score_to_json (const BmDiaryScore *score,
               JsonObject         *source)
{
  JsonObject *object = json_object_new ();
  const char *side = bm_json_enum_nick (BM_TYPE_SIDE, score->side);
  JsonObject *was = find_source_item (source, ENTRY_SCORES, SCORE_REGION, score->region_id, side);

  json_object_set_string_member (object, SCORE_REGION, score->region_id);
  json_object_set_string_member (object, SCORE_SIDE, side);
  json_object_set_int_member (object, SCORE_INTENSITY, score->intensity);
  json_object_set_string_member (object, SCORE_QUALITY,
                                 bm_json_enum_nick (BM_TYPE_PAIN_QUALITY, score->quality));
  if (was != NULL)
    copy_unknown (object, was, score_members);

  return json_node_init_object (json_node_alloc (), object);
}

static JsonNode *
done_to_json (const BmDiaryDone *done,
              JsonObject        *source)
{
  JsonObject *object = json_object_new ();
  JsonObject *was = find_source_item (source, ENTRY_DONE, DONE_TECHNIQUE, done->technique_id,
                                      NULL);

  json_object_set_string_member (object, DONE_TECHNIQUE, done->technique_id);
  json_object_set_string_member (object, DONE_HELPED,
                                 bm_json_enum_nick (BM_TYPE_HELPED, done->helped));
  if (was != NULL)
    copy_unknown (object, was, done_members);

  return json_node_init_object (json_node_alloc (), object);
}

static JsonNode *
entry_to_json (BmDiaryEntry *entry)
{
  JsonObject *object = json_object_new ();
  JsonObject *source = bm_diary_entry_get_source (entry);
  JsonArray *scores = json_array_sized_new (bm_diary_entry_get_n_scores (entry));
  JsonArray *done = json_array_sized_new (bm_diary_entry_get_n_done (entry));
  char *time = g_date_time_format (bm_diary_entry_get_time (entry), "%Y-%m-%dT%H:%M:%S%:z");

  for (guint i = 0; i < bm_diary_entry_get_n_scores (entry); i++)
    json_array_add_element (scores, score_to_json (bm_diary_entry_get_score (entry, i), source));
  for (guint i = 0; i < bm_diary_entry_get_n_done (entry); i++)
    json_array_add_element (done, done_to_json (bm_diary_entry_get_done (entry, i), source));

  json_object_set_string_member (object, ENTRY_ID, bm_diary_entry_get_id (entry));
  json_object_set_member (object, ENTRY_TIME,
                          json_node_init_string (json_node_alloc (), time));
  g_free (time);
  json_object_set_string_member (object, ENTRY_NOTE, bm_diary_entry_get_note (entry));
  json_object_set_array_member (object, ENTRY_SCORES, scores);
  json_object_set_array_member (object, ENTRY_DONE, done);
  if (source != NULL)
    copy_unknown (object, source, entry_members);

  return json_node_init_object (json_node_alloc (), object);
}

/**
 * bm_diary_to_json:
 *
 * Returns: (transfer full): the diary as the document it is saved as, with what a
 *   newer Backmap saved and this one does not know
 */
JsonNode *
bm_diary_to_json (BmDiary *self)
{
  GPtrArray *entries;
  JsonObject *object;
  JsonArray *array;
  GDate *onset;

  g_return_val_if_fail (BM_IS_DIARY (self), NULL);

  entries = bm_diary_get_entries (self);
  object = json_object_new ();
  array = json_array_sized_new (entries->len);
  onset = bm_diary_get_onset (self);

  json_object_set_int_member (object, BM_DIARY_VERSION, 1);
  if (onset != NULL)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (onset),
                  g_date_get_month (onset), g_date_get_day (onset));
      json_object_set_string_member (object, BM_DIARY_ONSET, text);
    }
  for (guint i = 0; i < entries->len; i++)
    json_array_add_element (array, entry_to_json (g_ptr_array_index (entries, i)));
  json_object_set_array_member (object, BM_DIARY_ENTRIES, array);
  copy_unknown (object, bm_diary_get_kept (self), diary_members);

  return json_node_init_object (json_node_alloc (), object);
}

/**
 * bm_diary_to_bytes:
 *
 * Returns: (transfer full): the diary as a JSON document, for saving
 */
GBytes *
bm_diary_to_bytes (BmDiary *self)
{
  g_return_val_if_fail (BM_IS_DIARY (self), NULL);

  return bm_document_to_bytes (BM_DOCUMENT (self));
}

/* An optional array member; absent is empty. */
static gboolean
get_optional_array (JsonObject  *object,
                    const char  *path,
                    const char  *key,
                    JsonArray  **array,
                    GError     **error)
{
  *array = NULL;
  if (!json_object_has_member (object, key))
    return TRUE;

  *array = bm_json_get_array (object, path, key, error);
  return *array != NULL;
}

static gboolean
read_score (BmDiaryEntry  *entry,
            JsonNode      *node,
            const char    *path,
            gboolean      *unknown,
            GError       **error)
{
  JsonObject *object;
  const char *region;
  int side, quality;
  gint64 intensity;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE, "%s: expected an object",
                   path);
      return FALSE;
    }

  object = json_node_get_object (node);
  if (!(region = bm_json_get_id (object, path, SCORE_REGION, error))
      || !bm_json_get_enum (object, path, SCORE_SIDE, BM_TYPE_SIDE, &side, error)
      || !bm_json_get_int (object, path, SCORE_INTENSITY, 0, BM_DIARY_MAX_INTENSITY, &intensity,
                           error)
      || !bm_json_get_enum (object, path, SCORE_QUALITY, BM_TYPE_PAIN_QUALITY, &quality, error))
    return FALSE;

  if (bm_diary_entry_find_score (entry, region, side) != NULL)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                   "%s: the %s side of \"%s\" is scored twice in the entry", path,
                   bm_json_enum_nick (BM_TYPE_SIDE, side), region);
      return FALSE;
    }

  bm_diary_entry_set_score (entry, region, side, intensity, quality);
  *unknown |= has_unknown (object, score_members);

  return TRUE;
}

static gboolean
read_done (BmDiaryEntry  *entry,
           JsonNode      *node,
           const char    *path,
           gboolean      *unknown,
           GError       **error)
{
  JsonObject *object;
  const char *technique;
  int helped;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE, "%s: expected an object",
                   path);
      return FALSE;
    }

  object = json_node_get_object (node);
  if (!(technique = bm_json_get_id (object, path, DONE_TECHNIQUE, error))
      || !bm_json_get_enum (object, path, DONE_HELPED, BM_TYPE_HELPED, &helped, error))
    return FALSE;

  for (guint i = 0; i < bm_diary_entry_get_n_done (entry); i++)
    if (g_str_equal (bm_diary_entry_get_done (entry, i)->technique_id, technique))
      {
        g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                     "%s: \"%s\" is listed twice in the entry", path, technique);
        return FALSE;
      }

  bm_diary_entry_set_done (entry, technique, helped);
  *unknown |= has_unknown (object, done_members);

  return TRUE;
}

static gboolean
read_items (BmDiaryEntry  *entry,
            JsonObject    *object,
            const char    *path,
            const char    *key,
            gboolean     (*read) (BmDiaryEntry  *entry,
                                  JsonNode      *node,
                                  const char    *path,
                                  gboolean      *unknown,
                                  GError       **error),
            gboolean      *unknown,
            GError       **error)
{
  JsonArray *array;

  if (!get_optional_array (object, path, key, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = bm_json_path_index (path, key, i);

      if (!read (entry, json_array_get_element (array, i), item_path, unknown, error))
        return FALSE;
    }

  return TRUE;
}

static GDateTime *
get_time (JsonObject  *object,
          const char  *path,
          GError     **error)
{
  const char *text = bm_json_get_string (object, path, ENTRY_TIME, error);
  GDateTime *time;

  if (text == NULL)
    return NULL;

  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                 "%s.%s: \"%s\" is not a date and time with its offset from UTC, such as "
                 "\"2026-03-01T08:30:00+01:00\"", path, ENTRY_TIME, text);

  return time;
}

static BmDiaryEntry *
read_entry (JsonNode    *node,
            const char  *path,
            GError     **error)
{
  g_autoptr(BmDiaryEntry) entry = NULL;
  g_autoptr(GDateTime) time = NULL;
  gboolean unknown;
  JsonObject *object;
  JsonNode *note;
  const char *id;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE, "%s: expected an object",
                   path);
      return NULL;
    }

  object = json_node_get_object (node);
  if (!(id = bm_json_get_string (object, path, ENTRY_ID, error))
      || !(time = get_time (object, path, error)))
    return NULL;

  entry = bm_diary_entry_new_with_id (id, time);
  note = json_object_get_member (object, ENTRY_NOTE);
  if (note != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (note) || json_node_get_value_type (note) != G_TYPE_STRING)
        {
          g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                       "%s.%s: expected a string", path, ENTRY_NOTE);
          return NULL;
        }
      bm_diary_entry_set_note (entry, json_node_get_string (note));
    }

  unknown = has_unknown (object, entry_members);
  if (!read_items (entry, object, path, ENTRY_SCORES, read_score, &unknown, error)
      || !read_items (entry, object, path, ENTRY_DONE, read_done, &unknown, error))
    return NULL;

  /* Most entries have nothing this Backmap does not know: they need no source. */
  if (unknown)
    bm_diary_entry_set_source (entry, object);

  return g_steal_pointer (&entry);
}

/* Reads "YYYY-MM-DD", and nothing else. */
static gboolean
parse_date (const char *text,
            guint      *year,
            guint      *month,
            guint      *day)
{
  static const char pattern[] = "dddd-dd-dd";
  guint values[3] = { 0, 0, 0 };

  for (guint i = 0, field = 0; i < sizeof pattern; i++)
    {
      if (pattern[i] == 'd' && g_ascii_isdigit (text[i]))
        values[field] = values[field] * 10 + (text[i] - '0');
      else if (pattern[i] == text[i] && text[i] == '-')
        field++;
      else if (pattern[i] != text[i])
        return FALSE;
    }

  *year = values[0];
  *month = values[1];
  *day = values[2];

  return g_date_valid_dmy (*day, *month, *year);
}

static gboolean
get_onset (JsonObject  *object,
           GDate      **onset,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, BM_DIARY_ONSET);
  guint year, month, day;
  const char *text;

  *onset = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                   "diary.%s: expected a string", BM_DIARY_ONSET);
      return FALSE;
    }

  text = json_node_get_string (node);
  if (!parse_date (text, &year, &month, &day))
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                   "diary.%s: \"%s\" is not a date such as \"2026-03-01\"", BM_DIARY_ONSET,
                   text);
      return FALSE;
    }

  *onset = g_date_new_dmy (day, month, year);
  return TRUE;
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
  g_autoptr(BmDiary) self = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GDate) onset = NULL;
  JsonObject *object;
  JsonArray *array;
  gint64 version;

  g_return_val_if_fail (root != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                           "diary: expected an object");
      return NULL;
    }

  object = json_node_get_object (root);
  if (!bm_json_get_int (object, "diary", BM_DIARY_VERSION, 1, 1, &version, error)
      || !get_onset (object, &onset, error)
      || !(array = bm_json_get_array (object, "diary", BM_DIARY_ENTRIES, error)))
    return NULL;

  entries = g_ptr_array_new_full (json_array_get_length (array), g_object_unref);
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = bm_json_path_index ("diary", BM_DIARY_ENTRIES, i);
      BmDiaryEntry *entry = read_entry (json_array_get_element (array, i), path, error);
      const char *id;

      if (entry == NULL)
        return NULL;

      g_ptr_array_add (entries, entry);
      id = bm_diary_entry_get_id (entry);
      if (!g_hash_table_add (ids, (gpointer) id))
        {
          g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                       "%s.%s: \"%s\" is the id of an earlier entry too", path, ENTRY_ID, id);
          return NULL;
        }
    }

  self = bm_diary_new ();
  bm_diary_take_entries (self, entries);
  if (onset != NULL)
    bm_diary_set_onset (self, onset);
  copy_unknown (bm_diary_get_kept (self), object, diary_members);

  return g_steal_pointer (&self);
}

static GHashTable *
index_entries (JsonNode *root)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (root == NULL)
    return index;

  array = json_object_get_array_member (json_node_get_object (root), BM_DIARY_ENTRIES);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);

      g_hash_table_insert (index, (gpointer) json_object_get_string_member (entry, ENTRY_ID),
                           json_array_get_element (array, i));
    }

  return index;
}

static gboolean
same_node (JsonNode *a,
           JsonNode *b)
{
  return a == NULL ? b == NULL : b != NULL && json_node_equal (a, b);
}

/*
 * Whether to keep @mine, an entry of one side, given what the other side (@other) and
 * the base hold under its id: added, or changed since, it stays; one the other side
 * deleted and this side left alone goes.
 */
static gboolean
keep_entry (JsonNode *mine,
            JsonNode *other,
            JsonNode *base)
{
  return other != NULL || base == NULL || !json_node_equal (mine, base);
}

static JsonNode *
merge_entries (JsonNode *base,
               JsonNode *theirs,
               JsonNode *ours)
{
  g_autoptr(GHashTable) base_index = index_entries (base);
  g_autoptr(GHashTable) their_index = index_entries (theirs);
  g_autoptr(GHashTable) our_index = index_entries (ours);
  JsonArray *merged = json_array_new ();
  JsonArray *array;

  /* Ours, each as it is unless only they changed it, then those only they have. */
  array = json_object_get_array_member (json_node_get_object (ours), BM_DIARY_ENTRIES);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *mine = json_array_get_element (array, i);
      const char *id = json_object_get_string_member (json_node_get_object (mine), ENTRY_ID);
      JsonNode *was = g_hash_table_lookup (base_index, id);
      JsonNode *their = g_hash_table_lookup (their_index, id);

      if (!keep_entry (mine, their, was))
        continue;
      if (their != NULL && same_node (mine, was))
        mine = their;
      json_array_add_element (merged, json_node_copy (mine));
    }

  array = json_object_get_array_member (json_node_get_object (theirs), BM_DIARY_ENTRIES);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *their = json_array_get_element (array, i);
      const char *id = json_object_get_string_member (json_node_get_object (their), ENTRY_ID);

      if (!g_hash_table_contains (our_index, id)
          && keep_entry (their, NULL, g_hash_table_lookup (base_index, id)))
        json_array_add_element (merged, json_node_copy (their));
    }

  return json_node_init_array (json_node_alloc (), merged);
}

static JsonNode *
get_member (JsonNode   *root,
            const char *name)
{
  return root != NULL ? json_object_get_member (json_node_get_object (root), name) : NULL;
}

/*
 * bm_diary_json_merge:
 * @base: (nullable): the document both sides started from, %NULL for none
 * @theirs: the document another program saved since
 * @ours: the document this one would save
 *
 * Merges two diaries changed apart, each a valid diary document. Entries go by id:
 * one added on either side is kept; one deleted on one side and left alone on the
 * other is deleted; one changed on both sides is ours. Any other member, such as the
 * onset, takes our value if we changed it, else theirs.
 *
 * Returns: (transfer full): the merged document
 */
JsonNode *
bm_diary_json_merge (JsonNode *base,
                     JsonNode *theirs,
                     JsonNode *ours)
{
  JsonObject *merged = json_object_new ();
  JsonNode *sides[] = { ours, theirs };

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      JsonObjectIter iter;
      const char *name;

      json_object_iter_init (&iter, json_node_get_object (sides[s]));
      while (json_object_iter_next (&iter, &name, NULL))
        {
          JsonNode *b = get_member (base, name);
          JsonNode *o = get_member (ours, name);
          JsonNode *result = same_node (b, o) ? get_member (theirs, name) : o;

          if (json_object_has_member (merged, name))
            continue;
          if (g_str_equal (name, BM_DIARY_ENTRIES))
            json_object_set_member (merged, name, merge_entries (base, theirs, ours));
          else if (result != NULL)
            json_object_set_member (merged, name, json_node_copy (result));
        }
    }

  return json_node_init_object (json_node_alloc (), merged);
}
