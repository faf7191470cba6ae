/* bm-plan-file.c: the care plan on disk: saved atomically, a broken file kept aside
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-plan-file"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "bm-care-plan.h"
#include "bm-plan-file.h"

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

/* A name next to @path that no file has yet, so that nothing is overwritten. */
static char *
dup_aside_path (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint i = 0;; i++)
    {
      g_autofree char *aside = i == 0 ? g_strdup_printf ("%s.broken-%s", path, stamp)
                                      : g_strdup_printf ("%s.broken-%s-%u", path, stamp, i);

      if (!g_file_test (aside, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&aside);
    }
}

/**
 * bm_plan_file_load:
 * @path: the plan file
 * @moved_to: (out) (transfer full) (nullable): where a file that could not be read
 *   was moved, or %NULL
 *
 * Reads the user's plan. A missing file gives an empty plan. A file that cannot be
 * read as a plan is moved aside, never overwritten, and an empty plan is returned
 * with @moved_to set, so the user can be told.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set when even moving the
 *   broken file aside failed
 */
BmCarePlan *
bm_plan_file_load (BmCatalog   *catalog,
                   const char  *path,
                   char       **moved_to,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *aside = NULL;
  BmCarePlan *plan;
  gsize size;
  char *data;

  *moved_to = NULL;

  if (!g_file_get_contents (path, &data, &size, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return bm_care_plan_new ();
    }
  else
    {
      bytes = g_bytes_new_take (data, size);
      plan = bm_care_plan_new_from_bytes (catalog, bytes, &local_error);
      if (plan != NULL)
        return plan;
    }

  aside = dup_aside_path (path);
  g_message ("%s: %s; moving it to %s", path, local_error->message, aside);
  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Cannot move %s aside: %s", path, g_strerror (saved_errno));
      return NULL;
    }

  *moved_to = g_steal_pointer (&aside);
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
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "Cannot create %s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  return g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}
