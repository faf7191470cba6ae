/* bm-sheet-layout-pages.c: the sheet layout's blocks placed on pages and drawn
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-sheet-layout"

#include "config.h"

#include "bm-sheet-layout-private.h"

#define FOOTER_HEIGHT 18.0

/* How many of @block's lines fit in @room, perhaps none. */
static int
lines_that_fit (Block  *block,
                double  room)
{
  int n = 0;

  while (n < block->n_lines &&
         bm_sheet_lines_height (block->layout, block->first_line, n + 1) <= room)
    n++;

  return n;
}

static double
block_extent (Block *block,
              Block *previous)
{
  double extent = block->height;

  /* A frame's padding goes above its first block and below its last. */
  if (block->boxed && (previous == NULL || !previous->boxed || previous->page != block->page))
    extent += BM_SHEET_BOX_PADDING;

  return extent;
}

/* The room a heading needs below it: the start of what follows. */
static double
keep_room (BmSheetLayout *self,
           guint          i)
{
  Block *block = &g_array_index (self->blocks, Block, i);
  Block *next;

  if (!block->keep_with_next || i + 1 >= self->blocks->len)
    return 0;

  next = &g_array_index (self->blocks, Block, i + 1);
  if (next->kind == BLOCK_TEXT && (next->splittable || next->fills_page))
    return bm_sheet_lines_height (next->layout, next->first_line, MIN (2, next->n_lines));

  return next->height;
}

/* Keeps the first @n lines in @block and inserts a block of the rest after it. */
static void
split_block (BmSheetLayout *self,
             guint          i,
             int            n)
{
  Block *block = &g_array_index (self->blocks, Block, i);
  Block rest = *block;

  rest.first_line = block->first_line + n;
  rest.n_lines = block->n_lines - n;
  rest.height = bm_sheet_lines_height (rest.layout, rest.first_line, rest.n_lines);
  g_object_ref (rest.layout);

  block->n_lines = n;
  block->height = bm_sheet_lines_height (block->layout, block->first_line, n);

  g_array_insert_val (self->blocks, i + 1, rest);
}

/* Cuts an excerpt that fills its page to the lines that fit in @room, leaving room
 * for what follows it. */
static void
fit_to_room (Block  *block,
             double  room)
{
  double more_height = 0;

  if (block->height <= room)
    return;

  if (block->more != NULL)
    more_height = bm_sheet_lines_height (block->more, 0, pango_layout_get_line_count (block->more));
  block->n_lines = lines_that_fit (block, room - more_height);
  block->height = block->n_lines > 0 ? bm_sheet_lines_height (block->layout, 0, block->n_lines) : 0;
  block->cut = TRUE;
  block->height += more_height;
}

/**
 * bm_sheet_layout_paginate:
 *
 * Places every block on a page.
 *
 * Returns: the number of pages
 */
guint
bm_sheet_layout_paginate (BmSheetLayout *self)
{
  double top = self->margin;
  double bottom = self->page_height - self->margin - FOOTER_HEIGHT;
  double y = top;
  guint page = 0;

  g_return_val_if_fail (BM_IS_SHEET_LAYOUT (self), 0);

  self->n_cut = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      Block *previous = i > 0 ? &g_array_index (self->blocks, Block, i - 1) : NULL;
      double extent, padding;
      gboolean too_tall;

      block->page = page;
      extent = block_extent (block, previous);
      padding = extent - block->height;
      too_tall = y + extent > bottom;

      /* Space at the top of a page is lost. */
      if (block->kind == BLOCK_SPACE && y == top)
        {
          block->y = y;
          continue;
        }

      /* A break keeps the page that what comes before it ends on. */
      if (block->kind == BLOCK_PAGE_BREAK)
        {
          if (y != top)
            block->page = page++;
          else
            block->page = page > 0 ? page - 1 : 0;
          block->y = y = top;
          continue;
        }

      if (block->fills_page)
        {
          fit_to_room (block, bottom - y - padding);
          self->n_cut += block->cut;
          block->y = y + padding;
          y = bottom;
          continue;
        }

      if (!too_tall && y + extent + keep_room (self, i) <= bottom)
        {
          block->y = y + padding;
          y += extent;
          continue;
        }

      if (too_tall && block->kind == BLOCK_TEXT && block->splittable)
        {
          int n = lines_that_fit (block, bottom - y - padding);

          if (n > 0 && n < block->n_lines)
            {
              split_block (self, i, n);
              block = &g_array_index (self->blocks, Block, i);
              block->y = y + padding;
              y = bottom;
              continue;
            }
        }

      if (y == top)
        {
          /* Taller than a page and unsplittable: place it all the same. */
          block->y = y + padding;
          y += extent;
          continue;
        }

      /* Try again on a new page. */
      page++;
      y = top;
      i--;
    }

  self->n_pages = page + 1;
  return self->n_pages;
}

