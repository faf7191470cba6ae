/* bm-document.h: what the user keeps in a file: a document the store loads, merges and saves
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "bm-types.h"

G_BEGIN_DECLS

/* What the store has to tell the user about the document's file. */
typedef enum
{
  BM_DOCUMENT_PROBLEM_KEPT_ASIDE,     /* unreadable, moved aside, started afresh */
  BM_DOCUMENT_PROBLEM_NOT_KEPT_ASIDE, /* unreadable and could not be moved aside */
  BM_DOCUMENT_PROBLEM_UNUSABLE,       /* not ours to read, or not a file: left alone */
  BM_DOCUMENT_PROBLEM_NOT_SAVED,      /* a save failed; the document stays in memory */
  BM_DOCUMENT_PROBLEM_NEWER,          /* saved by a newer Backmap: left as it is, not written */
} BmDocumentProblem;

#define BM_TYPE_DOCUMENT (bm_document_get_type ())

G_DECLARE_INTERFACE (BmDocument, bm_document, BM, DOCUMENT, GObject)

struct _BmDocumentInterface
{
  GTypeInterface parent_iface;

  GBytes   *(*to_bytes)    (BmDocument        *self);
  gboolean  (*load_bytes)  (BmDocument        *self,
                            BmCatalog         *catalog,
                            GBytes            *bytes,
                            GError           **error);
  JsonNode *(*to_json)     (BmDocument        *self);
  gboolean  (*load_json)   (BmDocument        *self,
                            BmCatalog         *catalog,
                            JsonNode          *root,
                            GError           **error);
  gboolean  (*merge)       (BmDocument        *self,
                            BmCatalog         *catalog,
                            GBytes            *base,
                            GBytes            *theirs,
                            GError           **error);
  char     *(*dup_message) (BmDocument        *self,
                            BmDocumentProblem  problem,
                            const char        *path,
                            const char        *reason,
                            const char        *detail);
};

GBytes   *bm_document_to_bytes      (BmDocument         *self);
gboolean  bm_document_load_bytes    (BmDocument         *self,
                                     BmCatalog          *catalog,
                                     GBytes             *bytes,
                                     GError            **error);
JsonNode *bm_document_to_json       (BmDocument         *self);
gboolean  bm_document_load_json     (BmDocument         *self,
                                     BmCatalog          *catalog,
                                     JsonNode           *root,
                                     GError            **error);
gboolean  bm_document_merge         (BmDocument         *self,
                                     BmCatalog          *catalog,
                                     GBytes             *base,
                                     GBytes             *theirs,
                                     GError            **error);
char     *bm_document_dup_message   (BmDocument         *self,
                                     BmDocumentProblem   problem,
                                     const char         *path,
                                     const char         *reason,
                                     const char         *detail);
void      bm_document_emit_changed  (BmDocument         *self);
gboolean  bm_document_check_version (const char         *where,
                                     gint64              version,
                                     gint64              known,
                                     GError            **error);

G_END_DECLS
