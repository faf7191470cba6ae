/* bm-spot.c: one side of one region, as the user picks it on the map
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-spot"

#include "config.h"

#include "bm-region.h"
#include "bm-spot.h"

struct _BmSpot
{
  GObject parent_instance;

  BmRegion *region;
  BmSide side;
};

G_DEFINE_FINAL_TYPE (BmSpot, bm_spot, G_TYPE_OBJECT)

static void
bm_spot_finalize (GObject *object)
{
  BmSpot *self = (BmSpot *)object;

  g_clear_object (&self->region);

  G_OBJECT_CLASS (bm_spot_parent_class)->finalize (object);
}

static void
bm_spot_class_init (BmSpotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_spot_finalize;
}

static void
bm_spot_init (BmSpot *self)
{
}

/**
 * bm_spot_new:
 * @side: one side, or all of the region's sides
 *
 * Returns: (transfer full): a new spot
 */
BmSpot *
bm_spot_new (BmRegion *region,
             BmSide    side)
{
  BmSpot *self;

  g_return_val_if_fail (BM_IS_REGION (region), NULL);
  g_return_val_if_fail ((side & ~bm_region_get_sides (region)) == 0, NULL);

  self = g_object_new (BM_TYPE_SPOT, NULL);
  self->region = g_object_ref (region);
  self->side = side;

  return self;
}

/**
 * bm_spot_get_region:
 *
 * Returns: (transfer none): the region
 */
BmRegion *
bm_spot_get_region (BmSpot *self)
{
  g_return_val_if_fail (BM_IS_SPOT (self), NULL);

  return self->region;
}

BmSide
bm_spot_get_side (BmSpot *self)
{
  g_return_val_if_fail (BM_IS_SPOT (self), 0);

  return self->side;
}

/**
 * bm_spot_dup_label:
 *
 * Returns: (transfer full): the spot in words, such as "Lower back, left side"
 */
char *
bm_spot_dup_label (BmSpot *self)
{
  g_return_val_if_fail (BM_IS_SPOT (self), NULL);

  return bm_region_dup_label (self->region, self->side);
}

/**
 * bm_spot_dup_key:
 *
 * Returns: (transfer full): the spot as the command line writes it, such as "lower:left"
 */
char *
bm_spot_dup_key (BmSpot *self)
{
  g_return_val_if_fail (BM_IS_SPOT (self), NULL);

  if (self->side == bm_region_get_sides (self->region) && self->side != BM_SIDE_CENTER)
    return g_strdup (bm_region_get_id (self->region));

  return g_strdup_printf ("%s:%s", bm_region_get_id (self->region), bm_side_to_nick (self->side));
}

gboolean
bm_spot_equal (BmSpot   *self,
               BmRegion *region,
               BmSide    side)
{
  g_return_val_if_fail (BM_IS_SPOT (self), FALSE);

  return self->region == region && self->side == side;
}
