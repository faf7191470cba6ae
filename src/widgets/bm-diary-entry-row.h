/* bm-diary-entry-row.h: one diary entry in the list: when, how much it hurt where, what helped
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_DIARY_ENTRY_ROW (bm_diary_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (BmDiaryEntryRow, bm_diary_entry_row, BM, DIARY_ENTRY_ROW, GtkWidget)

GtkWidget *bm_diary_entry_row_new       (void);
void       bm_diary_entry_row_set_entry (BmDiaryEntryRow *self,
                                         BmCatalog       *catalog,
                                         BmDiaryEntry    *entry,
                                         gboolean         first_of_day);

G_END_DECLS
