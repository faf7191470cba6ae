/* bm-window.h: the main window: the map, and the details of what is picked
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bm-application.h"

G_BEGIN_DECLS

#define BM_TYPE_WINDOW (bm_window_get_type ())

G_DECLARE_FINAL_TYPE (BmWindow, bm_window, BM, WINDOW, AdwApplicationWindow)

BmWindow   *bm_window_new         (BmApplication *application);
BmCarePlan *bm_window_get_plan    (BmWindow      *self);
gboolean    bm_window_export_pdf  (BmWindow      *self,
                                   GFile         *file);

G_END_DECLS
