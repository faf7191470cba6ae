/* bm-command-line-muscle.c: the muscles of the map, without a display
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-command-line-private.h"
#include "bm-command-line.h"
#include "bm-enums.h"
#include "bm-evidence.h"
#include "bm-json-reader.h"
#include "bm-pain-source.h"
#include "bm-region.h"
#include "bm-source.h"
#include "bm-technique.h"

static gboolean
is_muscle (BmPainSource *source)
{
  return source != NULL && bm_pain_source_get_kind (source) == BM_PAIN_SOURCE_KIND_MUSCLE;
}

/*
 * bm_command_line_list_muscles:
 *
 * Prints each muscle of the map: its id, name and depth.
 *
 * Returns: the exit status
 */
int
bm_command_line_list_muscles (BmCatalog *catalog)
{
  GPtrArray *sources = bm_catalog_get_pain_sources (catalog);

  for (guint i = 0; i < sources->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (sources, i);

      if (is_muscle (source))
        g_print ("%-28s %s (%s)\n", bm_pain_source_get_id (source), bm_pain_source_get_name (source),
                 bm_json_enum_nick (BM_TYPE_MUSCLE_DEPTH, bm_pain_source_get_depth (source)));
    }

  return BM_EXIT_OK;
}

static char *
dup_muscle_ids (BmCatalog *catalog)
{
  GPtrArray *sources = bm_catalog_get_pain_sources (catalog);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < sources->len; i++)
    if (is_muscle (g_ptr_array_index (sources, i)))
      g_string_append_printf (ids, "%s%s", ids->len > 0 ? ", " : "",
                              bm_pain_source_get_id (g_ptr_array_index (sources, i)));

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* `ID` or `ID:SIDE`; a muscle is on the left and the right, both when no side is named. */
static BmPainSource *
parse_muscle (BmCatalog  *catalog,
              const char *text,
              BmSide     *sides)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", 2);
  BmPainSource *source = bm_catalog_lookup_pain_source (catalog, parts[0] != NULL ? parts[0] : "");

  if (!is_muscle (source))
    {
      g_autofree char *ids = dup_muscle_ids (catalog);

      g_printerr (_("Unknown muscle “%s”. Valid muscles: %s\n"), parts[0] != NULL ? parts[0] : "",
                  ids);
      return NULL;
    }

  if (parts[1] == NULL)
    *sides = BM_SIDE_LEFT | BM_SIDE_RIGHT;
  else if (g_str_equal (parts[1], "left"))
    *sides = BM_SIDE_LEFT;
  else if (g_str_equal (parts[1], "right"))
    *sides = BM_SIDE_RIGHT;
  else
    {
      g_printerr (_("Unknown side “%s” of muscle “%s”. Valid sides: left, right\n"), parts[1],
                  parts[0]);
      return NULL;
    }

  return source;
}

/* The ids of regions, techniques or sources. */
static JsonArray *
ids_to_json (GPtrArray   *items,
             const char *(*get_id) (gpointer item))
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < items->len; i++)
    json_array_add_string_element (array, get_id (g_ptr_array_index (items, i)));

  return array;
}

static void
set_nullable_string (JsonObject *object,
                     const char *name,
                     const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
  else
    json_object_set_null_member (object, name);
}

static void
print_json (BmPainSource *muscle,
            BmSide        sides)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *nicks = bm_side_dup_nicks (sides);
  g_auto(GStrv) side_nicks = g_strsplit (nicks, ", ", -1);
  JsonObject *evidence = json_object_new ();
  JsonArray *side_array = json_array_new ();

  for (guint i = 0; side_nicks[i] != NULL; i++)
    json_array_add_string_element (side_array, side_nicks[i]);

  json_object_set_string_member (object, "id", bm_pain_source_get_id (muscle));
  json_object_set_string_member (object, "name", bm_pain_source_get_name (muscle));
  json_object_set_array_member (object, "sides", side_array);
  json_object_set_string_member (object, "depth", bm_json_enum_nick (BM_TYPE_MUSCLE_DEPTH,
                                                                     bm_pain_source_get_depth (muscle)));
  json_object_set_array_member (object, "located_in",
                                ids_to_json (bm_pain_source_get_located_in (muscle),
                                             (const char *(*) (gpointer)) bm_region_get_id));
  json_object_set_array_member (object, "refers_to",
                                ids_to_json (bm_pain_source_get_refers_to (muscle),
                                             (const char *(*) (gpointer)) bm_region_get_id));
  set_nullable_string (object, "find_it", bm_pain_source_get_find_it (muscle));
  set_nullable_string (object, "trigger_points", bm_pain_source_get_trigger_points (muscle));
  set_nullable_string (object, "aggravated_by", bm_pain_source_get_aggravated_by (muscle));
  json_object_set_string_member (object, "note", bm_pain_source_get_note (muscle));
  json_object_set_array_member (object, "self_treatment",
                                ids_to_json (bm_pain_source_get_self_treatment (muscle),
                                             (const char *(*) (gpointer)) bm_technique_get_id));
  json_object_set_string_member (evidence, "level",
                                 bm_json_enum_nick (BM_TYPE_EVIDENCE,
                                                    bm_pain_source_get_evidence (muscle)));
  set_nullable_string (evidence, "summary", bm_pain_source_get_evidence_summary (muscle));
  json_object_set_array_member (evidence, "sources",
                                ids_to_json (bm_pain_source_get_evidence_sources (muscle),
                                             (const char *(*) (gpointer)) bm_source_get_id));
  json_object_set_object_member (object, "evidence", evidence);
  json_object_set_array_member (object, "sources",
                                ids_to_json (bm_pain_source_get_sources (muscle),
                                             (const char *(*) (gpointer)) bm_source_get_id));

  root = json_node_init_object (json_node_alloc (), object);
  bm_command_line_print_json (root);
}

