/* bm-application.h: the application: actions, command line and windows
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bm-document-store.h"
#include "bm-render-types.h"

G_BEGIN_DECLS

#define BM_TYPE_APPLICATION (bm_application_get_type ())

G_DECLARE_FINAL_TYPE (BmApplication, bm_application, BM, APPLICATION, AdwApplication)

BmApplication   *bm_application_new             (void);
BmCatalog       *bm_application_get_catalog     (BmApplication *self);
BmMapRenderer   *bm_application_get_renderer    (BmApplication *self);
GSettings       *bm_application_get_settings    (BmApplication *self);
BmDocumentStore *bm_application_get_plan_store  (BmApplication *self);
BmDocumentStore *bm_application_get_diary_store (BmApplication *self);
BmDiary         *bm_application_get_diary       (BmApplication *self);
GPtrArray       *bm_application_take_notices    (BmApplication *self);
const char      *bm_application_get_locale_dir  (void);

G_END_DECLS
