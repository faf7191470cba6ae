/* bm-sheet-layout.c: blocks of text and pictures laid out on pages
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document is a list of blocks. Pictures with their caption are never split; a
 * splittable text (a long note) breaks between lines; a heading stays with what
 * follows it; an excerpt is cut to its room. Units are points: the Pango context
 * must be at 72 dpi.
 */

#define G_LOG_DOMAIN "bm-sheet-layout"

#include "config.h"

#include <string.h>

#include "bm-sheet-layout-private.h"

G_DEFINE_FINAL_TYPE (BmSheetLayout, bm_sheet_layout, G_TYPE_OBJECT)

static void
drawing_unref (Drawing *drawing)
{
  if (drawing == NULL || --drawing->refs > 0)
    return;

  if (drawing->destroy != NULL)
    drawing->destroy (drawing->data);
  g_free (drawing);
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_clear_object (&block->more);
  drawing_unref (block->drawing);
}

static void
bm_sheet_layout_finalize (GObject *object)
{
  BmSheetLayout *self = (BmSheetLayout *)object;

  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bm_sheet_layout_parent_class)->finalize (object);
}

static void
bm_sheet_layout_class_init (BmSheetLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_sheet_layout_finalize;
}

static void
bm_sheet_layout_init (BmSheetLayout *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
}

/**
 * bm_sheet_layout_new:
 * @context: a Pango context at 72 dpi, for the surface the pages are drawn on
 * @margin: the margin on every side, in points
 *
 * Returns: (transfer full): an empty document
 */
BmSheetLayout *
bm_sheet_layout_new (PangoContext *context,
                     double        page_width,
                     double        page_height,
                     double        margin)
{
  BmSheetLayout *self = g_object_new (BM_TYPE_SHEET_LAYOUT, NULL);

  self->context = g_object_ref (context);
  self->page_width = page_width;
  self->page_height = page_height;
  self->margin = margin;

  return self;
}

/**
 * bm_sheet_layout_get_width:
 *
 * Returns: the width of the text, in points
 */
double
bm_sheet_layout_get_width (BmSheetLayout *self)
{
  return self->page_width - 2 * self->margin;
}

static double
text_width (BmSheetLayout *self)
{
  return bm_sheet_layout_get_width (self) - (self->in_box ? 2 * BM_SHEET_BOX_PADDING : 0);
}

static void
add_paragraph (BmSheetLayout *self,
               BmSheetText    style,
               const char    *text,
               gboolean       splittable)
{
  Block block = { BLOCK_TEXT, };

  block.layout = bm_sheet_layout_new_text (self, style, text, text_width (self));
  block.first_line = 0;
  block.n_lines = pango_layout_get_line_count (block.layout);
  block.height = bm_sheet_lines_height (block.layout, 0, block.n_lines);
  block.splittable = splittable;
  block.keep_with_next = style == BM_SHEET_TEXT_TITLE || style == BM_SHEET_TEXT_HEADING ||
                         style == BM_SHEET_TEXT_SUBHEADING;
  block.boxed = self->in_box;
  g_array_append_val (self->blocks, block);
}

/**
 * bm_sheet_layout_add_text:
 * @splittable: whether the text may break across pages
 *
 * Adds a paragraph, or with @splittable as many as @text holds. Titles and
 * headings stay on the page of what follows them.
 */
void
bm_sheet_layout_add_text (BmSheetLayout *self,
                          BmSheetText    style,
                          const char    *text,
                          gboolean       splittable)
{
  int length, delimiter, next;

  g_return_if_fail (BM_IS_SHEET_LAYOUT (self));
  g_return_if_fail (text != NULL);

  if (!splittable)
    {
      add_paragraph (self, style, text, FALSE);
      return;
    }

  /* A block for each paragraph: the time Pango takes for a layout grows with its
   * paragraphs times its length. */
  length = strlen (text);
  do
    {
      g_autofree char *paragraph = NULL;

      pango_find_paragraph_boundary (text, length, &delimiter, &next);
      paragraph = g_strndup (text, delimiter);
      add_paragraph (self, style, paragraph, TRUE);
      text += next;
      length -= next;
    }
  while (delimiter < next);
}

