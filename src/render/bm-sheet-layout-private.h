/* bm-sheet-layout-private.h: the sheet layout's blocks, shared by its text and page files
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-sheet-layout.h"

G_BEGIN_DECLS

#define BM_SHEET_BOX_PADDING 10.0
#define BM_SHEET_PICTURE_GAP 12.0

typedef enum
{
  BLOCK_TEXT,
  BLOCK_PICTURE,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  int refs;
  BmSheetDrawFunc func;
  gpointer data;
  GDestroyNotify destroy;
} Drawing;

typedef struct
{
  BlockKind kind;
  PangoLayout *layout;  /* the text, or a picture's caption */
  int first_line;       /* the lines of @layout this block shows */
  int n_lines;
  Drawing *drawing;
  double picture_width;
  double picture_height;
  double height;
  gboolean splittable;
  gboolean fills_page;  /* an excerpt cut to the room left on its page */
  gboolean cut;         /* an excerpt that does not show all its text */
  PangoLayout *more;    /* what follows an excerpt when it is cut */
  gboolean keep_with_next;
  gboolean boxed;
  guint page;
  double y;
} Block;

struct _BmSheetLayout
{
  GObject parent_instance;

  PangoContext *context;
  GArray *blocks;
  double page_width;
  double page_height;
  double margin;
  gboolean in_box;
  guint n_pages;
  guint n_cut;
};

/* bm-sheet-layout-text.c */
double  bm_sheet_lines_height             (PangoLayout   *layout,
                                           int            first,
                                           int            n_lines);
void    bm_sheet_lines_draw               (cairo_t       *cr,
                                           PangoLayout   *layout,
                                           int            first,
                                           int            n_lines,
                                           double         x,
                                           double         y);
char   *bm_sheet_layout_dup_page_of_text  (BmSheetLayout *self,
                                           const char    *text,
                                           gboolean      *shortened);

G_END_DECLS
