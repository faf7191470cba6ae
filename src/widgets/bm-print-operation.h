/* bm-print-operation.h: printing the care sheet, with GTK's dialog and preview
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-render-types.h"

G_BEGIN_DECLS

#define BM_TYPE_PRINT_OPERATION (bm_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (BmPrintOperation, bm_print_operation, BM, PRINT_OPERATION, GtkPrintOperation)

BmPrintOperation *bm_print_operation_new (BmMapRenderer *renderer,
                                          BmCarePlan    *plan,
                                          BmDiary       *diary);

G_END_DECLS
