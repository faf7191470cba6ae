/* bm-diary-entry-editor.h: a dialog to log pain, or to change or delete a diary entry
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_DIARY_ENTRY_EDITOR (bm_diary_entry_editor_get_type ())

G_DECLARE_FINAL_TYPE (BmDiaryEntryEditor, bm_diary_entry_editor, BM, DIARY_ENTRY_EDITOR, AdwWindow)

BmDiaryEntryEditor *bm_diary_entry_editor_new (GtkWindow    *parent,
                                               BmCatalog    *catalog,
                                               BmCarePlan   *plan,
                                               GActionGroup *diary_actions,
                                               BmDiaryEntry *entry);

G_END_DECLS
