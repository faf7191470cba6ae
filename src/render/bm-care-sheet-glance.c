/* bm-care-sheet-glance.c: the care sheet's summary at a glance: the map and the scores
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One picture block: the map, each area shaded by its latest score with the
 * number on it, and beside it the facts and the table of scores, laid out when
 * the sheet is built and drawn as they were measured.
 */

#define G_LOG_DOMAIN "bm-care-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-care-sheet-private.h"
#include "bm-catalog.h"
#include "bm-map-renderer.h"
#include "bm-pain-type.h"
#include "bm-region.h"
#include "bm-spot.h"

/* The map's height, smaller as page 1 is squeezed to fit; its width is 0.6 of it. */
static const double map_heights[BM_CARE_SHEET_MAX_COMPACT + 1] = { 230, 190, 170 };
#define COLUMN_GAP 14.0
#define BADGE_RADIUS 6.5

/* One row of the scores: a side of a region, scored or only picked. */
typedef struct
{
  char *label;
  int area;       /* on the map, or -1 */
  gboolean scored;
  guint current;
  guint worst;
  double average;
  double x, y;    /* the score's badge on the map */
} Row;

static void
row_clear (gpointer data)
{
  g_free (((Row *) data)->label);
}

/* The map and the words beside it, drawn as one picture. */
typedef struct
{
  BmMapRenderer *renderer;
  double map_width;
  double map_height;
  GArray *rows;
  GPtrArray *text;   /* PangoLayout: the facts, then the table's cells, then its note */
  GArray *places;    /* double x, y of each of @text */
  PangoLayout *badge;
} Glance;

static void
glance_free (gpointer data)
{
  Glance *glance = data;

  g_object_unref (glance->renderer);
  g_array_unref (glance->rows);
  g_ptr_array_unref (glance->text);
  g_array_unref (glance->places);
  g_object_unref (glance->badge);
  g_free (glance);
}

/* From pale yellow for no pain through orange to dark red for the worst. */
static void
intensity_to_rgba (guint   intensity,
                   double  rgba[4])
{
  static const double stops[3][3] = {
    { 1.00, 0.96, 0.76 }, { 0.97, 0.57, 0.20 }, { 0.65, 0.11, 0.18 },
  };
  double t = (double) intensity / BM_DIARY_MAX_INTENSITY * 2;
  guint i = MIN ((guint) t, 1);

  for (guint c = 0; c < 3; c++)
    rgba[c] = stops[i][c] + (stops[i + 1][c] - stops[i][c]) * (t - i);
  rgba[3] = 0.9;
}

static void
draw_badge (Glance *glance,
            cairo_t *cr,
            Row     *row)
{
  g_autofree char *number = g_strdup_printf ("%u", row->current);
  int width, height;

  cairo_new_sub_path (cr);
  cairo_arc (cr, row->x, row->y, BADGE_RADIUS, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);

  pango_layout_set_text (glance->badge, number, -1);
  pango_layout_get_pixel_size (glance->badge, &width, &height);
  cairo_move_to (cr, row->x - width / 2.0, row->y - height / 2.0);
  pango_cairo_show_layout (cr, glance->badge);
}

static void
draw_glance (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  data)
{
  Glance *glance = data;
  RsvgRectangle viewport;

  bm_map_renderer_get_viewport (glance->renderer, glance->map_width, glance->map_height,
                                &viewport);
  bm_map_renderer_draw_figure (glance->renderer, cr, &viewport, FALSE);
  for (guint i = 0; i < glance->rows->len; i++)
    {
      Row *row = &g_array_index (glance->rows, Row, i);
      double rgba[4];

      if (row->area < 0)
        continue;
      if (row->scored)
        {
          intensity_to_rgba (row->current, rgba);
          bm_map_renderer_draw_shade (glance->renderer, cr, &viewport, row->area, rgba);
        }
      bm_map_renderer_draw_mark (glance->renderer, cr, &viewport, row->area, BM_MAP_MARK_OUTLINE,
                                 FALSE);
    }
  for (guint i = 0; i < glance->rows->len; i++)
    {
      Row *row = &g_array_index (glance->rows, Row, i);

      if (row->area >= 0 && row->scored)
        draw_badge (glance, cr, row);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < glance->text->len; i++)
    {
      double *place = &g_array_index (glance->places, double, 2 * i);

      cairo_move_to (cr, place[0], place[1]);
      pango_cairo_show_layout (cr, g_ptr_array_index (glance->text, i));
    }
}

