/* bm-care-plan.c: what the user picked: painful spots, techniques, answers and notes
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-care-plan"

#include "config.h"

#include "bm-care-plan-private.h"
#include "bm-document.h"
#include "bm-enums.h"
#include "bm-pain-type.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-routine-run.h"
#include "bm-selection-history.h"
#include "bm-spot.h"
#include "bm-technique.h"

#define HISTORY_LIMIT 100

G_DEFINE_FINAL_TYPE_WITH_CODE (BmCarePlan, bm_care_plan, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (BM_TYPE_DOCUMENT,
                                                      bm_care_plan_document_init))

static GParamSpec *properties[BM_CARE_PLAN_N_PROPS];

static void
bm_care_plan_dispose (GObject *object)
{
  BmCarePlan *self = (BmCarePlan *)object;

  g_clear_object (&self->spots);
  g_clear_object (&self->techniques);
  g_clear_object (&self->red_flags);
  g_clear_object (&self->pain_type);
  g_clear_object (&self->routine_runs);

  G_OBJECT_CLASS (bm_care_plan_parent_class)->dispose (object);
}

static void
bm_care_plan_finalize (GObject *object)
{
  BmCarePlan *self = (BmCarePlan *)object;

  g_free (self->notes);
  g_clear_pointer (&self->kept, json_object_unref);
  g_clear_pointer (&self->red_flags_checked, g_date_time_unref);
  g_clear_pointer (&self->history, bm_selection_history_free);

  G_OBJECT_CLASS (bm_care_plan_parent_class)->finalize (object);
}

static void
bm_care_plan_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BmCarePlan *self = BM_CARE_PLAN (object);

  switch (prop_id)
    {
    case BM_CARE_PLAN_PROP_ACTIVE_SPOT:
      g_value_set_object (value, bm_care_plan_get_active_spot (self));
      break;

    case BM_CARE_PLAN_PROP_CAN_REDO_SELECTION:
      g_value_set_boolean (value, bm_care_plan_can_redo_selection (self));
      break;

    case BM_CARE_PLAN_PROP_CAN_UNDO_SELECTION:
      g_value_set_boolean (value, bm_care_plan_can_undo_selection (self));
      break;

    case BM_CARE_PLAN_PROP_HAS_URGENCY:
      g_value_set_boolean (value, self->has_urgency);
      break;

    case BM_CARE_PLAN_PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case BM_CARE_PLAN_PROP_PAIN_TYPE:
      g_value_set_object (value, self->pain_type);
      break;

    case BM_CARE_PLAN_PROP_RED_FLAGS:
      g_value_set_object (value, self->red_flags);
      break;

    case BM_CARE_PLAN_PROP_RED_FLAGS_CHECKED:
      g_value_set_boxed (value, self->red_flags_checked);
      break;

    case BM_CARE_PLAN_PROP_SPOTS:
      g_value_set_object (value, self->spots);
      break;

    case BM_CARE_PLAN_PROP_STOPS_SELF_CARE:
      g_value_set_boolean (value, self->stops_self_care);
      break;

    case BM_CARE_PLAN_PROP_TECHNIQUES:
      g_value_set_object (value, self->techniques);
      break;

    case BM_CARE_PLAN_PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_care_plan_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BmCarePlan *self = BM_CARE_PLAN (object);

  switch (prop_id)
    {
    case BM_CARE_PLAN_PROP_NOTES:
      bm_care_plan_set_notes (self, g_value_get_string (value));
      break;

    case BM_CARE_PLAN_PROP_PAIN_TYPE:
      bm_care_plan_set_pain_type (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_care_plan_class_init (BmCarePlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags writable = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = bm_care_plan_dispose;
  object_class->finalize = bm_care_plan_finalize;
  object_class->get_property = bm_care_plan_get_property;
  object_class->set_property = bm_care_plan_set_property;

  /**
   * BmCarePlan:active-spot:
   *
   * The spot picked last, whose details the window shows.
   */
  properties[BM_CARE_PLAN_PROP_ACTIVE_SPOT] =
    g_param_spec_object ("active-spot", NULL, NULL, BM_TYPE_SPOT, readable);
  properties[BM_CARE_PLAN_PROP_CAN_REDO_SELECTION] =
    g_param_spec_boolean ("can-redo-selection", NULL, NULL, FALSE, readable);
  properties[BM_CARE_PLAN_PROP_CAN_UNDO_SELECTION] =
    g_param_spec_boolean ("can-undo-selection", NULL, NULL, FALSE, readable);
  /**
   * BmCarePlan:has-urgency:
   *
   * Whether a red flag was answered yes; #BmCarePlan:urgency means nothing without.
   */
  properties[BM_CARE_PLAN_PROP_HAS_URGENCY] =
    g_param_spec_boolean ("has-urgency", NULL, NULL, FALSE, readable);
  properties[BM_CARE_PLAN_PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", writable);
  properties[BM_CARE_PLAN_PROP_PAIN_TYPE] =
    g_param_spec_object ("pain-type", NULL, NULL, BM_TYPE_PAIN_TYPE, writable);
  /**
   * BmCarePlan:red-flags:
   *
   * The red flags (#BmRedFlag) answered yes: always the same list, which tells its
   * own changes.
   */
  properties[BM_CARE_PLAN_PROP_RED_FLAGS] =
    g_param_spec_object ("red-flags", NULL, NULL, G_TYPE_LIST_MODEL, readable);
  /**
   * BmCarePlan:red-flags-checked:
   *
   * When the user last finished the red-flag check, or %NULL if never: without
   * it, no red flag answered yes means only that the check was not done.
   */
  properties[BM_CARE_PLAN_PROP_RED_FLAGS_CHECKED] =
    g_param_spec_boxed ("red-flags-checked", NULL, NULL, G_TYPE_DATE_TIME, readable);
  /**
   * BmCarePlan:spots:
   *
   * The picked spots (#BmSpot): always the same list, which tells its own changes.
   */
  properties[BM_CARE_PLAN_PROP_SPOTS] =
    g_param_spec_object ("spots", NULL, NULL, G_TYPE_LIST_MODEL, readable);
  /**
   * BmCarePlan:stops-self-care:
   *
   * See bm_care_plan_stops_self_care().
   */
  properties[BM_CARE_PLAN_PROP_STOPS_SELF_CARE] =
    g_param_spec_boolean ("stops-self-care", NULL, NULL, FALSE, readable);
  /**
   * BmCarePlan:techniques:
   *
   * The chosen techniques (#BmTechnique): always the same list, which tells its own
   * changes.
   */
  properties[BM_CARE_PLAN_PROP_TECHNIQUES] =
    g_param_spec_object ("techniques", NULL, NULL, G_TYPE_LIST_MODEL, readable);
  /**
   * BmCarePlan:urgency:
   *
   * The most urgent red flag answered yes, when #BmCarePlan:has-urgency is %TRUE.
   */
  properties[BM_CARE_PLAN_PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL, BM_TYPE_URGENCY, BM_URGENCY_SOON, readable);

  g_object_class_install_properties (object_class, BM_CARE_PLAN_N_PROPS, properties);
}

