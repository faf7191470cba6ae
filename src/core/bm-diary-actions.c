/* bm-diary-actions.c: the diary.* actions, the only way views change the pain diary
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary-actions"

#include "config.h"

#include <stdio.h>

#include "bm-catalog.h"
#include "bm-diary-actions.h"
#include "bm-diary.h"
#include "bm-region.h"

/* One change, as undo puts it back: an add has no old entry, a removal no new one. */
typedef struct
{
  BmDiaryEntry *old_entry;
  BmDiaryEntry *new_entry;
} Change;

typedef struct
{
  BmCatalog *catalog;
  BmDiary *diary;
  GSimpleActionGroup *group; /* not owned: the group owns this */
  GArray *changes;           /* of Change, the last one done last */
} DiaryActions;

static void
change_clear (Change *change)
{
  g_clear_object (&change->old_entry);
  g_clear_object (&change->new_entry);
}

static void
diary_actions_free (DiaryActions *actions)
{
  g_object_unref (actions->catalog);
  g_object_unref (actions->diary);
  g_array_unref (actions->changes);
  g_free (actions);
}

static void
update_undo (DiaryActions *actions)
{
  GAction *undo = g_action_map_lookup_action (G_ACTION_MAP (actions->group), "undo");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (undo), actions->changes->len > 0);
}

static void
push_change (DiaryActions *actions,
             BmDiaryEntry *old_entry,
             BmDiaryEntry *new_entry)
{
  Change change = {
    old_entry != NULL ? g_object_ref (old_entry) : NULL,
    new_entry != NULL ? g_object_ref (new_entry) : NULL,
  };

  g_array_append_val (actions->changes, change);
  update_undo (actions);
}

static void
clear_entry (BmDiaryEntry *entry)
{
  while (bm_diary_entry_get_n_scores (entry) > 0)
    {
      const BmDiaryScore *score = bm_diary_entry_get_score (entry, 0);
      g_autofree char *region_id = g_strdup (score->region_id);

      bm_diary_entry_remove_score (entry, region_id, score->side);
    }

  while (bm_diary_entry_get_n_done (entry) > 0)
    {
      g_autofree char *technique_id = g_strdup (bm_diary_entry_get_done (entry, 0)->technique_id);

      bm_diary_entry_remove_done (entry, technique_id);
    }
}

/* Fills @entry from a BM_DIARY_ENTRY_VARIANT_TYPE, or warns and returns %FALSE if
 * it names what the catalog does not know or values out of range. */
static gboolean
fill_entry (DiaryActions *actions,
            BmDiaryEntry *entry,
            GVariant     *variant)
{
  g_autoptr(GVariantIter) scores = NULL;
  g_autoptr(GVariantIter) done = NULL;
  g_autoptr(GDateTime) time = NULL;
  const char *note, *id;
  guint side, intensity, value;
  gint64 seconds;

  g_variant_get (variant, "(x&sa(suuu)a(su))", &seconds, &note, &scores, &done);
  if ((time = g_date_time_new_from_unix_local (seconds)) == NULL)
    {
      g_warning ("A diary entry at %" G_GINT64_FORMAT " s is out of range", seconds);
      return FALSE;
    }

  clear_entry (entry);
  bm_diary_entry_set_time (entry, time);
  bm_diary_entry_set_note (entry, note);

  while (g_variant_iter_next (scores, "(&suuu)", &id, &side, &intensity, &value))
    {
      BmRegion *region = bm_catalog_lookup_region (actions->catalog, id);

      if (region == NULL || side == 0 || (side & (side - 1)) != 0 ||
          (side & ~bm_region_get_sides (region)) != 0)
        {
          g_warning ("No region “%s” with side %u", id, side);
          return FALSE;
        }
      if (intensity > BM_DIARY_MAX_INTENSITY || value > BM_PAIN_QUALITY_CRAMPING)
        {
          g_warning ("A score of %u with quality %u is out of range", intensity, value);
          return FALSE;
        }
      bm_diary_entry_set_score (entry, id, side, intensity, value);
    }

  while (g_variant_iter_next (done, "(&su)", &id, &value))
    {
      if (bm_catalog_lookup_technique (actions->catalog, id) == NULL || value > BM_HELPED_NO)
        {
          g_warning ("No technique “%s”, or helped %u out of range", id, value);
          return FALSE;
        }
      bm_diary_entry_set_done (entry, id, value);
    }

  return TRUE;
}

static void
add_entry (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  DiaryActions *actions = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(BmDiaryEntry) entry = bm_diary_entry_new (now);

  if (!fill_entry (actions, entry, parameter))
    return;

  bm_diary_add (actions->diary, entry);
  push_change (actions, NULL, entry);
}

static void
replace_entry (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  DiaryActions *actions = user_data;
  g_autoptr(GVariant) fields = NULL;
  g_autoptr(BmDiaryEntry) entry = NULL;
  g_autoptr(BmDiaryEntry) old_entry = NULL;
  BmDiaryEntry *current;
  const char *id;

  g_variant_get (parameter, "(&s@" BM_DIARY_ENTRY_VARIANT_TYPE ")", &id, &fields);
  if ((current = bm_diary_lookup (actions->diary, id)) == NULL)
    {
      g_warning ("No diary entry “%s”", id);
      return;
    }

  entry = bm_diary_entry_copy (current);
  if (!fill_entry (actions, entry, fields))
    return;

  old_entry = bm_diary_replace (actions->diary, entry);
  push_change (actions, old_entry, entry);
}

