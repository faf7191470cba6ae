/* bm-diary.c: the pain diary: entries in time order, and the onset of this episode
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include "bm-diary-private.h"
#include "bm-document.h"

struct _BmDiary
{
  GObject parent_instance;

  GPtrArray *entries;  /* BmDiaryEntry, by time; entries of one time in the order added */
  GHashTable *by_id;   /* id -> BmDiaryEntry in entries */
  GDate *onset;

  /* The document's members a newer Backmap wrote and this one does not know, as JSON
   * text: "\"key\":value,...". */
  char *extra;
};

static void bm_diary_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BmDiary, bm_diary, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      bm_diary_list_model_init)
                               G_IMPLEMENT_INTERFACE (BM_TYPE_DOCUMENT,
                                                      bm_diary_document_init))

enum {
  PROP_0,
  PROP_ONSET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_diary_finalize (GObject *object)
{
  BmDiary *self = (BmDiary *)object;

  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->entries);
  g_clear_pointer (&self->onset, g_date_free);
  g_free (self->extra);

  G_OBJECT_CLASS (bm_diary_parent_class)->finalize (object);
}

static void
bm_diary_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BmDiary *self = BM_DIARY (object);

  switch (prop_id)
    {
    case PROP_ONSET:
      g_value_set_boxed (value, self->onset);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_diary_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  BmDiary *self = BM_DIARY (object);

  switch (prop_id)
    {
    case PROP_ONSET:
      bm_diary_set_onset (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_diary_class_init (BmDiaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_diary_finalize;
  object_class->get_property = bm_diary_get_property;
  object_class->set_property = bm_diary_set_property;

  /**
   * BmDiary:onset:
   *
   * The day this episode of pain began, or %NULL when the user has not said.
   */
  properties[PROP_ONSET] =
    g_param_spec_boxed ("onset", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_diary_init (BmDiary *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static GType
bm_diary_get_item_type (GListModel *model)
{
  return BM_TYPE_DIARY_ENTRY;
}

static guint
bm_diary_get_n_items (GListModel *model)
{
  return BM_DIARY (model)->entries->len;
}

static gpointer
bm_diary_get_item (GListModel *model,
                   guint       position)
{
  BmDiary *self = BM_DIARY (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
bm_diary_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = bm_diary_get_item_type;
  iface->get_n_items = bm_diary_get_n_items;
  iface->get_item = bm_diary_get_item;
}

static gint64
entry_seconds (BmDiaryEntry *entry)
{
  return g_date_time_to_unix (bm_diary_entry_get_time (entry));
}

/* The first position whose entry is later than @seconds, or (@after_equal false) not
 * earlier. */
static guint
bisect (GPtrArray *entries,
        gint64     seconds,
        gboolean   after_equal)
{
  guint low = 0, high = entries->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      gint64 here = entry_seconds (g_ptr_array_index (entries, middle));

      if (here < seconds || (after_equal && here == seconds))
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Where @entry, which is in the diary, sits. */
static guint
find_position (BmDiary      *self,
               BmDiaryEntry *entry)
{
  guint i = bisect (self->entries, entry_seconds (entry), FALSE);

  while (g_ptr_array_index (self->entries, i) != entry)
    i++;

  return i;
}

static guint
insert_sorted (BmDiary      *self,
               BmDiaryEntry *entry)
{
  guint position = bisect (self->entries, entry_seconds (entry), TRUE);

  g_ptr_array_insert (self->entries, position, g_object_ref (entry));
  g_hash_table_insert (self->by_id, (gpointer) bm_diary_entry_get_id (entry), entry);

  return position;
}

static void
emit_changed (BmDiary *self)
{
  bm_document_emit_changed (BM_DOCUMENT (self));
}

/**
 * bm_diary_new:
 *
 * Returns: (transfer full): an empty diary
 */
BmDiary *
bm_diary_new (void)
{
  return g_object_new (BM_TYPE_DIARY, NULL);
}

/* Sets the onset and tells, if it changes. */
static gboolean
apply_onset (BmDiary     *self,
             const GDate *onset)
{
  if (onset == NULL ? self->onset == NULL
                    : self->onset != NULL && g_date_compare (onset, self->onset) == 0)
    return FALSE;

  g_clear_pointer (&self->onset, g_date_free);
  if (onset != NULL)
    self->onset = g_date_copy (onset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONSET]);

  return TRUE;
}

/**
 * bm_diary_get_onset:
 *
 * Returns: (transfer none) (nullable): the day this episode began, %NULL when the
 *   user has not said
 */
GDate *
bm_diary_get_onset (BmDiary *self)
{
  g_return_val_if_fail (BM_IS_DIARY (self), NULL);

  return self->onset;
}

/**
 * bm_diary_set_onset:
 * @onset: (nullable): a valid date, or %NULL for none
 */
void
bm_diary_set_onset (BmDiary     *self,
                    const GDate *onset)
{
  g_return_if_fail (BM_IS_DIARY (self));
  g_return_if_fail (onset == NULL || g_date_valid (onset));

  if (apply_onset (self, onset))
    emit_changed (self);
}

/**
 * bm_diary_add:
 * @entry: an entry whose id the diary does not hold yet
 *
 * Adds @entry at its place in time, after any entries of the same second.
 */
void
bm_diary_add (BmDiary      *self,
              BmDiaryEntry *entry)
{
  guint position;

  g_return_if_fail (BM_IS_DIARY (self));
  g_return_if_fail (BM_IS_DIARY_ENTRY (entry));
  g_return_if_fail (!g_hash_table_contains (self->by_id, bm_diary_entry_get_id (entry)));

  position = insert_sorted (self, entry);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  emit_changed (self);
}

/**
 * bm_diary_replace:
 * @entry: an entry with the id of one in the diary, such as an edited copy of it
 *
 * Puts @entry in the place of the entry with its id, moved to its place in time.
 *
 * Returns: (transfer full) (nullable): the entry replaced, to put back for undo;
 *   %NULL if the diary has no entry with that id
 */
BmDiaryEntry *
bm_diary_replace (BmDiary      *self,
                  BmDiaryEntry *entry)
{
  g_autoptr(BmDiaryEntry) old = NULL;
  guint from, to;

  g_return_val_if_fail (BM_IS_DIARY (self), NULL);
  g_return_val_if_fail (BM_IS_DIARY_ENTRY (entry), NULL);

  old = g_hash_table_lookup (self->by_id, bm_diary_entry_get_id (entry));
  g_return_val_if_fail (old != NULL, NULL);
  if (old == entry)
    return g_object_ref (entry);

  g_object_ref (old);
  from = find_position (self, old);
  g_hash_table_remove (self->by_id, bm_diary_entry_get_id (old));
  g_ptr_array_remove_index (self->entries, from);
  to = insert_sorted (self, entry);

  if (from == to)
    g_list_model_items_changed (G_LIST_MODEL (self), from, 1, 1);
  else
    {
      g_list_model_items_changed (G_LIST_MODEL (self), from, 1, 0);
      g_list_model_items_changed (G_LIST_MODEL (self), to, 0, 1);
    }
  emit_changed (self);

  return g_steal_pointer (&old);
}

/**
 * bm_diary_remove:
 * @id: an entry's id
 *
 * Returns: (transfer full) (nullable): the entry removed, to put back for undo;
 *   %NULL if the diary has no entry with that id
 */
BmDiaryEntry *
bm_diary_remove (BmDiary    *self,
                 const char *id)
{
  BmDiaryEntry *entry;
  guint position;

  g_return_val_if_fail (BM_IS_DIARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = g_hash_table_lookup (self->by_id, id);
  if (entry == NULL)
    return NULL;

  position = find_position (self, entry);
  g_hash_table_remove (self->by_id, id);
  entry = g_ptr_array_steal_index (self->entries, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  emit_changed (self);

  return entry;
}

/**
 * bm_diary_lookup:
 * @id: an entry's id
 *
 * Returns: (transfer none) (nullable): the entry with that id
 */
BmDiaryEntry *
bm_diary_lookup (BmDiary    *self,
                 const char *id)
{
  g_return_val_if_fail (BM_IS_DIARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/* For the diary's own files: the entries, by time. */
GPtrArray *
bm_diary_get_entries (BmDiary *self)
{
  return self->entries;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = entry_seconds (*(BmDiaryEntry **) a);
  gint64 y = entry_seconds (*(BmDiaryEntry **) b);

  return x < y ? -1 : x > y;
}

/*
 * bm_diary_take_entries:
 * @entries: (transfer none): entries with ids all different, in any order
 *
 * For the JSON code only: fills a new diary at once.
 */
void
bm_diary_take_entries (BmDiary   *self,
                       GPtrArray *entries)
{
  g_assert (self->entries->len == 0);

  for (guint i = 0; i < entries->len; i++)
    {
      BmDiaryEntry *entry = g_ptr_array_index (entries, i);

      g_ptr_array_add (self->entries, g_object_ref (entry));
      g_hash_table_insert (self->by_id, (gpointer) bm_diary_entry_get_id (entry), entry);
    }
  /* Saved diaries are in order already; a stable sort keeps entries of one second in
   * the order saved. */
  for (guint i = 1; i < self->entries->len; i++)
    if (compare_times (&self->entries->pdata[i - 1], &self->entries->pdata[i]) > 0)
      {
        g_ptr_array_sort (self->entries, compare_times);
        break;
      }
}

/* For the JSON code: what a newer Backmap wrote, as bm_diary_entry_get_extra(). */
const char *
bm_diary_get_extra (BmDiary *self)
{
  return self->extra;
}

/* For the reader only, on a new diary: @extra is taken. */
void
bm_diary_take_extra (BmDiary *self,
                     char    *extra)
{
  g_free (self->extra);
  self->extra = extra;
}

/*
 * Takes the entries of @other, keeping the objects of those that did not change,
 * and tells the views the one stretch that did.
 */
static gboolean
take_entries (BmDiary *self,
              BmDiary *other)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_full (other->entries->len, g_object_unref);
  guint n_old = self->entries->len, n_new = other->entries->len;
  guint first = 0, last_old = n_old, last_new = n_new;

  for (guint i = 0; i < n_new; i++)
    {
      BmDiaryEntry *entry = g_ptr_array_index (other->entries, i);
      BmDiaryEntry *mine = g_hash_table_lookup (self->by_id, bm_diary_entry_get_id (entry));

      g_ptr_array_add (entries, g_object_ref (mine != NULL && bm_diary_entry_equal (mine, entry)
                                              ? mine : entry));
    }

  while (first < n_old && first < n_new
         && g_ptr_array_index (self->entries, first) == g_ptr_array_index (entries, first))
    first++;
  while (last_old > first && last_new > first
         && g_ptr_array_index (self->entries, last_old - 1)
            == g_ptr_array_index (entries, last_new - 1))
    {
      last_old--;
      last_new--;
    }
  if (first == n_old && first == n_new)
    return FALSE;

  g_ptr_array_unref (self->entries);
  self->entries = g_steal_pointer (&entries);
  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < self->entries->len; i++)
    {
      BmDiaryEntry *entry = g_ptr_array_index (self->entries, i);

      g_hash_table_insert (self->by_id, (gpointer) bm_diary_entry_get_id (entry), entry);
    }
  g_list_model_items_changed (G_LIST_MODEL (self), first, last_old - first, last_new - first);

  return TRUE;
}

/*
 * bm_diary_take_contents:
 * @other: a diary to take everything from
 *
 * Makes @self hold what @other holds, telling only what changes, so that the views
 * bound to @self stay bound to it when the diary is read again from disk.
 */
void
bm_diary_take_contents (BmDiary *self,
                        BmDiary *other)
{
  gboolean any = take_entries (self, other);

  if (g_strcmp0 (self->extra, other->extra) != 0)
    {
      g_free (self->extra);
      self->extra = g_strdup (other->extra);
      any = TRUE;
    }

  any |= apply_onset (self, other->onset);

  if (any)
    emit_changed (self);
}
