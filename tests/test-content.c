/* test-content.c: the content lint: the shipped catalog is complete and consistent
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "bm-catalog.h"
#include "bm-cause.h"
#include "bm-pain-source.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-routine.h"
#include "bm-source-private.h"
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

/* Every drawing in data/illustrations is shown by some step: the bundle holds only those
 * the catalog names, so a drawing no step names would be shipped nowhere. */
static void
test_illustrations_used (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "..", "data", "illustrations",
                                                     NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  const char *name;
  guint n_files = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_strconcat (RESOURCE_PREFIX "/illustrations/", name, NULL);

      if (!g_str_has_suffix (name, ".svg"))
        continue;
      n_files++;
      if (!g_resources_get_info (path, 0, NULL, NULL, NULL))
        g_error ("illustration \"%s\" is drawn but no step shows it", name);
    }

  g_assert_cmpuint (n_files, >, 0);
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
    {
      add_used (used, bm_technique_get_evidence_sources (g_ptr_array_index (techniques, i)));
      add_used (used, bm_technique_get_timing_sources (g_ptr_array_index (techniques, i)));
    }
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
    {
      add_used (used, bm_pain_source_get_sources (g_ptr_array_index (list, i)));
      add_used (used, bm_pain_source_get_evidence_sources (g_ptr_array_index (list, i)));
      /* A muscle's own self-treatment may be used nowhere else. */
      add_used (used, bm_pain_source_get_self_treatment (g_ptr_array_index (list, i)));
    }

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

/* What the catalog must say about each cause wherever a region lists it: the red
 * flags that go with it. Organs also sit on known sides. */
typedef struct
{
  const char *cause;
  const char *organ;  /* the pain source of kind organ, or NULL */
  BmSide sides;
  const char *flags[8];
} CauseRule;

static const CauseRule cause_rules[] = {
  { "gallbladder", "gallbladder-organ", BM_SIDE_RIGHT,
    { "gallbladder-warning", "gallbladder-pain" } },
  { "kidney-stone-infection", "kidney", BM_SIDE_LEFT | BM_SIDE_RIGHT,
    { "kidney-sepsis", "kidney-flank" } },
  { "heart", "heart-organ", BM_SIDE_LEFT | BM_SIDE_RIGHT, { "chest-pain-heart" } },
  { "pancreatitis", "pancreas-organ", BM_SIDE_ALL, { "pancreas" } },
  { "aortic-aneurysm", "abdominal-aorta", BM_SIDE_ALL, { "aaa-rupture", "aaa-persistent" } },
  { "aortic-dissection", "thoracic-aorta", BM_SIDE_ALL, { "tearing-pain" } },
  { "chest-organ", "chest-organs", BM_SIDE_ALL, { "thoracic-pain" } },
  { "dvt", "leg-deep-veins", BM_SIDE_ALL, { "dvt-breathless", "dvt-leg" } },
  { "shingles", NULL, BM_SIDE_ALL, { "shingles-band" } },
  { "osteoporotic-fracture", NULL, BM_SIDE_ALL, { "minor-fall-osteoporosis", "height-loss" } },
  { "inflammatory-back-pain", NULL, BM_SIDE_ALL, { "inflammatory-pattern" } },
  { "sciatica", NULL, BM_SIDE_ALL, { "sciatica-not-settling" } },
  { "coccydynia", NULL, BM_SIDE_ALL, { "tailbone-bleeding", "not-improving" } },
  { "cervical-radiculopathy", NULL, BM_SIDE_ALL, { "arm-nerve-symptoms" } },
  { "serious-spinal-cause", NULL, BM_SIDE_ALL,
    { "spinal-infection", "cancer-immune-drugs", "weight-loss", "night-rest-pain" } },
};

/* Every spinal region: cancer, weight loss, infection, night pain, trauma, fragile bone. */
static const char * const systemic_flags[] = {
  "spinal-infection", "fever-back-pain", "cancer-immune-drugs", "weight-loss", "night-rest-pain",
  "major-accident", "minor-fall-osteoporosis", NULL
};

