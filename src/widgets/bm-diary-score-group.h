/* bm-diary-score-group.h: one area's pain in the entry editor: intensity and kind of pain
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_DIARY_SCORE_GROUP (bm_diary_score_group_get_type ())

G_DECLARE_FINAL_TYPE (BmDiaryScoreGroup, bm_diary_score_group, BM, DIARY_SCORE_GROUP,
                      AdwPreferencesGroup)

GtkWidget     *bm_diary_score_group_new           (BmCatalog         *catalog,
                                                   const char        *region_id,
                                                   BmSide             side,
                                                   guint              intensity,
                                                   BmPainQuality      quality);
gboolean       bm_diary_score_group_is_area       (BmDiaryScoreGroup *self,
                                                   const char        *region_id,
                                                   BmSide             side);
GVariant      *bm_diary_score_group_to_variant    (BmDiaryScoreGroup *self);
void           bm_diary_score_group_focus         (BmDiaryScoreGroup *self);

G_END_DECLS
