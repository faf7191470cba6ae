/* bm-pain-chart-private.h: the pain chart's frame and lines, for its own files
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "bm-diary.h"

G_BEGIN_DECLS

#define BM_PAIN_CHART_TEXT_ALPHA 0.8
#define BM_PAIN_CHART_FAINT_ALPHA 0.55
#define BM_PAIN_CHART_GRID_ALPHA 0.12
#define BM_PAIN_CHART_AXIS_ALPHA 0.4

/* Where the plot goes and what scales it: fixed for one draw. Sizes follow the
 * height of a line of text. */
typedef struct
{
  cairo_t *cr;
  PangoContext *context;
  gboolean dark;
  double line_height;
  double x0, x1, y0, y1;
  gint64 from, to;
} BmPainChartFrame;

/* A point of a line as drawn. */
typedef struct
{
  double x, y;
} BmPainChartVertex;

const double *bm_pain_chart_frame_get_background  (BmPainChartFrame *frame);
void         bm_pain_chart_frame_set_ink          (BmPainChartFrame *frame,
                                                   double            alpha);
PangoLayout *bm_pain_chart_frame_new_text         (BmPainChartFrame *frame,
                                                   const char       *text);
void         bm_pain_chart_frame_show_text        (BmPainChartFrame *frame,
                                                   PangoLayout      *layout,
                                                   double            x,
                                                   double            y,
                                                   double            align);
double       bm_pain_chart_frame_x                (BmPainChartFrame *frame,
                                                   gint64            time);
double       bm_pain_chart_frame_y                (BmPainChartFrame *frame,
                                                   double            intensity);
void         bm_pain_chart_frame_draw_score_axis  (BmPainChartFrame *frame);
void         bm_pain_chart_frame_draw_time_axis   (BmPainChartFrame *frame);

/* bm-pain-chart-lines.c */
void         bm_pain_chart_draw_line              (BmPainChartFrame *frame,
                                                   BmDiarySeries    *series,
                                                   guint             index,
                                                   GArray           *vertices);
void         bm_pain_chart_draw_key               (BmPainChartFrame *frame,
                                                   guint             index,
                                                   double            x,
                                                   double            y);

G_END_DECLS
