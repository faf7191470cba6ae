/* bm-spot-content.h: the content of several picked spots, merged and filtered by side
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

GPtrArray *bm_spot_content_dup_causes        (GListModel *spots);
GPtrArray *bm_spot_content_dup_red_flags     (GListModel *spots,
                                              BmUrgency   urgency);
GPtrArray *bm_spot_content_dup_fits          (GListModel *spots);
GPtrArray *bm_spot_content_dup_tips          (GListModel *spots);
GPtrArray *bm_spot_content_dup_referred_from (GListModel *spots);
GPtrArray *bm_spot_content_dup_sources_here  (GListModel *spots);
gboolean   bm_spot_content_refers           (GListModel *spots,
                                              BmRegion   *region,
                                              BmSide      side,
                                              gboolean    towards_spots);

G_END_DECLS
