/* bm-plan-file.h: the care plan on disk: saved atomically, a broken file kept aside
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

char       *bm_plan_file_dup_default_path (void);
BmCarePlan *bm_plan_file_load             (BmCatalog   *catalog,
                                           const char  *path,
                                           char       **moved_to,
                                           GError     **error);
gboolean    bm_plan_file_save             (BmCarePlan  *plan,
                                           const char  *path,
                                           GError     **error);

G_END_DECLS
