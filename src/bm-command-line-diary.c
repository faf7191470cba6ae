/* bm-command-line-diary.c: the pain diary without a display: log an entry, export it
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-command-line-private.h"
#include "bm-command-line.h"
#include "bm-diary.h"
#include "bm-document-store.h"
#include "bm-enums.h"
#include "bm-export-file.h"
#include "bm-region.h"
#include "bm-user-file.h"

/* Where the window keeps the diary too. */
static char *
dup_diary_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "backmap", "diary.json", NULL);
}

/*
 * bm_command_line_read_diary:
 *
 * Reads the user's diary, for a care sheet or an export. Unlike the window, which
 * keeps a broken diary aside and starts a new one, this only reads: a diary that
 * cannot be read is reported, with its path, and left as it is.
 *
 * Returns: (transfer full): the diary, empty when there is none yet; %NULL after a
 *   message on standard error
 */
BmDiary *
bm_command_line_read_diary (BmCatalog *catalog)
{
  g_autofree char *path = dup_diary_path ();
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = bm_user_file_read (path, NULL, &error);

  if (bytes == NULL && g_error_matches (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_MISSING))
    return g_steal_pointer (&diary);

  if (bytes == NULL || !bm_document_load_bytes (BM_DOCUMENT (diary), catalog, bytes, &error))
    {
      g_autofree char *name = g_filename_display_name (path);

      /* Translators: the diary's file, then why it cannot be read */
      g_printerr (_("Cannot read your pain diary “%s”: %s\n"), name, error->message);
      return NULL;
    }

  return g_steal_pointer (&diary);
}

static gboolean
parse_intensity (const char *text,
                 guint      *intensity)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, BM_DIARY_MAX_INTENSITY, &value, NULL))
    {
      g_printerr (_("Invalid intensity “%s”: give a whole number from 0 to %u\n"), text,
                  BM_DIARY_MAX_INTENSITY);
      return FALSE;
    }

  *intensity = value;
  return TRUE;
}

static gboolean
parse_quality (const char    *nick,
               BmPainQuality *quality)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (BM_TYPE_PAIN_QUALITY);
  GEnumValue *value;

  if (nick == NULL)
    {
      *quality = BM_PAIN_QUALITY_UNSAID;
      return TRUE;
    }

  value = g_enum_get_value_by_nick (klass, nick);
  if (value == NULL || value->value == BM_PAIN_QUALITY_UNSAID)
    {
      g_autoptr(GString) nicks = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        if (klass->values[i].value != BM_PAIN_QUALITY_UNSAID)
          g_string_append_printf (nicks, "%s%s", nicks->len > 0 ? ", " : "",
                                  klass->values[i].value_nick);
      g_printerr (_("Unknown quality “%s”. Valid qualities: %s\n"), nick, nicks->str);
      return FALSE;
    }

  *quality = value->value;
  return TRUE;
}

/* What the store tells of the diary's file (kept aside, cannot be used) is for the user. */
static void
notice_cb (BmDocumentStore *store,
           const char      *message,
           gboolean        *told)
{
  g_printerr ("%s\n", message);
  *told = TRUE;
}

/* The store also logs its notices, for the window's user who started it in a terminal. */
static void
ignore_message_cb (const char     *domain,
                   GLogLevelFlags  level,
                   const char     *message,
                   gpointer        data)
{
}

/*
 * bm_command_line_log:
 * @spots: the regions, each on one side or all of its sides
 *
 * Adds one entry for now to the user's diary, scoring each region of @spots.
 * The diary goes through the store the window uses, so a window that is open
 * takes the entry in, and the file is written as safely; what the store has to
 * say about the file (one kept aside, say) goes to standard error.
 *
 * Returns: the exit status
 */
int
bm_command_line_log (BmCatalog          *catalog,
                     const char * const *spots,
                     const char         *intensity_text,
                     const char         *quality_nick,
                     const char         *note)
{
  g_autoptr(BmDiaryEntry) entry = bm_diary_entry_new (NULL);
  g_autoptr(BmDiary) diary = NULL;
  g_autoptr(BmDocumentStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  BmPainQuality quality;
  gboolean told = FALSE;
  guint handler;
  guint intensity;

  if (!parse_intensity (intensity_text, &intensity) || !parse_quality (quality_nick, &quality))
    return BM_EXIT_USAGE;

  for (guint i = 0; spots[i] != NULL; i++)
    {
      BmRegion *region;
      BmSide sides;

      if (!bm_catalog_parse_spot (catalog, spots[i], &region, &sides, &error))
        {
          g_printerr ("%s\n", error->message);
          return BM_EXIT_USAGE;
        }

      for (BmSide side = BM_SIDE_LEFT; side <= BM_SIDE_CENTER; side <<= 1)
        if (sides & side)
          bm_diary_entry_set_score (entry, bm_region_get_id (region), side, intensity, quality);
    }

  if (note != NULL)
    bm_diary_entry_set_note (entry, note);

  path = dup_diary_path ();
  diary = bm_diary_new ();
  store = bm_document_store_new (BM_DOCUMENT (diary), catalog, path);
  g_signal_connect (store, "notice", G_CALLBACK (notice_cb), &told);
  handler = g_log_set_handler ("bm-document-store", G_LOG_LEVEL_MESSAGE, ignore_message_cb, NULL);
  bm_document_store_load (store);
  bm_diary_add (diary, entry);
  bm_document_store_flush (store, &error);
  g_log_remove_handler ("bm-document-store", handler);

  if (error != NULL)
    {
      /* A notice has said why, at length. */
      if (told)
        g_printerr (_("The entry was not saved.\n"));
      else
        g_printerr (_("The entry was not saved: %s\n"), error->message);
      return BM_EXIT_FAILURE;
    }

  return BM_EXIT_OK;
}

/*
 * bm_command_line_export_diary:
 * @path: the CSV file, or `-` for standard output
 *
 * Returns: the exit status
 */
int
bm_command_line_export_diary (BmCatalog  *catalog,
                              const char *path)
{
  g_autoptr(BmDiary) diary = bm_command_line_read_diary (catalog);
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;

  if (diary == NULL)
    return BM_EXIT_FAILURE;

  csv = bm_diary_to_csv (diary, catalog);
  if (!bm_export_file_write_bytes (path, csv, &error))
    {
      g_printerr ("%s\n", error->message);
      return BM_EXIT_FAILURE;
    }

  return BM_EXIT_OK;
}
