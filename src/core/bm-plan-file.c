/* bm-plan-file.c: the care plan on disk: saved atomically, a broken file kept aside
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-plan-file"

#include "config.h"

#include "bm-care-plan.h"
#include "bm-plan-file.h"
#include "bm-user-file.h"

/**
 * bm_plan_file_dup_default_path:
 *
 * Returns: (transfer full): where the user's plan lives
 */
char *
bm_plan_file_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "backmap", "care-plan.json", NULL);
}

/**
 * bm_plan_file_load:
 * @path: the plan file
 * @moved_to: (out) (transfer full) (nullable): where a file that could not be read
 *   was moved, or %NULL
 *
 * Reads the user's plan at once, for callers that do not use #BmPlanStore. A missing
 * file gives an empty plan. A file that cannot be read as a plan is moved aside,
 * never overwritten, and an empty plan is returned with @moved_to set, so the user
 * can be told.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set when the file is not
 *   one to read or move (see #BmUserFileError), or moving it aside failed
 */
BmCarePlan *
bm_plan_file_load (BmCatalog   *catalog,
                   const char  *path,
                   char       **moved_to,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BmCarePlan *plan;

  *moved_to = NULL;

  bytes = bm_user_file_read (path, NULL, &local_error);
  if (bytes != NULL)
    {
      plan = bm_care_plan_new_from_bytes (catalog, bytes, &local_error);
      if (plan != NULL)
        return plan;
    }
  else if (g_error_matches (local_error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_MISSING))
    return bm_care_plan_new ();
  else if (!g_error_matches (local_error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_TOO_BIG))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  *moved_to = bm_user_file_move_aside (path, error);
  if (*moved_to == NULL)
    return NULL;

  g_message ("%s: %s; moving it to %s", path, local_error->message, *moved_to);
  return bm_care_plan_new ();
}

/**
 * bm_plan_file_save:
 *
 * Writes the plan where only the user can read it (it is health data), atomically:
 * the file holds the old plan or the new one, never a mix.
 */
gboolean
bm_plan_file_save (BmCarePlan  *plan,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = bm_care_plan_to_bytes (plan);

  return bm_user_file_write (path, bytes, NULL, error);
}
