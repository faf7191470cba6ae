/* bm-care-plan.h: what the user picked: the painful spots, and later their plan
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_CARE_PLAN (bm_care_plan_get_type ())

G_DECLARE_FINAL_TYPE (BmCarePlan, bm_care_plan, BM, CARE_PLAN, GObject)

BmCarePlan *bm_care_plan_new             (void);
GListModel *bm_care_plan_get_spots       (BmCarePlan *self);
BmSpot     *bm_care_plan_get_active_spot (BmCarePlan *self);
gboolean    bm_care_plan_has_spot        (BmCarePlan *self,
                                          BmRegion   *region,
                                          BmSide      side);
void        bm_care_plan_select_spot     (BmCarePlan *self,
                                          BmRegion   *region,
                                          BmSide      side,
                                          gboolean    extend);
void        bm_care_plan_clear_spots     (BmCarePlan *self);

G_END_DECLS
