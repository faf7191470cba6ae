/* bm-test-utils.h: what the widget tests share
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-application.h"
#include "bm-window.h"

G_BEGIN_DECLS

typedef gboolean (*BmTestDoneFunc) (gpointer data);

GtkWidget *bm_test_find_child    (GtkWidget      *root,
                                  GType           type);
void       bm_test_iterate_until (BmTestDoneFunc  done,
                                  gpointer        data);
gboolean   bm_test_shown         (GtkWidget      *widget);
GtkWidget *bm_test_find_label    (GtkWidget      *root,
                                  const char     *prefix);
gboolean   bm_test_shows         (GtkWidget      *root,
                                  const char     *prefix);
BmWindow  *bm_test_open_window   (BmApplication **app);
int        bm_test_min_width     (GtkWidget      *widget);

G_END_DECLS
