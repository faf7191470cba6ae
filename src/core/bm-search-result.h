/* bm-search-result.h: one thing a search found, and the regions it belongs to
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

/* In the order results of the same rank are listed. */
typedef enum
{
  BM_SEARCH_RESULT_REGION,
  BM_SEARCH_RESULT_TECHNIQUE,
  BM_SEARCH_RESULT_PAIN_SOURCE,
  BM_SEARCH_RESULT_CAUSE,
  BM_SEARCH_RESULT_TIP,
  BM_SEARCH_RESULT_RED_FLAG,
} BmSearchResultKind;

/* Where the words were found, from the best match down. */
typedef enum
{
  BM_SEARCH_FIELD_TITLE,
  BM_SEARCH_FIELD_SUMMARY,
  BM_SEARCH_FIELD_BODY,
} BmSearchField;

#define BM_TYPE_SEARCH_RESULT (bm_search_result_get_type ())

G_DECLARE_FINAL_TYPE (BmSearchResult, bm_search_result, BM, SEARCH_RESULT, GObject)

BmSearchResult     *bm_search_result_new            (BmSearchResultKind   kind,
                                                     gpointer             item,
                                                     const char          *id,
                                                     const char          *title,
                                                     GPtrArray           *regions,
                                                     BmSearchField        field);
BmSearchResultKind  bm_search_result_get_kind       (BmSearchResult      *self);
const char         *bm_search_result_get_id         (BmSearchResult      *self);
const char         *bm_search_result_get_title      (BmSearchResult      *self);
const char         *bm_search_result_get_subtitle   (BmSearchResult      *self);
BmSearchField       bm_search_result_get_field      (BmSearchResult      *self);
GPtrArray          *bm_search_result_get_regions    (BmSearchResult      *self);
gboolean            bm_search_result_get_first_spot (BmSearchResult      *self,
                                                     BmRegion           **region,
                                                     BmSide              *side);
BmTechnique        *bm_search_result_get_technique  (BmSearchResult      *self);

G_END_DECLS
