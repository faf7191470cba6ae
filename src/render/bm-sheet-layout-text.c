/* bm-sheet-layout-text.c: the sheet's text: set in its styles, measured and drawn line by line
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-sheet-layout"

#include "config.h"

#include <string.h>

#include "bm-sheet-layout-private.h"

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

/* The height of @n_lines lines of @layout from @first, in points. */
double
bm_sheet_lines_height (PangoLayout *layout,
                       int          first,
                       int          n_lines)
{
  const LineExtent *lines;

  if (n_lines <= 0)
    return 0;

  lines = get_lines (layout);
  return (lines[first + n_lines - 1].bottom - lines[first].top) / (double) PANGO_SCALE;
}

/* No style's lines are closer, nor any character narrower, than these, in points. */
#define MIN_LINE_HEIGHT 8.0
#define MIN_CHAR_WIDTH 1.0

/*
 * The start of @text, as much as a page could hold: an excerpt never shows more,
 * and laying out all of a long text would take time for nothing. @shortened says
 * whether some was left out.
 */
char *
bm_sheet_layout_dup_page_of_text (BmSheetLayout *self,
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

/* Draws @n_lines lines of @layout from @first, the top of the first at (@x, @y). */
void
bm_sheet_lines_draw (cairo_t     *cr,
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
