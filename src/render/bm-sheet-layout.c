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

#include "bm-sheet-layout.h"

#define BOX_PADDING 10.0
#define PICTURE_GAP 12.0
#define FOOTER_HEIGHT 18.0

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

/*
 * Pango shapes the rest of a run again each time it breaks a line inside a word,
 * so an unbroken word of n characters would take time in n squared. Cutting such
 * a word into runs of MAX_RUN characters keeps it linear: every other stretch gets
 * a letter spacing of 0, which changes nothing on the page but ends a run.
 */
#define MAX_RUN 64

static void
split_long_words (PangoLayout *layout,
                  const char  *text)
{
  g_autofree PangoLogAttr *breaks = NULL;
  PangoAttrList *list = NULL;
  PangoAttribute *stretch = NULL;
  const char *p = text;
  int length = strlen (text);
  int n_chars, run = 0;

  if (length <= MAX_RUN)
    return;

  n_chars = g_utf8_strlen (text, length);
  breaks = g_new0 (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (text, length, -1, pango_language_get_default (), breaks, n_chars + 1);

  for (int i = 0; i <= n_chars; i++, p = g_utf8_next_char (p))
    {
      gboolean odd;

      /* How many characters since a line may last break, this one included. */
      run = i < n_chars && !breaks[i].is_line_break ? run + 1 : 1;
      odd = i < n_chars && ((run - 1) / MAX_RUN) % 2 == 1;

      if (stretch != NULL && !odd)
        {
          stretch->end_index = p - text;
          pango_attr_list_insert (list, g_steal_pointer (&stretch));
        }
      else if (stretch == NULL && odd)
        {
          if (list == NULL)
            list = pango_attr_list_new ();
          stretch = pango_attr_letter_spacing_new (0);
          stretch->start_index = p - text;
        }
    }

  if (list != NULL)
    {
      pango_layout_set_attributes (layout, list);
      pango_attr_list_unref (list);
    }
}

/**
 * bm_sheet_layout_new_text:
 * @width: the width to wrap the text to, in points
 *
 * For text a picture block draws itself: it looks like the sheet's own.
 *
 * Returns: (transfer full): @text laid out in @style
 */
PangoLayout *
bm_sheet_layout_new_text (BmSheetLayout *self,
                          BmSheetText    style,
                          const char    *text,
                          double         width)
{
  static const struct {
    const char *font;
  } styles[] = {
    [BM_SHEET_TEXT_BODY] = { "Sans 10.5" },
    [BM_SHEET_TEXT_TITLE] = { "Sans Bold 20" },
    [BM_SHEET_TEXT_HEADING] = { "Sans Bold 14" },
    [BM_SHEET_TEXT_SUBHEADING] = { "Sans Bold 11.5" },
    [BM_SHEET_TEXT_SMALL] = { "Sans 8.5" },
  };
  g_autoptr(PangoFontDescription) font = NULL;
  PangoLayout *layout;

  g_return_val_if_fail (BM_IS_SHEET_LAYOUT (self), NULL);

  font = pango_font_description_from_string (styles[style].font);
  layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  split_long_words (layout, text);

  return layout;
}

static double
text_width (BmSheetLayout *self)
{
  return bm_sheet_layout_get_width (self) - (self->in_box ? 2 * BOX_PADDING : 0);
}

/* A line of a layout: where it starts and ends, and its baseline. */
typedef struct
{
  PangoLayoutLine *line;
  int top;
  int bottom;
  int baseline;
} LineExtent;

typedef struct
{
  guint serial; /* the layout's when measured */
  GArray *lines;
} LineTable;

static void
line_table_free (gpointer data)
{
  LineTable *table = data;

  g_array_unref (table->lines);
  g_free (table);
}

/*
 * The lines of @layout, measured in one pass and kept with it until it changes.
 * A Pango iterator measures every line of its layout when it is made: asking one
 * for a few lines at a time would take time in the square of the lines.
 */
static const LineExtent *
get_lines (PangoLayout *layout)
{
  static GQuark quark;
  LineTable *table;
  PangoLayoutIter *iter;

  if (quark == 0)
    quark = g_quark_from_static_string ("bm-sheet-layout-lines");

  table = g_object_get_qdata (G_OBJECT (layout), quark);
  if (table != NULL && table->serial == pango_layout_get_serial (layout))
    return (const LineExtent *) table->lines->data;

  table = g_new0 (LineTable, 1);
  table->serial = pango_layout_get_serial (layout);
  table->lines = g_array_new (FALSE, FALSE, sizeof (LineExtent));
  iter = pango_layout_get_iter (layout);
  do
    {
      LineExtent extent;

      extent.line = pango_layout_iter_get_line_readonly (iter);
      pango_layout_iter_get_line_yrange (iter, &extent.top, &extent.bottom);
      extent.baseline = pango_layout_iter_get_baseline (iter);
      g_array_append_val (table->lines, extent);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_object_set_qdata_full (G_OBJECT (layout), quark, table, line_table_free);

  return (const LineExtent *) table->lines->data;
}

static double
lines_height (PangoLayout *layout,
              int          first,
              int          n_lines)
{
  const LineExtent *lines;

  if (n_lines <= 0)
    return 0;

  lines = get_lines (layout);
  return (lines[first + n_lines - 1].bottom - lines[first].top) / (double) PANGO_SCALE;
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
  block.height = lines_height (block.layout, 0, block.n_lines);
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

/* No style's lines are closer, nor any character narrower, than these, in points. */
#define MIN_LINE_HEIGHT 8.0
#define MIN_CHAR_WIDTH 1.0

/*
 * The start of @text, as much as a page could hold: an excerpt never shows more,
 * and laying out all of a long text would take time for nothing. @shortened says
 * whether some was left out.
 */
static char *
dup_page_of_text (BmSheetLayout *self,
                  const char    *text,
                  gboolean      *shortened)
{
  int max_lines = self->page_height / MIN_LINE_HEIGHT + 1;
  glong max_chars = max_lines * (glong) (bm_sheet_layout_get_width (self) / MIN_CHAR_WIDTH + 1);
  const char *end = text;
  int lines = 1;

  for (glong chars = 0; *end != '\0' && chars < max_chars; chars++)
    {
      if (*end == '\n' && ++lines > max_lines)
        break;
      end = g_utf8_next_char (end);
    }

  *shortened = *end != '\0';
  return g_strndup (text, end - text);
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

  page = dup_page_of_text (self, text, &shortened);
  block.layout = bm_sheet_layout_new_text (self, style, page, text_width (self));
  if (max_lines > 0)
    {
      pango_layout_set_ellipsize (block.layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (block.layout, -max_lines);
    }
  if (more != NULL)
    block.more = bm_sheet_layout_new_text (self, BM_SHEET_TEXT_SMALL, more, text_width (self));
  block.n_lines = pango_layout_get_line_count (block.layout);
  block.height = lines_height (block.layout, 0, block.n_lines);
  block.fills_page = max_lines == 0;
  block.cut = shortened || pango_layout_is_ellipsized (block.layout);
  if (block.cut && block.more != NULL)
    block.height += lines_height (block.more, 0, pango_layout_get_line_count (block.more));
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
      double width = text_width (self) - picture_width - PICTURE_GAP;

      block.layout = bm_sheet_layout_new_text (self, BM_SHEET_TEXT_BODY, caption, width);
      block.n_lines = pango_layout_get_line_count (block.layout);
      block.height = MAX (height, lines_height (block.layout, 0, block.n_lines));
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

/* How many of @block's lines fit in @room, perhaps none. */
static int
lines_that_fit (Block  *block,
                double  room)
{
  int n = 0;

  while (n < block->n_lines && lines_height (block->layout, block->first_line, n + 1) <= room)
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
    extent += BOX_PADDING;

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
    return lines_height (next->layout, next->first_line, MIN (2, next->n_lines));

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
  rest.height = lines_height (rest.layout, rest.first_line, rest.n_lines);
  g_object_ref (rest.layout);

  block->n_lines = n;
  block->height = lines_height (block->layout, block->first_line, n);

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
    more_height = lines_height (block->more, 0, pango_layout_get_line_count (block->more));
  block->n_lines = lines_that_fit (block, room - more_height);
  block->height = block->n_lines > 0 ? lines_height (block->layout, 0, block->n_lines) : 0;
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
draw_lines (cairo_t     *cr,
            PangoLayout *layout,
            int          first,
            int          n_lines,
            double       x,
            double       y)
{
  const LineExtent *lines = get_lines (layout);

  for (int i = first; i < first + n_lines; i++)
    {
      cairo_move_to (cr, x, y + (lines[i].baseline - lines[first].top) / (double) PANGO_SCALE);
      pango_cairo_show_layout_line (cr, lines[i].line);
    }
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
            top = block->y - BOX_PADDING;
          bottom = block->y + block->height + BOX_PADDING;
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
      double x = self->margin + (block->boxed ? BOX_PADDING : 0);

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
          x += block->picture_width + PICTURE_GAP;
        }

      if (block->layout != NULL && block->n_lines > 0)
        draw_lines (cr, block->layout, block->first_line, block->n_lines, x, block->y);
      if (block->cut && block->more != NULL)
        {
          double above = block->n_lines > 0 ? lines_height (block->layout, block->first_line,
                                                            block->n_lines) : 0;

          draw_lines (cr, block->more, 0, pango_layout_get_line_count (block->more), x,
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
