/* bm-pain-type-dialog.h: three questions that tell local, referred and nerve pain apart
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_PAIN_TYPE_DIALOG (bm_pain_type_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BmPainTypeDialog, bm_pain_type_dialog, BM, PAIN_TYPE_DIALOG, AdwWindow)

BmPainTypeDialog *bm_pain_type_dialog_new         (GtkWindow        *parent,
                                                   BmCatalog        *catalog,
                                                   BmCarePlan       *plan);
void              bm_pain_type_dialog_set_answers (BmPainTypeDialog *self,
                                                   gboolean          shooting,
                                                   gboolean          numb,
                                                   gboolean          wide_ache);
BmPainType       *bm_pain_type_dialog_get_result  (BmPainTypeDialog *self);

G_END_DECLS
