/* bm-document-store-file.c: a document's file: read, merged with others' changes, written
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-document-store"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-document-store-private.h"

/*
 * Takes what the file holds, @theirs, into the document, which is no change to save:
 * as it is, or (@merge) with what the document holds and @self->base does not. What is
 * not a document of the kind kept is %BM_USER_FILE_ERROR_BROKEN, one that a newer
 * Backmap saved %BM_USER_FILE_ERROR_NEWER; either leaves the document as it was.
 */
static gboolean
take_file (BmDocumentStore  *self,
           GBytes           *theirs,
           gboolean          merge,
           GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean taken;

  g_signal_handler_block (self->document, self->changed_handler);
  if (merge)
    taken = bm_document_merge (self->document, self->catalog, self->base, theirs, &local_error);
  else
    taken = bm_document_load_bytes (self->document, self->catalog, theirs, &local_error);
  g_signal_handler_unblock (self->document, self->changed_handler);

  if (!taken && g_error_matches (local_error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_NEWER))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (!taken)
    g_set_error_literal (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN,
                         local_error->message);

  return taken;
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
 * and the path used afresh. A document a newer Backmap saved is left as it is and the
 * path never written in this run, at load or before a save. At load, a file we may not
 * read, or that is not a file, is left alone and the path never written; before a
 * save, the save fails with @error and the next change tries again.
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
  else if (g_error_matches (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_NEWER))
    {
      message = bm_document_dup_message (self->document, BM_DOCUMENT_PROBLEM_NEWER,
                                         self->path, error->message, NULL);
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
  if (theirs == NULL || !take_file (self, theirs, merge, &read_error))
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

