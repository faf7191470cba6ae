/* bm-region-report.c: a region's details as text or JSON, for the command line
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-region-report"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "bm-cause.h"
#include "bm-enums.h"
#include "bm-json-reader.h"
#include "bm-pain-source.h"
#include "bm-red-flag.h"
#include "bm-region-report.h"
#include "bm-region.h"
#include "bm-technique-fit.h"
#include "bm-technique.h"
#include "bm-tip.h"

static const BmSide single_sides[] = { BM_SIDE_LEFT, BM_SIDE_RIGHT };

static void
add_region_ids (JsonBuilder *builder,
                const char  *member,
                GPtrArray   *regions)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < regions->len; i++)
    json_builder_add_string_value (builder, bm_region_get_id (g_ptr_array_index (regions, i)));
  json_builder_end_array (builder);
}

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_pain_sources (JsonBuilder *builder,
                  const char  *member,
                  GPtrArray   *sources,
                  BmSide       sides)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < sources->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (sources, i);

      if (!(bm_pain_source_get_sides (source) & sides))
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, bm_pain_source_get_id (source));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, bm_pain_source_get_name (source));
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder,
                                     bm_json_enum_nick (BM_TYPE_PAIN_SOURCE_KIND,
                                                        bm_pain_source_get_kind (source)));
      add_region_ids (builder, "located_in", bm_pain_source_get_located_in (source));
      add_region_ids (builder, "refers_to", bm_pain_source_get_refers_to (source));
      add_nullable_string (builder, "aggravated_by", bm_pain_source_get_aggravated_by (source));
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, bm_pain_source_get_note (source));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_techniques (JsonBuilder *builder,
                GPtrArray   *fits)
{
  json_builder_set_member_name (builder, "techniques");
  json_builder_begin_array (builder);
  for (guint i = 0; i < fits->len; i++)
    {
      BmTechniqueFit *fit = g_ptr_array_index (fits, i);
      BmTechnique *technique = bm_technique_fit_get_technique (fit);

      json_builder_begin_object (builder);
      add_string (builder, "id", bm_technique_get_id (technique));
      add_string (builder, "name", bm_technique_get_name (technique));
      add_string (builder, "kind", bm_json_enum_nick (BM_TYPE_TECHNIQUE_KIND,
                                                  bm_technique_get_kind (technique)));
      add_string (builder, "why", bm_technique_fit_get_why (fit));
      add_string (builder, "dose", bm_technique_get_dose (technique));
      json_builder_set_member_name (builder, "evidence");
      json_builder_begin_object (builder);
      add_string (builder, "level", bm_json_enum_nick (BM_TYPE_EVIDENCE,
                                                        bm_technique_get_evidence (technique)));
      add_string (builder, "summary", bm_technique_get_evidence_summary (technique));
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * bm_region_report_to_json:
 * @sides: the sides asked about; side notes are given for these
 *
 * Returns: (transfer full): the region's details as a JSON object
 */
