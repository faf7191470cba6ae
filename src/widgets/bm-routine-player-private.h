/* bm-routine-player-private.h: the player's parts, shared by its view and its actions,
 * and what the tests may see of it
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gsound.h>

#include "bm-progress-ring.h"
#include "bm-routine-player.h"
#include "bm-routine-stop-page.h"

G_BEGIN_DECLS

typedef void (*BmRoutinePlayerSoundFunc) (const char *event_id,
                                          gpointer    data);

struct _BmRoutinePlayer
{
  GtkWidget parent_instance;

  BmCarePlan *plan;
  BmRoutine *routine;
  BmStep *shown_step;
  guint tick_id;        /* while the routine runs */
  guint inhibit_cookie; /* keeps the screen on while it runs */
  GSoundContext *sound; /* made at the first sound */
  BmRoutinePlayerSoundFunc sound_func;
  gpointer sound_data;

  GtkStack *stack;
  GtkScrolledWindow *player_scroller;
  GtkLabel *technique_label;
  GtkLabel *position_label;
  AdwBin *illustration_bin;
  GtkLabel *step_label;
  GtkLabel *phase_label;
  BmProgressRing *ring;
  GtkLabel *next_label;
  GtkWidget *pause_button;
  AdwButtonContent *pause_content;
  BmRoutineStopPage *stop_page;
  GtkRange *feeling_scale;
};

void       bm_routine_player_class_add_actions (GtkWidgetClass           *widget_class);
void       bm_routine_player_run               (BmRoutinePlayer          *self);
void       bm_routine_player_halt              (BmRoutinePlayer          *self);

void       bm_routine_player_set_sound_func    (BmRoutinePlayer          *self,
                                                BmRoutinePlayerSoundFunc  func,
                                                gpointer                  data);
GtkWidget *bm_routine_player_get_step_label    (BmRoutinePlayer          *self);
GtkWidget *bm_routine_player_get_ring          (BmRoutinePlayer          *self);

G_END_DECLS
