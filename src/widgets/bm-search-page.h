/* bm-search-page.h: search the catalog in the current language
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_SEARCH_PAGE (bm_search_page_get_type ())

G_DECLARE_FINAL_TYPE (BmSearchPage, bm_search_page, BM, SEARCH_PAGE, GtkWidget)

void        bm_search_page_set_catalog (BmSearchPage *self,
                                        BmCatalog    *catalog);
GListModel *bm_search_page_get_results (BmSearchPage *self);
void        bm_search_page_activate    (BmSearchPage *self,
                                        guint         position);
void        bm_search_page_focus       (BmSearchPage *self);

G_END_DECLS
