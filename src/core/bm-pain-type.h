/* bm-pain-type.h: a type of pain: axial, referred or radicular
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_PAIN_TYPE (bm_pain_type_get_type ())

G_DECLARE_FINAL_TYPE (BmPainType, bm_pain_type, BM, PAIN_TYPE, GObject)

const char *bm_pain_type_get_id          (BmPainType *self);
const char *bm_pain_type_get_name        (BmPainType *self);
const char *bm_pain_type_get_feels_like  (BmPainType *self);
const char *bm_pain_type_get_how_to_tell (BmPainType *self);
const char *bm_pain_type_get_advice      (BmPainType *self);

G_END_DECLS
