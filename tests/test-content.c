/* test-content.c: the content lint: the shipped catalog is complete and consistent
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-catalog.h"
#include "bm-cause.h"
#include "bm-pain-source.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-source.h"
#include "bm-step.h"
#include "bm-technique-fit.h"
#include "bm-technique.h"
#include "bm-tip.h"

static BmCatalog *catalog;

static void
test_regions_complete (void)
{
  GPtrArray *regions = bm_catalog_get_regions (catalog);

  g_assert_cmpuint (regions->len, >=, 12);
  for (guint i = 0; i < regions->len; i++)
    {
      BmRegion *region = g_ptr_array_index (regions, i);

      g_test_message ("region %s", bm_region_get_id (region));
      g_assert_cmpuint (bm_region_get_causes (region)->len, >=, 2);
      g_assert_cmpuint (bm_region_get_techniques (region)->len, >=, 3);
      g_assert_cmpuint (bm_region_get_self_care (region)->len, >=, 3);
      g_assert_cmpuint (bm_region_get_red_flags (region)->len, >=, 1);
      g_assert_cmpuint (bm_region_get_referred_from (region)->len, >=, 1);
    }
}

static void
test_techniques_graded (void)
{
  GPtrArray *techniques = bm_catalog_get_techniques (catalog);
  guint n_professional = 0, n_self = 0;

  for (guint i = 0; i < techniques->len; i++)
    {
      BmTechnique *technique = g_ptr_array_index (techniques, i);

      g_test_message ("technique %s", bm_technique_get_id (technique));
      g_assert_cmpuint (bm_technique_get_evidence_sources (technique)->len, >=, 1);
      g_assert_cmpstr (bm_technique_get_evidence_summary (technique), !=, "");
      g_assert_nonnull (bm_technique_get_cautions (technique)[0]);

      if (bm_technique_get_kind (technique) == BM_TECHNIQUE_KIND_SELF)
        {
          n_self++;
          g_assert_cmpuint (bm_technique_get_steps (technique)->len, >=, 3);
        }
      else
        {
          n_professional++;
          g_assert_cmpuint (g_strv_length ((char **) bm_technique_get_expect (technique)), >=, 3);
          g_assert_cmpuint (g_strv_length ((char **) bm_technique_get_tell_therapist (technique)),
                            >=, 3);
        }
    }

  /* The reference's scope: ten professional techniques and thirteen self-care methods. */
  g_assert_cmpuint (n_professional, >=, 10);
  g_assert_cmpuint (n_self, >=, 13);
}

static void
test_illustrations_render (void)
{
  GPtrArray *techniques = bm_catalog_get_techniques (catalog);
  guint n_checked = 0;

  for (guint i = 0; i < techniques->len; i++)
    {
      GPtrArray *steps = bm_technique_get_steps (g_ptr_array_index (techniques, i));

      for (guint j = 0; j < steps->len; j++)
        {
          g_autofree char *path = bm_step_dup_illustration_path (g_ptr_array_index (steps, j));
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);
          gsize size;
          const char *data;

          g_assert_no_error (error);
          data = g_bytes_get_data (bytes, &size);
          /* An illustration carries no text: captions are translated apart. */
          g_assert_null (g_strstr_len (data, size, "<text"));
          g_assert_nonnull (g_strstr_len (data, size, "<svg"));
          n_checked++;
        }
    }

  g_assert_cmpuint (n_checked, >, 0);
}

static void
add_used (GHashTable *used,
          GPtrArray  *items)
{
  for (guint i = 0; i < items->len; i++)
    g_hash_table_add (used, g_ptr_array_index (items, i));
}

static void
assert_all_used (GHashTable *used,
                 GPtrArray  *items,
                 const char *what)
{
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *id = NULL;

      g_object_get (g_ptr_array_index (items, i), "id", &id, NULL);
      if (!g_hash_table_contains (used, g_ptr_array_index (items, i)))
        g_error ("%s \"%s\" is never used", what, id);
    }
}

