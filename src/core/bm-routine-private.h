/* bm-routine-private.h: the routine's insides, shared by its two files
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-routine.h"

G_BEGIN_DECLS

/*
 * The state is a point on the timeline, in microseconds from its start. While the
 * routine runs the point is (now - origin); while it is paused or ended it is
 * frozen. Nothing is counted per tick, so irregular updates never drift.
 */
struct _BmRoutine
{
  GObject parent_instance;

  GListStore *items;
  guint total_seconds;

  gint64 origin;
  gint64 frozen;
  guint position;
  BmRoutinePhase phase;
  guint seconds_left;
  gboolean started;
  gboolean paused;
  gboolean stopped;
};

G_END_DECLS
