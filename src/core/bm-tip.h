/* bm-tip.h: a short piece of self-care advice
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_TIP (bm_tip_get_type ())

G_DECLARE_FINAL_TYPE (BmTip, bm_tip, BM, TIP, GObject)

const char *bm_tip_get_id      (BmTip *self);
const char *bm_tip_get_text    (BmTip *self);
GPtrArray  *bm_tip_get_sources (BmTip *self);

G_END_DECLS
