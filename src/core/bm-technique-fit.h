/* bm-technique-fit.h: a technique suited to a region, and why
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_TECHNIQUE_FIT (bm_technique_fit_get_type ())

G_DECLARE_FINAL_TYPE (BmTechniqueFit, bm_technique_fit, BM, TECHNIQUE_FIT, GObject)

BmTechnique *bm_technique_fit_get_technique (BmTechniqueFit *self);
const char  *bm_technique_fit_get_why       (BmTechniqueFit *self);

G_END_DECLS
