/* sheet-sample.c: writes care sheets of known plans and diaries, for the summary tests
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   sheet-sample OUTPUT.pdf [--paper=a4|letter] [--diary=none|empty|one|90-days]
 *                [--checked] [--flag=ID...] [--long-notes]
 *
 * The plan has three regions and four techniques. Dates are fixed, so the tests
 * can look for them: the 90 days of entries end on 19 November 2026, three a
 * day, with the onset on 16 August 2026; a finished red-flag check is dated
 * 21 November 2026.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bm-care-plan.h"
#include "bm-care-sheet.h"
#include "bm-catalog.h"
#include "bm-map-renderer.h"
#include "bm-paper.h"
#include "bm-sheet-file.h"

static const struct
{
  const char *region;
  BmSide side;
} spots[] = {
  { "lower", BM_SIDE_LEFT }, { "gluteal", BM_SIDE_LEFT }, { "neck", BM_SIDE_RIGHT },
};

static const char *techniques[] = {
  "ball-against-wall", "heat", "walking", "gentle-stretching",
};

/* How each technique helped at its last log; the fourth was never logged. */
static const BmHelped helped[] = { BM_HELPED_YES, BM_HELPED_A_LITTLE, BM_HELPED_NO };

static BmDiary *
make_diary (const char *kind)
{
  g_autoptr(BmDiary) diary = bm_diary_new ();
  g_autoptr(GDateTime) end = g_date_time_new_utc (2026, 11, 19, 20, 0, 0);
  guint n_entries;

  if (g_str_equal (kind, "empty"))
    return g_steal_pointer (&diary);

  n_entries = g_str_equal (kind, "one") ? 1 : 90 * 3;
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(GDateTime) when = g_date_time_add_hours (end, -8 * (int) (n_entries - 1 - i));
      g_autoptr(BmDiaryEntry) entry = bm_diary_entry_new (when);

      for (guint s = 0; s < G_N_ELEMENTS (spots); s++)
        {
          /* Slowly better, with a flare in the middle; the lower back worst. */
          int score = 7 - (int) (i * 4 / MAX (n_entries, 1)) - (int) s + (int) (i % 3)
                      + (i > n_entries / 2 && i < n_entries / 2 + 12 ? 3 : 0);

          bm_diary_entry_set_score (entry, spots[s].region, spots[s].side, CLAMP (score, 0, 10),
                                    BM_PAIN_QUALITY_ACHING);
        }
      if (i + 1 == n_entries)
        for (guint t = 0; t < G_N_ELEMENTS (helped); t++)
          bm_diary_entry_set_done (entry, techniques[t], helped[t]);
      bm_diary_add (diary, entry);
    }

  if (n_entries > 1)
    {
      g_autoptr(GDate) onset = g_date_new_dmy (16, G_DATE_AUGUST, 2026);

      bm_diary_set_onset (diary, onset);
    }

  return g_steal_pointer (&diary);
}

static BmCarePlan *
make_plan (BmCatalog          *catalog,
           gboolean            checked,
           const char * const *flags,
           gboolean            long_notes)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  g_autoptr(GString) notes = g_string_new ("Worse after sitting; better after a walk.");

  for (guint i = 0; i < G_N_ELEMENTS (spots); i++)
    bm_care_plan_add_spot (plan, bm_catalog_lookup_region (catalog, spots[i].region),
                           spots[i].side);
  for (guint i = 0; i < G_N_ELEMENTS (techniques); i++)
    bm_care_plan_set_technique (plan, bm_catalog_lookup_technique (catalog, techniques[i]), TRUE);
  if (checked)
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (2026, 11, 21, 9, 30, 0);

      bm_care_plan_set_red_flags_checked (plan, when);
    }
  for (guint i = 0; flags != NULL && flags[i] != NULL; i++)
    bm_care_plan_set_red_flag (plan, bm_catalog_lookup_red_flag (catalog, flags[i]), TRUE);
  if (long_notes)
    {
      for (guint i = 0; i < 400; i++)
        g_string_append_printf (notes, " note%u", i);
      g_string_append (notes, " THE-END");
    }
  bm_care_plan_set_notes (plan, notes->str);

  return g_steal_pointer (&plan);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *paper = NULL;
  g_autofree char *diary_kind = NULL;
  g_auto(GStrv) flags = NULL;
  gboolean checked = FALSE, long_notes = FALSE;
  GOptionEntry entries[] = {
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, NULL, NULL },
    { "diary", 0, 0, G_OPTION_ARG_STRING, &diary_kind, NULL, NULL },
    { "checked", 0, 0, G_OPTION_ARG_NONE, &checked, NULL, NULL },
    { "flag", 0, 0, G_OPTION_ARG_STRING_ARRAY, &flags, NULL, NULL },
    { "long-notes", 0, 0, G_OPTION_ARG_NONE, &long_notes, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("OUTPUT.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCatalog) catalog = NULL;
  g_autoptr(BmMapRenderer) renderer = NULL;
  g_autoptr(BmCarePlan) plan = NULL;
  g_autoptr(BmDiary) diary = NULL;
  g_autoptr(BmCareSheet) sheet = NULL;
  double width, height;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BACKMAP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    g_error ("usage: %s", g_option_context_get_help (context, TRUE, NULL));

  catalog = bm_catalog_new_from_resource (&error);
  g_assert_no_error (error);
  renderer = bm_map_renderer_new_from_resource (catalog, &error);
  g_assert_no_error (error);
  plan = make_plan (catalog, checked, (const char * const *) flags, long_notes);
  if (diary_kind != NULL && !g_str_equal (diary_kind, "none"))
    diary = make_diary (diary_kind);

  bm_paper_get_size (g_strcmp0 (paper, "letter") == 0 ? BM_PAPER_LETTER : BM_PAPER_A4, &width,
                     &height);
  sheet = bm_care_sheet_new (renderer, plan, width, height);
  bm_care_sheet_set_diary (sheet, diary);
  if (!bm_sheet_file_write_pdf (sheet, argv[1], &error))
    g_error ("%s", error->message);

  return 0;
}
