/* bm-sheet-file.c: a paginated sheet written to a PDF file
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-sheet-file"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "bm-sheet-file.h"

/**
 * bm_sheet_file_write_pdf:
 * @sheet: the sheet to write
 * @path: the file to write
 *
 * Writes @sheet as a PDF. The file appears whole or not at all: the pages go
 * to a temporary file beside it that replaces @path only once complete.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
bm_sheet_file_write_pdf (BmCareSheet  *sheet,
                         const char   *path,
                         GError      **error)
{
  g_autofree char *tmp_path = g_strdup_printf ("%s.XXXXXX", path);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;
  int fd;

  g_return_val_if_fail (BM_IS_CARE_SHEET (sheet), FALSE);

  fd = g_mkstemp_full (tmp_path, O_WRONLY, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  bm_care_sheet_get_page_size (sheet, &width, &height);
  surface = cairo_pdf_surface_create (tmp_path, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  bm_care_sheet_get_title (sheet));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Backmap " PACKAGE_VERSION);
  cr = cairo_create (surface);

  n_pages = bm_care_sheet_paginate (sheet, cr);
  for (guint i = 0; i < n_pages; i++)
    {
      bm_care_sheet_draw_page (sheet, cr, i);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || g_rename (tmp_path, path) != 0)
    {
      const char *reason = status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string (status)
                                                          : g_strerror (errno);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Cannot write “%s”: %s"), path, reason);
      g_unlink (tmp_path);
      return FALSE;
    }

  return TRUE;
}
