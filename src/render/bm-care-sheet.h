/* bm-care-sheet.h: the personal care sheet, as pages to print or a PDF
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "bm-diary.h"
#include "bm-paper.h"
#include "bm-render-types.h"

G_BEGIN_DECLS

#define BM_TYPE_CARE_SHEET (bm_care_sheet_get_type ())

G_DECLARE_FINAL_TYPE (BmCareSheet, bm_care_sheet, BM, CARE_SHEET, GObject)

BmCareSheet *bm_care_sheet_new             (BmMapRenderer *renderer,
                                            BmCarePlan    *plan,
                                            double         page_width,
                                            double         page_height);
void         bm_care_sheet_set_diary       (BmCareSheet   *self,
                                            BmDiary       *diary);
guint        bm_care_sheet_paginate        (BmCareSheet   *self,
                                            cairo_t       *cr);
void         bm_care_sheet_draw_page       (BmCareSheet   *self,
                                            cairo_t       *cr,
                                            guint          page);
const char  *bm_care_sheet_get_title       (BmCareSheet   *self);
void         bm_care_sheet_get_page_size   (BmCareSheet   *self,
                                            double        *width,
                                            double        *height);

G_END_DECLS
