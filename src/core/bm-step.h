/* bm-step.h: one illustrated step of a self-care technique
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_STEP (bm_step_get_type ())

G_DECLARE_FINAL_TYPE (BmStep, bm_step, BM, STEP, GObject)

guint       bm_step_get_number            (BmStep *self);
const char *bm_step_get_text              (BmStep *self);
char       *bm_step_dup_illustration_path (BmStep *self);
gboolean    bm_step_has_timing            (BmStep *self);
guint       bm_step_get_hold_seconds      (BmStep *self);
guint       bm_step_get_repetitions       (BmStep *self);
guint       bm_step_get_rest_seconds      (BmStep *self);
gboolean    bm_step_get_each_side         (BmStep *self);

G_END_DECLS
