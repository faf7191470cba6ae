/* bm-source-private.h: what the content lint reads of a source
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-source.h"

G_BEGIN_DECLS

const char *bm_source_get_authors (BmSource *self);

G_END_DECLS
