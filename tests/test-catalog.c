/* test-catalog.c: loading the catalog, and every class of error it reports
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-catalog.h"
#include "bm-cause.h"
#include "bm-json-reader.h"
#include "bm-pain-source.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-source.h"
#include "bm-step.h"
#include "bm-technique.h"

static BmCatalog *
load_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  char *data;
  gsize size;

  if (!g_file_get_contents (path, &data, &size, NULL))
    g_error ("Cannot read %s", path);
  bytes = g_bytes_new_take (data, size);

  return bm_catalog_new_from_bytes (bytes, error);
}

static void
test_shipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCatalog) catalog = bm_catalog_new_from_resource (&error);
  BmRegion *lower;

  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  lower = bm_catalog_lookup_region (catalog, "lower");
  g_assert_nonnull (lower);
  g_assert_cmpstr (bm_region_get_name (lower), ==, "Lower back");
  g_assert_cmpuint (bm_region_get_sides (lower), ==, BM_SIDE_LEFT | BM_SIDE_RIGHT);
  g_assert_cmpuint (bm_region_get_causes (lower)->len, >, 0);
  g_assert_cmpuint (bm_region_get_sources_here (lower)->len, >, 0);
  g_assert_cmpuint (bm_catalog_get_techniques (catalog)->len, >=, 20);
}

static void
test_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCatalog) catalog = load_fixture ("minimal.json", &error);
  BmRegion *lower, *gluteal;
  BmPainSource *ql, *organ;
  BmRedFlag *saddle, *jaundice;
  GPtrArray *causes;
  g_autofree char *citation = NULL;
  BmTechnique *ball;
  BmStep *step;
  g_autofree char *label = NULL;
  g_autofree char *path = NULL;

  g_assert_no_error (error);

  lower = bm_catalog_lookup_region (catalog, "lower");
  gluteal = bm_catalog_lookup_region (catalog, "gluteal");
  g_assert_nonnull (lower);
  g_assert_nonnull (gluteal);

  /* A pain source sitting in one region and referring to another, seen from both. */
  g_assert_cmpuint (bm_region_get_sources_here (lower)->len, ==, 1);
  ql = g_ptr_array_index (bm_region_get_sources_here (lower), 0);
  g_assert_cmpstr (bm_pain_source_get_id (ql), ==, "ql");
  g_assert_cmpuint (bm_region_get_referred_from (gluteal)->len, ==, 1);
  g_assert_true (g_ptr_array_index (bm_region_get_referred_from (gluteal), 0) == ql);
  g_assert_cmpuint (bm_region_get_referred_from (lower)->len, ==, 0);

  g_assert_cmpstr (bm_region_get_side_note (lower, BM_SIDE_RIGHT), ==, "A note for the right");
  g_assert_null (bm_region_get_side_note (lower, BM_SIDE_LEFT));

  label = bm_region_dup_label (lower, BM_SIDE_LEFT);
  g_assert_cmpstr (label, ==, "Lower back, left side");

  /* Optional fields and their defaults. */
  causes = bm_region_get_causes (lower);
  g_assert_cmpuint (causes->len, ==, 3);
  g_assert_cmpint (bm_cause_get_kind (g_ptr_array_index (causes, 0)), ==, BM_CAUSE_KIND_CONDITION);
  g_assert_cmpuint (bm_cause_get_sides (g_ptr_array_index (causes, 0)), ==, BM_SIDE_ALL);
  g_assert_cmpint (bm_cause_get_kind (g_ptr_array_index (causes, 1)), ==,
                   BM_CAUSE_KIND_RISK_FACTOR);
  g_assert_cmpuint (bm_cause_get_sides (g_ptr_array_index (causes, 2)), ==, BM_SIDE_RIGHT);
  g_assert_cmpuint (bm_pain_source_get_sides (ql), ==, BM_SIDE_ALL);
  g_assert_cmpstr (bm_pain_source_get_aggravated_by (ql), ==, "Twisting");
  organ = g_ptr_array_index (bm_catalog_get_pain_sources (catalog), 1);
  g_assert_cmpuint (bm_pain_source_get_sides (organ), ==, BM_SIDE_RIGHT);
  g_assert_null (bm_pain_source_get_aggravated_by (organ));
  g_assert_cmpuint (bm_pain_source_get_refers_to (organ)->len, ==, 0);

  /* A muscle's page, and its absence on the other kinds. */
  g_assert_cmpint (bm_pain_source_get_depth (ql), ==, BM_MUSCLE_DEPTH_DEEP);
  g_assert_cmpstr (bm_pain_source_get_find_it (ql), ==, "Above the hip bone, beside the spine");
  g_assert_cmpstr (bm_pain_source_get_trigger_points (ql), ==, "Two spots below the lowest rib");
  g_assert_cmpuint (bm_pain_source_get_self_treatment (ql)->len, ==, 1);
  g_assert_true (g_ptr_array_index (bm_pain_source_get_self_treatment (ql), 0) ==
                 bm_catalog_lookup_technique (catalog, "ball"));
  g_assert_cmpint (bm_pain_source_get_evidence (ql), ==, BM_EVIDENCE_VERY_LOW);
  g_assert_cmpstr (bm_pain_source_get_evidence_summary (ql), ==, "Case series only");
  g_assert_cmpuint (bm_pain_source_get_evidence_sources (ql)->len, ==, 1);
  g_assert_null (bm_pain_source_get_find_it (organ));
  g_assert_cmpuint (bm_pain_source_get_self_treatment (organ)->len, ==, 0);
  g_assert_cmpint (bm_pain_source_get_evidence (organ), ==, BM_EVIDENCE_NONE);
  g_assert_cmpint (bm_pain_source_get_kind (g_ptr_array_index (bm_catalog_get_pain_sources (catalog),
                                                               2)),
                   ==, BM_PAIN_SOURCE_KIND_TENDON);
  saddle = bm_catalog_lookup_red_flag (catalog, "saddle");
  jaundice = bm_catalog_lookup_red_flag (catalog, "jaundice");
  g_assert_cmpstr (bm_red_flag_get_action (saddle), ==, "Say where it is numb");
  g_assert_cmpuint (bm_red_flag_get_sides (saddle), ==, BM_SIDE_ALL);
  g_assert_null (bm_red_flag_get_action (jaundice));
  g_assert_cmpuint (bm_red_flag_get_sides (jaundice), ==, BM_SIDE_RIGHT);
  citation = bm_source_dup_citation (g_ptr_array_index (bm_catalog_get_sources (catalog), 0));
  g_assert_cmpstr (citation, ==, "Example A (2020). A guide. A journal. SMD 0.5");

  ball = bm_catalog_lookup_technique (catalog, "ball");
  g_assert_cmpuint (bm_technique_get_equipment (ball), ==, BM_EQUIPMENT_BALL);
  g_assert_cmpuint (bm_technique_get_evidence (ball), ==, BM_EVIDENCE_VERY_LOW);
  step = g_ptr_array_index (bm_technique_get_steps (ball), 0);
  g_assert_cmpuint (bm_step_get_number (step), ==, 1);
  path = bm_step_dup_illustration_path (step);
  g_assert_true (g_str_has_suffix (path, "/illustrations/test-step.svg"));
}

