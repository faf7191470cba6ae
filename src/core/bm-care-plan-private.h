/* bm-care-plan-private.h: the plan's insides, for its own files, the store and tests
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "bm-care-plan.h"
#include "bm-document.h"
#include "bm-selection-history.h"

G_BEGIN_DECLS

/* The saved document's members, which the kept object mirrors. */
#define BM_CARE_PLAN_SPOTS      "spots"
#define BM_CARE_PLAN_TECHNIQUES "techniques"
#define BM_CARE_PLAN_RED_FLAGS  "red_flags"
#define BM_CARE_PLAN_PAIN_TYPE  "pain_type"
#define BM_CARE_PLAN_NOTES      "notes"
#define BM_CARE_PLAN_ROUTINE_RUNS "routine_runs"
#define BM_CARE_PLAN_RED_FLAGS_CHECKED "red_flags_checked"
#define BM_CARE_PLAN_VERSION    "version"

/* The version of the document this Backmap writes, and the newest it reads. */
#define BM_CARE_PLAN_FORMAT 1

/* Shared by the bm-care-plan*.c files. */
struct _BmCarePlan
{
  GObject parent_instance;

  GListStore *spots;      /* BmSpot, in the order picked; the last is the active one */
  GListStore *techniques; /* BmTechnique, in the order chosen */
  GListStore *red_flags;  /* BmRedFlag the user answered yes to */
  GDateTime *red_flags_checked; /* when the check was last finished, or NULL */
  BmPainType *pain_type;
  char *notes;
  GListStore *routine_runs; /* BmRoutineRun, oldest first */

  /* What a newer Backmap saved and this one does not know, to be saved back as it was:
   * unknown ids under the member they came from, and unknown members. Once filled, never
   * changed in place, since bm_care_plan_replace() shares it. */
  JsonObject *kept;

  BmSelectionHistory *history;

  guint has_urgency : 1;
  guint stops_self_care : 1;
  BmUrgency urgency;
};

typedef enum
{
  BM_CARE_PLAN_PROP_0,
  BM_CARE_PLAN_PROP_ACTIVE_SPOT,
  BM_CARE_PLAN_PROP_CAN_REDO_SELECTION,
  BM_CARE_PLAN_PROP_CAN_UNDO_SELECTION,
  BM_CARE_PLAN_PROP_HAS_URGENCY,
  BM_CARE_PLAN_PROP_NOTES,
  BM_CARE_PLAN_PROP_PAIN_TYPE,
  BM_CARE_PLAN_PROP_RED_FLAGS,
  BM_CARE_PLAN_PROP_RED_FLAGS_CHECKED,
  BM_CARE_PLAN_PROP_SPOTS,
  BM_CARE_PLAN_PROP_STOPS_SELF_CARE,
  BM_CARE_PLAN_PROP_TECHNIQUES,
  BM_CARE_PLAN_PROP_URGENCY,
  BM_CARE_PLAN_N_PROPS
} BmCarePlanProp;

void        bm_care_plan_notify        (BmCarePlan     *self,
                                        BmCarePlanProp  prop);
void        bm_care_plan_emit_changed  (BmCarePlan     *self);
gboolean    bm_care_plan_apply_spots   (BmCarePlan     *self,
                                        GPtrArray      *spots);
gboolean    bm_care_plan_take_spots    (BmCarePlan     *self,
                                        BmCarePlan     *other);
gboolean    bm_care_plan_store_set     (GListStore     *store,
                                        gpointer        item,
                                        gboolean        present);
void        bm_care_plan_update_urgency (BmCarePlan    *self);
gboolean    bm_care_plan_apply_red_flags_checked (BmCarePlan *self,
                                                  GDateTime  *when);

void        bm_care_plan_add_red_flags_checked  (BmCarePlan  *self,
                                                 JsonBuilder *builder);
gboolean    bm_care_plan_read_red_flags_checked (BmCarePlan  *self,
                                                 JsonObject  *object,
                                                 GError     **error);
JsonNode   *bm_care_plan_routine_runs_to_json (BmCarePlan  *self);
gboolean    bm_care_plan_read_routine_runs    (BmCarePlan  *self,
                                               JsonObject  *object,
                                               GError     **error);

/* The saved document, for the store and tests. */
JsonObject *bm_care_plan_get_kept      (BmCarePlan     *self);
JsonNode   *bm_care_plan_to_json       (BmCarePlan     *self);
BmCarePlan *bm_care_plan_new_from_json (BmCatalog      *catalog,
                                        JsonNode       *root,
                                        GError        **error);
JsonNode   *bm_care_plan_json_merge    (JsonNode       *base,
                                        JsonNode       *theirs,
                                        JsonNode       *ours);
void        bm_care_plan_document_init (BmDocumentInterface *iface);

G_END_DECLS
