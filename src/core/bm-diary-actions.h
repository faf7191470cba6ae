/* bm-diary-actions.h: the diary.* actions, the only way views change the pain diary
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

/* An entry as the actions take it: its time (seconds since the epoch), its note,
 * its scores (region id, side, intensity, quality) and what was done
 * (technique id, helped). */
#define BM_DIARY_ENTRY_VARIANT_TYPE "(xsa(suuu)a(su))"

GActionGroup *bm_diary_actions_new              (BmCatalog    *catalog,
                                                 BmDiary      *diary);
GVariant     *bm_diary_entry_to_variant         (BmDiaryEntry *entry);

G_END_DECLS
