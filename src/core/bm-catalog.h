/* bm-catalog.h: all of Backmap's content, loaded and checked from JSON
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_CATALOG_ERROR (bm_catalog_error_quark ())

typedef enum
{
  BM_CATALOG_ERROR_DUPLICATE_ID,
  BM_CATALOG_ERROR_UNKNOWN_ID,
  BM_CATALOG_ERROR_MISSING_FILE,
  BM_CATALOG_ERROR_MISSING_SOURCE,
} BmCatalogError;

#define BM_TYPE_CATALOG (bm_catalog_get_type ())

G_DECLARE_FINAL_TYPE (BmCatalog, bm_catalog, BM, CATALOG, GObject)

GQuark        bm_catalog_error_quark      (void);

BmCatalog    *bm_catalog_new_from_bytes   (GBytes      *bytes,
                                           GError     **error);
BmCatalog    *bm_catalog_new_from_resource (GError    **error);

GPtrArray    *bm_catalog_get_regions      (BmCatalog   *self);
GPtrArray    *bm_catalog_get_techniques   (BmCatalog   *self);
GPtrArray    *bm_catalog_get_pain_sources (BmCatalog   *self);
GPtrArray    *bm_catalog_get_red_flags    (BmCatalog   *self);
GPtrArray    *bm_catalog_get_sources      (BmCatalog   *self);
GPtrArray    *bm_catalog_get_causes       (BmCatalog   *self);
GPtrArray    *bm_catalog_get_tips         (BmCatalog   *self);
GPtrArray    *bm_catalog_get_synonyms     (BmCatalog   *self);

BmRegion     *bm_catalog_lookup_region    (BmCatalog   *self,
                                           const char  *id);
BmTechnique  *bm_catalog_lookup_technique (BmCatalog   *self,
                                           const char  *id);
BmRedFlag    *bm_catalog_lookup_red_flag  (BmCatalog   *self,
                                           const char  *id);
BmPainType   *bm_catalog_lookup_pain_type (BmCatalog   *self,
                                           const char  *id);
BmPainSource *bm_catalog_lookup_pain_source (BmCatalog *self,
                                             const char *id);
gboolean      bm_catalog_parse_spot       (BmCatalog   *self,
                                           const char  *text,
                                           BmRegion   **region,
                                           BmSide      *sides,
                                           GError     **error);
char         *bm_catalog_dup_region_ids   (BmCatalog   *self);
char         *bm_catalog_dup_technique_ids (BmCatalog  *self);
char         *bm_catalog_dup_red_flag_ids (BmCatalog   *self);

G_END_DECLS
