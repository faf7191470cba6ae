/* bm-technique-browser.h: every technique, filtered by kind, equipment and time
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_TECHNIQUE_BROWSER (bm_technique_browser_get_type ())

G_DECLARE_FINAL_TYPE (BmTechniqueBrowser, bm_technique_browser, BM, TECHNIQUE_BROWSER, GtkWidget)

void        bm_technique_browser_set_catalog (BmTechniqueBrowser *self,
                                              BmCatalog          *catalog);
GListModel *bm_technique_browser_get_shown   (BmTechniqueBrowser *self);
void        bm_technique_browser_set_filters (BmTechniqueBrowser *self,
                                              guint               kind,
                                              guint               equipment,
                                              guint               time);

G_END_DECLS
