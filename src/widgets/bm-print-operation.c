/* bm-print-operation.c: printing the care sheet, with GTK's dialog and preview
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-sheet.h"
#include "bm-print-operation.h"

struct _BmPrintOperation
{
  GtkPrintOperation parent_instance;

  BmMapRenderer *renderer;
  BmCarePlan *plan;
  BmDiary *diary;
  BmCareSheet *sheet;
};

G_DEFINE_FINAL_TYPE (BmPrintOperation, bm_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
bm_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  BmPrintOperation *self = BM_PRINT_OPERATION (operation);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  /* The sheet is laid out for the paper chosen in the dialog. */
  g_clear_object (&self->sheet);
  self->sheet = bm_care_sheet_new (self->renderer, self->plan,
                                   gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                   gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS));
  bm_care_sheet_set_diary (self->sheet, self->diary);
  gtk_print_operation_set_n_pages (operation, bm_care_sheet_paginate (self->sheet, cr));
}

static void
bm_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page)
{
  BmPrintOperation *self = BM_PRINT_OPERATION (operation);

  bm_care_sheet_draw_page (self->sheet, gtk_print_context_get_cairo_context (context), page);
}

static void
bm_print_operation_finalize (GObject *object)
{
  BmPrintOperation *self = (BmPrintOperation *)object;

  g_clear_object (&self->sheet);
  g_clear_object (&self->plan);
  g_clear_object (&self->diary);
  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (bm_print_operation_parent_class)->finalize (object);
}

static void
bm_print_operation_class_init (BmPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = bm_print_operation_finalize;

  print_class->begin_print = bm_print_operation_begin_print;
  print_class->draw_page = bm_print_operation_draw_page;
}

static void
bm_print_operation_init (BmPrintOperation *self)
{
  /* The sheet keeps its own print-safe margins. */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), _("My Back Care Sheet"));
}

/**
 * bm_print_operation_new:
 * @diary: (nullable): the pain diary the sheet sums up, or %NULL for none
 *
 * Returns: (transfer full): an operation that prints the care sheet of @plan
 */
BmPrintOperation *
bm_print_operation_new (BmMapRenderer *renderer,
                        BmCarePlan    *plan,
                        BmDiary       *diary)
{
  BmPrintOperation *self = g_object_new (BM_TYPE_PRINT_OPERATION, NULL);

  self->renderer = g_object_ref (renderer);
  self->plan = g_object_ref (plan);
  self->diary = diary != NULL ? g_object_ref (diary) : NULL;

  return self;
}
