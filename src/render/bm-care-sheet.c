/* bm-care-sheet.c: the personal care sheet, as pages to print or a PDF
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One drawing for every output: the print dialog's pages, its preview and the
 * PDF that the window and the command line export.
 */

#define G_LOG_DOMAIN "bm-care-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-care-sheet.h"
#include "bm-map-renderer.h"
#include "bm-pain-type.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-sheet-layout.h"
#include "bm-source.h"
#include "bm-spot.h"
#include "bm-step.h"
#include "bm-technique.h"
#include "bm-tip.h"

#define MARGIN 54.0 /* three quarters of an inch: inside every printer's reach */
#define MAP_HEIGHT 250.0
#define STEP_WIDTH 96.0
#define STEP_HEIGHT 72.0

struct _BmCareSheet
{
  GObject parent_instance;

  BmMapRenderer *renderer;
  BmCarePlan *plan;
  BmSheetLayout *layout;
  GPtrArray *sources; /* BmSource cited, in order of first citation */
  char *title;
  double page_width;
  double page_height;
  guint n_pages;
};

G_DEFINE_FINAL_TYPE (BmCareSheet, bm_care_sheet, G_TYPE_OBJECT)

static void
bm_care_sheet_finalize (GObject *object)
{
  BmCareSheet *self = (BmCareSheet *)object;

  g_clear_object (&self->renderer);
  g_clear_object (&self->plan);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_free (self->title);

  G_OBJECT_CLASS (bm_care_sheet_parent_class)->finalize (object);
}

static void
bm_care_sheet_class_init (BmCareSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_care_sheet_finalize;
}

static void
bm_care_sheet_init (BmCareSheet *self)
{
  self->sources = g_ptr_array_new ();
  self->title = g_strdup (_("My Back Care Sheet"));
}

/**
 * bm_care_sheet_new:
 * @page_width: in points
 * @page_height: in points
 *
 * Returns: (transfer full): the sheet of @plan; call bm_care_sheet_paginate() next
 */
BmCareSheet *
bm_care_sheet_new (BmMapRenderer *renderer,
                   BmCarePlan    *plan,
                   double         page_width,
                   double         page_height)
{
  BmCareSheet *self;

  g_return_val_if_fail (BM_IS_MAP_RENDERER (renderer), NULL);
  g_return_val_if_fail (BM_IS_CARE_PLAN (plan), NULL);

  self = g_object_new (BM_TYPE_CARE_SHEET, NULL);
  self->renderer = g_object_ref (renderer);
  self->plan = g_object_ref (plan);
  self->page_width = page_width;
  self->page_height = page_height;

  return self;
}

static void
cite (BmCareSheet *self,
      GPtrArray   *sources)
{
  for (guint i = 0; i < sources->len; i++)
    if (!g_ptr_array_find (self->sources, g_ptr_array_index (sources, i), NULL))
      g_ptr_array_add (self->sources, g_ptr_array_index (sources, i));
}

typedef struct
{
  BmMapRenderer *renderer;
  BmCarePlan *plan;
} MapDrawing;

static void
map_drawing_free (gpointer data)
{
  MapDrawing *drawing = data;

  g_object_unref (drawing->renderer);
  g_object_unref (drawing->plan);
  g_free (drawing);
}

static void
draw_map (cairo_t  *cr,
          double    width,
          double    height,
          gpointer  data)
{
  MapDrawing *drawing = data;
  RsvgRectangle viewport;

  bm_map_renderer_get_viewport (drawing->renderer, width, height, &viewport);
  bm_map_renderer_draw_figure (drawing->renderer, cr, &viewport, FALSE);
  for (guint i = 0; i < bm_map_renderer_get_n_areas (drawing->renderer); i++)
    if (bm_care_plan_has_spot (drawing->plan,
                               bm_map_renderer_get_area_region (drawing->renderer, i),
                               bm_map_renderer_get_area_side (drawing->renderer, i)))
      bm_map_renderer_draw_mark (drawing->renderer, cr, &viewport, i, BM_MAP_MARK_SELECTED, FALSE);
}

static void
draw_illustration (cairo_t  *cr,
                   double    width,
                   double    height,
                   gpointer  data)
{
  RsvgRectangle viewport = { 0, 0, width, height };

  rsvg_handle_render_document (RSVG_HANDLE (data), cr, &viewport, NULL);
}

