/* bm-routine-player.h: a self-care routine played step by step, with a timer and a stop rule
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_ROUTINE_PLAYER (bm_routine_player_get_type ())

G_DECLARE_FINAL_TYPE (BmRoutinePlayer, bm_routine_player, BM, ROUTINE_PLAYER, GtkWidget)

GtkWidget  *bm_routine_player_new         (BmCarePlan      *plan);
BmCarePlan *bm_routine_player_get_plan    (BmRoutinePlayer *self);
BmRoutine  *bm_routine_player_get_routine (BmRoutinePlayer *self);
void        bm_routine_player_start       (BmRoutinePlayer *self,
                                           BmRoutine       *routine);

G_END_DECLS