/* Spinal cord and cauda equina signs by level, and fragile bone where a crush fracture is
 * likeliest. */
static const struct {
  const char *region;
  const char *flags[5];
} level_rules[] = {
  { "neck", { "cervical-myelopathy" } },
  { "upper", { "cervical-myelopathy" } },
  { "middle", { "both-legs", "leg-weakness-worsening", "bladder-bowel-change" } },
  { "cervical-spine", { "cervical-myelopathy", "neck-dissection-signs" } },
  { "thoracic-spine",
    { "thoracic-pain", "both-legs", "leg-weakness-worsening", "bladder-bowel-change",
      "height-loss" } },
  { "lumbar-spine",
    { "saddle-numbness", "bladder-bowel-change", "both-legs", "leg-weakness-worsening",
      "height-loss" } },
  { "sacrum", { "saddle-numbness", "bladder-bowel-change", "both-legs", "leg-weakness-worsening" } },
  { "coccyx", { "saddle-numbness", "bladder-bowel-change" } },
  { "lower", { "saddle-numbness", "bladder-bowel-change", "both-legs", "leg-weakness-worsening" } },
  { "sacroiliac",
    { "saddle-numbness", "bladder-bowel-change", "both-legs", "leg-weakness-worsening" } },
};

static gpointer
find_by_id (GPtrArray  *items,
            const char *id)
{
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *item_id = NULL;

      g_object_get (g_ptr_array_index (items, i), "id", &item_id, NULL);
      if (g_str_equal (item_id, id))
        return g_ptr_array_index (items, i);
    }

  return NULL;
}

static void
assert_region_has_flag (BmRegion   *region,
                        const char *flag_id,
                        const char *why)
{
  if (find_by_id (bm_region_get_red_flags (region), flag_id) == NULL)
    g_error ("region \"%s\" lacks the red flag \"%s\" (%s)", bm_region_get_id (region), flag_id,
             why);
}

static void
test_cause_flags (void)
{
  GPtrArray *regions = bm_catalog_get_regions (catalog);
  GPtrArray *sources = bm_catalog_get_pain_sources (catalog);

  for (guint i = 0; i < G_N_ELEMENTS (cause_rules); i++)
    {
      const CauseRule *rule = &cause_rules[i];
      BmCause *cause = find_by_id (bm_catalog_get_causes (catalog), rule->cause);

      g_test_message ("cause %s", rule->cause);
      g_assert_nonnull (cause);
      g_assert_cmpuint (bm_cause_get_sides (cause), ==, rule->sides);
      if (rule->organ != NULL)
        {
          BmPainSource *organ = find_by_id (sources, rule->organ);

          g_assert_nonnull (organ);
          g_assert_cmpint (bm_pain_source_get_kind (organ), ==, BM_PAIN_SOURCE_KIND_ORGAN);
          g_assert_cmpuint (bm_pain_source_get_sides (organ), ==, rule->sides);
        }

      for (guint j = 0; j < G_N_ELEMENTS (rule->flags) && rule->flags[j] != NULL; j++)
        {
          BmRedFlag *flag = bm_catalog_lookup_red_flag (catalog, rule->flags[j]);

          g_assert_nonnull (flag);
          /* An organ's flags apply on its sides; other flags everywhere. */
          if (rule->organ != NULL)
            g_assert_cmpuint (bm_red_flag_get_sides (flag), ==, rule->sides);

          for (guint k = 0; k < regions->len; k++)
            {
              BmRegion *region = g_ptr_array_index (regions, k);

              if (g_ptr_array_find (bm_region_get_causes (region), cause, NULL))
                assert_region_has_flag (region, rule->flags[j], rule->cause);
            }
        }
    }

  /* Every organ has its rule, so a new one cannot come without sides and flags. */
  for (guint i = 0; i < sources->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (sources, i);
      gboolean ruled = FALSE;

      if (bm_pain_source_get_kind (source) != BM_PAIN_SOURCE_KIND_ORGAN)
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (cause_rules); j++)
        ruled |= g_strcmp0 (cause_rules[j].organ, bm_pain_source_get_id (source)) == 0;
      if (!ruled)
        g_error ("organ \"%s\" has no rule in test-content.c", bm_pain_source_get_id (source));
    }
}