/**
 * bm_sheet_layout_add_excerpt:
 * @max_lines: the most lines to show, or 0 for as many as fit on the page
 * @more: (nullable): what to say after the text when it is cut, in small type
 *
 * Adds a paragraph that shows as much of @text as it may: with @max_lines, that
 * many lines, the last ending in an ellipsis where it is cut; with @max_lines 0,
 * the whole lines that fit in the room left on its page, which then ends.
 */
void
bm_sheet_layout_add_excerpt (BmSheetLayout *self,
                             BmSheetText    style,
                             const char    *text,
                             int            max_lines,
                             const char    *more)
{
  Block block = { BLOCK_TEXT, };
  g_autofree char *page = NULL;
  gboolean shortened;

  g_return_if_fail (BM_IS_SHEET_LAYOUT (self));
  g_return_if_fail (max_lines >= 0);

  page = bm_sheet_layout_dup_page_of_text (self, text, &shortened);
  block.layout = bm_sheet_layout_new_text (self, style, page, text_width (self));
  if (max_lines > 0)
    {
      pango_layout_set_ellipsize (block.layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (block.layout, -max_lines);
    }
  if (more != NULL)
    block.more = bm_sheet_layout_new_text (self, BM_SHEET_TEXT_SMALL, more, text_width (self));
  block.n_lines = pango_layout_get_line_count (block.layout);
  block.height = bm_sheet_lines_height (block.layout, 0, block.n_lines);
  block.fills_page = max_lines == 0;
  block.cut = shortened || pango_layout_is_ellipsized (block.layout);
  if (block.cut && block.more != NULL)
    block.height += bm_sheet_lines_height (block.more, 0, pango_layout_get_line_count (block.more));
  block.boxed = self->in_box;
  g_array_append_val (self->blocks, block);
}

/**
 * bm_sheet_layout_add_page_break:
 *
 * What follows starts on a new page.
 */
void
bm_sheet_layout_add_page_break (BmSheetLayout *self)
{
  Block block = { BLOCK_PAGE_BREAK, };

  g_return_if_fail (BM_IS_SHEET_LAYOUT (self));

  g_array_append_val (self->blocks, block);
}

/**
 * bm_sheet_layout_add_picture:
 * @height: the picture's height, in points
 * @caption: (nullable): text set beside the picture
 * @picture_width: the picture's width, in points
 * @draw: (scope notified): draws the picture
 *
 * Adds a picture with its caption beside it; the two are never split.
 */
void
bm_sheet_layout_add_picture (BmSheetLayout   *self,
                             double           height,
                             const char      *caption,
                             double           picture_width,
                             BmSheetDrawFunc  draw,
                             gpointer         user_data,
                             GDestroyNotify   destroy)
{
  Block block = { BLOCK_PICTURE, };

  g_return_if_fail (BM_IS_SHEET_LAYOUT (self));

  block.drawing = g_new0 (Drawing, 1);
  block.drawing->refs = 1;
  block.drawing->func = draw;
  block.drawing->data = user_data;
  block.drawing->destroy = destroy;
  block.picture_width = picture_width;
  block.picture_height = height;
  block.height = height;
  if (caption != NULL)
    {
      double width = text_width (self) - picture_width - BM_SHEET_PICTURE_GAP;

      block.layout = bm_sheet_layout_new_text (self, BM_SHEET_TEXT_BODY, caption, width);
      block.n_lines = pango_layout_get_line_count (block.layout);
      block.height = MAX (height, bm_sheet_lines_height (block.layout, 0, block.n_lines));
    }
  block.boxed = self->in_box;
  g_array_append_val (self->blocks, block);
}

/**
 * bm_sheet_layout_begin_box:
 *
 * The blocks added until bm_sheet_layout_end_box() are drawn in a bold frame.
 */
void
bm_sheet_layout_begin_box (BmSheetLayout *self)
{
  g_return_if_fail (BM_IS_SHEET_LAYOUT (self));

  bm_sheet_layout_add_space (self, 4);
  self->in_box = TRUE;
}

void
bm_sheet_layout_end_box (BmSheetLayout *self)
{
  g_return_if_fail (BM_IS_SHEET_LAYOUT (self));

  self->in_box = FALSE;
  bm_sheet_layout_add_space (self, 4);
}

void
bm_sheet_layout_add_space (BmSheetLayout *self,
                           double         height)
{
  Block block = { BLOCK_SPACE, };

  g_return_if_fail (BM_IS_SHEET_LAYOUT (self));

  block.height = height;
  block.boxed = self->in_box;
  g_array_append_val (self->blocks, block);
}