static void
remove_entry (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  DiaryActions *actions = user_data;
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(BmDiaryEntry) old_entry = bm_diary_remove (actions->diary, id);

  if (old_entry == NULL)
    {
      g_warning ("No diary entry “%s”", id);
      return;
    }

  push_change (actions, old_entry, NULL);
}

/* Puts back the entry the last change replaced or removed, or takes away the one
 * it added. */
static void
undo (GSimpleAction *action,
      GVariant      *parameter,
      gpointer       user_data)
{
  DiaryActions *actions = user_data;
  g_autoptr(BmDiaryEntry) dropped = NULL;
  Change change;

  g_return_if_fail (actions->changes->len > 0);

  change = g_array_index (actions->changes, Change, actions->changes->len - 1);
  /* The array would clear the change: its entries are still needed here. */
  actions->changes->len--;

  if (change.old_entry == NULL)
    dropped = bm_diary_remove (actions->diary, bm_diary_entry_get_id (change.new_entry));
  else if (change.new_entry == NULL)
    bm_diary_add (actions->diary, change.old_entry);
  else
    dropped = bm_diary_replace (actions->diary, change.old_entry);

  change_clear (&change);
  update_undo (actions);
}

static void
set_onset (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  DiaryActions *actions = user_data;
  const char *text = g_variant_get_string (parameter, NULL);
  g_autoptr(GDate) onset = NULL;
  guint year, month, day;
  char end;

  if (*text != '\0')
    {
      if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
          !g_date_valid_dmy (day, month, year))
        {
          g_warning ("“%s” is not a date of the form YYYY-MM-DD", text);
          return;
        }
      onset = g_date_new_dmy (day, month, year);
    }

  bm_diary_set_onset (actions->diary, onset);
}

static const GActionEntry entries[] = {
  { "add", add_entry, BM_DIARY_ENTRY_VARIANT_TYPE },
  { "replace", replace_entry, "(s" BM_DIARY_ENTRY_VARIANT_TYPE ")" },
  { "remove", remove_entry, "s" },
  { "undo", undo },
  { "set-onset", set_onset, "s" },
};

/**
 * bm_diary_actions_new:
 *
 * The actions that change @diary, for a window to insert as "diary":
 *
 * - `add` (#BM_DIARY_ENTRY_VARIANT_TYPE): a new entry
 * - `replace` `(s` #BM_DIARY_ENTRY_VARIANT_TYPE `)`: the id of an entry, and what it
 *   holds from now on
 * - `remove` `s`: the id of an entry
 * - `undo`: takes back the last add, replace or remove; enabled when there is one
 * - `set-onset` `s`: the onset of this episode as YYYY-MM-DD, or "" for not said
 *
 * A region, side or technique the catalog does not know, or a value out of range,
 * is a programming error: it is warned about and changes nothing.
 *
 * Returns: (transfer full): a #GSimpleActionGroup
 */
GActionGroup *
bm_diary_actions_new (BmCatalog *catalog,
                      BmDiary   *diary)
{
  GSimpleActionGroup *group;
  DiaryActions *actions;

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (BM_IS_DIARY (diary), NULL);

  group = g_simple_action_group_new ();
  actions = g_new0 (DiaryActions, 1);
  actions->catalog = g_object_ref (catalog);
  actions->diary = g_object_ref (diary);
  actions->group = group;
  actions->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_array_set_clear_func (actions->changes, (GDestroyNotify) change_clear);
  g_object_set_data_full (G_OBJECT (group), "bm-diary-actions", actions,
                          (GDestroyNotify) diary_actions_free);
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries),
                                   actions);
  update_undo (actions);

  return G_ACTION_GROUP (group);
}

/**
 * bm_diary_entry_to_variant:
 *
 * What @entry holds, as the `add` and `replace` actions take it.
 *
 * Returns: (transfer floating): a #BM_DIARY_ENTRY_VARIANT_TYPE
 */
GVariant *
bm_diary_entry_to_variant (BmDiaryEntry *entry)
{
  GVariantBuilder scores, done;

  g_return_val_if_fail (BM_IS_DIARY_ENTRY (entry), NULL);

  g_variant_builder_init (&scores, G_VARIANT_TYPE ("a(suuu)"));
  for (guint i = 0; i < bm_diary_entry_get_n_scores (entry); i++)
    {
      const BmDiaryScore *score = bm_diary_entry_get_score (entry, i);

      g_variant_builder_add (&scores, "(suuu)", score->region_id, (guint) score->side,
                             score->intensity, (guint) score->quality);
    }

  g_variant_builder_init (&done, G_VARIANT_TYPE ("a(su)"));
  for (guint i = 0; i < bm_diary_entry_get_n_done (entry); i++)
    {
      const BmDiaryDone *item = bm_diary_entry_get_done (entry, i);

      g_variant_builder_add (&done, "(su)", item->technique_id, (guint) item->helped);
    }

  return g_variant_new ("(xs@a(suuu)@a(su))",
                        g_date_time_to_unix (bm_diary_entry_get_time (entry)),
                        bm_diary_entry_get_note (entry) != NULL ? bm_diary_entry_get_note (entry)
                                                                : "",
                        g_variant_builder_end (&scores), g_variant_builder_end (&done));
}
