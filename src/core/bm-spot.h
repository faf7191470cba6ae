/* bm-spot.h: one side of one region, as the user picks it on the map
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_SPOT (bm_spot_get_type ())

G_DECLARE_FINAL_TYPE (BmSpot, bm_spot, BM, SPOT, GObject)

BmSpot   *bm_spot_new        (BmRegion *region,
                              BmSide    side);
BmRegion *bm_spot_get_region (BmSpot   *self);
BmSide    bm_spot_get_side   (BmSpot   *self);
char     *bm_spot_dup_label  (BmSpot   *self);
char     *bm_spot_dup_key    (BmSpot   *self);
gboolean  bm_spot_equal      (BmSpot   *self,
                              BmRegion *region,
                              BmSide    side);

G_END_DECLS
