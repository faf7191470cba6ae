/* bm-plan-store.h: the user's care plan on disk, loaded once and saved a moment after a change
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_PLAN_STORE (bm_plan_store_get_type ())

G_DECLARE_FINAL_TYPE (BmPlanStore, bm_plan_store, BM, PLAN_STORE, GObject)

BmPlanStore *bm_plan_store_new       (BmCatalog    *catalog,
                                      const char   *path);
void         bm_plan_store_load      (BmPlanStore  *self);
BmCarePlan  *bm_plan_store_get_plan  (BmPlanStore  *self);
const char  *bm_plan_store_get_path  (BmPlanStore  *self);
gboolean     bm_plan_store_get_saved (BmPlanStore  *self);
gboolean     bm_plan_store_flush     (BmPlanStore  *self,
                                      GError      **error);

G_END_DECLS
