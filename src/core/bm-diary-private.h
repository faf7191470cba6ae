/* bm-diary-private.h: the diary's insides, for its own files, the store and tests
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-diary.h"

G_BEGIN_DECLS

/* The saved document's members. */
#define BM_DIARY_VERSION "version"
#define BM_DIARY_ONSET   "onset"
#define BM_DIARY_ENTRIES "entries"

/* bm-diary-entry.c */
BmDiaryEntry *bm_diary_entry_new_with_id  (const char    *id,
                                           GDateTime     *time);
JsonObject   *bm_diary_entry_get_source   (BmDiaryEntry  *self);
void          bm_diary_entry_set_source   (BmDiaryEntry  *self,
                                           JsonObject    *source);

/* bm-diary.c */
GPtrArray    *bm_diary_get_entries        (BmDiary       *self);
JsonObject   *bm_diary_get_kept           (BmDiary       *self);
void          bm_diary_take_entries       (BmDiary       *self,
                                           GPtrArray     *entries);
void          bm_diary_take_contents      (BmDiary       *self,
                                           BmDiary       *other);

/* bm-diary-json.c */
JsonNode     *bm_diary_json_merge         (JsonNode      *base,
                                           JsonNode      *theirs,
                                           JsonNode      *ours);

G_END_DECLS