static gboolean
mentions (const char *text,
          const char *word)
{
  g_autofree char *folded = text != NULL ? g_utf8_casefold (text, -1) : NULL;

  return folded != NULL && strstr (folded, word) != NULL;
}

static void
assert_not_about_gallbladder (const char *what,
                              const char *text)
{
  if (mentions (text, "gallbladder") || mentions (text, "gallstone"))
    g_error ("the left side shows the gallbladder: %s \"%s\"", what, text);
}

static void
test_left_never_gallbladder (void)
{
  GPtrArray *regions = bm_catalog_get_regions (catalog);

  for (guint i = 0; i < regions->len; i++)
    {
      BmRegion *region = g_ptr_array_index (regions, i);
      GPtrArray *lists[] = { bm_region_get_sources_here (region),
                             bm_region_get_referred_from (region) };
      GPtrArray *list;

      if (!(bm_region_get_sides (region) & BM_SIDE_LEFT))
        continue;
      g_test_message ("region %s, left", bm_region_get_id (region));

      list = bm_region_get_causes (region);
      for (guint j = 0; j < list->len; j++)
        {
          BmCause *cause = g_ptr_array_index (list, j);

          if (!(bm_cause_get_sides (cause) & BM_SIDE_LEFT))
            continue;
          assert_not_about_gallbladder ("cause", bm_cause_get_name (cause));
          assert_not_about_gallbladder ("cause", bm_cause_get_summary (cause));
        }

      for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
        for (guint j = 0; j < lists[k]->len; j++)
          {
            BmPainSource *source = g_ptr_array_index (lists[k], j);

            if (!(bm_pain_source_get_sides (source) & BM_SIDE_LEFT))
              continue;
            assert_not_about_gallbladder ("pain source", bm_pain_source_get_name (source));
            assert_not_about_gallbladder ("pain source", bm_pain_source_get_note (source));
            assert_not_about_gallbladder ("pain source",
                                          bm_pain_source_get_aggravated_by (source));
          }

      list = bm_region_get_red_flags (region);
      for (guint j = 0; j < list->len; j++)
        {
          BmRedFlag *flag = g_ptr_array_index (list, j);

          if (!(bm_red_flag_get_sides (flag) & BM_SIDE_LEFT))
            continue;
          assert_not_about_gallbladder ("red flag", bm_red_flag_get_text (flag));
          assert_not_about_gallbladder ("red flag", bm_red_flag_get_question (flag));
          assert_not_about_gallbladder ("red flag", bm_red_flag_get_action (flag));
        }

      assert_not_about_gallbladder ("side note", bm_region_get_side_note (region, BM_SIDE_LEFT));
    }
}

static void
test_flags_by_level (void)
{
  GPtrArray *regions = bm_catalog_get_regions (catalog);

  for (guint i = 0; i < regions->len; i++)
    {
      BmRegion *region = g_ptr_array_index (regions, i);

      if (bm_region_get_kind (region) != BM_REGION_KIND_BACK)
        continue;
      for (guint j = 0; systemic_flags[j] != NULL; j++)
        assert_region_has_flag (region, systemic_flags[j], "systemic, on every spinal region");
    }

  for (guint i = 0; i < G_N_ELEMENTS (level_rules); i++)
    {
      BmRegion *region = bm_catalog_lookup_region (catalog, level_rules[i].region);

      g_assert_nonnull (region);
      for (guint j = 0; j < G_N_ELEMENTS (level_rules[i].flags) && level_rules[i].flags[j]; j++)
        assert_region_has_flag (region, level_rules[i].flags[j],
                                "by level: cord, cauda equina, neck artery, fragile bone");
    }
}

