/* bm-diary-labels.h: the words for a diary's pain qualities and answers, as people read them
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

const char *bm_pain_quality_to_label (BmPainQuality quality);
const char *bm_helped_to_label       (BmHelped      helped);

G_END_DECLS
