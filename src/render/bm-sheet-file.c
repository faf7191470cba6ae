/* bm-sheet-file.c: a paginated sheet written to a PDF file
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-sheet-file"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "bm-export-file.h"
#include "bm-sheet-file.h"

typedef struct
{
  BmExportFile *file;
  GError *error; /* the first write error */
} Stream;

/* cairo has no room for a reason, so the stream keeps it. */
static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Stream *stream = closure;

  if (stream->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  return bm_export_file_write (stream->file, data, length, &stream->error)
         ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/**
 * bm_sheet_file_write_pdf:
 * @sheet: the sheet to write
 * @path: the file to write, or `-` for standard output
 *
 * Writes @sheet as a PDF, through a #BmExportFile: the file appears whole or
 * not at all, and a device, a named pipe or a folder at @path is refused.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
bm_sheet_file_write_pdf (BmCareSheet  *sheet,
                         const char   *path,
                         GError      **error)
{
  Stream stream = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;
  gboolean ok;

  g_return_val_if_fail (BM_IS_CARE_SHEET (sheet), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(stream.file = bm_export_file_new (path, error)))
    return FALSE;

  bm_care_sheet_get_page_size (sheet, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, &stream, width, height);
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

  if (stream.error != NULL)
    {
      g_propagate_error (error, stream.error);
      ok = FALSE;
    }
  else if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”: %s"), name,
                   cairo_status_to_string (status));
      ok = FALSE;
    }
  else
    ok = bm_export_file_commit (stream.file, error);

  g_object_unref (stream.file);

  return ok;
}
