/* bm-technique-row.h: a technique in a region's list, with its place on the care sheet
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_TECHNIQUE_ROW (bm_technique_row_get_type ())

G_DECLARE_FINAL_TYPE (BmTechniqueRow, bm_technique_row, BM, TECHNIQUE_ROW, AdwActionRow)

GtkWidget   *bm_technique_row_new           (BmCarePlan     *plan);
void         bm_technique_row_set_fit       (BmTechniqueRow *self,
                                             BmTechniqueFit *fit);
BmTechnique *bm_technique_row_get_technique (BmTechniqueRow *self);

G_END_DECLS
