/* bm-care-sheet.c: the personal care sheet, as pages to print or a PDF
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One drawing for every output: the print dialog's pages, its preview and the
 * PDF that the window and the command line export. Page 1 sums up (see
 * bm-care-sheet-summary.c); the appendix after it holds the techniques' steps,
 * the warning signs and the sources that the sheet cites by number.
 */

#define G_LOG_DOMAIN "bm-care-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-care-sheet-private.h"
#include "bm-map-renderer.h"
#include "bm-pain-type.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-source.h"
#include "bm-spot.h"
#include "bm-step.h"
#include "bm-technique.h"

#define MARGIN 54.0 /* three quarters of an inch: inside every printer's reach */
#define STEP_WIDTH 96.0
#define STEP_HEIGHT 72.0

G_DEFINE_FINAL_TYPE (BmCareSheet, bm_care_sheet, G_TYPE_OBJECT)

static void
bm_care_sheet_finalize (GObject *object)
{
  BmCareSheet *self = (BmCareSheet *)object;

  g_clear_object (&self->renderer);
  g_clear_object (&self->plan);
  g_clear_object (&self->diary);
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

/**
 * bm_care_sheet_set_diary:
 * @diary: (nullable): the pain diary to sum up on page 1, or %NULL for none
 *
 * Call it before bm_care_sheet_paginate().
 */
void
bm_care_sheet_set_diary (BmCareSheet *self,
                         BmDiary     *diary)
{
  g_return_if_fail (BM_IS_CARE_SHEET (self));
  g_return_if_fail (diary == NULL || BM_IS_DIARY (diary));

  g_set_object (&self->diary, diary);
}

/*
 * bm_care_sheet_cite:
 * @sources: (element-type BmSource): what a text rests on
 *
 * Numbers the sources in the order the sheet first cites them.
 *
 * Returns: (transfer full): the numbers to put after the text, such as " [2, 5]",
 *   or "" for no source
 */
char *
bm_care_sheet_cite (BmCareSheet *self,
                    GPtrArray   *sources)
{
  g_autoptr(GString) numbers = g_string_new (NULL);

  for (guint i = 0; i < sources->len; i++)
    {
      gpointer source = g_ptr_array_index (sources, i);
      guint index;

      if (!g_ptr_array_find (self->sources, source, &index))
        {
          index = self->sources->len;
          g_ptr_array_add (self->sources, source);
        }
      g_string_append_printf (numbers, "%s%u", i == 0 ? " [" : ", ", index + 1);
    }
  if (numbers->len > 0)
    g_string_append_c (numbers, ']');

  return g_string_free (g_steal_pointer (&numbers), FALSE);
}

/* The date in the locale's long form, such as "November 24, 2026". */
char *
bm_care_sheet_format_date (GDateTime *time)
{
  /* Translators: a date on the care sheet, as g_date_time_format() writes it;
   * for example "%-d. %B %Y" in German */
  return g_date_time_format (time, C_("care sheet date", "%B %-d, %Y"));
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
add_steps (BmCareSheet *self,
           BmTechnique *technique)
{
  GPtrArray *steps = bm_technique_get_steps (technique);

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
}

static void
add_technique (BmCareSheet *self,
               BmTechnique *technique)
{
  const char * const *cautions = bm_technique_get_cautions (technique);
  g_autofree char *equipment = bm_equipment_to_label (bm_technique_get_equipment (technique));
  g_autofree char *cited = bm_care_sheet_cite (self, bm_technique_get_evidence_sources (technique));
  g_autofree char *facts = NULL;
  g_autofree char *dose = NULL;
  g_autofree char *evidence = NULL;

  bm_sheet_layout_add_space (self->layout, 8);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_SUBHEADING,
                            bm_technique_get_name (technique), FALSE);
  /* Translators: what a technique needs and how long it takes */
  facts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Equipment: %s · about %u minute",
                                        "Equipment: %s · about %u minutes",
                                        bm_technique_get_minutes (technique)),
                           equipment, bm_technique_get_minutes (technique));
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, facts, FALSE);
  /* Translators: how long, how hard and how often */
  dose = g_strdup_printf (_("Dose: %s"), bm_technique_get_dose (technique));
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, dose, FALSE);
  /* Translators: an evidence grade, what the studies found, then citations such as " [3]" */
  evidence = g_strdup_printf (_("%s: %s%s"),
                              bm_evidence_to_label (bm_technique_get_evidence (technique)),
                              bm_technique_get_evidence_summary (technique), cited);
  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, evidence, FALSE);

  add_steps (self, technique);

  if (cautions != NULL && cautions[0] != NULL)
    {
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_SUBHEADING, _("Cautions"), FALSE);
      for (guint i = 0; cautions[i] != NULL; i++)
        {
          g_autofree char *item = g_strdup_printf ("•  %s", cautions[i]);

          bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, item, FALSE);
        }
    }
}

