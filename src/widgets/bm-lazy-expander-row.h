/* bm-lazy-expander-row.h: an expander row that makes its rows when first opened
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BM_TYPE_LAZY_EXPANDER_ROW (bm_lazy_expander_row_get_type ())

G_DECLARE_FINAL_TYPE (BmLazyExpanderRow, bm_lazy_expander_row, BM, LAZY_EXPANDER_ROW,
                      AdwExpanderRow)

GListModel *bm_lazy_expander_row_get_model   (BmLazyExpanderRow          *self);
void        bm_lazy_expander_row_set_factory (BmLazyExpanderRow          *self,
                                              GtkListBoxCreateWidgetFunc  create_row,
                                              gpointer                    user_data);
gboolean    bm_lazy_expander_row_get_built   (BmLazyExpanderRow          *self);

G_END_DECLS
