/* bm-command-line.c: what Backmap does without a display
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bm-care-plan.h"
#include "bm-care-sheet.h"
#include "bm-catalog.h"
#include "bm-command-line-private.h"
#include "bm-command-line.h"
#include "bm-enums.h"
#include "bm-json-reader.h"
#include "bm-map-renderer.h"
#include "bm-red-flag.h"
#include "bm-region-report.h"
#include "bm-region.h"
#include "bm-search-index.h"
#include "bm-search-result.h"
#include "bm-sheet-file.h"

/**
 * bm_command_line_get_options:
 *
 * Returns: (transfer none): the command line's options, for GApplication
 */
const GOptionEntry *
bm_command_line_get_options (void)
{
  static const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
    { "list-regions", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the regions of the map"), NULL },
    { "region", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
      N_("Show what the catalog says about a region, on one side or both"), N_("ID[:SIDE]") },
    { "search", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Find what the catalog says with these words, best matches first"), N_("WORDS") },
    { "routine", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Show the timeline of a routine of these self-care techniques"),
      N_("ID[,ID…]") },
    { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Write the region, the search results or the routine as “text” (the default) or "
         "“json”"),
      N_("FORMAT") },
    { "care-sheet", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write a care sheet for the regions and techniques given to a PDF file"), N_("FILE") },
    { "technique", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
      N_("Put a technique on the care sheet"), N_("ID") },
    { "red-flag", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
      N_("Put a warning sign you have on the care sheet"), N_("ID") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Put notes on the care sheet"), N_("TEXT") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Print the care sheet on “a4” or “letter” paper (the default follows the locale)"),
      N_("PAPER") },
    { NULL }
  };

  return entries;
}

static BmCatalog *
load_catalog (void)
{
  g_autoptr(GError) error = NULL;
  BmCatalog *catalog = bm_catalog_new_from_resource (&error);

  if (catalog == NULL)
    g_printerr (_("Cannot load the catalog: %s\n"), error->message);

  return catalog;
}

static int
list_regions (BmCatalog *catalog)
{
  GPtrArray *regions = bm_catalog_get_regions (catalog);

  for (guint i = 0; i < regions->len; i++)
    {
      BmRegion *region = g_ptr_array_index (regions, i);
      BmSide sides = bm_region_get_sides (region);

      g_print ("%-16s %s (%s)\n", bm_region_get_id (region), bm_region_get_name (region),
               sides == BM_SIDE_CENTER ? "center" : "left, right");
    }

  return BM_EXIT_OK;
}

static gboolean
parse_format (const char *format,
              gboolean   *json)
{
  if (format == NULL || g_str_equal (format, "text"))
    *json = FALSE;
  else if (g_str_equal (format, "json"))
    *json = TRUE;
  else
    {
      g_printerr (_("Unknown format “%s”. Valid formats: text, json\n"), format);
      return FALSE;
    }

  return TRUE;
}

static int
show_regions (BmCatalog          *catalog,
              const char * const *spots,
              const char         *format)
{
  gboolean json;

  if (!parse_format (format, &json))
    return BM_EXIT_USAGE;

  for (guint i = 0; spots[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *report = NULL;
      BmRegion *region;
      BmSide sides;

      if (!bm_catalog_parse_spot (catalog, spots[i], &region, &sides, &error))
        {
          g_printerr ("%s\n", error->message);
          return BM_EXIT_USAGE;
        }

      report = json ? bm_region_report_to_json (region, sides)
                    : bm_region_report_to_text (region, sides);
      g_print ("%s%s\n", i > 0 ? "\n" : "", report);
    }

  return BM_EXIT_OK;
}

static void
print_results_text (const char *query,
                    GListModel *results)
{
  guint n = g_list_model_get_n_items (results);

  if (n == 0)
    g_print (_("No results for “%s”\n"), query);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmSearchResult) result = g_list_model_get_item (results, i);

      g_print ("%s\n  %s\n", bm_search_result_get_title (result),
               bm_search_result_get_subtitle (result));
    }
}

