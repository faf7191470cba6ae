/* bm-region-pane.h: the details of the spot picked on the map
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_REGION_PANE (bm_region_pane_get_type ())

G_DECLARE_FINAL_TYPE (BmRegionPane, bm_region_pane, BM, REGION_PANE, GtkWidget)

const char *bm_region_pane_get_title (BmRegionPane *self);
BmCarePlan *bm_region_pane_get_plan  (BmRegionPane *self);
void        bm_region_pane_set_plan  (BmRegionPane *self,
                                      BmCarePlan   *plan);

G_END_DECLS