static void
test_no_unused_ids (void)
{
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  GPtrArray *regions = bm_catalog_get_regions (catalog);
  GPtrArray *techniques = bm_catalog_get_techniques (catalog);
  GPtrArray *list;

  for (guint i = 0; i < regions->len; i++)
    {
      BmRegion *region = g_ptr_array_index (regions, i);
      GPtrArray *fits = bm_region_get_techniques (region);

      add_used (used, bm_region_get_causes (region));
      add_used (used, bm_region_get_self_care (region));
      add_used (used, bm_region_get_red_flags (region));
      for (guint j = 0; j < fits->len; j++)
        g_hash_table_add (used, bm_technique_fit_get_technique (g_ptr_array_index (fits, j)));
    }

  for (guint i = 0; i < techniques->len; i++)
    add_used (used, bm_technique_get_evidence_sources (g_ptr_array_index (techniques, i)));
  list = bm_catalog_get_causes (catalog);
  for (guint i = 0; i < list->len; i++)
    add_used (used, bm_cause_get_sources (g_ptr_array_index (list, i)));
  list = bm_catalog_get_tips (catalog);
  for (guint i = 0; i < list->len; i++)
    add_used (used, bm_tip_get_sources (g_ptr_array_index (list, i)));
  list = bm_catalog_get_red_flags (catalog);
  for (guint i = 0; i < list->len; i++)
    add_used (used, bm_red_flag_get_sources (g_ptr_array_index (list, i)));
  list = bm_catalog_get_pain_sources (catalog);
  for (guint i = 0; i < list->len; i++)
    add_used (used, bm_pain_source_get_sources (g_ptr_array_index (list, i)));

  assert_all_used (used, bm_catalog_get_causes (catalog), "cause");
  assert_all_used (used, bm_catalog_get_tips (catalog), "tip");
  assert_all_used (used, bm_catalog_get_red_flags (catalog), "red flag");
  assert_all_used (used, techniques, "technique");
  assert_all_used (used, bm_catalog_get_sources (catalog), "source");
}

static void
test_sources_complete (void)
{
  GPtrArray *sources = bm_catalog_get_sources (catalog);

  for (guint i = 0; i < sources->len; i++)
    {
      BmSource *source = g_ptr_array_index (sources, i);

      /* 0 is an undated web page. */
      g_assert_true (bm_source_get_year (source) == 0 || bm_source_get_year (source) >= 1980);
      g_assert_cmpstr (bm_source_get_authors (source), !=, "");
      g_assert_true (g_str_has_prefix (bm_source_get_url (source), "http"));
    }
}

static void
test_red_flags_tiered (void)
{
  GPtrArray *flags = bm_catalog_get_red_flags (catalog);
  guint per_urgency[3] = { 0, };

  for (guint i = 0; i < flags->len; i++)
    per_urgency[bm_red_flag_get_urgency (g_ptr_array_index (flags, i))]++;

  g_assert_cmpuint (per_urgency[BM_URGENCY_EMERGENCY], >=, 3);
  g_assert_cmpuint (per_urgency[BM_URGENCY_TODAY], >=, 3);
  g_assert_cmpuint (per_urgency[BM_URGENCY_SOON], >=, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalog = bm_catalog_new_from_resource (&error);
  g_assert_no_error (error);

  g_test_add_func ("/bm/content/regions-complete", test_regions_complete);
  g_test_add_func ("/bm/content/techniques-graded", test_techniques_graded);
  g_test_add_func ("/bm/content/illustrations", test_illustrations_render);
  g_test_add_func ("/bm/content/no-unused-ids", test_no_unused_ids);
  g_test_add_func ("/bm/content/sources-complete", test_sources_complete);
  g_test_add_func ("/bm/content/red-flags-tiered", test_red_flags_tiered);

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
