/* bm-red-flag-dialog.h: the red-flag check: signs that need a doctor, not self-care
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_RED_FLAG_DIALOG (bm_red_flag_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BmRedFlagDialog, bm_red_flag_dialog, BM, RED_FLAG_DIALOG, AdwWindow)

BmRedFlagDialog *bm_red_flag_dialog_new       (GtkWindow       *parent,
                                               BmCatalog       *catalog,
                                               BmCarePlan      *plan);
GtkCheckButton  *bm_red_flag_dialog_get_check (BmRedFlagDialog *self,
                                               BmRedFlag       *flag);

G_END_DECLS