static void
add_list (BmSheetLayout *layout,
          const char    *heading,
          const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;

  bm_sheet_layout_add_text (layout, BM_SHEET_TEXT_SUBHEADING, heading, FALSE);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *item = g_strdup_printf ("•  %s", items[i]);

      bm_sheet_layout_add_text (layout, BM_SHEET_TEXT_BODY, item, FALSE);
    }
}

static void
add_red_flag_result (BmCareSheet *self)
{
  GListModel *flags = bm_care_plan_get_red_flags (self->plan);
  BmUrgency urgency;

  if (!bm_care_plan_get_urgency (self->plan, &urgency))
    {
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY,
                                _("Red-flag check: no warning sign was ticked. Check again if "
                                  "anything changes."), FALSE);
      return;
    }

  /* Emergency and same-day results stand in a bold frame at the top. */
  if (urgency != BM_URGENCY_SOON)
    bm_sheet_layout_begin_box (self->layout);
  bm_sheet_layout_add_text (self->layout,
                            urgency == BM_URGENCY_SOON ? BM_SHEET_TEXT_SUBHEADING
                                                       : BM_SHEET_TEXT_HEADING,
                            urgency == BM_URGENCY_EMERGENCY
                            ? _("Emergency: get help now, not self-care")
                            : bm_urgency_to_label (urgency),
                            FALSE);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, bm_urgency_to_action (urgency),
                            FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (flags); i++)
    {
      g_autoptr(BmRedFlag) flag = g_list_model_get_item (flags, i);
      const char *action = bm_red_flag_get_action (flag);
      g_autofree char *line = NULL;

      /* Translators: a red flag the user has, then what to do about it in particular */
      line = action != NULL ? g_strdup_printf (_("%s: %s"), bm_red_flag_get_text (flag), action)
                            : g_strdup (bm_red_flag_get_text (flag));
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, line, FALSE);
      cite (self, bm_red_flag_get_sources (flag));
    }
  if (urgency != BM_URGENCY_SOON)
    bm_sheet_layout_end_box (self->layout);
}

static void
add_map (BmCareSheet *self)
{
  GListModel *spots = bm_care_plan_get_spots (self->plan);
  g_autoptr(GString) caption = g_string_new (NULL);
  MapDrawing *drawing = g_new0 (MapDrawing, 1);
  guint n = g_list_model_get_n_items (spots);

  g_string_append_printf (caption, "%s\n", _("Where it hurts:"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);
      g_autofree char *label = bm_spot_dup_label (spot);

      g_string_append_printf (caption, "•  %s\n", label);
    }
  if (n == 0)
    g_string_append_printf (caption, "%s\n", _("No region picked."));
  g_string_append (caption, _("The map shows the back from behind: your left is on the left. "
                              "Picked regions are shaded and outlined."));

  drawing->renderer = g_object_ref (self->renderer);
  drawing->plan = g_object_ref (self->plan);
  bm_sheet_layout_add_picture (self->layout, MAP_HEIGHT, caption->str, MAP_HEIGHT * 0.6,
                               draw_map, drawing, map_drawing_free);
}

static void
add_technique (BmCareSheet *self,
               BmTechnique *technique)
{
  GPtrArray *steps = bm_technique_get_steps (technique);
  g_autofree char *equipment = bm_equipment_to_label (bm_technique_get_equipment (technique));
  g_autofree char *facts = NULL;
  g_autofree char *dose = NULL;
  g_autofree char *evidence = NULL;

  bm_sheet_layout_add_space (self->layout, 8);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_SUBHEADING,
                            bm_technique_get_name (technique), FALSE);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, bm_technique_get_summary (technique),
                            FALSE);
  /* Translators: what a technique needs and how long it takes */
  facts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Equipment: %s · about %u minute",
                                        "Equipment: %s · about %u minutes",
                                        bm_technique_get_minutes (technique)),
                           equipment, bm_technique_get_minutes (technique));
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, facts, FALSE);
  /* Translators: how long, how hard and how often */
  dose = g_strdup_printf (_("Dose: %s"), bm_technique_get_dose (technique));
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, dose, FALSE);
  /* Translators: an evidence grade, then what the studies found */
  evidence = g_strdup_printf (_("%s: %s"),
                              bm_evidence_to_label (bm_technique_get_evidence (technique)),
                              bm_technique_get_evidence_summary (technique));
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, evidence, FALSE);
  cite (self, bm_technique_get_evidence_sources (technique));

  for (guint i = 0; i < steps->len; i++)
    {
      BmStep *step = g_ptr_array_index (steps, i);
      g_autofree char *path = bm_step_dup_illustration_path (step);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autofree char *caption = g_strdup_printf ("%u.  %s", bm_step_get_number (step),
                                                  bm_step_get_text (step));
      RsvgHandle *handle;

      /* The catalog checked that every illustration exists. */
      g_assert (bytes != NULL);
      handle = rsvg_handle_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                          NULL);
      g_assert (handle != NULL);
      bm_sheet_layout_add_picture (self->layout, STEP_HEIGHT, caption, STEP_WIDTH,
                                   draw_illustration, handle, g_object_unref);
    }

  add_list (self->layout, _("What to expect"), bm_technique_get_expect (technique));
  add_list (self->layout, _("What to tell your therapist"),
            bm_technique_get_tell_therapist (technique));
  add_list (self->layout, _("Cautions"), bm_technique_get_cautions (technique));
}