static void
print_field (const char *label,
             const char *value)
{
  if (value != NULL && *value != '\0')
    g_print ("\n%s\n  %s\n", label, value);
}

static void
print_regions (const char *label,
               GPtrArray  *regions,
               BmSide      sides)
{
  if (regions->len == 0)
    return;

  g_print ("\n%s\n", label);
  for (guint i = 0; i < regions->len; i++)
    {
      BmRegion *region = g_ptr_array_index (regions, i);
      BmSide here = bm_region_get_sides (region) & (sides | BM_SIDE_CENTER);
      g_autofree char *name = bm_region_dup_label (region, here != 0 ? here
                                                                      : bm_region_get_sides (region));

      g_print ("  • %s (%s)\n", name, bm_region_get_id (region));
    }
}

static void
print_text (BmPainSource *muscle,
            BmSide        sides)
{
  g_autofree char *label = bm_pain_source_dup_label (muscle, sides);
  GPtrArray *techniques = bm_pain_source_get_self_treatment (muscle);
  GPtrArray *lists[] = {
    bm_pain_source_get_evidence_sources (muscle),
    bm_pain_source_get_sources (muscle),
  };
  g_autoptr(GPtrArray) cited = g_ptr_array_new ();
  const char *summary = bm_pain_source_get_evidence_summary (muscle);

  g_print ("%s (%s)\n", label, bm_pain_source_get_id (muscle));
  g_print ("%s\n", bm_pain_source_get_depth (muscle) == BM_MUSCLE_DEPTH_DEEP
                   /* Translators: how deep a muscle lies, on the command line */
                   ? _("Deep: under other muscles")
                   : _("Near the surface"));
  print_field (_("Where it is and how to find it:"), bm_pain_source_get_find_it (muscle));
  print_regions (_("Lies in:"), bm_pain_source_get_located_in (muscle), sides);
  print_regions (_("May refer pain to:"), bm_pain_source_get_refers_to (muscle), sides);
  print_field (_("Where it may send pain:"), bm_pain_source_get_note (muscle));
  print_field (_("Trigger points:"), bm_pain_source_get_trigger_points (muscle));
  print_field (_("What may make it worse:"), bm_pain_source_get_aggravated_by (muscle));

  if (techniques->len > 0)
    {
      g_print ("\n%s\n", _("Self-treatment:"));
      for (guint i = 0; i < techniques->len; i++)
        g_print ("  • %s (%s)\n", bm_technique_get_name (g_ptr_array_index (techniques, i)),
                 bm_technique_get_id (g_ptr_array_index (techniques, i)));
    }

  if (summary != NULL)
    g_print ("\n%s\n  %s\n", bm_evidence_to_label (bm_pain_source_get_evidence (muscle)), summary);

  g_print ("\n%s\n", _("Sources:"));
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint j = 0; j < lists[i]->len; j++)
      {
        BmSource *source = g_ptr_array_index (lists[i], j);
        g_autofree char *citation = NULL;

        if (g_ptr_array_find (cited, source, NULL))
          continue;
        g_ptr_array_add (cited, source);
        citation = bm_source_dup_citation (source);
        g_print ("  • %s\n", citation);
      }
}

/*
 * bm_command_line_show_muscle:
 * @text: `ID` or `ID:SIDE`
 * @format: (nullable): “text” or “json”
 *
 * Prints a muscle's page: where it lies and may send pain, its trigger points,
 * its self-treatment and the evidence. Nothing is printed when @text or @format
 * is wrong.
 *
 * Returns: the exit status
 */
int
bm_command_line_show_muscle (BmCatalog  *catalog,
                             const char *text,
                             const char *format)
{
  BmPainSource *muscle;
  gboolean json;
  BmSide sides;

  if (!bm_command_line_parse_format (format, &json) ||
      !(muscle = parse_muscle (catalog, text, &sides)))
    return BM_EXIT_USAGE;

  if (json)
    print_json (muscle, sides);
  else
    print_text (muscle, sides);

  return BM_EXIT_OK;
}
