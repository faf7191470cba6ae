/* bm-plan-store-private.h: what only the tests of the plan store use
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-plan-store.h"

G_BEGIN_DECLS

void  bm_plan_store_set_delay    (BmPlanStore *self,
                                  guint        delay_ms);
guint bm_plan_store_get_n_writes (BmPlanStore *self);
void  bm_plan_store_wait         (BmPlanStore *self);

G_END_DECLS
