/* bm-plan-actions.h: the plan.* actions, the only way views change the care plan
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

GActionGroup *bm_plan_actions_new (BmCatalog  *catalog,
                                   BmCarePlan *plan);

G_END_DECLS
