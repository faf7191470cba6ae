/* bm-pain-chart.h: pain intensity over time, one line per region, drawn with cairo
 *
 * The same drawing serves the diary page and the care sheet. Lines differ in
 * dash and marker shape as well as colour, and each is labelled at its end,
 * so colour is never the only cue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "bm-diary.h"

G_BEGIN_DECLS

#define BM_TYPE_PAIN_CHART (bm_pain_chart_get_type ())

G_DECLARE_FINAL_TYPE (BmPainChart, bm_pain_chart, BM, PAIN_CHART, GObject)

BmPainChart *bm_pain_chart_new         (BmCatalog    *catalog);
/* Takes the diary's series over [from, to); from and to are seconds since the epoch. */
void         bm_pain_chart_set_diary   (BmPainChart  *self,
                                        BmDiary      *diary,
                                        gint64        from,
                                        gint64        to);
/* Dark draws light lines on a dark background; print is always light. */
void         bm_pain_chart_set_dark    (BmPainChart  *self,
                                        gboolean      dark);
gboolean     bm_pain_chart_is_empty    (BmPainChart  *self);
/* Where a score is drawn in a box of that size; the arguments as for drawing. */
void         bm_pain_chart_locate      (BmPainChart  *self,
                                        PangoContext *context,
                                        double        width,
                                        double        height,
                                        gint64        time,
                                        double        intensity,
                                        double       *x,
                                        double       *y);
/* Draws into the box (0, 0, width, height) of @cr, with text laid out in @context. */
void         bm_pain_chart_draw        (BmPainChart  *self,
                                        cairo_t      *cr,
                                        PangoContext *context,
                                        double        width,
                                        double        height);

G_END_DECLS