static void
add_techniques (BmCareSheet *self)
{
  GListModel *techniques = bm_care_plan_get_techniques (self->plan);
  guint n = g_list_model_get_n_items (techniques);

  if (n == 0)
    return;

  bm_sheet_layout_add_space (self->layout, 10);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_HEADING, _("My Techniques"), FALSE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmTechnique) technique = g_list_model_get_item (techniques, i);

      add_technique (self, technique);
    }
}

static void
add_self_care (BmCareSheet *self)
{
  g_autoptr(GPtrArray) tips = bm_care_plan_dup_tips (self->plan);

  if (tips->len == 0)
    return;

  bm_sheet_layout_add_space (self->layout, 10);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_HEADING, _("Self-Care Plan"), FALSE);
  for (guint i = 0; i < tips->len; i++)
    {
      BmTip *tip = g_ptr_array_index (tips, i);
      g_autofree char *item = g_strdup_printf ("•  %s", bm_tip_get_text (tip));

      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, item, FALSE);
      cite (self, bm_tip_get_sources (tip));
    }
}

/* The warning signs of every picked region, most urgent first. */
static void
add_warning_signs (BmCareSheet *self)
{
  GListModel *spots = bm_care_plan_get_spots (self->plan);
  g_autoptr(GPtrArray) flags = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (spots); i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);
      GPtrArray *region_flags = bm_region_get_red_flags (bm_spot_get_region (spot));

      for (guint j = 0; j < region_flags->len; j++)
        {
          BmRedFlag *flag = g_ptr_array_index (region_flags, j);

          if ((bm_red_flag_get_sides (flag) & bm_spot_get_side (spot)) &&
              !g_ptr_array_find (flags, flag, NULL))
            g_ptr_array_add (flags, flag);
        }
    }

  if (flags->len == 0)
    return;

  bm_sheet_layout_add_space (self->layout, 10);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_HEADING,
                            _("Stop and See a Doctor If"), FALSE);
  for (BmUrgency urgency = BM_URGENCY_EMERGENCY; urgency <= BM_URGENCY_SOON; urgency++)
    {
      gboolean heading_added = FALSE;

      for (guint i = 0; i < flags->len; i++)
        {
          BmRedFlag *flag = g_ptr_array_index (flags, i);
          const char *action = bm_red_flag_get_action (flag);
          g_autofree char *line = NULL;

          if (bm_red_flag_get_urgency (flag) != urgency)
            continue;
          if (!heading_added)
            {
              bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_SUBHEADING,
                                        bm_urgency_to_label (urgency), FALSE);
              bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY,
                                        bm_urgency_to_action (urgency), FALSE);
              heading_added = TRUE;
            }
          /* Translators: a warning sign, then what to do about it in particular */
          line = action != NULL ? g_strdup_printf (_("•  %s: %s"), bm_red_flag_get_text (flag),
                                                   action)
                                : g_strdup_printf (_("•  %s"), bm_red_flag_get_text (flag));
          bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, line, FALSE);
          cite (self, bm_red_flag_get_sources (flag));
        }
    }
}

static void
add_sources (BmCareSheet *self)
{
  if (self->sources->len == 0)
    return;

  bm_sheet_layout_add_space (self->layout, 10);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_HEADING, _("Sources"), FALSE);
  for (guint i = 0; i < self->sources->len; i++)
    {
      BmSource *source = g_ptr_array_index (self->sources, i);
      g_autofree char *citation = bm_source_dup_citation (source);
      g_autofree char *line = g_strdup_printf ("%u. %s %s", i + 1, citation,
                                               bm_source_get_url (source));

      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_SMALL, line, FALSE);
    }
}

