/* bm-cause.h: a possible cause of back pain
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_CAUSE (bm_cause_get_type ())

G_DECLARE_FINAL_TYPE (BmCause, bm_cause, BM, CAUSE, GObject)

const char  *bm_cause_get_id      (BmCause *self);
const char  *bm_cause_get_name    (BmCause *self);
BmCauseKind  bm_cause_get_kind    (BmCause *self);
BmSide       bm_cause_get_sides   (BmCause *self);
const char  *bm_cause_get_summary (BmCause *self);
GPtrArray   *bm_cause_get_sources (BmCause *self);

G_END_DECLS
