/* bm-evidence.c: how strong the evidence is for a technique or a muscle's pattern
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-evidence"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog-private.h"
#include "bm-enums.h"
#include "bm-evidence.h"

/**
 * bm_evidence_read_json:
 * @object: the object with an "evidence" member
 * @level: (out): the grade
 * @summary: (out) (transfer full): what the grade rests on
 * @sources: (out) (transfer full) (element-type BmSource): at least one source
 *
 * Reads `"evidence": {"level", "summary", "sources"}`, the one shape every graded
 * item of the catalog shares.
 *
 * Returns: %TRUE, or %FALSE with @error set and the outputs untouched
 */
gboolean
bm_evidence_read_json (BmCatalog   *catalog,
                       JsonObject  *object,
                       const char  *path,
                       BmEvidence  *level,
                       char       **summary,
                       GPtrArray  **sources,
                       GError     **error)
{
  static const char * const keys[] = { "level", "summary", "sources", NULL };
  g_autofree char *evidence_path = g_strdup_printf ("%s.evidence", path);
  JsonNode *node = json_object_get_member (object, "evidence");
  g_autofree char *read_summary = NULL;
  g_autoptr(GPtrArray) read_sources = NULL;
  JsonObject *evidence;
  int read_level;

  if (!(evidence = bm_json_check_object (node, evidence_path, keys, error)) ||
      !bm_json_get_enum (evidence, evidence_path, "level", BM_TYPE_EVIDENCE, &read_level, error) ||
      !(read_summary = bm_json_dup_text (evidence, evidence_path, "summary", error)) ||
      !(read_sources = bm_catalog_resolve_list (catalog, BM_TABLE_SOURCES, evidence,
                                                evidence_path, "sources", error)))
    return FALSE;

  if (read_sources->len == 0)
    {
      g_set_error (error, BM_CATALOG_ERROR, BM_CATALOG_ERROR_MISSING_SOURCE,
                   "%s.sources: an evidence grade needs at least one source", evidence_path);
      return FALSE;
    }

  *level = read_level;
  *summary = g_steal_pointer (&read_summary);
  *sources = g_steal_pointer (&read_sources);
  return TRUE;
}

const char *
bm_evidence_to_label (BmEvidence evidence)
{
  switch (evidence)
    {
    case BM_EVIDENCE_MODERATE:
      return C_("evidence", "Moderate evidence");
    case BM_EVIDENCE_LOW:
      return C_("evidence", "Low evidence");
    case BM_EVIDENCE_VERY_LOW:
      return C_("evidence", "Very low evidence");
    case BM_EVIDENCE_NONE:
      return C_("evidence", "No evidence found");
    default:
      g_assert_not_reached ();
    }
}
