/* bm-diary-merge.c: two pain diaries changed apart, merged entry by entry
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include "bm-diary-private.h"

static gboolean
same_entry (BmDiaryEntry *a,
            BmDiaryEntry *b)
{
  return a != NULL && b != NULL && bm_diary_entry_equal (a, b);
}

/*
 * Whether to keep @mine, an entry of one side, given what the other side holds under
 * its id (@other) and the base (@was): added, or changed since, it stays; one that the
 * other side deleted and this side left alone goes.
 */
static gboolean
keep_entry (BmDiaryEntry *mine,
            BmDiaryEntry *other,
            BmDiaryEntry *was)
{
  return other != NULL || was == NULL || !bm_diary_entry_equal (mine, was);
}

static gboolean
same_date (const GDate *a,
           const GDate *b)
{
  return a == NULL ? b == NULL : b != NULL && g_date_compare (a, b) == 0;
}

/*
 * bm_diary_merge:
 * @base: the diary both sides started from
 * @theirs: the diary another program saved since
 *
 * Makes @self (ours) hold the changes of both sides since @base. Entries go by id:
 * one added on either side is kept; one deleted on one side and left alone on the
 * other is deleted; one changed on both sides is ours. The onset, and what a newer
 * Backmap wrote beside the entries, is ours if we changed it, else theirs.
 */
void
bm_diary_merge (BmDiary *self,
                BmDiary *base,
                BmDiary *theirs)
{
  g_autoptr(BmDiary) merged = bm_diary_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  GPtrArray *ours = bm_diary_get_entries (self);
  GPtrArray *their_entries = bm_diary_get_entries (theirs);
  const char *extra = bm_diary_get_extra (self);

  for (guint i = 0; i < ours->len; i++)
    {
      BmDiaryEntry *mine = g_ptr_array_index (ours, i);
      const char *id = bm_diary_entry_get_id (mine);
      BmDiaryEntry *was = bm_diary_lookup (base, id);
      BmDiaryEntry *their = bm_diary_lookup (theirs, id);

      if (keep_entry (mine, their, was))
        g_ptr_array_add (entries, their != NULL && same_entry (mine, was) ? their : mine);
    }

  for (guint i = 0; i < their_entries->len; i++)
    {
      BmDiaryEntry *their = g_ptr_array_index (their_entries, i);
      const char *id = bm_diary_entry_get_id (their);

      if (bm_diary_lookup (self, id) == NULL
          && keep_entry (their, NULL, bm_diary_lookup (base, id)))
        g_ptr_array_add (entries, their);
    }

  bm_diary_take_entries (merged, entries);
  bm_diary_set_onset (merged, same_date (bm_diary_get_onset (self), bm_diary_get_onset (base))
                              ? bm_diary_get_onset (theirs) : bm_diary_get_onset (self));
  if (g_strcmp0 (extra, bm_diary_get_extra (base)) == 0)
    extra = bm_diary_get_extra (theirs);
  bm_diary_take_extra (merged, g_strdup (extra));

  bm_diary_take_contents (self, merged);
}