static void
add_techniques (BmCareSheet *self)
{
  GListModel *techniques = bm_care_plan_get_techniques (self->plan);
  guint n = g_list_model_get_n_items (techniques);

  if (n == 0 || bm_care_plan_stops_self_care (self->plan))
    return;

  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_HEADING, _("Technique Steps"), FALSE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmTechnique) technique = g_list_model_get_item (techniques, i);

      add_technique (self, technique);
    }
}

/* The warning signs of every picked region, by tier from the most urgent, each
 * tier's action said once. */
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
          g_autofree char *cited = NULL;
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
          cited = bm_care_sheet_cite (self, bm_red_flag_get_sources (flag));
          /* Translators: a warning sign, then citations such as " [3]" */
          line = g_strdup_printf (_("•  %s%s"), bm_red_flag_get_text (flag), cited);
          bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY, line, FALSE);
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
add_appendix (BmCareSheet *self)
{
  BmPainType *pain_type = bm_care_plan_get_pain_type (self->plan);

  bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_TITLE, _("Appendix"), FALSE);
  add_techniques (self);
  add_warning_signs (self);

  if (pain_type != NULL)
    {
      g_autofree char *heading = NULL;

      bm_sheet_layout_add_space (self->layout, 10);
      /* Translators: the type of pain, such as "Referred pain" */
      heading = g_strdup_printf (_("Type of pain: %s"), bm_pain_type_get_name (pain_type));
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_HEADING, heading, FALSE);
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY,
                                bm_pain_type_get_advice (pain_type), FALSE);
    }

  if (self->notes_in_appendix)
    {
      bm_sheet_layout_add_space (self->layout, 10);
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_HEADING, _("My Notes, in Full"),
                                FALSE);
      bm_sheet_layout_add_text (self->layout, BM_SHEET_TEXT_BODY,
                                bm_care_plan_get_notes (self->plan), TRUE);
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

static void
build (BmCareSheet *self,
       cairo_t     *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = bm_care_sheet_format_date (now);
  g_autofree char *made = NULL;

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

  bm_care_sheet_add_summary (self);
  add_appendix (self);
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

  /* Page 1 ends with a page break: while what comes before it spills onto page 2,
   * it is laid out again smaller. */
  self->notes_in_appendix = FALSE;
  for (self->compact = 0; ; self->compact++)
    {
      build (self, cr);
      self->n_pages = bm_sheet_layout_paginate (self->layout);
      if (bm_sheet_layout_get_break_page (self->layout, 0) == 0 ||
          self->compact == BM_CARE_SHEET_MAX_COMPACT)
        break;
    }

  /* Notes too long for page 1 are given in full in the appendix: the layout tells
   * whether they were cut once it has placed them. */
  if (bm_sheet_layout_get_n_cut (self->layout) > 0)
    {
      self->notes_in_appendix = TRUE;
      build (self, cr);
      self->n_pages = bm_sheet_layout_paginate (self->layout);
    }

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
