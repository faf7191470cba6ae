/* bm-evidence.h: how strong the evidence is for a technique or a muscle's pattern
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

const char *bm_evidence_to_label (BmEvidence evidence);

G_END_DECLS
