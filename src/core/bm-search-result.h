/* bm-search-result.h: one thing search can find: a region, cause, source, technique or tip
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

typedef enum
{
  BM_SEARCH_RESULT_REGION,
  BM_SEARCH_RESULT_CAUSE,
  BM_SEARCH_RESULT_PAIN_SOURCE,
  BM_SEARCH_RESULT_TECHNIQUE,
  BM_SEARCH_RESULT_TIP,
} BmSearchResultKind;

#define BM_TYPE_SEARCH_RESULT (bm_search_result_get_type ())

G_DECLARE_FINAL_TYPE (BmSearchResult, bm_search_result, BM, SEARCH_RESULT, GObject)

GListModel         *bm_search_result_list_new      (BmCatalog      *catalog);
BmSearchResultKind  bm_search_result_get_kind      (BmSearchResult *self);
const char         *bm_search_result_get_title     (BmSearchResult *self);
const char         *bm_search_result_get_subtitle  (BmSearchResult *self);
BmRegion           *bm_search_result_get_region    (BmSearchResult *self);
BmTechnique        *bm_search_result_get_technique (BmSearchResult *self);

G_END_DECLS