JsonNode *
bm_region_report_to_json (BmRegion *region,
                          BmSide    sides)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *label = bm_region_dup_label (region, sides);
  GPtrArray *list;

  g_return_val_if_fail (BM_IS_REGION (region), NULL);

  json_builder_begin_object (builder);
  add_string (builder, "id", bm_region_get_id (region));
  add_string (builder, "name", bm_region_get_name (region));
  add_string (builder, "label", label);
  add_string (builder, "kind", bm_json_enum_nick (BM_TYPE_REGION_KIND,
                                                  bm_region_get_kind (region)));
  json_builder_set_member_name (builder, "sides");
  json_builder_begin_array (builder);
  for (BmSide side = BM_SIDE_LEFT; side <= BM_SIDE_CENTER; side <<= 1)
    if (sides & side)
      json_builder_add_string_value (builder, bm_side_to_nick (side));
  json_builder_end_array (builder);
  add_string (builder, "summary", bm_region_get_summary (region));

  json_builder_set_member_name (builder, "causes");
  json_builder_begin_array (builder);
  list = bm_region_get_causes (region);
  for (guint i = 0; i < list->len; i++)
    {
      BmCause *cause = g_ptr_array_index (list, i);

      if (!(bm_cause_get_sides (cause) & sides))
        continue;
      json_builder_begin_object (builder);
      add_string (builder, "id", bm_cause_get_id (cause));
      add_string (builder, "name", bm_cause_get_name (cause));
      add_string (builder, "kind", bm_json_enum_nick (BM_TYPE_CAUSE_KIND,
                                                      bm_cause_get_kind (cause)));
      add_string (builder, "summary", bm_cause_get_summary (cause));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_pain_sources (builder, "sources_here", bm_region_get_sources_here (region), sides);
  add_pain_sources (builder, "referred_from", bm_region_get_referred_from (region), sides);
  add_techniques (builder, bm_region_get_techniques (region));

  json_builder_set_member_name (builder, "self_care");
  json_builder_begin_array (builder);
  list = bm_region_get_self_care (region);
  for (guint i = 0; i < list->len; i++)
    {
      BmTip *tip = g_ptr_array_index (list, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", bm_tip_get_id (tip));
      add_string (builder, "text", bm_tip_get_text (tip));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "red_flags");
  json_builder_begin_array (builder);
  list = bm_region_get_red_flags (region);
  for (guint i = 0; i < list->len; i++)
    {
      BmRedFlag *flag = g_ptr_array_index (list, i);
      BmUrgency urgency = bm_red_flag_get_urgency (flag);

      if (!(bm_red_flag_get_sides (flag) & sides))
        continue;
      json_builder_begin_object (builder);
      add_string (builder, "id", bm_red_flag_get_id (flag));
      add_string (builder, "text", bm_red_flag_get_text (flag));
      add_string (builder, "urgency", bm_json_enum_nick (BM_TYPE_URGENCY, urgency));
      add_string (builder, "urgency_action", bm_urgency_to_action (urgency));
      add_nullable_string (builder, "action", bm_red_flag_get_action (flag));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "side_notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (single_sides); i++)
    {
      const char *note = bm_region_get_side_note (region, single_sides[i]);

      if (note == NULL || !(sides & single_sides[i]))
        continue;
      json_builder_begin_object (builder);
      add_string (builder, "side", bm_side_to_nick (single_sides[i]));
      add_string (builder, "text", note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
append_heading (GString    *text,
                const char *heading)
{
  g_string_append_printf (text, "\n%s\n", heading);
}

static void
append_pain_sources (GString   *text,
                     GPtrArray *sources,
                     BmSide     sides)
{
  for (guint i = 0; i < sources->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (sources, i);

      if (!(bm_pain_source_get_sides (source) & sides))
        continue;
      g_string_append_printf (text, "  • %s (%s): %s\n", bm_pain_source_get_name (source),
                              bm_pain_source_kind_to_label (bm_pain_source_get_kind (source)),
                              bm_pain_source_get_note (source));
    }
}

/**
 * bm_region_report_to_text:
 * @sides: the sides asked about; side notes are given for these
 *
 * Returns: (transfer full): the region's details as plain text, translated
 */
char *
bm_region_report_to_text (BmRegion *region,
                          BmSide    sides)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *label = bm_region_dup_label (region, sides);
  GPtrArray *list;

  g_return_val_if_fail (BM_IS_REGION (region), NULL);

  g_string_append_printf (text, "%s\n%s\n", label, bm_region_get_summary (region));

  list = bm_region_get_red_flags (region);
  append_heading (text, _("See a doctor instead if:"));
  for (BmUrgency urgency = BM_URGENCY_EMERGENCY; urgency <= BM_URGENCY_SOON; urgency++)
    {
      gboolean tier_shown = FALSE;

      for (guint i = 0; i < list->len; i++)
        {
          BmRedFlag *flag = g_ptr_array_index (list, i);
          const char *action = bm_red_flag_get_action (flag);

          if (bm_red_flag_get_urgency (flag) != urgency || !(bm_red_flag_get_sides (flag) & sides))
            continue;
          /* The tier's action says its urgency: "Contact a doctor today: …". */
          if (!tier_shown)
            g_string_append_printf (text, "  %s\n", bm_urgency_to_action (urgency));
          tier_shown = TRUE;
          g_string_append_printf (text, "    ! %s%s%s\n", bm_red_flag_get_text (flag),
                                  action != NULL ? ". " : "", action != NULL ? action : "");
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (single_sides); i++)
    {
      const char *note = bm_region_get_side_note (region, single_sides[i]);

      if (note != NULL && (sides & single_sides[i]))
        g_string_append_printf (text, "\n%s\n",  note);
    }

  list = bm_region_get_causes (region);
  append_heading (text, _("Likely causes:"));
  for (guint i = 0; i < list->len; i++)
    {
      BmCause *cause = g_ptr_array_index (list, i);

      if (bm_cause_get_sides (cause) & sides)
        g_string_append_printf (text, "  • %s\n", bm_cause_get_name (cause));
    }

  append_heading (text, _("Pain here may come from:"));
  append_pain_sources (text, bm_region_get_referred_from (region), sides);

  append_heading (text, _("What sits here and where it may refer pain:"));
  append_pain_sources (text, bm_region_get_sources_here (region), sides);

  list = bm_region_get_techniques (region);
  append_heading (text, _("Suitable techniques:"));
  for (guint i = 0; i < list->len; i++)
    {
      BmTechniqueFit *fit = g_ptr_array_index (list, i);
      BmTechnique *technique = bm_technique_fit_get_technique (fit);

      g_string_append_printf (text, "  %u. %s (%s): %s\n", i + 1, bm_technique_get_name (technique),
                              bm_evidence_to_label (bm_technique_get_evidence (technique)),
                              bm_technique_fit_get_why (fit));
    }

  list = bm_region_get_self_care (region);
  append_heading (text, _("Self-care:"));
  for (guint i = 0; i < list->len; i++)
    g_string_append_printf (text, "  • %s\n", bm_tip_get_text (g_ptr_array_index (list, i)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
