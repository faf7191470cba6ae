/* bm-muscle-page.h: the page of a muscle: where it is, its trigger points, where it may send pain
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_MUSCLE_PAGE (bm_muscle_page_get_type ())

G_DECLARE_FINAL_TYPE (BmMusclePage, bm_muscle_page, BM, MUSCLE_PAGE, GtkWidget)

BmPainSource *bm_muscle_page_get_muscle (BmMusclePage *self);
BmSide        bm_muscle_page_get_sides  (BmMusclePage *self);
void          bm_muscle_page_set_muscle (BmMusclePage *self,
                                         BmPainSource *muscle,
                                         BmSide        sides);
const char   *bm_muscle_page_get_title  (BmMusclePage *self);

G_END_DECLS