static void
bm_care_plan_init (BmCarePlan *self)
{
  self->spots = g_list_store_new (BM_TYPE_SPOT);
  self->techniques = g_list_store_new (BM_TYPE_TECHNIQUE);
  self->red_flags = g_list_store_new (BM_TYPE_RED_FLAG);
  self->notes = g_strdup ("");
  self->routine_runs = g_list_store_new (BM_TYPE_ROUTINE_RUN);
  self->kept = json_object_new ();
  self->history = bm_selection_history_new (HISTORY_LIMIT);
  self->urgency = BM_URGENCY_SOON;
}

BmCarePlan *
bm_care_plan_new (void)
{
  return g_object_new (BM_TYPE_CARE_PLAN, NULL);
}

/* Every change ends here, for the store to save it: see BmDocument::changed. */
void
bm_care_plan_emit_changed (BmCarePlan *self)
{
  bm_document_emit_changed (BM_DOCUMENT (self));
}

void
bm_care_plan_notify (BmCarePlan     *self,
                     BmCarePlanProp  prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/**
 * bm_care_plan_get_techniques:
 *
 * Returns: (transfer none): the chosen techniques (#BmTechnique), in the order chosen
 */
GListModel *
bm_care_plan_get_techniques (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return G_LIST_MODEL (self->techniques);
}

gboolean
bm_care_plan_has_technique (BmCarePlan  *self,
                            BmTechnique *technique)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), FALSE);

  return g_list_store_find (self->techniques, technique, NULL);
}

/* Adds @item to @store or takes it away; returns whether that changed anything. */
gboolean
bm_care_plan_store_set (GListStore *store,
                        gpointer    item,
                        gboolean    present)
{
  guint position;
  gboolean found = g_list_store_find (store, item, &position);

  if (found == present)
    return FALSE;

  if (present)
    g_list_store_append (store, item);
  else
    g_list_store_remove (store, position);

  return TRUE;
}

void
bm_care_plan_set_technique (BmCarePlan  *self,
                            BmTechnique *technique,
                            gboolean     chosen)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));
  g_return_if_fail (BM_IS_TECHNIQUE (technique));

  if (bm_care_plan_store_set (self->techniques, technique, chosen))
    bm_care_plan_emit_changed (self);
}

const char *
bm_care_plan_get_notes (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return self->notes;
}

static gboolean
apply_notes (BmCarePlan *self,
             const char *notes)
{
  if (notes == NULL)
    notes = "";
  if (g_str_equal (notes, self->notes))
    return FALSE;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  bm_care_plan_notify (self, BM_CARE_PLAN_PROP_NOTES);

  return TRUE;
}

void
bm_care_plan_set_notes (BmCarePlan *self,
                        const char *notes)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));

  if (apply_notes (self, notes))
    bm_care_plan_emit_changed (self);
}

