/* bm-routine-player-private.h: what the tests may see of the routine player
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-routine-player.h"

G_BEGIN_DECLS

typedef void (*BmRoutinePlayerSoundFunc) (const char *event_id,
                                          gpointer    data);

void       bm_routine_player_set_sound_func (BmRoutinePlayer          *self,
                                             BmRoutinePlayerSoundFunc  func,
                                             gpointer                  data);
GtkWidget *bm_routine_player_get_step_label (BmRoutinePlayer          *self);
GtkWidget *bm_routine_player_get_ring       (BmRoutinePlayer          *self);

G_END_DECLS
