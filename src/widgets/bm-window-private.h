/* bm-window-private.h: the main window's parts, shared by its files and the tests
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bm-body-map.h"
#include "bm-diary-page.h"
#include "bm-map-bar.h"
#include "bm-map-legend.h"
#include "bm-muscle-page.h"
#include "bm-region-pane.h"
#include "bm-routine-player.h"
#include "bm-search-page.h"
#include "bm-technique-browser.h"
#include "bm-technique-page.h"
#include "bm-window.h"

G_BEGIN_DECLS

struct _BmWindow
{
  AdwApplicationWindow parent_instance;

  BmCatalog *catalog;
  BmCarePlan *plan;      /* the application's, from its plan store */
  BmMapRenderer *renderer;
  GActionGroup *plan_actions; /* "plan": the only way to change the plan */
  GPtrArray *picked;     /* the spots before the last change, to offer Undo */

  AdwToastOverlay *toast_overlay;
  AdwToast *undo_toast; /* the offer to undo shown, until it is dismissed */
  gint64 toast_added_at; /* monotonic */
  AdwLeaflet *leaflet;
  GtkWidget *map_page;
  GtkWidget *details_page;
  BmMapBar *map_bar;
  BmBodyMap *body_map;
  BmMapLegend *legend;
  GtkMenuButton *menu_button;
  GMenuModel *primary_menu;
  GtkWidget *back_button;
  AdwWindowTitle *details_title;
  GtkStack *content_stack;
  BmRegionPane *region_pane;
  BmTechniquePage *technique_page;
  BmTechniqueBrowser *technique_browser;
  BmSearchPage *search_page;
  BmRoutinePlayer *routine_player;
  BmMusclePage *muscle_page;

  /* The diary view, beside the map. */
  BmDiary *diary;
  GActionGroup *diary_actions; /* "diary": the only way to change the diary */
  AdwViewStack *main_stack;
  AdwViewSwitcherTitle *map_switcher_title;
  AdwViewSwitcherTitle *diary_switcher_title;
  AdwViewSwitcherBar *switcher_bar;
  GtkMenuButton *diary_menu_button;
  BmDiaryPage *diary_page;

  GPtrArray *history; /* the pages shown before, to go back to */
  GtkWindow *shortcuts; /* made when first asked for */
};

void       bm_window_toast                 (BmWindow   *self,
                                            const char *title);
void       bm_window_offer_undo            (BmWindow   *self,
                                            const char *title,
                                            const char *action_name);
void       bm_window_print_action          (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);
void       bm_window_export_pdf_action     (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);
void       bm_window_show_shortcuts_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);
GtkWindow *bm_window_get_shortcuts_window  (BmWindow   *self);
void       bm_window_show_page             (BmWindow   *self,
                                            const char *name);
void       bm_window_open_muscle_action    (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);
void       bm_window_setup_muscles         (BmWindow   *self,
                                            GSettings  *settings);
void       bm_window_setup_diary           (BmWindow   *self,
                                            BmDiary    *diary);
void       bm_window_log_pain_action       (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);
void       bm_window_edit_diary_entry_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter);
void       bm_window_undo_action           (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);

G_END_DECLS
