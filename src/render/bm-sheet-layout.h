/* bm-sheet-layout.h: blocks of text and pictures laid out on pages
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "bm-render-types.h"

G_BEGIN_DECLS

/* Draws a picture block at (0, 0) in a box @width by @height points. */
typedef void (*BmSheetDrawFunc) (cairo_t  *cr,
                                 double    width,
                                 double    height,
                                 gpointer  user_data);

typedef enum
{
  BM_SHEET_TEXT_BODY,
  BM_SHEET_TEXT_TITLE,
  BM_SHEET_TEXT_HEADING,
  BM_SHEET_TEXT_SUBHEADING,
  BM_SHEET_TEXT_SMALL,
} BmSheetText;

#define BM_TYPE_SHEET_LAYOUT (bm_sheet_layout_get_type ())

G_DECLARE_FINAL_TYPE (BmSheetLayout, bm_sheet_layout, BM, SHEET_LAYOUT, GObject)

BmSheetLayout *bm_sheet_layout_new          (PangoContext    *context,
                                             double           page_width,
                                             double           page_height,
                                             double           margin);
double         bm_sheet_layout_get_width    (BmSheetLayout   *self);
PangoLayout   *bm_sheet_layout_new_text     (BmSheetLayout   *self,
                                             BmSheetText      style,
                                             const char      *text,
                                             double           width);
void           bm_sheet_layout_add_text     (BmSheetLayout   *self,
                                             BmSheetText      style,
                                             const char      *text,
                                             gboolean         splittable);
void           bm_sheet_layout_add_excerpt  (BmSheetLayout   *self,
                                             BmSheetText      style,
                                             const char      *text,
                                             int              max_lines,
                                             const char      *more);
void           bm_sheet_layout_add_page_break (BmSheetLayout *self);
void           bm_sheet_layout_add_picture  (BmSheetLayout   *self,
                                             double           height,
                                             const char      *caption,
                                             double           picture_width,
                                             BmSheetDrawFunc  draw,
                                             gpointer         user_data,
                                             GDestroyNotify   destroy);
void           bm_sheet_layout_begin_box    (BmSheetLayout   *self);
void           bm_sheet_layout_end_box      (BmSheetLayout   *self);
void           bm_sheet_layout_add_space    (BmSheetLayout   *self,
                                             double           height);
guint          bm_sheet_layout_paginate     (BmSheetLayout   *self);
guint          bm_sheet_layout_get_n_cut    (BmSheetLayout   *self);
guint          bm_sheet_layout_get_break_page (BmSheetLayout *self,
                                               guint          n);
void           bm_sheet_layout_draw_page    (BmSheetLayout   *self,
                                             cairo_t         *cr,
                                             guint            page,
                                             const char      *footer);

G_END_DECLS