/* Pain on coughing must never reassure: wherever it is shown, so is the warning. */
static void
test_cough_caveat (void)
{
  GPtrArray *sources = bm_catalog_get_pain_sources (catalog);

  for (guint i = 0; i < sources->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (sources, i);
      GPtrArray *lists[] = { bm_pain_source_get_located_in (source),
                             bm_pain_source_get_refers_to (source) };

      if (!mentions (bm_pain_source_get_aggravated_by (source), "cough"))
        continue;
      g_test_message ("pain source %s", bm_pain_source_get_id (source));
      g_assert_true (mentions (bm_pain_source_get_aggravated_by (source), "doctor"));
      for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
        for (guint j = 0; j < lists[k]->len; j++)
          assert_region_has_flag (g_ptr_array_index (lists[k], j), "cough-sneeze",
                                  "it shows pain worse with coughing");
    }
}

static JsonNode *
load_catalog_json (JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PREFIX "/catalog.json", 0, &error);

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes), &error));
  return json_parser_get_root (parser);
}

static void
assert_muscle_text (BmPainSource *muscle,
                    const char   *field,
                    const char   *text)
{
  if (text == NULL || *text == '\0')
    g_error ("muscle \"%s\" has no %s", bm_pain_source_get_id (muscle), field);
}

/* A muscle's page: where it is and how to find it, its depth, its trigger points, where it
 * refers pain, and its evidence graded with sources. The loader has already checked that
 * every area it names exists. */
static void
test_muscles_complete (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *entries = json_object_get_array_member (
    json_node_get_object (load_catalog_json (parser)), "pain_sources");
  GPtrArray *sources = bm_catalog_get_pain_sources (catalog);
  guint n_muscles = 0;

  for (guint i = 0; i < sources->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (sources, i);
      JsonObject *entry = json_array_get_object_element (entries, i);

      g_assert_cmpstr (json_object_get_string_member (entry, "id"), ==,
                       bm_pain_source_get_id (source));
      if (bm_pain_source_get_kind (source) != BM_PAIN_SOURCE_KIND_MUSCLE)
        continue;
      n_muscles++;
      g_test_message ("muscle %s", bm_pain_source_get_id (source));
      /* The depth has a default: the catalog must still say it. */
      if (!json_object_has_member (entry, "depth"))
        g_error ("muscle \"%s\" has no depth", bm_pain_source_get_id (source));
      assert_muscle_text (source, "find_it", bm_pain_source_get_find_it (source));
      assert_muscle_text (source, "trigger_points", bm_pain_source_get_trigger_points (source));
      assert_muscle_text (source, "note", bm_pain_source_get_note (source));
      assert_muscle_text (source, "evidence summary",
                          bm_pain_source_get_evidence_summary (source));
      if (bm_pain_source_get_evidence_sources (source)->len == 0)
        g_error ("muscle \"%s\": its evidence cites no source", bm_pain_source_get_id (source));
      if (bm_pain_source_get_sources (source)->len == 0)
        g_error ("muscle \"%s\" cites no source", bm_pain_source_get_id (source));
      if (bm_pain_source_get_refers_to (source)->len == 0)
        g_error ("muscle \"%s\" refers pain to no area of the map",
                 bm_pain_source_get_id (source));
      /* Its own self-treatment position, then its stretch. */
      if (bm_pain_source_get_self_treatment (source)->len < 2)
        g_error ("muscle \"%s\" lacks its self-treatment position and stretch",
                 bm_pain_source_get_id (source));
    }

  /* The issue asks for at least 24 back, hip and leg muscles. */
  g_assert_cmpuint (n_muscles, >=, 24);
}

