/* bm-wrap-layout.h: children side by side, wrapping onto new lines as width runs out
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_WRAP_LAYOUT (bm_wrap_layout_get_type ())

G_DECLARE_FINAL_TYPE (BmWrapLayout, bm_wrap_layout, BM, WRAP_LAYOUT, GtkLayoutManager)

GtkLayoutManager *bm_wrap_layout_new (int spacing);

G_END_DECLS
