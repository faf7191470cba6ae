/* bm-diary-merge.c: two pain diaries changed apart, merged entry by entry
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include "bm-diary-private.h"

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
      const char *id = json_object_get_string_member (entry, BM_DIARY_ENTRY_ID);

      g_hash_table_insert (index, (gpointer) id, json_array_get_element (array, i));
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
      const char *id = json_object_get_string_member (json_node_get_object (mine),
                                                      BM_DIARY_ENTRY_ID);
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
      const char *id = json_object_get_string_member (json_node_get_object (their),
                                                      BM_DIARY_ENTRY_ID);

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
