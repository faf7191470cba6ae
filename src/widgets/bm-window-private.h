/* bm-window-private.h: what the tests reach of the main window
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-window.h"

G_BEGIN_DECLS

GtkWindow *bm_window_get_shortcuts_window (BmWindow *self);

G_END_DECLS
