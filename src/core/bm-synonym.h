/* bm-synonym.h: words people search with that the catalog says otherwise
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_SYNONYM (bm_synonym_get_type ())

G_DECLARE_FINAL_TYPE (BmSynonym, bm_synonym, BM, SYNONYM, GObject)

const char * const *bm_synonym_get_words (BmSynonym *self);
const char * const *bm_synonym_get_means (BmSynonym *self);

G_END_DECLS