/**
 * bm_sheet_layout_get_break_page:
 * @n: which page break, from 0
 *
 * Returns: the page, from 0, that what comes before the @n-th page break ends on,
 *   after bm_sheet_layout_paginate()
 */
guint
bm_sheet_layout_get_break_page (BmSheetLayout *self,
                                guint          n)
{
  g_return_val_if_fail (BM_IS_SHEET_LAYOUT (self), 0);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      if (block->kind == BLOCK_PAGE_BREAK && n-- == 0)
        return block->page;
    }

  g_return_val_if_reached (0);
}

/**
 * bm_sheet_layout_get_n_cut:
 *
 * Returns: how many excerpts that fill their page were cut, after
 *   bm_sheet_layout_paginate()
 */
guint
bm_sheet_layout_get_n_cut (BmSheetLayout *self)
{
  g_return_val_if_fail (BM_IS_SHEET_LAYOUT (self), 0);

  return self->n_cut;
}

static void
draw_box (BmSheetLayout *self,
          cairo_t       *cr,
          double         top,
          double         bottom)
{
  cairo_save (cr);
  cairo_rectangle (cr, self->margin, top, bm_sheet_layout_get_width (self), bottom - top);
  cairo_set_source_rgb (cr, 0.99, 0.91, 0.91);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
  cairo_set_line_width (cr, 3);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/*
 * Where the blocks of @page start, or past the last block: after pagination the
 * blocks are in page order, so a page is found without looking at every block.
 * Only a page break at the top of a page is out of order (it keeps the page
 * before): a loop from here skips blocks of earlier pages and ends at a later one.
 */
static guint
first_block (BmSheetLayout *self,
             guint          page)
{
  guint low = 0, high = self->blocks->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (self->blocks, Block, mid).page < page)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

/* Frames first, under the text: one per run of boxed blocks on the page. */
static void
draw_boxes (BmSheetLayout *self,
            cairo_t       *cr,
            guint          page)
{
  double top = -1, bottom = 0;

  for (guint i = first_block (self, page); i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      if (block->page < page)
        continue;
      if (block->page > page)
        break;

      if (block->boxed && block->kind != BLOCK_SPACE)
        {
          if (top < 0)
            top = block->y - BM_SHEET_BOX_PADDING;
          bottom = block->y + block->height + BM_SHEET_BOX_PADDING;
        }
      else if (!block->boxed && top >= 0)
        {
          draw_box (self, cr, top, bottom);
          top = -1;
        }
    }

  if (top >= 0)
    draw_box (self, cr, top, bottom);
}

/**
 * bm_sheet_layout_draw_page:
 * @page: from 0
 * @footer: the line at the foot of the page
 *
 * Draws one page, after bm_sheet_layout_paginate().
 */
void
bm_sheet_layout_draw_page (BmSheetLayout *self,
                           cairo_t       *cr,
                           guint          page,
                           const char    *footer)
{
  g_autoptr(PangoLayout) footer_layout = NULL;
  int footer_width, footer_height;

  g_return_if_fail (BM_IS_SHEET_LAYOUT (self));

  draw_boxes (self, cr, page);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = first_block (self, page); i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      double x = self->margin + (block->boxed ? BM_SHEET_BOX_PADDING : 0);

      if (block->page < page)
        continue;
      if (block->page > page)
        break;

      if (block->kind == BLOCK_PICTURE)
        {
          cairo_save (cr);
          cairo_translate (cr, x, block->y);
          block->drawing->func (cr, block->picture_width, block->picture_height,
                                block->drawing->data);
          cairo_restore (cr);
          x += block->picture_width + BM_SHEET_PICTURE_GAP;
        }

      if (block->layout != NULL && block->n_lines > 0)
        bm_sheet_lines_draw (cr, block->layout, block->first_line, block->n_lines, x, block->y);
      if (block->cut && block->more != NULL)
        {
          double above = block->n_lines > 0 ? bm_sheet_lines_height (block->layout,
                                                                     block->first_line,
                                                                     block->n_lines) : 0;

          bm_sheet_lines_draw (cr, block->more, 0, pango_layout_get_line_count (block->more), x,
                               block->y + above);
        }
    }

  footer_layout = bm_sheet_layout_new_text (self, BM_SHEET_TEXT_SMALL, footer,
                                            bm_sheet_layout_get_width (self));
  pango_layout_set_alignment (footer_layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (footer_layout, &footer_width, &footer_height);
  cairo_move_to (cr, self->margin, self->page_height - self->margin - footer_height);
  pango_cairo_show_layout (cr, footer_layout);
}
