/* bm-document-store-file.c: a document's file: read, merged with others' changes, written
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-document-store"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-document-store-private.h"

static void
set_broken (GError       **error,
            const GError  *reason)
{
  g_set_error_literal (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN, reason->message);
}

/* Loads what the file holds, which is no change to save; what is not a document of the
 * kind kept is %BM_USER_FILE_ERROR_BROKEN, and leaves the document as it was. */
static gboolean
load_document (BmDocumentStore  *self,
               GBytes           *bytes,
               GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean loaded;

  g_signal_handler_block (self->document, self->changed_handler);
  loaded = bm_document_load_bytes (self->document, self->catalog, bytes, &local_error);
  g_signal_handler_unblock (self->document, self->changed_handler);

  if (!loaded)
    set_broken (error, local_error);

  return loaded;
}

static JsonNode *
parse (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root = bm_user_file_parse_json (bytes, &error);

  g_assert_no_error (error);
  return root;
}

/*
 * Loads @theirs merged with what the document holds and @self->base does not. Merges
 * are rare (another program saved the same file), and take the documents as trees.
 */
static gboolean
merge_document (BmDocumentStore  *self,
                GBytes           *theirs,
                GError          **error)
{
  g_autoptr(BmDocument) scratch = g_object_new (G_OBJECT_TYPE (self->document), NULL);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) base = NULL;
  g_autoptr(JsonNode) their_root = NULL;
  g_autoptr(JsonNode) ours = NULL;
  g_autoptr(JsonNode) merged = NULL;
  gboolean loaded;

  /* A merge takes two valid documents. */
  if (!bm_document_load_bytes (scratch, self->catalog, theirs, &local_error))
    {
      set_broken (error, local_error);
      return FALSE;
    }

  base = parse (self->base);
  their_root = parse (theirs);
  ours = bm_document_to_json (self->document);
  merged = bm_document_merge (self->document, base, their_root, ours);

  g_signal_handler_block (self->document, self->changed_handler);
  loaded = bm_document_load_json (self->document, self->catalog, merged, &local_error);
  g_signal_handler_unblock (self->document, self->changed_handler);
  if (!loaded)
    g_error ("A merge made a document that cannot be read: %s", local_error->message);

  return TRUE;
}

/* The path is not to be written any more: the document stays in memory. */
static void
give_up (BmDocumentStore *self,
         const char      *message,
         int              code)
{
  g_clear_error (&self->unusable);
  self->unusable = g_error_new_literal (BM_USER_FILE_ERROR, code, message);
  g_clear_handle_id (&self->save_source, g_source_remove);
  bm_document_store_notice (self, message);
}

/*
 * Deals with a file that could not be read: content that is not a document is kept aside
 * and the path used afresh. At load, a file we may not read, or that is not a file,
 * is left alone and the path never written; before a save, the save fails with
 * @error and the next change tries again.
 *
 * Returns: whether the path may be written now
 */
static gboolean
handle_unreadable (BmDocumentStore  *self,
                   GError           *error,
                   gboolean          at_load,
                   GError          **save_error)
{
  g_autofree char *message = NULL;

  self->has_stamp = FALSE;
  if (g_error_matches (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_MISSING))
    return TRUE;

  if (g_error_matches (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN) ||
      g_error_matches (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_TOO_BIG) ||
      g_error_matches (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_TOO_DEEP))
    {
      g_autoptr(GError) move_error = NULL;
      g_autofree char *aside = bm_user_file_move_aside (self->path, &move_error);

      if (aside != NULL)
        {
          message = bm_document_dup_message (self->document, BM_DOCUMENT_PROBLEM_KEPT_ASIDE,
                                             self->path, error->message, aside);
          bm_document_store_notice (self, message);
          return TRUE;
        }

      message = bm_document_dup_message (self->document, BM_DOCUMENT_PROBLEM_NOT_KEPT_ASIDE,
                                         self->path, error->message, move_error->message);
      give_up (self, message, error->code);
    }
  else if (at_load)
    {
      message = bm_document_dup_message (self->document, BM_DOCUMENT_PROBLEM_UNUSABLE,
                                         self->path, error->message, NULL);
      give_up (self, message, error->code);
    }

  if (self->unusable != NULL)
    g_propagate_error (save_error, g_error_copy (self->unusable));
  else
    g_propagate_prefixed_error (save_error, g_error_copy (error), _("Cannot read “%s”: "),
                                self->path);

  return FALSE;
}