typedef struct
{
  const char *fixture;
  gboolean json_error; /* BM_JSON_ERROR, or else BM_CATALOG_ERROR */
  int code;
  const char *message;
} ErrorCase;

static void
test_error (gconstpointer data)
{
  const ErrorCase *error_case = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCatalog) catalog = load_fixture (error_case->fixture, &error);

  g_assert_null (catalog);
  g_assert_error (error, (error_case->json_error ? BM_JSON_ERROR : BM_CATALOG_ERROR),
                  error_case->code);
  if (error_case->message[0] == '^')
    g_assert_true (g_str_has_prefix (error->message, error_case->message + 1));
  else
    g_assert_cmpstr (error->message, ==, error_case->message);
}

static void
test_parse_spot (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCatalog) catalog = load_fixture ("minimal.json", &error);
  BmRegion *region = NULL;
  BmSide sides = 0;

  g_assert_true (bm_catalog_parse_spot (catalog, "lower:left", &region, &sides, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (bm_region_get_id (region), ==, "lower");
  g_assert_cmpuint (sides, ==, BM_SIDE_LEFT);

  g_assert_true (bm_catalog_parse_spot (catalog, "gluteal", &region, &sides, &error));
  g_assert_cmpuint (sides, ==, BM_SIDE_LEFT | BM_SIDE_RIGHT);

  g_assert_false (bm_catalog_parse_spot (catalog, "nonsense", &region, &sides, &error));
  g_assert_error (error, BM_CATALOG_ERROR, BM_CATALOG_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "lower, gluteal"));
  g_clear_error (&error);

  g_assert_false (bm_catalog_parse_spot (catalog, "lower:middle", &region, &sides, &error));
  g_assert_error (error, BM_CATALOG_ERROR, BM_CATALOG_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "Valid sides: left, right"));
}

