/* bm-plan-store-file.c: the plan file: read, merged with another program's changes, written
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-plan-store"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan-private.h"
#include "bm-plan-store-private.h"

/* Reads the file as a plan; content that is not one is %BM_USER_FILE_ERROR_BROKEN. */
static JsonNode *
read_document (BmPlanStore      *self,
               BmUserFileStamp  *stamp,
               BmCarePlan      **plan,
               GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;

  if (!(bytes = bm_user_file_read (self->path, stamp, error)) ||
      !(root = bm_user_file_parse_json (bytes, error)))
    return NULL;

  *plan = bm_care_plan_new_from_json (self->catalog, root, &local_error);
  if (*plan == NULL)
    {
      g_set_error_literal (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN,
                           local_error->message);
      return NULL;
    }

  return g_steal_pointer (&root);
}

/* The path is not to be written any more: the plan stays in memory. */
static void
give_up (BmPlanStore *self,
         const char  *message,
         int          code)
{
  g_clear_error (&self->unusable);
  self->unusable = g_error_new_literal (BM_USER_FILE_ERROR, code, message);
  g_clear_handle_id (&self->save_source, g_source_remove);
  bm_plan_store_notice (self, message);
}

/*
 * Deals with a file that could not be read: content that is not a plan is kept aside
 * and the path used afresh. At load, a file we may not read, or that is not a file,
 * is left alone and the path never written; before a save, the save fails with
 * @error and the next change tries again.
 *
 * Returns: whether the path may be written now
 */
static gboolean
handle_unreadable (BmPlanStore  *self,
                   GError       *error,
                   gboolean      at_load,
                   GError      **save_error)
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
          message = g_strdup_printf (_("Your care plan “%s” could not be read (%s). It was "
                                       "kept as “%s”, and a new plan was started."),
                                     self->path, error->message, aside);
          bm_plan_store_notice (self, message);
          return TRUE;
        }

      message = g_strdup_printf (_("Your care plan “%s” could not be read (%s), nor kept "
                                   "aside (%s). Changes stay in memory and are not saved."),
                                 self->path, error->message, move_error->message);
      give_up (self, message, error->code);
    }
  else if (at_load)
    {
      message = g_strdup_printf (_("Your care plan “%s” cannot be used (%s). Changes stay in "
                                   "memory and are not saved."),
                                 self->path, error->message);
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
 * Reads the file into the plan. Before a save, what the plan holds and the file does
 * not is kept: see bm_care_plan_json_merge().
 *
 * Returns: whether the path may be written, or %FALSE with @error set
 */
gboolean
bm_plan_store_read_file (BmPlanStore  *self,
                         gboolean      at_load,
                         GError      **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autoptr(BmCarePlan) plan = NULL;
  g_autoptr(JsonNode) theirs = NULL;
  BmUserFileStamp stamp;

  theirs = read_document (self, &stamp, &plan, &read_error);
  if (theirs == NULL)
    return handle_unreadable (self, read_error, at_load, error);

  if (!at_load)
    {
      g_autoptr(JsonNode) ours = bm_care_plan_to_json (self->plan);
      g_autoptr(JsonNode) merged = bm_care_plan_json_merge (self->base, theirs, ours);

      g_clear_object (&plan);
      plan = bm_care_plan_new_from_json (self->catalog, merged, &read_error);
      g_assert_no_error (read_error);
    }

  g_signal_handler_block (self->plan, self->changed_handler);
  bm_care_plan_replace (self->plan, plan);
  g_signal_handler_unblock (self->plan, self->changed_handler);

  g_clear_pointer (&self->base, json_node_unref);
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
bm_plan_store_catch_up (BmPlanStore  *self,
                        GError      **error)
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
  return bm_plan_store_read_file (self, FALSE, error);
}

BmPlanStoreWrite *
bm_plan_store_write_new (BmPlanStore *self)
{
  BmPlanStoreWrite *write = g_new0 (BmPlanStoreWrite, 1);

  write->document = bm_care_plan_to_json (self->plan);
  write->bytes = bm_care_plan_to_bytes (self->plan);
  write->seq = ++self->last_seq;
  self->dirty = FALSE;

  return write;
}

void
bm_plan_store_write_free (BmPlanStoreWrite *write)
{
  g_bytes_unref (write->bytes);
  json_node_unref (write->document);
  g_free (write);
}

/* Runs in a thread, or in bm_plan_store_flush(). */
gboolean
bm_plan_store_write_file (BmPlanStore       *self,
                          BmPlanStoreWrite  *write,
                          GError           **error)
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
bm_plan_store_write_done (BmPlanStore      *self,
                          BmPlanStoreWrite *write,
                          const GError     *error)
{
  if (error != NULL)
    {
      self->dirty = TRUE;
      bm_plan_store_save_failed (self, error);
      return;
    }

  self->failing = FALSE;
  if (write->dropped || write->seq < self->applied_seq)
    return;

  self->n_writes++;
  self->applied_seq = write->seq;
  self->stamp = write->stamp;
  self->has_stamp = TRUE;
  g_clear_pointer (&self->base, json_node_unref);
  self->base = json_node_ref (write->document);
}

