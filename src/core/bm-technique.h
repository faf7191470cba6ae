/* bm-technique.h: a massage or self-care technique, with its dose and evidence
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-evidence.h"
#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_TECHNIQUE (bm_technique_get_type ())

G_DECLARE_FINAL_TYPE (BmTechnique, bm_technique, BM, TECHNIQUE, GObject)

const char         *bm_technique_get_id               (BmTechnique *self);
const char         *bm_technique_get_name             (BmTechnique *self);
BmTechniqueKind     bm_technique_get_kind             (BmTechnique *self);
const char         *bm_technique_get_summary          (BmTechnique *self);
const char         *bm_technique_get_session          (BmTechnique *self);
const char         *bm_technique_get_dose             (BmTechnique *self);
BmEquipment         bm_technique_get_equipment        (BmTechnique *self);
guint               bm_technique_get_minutes          (BmTechnique *self);
BmIntensity         bm_technique_get_intensity        (BmTechnique *self);
const char * const *bm_technique_get_cautions         (BmTechnique *self);
BmEvidence          bm_technique_get_evidence         (BmTechnique *self);
const char         *bm_technique_get_evidence_summary (BmTechnique *self);
GPtrArray          *bm_technique_get_evidence_sources (BmTechnique *self);
GPtrArray          *bm_technique_get_timing_sources   (BmTechnique *self);
GPtrArray          *bm_technique_get_steps            (BmTechnique *self);
const char * const *bm_technique_get_expect           (BmTechnique *self);
const char * const *bm_technique_get_tell_therapist   (BmTechnique *self);

const char         *bm_intensity_to_label             (BmIntensity  intensity);
const char         *bm_technique_kind_to_label        (BmTechniqueKind kind);
char               *bm_equipment_to_label             (BmEquipment  equipment);

G_END_DECLS