/**
 * bm_care_plan_get_pain_type:
 *
 * Returns: (transfer none) (nullable): the type of pain, if the user found it
 */
BmPainType *
bm_care_plan_get_pain_type (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return self->pain_type;
}

static gboolean
apply_pain_type (BmCarePlan *self,
                 BmPainType *pain_type)
{
  if (!g_set_object (&self->pain_type, pain_type))
    return FALSE;

  bm_care_plan_notify (self, BM_CARE_PLAN_PROP_PAIN_TYPE);
  return TRUE;
}

/* Returns a copy of @kept without @member, for kept is shared and never changed. */
static JsonObject *
kept_without (JsonObject *kept,
              const char *member)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, kept);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_str_equal (name, member))
      json_object_set_member (copy, name, json_node_copy (node));

  return copy;
}

void
bm_care_plan_set_pain_type (BmCarePlan *self,
                            BmPainType *pain_type)
{
  gboolean dropped_unknown;

  g_return_if_fail (BM_IS_CARE_PLAN (self));

  /* The user's choice replaces one a newer Backmap made, which this one cannot show. */
  dropped_unknown = json_object_has_member (self->kept, BM_CARE_PLAN_PAIN_TYPE);
  if (dropped_unknown)
    {
      JsonObject *kept = kept_without (self->kept, BM_CARE_PLAN_PAIN_TYPE);

      json_object_unref (self->kept);
      self->kept = kept;
    }

  if (apply_pain_type (self, pain_type) || dropped_unknown)
    bm_care_plan_emit_changed (self);
}

/* Makes @store hold the items of @model, in order, the same when @equal says so.
 * Returns whether anything changed. */
static gboolean
apply_list (GListStore *store,
            GListModel *model,
            GEqualFunc  equal)
{
  guint n = g_list_model_get_n_items (model);
  guint old = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);
  gboolean same = n == old;

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (items, g_list_model_get_item (model, i));
      if (same)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

          same = equal (item, g_ptr_array_index (items, i));
        }
    }

  if (!same)
    g_list_store_splice (store, 0, old, items->pdata, items->len);

  return !same;
}

static gboolean
apply_kept (BmCarePlan *self,
            JsonObject *kept)
{
  g_autoptr(JsonNode) a = json_node_init_object (json_node_alloc (), self->kept);
  g_autoptr(JsonNode) b = json_node_init_object (json_node_alloc (), kept);

  if (json_node_equal (a, b))
    return FALSE;

  json_object_unref (self->kept);
  self->kept = json_object_ref (kept);

  return TRUE;
}

/**
 * bm_care_plan_replace:
 * @other: the plan to take everything from
 *
 * Makes @self hold what @other holds, notifying only what changes, so that the views
 * bound to @self stay bound to it when the plan is read again from disk. The change
 * of spots is not one the user can undo.
 */
void
bm_care_plan_replace (BmCarePlan *self,
                      BmCarePlan *other)
{
  gboolean any = FALSE;

  g_return_if_fail (BM_IS_CARE_PLAN (self));
  g_return_if_fail (BM_IS_CARE_PLAN (other));

  g_object_freeze_notify (G_OBJECT (self));
  any |= bm_care_plan_take_spots (self, other);
  any |= apply_list (self->techniques, G_LIST_MODEL (other->techniques), g_direct_equal);
  if (apply_list (self->red_flags, G_LIST_MODEL (other->red_flags), g_direct_equal))
    {
      bm_care_plan_update_urgency (self);
      any = TRUE;
    }
  any |= bm_care_plan_apply_red_flags_checked (self, other->red_flags_checked);
  any |= apply_pain_type (self, other->pain_type);
  any |= apply_notes (self, other->notes);
  any |= apply_list (self->routine_runs, G_LIST_MODEL (other->routine_runs),
                     (GEqualFunc) bm_routine_run_equal);
  any |= apply_kept (self, other->kept);
  g_object_thaw_notify (G_OBJECT (self));

  if (any)
    bm_care_plan_emit_changed (self);
}

/*
 * bm_care_plan_get_kept:
 *
 * For the JSON code only, which fills it on a new plan.
 *
 * Returns: (transfer none): what this Backmap does not know, to be saved back as it was
 */
JsonObject *
bm_care_plan_get_kept (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return self->kept;
}

/**
 * bm_care_plan_dup_tips:
 *
 * Returns: (transfer container) (element-type BmTip): the self-care advice of the
 *   picked regions, each once, in the order of the spots
 */
GPtrArray *
bm_care_plan_dup_tips (BmCarePlan *self)
{
  GPtrArray *tips = g_ptr_array_new ();
  guint n;

  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->spots));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (G_LIST_MODEL (self->spots), i);
      GPtrArray *region_tips = bm_region_get_self_care (bm_spot_get_region (spot));

      for (guint j = 0; j < region_tips->len; j++)
        if (!g_ptr_array_find (tips, g_ptr_array_index (region_tips, j), NULL))
          g_ptr_array_add (tips, g_ptr_array_index (region_tips, j));
    }

  return tips;
}
