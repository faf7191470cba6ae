/* bm-pain-chart-view.h: the diary's pain chart on screen, over the last days or all of it
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_PAIN_CHART_VIEW (bm_pain_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (BmPainChartView, bm_pain_chart_view, BM, PAIN_CHART_VIEW, GtkWidget)

void     bm_pain_chart_view_set_diary (BmPainChartView *self,
                                       BmCatalog       *catalog,
                                       BmDiary         *diary);
guint    bm_pain_chart_view_get_days  (BmPainChartView *self);
void     bm_pain_chart_view_set_days  (BmPainChartView *self,
                                       guint            days);
gboolean bm_pain_chart_view_is_empty  (BmPainChartView *self);

G_END_DECLS
