/* bm-catalog-private.h: what the model types need from the catalog while it loads
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-catalog.h"
#include "bm-json-reader.h"

G_BEGIN_DECLS

typedef enum
{
  BM_TABLE_SOURCES,
  BM_TABLE_PAIN_TYPES,
  BM_TABLE_RED_FLAGS,
  BM_TABLE_CAUSES,
  BM_TABLE_TIPS,
  BM_TABLE_TECHNIQUES,
  BM_TABLE_REGIONS,
  BM_TABLE_PAIN_SOURCES,
  BM_N_TABLES
} BmTable;

gpointer     bm_catalog_resolve         (BmCatalog   *self,
                                         BmTable      table,
                                         JsonObject  *object,
                                         const char  *path,
                                         const char  *key,
                                         GError     **error);
GPtrArray   *bm_catalog_resolve_list    (BmCatalog   *self,
                                         BmTable      table,
                                         JsonObject  *object,
                                         const char  *path,
                                         const char  *key,
                                         GError     **error);
typedef gpointer (*BmObjectFromJson) (JsonNode    *node,
                                      const char  *path,
                                      BmCatalog   *catalog,
                                      GError     **error);

GPtrArray   *bm_catalog_parse_objects   (BmCatalog        *self,
                                         JsonObject       *object,
                                         const char       *path,
                                         const char       *key,
                                         BmObjectFromJson  from_json,
                                         GError          **error);
gboolean     bm_catalog_has_illustration (BmCatalog  *self,
                                          const char *name);

/* Constructors from the catalog's JSON; each reads one object at @path. */
BmSource *bm_source_new_from_json (JsonNode    *node,
                                  const char  *path,
                                  BmCatalog   *catalog,
                                  GError     **error);
BmPainType *bm_pain_type_new_from_json (JsonNode    *node,
                                       const char  *path,
                                       BmCatalog   *catalog,
                                       GError     **error);
BmRedFlag *bm_red_flag_new_from_json (JsonNode    *node,
                                     const char  *path,
                                     BmCatalog   *catalog,
                                     GError     **error);
BmCause *bm_cause_new_from_json (JsonNode    *node,
                                const char  *path,
                                BmCatalog   *catalog,
                                GError     **error);
BmTip *bm_tip_new_from_json (JsonNode    *node,
                            const char  *path,
                            BmCatalog   *catalog,
                            GError     **error);
BmTechnique *bm_technique_new_from_json (JsonNode    *node,
                                        const char  *path,
                                        BmCatalog   *catalog,
                                        GError     **error);
BmStep *bm_step_new_from_json (JsonNode    *node,
                              const char  *path,
                              BmCatalog   *catalog,
                              GError     **error);
BmTechniqueFit *bm_technique_fit_new_from_json (JsonNode    *node,
                                               const char  *path,
                                               BmCatalog   *catalog,
                                               GError     **error);
BmRegion *bm_region_new_from_json (JsonNode    *node,
                                  const char  *path,
                                  BmCatalog   *catalog,
                                  GError     **error);
BmPainSource *bm_pain_source_new_from_json (JsonNode    *node,
                                           const char  *path,
                                           BmCatalog   *catalog,
                                           GError     **error);
BmSynonym *bm_synonym_new_from_json (JsonNode    *node,
                                    const char  *path,
                                    BmCatalog   *catalog,
                                    GError     **error);

gboolean      bm_evidence_read_json        (BmCatalog    *catalog,
                                            JsonObject   *object,
                                            const char   *path,
                                            BmEvidence   *level,
                                            char        **summary,
                                            GPtrArray   **sources,
                                            GError      **error);
void          bm_region_add_pain_source    (BmRegion     *self,
                                            BmPainSource *source,
                                            gboolean      located_here);
void          bm_step_set_number           (BmStep *self, guint number);

G_END_DECLS
