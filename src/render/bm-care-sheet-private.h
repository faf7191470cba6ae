/* bm-care-sheet-private.h: the care sheet's insides, shared by its page 1 and its appendix
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-care-sheet.h"
#include "bm-diary.h"
#include "bm-sheet-layout.h"

G_BEGIN_DECLS

/* How far page 1 may be squeezed to keep it on one page. */
#define BM_CARE_SHEET_MAX_COMPACT 2

struct _BmCareSheet
{
  GObject parent_instance;

  BmMapRenderer *renderer;
  BmCarePlan *plan;
  BmDiary *diary;       /* or NULL */
  BmSheetLayout *layout;
  GPtrArray *sources;   /* BmSource cited, in order of first citation */
  char *title;
  double page_width;
  double page_height;
  guint n_pages;
  guint compact;          /* 0, or how far page 1 is squeezed to fit */
  gboolean notes_in_appendix;
};

char *bm_care_sheet_cite            (BmCareSheet *self,
                                     GPtrArray   *sources);
char *bm_care_sheet_format_date     (GDateTime   *time);
void  bm_care_sheet_add_summary     (BmCareSheet *self);
void  bm_care_sheet_add_glance      (BmCareSheet *self,
                                     BmCatalog   *catalog,
                                     GPtrArray   *series);

G_END_DECLS
