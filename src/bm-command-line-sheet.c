/* bm-command-line-sheet.c: a care sheet written without a display
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-care-sheet.h"
#include "bm-catalog.h"
#include "bm-command-line-private.h"
#include "bm-command-line.h"
#include "bm-map-renderer.h"
#include "bm-red-flag.h"
#include "bm-sheet-file.h"

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

/* A plan of what the options name; %NULL, with a message, when a name is unknown. */
static BmCarePlan *
build_plan (BmCatalog          *catalog,
            const char * const *spots,
            const char * const *techniques,
            const char * const *red_flags,
            const char         *notes)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();

  for (guint i = 0; spots != NULL && spots[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      BmRegion *region;
      BmSide sides;

      if (!bm_catalog_parse_spot (catalog, spots[i], &region, &sides, &error))
        {
          g_printerr ("%s\n", error->message);
          return NULL;
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
          return NULL;
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
          return NULL;
        }
      bm_care_plan_set_red_flag (plan, flag, TRUE);
    }

  if (notes != NULL)
    bm_care_plan_set_notes (plan, notes);

  return g_steal_pointer (&plan);
}

/*
 * bm_command_line_write_sheet:
 * @path: the PDF file, or `-` for standard output
 *
 * Writes a care sheet of the regions, techniques, red flags and notes given.
 *
 * Returns: the exit status
 */
int
bm_command_line_write_sheet (BmCatalog          *catalog,
                             const char         *path,
                             const char * const *spots,
                             const char * const *techniques,
                             const char * const *red_flags,
                             const char         *notes,
                             const char         *paper_name)
{
  g_autoptr(BmCarePlan) plan = NULL;
  g_autoptr(BmDiary) diary = NULL;
  g_autoptr(BmMapRenderer) renderer = NULL;
  g_autoptr(BmCareSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;
  BmPaper paper;

  if (!parse_paper (paper_name, &paper))
    return BM_EXIT_USAGE;

  if (!(plan = build_plan (catalog, spots, techniques, red_flags, notes)))
    return BM_EXIT_USAGE;

  if (!(diary = bm_command_line_read_diary (catalog)))
    return BM_EXIT_FAILURE;

  if (!(renderer = bm_map_renderer_new_from_resource (catalog, &error)))
    {
      g_printerr (_("Cannot load the back map: %s\n"), error->message);
      return BM_EXIT_FAILURE;
    }

  bm_paper_get_size (paper, &width, &height);
  sheet = bm_care_sheet_new (renderer, plan, width, height);
  bm_care_sheet_set_diary (sheet, diary);
  if (!bm_sheet_file_write_pdf (sheet, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return BM_EXIT_FAILURE;
    }

  return BM_EXIT_OK;
}
