/* bm-diary-table.h: the pain chart as a table: one row per entry, one column per area
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_DIARY_TABLE (bm_diary_table_get_type ())

G_DECLARE_FINAL_TYPE (BmDiaryTable, bm_diary_table, BM, DIARY_TABLE, GtkWidget)

void   bm_diary_table_set_diary (BmDiaryTable *self,
                                 BmCatalog    *catalog,
                                 BmDiary      *diary,
                                 GListModel   *newest_first);
guint  bm_diary_table_get_days  (BmDiaryTable *self);
void   bm_diary_table_set_days  (BmDiaryTable *self,
                                 guint         days);

G_END_DECLS
