/* bm-diary.h: the pain diary: entries in time order, and the onset of this episode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "bm-diary-entry.h"

G_BEGIN_DECLS

/* Scores of one side of one region over a stretch of time, for the chart and the sheet. */
typedef struct
{
  char      *region_id;
  BmSide     side;
  guint      n_points;
  gint64    *times;       /* seconds since the epoch (UTC), ascending */
  guint8    *intensities; /* 0 to BM_DIARY_MAX_INTENSITY */
  guint      current;     /* the last score in the stretch */
  guint      worst;
  double     average;
} BmDiarySeries;

#define BM_TYPE_DIARY (bm_diary_get_type ())

/* A GListModel of BmDiaryEntry, oldest first. Entries in the model are not
 * changed in place: edit a bm_diary_entry_copy() and bm_diary_replace() it,
 * so that undo can put the old entry back. */
G_DECLARE_FINAL_TYPE (BmDiary, bm_diary, BM, DIARY, GObject)

BmDiary       *bm_diary_new               (void);
BmDiary       *bm_diary_new_from_json     (JsonNode      *root,
                                           GError       **error);
JsonNode      *bm_diary_to_json           (BmDiary       *self);
GBytes        *bm_diary_to_bytes          (BmDiary       *self);
BmDiary       *bm_diary_new_from_bytes    (GBytes        *bytes,
                                           GError       **error);

/* The onset date of this episode, or NULL when the user has not said. */
GDate         *bm_diary_get_onset         (BmDiary       *self);
void           bm_diary_set_onset         (BmDiary       *self,
                                           const GDate   *onset);

void           bm_diary_add               (BmDiary       *self,
                                           BmDiaryEntry  *entry);
BmDiaryEntry  *bm_diary_replace           (BmDiary       *self,
                                           BmDiaryEntry  *entry);
BmDiaryEntry  *bm_diary_remove            (BmDiary       *self,
                                           const char    *id);
BmDiaryEntry  *bm_diary_lookup            (BmDiary       *self,
                                           const char    *id);

/* One series per side of each region scored in [from, to); NULL bounds are open.
 * Returns: (element-type BmDiarySeries) (transfer full) */
GPtrArray     *bm_diary_dup_series        (BmDiary       *self,
                                           GDateTime     *from,
                                           GDateTime     *to);
void           bm_diary_series_free       (BmDiarySeries *series);

/* RFC 4180, UTF-8, a header row, one row per region per entry. */
GBytes        *bm_diary_to_csv            (BmDiary       *self,
                                           BmCatalog     *catalog);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmDiarySeries, bm_diary_series_free)

G_END_DECLS
