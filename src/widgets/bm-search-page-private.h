/* bm-search-page-private.h: what the tests type into the search page
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-search-page.h"

G_BEGIN_DECLS

void bm_search_page_set_text (BmSearchPage *self,
                              const char   *text);

G_END_DECLS
