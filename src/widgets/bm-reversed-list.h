/* bm-reversed-list.h: a list model in the reverse order of another, such as the diary newest first
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BM_TYPE_REVERSED_LIST (bm_reversed_list_get_type ())

G_DECLARE_FINAL_TYPE (BmReversedList, bm_reversed_list, BM, REVERSED_LIST, GObject)

BmReversedList *bm_reversed_list_new (GListModel *model);

G_END_DECLS
