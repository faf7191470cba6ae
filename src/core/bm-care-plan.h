/* bm-care-plan.h: what the user picked: the painful spots, and later their plan
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_CARE_PLAN (bm_care_plan_get_type ())

G_DECLARE_FINAL_TYPE (BmCarePlan, bm_care_plan, BM, CARE_PLAN, GObject)

BmCarePlan *bm_care_plan_new                (void);
GListModel *bm_care_plan_get_spots          (BmCarePlan   *self);
BmSpot     *bm_care_plan_get_active_spot    (BmCarePlan   *self);
gboolean    bm_care_plan_has_spot           (BmCarePlan   *self,
                                             BmRegion     *region,
                                             BmSide        side);
void        bm_care_plan_select_spot        (BmCarePlan   *self,
                                             BmRegion     *region,
                                             BmSide        side,
                                             gboolean      extend);
void        bm_care_plan_add_spot           (BmCarePlan   *self,
                                             BmRegion     *region,
                                             BmSide        side);
void        bm_care_plan_remove_spot        (BmCarePlan   *self,
                                             BmRegion     *region,
                                             BmSide        side);
void        bm_care_plan_clear_spots        (BmCarePlan   *self);
gboolean    bm_care_plan_can_undo_selection (BmCarePlan   *self);
gboolean    bm_care_plan_can_redo_selection (BmCarePlan   *self);
void        bm_care_plan_undo_selection     (BmCarePlan   *self);
void        bm_care_plan_redo_selection     (BmCarePlan   *self);
GListModel *bm_care_plan_get_techniques     (BmCarePlan   *self);
gboolean    bm_care_plan_has_technique      (BmCarePlan   *self,
                                             BmTechnique  *technique);
void        bm_care_plan_set_technique      (BmCarePlan   *self,
                                             BmTechnique  *technique,
                                             gboolean      chosen);
const char *bm_care_plan_get_notes          (BmCarePlan   *self);
void        bm_care_plan_set_notes          (BmCarePlan   *self,
                                             const char   *notes);
BmPainType *bm_care_plan_get_pain_type      (BmCarePlan   *self);
void        bm_care_plan_set_pain_type      (BmCarePlan   *self,
                                             BmPainType   *pain_type);
GListModel *bm_care_plan_get_red_flags      (BmCarePlan   *self);
void        bm_care_plan_set_red_flag       (BmCarePlan   *self,
                                             BmRedFlag    *flag,
                                             gboolean      present);
gboolean    bm_care_plan_get_urgency        (BmCarePlan   *self,
                                             BmUrgency    *urgency);
GDateTime  *bm_care_plan_get_red_flags_checked (BmCarePlan *self);
void        bm_care_plan_set_red_flags_checked (BmCarePlan *self,
                                                GDateTime  *when);
gboolean    bm_care_plan_stops_self_care    (BmCarePlan   *self);
GPtrArray  *bm_care_plan_dup_tips           (BmCarePlan   *self);
void        bm_care_plan_replace            (BmCarePlan   *self,
                                             BmCarePlan   *other);
GListModel *bm_care_plan_get_routine_runs   (BmCarePlan   *self);
void        bm_care_plan_add_routine_run    (BmCarePlan         *self,
                                             GDateTime          *when,
                                             const char * const *technique_ids,
                                             gboolean            stopped,
                                             int                 feeling);

GBytes     *bm_care_plan_to_bytes           (BmCarePlan   *self);
BmCarePlan *bm_care_plan_new_from_bytes     (BmCatalog    *catalog,
                                             GBytes       *bytes,
                                             GError      **error);

G_END_DECLS
