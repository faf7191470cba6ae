/* bm-progress-ring.h: a ring that empties as time passes, the seconds left in its centre
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_PROGRESS_RING (bm_progress_ring_get_type ())

G_DECLARE_FINAL_TYPE (BmProgressRing, bm_progress_ring, BM, PROGRESS_RING, GtkWidget)

double bm_progress_ring_get_fraction (BmProgressRing *self);
void   bm_progress_ring_set_fraction (BmProgressRing *self,
                                      double          fraction);
guint  bm_progress_ring_get_seconds  (BmProgressRing *self);
void   bm_progress_ring_set_seconds  (BmProgressRing *self,
                                      guint           seconds);

G_END_DECLS
