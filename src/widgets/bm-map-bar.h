/* bm-map-bar.h: the map's "Areas | Muscles" switch and its one-line hint
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_MAP_BAR (bm_map_bar_get_type ())

G_DECLARE_FINAL_TYPE (BmMapBar, bm_map_bar, BM, MAP_BAR, GtkWidget)

gboolean bm_map_bar_get_show_muscles (BmMapBar *self);
void     bm_map_bar_set_show_muscles (BmMapBar *self,
                                      gboolean  show_muscles);
void     bm_map_bar_set_can_switch   (BmMapBar *self,
                                      gboolean  can_switch);

G_END_DECLS