static JsonObject *
result_to_json (BmSearchResult *result)
{
  JsonObject *object = json_object_new ();
  JsonArray *regions = json_array_new ();
  GPtrArray *list = bm_search_result_get_regions (result);

  json_object_set_string_member (object, "kind",
                                 bm_json_enum_nick (BM_TYPE_SEARCH_RESULT_KIND,
                                                    bm_search_result_get_kind (result)));
  json_object_set_string_member (object, "id", bm_search_result_get_id (result));
  json_object_set_string_member (object, "title", bm_search_result_get_title (result));
  json_object_set_string_member (object, "field",
                                 bm_json_enum_nick (BM_TYPE_SEARCH_FIELD,
                                                    bm_search_result_get_field (result)));
  for (guint i = 0; i < list->len; i++)
    json_array_add_string_element (regions, bm_region_get_id (g_ptr_array_index (list, i)));
  json_object_set_array_member (object, "regions", regions);

  return object;
}

/*
 * bm_command_line_model_to_json:
 *
 * Returns: (transfer full): the items of @model, each as @to_json makes it
 */
JsonArray *
bm_command_line_model_to_json (GListModel   *model,
                               BmToJsonFunc  to_json)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      json_array_add_object_element (array, to_json (item));
    }

  return array;
}

void
bm_command_line_print_json (JsonObject *object)
{
  g_autoptr(JsonNode) root = json_node_init_object (json_node_alloc (), object);
  g_autofree char *data = json_to_string (root, TRUE);

  g_print ("%s\n", data);
}

static void
print_results_json (const char *query,
                    GListModel *results)
{
  g_autoptr(JsonObject) object = json_object_new ();

  json_object_set_string_member (object, "query", query);
  json_object_set_array_member (object, "results",
                                bm_command_line_model_to_json (results,
                                                               (BmToJsonFunc) result_to_json));
  bm_command_line_print_json (object);
}

static int
search (BmCatalog  *catalog,
        const char *query,
        const char *format)
{
  g_autoptr(BmSearchIndex) index = bm_search_index_new (catalog);
  g_autoptr(GListModel) results = NULL;
  gboolean json;

  if (!parse_format (format, &json))
    return BM_EXIT_USAGE;

  results = bm_search_index_search (index, query);
  if (json)
    print_results_json (query, results);
  else
    print_results_text (query, results);

  return BM_EXIT_OK;
}

static gboolean
parse_paper (const char *name,
             BmPaper    *paper)
{
  if (name == NULL)
    *paper = bm_paper_from_locale ();
  else if (g_str_equal (name, "a4"))
    *paper = BM_PAPER_A4;
  else if (g_str_equal (name, "letter"))
    *paper = BM_PAPER_LETTER;
  else
    {
      g_printerr (_("Unknown paper “%s”. Valid papers: a4, letter\n"), name);
      return FALSE;
    }

  return TRUE;
}