static void
add_row (GArray        *rows,
         BmMapRenderer *renderer,
         BmCatalog     *catalog,
         const char    *region_id,
         BmSide         side,
         BmDiarySeries *series)
{
  BmRegion *region = bm_catalog_lookup_region (catalog, region_id);
  Row row = { NULL, -1, };

  /* A region of a newer catalog goes by its id, and has no area on this map. */
  if (region != NULL)
    {
      row.label = bm_region_dup_label (region, side);
      row.area = bm_map_renderer_find_area (renderer, region, side);
    }
  else
    row.label = g_strdup (region_id);

  if (series != NULL && series->n_points > 0)
    {
      row.scored = TRUE;
      row.current = series->current;
      row.worst = series->worst;
      row.average = series->average;
    }
  g_array_append_val (rows, row);
}

/* The picked spots first, in the user's order, then any other area the diary scored. */
static GArray *
dup_rows (BmCareSheet *self,
          BmCatalog   *catalog,
          GPtrArray   *series)
{
  GListModel *spots = bm_care_plan_get_spots (self->plan);
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));

  g_array_set_clear_func (rows, row_clear);
  for (guint i = 0; i < g_list_model_get_n_items (spots); i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);
      BmRegion *region = bm_spot_get_region (spot);
      BmDiarySeries *found = NULL;

      for (guint j = 0; j < series->len && found == NULL; j++)
        {
          BmDiarySeries *s = g_ptr_array_index (series, j);

          if (g_str_equal (s->region_id, bm_region_get_id (region)) &&
              s->side == bm_spot_get_side (spot))
            found = s;
        }
      add_row (rows, self->renderer, catalog, bm_region_get_id (region),
               bm_spot_get_side (spot), found);
    }
  for (guint j = 0; j < series->len; j++)
    {
      BmDiarySeries *s = g_ptr_array_index (series, j);
      BmRegion *region = bm_catalog_lookup_region (catalog, s->region_id);

      if (region == NULL || !bm_care_plan_has_spot (self->plan, region, s->side))
        add_row (rows, self->renderer, catalog, s->region_id, s->side, s);
    }

  return rows;
}

/* The centre of mass of @area as the map's box shows it: where its number goes. */
static gboolean
find_centre (Glance *glance,
             guint   area,
             double *x,
             double *y)
{
  static const double opaque[4] = { 0, 0, 0, 1 };
  const int scale = 2, width = glance->map_width * scale, height = glance->map_height * scale;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  cairo_t *cr = cairo_create (surface);
  double sum_x = 0, sum_y = 0, total = 0;
  RsvgRectangle viewport;
  const guint8 *data;
  int stride;

  cairo_scale (cr, scale, scale);
  bm_map_renderer_get_viewport (glance->renderer, glance->map_width, glance->map_height,
                                &viewport);
  bm_map_renderer_draw_shade (glance->renderer, cr, &viewport, area, opaque);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int j = 0; j < height; j++)
    for (int i = 0; i < width; i++)
      {
        double alpha = data[j * stride + i];

        sum_x += alpha * (i + 0.5);
        sum_y += alpha * (j + 0.5);
        total += alpha;
      }
  cairo_surface_destroy (surface);

  if (total == 0)
    return FALSE;

  *x = sum_x / total / scale;
  *y = sum_y / total / scale;
  return TRUE;
}

/* Each score's badge at its area's centre, then pushed apart where two would touch. */
static void
place_badges (Glance *glance)
{
  GArray *rows = glance->rows;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);

      if (row->area >= 0 && row->scored && !find_centre (glance, row->area, &row->x, &row->y))
        row->area = -1;
    }

  for (guint pass = 0; pass < 8; pass++)
    for (guint i = 0; i < rows->len; i++)
      for (guint j = i + 1; j < rows->len; j++)
        {
          Row *a = &g_array_index (rows, Row, i);
          Row *b = &g_array_index (rows, Row, j);
          double gap = 2 * BADGE_RADIUS + 1 - ABS (a->x - b->x);

          if (a->area < 0 || b->area < 0 || !a->scored || !b->scored ||
              ABS (a->y - b->y) >= 2 * BADGE_RADIUS + 1 || gap <= 0)
            continue;
          if (a->x <= b->x)
            gap = -gap;
          a->x += gap / 2;
          b->x -= gap / 2;
        }
}

