/* bm-window-diary.c: the main window's diary view: logging pain, changing entries, undo
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-diary-actions.h"
#include "bm-diary-entry-editor.h"
#include "bm-diary.h"
#include "bm-window-private.h"

static void
added_cb (BmWindow *self)
{
  bm_window_offer_undo (self, _("Pain logged in the diary"), "diary.undo");
}

static void
replaced_cb (BmWindow *self)
{
  bm_window_offer_undo (self, _("Entry changed"), "diary.undo");
}

static void
removed_cb (BmWindow *self)
{
  bm_window_offer_undo (self, _("Entry deleted"), "diary.undo");
}

static gboolean
diary_shown (BmWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->main_stack), "diary") == 0;
}

/* The bar at the bottom switches views when the header has no room for the switcher. */
static void
update_switcher_bar (BmWindow *self)
{
  AdwViewSwitcherTitle *title = diary_shown (self) ? self->diary_switcher_title
                                                   : self->map_switcher_title;

  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    adw_view_switcher_title_get_title_visible (title));
}

/* Ctrl+Z undoes the last change in the view in sight: the picked areas on the map,
 * the entries in the diary. Never one the user cannot see. */
static void
update_undo (BmWindow *self)
{
  gboolean enabled = diary_shown (self)
                   ? g_action_group_get_action_enabled (self->diary_actions, "undo")
                   : g_action_group_get_action_enabled (self->plan_actions, "undo-selection");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", enabled);
}

void
bm_window_undo_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);

  gtk_widget_activate_action (widget, diary_shown (self) ? "diary.undo" : "plan.undo-selection",
                              NULL);
}

void
bm_window_log_pain_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);
  BmDiaryEntryEditor *editor = bm_diary_entry_editor_new (GTK_WINDOW (self), self->catalog,
                                                          self->plan, self->diary_actions, NULL);

  gtk_window_present (GTK_WINDOW (editor));
}

void
bm_window_edit_diary_entry_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);
  BmDiaryEntry *entry = bm_diary_lookup (self->diary, g_variant_get_string (parameter, NULL));
  BmDiaryEntryEditor *editor;

  g_return_if_fail (entry != NULL);

  editor = bm_diary_entry_editor_new (GTK_WINDOW (self), self->catalog, self->plan,
                                      self->diary_actions, entry);
  gtk_window_present (GTK_WINDOW (editor));
}

/**
 * bm_window_setup_diary:
 * @diary: the user's diary, which the window shows and changes through its
 *   "diary" actions
 */
void
bm_window_setup_diary (BmWindow *self,
                       BmDiary  *diary)
{
  static const struct {
    const char *action;
    GCallback   callback;
  } toasts[] = {
    { "add", G_CALLBACK (added_cb) },
    { "replace", G_CALLBACK (replaced_cb) },
    { "remove", G_CALLBACK (removed_cb) },
  };

  g_return_if_fail (BM_IS_WINDOW (self));
  g_return_if_fail (BM_IS_DIARY (diary));

  self->diary = g_object_ref (diary);
  self->diary_actions = bm_diary_actions_new (self->catalog, diary);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "diary", self->diary_actions);
  for (guint i = 0; i < G_N_ELEMENTS (toasts); i++)
    g_signal_connect_object (g_action_map_lookup_action (G_ACTION_MAP (self->diary_actions),
                                                         toasts[i].action),
                             "activate", toasts[i].callback, self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  bm_diary_page_set_diary (self->diary_page, self->catalog, diary);

  g_signal_connect_object (self->main_stack, "notify::visible-child",
                           G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->main_stack, "notify::visible-child",
                           G_CALLBACK (update_undo), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_actions, "action-enabled-changed::undo-selection",
                           G_CALLBACK (update_undo), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->diary_actions, "action-enabled-changed::undo",
                           G_CALLBACK (update_undo), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_switcher_title, "notify::title-visible",
                           G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->diary_switcher_title, "notify::title-visible",
                           G_CALLBACK (update_switcher_bar), self, G_CONNECT_SWAPPED);
  update_switcher_bar (self);
  update_undo (self);
}
