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
