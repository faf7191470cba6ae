/* bm-test-utils.c: what the widget tests share
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-test-utils.h"

/**
 * bm_test_find_child:
 *
 * Returns: (transfer none) (nullable): the first widget of @type in the tree of
 *   @root, depth first, @root included
 */
GtkWidget *
bm_test_find_child (GtkWidget *root,
                    GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bm_test_find_child (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * bm_test_iterate_until:
 *
 * Runs the main loop until @done holds, for at most five seconds, and fails the
 * test if it does not.
 */
void
bm_test_iterate_until (BmTestDoneFunc done,
                       gpointer       data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (5000, timeout_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);
  g_assert_true (done (data));
}

/**
 * bm_test_shown:
 *
 * Returns: whether @widget and every parent up to the window are visible
 */
gboolean
bm_test_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
      return FALSE;

  return TRUE;
}

/**
 * bm_test_find_label:
 *
 * Returns: (nullable): the first label under @root whose text starts with @prefix
 */
GtkWidget *
bm_test_find_label (GtkWidget  *root,
                    const char *prefix)
{
  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (root)), prefix))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bm_test_find_label (child, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * bm_test_shows:
 *
 * Returns: whether a label under @root starting with @prefix is shown
 */
gboolean
bm_test_shows (GtkWidget  *root,
               const char *prefix)
{
  GtkWidget *label = bm_test_find_label (root, prefix);

  return label != NULL && bm_test_shown (label);
}

/**
 * bm_test_open_window:
 * @app: (out): the application, registered
 *
 * Starts the application with a data folder of its own, so that each run starts
 * without a saved plan, and opens its window at a wide size.
 *
 * Returns: (transfer none): the window, shown
 */
BmWindow *
bm_test_open_window (BmApplication **app)
{
  g_autofree char *data_home = g_dir_make_tmp ("backmap-test-XXXXXX", NULL);
  BmWindow *window;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  *app = bm_application_new ();
  g_application_set_flags (G_APPLICATION (*app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (*app), NULL, NULL));

  window = bm_window_new (*app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/**
 * bm_test_min_width:
 *
 * Returns: the narrowest @widget can be, the window's size limit on a phone
 */
int
bm_test_min_width (GtkWidget *widget)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}
