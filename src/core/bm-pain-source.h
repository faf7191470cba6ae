/* bm-pain-source.h: a muscle, joint, nerve root or organ that may cause pain
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_PAIN_SOURCE (bm_pain_source_get_type ())

G_DECLARE_FINAL_TYPE (BmPainSource, bm_pain_source, BM, PAIN_SOURCE, GObject)

const char       *bm_pain_source_get_id               (BmPainSource *self);
const char       *bm_pain_source_get_name             (BmPainSource *self);
BmPainSourceKind  bm_pain_source_get_kind             (BmPainSource *self);
GPtrArray        *bm_pain_source_get_located_in       (BmPainSource *self);
GPtrArray        *bm_pain_source_get_refers_to        (BmPainSource *self);
BmSide            bm_pain_source_get_sides            (BmPainSource *self);
const char       *bm_pain_source_get_aggravated_by    (BmPainSource *self);
const char       *bm_pain_source_get_note             (BmPainSource *self);
GPtrArray        *bm_pain_source_get_sources          (BmPainSource *self);
BmMuscleDepth     bm_pain_source_get_depth            (BmPainSource *self);
const char       *bm_pain_source_get_find_it          (BmPainSource *self);
const char       *bm_pain_source_get_trigger_points   (BmPainSource *self);
GPtrArray        *bm_pain_source_get_self_treatment   (BmPainSource *self);
BmEvidence        bm_pain_source_get_evidence         (BmPainSource *self);
const char       *bm_pain_source_get_evidence_summary (BmPainSource *self);
GPtrArray        *bm_pain_source_get_evidence_sources (BmPainSource *self);
char             *bm_pain_source_dup_label            (BmPainSource *self,
                                                       BmSide        sides);

const char       *bm_pain_source_kind_to_label        (BmPainSourceKind kind);

G_END_DECLS
