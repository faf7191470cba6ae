/* bm-selection-history.h: the sets of spots picked before and after, for undo and redo
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _BmSelectionHistory BmSelectionHistory;

BmSelectionHistory *bm_selection_history_new      (guint               limit);
void                bm_selection_history_free     (BmSelectionHistory *self);
void                bm_selection_history_record   (BmSelectionHistory *self,
                                                   GPtrArray          *before);
GPtrArray          *bm_selection_history_undo     (BmSelectionHistory *self,
                                                   GPtrArray          *current);
GPtrArray          *bm_selection_history_redo     (BmSelectionHistory *self,
                                                   GPtrArray          *current);
gboolean            bm_selection_history_can_undo (BmSelectionHistory *self);
gboolean            bm_selection_history_can_redo (BmSelectionHistory *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmSelectionHistory, bm_selection_history_free)

G_END_DECLS