/*
 * Reads the file into the document. Before a save, what the document holds and the
 * file does not is kept: see bm_document_merge().
 *
 * Returns: whether the path may be written, or %FALSE with @error set
 */
gboolean
bm_document_store_read_file (BmDocumentStore  *self,
                             gboolean          at_load,
                             GError          **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GBytes) theirs = NULL;
  /* With nothing of ours that the file lacks, theirs is simply taken. */
  gboolean merge = !at_load && (self->dirty || self->writing);
  BmUserFileStamp stamp;

  theirs = bm_user_file_read (self->path, &stamp, &read_error);
  if (theirs == NULL
      || !(merge ? merge_document (self, theirs, &read_error)
                 : load_document (self, theirs, &read_error)))
    return handle_unreadable (self, read_error, at_load, error);

  g_clear_pointer (&self->base, g_bytes_unref);
  self->base = g_steal_pointer (&theirs);
  self->stamp = stamp;
  self->has_stamp = TRUE;

  return TRUE;
}

/*
 * Reads what another program saved since we last read or wrote the file, merged with
 * our changes: before each save, so that we never overwrite blindly, and when the
 * file changes while we have nothing to save. A path that names no file (any more)
 * is written afresh.
 *
 * Returns: whether the path may be written, or %FALSE with @error set
 */
gboolean
bm_document_store_catch_up (BmDocumentStore  *self,
                            GError          **error)
{
  BmUserFileStamp now;

  if (self->unusable != NULL)
    {
      g_propagate_error (error, g_error_copy (self->unusable));
      return FALSE;
    }

  if (!bm_user_file_stat (self->path, &now))
    {
      self->has_stamp = FALSE;
      return TRUE;
    }

  if (self->has_stamp && bm_user_file_stamp_equal (&now, &self->stamp))
    return TRUE;

  g_debug ("%s changed on disk: merging", self->path);
  return bm_document_store_read_file (self, FALSE, error);
}

BmDocumentStoreWrite *
bm_document_store_write_new (BmDocumentStore *self)
{
  BmDocumentStoreWrite *write = g_new0 (BmDocumentStoreWrite, 1);

  write->bytes = bm_document_to_bytes (self->document);
  write->seq = ++self->last_seq;
  self->dirty = FALSE;

  return write;
}

void
bm_document_store_write_free (BmDocumentStoreWrite *write)
{
  g_bytes_unref (write->bytes);
  g_free (write);
}

/* Runs in a thread, or in bm_document_store_flush(). */
gboolean
bm_document_store_write_file (BmDocumentStore       *self,
                              BmDocumentStoreWrite  *write,
                              GError               **error)
{
  gboolean ok = TRUE;

  g_mutex_lock (&self->write_lock);
  write->dropped = write->seq < self->written_seq;
  if (!write->dropped)
    {
      ok = bm_user_file_write (self->path, write->bytes, &write->stamp, error);
      if (ok)
        self->written_seq = write->seq;
    }
  g_mutex_unlock (&self->write_lock);

  return ok;
}

void
bm_document_store_write_done (BmDocumentStore      *self,
                              BmDocumentStoreWrite *write,
                              const GError         *error)
{
  if (error != NULL)
    {
      self->dirty = TRUE;
      bm_document_store_save_failed (self, error);
      return;
    }

  self->failing = FALSE;
  if (write->dropped || write->seq < self->applied_seq)
    return;

  self->n_writes++;
  self->applied_seq = write->seq;
  self->stamp = write->stamp;
  self->has_stamp = TRUE;
  g_clear_pointer (&self->base, g_bytes_unref);
  self->base = g_bytes_ref (write->bytes);
}