static void
add_text (Glance        *glance,
          PangoLayout   *layout,
          double         x,
          double         y)
{
  double place[2] = { x, y };

  g_ptr_array_add (glance->text, layout);
  g_array_append_vals (glance->places, place, 2);
}

static double
text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* "Label: value" with the label in bold. */
static char *
markup_fact (const char *label,
             const char *value)
{
  /* Translators: a fact on the care sheet, such as "Pain began: 3 November 2026" */
  return g_markup_printf_escaped (_("<b>%s</b> %s"), label, value);
}

static char *
dup_check_fact (BmCareSheet *self)
{
  GDateTime *checked = bm_care_plan_get_red_flags_checked (self->plan);
  g_autofree char *date = checked != NULL ? bm_care_sheet_format_date (checked) : NULL;
  BmUrgency urgency;
  gboolean flagged = bm_care_plan_get_urgency (self->plan, &urgency);

  if (checked == NULL)
    return g_strdup (flagged ? _("not finished; the signs ticked are shown above")
                             : _("not done"));

  /* Translators: the red-flag check's result; %s is the date it was done */
  return g_strdup_printf (flagged ? _("done on %s; warning signs, shown above")
                                  : _("done on %s; no warning sign"), date);
}

static char *
dup_facts (BmCareSheet *self)
{
  GDate *onset = self->diary != NULL ? bm_diary_get_onset (self->diary) : NULL;
  BmPainType *pain_type = bm_care_plan_get_pain_type (self->plan);
  g_autofree char *onset_text = NULL;
  g_autofree char *check = dup_check_fact (self);
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  if (onset != NULL)
    {
      g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (onset),
                                                         g_date_get_month (onset),
                                                         g_date_get_day (onset), 0, 0, 0);

      onset_text = bm_care_sheet_format_date (time);
    }

  a = markup_fact (_("Pain began:"), onset_text != NULL ? onset_text : _("not given"));
  b = markup_fact (_("Type of pain:"), pain_type != NULL ? bm_pain_type_get_name (pain_type)
                                                         : _("not assessed"));
  c = markup_fact (_("Red-flag check:"), check);

  return g_strjoin ("\n", a, b, c, NULL);
}

static PangoLayout *
new_cell (BmCareSheet *self,
          BmSheetText  style,
          const char  *text,
          double       width,
          gboolean     right)
{
  PangoLayout *layout = bm_sheet_layout_new_text (self->layout, style, text, width);

  if (right)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  return layout;
}

/* The table of scores, from @y down in the column from @x, @width wide. */
static double
add_table (BmCareSheet *self,
           Glance      *glance,
           double       x,
           double       y,
           double       width)
{
  const char *headers[] = {
    /* Translators: the column of the care sheet's table of scores that names the area */
    _("Where it hurts"),
    /* Translators: the latest pain score, from 0 to 10 */
    _("Now"),
    /* Translators: the highest pain score logged */
    _("Worst"),
    /* Translators: the mean of the pain scores logged */
    _("Average"),
  };
  double number_width = 0;
  double label_width;

  for (guint c = 1; c < G_N_ELEMENTS (headers); c++)
    {
      g_autoptr(PangoLayout) probe = new_cell (self, BM_SHEET_TEXT_SUBHEADING, headers[c], -1,
                                               FALSE);
      int probe_width;

      pango_layout_get_pixel_size (probe, &probe_width, NULL);
      number_width = MAX (number_width, probe_width + 8);
    }
  label_width = width - 3 * number_width;

  for (int r = -1; r < (int) glance->rows->len; r++)
    {
      Row *row = r >= 0 ? &g_array_index (glance->rows, Row, r) : NULL;
      double row_height = 0;

      for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
        {
          g_autofree char *text = NULL;
          PangoLayout *cell;

          if (row == NULL)
            text = g_strdup (headers[c]);
          else if (c == 0)
            text = g_strdup (row->label);
          else if (!row->scored)
            text = g_strdup ("–");
          else
            text = c == 3 ? g_strdup_printf ("%.1f", row->average)
                          : g_strdup_printf ("%u", c == 1 ? row->current : row->worst);

          cell = new_cell (self, row == NULL ? BM_SHEET_TEXT_SUBHEADING : BM_SHEET_TEXT_BODY,
                           text, c == 0 ? label_width - 6 : number_width, c > 0);
          row_height = MAX (row_height, text_height (cell));
          add_text (glance, cell, x + (c == 0 ? 0 : label_width + (c - 1) * number_width), y);
        }
      y += row_height + 2;
    }

  return y;
}

