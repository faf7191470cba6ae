/* bm-red-flag.h: a sign that needs a doctor rather than self-care
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_RED_FLAG (bm_red_flag_get_type ())

G_DECLARE_FINAL_TYPE (BmRedFlag, bm_red_flag, BM, RED_FLAG, GObject)

const char *bm_red_flag_get_id       (BmRedFlag *self);
const char *bm_red_flag_get_text     (BmRedFlag *self);
const char *bm_red_flag_get_question (BmRedFlag *self);
BmUrgency   bm_red_flag_get_urgency  (BmRedFlag *self);
const char *bm_red_flag_get_action   (BmRedFlag *self);
BmSide      bm_red_flag_get_sides    (BmRedFlag *self);
GPtrArray  *bm_red_flag_get_sources  (BmRedFlag *self);
const char *bm_urgency_to_label      (BmUrgency  urgency);
const char *bm_urgency_to_action     (BmUrgency  urgency);

G_END_DECLS
