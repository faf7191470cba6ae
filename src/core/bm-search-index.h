/* bm-search-index.h: every word of the catalog, found by the start of a word
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_SEARCH_INDEX (bm_search_index_get_type ())

G_DECLARE_FINAL_TYPE (BmSearchIndex, bm_search_index, BM, SEARCH_INDEX, GObject)

BmSearchIndex *bm_search_index_new    (BmCatalog     *catalog);
GListModel    *bm_search_index_search (BmSearchIndex *self,
                                       const char    *query);

G_END_DECLS
