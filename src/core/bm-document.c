/* bm-document.c: what the user keeps in a file: a document the store loads, merges and saves
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-document"

#include "config.h"

#include "bm-document.h"
#include "bm-user-file.h"

G_DEFINE_INTERFACE (BmDocument, bm_document, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
bm_document_default_init (BmDocumentInterface *iface)
{
  /**
   * BmDocument::changed:
   *
   * Emitted after any change that is to be saved, and after the document was read
   * again from disk. The store saves on it; views bind to the document's properties
   * and list models, which tell what changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
}

/**
 * bm_document_to_json:
 *
 * For those that take trees; bm_document_to_bytes() is what saves.
 *
 * Returns: (transfer full): the document as a tree
 */
JsonNode *
bm_document_to_json (BmDocument *self)
{
  g_return_val_if_fail (BM_IS_DOCUMENT (self), NULL);

  return BM_DOCUMENT_GET_IFACE (self)->to_json (self);
}

/**
 * bm_document_to_bytes:
 *
 * Returns: (transfer full): the document as it is saved, with what a newer Backmap
 *   saved in it and this one does not know
 */
GBytes *
bm_document_to_bytes (BmDocument *self)
{
  g_return_val_if_fail (BM_IS_DOCUMENT (self), NULL);

  return BM_DOCUMENT_GET_IFACE (self)->to_bytes (self);
}

/**
 * bm_document_load_bytes:
 * @catalog: what the ids in @bytes refer to
 * @bytes: what bm_document_to_bytes() made, or a newer Backmap, or anyone
 *
 * Like bm_document_load_json(), from the saved text, which it checks as
 * bm_user_file_parse_json() does.
 *
 * Returns: %TRUE, or %FALSE with @error set, and @self unchanged
 */
gboolean
bm_document_load_bytes (BmDocument  *self,
                        BmCatalog   *catalog,
                        GBytes      *bytes,
                        GError     **error)
{
  g_return_val_if_fail (BM_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return BM_DOCUMENT_GET_IFACE (self)->load_bytes (self, catalog, bytes, error);
}

/**
 * bm_document_load_json:
 * @catalog: what the ids in @root refer to
 * @root: a document that bm_document_to_json() made, or that a newer Backmap did
 *
 * Makes @self hold what @root holds, notifying only what changes, so that views
 * stay bound to @self; emits #BmDocument::changed if anything did.
 *
 * Returns: %TRUE, or %FALSE with @error set, and @self unchanged, when @root is not
 *   a document of the kind of @self
 */
gboolean
bm_document_load_json (BmDocument  *self,
                       BmCatalog   *catalog,
                       JsonNode    *root,
                       GError     **error)
{
  g_return_val_if_fail (BM_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (root != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return BM_DOCUMENT_GET_IFACE (self)->load_json (self, catalog, root, error);
}

/**
 * bm_document_merge:
 * @catalog: what the ids in @base and @theirs refer to
 * @base: what the file held when @self was last read from it or written to it
 * @theirs: what another program saved in the file since
 *
 * Makes @self hold its own changes since @base and those of @theirs, as
 * bm_document_load_bytes() would: the three-way merge of a file two programs saved.
 *
 * Returns: %TRUE, or %FALSE with @error set, and @self unchanged, when @theirs is not
 *   a document of the kind of @self
 */
gboolean
bm_document_merge (BmDocument  *self,
                   BmCatalog   *catalog,
                   GBytes      *base,
                   GBytes      *theirs,
                   GError     **error)
{
  g_return_val_if_fail (BM_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (base != NULL && theirs != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return BM_DOCUMENT_GET_IFACE (self)->merge (self, catalog, base, theirs, error);
}

/**
 * bm_document_dup_message:
 * @path: the document's file
 * @reason: why the file cannot be used, or could not be saved; unused for
 *   %BM_DOCUMENT_PROBLEM_NEWER
 * @detail: (nullable): where it was kept for %BM_DOCUMENT_PROBLEM_KEPT_ASIDE, why it
 *   could not be for %BM_DOCUMENT_PROBLEM_NOT_KEPT_ASIDE; %NULL otherwise
 *
 * Returns: (transfer full): for the user, in the document's own words: what happened
 *   to the file, and what Backmap does
 */
char *
bm_document_dup_message (BmDocument        *self,
                         BmDocumentProblem  problem,
                         const char        *path,
                         const char        *reason,
                         const char        *detail)
{
  g_return_val_if_fail (BM_IS_DOCUMENT (self), NULL);

  return BM_DOCUMENT_GET_IFACE (self)->dup_message (self, problem, path, reason, detail);
}

/* For the documents themselves. */
void
bm_document_emit_changed (BmDocument *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * bm_document_check_version:
 * @where: where the version was read, for the message: "diary.version"
 * @version: the version of the document a file holds
 * @known: the newest version this Backmap reads and writes
 *
 * For the documents' readers: a document a newer Backmap saved may hold what this
 * one would drop, so it is not read, nor taken for a broken one.
 *
 * Returns: %TRUE, or %FALSE with %BM_USER_FILE_ERROR_NEWER when @version is newer
 *   than @known
 */
gboolean
bm_document_check_version (const char  *where,
                           gint64       version,
                           gint64       known,
                           GError     **error)
{
  if (version <= known)
    return TRUE;

  g_set_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_NEWER,
               "%s: %" G_GINT64_FORMAT " is newer than this Backmap reads (%" G_GINT64_FORMAT ")",
               where, version, known);
  return FALSE;
}
