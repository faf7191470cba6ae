/* bm-region.h: a region of the back, or a zone where pain is felt
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_REGION (bm_region_get_type ())

G_DECLARE_FINAL_TYPE (BmRegion, bm_region, BM, REGION, GObject)

const char   *bm_region_get_id             (BmRegion *self);
const char   *bm_region_get_name           (BmRegion *self);
BmRegionKind  bm_region_get_kind           (BmRegion *self);
BmSide        bm_region_get_sides          (BmRegion *self);
const char   *bm_region_get_summary        (BmRegion *self);
GPtrArray    *bm_region_get_causes         (BmRegion *self);
GPtrArray    *bm_region_get_techniques     (BmRegion *self);
GPtrArray    *bm_region_get_self_care      (BmRegion *self);
GPtrArray    *bm_region_get_red_flags      (BmRegion *self);
const char   *bm_region_get_side_note      (BmRegion *self,
                                            BmSide    side);
GPtrArray    *bm_region_get_sources_here   (BmRegion *self);
GPtrArray    *bm_region_get_referred_from  (BmRegion *self);
char         *bm_region_dup_label          (BmRegion *self,
                                            BmSide    sides);
char         *bm_region_dup_element_id     (BmRegion *self,
                                            BmSide    side);

const char   *bm_side_to_nick              (BmSide    side);
char         *bm_side_dup_label            (const char *name,
                                            BmSide      sides);
char         *bm_side_dup_nicks            (BmSide    sides);

G_END_DECLS
