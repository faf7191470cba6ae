/* bm-spot-content.c: the content of several picked spots, merged and filtered by side
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With several areas picked, the region page shows what they hold together: each
 * item once, in the order of the spots, and only where it applies to the side picked
 * (the gallbladder never on the left).
 */

#define G_LOG_DOMAIN "bm-spot-content"

#include "config.h"

#include "bm-cause.h"
#include "bm-pain-source.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-spot-content.h"
#include "bm-spot.h"
#include "bm-technique-fit.h"
#include "bm-technique.h"
#include "bm-tip.h"

typedef GPtrArray *(*ListOfRegion) (BmRegion *region);
typedef BmSide     (*SidesOfItem)  (gpointer item);

/* Every item of every spot's list, once, where its sides meet the spot's side. */
static GPtrArray *
merge (GListModel   *spots,
       ListOfRegion  list_of,
       SidesOfItem   sides_of)
{
  GPtrArray *merged = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (spots);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);
      GPtrArray *items = list_of (bm_spot_get_region (spot));

      for (guint j = 0; j < items->len; j++)
        {
          gpointer item = g_ptr_array_index (items, j);

          if (sides_of != NULL && (sides_of (item) & bm_spot_get_side (spot)) == 0)
            continue;
          if (!g_ptr_array_find (merged, item, NULL))
            g_ptr_array_add (merged, item);
        }
    }

  return merged;
}

/**
 * bm_spot_content_dup_causes:
 * @spots: (element-type BmSpot): the picked spots
 *
 * Returns: (transfer container) (element-type BmCause): their causes
 */
GPtrArray *
bm_spot_content_dup_causes (GListModel *spots)
{
  return merge (spots, bm_region_get_causes, (SidesOfItem) bm_cause_get_sides);
}

/**
 * bm_spot_content_dup_red_flags:
 * @urgency: the tier to keep
 *
 * Returns: (transfer container) (element-type BmRedFlag): the spots' warning signs
 *   of that tier
 */
GPtrArray *
bm_spot_content_dup_red_flags (GListModel *spots,
                               BmUrgency   urgency)
{
  GPtrArray *flags = merge (spots, bm_region_get_red_flags, (SidesOfItem) bm_red_flag_get_sides);

  for (guint i = flags->len; i > 0; i--)
    if (bm_red_flag_get_urgency (g_ptr_array_index (flags, i - 1)) != urgency)
      g_ptr_array_remove_index (flags, i - 1);

  return flags;
}

static int
compare_fits (gconstpointer a,
              gconstpointer b)
{
  BmTechnique *ta = bm_technique_fit_get_technique (*(BmTechniqueFit **) a);
  BmTechnique *tb = bm_technique_fit_get_technique (*(BmTechniqueFit **) b);
  int by_kind = (bm_technique_get_kind (ta) != BM_TECHNIQUE_KIND_SELF)
              - (bm_technique_get_kind (tb) != BM_TECHNIQUE_KIND_SELF);

  if (by_kind != 0)
    return by_kind;

  return (int) bm_technique_get_evidence (ta) - (int) bm_technique_get_evidence (tb);
}

/**
 * bm_spot_content_dup_fits:
 *
 * Each technique once, with the reason given by the first spot that lists it;
 * self-care first, then by the strength of the evidence, the catalog's order
 * kept among equals.
 *
 * Returns: (transfer container) (element-type BmTechniqueFit): the techniques
 */
GPtrArray *
bm_spot_content_dup_fits (GListModel *spots)
{
  g_autoptr(GPtrArray) all = merge (spots, bm_region_get_techniques, NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  GPtrArray *fits = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      BmTechniqueFit *fit = g_ptr_array_index (all, i);
      BmTechnique *technique = bm_technique_fit_get_technique (fit);

      if (g_ptr_array_find (seen, technique, NULL))
        continue;
      g_ptr_array_add (seen, technique);
      g_ptr_array_add (fits, fit);
    }

  /* g_ptr_array_sort is a merge sort in GLib: stable. */
  g_ptr_array_sort (fits, compare_fits);
  return fits;
}

/**
 * bm_spot_content_dup_tips:
 *
 * Returns: (transfer container) (element-type BmTip): the spots' self-care advice
 */
GPtrArray *
bm_spot_content_dup_tips (GListModel *spots)
{
  return merge (spots, bm_region_get_self_care, NULL);
}

/**
 * bm_spot_content_dup_referred_from:
 *
 * Returns: (transfer container) (element-type BmPainSource): what may send pain to
 *   the spots
 */
GPtrArray *
bm_spot_content_dup_referred_from (GListModel *spots)
{
  return merge (spots, bm_region_get_referred_from, (SidesOfItem) bm_pain_source_get_sides);
}

/**
 * bm_spot_content_dup_sources_here:
 *
 * Returns: (transfer container) (element-type BmPainSource): what sits in the spots
 */
GPtrArray *
bm_spot_content_dup_sources_here (GListModel *spots)
{
  return merge (spots, bm_region_get_sources_here, (SidesOfItem) bm_pain_source_get_sides);
}

/* On a side of the body, pain keeps to that side: the left of one region refers
 * to the left of another. Midline areas and midline spots reach both. */
static gboolean
sides_meet (BmSide  side,
            BmSpot *spot)
{
  BmSide spot_side = bm_spot_get_side (spot);

  return side == BM_SIDE_CENTER || spot_side == BM_SIDE_CENTER || side == spot_side;
}

/**
 * bm_spot_content_refers:
 * @towards_spots: %TRUE: may pain felt in the spots come from this area? %FALSE:
 *   may pain from the spots spread to it?
 *
 * Returns: whether the area of @region on @side is linked to the spots that way
 */
gboolean
bm_spot_content_refers (GListModel *spots,
                        BmRegion   *region,
                        BmSide      side,
                        gboolean    towards_spots)
{
  guint n = g_list_model_get_n_items (spots);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);
      BmRegion *picked = bm_spot_get_region (spot);
      GPtrArray *sources = towards_spots ? bm_region_get_referred_from (picked)
                                         : bm_region_get_sources_here (picked);

      if (!sides_meet (side, spot))
        continue;

      for (guint j = 0; j < sources->len; j++)
        {
          BmPainSource *source = g_ptr_array_index (sources, j);
          GPtrArray *far_end = towards_spots ? bm_pain_source_get_located_in (source)
                                             : bm_pain_source_get_refers_to (source);

          if ((bm_pain_source_get_sides (source) & bm_spot_get_side (spot)) == 0)
            continue;
          if (g_ptr_array_find (far_end, region, NULL))
            return TRUE;
        }
    }

  return FALSE;
}
