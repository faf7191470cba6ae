/* bm-test-diary.c: what the diary tests share: entries at known times, and what the model told
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-test-diary.h"

/* 1 March 2026 plus @hours, in UTC+1. */
GDateTime *
bm_test_diary_at (double hours)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) start = g_date_time_new (zone, 2026, 3, 1, 0, 0, 0);

  return g_date_time_add_seconds (start, hours * 3600);
}

BmDiaryEntry *
bm_test_diary_new_entry (const char *id,
                         double      hours)
{
  g_autoptr(GDateTime) time = bm_test_diary_at (hours);

  return bm_diary_entry_new_with_id (id, time);
}

void
bm_test_diary_add_entry (BmDiary    *diary,
                         const char *id,
                         double      hours)
{
  g_autoptr(BmDiaryEntry) entry = bm_test_diary_new_entry (id, hours);

  bm_diary_add (diary, entry);
}

/* The ids of the diary's entries, in order, joined by spaces. */
char *
bm_test_diary_dup_ids (BmDiary *diary)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (diary)); i++)
    {
      g_autoptr(BmDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (diary), i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", bm_diary_entry_get_id (entry));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* Records items-changed as "position-removed+added" words. */
void
bm_test_diary_items_changed_cb (GListModel *model,
                                guint       position,
                                guint       removed,
                                guint       added,
                                GString    *log)
{
  g_string_append_printf (log, "%s%u-%u+%u", log->len > 0 ? " " : "", position, removed, added);
}

void
bm_test_diary_count_cb (gpointer  object,
                        guint    *count)
{
  (*count)++;
}
