/* bm-map-legend.h: what the marks on the map mean, and which way the hatching points
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-render-types.h"

G_BEGIN_DECLS

#define BM_TYPE_MAP_LEGEND (bm_map_legend_get_type ())

G_DECLARE_FINAL_TYPE (BmMapLegend, bm_map_legend, BM, MAP_LEGEND, GtkWidget)

void bm_map_legend_set_renderer (BmMapLegend   *self,
                                 BmMapRenderer *renderer);

G_END_DECLS
