/* bm-window-shortcuts.c: the main window's Shortcuts window, made on first use
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-window"

#include "config.h"

#include "bm-window-private.h"

/* GTK fills in the keys of a shortcut named by its action only in the help overlay
 * it builds itself at start-up; this one is built later, so it does the same. */
static void
show_accels (GtkWidget      *widget,
             GtkApplication *application)
{
  g_autofree char *action = NULL;

  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    g_object_get (widget, "action-name", &action, NULL);
  if (action != NULL)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (application, action);
      g_autofree char *joined = g_strjoinv (" ", accels);

      g_object_set (widget, "accelerator", joined, NULL);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    show_accels (child, application);
}

/**
 * bm_window_get_shortcuts_window:
 *
 * The Shortcuts window is made when first asked for, not at start-up: GTK would
 * otherwise build it with every application window.
 *
 * Returns: (transfer none): the window that lists every shortcut
 */
GtkWindow *
bm_window_get_shortcuts_window (BmWindow *self)
{
  g_return_val_if_fail (BM_IS_WINDOW (self), NULL);

  if (self->shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX
                                                                     "/ui/help-overlay.ui");

      self->shortcuts = g_object_ref (GTK_WINDOW (gtk_builder_get_object (builder,
                                                                          "help_overlay")));
      gtk_window_set_transient_for (self->shortcuts, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts, TRUE);
      show_accels (GTK_WIDGET (self->shortcuts), gtk_window_get_application (GTK_WINDOW (self)));
    }

  return self->shortcuts;
}

void
bm_window_show_shortcuts_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  gtk_window_present (bm_window_get_shortcuts_window (BM_WINDOW (widget)));
}
