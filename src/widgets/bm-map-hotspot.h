/* bm-map-hotspot.h: an area of the back map as a widget that takes focus
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_MAP_HOTSPOT (bm_map_hotspot_get_type ())

G_DECLARE_FINAL_TYPE (BmMapHotspot, bm_map_hotspot, BM, MAP_HOTSPOT, GtkWidget)

GtkWidget *bm_map_hotspot_new          (guint         area,
                                        const char   *label);
guint      bm_map_hotspot_get_area     (BmMapHotspot *self);
const char *bm_map_hotspot_get_label   (BmMapHotspot *self);
void       bm_map_hotspot_set_selected (BmMapHotspot *self,
                                        gboolean      selected);

G_END_DECLS
