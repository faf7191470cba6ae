/* bm-region-rows.h: the rows of the details' lists: causes, pain sources, tips
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *bm_region_row_new               (const char *title,
                                            const char *subtitle);
GtkWidget *bm_region_row_new_cause         (gpointer    item,
                                            gpointer    user_data);
GtkWidget *bm_region_row_new_referred_from (gpointer    item,
                                            gpointer    user_data);
GtkWidget *bm_region_row_new_source_here   (gpointer    item,
                                            gpointer    user_data);
GtkWidget *bm_region_row_new_tip           (gpointer    item,
                                            gpointer    user_data);

G_END_DECLS