static int
write_care_sheet (BmCatalog          *catalog,
                  const char         *path,
                  const char * const *spots,
                  const char * const *techniques,
                  const char * const *red_flags,
                  const char         *notes,
                  const char         *paper_name)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  g_autoptr(BmMapRenderer) renderer = NULL;
  g_autoptr(BmCareSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;
  BmPaper paper;

  if (!parse_paper (paper_name, &paper))
    return BM_EXIT_USAGE;

  for (guint i = 0; spots != NULL && spots[i] != NULL; i++)
    {
      BmRegion *region;
      BmSide sides;

      if (!bm_catalog_parse_spot (catalog, spots[i], &region, &sides, &error))
        {
          g_printerr ("%s\n", error->message);
          return BM_EXIT_USAGE;
        }
      bm_care_plan_select_spot (plan, region, sides, TRUE);
    }

  for (guint i = 0; techniques != NULL && techniques[i] != NULL; i++)
    {
      BmTechnique *technique = bm_catalog_lookup_technique (catalog, techniques[i]);

      if (technique == NULL)
        {
          g_autofree char *ids = bm_catalog_dup_technique_ids (catalog);

          g_printerr (_("Unknown technique “%s”. Valid techniques: %s\n"), techniques[i], ids);
          return BM_EXIT_USAGE;
        }
      bm_care_plan_set_technique (plan, technique, TRUE);
    }

  for (guint i = 0; red_flags != NULL && red_flags[i] != NULL; i++)
    {
      BmRedFlag *flag = bm_catalog_lookup_red_flag (catalog, red_flags[i]);

      if (flag == NULL)
        {
          g_autofree char *ids = bm_catalog_dup_red_flag_ids (catalog);

          g_printerr (_("Unknown red flag “%s”. Valid red flags: %s\n"), red_flags[i], ids);
          return BM_EXIT_USAGE;
        }
      bm_care_plan_set_red_flag (plan, flag, TRUE);
    }

  if (notes != NULL)
    bm_care_plan_set_notes (plan, notes);

  if (!(renderer = bm_map_renderer_new_from_resource (catalog, &error)))
    {
      g_printerr (_("Cannot load the back map: %s\n"), error->message);
      return BM_EXIT_FAILURE;
    }

  bm_paper_get_size (paper, &width, &height);
  sheet = bm_care_sheet_new (renderer, plan, width, height);
  if (!bm_sheet_file_write_pdf (sheet, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return BM_EXIT_FAILURE;
    }

  return BM_EXIT_OK;
}

/**
 * bm_command_line_run:
 * @options: the options parsed from the command line
 *
 * Does what the options ask, if it needs no window.
 *
 * Returns: the exit status, or -1 to go on and open the window
 */
int
bm_command_line_run (GVariantDict *options)
{
  g_autoptr(BmCatalog) catalog = NULL;
  g_autofree const char **spots = NULL;
  g_autofree const char **techniques = NULL;
  g_autofree const char **red_flags = NULL;
  g_autofree char *care_sheet = NULL;
  const char *format = NULL;
  const char *notes = NULL;
  const char *paper = NULL;
  const char *query = NULL;
  const char *routine = NULL;
  gboolean list;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("backmap %s\n", PACKAGE_VERSION);
      return BM_EXIT_OK;
    }

  g_variant_dict_lookup (options, "region", "^a&s", &spots);
  g_variant_dict_lookup (options, "format", "&s", &format);
  g_variant_dict_lookup (options, "care-sheet", "^ay", &care_sheet);
  g_variant_dict_lookup (options, "technique", "^a&s", &techniques);
  g_variant_dict_lookup (options, "red-flag", "^a&s", &red_flags);
  g_variant_dict_lookup (options, "notes", "&s", &notes);
  g_variant_dict_lookup (options, "paper", "&s", &paper);
  g_variant_dict_lookup (options, "search", "&s", &query);
  g_variant_dict_lookup (options, "routine", "&s", &routine);
  list = g_variant_dict_contains (options, "list-regions");

  if (care_sheet == NULL && (techniques != NULL || red_flags != NULL || notes != NULL ||
                             paper != NULL))
    {
      g_printerr (_("--technique, --red-flag, --notes and --paper need --care-sheet\n"));
      return BM_EXIT_USAGE;
    }

  if (routine != NULL && (list || spots != NULL || care_sheet != NULL || query != NULL))
    {
      g_printerr (_("--routine cannot be combined with --list-regions, --region, --search or "
                    "--care-sheet\n"));
      return BM_EXIT_USAGE;
    }

  if (query != NULL && (list || spots != NULL || care_sheet != NULL))
    {
      g_printerr (_("--search cannot be combined with --list-regions, --region or --care-sheet\n"));
      return BM_EXIT_USAGE;
    }

  if (query != NULL && query[strspn (query, " \t\n")] == '\0')
    {
      g_printerr (_("--search needs words to find\n"));
      return BM_EXIT_USAGE;
    }

  if (!list && spots == NULL && care_sheet == NULL && query == NULL && routine == NULL)
    {
      if (format == NULL)
        return -1;
      g_printerr (_("--format needs --region, --search or --routine\n"));
      return BM_EXIT_USAGE;
    }

  if (!(catalog = load_catalog ()))
    return BM_EXIT_FAILURE;

  if (list)
    return list_regions (catalog);

  if (query != NULL)
    return search (catalog, query, format);

  if (routine != NULL)
    {
      gboolean json;

      if (!parse_format (format, &json))
        return BM_EXIT_USAGE;
      return bm_command_line_show_routine (catalog, routine, json);
    }

  if (care_sheet != NULL)
    return write_care_sheet (catalog, care_sheet, spots, techniques, red_flags, notes, paper);

  return show_regions (catalog, spots, format);
}
