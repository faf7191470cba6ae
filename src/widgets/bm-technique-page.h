/* bm-technique-page.h: one technique: evidence, dose, cautions and illustrated steps
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_TECHNIQUE_PAGE (bm_technique_page_get_type ())

G_DECLARE_FINAL_TYPE (BmTechniquePage, bm_technique_page, BM, TECHNIQUE_PAGE, GtkWidget)

BmTechnique *bm_technique_page_get_technique (BmTechniquePage *self);
void         bm_technique_page_set_technique (BmTechniquePage *self,
                                              BmTechnique     *technique);
BmCarePlan  *bm_technique_page_get_plan      (BmTechniquePage *self);
void         bm_technique_page_set_plan      (BmTechniquePage *self,
                                              BmCarePlan      *plan);
guint        bm_technique_page_get_n_steps   (BmTechniquePage *self);

G_END_DECLS
