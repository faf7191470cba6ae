/* bm-care-plan.c: what the user picked: the painful spots, and later their plan
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-care-plan"

#include "config.h"

#include "bm-care-plan.h"
#include "bm-spot.h"

struct _BmCarePlan
{
  GObject parent_instance;

  GListStore *spots; /* in the order picked; the last is the active one */
};

G_DEFINE_FINAL_TYPE (BmCarePlan, bm_care_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVE_SPOT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_care_plan_dispose (GObject *object)
{
  BmCarePlan *self = (BmCarePlan *)object;

  g_clear_object (&self->spots);

  G_OBJECT_CLASS (bm_care_plan_parent_class)->dispose (object);
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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_care_plan_class_init (BmCarePlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bm_care_plan_dispose;
  object_class->get_property = bm_care_plan_get_property;

  /**
   * BmCarePlan:active-spot:
   *
   * The spot picked last, whose details the window shows.
   */
  properties[PROP_ACTIVE_SPOT] =
    g_param_spec_object ("active-spot", NULL, NULL, BM_TYPE_SPOT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_care_plan_init (BmCarePlan *self)
{
  self->spots = g_list_store_new (BM_TYPE_SPOT);
}

BmCarePlan *
bm_care_plan_new (void)
{
  return g_object_new (BM_TYPE_CARE_PLAN, NULL);
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
  guint n;
  g_autoptr(BmSpot) spot = NULL;

  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->spots));
  if (n == 0)
    return NULL;

  /* The store keeps its own reference. */
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
}

void
bm_care_plan_clear_spots (BmCarePlan *self)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->spots)) == 0)
    return;

  g_list_store_remove_all (self->spots);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE_SPOT]);
}
