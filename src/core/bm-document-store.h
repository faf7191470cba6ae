/* bm-document-store.h: a user's document on disk, loaded once, saved a moment after a change
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-document.h"

G_BEGIN_DECLS

#define BM_TYPE_DOCUMENT_STORE (bm_document_store_get_type ())

G_DECLARE_FINAL_TYPE (BmDocumentStore, bm_document_store, BM, DOCUMENT_STORE, GObject)

BmDocumentStore *bm_document_store_new          (BmDocument       *document,
                                                 BmCatalog        *catalog,
                                                 const char       *path);
void             bm_document_store_load         (BmDocumentStore  *self);
BmDocument      *bm_document_store_get_document (BmDocumentStore  *self);
const char      *bm_document_store_get_path     (BmDocumentStore  *self);
gboolean         bm_document_store_get_saved    (BmDocumentStore  *self);
gboolean         bm_document_store_flush        (BmDocumentStore  *self,
                                                 GError          **error);

G_END_DECLS
