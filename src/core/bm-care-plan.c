/* bm-care-plan.c: what the user picked: painful spots, techniques, answers and notes
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-care-plan"

#include "config.h"

#include "bm-care-plan.h"
#include "bm-pain-type.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-spot.h"
#include "bm-technique.h"

struct _BmCarePlan
{
  GObject parent_instance;

  GListStore *spots;      /* BmSpot, in the order picked; the last is the active one */
  GListStore *techniques; /* BmTechnique, in the order chosen */
  GListStore *red_flags;  /* BmRedFlag the user answered yes to */
  BmPainType *pain_type;
  char *notes;
};

G_DEFINE_FINAL_TYPE (BmCarePlan, bm_care_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVE_SPOT,
  PROP_NOTES,
  PROP_PAIN_TYPE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
bm_care_plan_dispose (GObject *object)
{
  BmCarePlan *self = (BmCarePlan *)object;

  g_clear_object (&self->spots);
  g_clear_object (&self->techniques);
  g_clear_object (&self->red_flags);
  g_clear_object (&self->pain_type);

  G_OBJECT_CLASS (bm_care_plan_parent_class)->dispose (object);
}

static void
bm_care_plan_finalize (GObject *object)
{
  BmCarePlan *self = (BmCarePlan *)object;

  g_free (self->notes);

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
    case PROP_ACTIVE_SPOT:
      g_value_set_object (value, bm_care_plan_get_active_spot (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_PAIN_TYPE:
      g_value_set_object (value, self->pain_type);
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
    case PROP_NOTES:
      bm_care_plan_set_notes (self, g_value_get_string (value));
      break;

    case PROP_PAIN_TYPE:
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

  object_class->dispose = bm_care_plan_dispose;
  object_class->finalize = bm_care_plan_finalize;
  object_class->get_property = bm_care_plan_get_property;
  object_class->set_property = bm_care_plan_set_property;

  /**
   * BmCarePlan:active-spot:
   *
   * The spot picked last, whose details the window shows.
   */
  properties[PROP_ACTIVE_SPOT] =
    g_param_spec_object ("active-spot", NULL, NULL, BM_TYPE_SPOT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PAIN_TYPE] =
    g_param_spec_object ("pain-type", NULL, NULL, BM_TYPE_PAIN_TYPE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BmCarePlan::changed:
   *
   * Emitted after any change, so that the plan can be saved.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
bm_care_plan_init (BmCarePlan *self)
{
  self->spots = g_list_store_new (BM_TYPE_SPOT);
  self->techniques = g_list_store_new (BM_TYPE_TECHNIQUE);
  self->red_flags = g_list_store_new (BM_TYPE_RED_FLAG);
  self->notes = g_strdup ("");
}

BmCarePlan *
bm_care_plan_new (void)
{
  return g_object_new (BM_TYPE_CARE_PLAN, NULL);
}

static void
changed (BmCarePlan *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * bm_care_plan_get_spots:
 *
 * Returns: (transfer none): the picked spots (#BmSpot), in the order picked
 */
GListModel *
bm_care_plan_get_spots (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return G_LIST_MODEL (self->spots);
}

/**
 * bm_care_plan_get_active_spot:
 *
 * Returns: (transfer none) (nullable): the spot picked last
 */
BmSpot *
bm_care_plan_get_active_spot (BmCarePlan *self)
{
  g_autoptr(BmSpot) spot = NULL;
  guint n;

  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->spots));
  if (n == 0)
    return NULL;

  /* The store keeps a reference of its own. */
  spot = g_list_model_get_item (G_LIST_MODEL (self->spots), n - 1);
  return spot;
}

static int
find_spot (BmCarePlan *self,
           BmRegion   *region,
           BmSide      side)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->spots));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (G_LIST_MODEL (self->spots), i);

      if (bm_spot_equal (spot, region, side))
        return i;
    }

  return -1;
}

gboolean
bm_care_plan_has_spot (BmCarePlan *self,
                       BmRegion   *region,
                       BmSide      side)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), FALSE);

  return find_spot (self, region, side) >= 0;
}

/**
 * bm_care_plan_select_spot:
 * @extend: %FALSE to pick this spot alone, %TRUE to add it to the others or,
 *   if it is picked already, to take it away
 */
void
bm_care_plan_select_spot (BmCarePlan *self,
                          BmRegion   *region,
                          BmSide      side,
                          gboolean    extend)
{
  g_autoptr(BmSpot) spot = NULL;
  guint n;
  int found;

  g_return_if_fail (BM_IS_CARE_PLAN (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->spots));
  found = find_spot (self, region, side);

  if (!extend)
    {
      if (n == 1 && found == 0)
        return;
      spot = bm_spot_new (region, side);
      g_list_store_splice (self->spots, 0, n, (gpointer *) &spot, 1);
    }
  else if (found >= 0)
    g_list_store_remove (self->spots, found);
  else
    {
      spot = bm_spot_new (region, side);
      g_list_store_append (self->spots, spot);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_SPOT]);
  changed (self);
}

void
bm_care_plan_clear_spots (BmCarePlan *self)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->spots)) == 0)
    return;

  g_list_store_remove_all (self->spots);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_SPOT]);
  changed (self);
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
static gboolean
store_set (GListStore *store,
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

  if (store_set (self->techniques, technique, chosen))
    changed (self);
}

const char *
bm_care_plan_get_notes (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return self->notes;
}

void
bm_care_plan_set_notes (BmCarePlan *self,
                        const char *notes)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));

  if (notes == NULL)
    notes = "";
  if (g_str_equal (notes, self->notes))
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
  changed (self);
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

void
bm_care_plan_set_pain_type (BmCarePlan *self,
                            BmPainType *pain_type)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));

  if (!g_set_object (&self->pain_type, pain_type))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_TYPE]);
  changed (self);
}

/**
 * bm_care_plan_get_red_flags:
 *
 * Returns: (transfer none): the red flags (#BmRedFlag) the user said yes to
 */
GListModel *
bm_care_plan_get_red_flags (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return G_LIST_MODEL (self->red_flags);
}

void
bm_care_plan_set_red_flag (BmCarePlan *self,
                           BmRedFlag  *flag,
                           gboolean    present)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));
  g_return_if_fail (BM_IS_RED_FLAG (flag));

  if (store_set (self->red_flags, flag, present))
    changed (self);
}

/**
 * bm_care_plan_get_urgency:
 * @urgency: (out): the most urgent of the red flags answered yes
 *
 * Returns: whether any red flag was answered yes
 */
gboolean
bm_care_plan_get_urgency (BmCarePlan *self,
                          BmUrgency  *urgency)
{
  guint n;

  g_return_val_if_fail (BM_IS_CARE_PLAN (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->red_flags));
  *urgency = BM_URGENCY_SOON;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmRedFlag) flag = g_list_model_get_item (G_LIST_MODEL (self->red_flags), i);

      *urgency = MIN (*urgency, bm_red_flag_get_urgency (flag));
    }

  return n > 0;
}

/**
 * bm_care_plan_stops_self_care:
 *
 * An emergency red flag answered yes replaces self-care advice, wherever it is
 * shown, with what to do now.
 *
 * Returns: whether self-care advice gives way
 */
gboolean
bm_care_plan_stops_self_care (BmCarePlan *self)
{
  BmUrgency urgency;

  g_return_val_if_fail (BM_IS_CARE_PLAN (self), FALSE);

  return bm_care_plan_get_urgency (self, &urgency) && urgency == BM_URGENCY_EMERGENCY;
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
