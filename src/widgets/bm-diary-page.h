/* bm-diary-page.h: the pain diary in the window: onset, chart or table, and the entries
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_DIARY_PAGE (bm_diary_page_get_type ())

G_DECLARE_FINAL_TYPE (BmDiaryPage, bm_diary_page, BM, DIARY_PAGE, GtkWidget)

void bm_diary_page_set_diary (BmDiaryPage *self,
                              BmCatalog   *catalog,
                              BmDiary     *diary);

G_END_DECLS
