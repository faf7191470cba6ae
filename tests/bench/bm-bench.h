/* bm-bench.h: what the benchmark's files share: samples of repeated runs, and the table
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RUNS 11

typedef struct
{
  double values[RUNS];
  guint n;
} Sample;

void row            (const char *what,
                     Sample     *sample,
                     const char *unit,
                     const char *note);

/* bm-bench-diary.c */
void bm_bench_diary (void);

/* bm-bench-chart.c */
void bm_bench_chart (void);

G_END_DECLS