/* How many dots the map draws for a muscle on one side. */
static guint
count_dots (const char *svg,
            const char *muscle_id,
            const char *side)
{
  guint n = 0;

  for (;; n++)
    {
      g_autofree char *id = g_strdup_printf ("id=\"trigger-%s-%u-%s\"", muscle_id, n + 1, side);

      if (strstr (svg, id) == NULL)
        return n;
    }
}

/* A muscle's trigger points in words ("Two spots: ...") match the dots on the map, on
 * both sides. */
static void
test_trigger_points_match_map (void)
{
  static const char * const counts[] = { "One spot", "Two spots", "Three spots", "Four spots",
                                         "Five spots", NULL };
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PREFIX "/back-map.svg", 0, NULL);
  g_autofree char *svg = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  GPtrArray *sources = bm_catalog_get_pain_sources (catalog);

  for (guint i = 0; i < sources->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (sources, i);
      const char *id = bm_pain_source_get_id (source);
      const char *text = bm_pain_source_get_trigger_points (source);
      guint n_words = 0, n_left, n_right;

      if (bm_pain_source_get_kind (source) != BM_PAIN_SOURCE_KIND_MUSCLE)
        continue;
      g_test_message ("muscle %s", id);
      for (guint j = 0; counts[j] != NULL; j++)
        if (g_str_has_prefix (text, counts[j]))
          n_words = j + 1;
      n_left = count_dots (svg, id, "left");
      n_right = count_dots (svg, id, "right");
      if (n_words == 0)
        g_error ("muscle \"%s\": its trigger points do not start with their number: %s", id,
                 text);
      if (n_left != n_words || n_right != n_words)
        g_error ("muscle \"%s\": the text names %u trigger points, the map draws %u left and "
                 "%u right", id, n_words, n_left, n_right);
    }
}

static void
test_risk_factors (void)
{
  static const char * const risk_factors[] = {
    "obesity", "smoking", "posture-sitting", "stress", NULL
  };
  GPtrArray *causes = bm_catalog_get_causes (catalog);

  for (guint i = 0; risk_factors[i] != NULL; i++)
    {
      BmCause *cause = find_by_id (causes, risk_factors[i]);

      g_assert_nonnull (cause);
      g_assert_cmpint (bm_cause_get_kind (cause), ==, BM_CAUSE_KIND_RISK_FACTOR);
    }

  /* A risk factor is never an organ or a serious condition with warning signs. */
  for (guint i = 0; i < causes->len; i++)
    {
      BmCause *cause = g_ptr_array_index (causes, i);

      if (bm_cause_get_kind (cause) != BM_CAUSE_KIND_RISK_FACTOR)
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (cause_rules); j++)
        if (g_str_equal (cause_rules[j].cause, bm_cause_get_id (cause)))
          g_error ("cause \"%s\" has warning signs: it is not a mere risk factor",
                   bm_cause_get_id (cause));
    }
}

static void
assert_no_word (const char *text,
                const char *word,
                const char *what)
{
  if (mentions (text, word))
    g_error ("%s says \"%s\": %s", what, word, text);
}

