/* bm-command-line.c: what Backmap does without a display
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-command-line.h"
#include "bm-region-report.h"
#include "bm-region.h"

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
    { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Write the region as “text” (the default) or “json”"), N_("FORMAT") },
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

static int
show_regions (BmCatalog          *catalog,
              const char * const *spots,
              const char         *format)
{
  gboolean json;

  if (format == NULL || g_str_equal (format, "text"))
    json = FALSE;
  else if (g_str_equal (format, "json"))
    json = TRUE;
  else
    {
      g_printerr (_("Unknown format “%s”. Valid formats: text, json\n"), format);
      return BM_EXIT_USAGE;
    }

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
  const char *format = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("backmap %s\n", PACKAGE_VERSION);
      return BM_EXIT_OK;
    }

  g_variant_dict_lookup (options, "region", "^a&s", &spots);
  g_variant_dict_lookup (options, "format", "&s", &format);

  if (!g_variant_dict_contains (options, "list-regions") && spots == NULL)
    {
      if (format == NULL)
        return -1;
      g_printerr (_("--format needs --region\n"));
      return BM_EXIT_USAGE;
    }

  if (!(catalog = load_catalog ()))
    return BM_EXIT_FAILURE;

  if (g_variant_dict_contains (options, "list-regions"))
    return list_regions (catalog);

  return show_regions (catalog, spots, format);
}
