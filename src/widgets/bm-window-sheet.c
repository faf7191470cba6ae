/* bm-window-sheet.c: the main window's care sheet: print it, or export it as a PDF
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-sheet.h"
#include "bm-print-operation.h"
#include "bm-sheet-file.h"
#include "bm-window-private.h"

/* The diary's summary goes on page 1. */
static BmDiary *
get_diary (void)
{
  return bm_application_get_diary (BM_APPLICATION (g_application_get_default ()));
}

static BmPaper
get_paper (BmWindow *self)
{
  GSettings *settings = bm_application_get_settings (BM_APPLICATION (g_application_get_default ()));
  g_autofree char *paper = g_settings_get_string (settings, "paper-size");

  return g_str_equal (paper, "a4") ? BM_PAPER_A4
       : g_str_equal (paper, "letter") ? BM_PAPER_LETTER
       : bm_paper_from_locale ();
}

void
bm_window_print_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);
  g_autoptr(BmPrintOperation) operation = bm_print_operation_new (self->renderer, self->plan,
                                                                  get_diary ());
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (get_paper (self) == BM_PAPER_LETTER
                                                      ? GTK_PAPER_NAME_LETTER
                                                      : GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;

  gtk_page_setup_set_paper_size (setup, paper);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), setup);

  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                               GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot print: %s"), error->message);

      bm_window_toast (self, message);
    }
}

/**
 * bm_window_export_pdf:
 * @file: where to write the care sheet
 *
 * Writes the care sheet as a PDF, as the command line does, and tells the user how
 * it went.
 *
 * Returns: whether the file was written
 */
gboolean
bm_window_export_pdf (BmWindow *self,
                      GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(BmCareSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;

  g_return_val_if_fail (BM_IS_WINDOW (self), FALSE);

  bm_paper_get_size (get_paper (self), &width, &height);
  sheet = bm_care_sheet_new (self->renderer, self->plan, width, height);
  bm_care_sheet_set_diary (sheet, get_diary ());
  if (path == NULL || !bm_sheet_file_write_pdf (sheet, path, &error))
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("Cannot export the care sheet: %s"),
                                 error != NULL ? error->message : _("not a local file"));
      bm_window_toast (self, message);
      return FALSE;
    }

  bm_window_toast (self, _("Care sheet exported"));
  return TRUE;
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    BmWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      bm_window_export_pdf (self, file);
    }

  g_object_unref (dialog);
}

void
bm_window_export_pdf_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Export Care Sheet"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  /* Translators: the suggested file name of the exported care sheet */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("care-sheet.pdf"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
