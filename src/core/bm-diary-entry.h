/* bm-diary-entry.h: one entry of the pain diary: when, how much it hurt where, what was done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_DIARY_MAX_INTENSITY 10

/* How much one side of one region hurt. The region is kept as an id, so an id
 * from a newer catalog survives a round trip. */
typedef struct
{
  char          *region_id;
  BmSide         side;
  guint          intensity; /* 0 to BM_DIARY_MAX_INTENSITY */
  BmPainQuality  quality;
} BmDiaryScore;

/* A technique the user did, by id, and whether it helped. */
typedef struct
{
  char     *technique_id;
  BmHelped  helped;
} BmDiaryDone;

#define BM_TYPE_DIARY_ENTRY (bm_diary_entry_get_type ())

G_DECLARE_FINAL_TYPE (BmDiaryEntry, bm_diary_entry, BM, DIARY_ENTRY, GObject)

BmDiaryEntry       *bm_diary_entry_new            (GDateTime     *time);
BmDiaryEntry       *bm_diary_entry_copy           (BmDiaryEntry  *self);
gboolean            bm_diary_entry_equal          (BmDiaryEntry  *a,
                                                   BmDiaryEntry  *b);
const char         *bm_diary_entry_get_id         (BmDiaryEntry  *self);
GDateTime          *bm_diary_entry_get_time       (BmDiaryEntry  *self);
void                bm_diary_entry_set_time       (BmDiaryEntry  *self,
                                                   GDateTime     *time);
const char         *bm_diary_entry_get_note       (BmDiaryEntry  *self);
void                bm_diary_entry_set_note       (BmDiaryEntry  *self,
                                                   const char    *note);
guint               bm_diary_entry_get_n_scores   (BmDiaryEntry  *self);
const BmDiaryScore *bm_diary_entry_get_score      (BmDiaryEntry  *self,
                                                   guint          i);
const BmDiaryScore *bm_diary_entry_find_score     (BmDiaryEntry  *self,
                                                   const char    *region_id,
                                                   BmSide         side);
void                bm_diary_entry_set_score      (BmDiaryEntry  *self,
                                                   const char    *region_id,
                                                   BmSide         side,
                                                   guint          intensity,
                                                   BmPainQuality  quality);
void                bm_diary_entry_remove_score   (BmDiaryEntry  *self,
                                                   const char    *region_id,
                                                   BmSide         side);
guint               bm_diary_entry_get_n_done     (BmDiaryEntry  *self);
const BmDiaryDone  *bm_diary_entry_get_done       (BmDiaryEntry  *self,
                                                   guint          i);
void                bm_diary_entry_set_done       (BmDiaryEntry  *self,
                                                   const char    *technique_id,
                                                   BmHelped       helped);
void                bm_diary_entry_remove_done    (BmDiaryEntry  *self,
                                                   const char    *technique_id);

G_END_DECLS