static char *
dup_table_note (BmCareSheet *self,
                GPtrArray   *series,
                guint        n_rows)
{
  gint64 first = G_MAXINT64, last = G_MININT64;
  guint n = self->diary != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->diary)) : 0;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *from_text = NULL, *to_text = NULL, *entries = NULL;

  for (guint i = 0; i < series->len; i++)
    {
      BmDiarySeries *s = g_ptr_array_index (series, i);

      if (s->n_points == 0)
        continue;
      first = MIN (first, s->times[0]);
      last = MAX (last, s->times[s->n_points - 1]);
    }
  if (n_rows == 0)
    return g_strdup (_("No area picked, and no pain scores logged yet."));
  if (first > last)
    return g_strdup (_("No pain scores logged yet. Shaded areas on the map would show the "
                       "latest score of each."));

  from = g_date_time_new_from_unix_local (first);
  to = g_date_time_new_from_unix_local (last);
  from_text = bm_care_sheet_format_date (from);
  to_text = bm_care_sheet_format_date (to);
  /* Translators: how many diary entries the scores come from */
  entries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);

  if (g_str_equal (from_text, to_text))
    /* Translators: under the table of scores: the entries, and the one day they were made */
    return g_strdup_printf (_("Scores from 0 (no pain) to 10 (worst imaginable), from %s on "
                              "%s. The map shows each area’s latest score."), entries, to_text);
  /* Translators: under the table of scores: the entries, the first and last date */
  return g_strdup_printf (_("Scores from 0 (no pain) to 10 (worst imaginable), from %s "
                            "between %s and %s. The map shows each area’s latest score."),
                          entries, from_text, to_text);
}

/*
 * bm_care_sheet_add_glance:
 * @series: (element-type BmDiarySeries): every score of the diary
 *
 * Adds the map with each area's latest score, and beside it when the pain began,
 * its type, the red-flag check and the table of scores.
 */
void
bm_care_sheet_add_glance (BmCareSheet *self,
                          BmCatalog   *catalog,
                          GPtrArray   *series)
{
  Glance *glance = g_new0 (Glance, 1);
  double map_height = map_heights[self->compact];
  double width = bm_sheet_layout_get_width (self->layout) - map_height * 0.6 - COLUMN_GAP;
  double x = map_height * 0.6 + COLUMN_GAP, y = 0;
  g_autofree char *facts = dup_facts (self);
  g_autofree char *note = NULL;
  g_autoptr(PangoFontDescription) badge_font = pango_font_description_from_string ("Sans Bold 7.5");
  PangoLayout *layout;

  glance->renderer = g_object_ref (self->renderer);
  glance->map_width = map_height * 0.6;
  glance->map_height = map_height;
  glance->rows = dup_rows (self, catalog, series);
  glance->text = g_ptr_array_new_with_free_func (g_object_unref);
  glance->places = g_array_new (FALSE, FALSE, sizeof (double));
  glance->badge = bm_sheet_layout_new_text (self->layout, BM_SHEET_TEXT_SMALL, "", -1);
  pango_layout_set_font_description (glance->badge, badge_font);
  place_badges (glance);

  layout = bm_sheet_layout_new_text (self->layout, BM_SHEET_TEXT_BODY, "", width);
  pango_layout_set_markup (layout, facts, -1);
  pango_layout_set_spacing (layout, 2 * PANGO_SCALE);
  add_text (glance, layout, x, y);
  y += text_height (layout) + 10;

  if (glance->rows->len > 0)
    y = add_table (self, glance, x, y, width);

  note = dup_table_note (self, series, glance->rows->len);
  layout = bm_sheet_layout_new_text (self->layout, BM_SHEET_TEXT_SMALL, note, width);
  add_text (glance, layout, x, y + 4);
  y += 4 + text_height (layout);

  bm_sheet_layout_add_picture (self->layout, MAX (map_height, y), NULL,
                               bm_sheet_layout_get_width (self->layout), draw_glance, glance,
                               glance_free);
}
