/* bm-diary-private.h: the diary's insides, for its own files, the store and tests
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-diary.h"
#include "bm-document.h"

G_BEGIN_DECLS

/* The saved document's members. */
#define BM_DIARY_VERSION         "version"
#define BM_DIARY_ONSET           "onset"
#define BM_DIARY_ENTRIES         "entries"
#define BM_DIARY_ENTRY_ID        "id"
#define BM_DIARY_ENTRY_TIME      "time"
#define BM_DIARY_ENTRY_NOTE      "note"
#define BM_DIARY_ENTRY_SCORES    "scores"
#define BM_DIARY_ENTRY_DONE      "done"
#define BM_DIARY_SCORE_REGION    "region"
#define BM_DIARY_SCORE_SIDE      "side"
#define BM_DIARY_SCORE_INTENSITY "intensity"
#define BM_DIARY_SCORE_QUALITY   "quality"
#define BM_DIARY_DONE_TECHNIQUE  "technique"
#define BM_DIARY_DONE_HELPED     "helped"

/* The version of the document this Backmap writes, and the newest it reads. */
#define BM_DIARY_FORMAT 1

/* bm-diary-entry.c */
BmDiaryEntry *bm_diary_entry_new_with_id          (const char          *id,
                                                   GDateTime           *time);
const char   *bm_diary_entry_get_extra            (BmDiaryEntry        *self);
void          bm_diary_entry_take_extra           (BmDiaryEntry        *self,
                                                   char                *extra);
const char   *bm_diary_entry_get_score_extra      (BmDiaryEntry        *self,
                                                   guint                i);
void          bm_diary_entry_take_score_extra     (BmDiaryEntry        *self,
                                                   const char          *region_id,
                                                   BmSide               side,
                                                   char                *extra);
const char   *bm_diary_entry_get_done_extra       (BmDiaryEntry        *self,
                                                   guint                i);
void          bm_diary_entry_take_last_done_extra (BmDiaryEntry        *self,
                                                   char                *extra);

/* bm-diary.c */
GPtrArray    *bm_diary_get_entries                (BmDiary             *self);
const char   *bm_diary_get_extra                  (BmDiary             *self);
void          bm_diary_take_extra                 (BmDiary             *self,
                                                   char                *extra);
void          bm_diary_take_entries               (BmDiary             *self,
                                                   GPtrArray           *entries);
void          bm_diary_take_contents              (BmDiary             *self,
                                                   BmDiary             *other);

/* bm-diary-document.c */
void          bm_diary_document_init              (BmDocumentInterface *iface);

/* bm-diary-merge.c */
void          bm_diary_merge                      (BmDiary             *self,
                                                   BmDiary             *base,
                                                   BmDiary             *theirs);

G_END_DECLS
