/* bm-test-diary.h: what the diary tests share: entries at known times, and what the model told
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-diary-private.h"

G_BEGIN_DECLS

GDateTime    *bm_test_diary_at               (double      hours);
BmDiaryEntry *bm_test_diary_new_entry        (const char *id,
                                              double      hours);
void          bm_test_diary_add_entry        (BmDiary    *diary,
                                              const char *id,
                                              double      hours);
char         *bm_test_diary_dup_ids          (BmDiary    *diary);
void          bm_test_diary_items_changed_cb (GListModel *model,
                                              guint       position,
                                              guint       removed,
                                              guint       added,
                                              GString    *log);
void          bm_test_diary_count_cb         (gpointer    object,
                                              guint      *count);

G_END_DECLS
