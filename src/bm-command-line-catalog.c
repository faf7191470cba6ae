/* bm-command-line-catalog.c: what the catalog says, without a display: the regions,
 * a region's details, a search
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bm-catalog.h"
#include "bm-command-line-private.h"
#include "bm-command-line.h"
#include "bm-enums.h"
#include "bm-json-reader.h"
#include "bm-region-report.h"
#include "bm-region.h"
#include "bm-search-index.h"
#include "bm-search-result.h"

/*
 * bm_command_line_list_regions:
 *
 * Returns: the exit status
 */
int
bm_command_line_list_regions (BmCatalog *catalog)
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

/*
 * bm_command_line_parse_format:
 * @format: (nullable): “text” or “json”; %NULL for text
 *
 * Returns: whether @format is known; if not, standard error says so
 */
gboolean
bm_command_line_parse_format (const char *format,
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

/*
 * bm_command_line_show_regions:
 *
 * Prints what the catalog says about each spot of @spots, once all are known. In
 * JSON, one region is an object and several a list of them: one document either way.
 *
 * Returns: the exit status
 */
int
bm_command_line_show_regions (BmCatalog          *catalog,
                              const char * const *spots,
                              const char         *format)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new ();
  g_autoptr(GArray) sides = g_array_new (FALSE, FALSE, sizeof (BmSide));
  g_autoptr(JsonArray) list = json_array_new ();
  gboolean json;

  if (!bm_command_line_parse_format (format, &json))
    return BM_EXIT_USAGE;

  for (guint i = 0; spots[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      BmRegion *region;
      BmSide side;

      if (!bm_catalog_parse_spot (catalog, spots[i], &region, &side, &error))
        {
          g_printerr ("%s\n", error->message);
          return BM_EXIT_USAGE;
        }
      g_ptr_array_add (regions, region);
      g_array_append_val (sides, side);
    }

  for (guint i = 0; i < regions->len; i++)
    {
      BmSide side = g_array_index (sides, BmSide, i);

      if (json)
        json_array_add_element (list, bm_region_report_to_json (g_ptr_array_index (regions, i),
                                                                side));
      else
        {
          g_autofree char *report = bm_region_report_to_text (g_ptr_array_index (regions, i),
                                                              side);

          g_print ("%s%s\n", i > 0 ? "\n" : "", report);
        }
    }

  if (json)
    {
      g_autoptr(JsonNode) root = NULL;

      if (json_array_get_length (list) == 1)
        root = json_array_dup_element (list, 0);
      else
        root = json_node_init_array (json_node_alloc (), list);
      bm_command_line_print_json (root);
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
bm_command_line_print_json (JsonNode *root)
{
  g_autofree char *data = json_to_string (root, TRUE);

  g_print ("%s\n", data);
}

static void
print_results_json (const char *query,
                    GListModel *results)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) root = NULL;

  json_object_set_string_member (object, "query", query);
  json_object_set_array_member (object, "results",
                                bm_command_line_model_to_json (results,
                                                               (BmToJsonFunc) result_to_json));
  root = json_node_init_object (json_node_alloc (), object);
  bm_command_line_print_json (root);
}

/*
 * bm_command_line_search:
 *
 * Returns: the exit status
 */
int
bm_command_line_search (BmCatalog  *catalog,
                        const char *query,
                        const char *format)
{
  g_autoptr(BmSearchIndex) index = NULL;
  g_autoptr(GListModel) results = NULL;
  gboolean json;

  if (query[strspn (query, " \t\n")] == '\0')
    {
      g_printerr (_("--search needs words to find\n"));
      return BM_EXIT_USAGE;
    }

  if (!bm_command_line_parse_format (format, &json))
    return BM_EXIT_USAGE;

  index = bm_search_index_new (catalog);
  results = bm_search_index_search (index, query);
  if (json)
    print_results_json (query, results);
  else
    print_results_text (query, results);

  return BM_EXIT_OK;
}