int
main (int   argc,
      char *argv[])
{
  static ErrorCase cases[] = {
    { "error-syntax.json", TRUE, BM_JSON_ERROR_SYNTAX, "^catalog: <data>:1:" },
    { "error-unknown-key.json", TRUE, BM_JSON_ERROR_UNKNOWN_KEY,
      "regions[1]: unknown key \"colour\"" },
    { "error-missing-key.json", TRUE, BM_JSON_ERROR_MISSING_KEY,
      "regions[0]: missing key \"summary\"" },
    { "error-wrong-type.json", TRUE, BM_JSON_ERROR_WRONG_TYPE,
      "techniques[0].minutes: expected an integer, found a string" },
    { "error-duplicate-id.json", FALSE, BM_CATALOG_ERROR_DUPLICATE_ID,
      "causes[1].id: duplicate id \"strain\"" },
    { "error-dangling-id.json", FALSE, BM_CATALOG_ERROR_UNKNOWN_ID,
      "regions[1].techniques[0].id: unknown technique \"x\"" },
    { "error-bad-value.json", TRUE, BM_JSON_ERROR_BAD_VALUE,
      "red_flags[0].urgency: \"later\" is not one of \"emergency\", \"today\", \"soon\"" },
    { "error-bad-id.json", TRUE, BM_JSON_ERROR_BAD_VALUE,
      "tips[0].id: \"Keep_Moving\" is not a valid id (lower-case words joined by hyphens)" },
    { "error-missing-file.json", FALSE, BM_CATALOG_ERROR_MISSING_FILE,
      "techniques[0].steps[0].illustration: no such file \"illustrations/no-such-picture.svg\"" },
    { "error-listed-twice.json", FALSE, BM_CATALOG_ERROR_DUPLICATE_ID,
      "regions[0].self_care[1]: \"move\" is listed twice" },
    { "error-no-evidence-source.json", FALSE, BM_CATALOG_ERROR_MISSING_SOURCE,
      "techniques[0].evidence.sources: an evidence grade needs at least one source" },
    { "error-bad-side.json", TRUE, BM_JSON_ERROR_BAD_VALUE,
      "causes[0].sides[0]: \"middle\" is not one of \"left\", \"right\", \"center\"" },
    { "error-muscle-field.json", TRUE, BM_JSON_ERROR_UNKNOWN_KEY,
      "pain_sources[1].depth: only a muscle has this field" },
    { "error-self-treatment-kind.json", TRUE, BM_JSON_ERROR_BAD_VALUE,
      "pain_sources[0].self_treatment[1]: \"massage\" is not a self-care technique" },
  };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bm/catalog/shipped", test_shipped);
  g_test_add_func ("/bm/catalog/minimal", test_minimal);
  g_test_add_func ("/bm/catalog/parse-spot", test_parse_spot);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strndup (cases[i].fixture, strlen (cases[i].fixture) - 5);
      g_autofree char *test_path = g_strdup_printf ("/bm/catalog/%s", name);

      g_test_add_data_func (test_path, &cases[i], test_error);
    }

  return g_test_run ();
}