static void
test_tiers_agree (void)
{
  static const char * const tier_words[] = {
    "112", "999", "911", "ambulance", "a&e", "out-of-hours", NULL
  };
  GPtrArray *flags = bm_catalog_get_red_flags (catalog);

  /* Each tier's label and its one action say the same thing. */
  g_assert_true (mentions (bm_urgency_to_action (BM_URGENCY_EMERGENCY), "ambulance"));
  g_assert_true (mentions (bm_urgency_to_action (BM_URGENCY_EMERGENCY), "112"));
  g_assert_true (mentions (bm_urgency_to_label (BM_URGENCY_TODAY), "today"));
  g_assert_true (mentions (bm_urgency_to_action (BM_URGENCY_TODAY), "today"));
  g_assert_true (mentions (bm_urgency_to_label (BM_URGENCY_SOON), "days to weeks"));
  g_assert_true (mentions (bm_urgency_to_action (BM_URGENCY_SOON), "days to weeks"));
  for (BmUrgency urgency = BM_URGENCY_TODAY; urgency <= BM_URGENCY_SOON; urgency++)
    {
      assert_no_word (bm_urgency_to_label (urgency), "ambulance", "a label");
      assert_no_word (bm_urgency_to_action (urgency), "ambulance", "an action");
    }
  assert_no_word (bm_urgency_to_action (BM_URGENCY_SOON), "today", "the soon action");

  /* A flag's own action adds to its tier's and never contradicts it. */
  for (guint i = 0; i < flags->len; i++)
    {
      BmRedFlag *flag = g_ptr_array_index (flags, i);
      const char *action = bm_red_flag_get_action (flag);

      g_test_message ("red flag %s", bm_red_flag_get_id (flag));
      for (guint j = 0; tier_words[j] != NULL; j++)
        assert_no_word (action, tier_words[j], "a red flag's own action");

      switch (bm_red_flag_get_urgency (flag))
        {
        case BM_URGENCY_TODAY:
          assert_no_word (action, "weeks", "a today action");
          break;
        case BM_URGENCY_SOON:
          assert_no_word (action, "today", "a soon action");
          assert_no_word (action, "emergency", "a soon action");
          assert_no_word (action, "urgent", "a soon action");
          break;
        case BM_URGENCY_EMERGENCY:
        default:
          break;
        }
    }
}

static int
technique_rank (BmTechnique *technique)
{
  int self_first = bm_technique_get_kind (technique) == BM_TECHNIQUE_KIND_SELF ? 0 : 1;

  return self_first * 10 + (int) bm_technique_get_evidence (technique);
}

static void
test_techniques_ranked (void)
{
  GPtrArray *regions = bm_catalog_get_regions (catalog);

  for (guint i = 0; i < regions->len; i++)
    {
      GPtrArray *fits = bm_region_get_techniques (g_ptr_array_index (regions, i));

      for (guint j = 1; j < fits->len; j++)
        {
          BmTechnique *before = bm_technique_fit_get_technique (g_ptr_array_index (fits, j - 1));
          BmTechnique *after = bm_technique_fit_get_technique (g_ptr_array_index (fits, j));

          if (technique_rank (before) > technique_rank (after))
            g_error ("region \"%s\": \"%s\" comes before \"%s\"; self-care comes first, then "
                     "by evidence", bm_region_get_id (g_ptr_array_index (regions, i)),
                     bm_technique_get_id (before), bm_technique_get_id (after));
        }
    }
}

static gboolean
has_caution (BmTechnique *technique,
             const char  *word)
{
  const char * const *cautions = bm_technique_get_cautions (technique);

  for (guint i = 0; cautions[i] != NULL; i++)
    if (mentions (cautions[i], word))
      return TRUE;

  return FALSE;
}

static gboolean
steps_mention (BmTechnique *technique,
               const char  *word)
{
  GPtrArray *steps = bm_technique_get_steps (technique);

  for (guint i = 0; i < steps->len; i++)
    if (mentions (bm_step_get_text (g_ptr_array_index (steps, i)), word))
      return TRUE;

  return mentions (bm_technique_get_summary (technique), word);
}

/* A muscle's own self-treatment: two different techniques, a stretch that says when to
 * stop, and near the neck or the belly the warnings those places need. */