static void
build (BmCareSheet *self,
       cairo_t     *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* Translators: the date on the care sheet, as g_date_time_format() writes it;
   * for example "%-d. %B %Y" in German */
  g_autofree char *date = g_date_time_format (now, C_("care sheet date", "%B %-d, %Y"));
  g_autofree char *made = NULL;
  BmPainType *pain_type = bm_care_plan_get_pain_type (self->plan);
  const char *notes = bm_care_plan_get_notes (self->plan);

  /* Points, not pixels. */
  pango_cairo_context_set_resolution (context, 72);
  g_clear_object (&self->layout);
  g_ptr_array_set_size (self->sources, 0);
  self->layout = bm_sheet_layout_new (context, self->page_width, self->page_height, MARGIN);
  g_object_unref (context);

  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_TITLE, self->title, FALSE);
  /* Translators: the date the care sheet was made, in the locale's format */
  made = g_strdup_printf (_("Made with Backmap on %s"), date);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, made, FALSE);

  add_red_flag_result (self);
  bm_sheet_layout_add_space (self->layout, 8);
  add_map (self);

  if (pain_type != NULL)
    {
      g_autofree char *line = NULL;

      bm_sheet_layout_add_space (self->layout, 8);
      /* Translators: the type of pain, such as "Referred pain" */
      line = g_strdup_printf (_("Type of pain: %s"), bm_pain_type_get_name (pain_type));
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_SUBHEADING, line, FALSE);
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY,
                                bm_pain_type_get_advice (pain_type), FALSE);
    }

  if (!bm_care_plan_stops_self_care (self->plan))
    {
      add_techniques (self);
      add_self_care (self);
    }
  add_warning_signs (self);

  if (*notes != '\0')
    {
      bm_sheet_layout_add_space (self->layout, 10);
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_HEADING, _("My Notes"), FALSE);
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, notes, TRUE);
    }

  add_sources (self);

  bm_sheet_layout_add_space (self->layout, 10);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_SMALL,
                            _("Backmap gives general information, not a diagnosis, and does not "
                              "replace a doctor or therapist. Most back pain settles with time and "
                              "staying active; massage helps a little, for a short time. If a "
                              "warning sign appears, stop self-care and get help as it says."),
                            FALSE);
}

/**
 * bm_care_sheet_paginate:
 * @cr: a context of the surface the pages will be drawn on
 *
 * Lays the sheet out for @cr's surface.
 *
 * Returns: the number of pages
 */
guint
bm_care_sheet_paginate (BmCareSheet *self,
                        cairo_t     *cr)
{
  g_return_val_if_fail (BM_IS_CARE_SHEET (self), 0);

  build (self, cr);
  self->n_pages = bm_sheet_layout_paginate (self->layout);

  return self->n_pages;
}

/**
 * bm_care_sheet_draw_page:
 * @page: from 0
 *
 * Draws a page, with the user space in points from the paper's corner.
 */
void
bm_care_sheet_draw_page (BmCareSheet *self,
                         cairo_t     *cr,
                         guint        page)
{
  g_autofree char *footer = NULL;

  g_return_if_fail (BM_IS_CARE_SHEET (self));
  g_return_if_fail (self->layout != NULL && page < self->n_pages);

  /* Translators: the foot of each page of the care sheet */
  footer = g_strdup_printf (_("%s · Page %u of %u"), self->title, page + 1, self->n_pages);
  bm_sheet_layout_draw_page (self->layout, cr, page, footer);
}

/**
 * bm_care_sheet_get_title:
 *
 * Returns: the title on every page, for the document's metadata
 */
const char *
bm_care_sheet_get_title (BmCareSheet *self)
{
  g_return_val_if_fail (BM_IS_CARE_SHEET (self), NULL);

  return self->title;
}

/**
 * bm_care_sheet_get_page_size:
 * @width: (out): in points
 * @height: (out): in points
 */
void
bm_care_sheet_get_page_size (BmCareSheet *self,
                             double      *width,
                             double      *height)
{
  g_return_if_fail (BM_IS_CARE_SHEET (self));

  *width = self->page_width;
  *height = self->page_height;
}
