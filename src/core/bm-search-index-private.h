/* bm-search-index-private.h: what the search index reads from the catalog
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-search-result.h"

G_BEGIN_DECLS

/* One thing search can find. */
typedef struct
{
  BmSearchResultKind kind;
  gpointer item;            /* owned by the catalog, as are its id and title */
  const char *id;
  const char *title;
  GPtrArray *regions;       /* (element-type BmRegion) */
} BmSearchEntry;

char       **bm_search_split_words   (const char *text);
GHashTable  *bm_search_index_collect (BmCatalog  *catalog,
                                      GArray     *entries);

G_END_DECLS