static void
test_muscle_self_treatment (void)
{
  GPtrArray *sources = bm_catalog_get_pain_sources (catalog);

  for (guint i = 0; i < sources->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (sources, i);
      GPtrArray *list = bm_pain_source_get_self_treatment (source);
      BmTechnique *stretch;

      if (bm_pain_source_get_kind (source) != BM_PAIN_SOURCE_KIND_MUSCLE)
        continue;
      g_test_message ("muscle %s", bm_pain_source_get_id (source));
      g_assert_cmpuint (list->len, ==, 2);
      g_assert_true (g_ptr_array_index (list, 0) != g_ptr_array_index (list, 1));
      stretch = g_ptr_array_index (list, 1);
      if (!has_caution (stretch, "stop short of pain") || !has_caution (stretch, "tingl"))
        g_error ("stretch \"%s\" does not say to stop short of pain and for tingling",
                 bm_technique_get_id (stretch));

      for (guint j = 0; j < list->len; j++)
        {
          BmTechnique *technique = g_ptr_array_index (list, j);

          if (steps_mention (technique, "neck") && !has_caution (technique, "dizz"))
            g_error ("technique \"%s\" works near the neck without its warning signs",
                     bm_technique_get_id (technique));
          /* Pressing on the front of the belly is not safe self-care. */
          if (steps_mention (technique, "belly") && !has_caution (technique, "front of the belly"))
            g_error ("technique \"%s\" mentions the belly without saying not to press on it",
                     bm_technique_get_id (technique));
        }
    }
}

static void
test_self_massage_cautions (void)
{
  const BmEquipment pressing = BM_EQUIPMENT_BALL | BM_EQUIPMENT_ROLLER | BM_EQUIPMENT_STICK |
                               BM_EQUIPMENT_PLATFORM | BM_EQUIPMENT_PARTNER;
  GPtrArray *techniques = bm_catalog_get_techniques (catalog);

  for (guint i = 0; i < techniques->len; i++)
    {
      BmTechnique *technique = g_ptr_array_index (techniques, i);
      BmEquipment equipment = bm_technique_get_equipment (technique);

      g_test_message ("technique %s", bm_technique_get_id (technique));
      if (bm_technique_get_kind (technique) == BM_TECHNIQUE_KIND_SELF && (equipment & pressing))
        {
          g_assert_true (has_caution (technique, "2 to 4 weeks"));
          g_assert_true (has_caution (technique, "pregnan"));
        }
      if ((equipment & (BM_EQUIPMENT_ROLLER | BM_EQUIPMENT_STICK)) &&
          (steps_mention (technique, "calf") || steps_mention (technique, "calves")))
        g_assert_true (has_caution (technique, "varicose"));
      /* Rolling the back of the thigh steers off the sciatic nerve, and stops if pain shoots. */
      if ((equipment & (BM_EQUIPMENT_ROLLER | BM_EQUIPMENT_STICK)) &&
          steps_mention (technique, "back of the thigh"))
        {
          g_assert_true (steps_mention (technique, "sciatic nerve"));
          g_assert_true (steps_mention (technique, "shoots"));
        }
      /* A crossed leg squeezes irritated gluteal tendons ("across" is no crossed leg). */
      if (steps_mention (technique, " cross") && !has_caution (technique, "cross one leg"))
        g_error ("technique \"%s\" crosses the legs without the gluteal tendon caution",
                 bm_technique_get_id (technique));
    }
}

static void
check_text (const char *path,
            const char *text)
{
  /* Placeholders say nothing; statistics and trial acronyms belong in a source's note. */
  static const char * const placeholders[] = { "not described", "todo", "tbd", NULL };
  static const char * const jargon[] = {
    "smd", "kappa", "κ", "g=", "g =", "hedges", "ateam", "95% ci", "largest trial", NULL
  };

  for (guint i = 0; placeholders[i] != NULL; i++)
    if (mentions (text, placeholders[i]))
      g_error ("%s: a placeholder (\"%s\"): %s", path, placeholders[i], text);
  if (g_ascii_strcasecmp (text, "nearby") == 0 || g_ascii_strcasecmp (text, "unknown") == 0)
    g_error ("%s: a placeholder: %s", path, text);
  for (guint i = 0; jargon[i] != NULL; i++)
    if (mentions (text, jargon[i]))
      g_error ("%s: jargon in lay text (\"%s\"): %s", path, jargon[i], text);
  /* A wait after a fresh strain is for torn leg muscles, never for back pain. */
  if (mentions (text, "2 to 3 days") && !mentions (text, "leg") && !mentions (text, "hamstring") &&
      !mentions (text, "calf"))
    g_error ("%s: a wait after a strain that does not say it is for leg muscles: %s", path, text);
}

