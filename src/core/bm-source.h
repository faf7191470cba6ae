/* bm-source.h: a published source the catalog cites
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_SOURCE (bm_source_get_type ())

G_DECLARE_FINAL_TYPE (BmSource, bm_source, BM, SOURCE, GObject)

const char *bm_source_get_id       (BmSource *self);
guint       bm_source_get_year     (BmSource *self);
const char *bm_source_get_url      (BmSource *self);
char       *bm_source_dup_citation (BmSource *self);

G_END_DECLS
