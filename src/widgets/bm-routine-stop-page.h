/* bm-routine-stop-page.h: after the pain stop: why it matters, and the warning signs
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_ROUTINE_STOP_PAGE (bm_routine_stop_page_get_type ())

G_DECLARE_FINAL_TYPE (BmRoutineStopPage, bm_routine_stop_page, BM, ROUTINE_STOP_PAGE, GtkWidget)

void bm_routine_stop_page_show_signs (BmRoutineStopPage *self,
                                      GListModel        *spots);

G_END_DECLS