static void
walk_texts (JsonNode   *node,
            const char *path)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *member;
        JsonNode *child;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &member, &child))
          {
            g_autofree char *child_path = g_strdup_printf ("%s.%s", path, member);

            /* Sources are bibliographic, not lay text: their notes keep the numbers. */
            if (!g_str_equal (child_path, "catalog.sources"))
              walk_texts (child, child_path);
          }
        break;
      }
    case JSON_NODE_ARRAY:
      for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
        {
          g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);

          walk_texts (json_array_get_element (json_node_get_array (node), i), item_path);
        }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        check_text (path, json_node_get_string (node));
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

/* A routine plays every self-care step: each is timed, takes some time, and the
 * timings cite their sources; a technique's routine stays near its stated minutes. */
static void
test_routine_timing (void)
{
  GPtrArray *techniques = bm_catalog_get_techniques (catalog);

  for (guint i = 0; i < techniques->len; i++)
    {
      BmTechnique *technique = g_ptr_array_index (techniques, i);
      GPtrArray *steps = bm_technique_get_steps (technique);
      g_autoptr(GPtrArray) alone = NULL;
      g_autoptr(BmRoutine) routine = NULL;

      if (bm_technique_get_kind (technique) != BM_TECHNIQUE_KIND_SELF)
        continue;

      g_test_message ("technique %s", bm_technique_get_id (technique));
      g_assert_cmpuint (bm_technique_get_timing_sources (technique)->len, >=, 1);
      for (guint j = 0; j < steps->len; j++)
        {
          BmStep *step = g_ptr_array_index (steps, j);

          g_assert_true (bm_step_has_timing (step));
          g_assert_cmpuint (bm_step_get_hold_seconds (step) + bm_step_get_rest_seconds (step),
                            >, 0);
        }

      alone = g_ptr_array_new ();
      g_ptr_array_add (alone, technique);
      routine = bm_routine_new (alone, 0);
      g_assert_cmpuint (bm_routine_get_total_seconds (routine), <=,
                        2 * 60 * bm_technique_get_minutes (technique));
    }
}

static void
test_lay_text (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  walk_texts (load_catalog_json (parser), "catalog");
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
  g_test_add_func ("/bm/content/illustrations-used", test_illustrations_used);
  g_test_add_func ("/bm/content/no-unused-ids", test_no_unused_ids);
  g_test_add_func ("/bm/content/sources-complete", test_sources_complete);
  g_test_add_func ("/bm/content/red-flags-tiered", test_red_flags_tiered);
  g_test_add_func ("/bm/content/cause-flags", test_cause_flags);
  g_test_add_func ("/bm/content/left-never-gallbladder", test_left_never_gallbladder);
  g_test_add_func ("/bm/content/flags-by-level", test_flags_by_level);
  g_test_add_func ("/bm/content/cough-caveat", test_cough_caveat);
  g_test_add_func ("/bm/content/muscles-complete", test_muscles_complete);
  g_test_add_func ("/bm/content/trigger-points-match-map", test_trigger_points_match_map);
  g_test_add_func ("/bm/content/risk-factors", test_risk_factors);
  g_test_add_func ("/bm/content/tiers-agree", test_tiers_agree);
  g_test_add_func ("/bm/content/techniques-ranked", test_techniques_ranked);
  g_test_add_func ("/bm/content/self-massage-cautions", test_self_massage_cautions);
  g_test_add_func ("/bm/content/muscle-self-treatment", test_muscle_self_treatment);
  g_test_add_func ("/bm/content/routine-timing", test_routine_timing);
  g_test_add_func ("/bm/content/lay-text", test_lay_text);

  status = g_test_run ();
  g_object_unref (catalog);

  return status;
}
