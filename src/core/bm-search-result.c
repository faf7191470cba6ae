/* bm-search-result.c: one thing a search found, and the regions it belongs to
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-search-result"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-cause.h"
#include "bm-pain-source.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-search-result.h"
#include "bm-technique.h"

/* Made for each search, so kept small: the texts come from the catalog's item. */
struct _BmSearchResult
{
  GObject parent_instance;

  gpointer item;            /* owned by the catalog, as are its id and title */
  const char *id;
  const char *title;
  GPtrArray *regions;       /* every region the item belongs to, in catalog order */
  char *subtitle;           /* made when first asked for */
  BmSearchResultKind kind;
  BmSearchField field;
};

G_DEFINE_FINAL_TYPE (BmSearchResult, bm_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_search_result_finalize (GObject *object)
{
  BmSearchResult *self = (BmSearchResult *)object;

  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_free (self->subtitle);

  G_OBJECT_CLASS (bm_search_result_parent_class)->finalize (object);
}

static void
bm_search_result_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BmSearchResult *self = BM_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, bm_search_result_get_title (self));
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, bm_search_result_get_subtitle (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_search_result_class_init (BmSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_search_result_finalize;
  object_class->get_property = bm_search_result_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BmSearchResult:subtitle:
   *
   * What the result is and every region it belongs to, such as
   * "Self-care · Lower back, Buttock".
   */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_search_result_init (BmSearchResult *self)
{
}

/**
 * bm_search_result_new:
 * @item: (type GObject): the catalog's region, technique, pain source, cause,
 *   tip or red flag, as @kind says
 * @id: @item's id, which @item owns
 * @title: @item's name or text, which @item owns
 * @regions: (element-type BmRegion): the regions @item belongs to
 * @field: where the search found its words
 *
 * Returns: (transfer full): a result
 */
BmSearchResult *
bm_search_result_new (BmSearchResultKind  kind,
                      gpointer            item,
                      const char         *id,
                      const char         *title,
                      GPtrArray          *regions,
                      BmSearchField       field)
{
  BmSearchResult *self;

  g_return_val_if_fail (G_IS_OBJECT (item), NULL);
  g_return_val_if_fail (regions != NULL, NULL);

  self = g_object_new (BM_TYPE_SEARCH_RESULT, NULL);
  self->kind = kind;
  self->item = item;
  self->id = id;
  self->title = title;
  self->regions = g_ptr_array_ref (regions);
  self->field = field;

  return self;
}

BmSearchResultKind
bm_search_result_get_kind (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), BM_SEARCH_RESULT_REGION);

  return self->kind;
}

/**
 * bm_search_result_get_id:
 *
 * Returns: the catalog id of the item found, unique among those of its kind
 */
const char *
bm_search_result_get_id (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), NULL);

  return self->id;
}

const char *
bm_search_result_get_title (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), NULL);

  return self->title;
}

static const char *
kind_to_label (BmSearchResult *self)
{
  switch (self->kind)
    {
    case BM_SEARCH_RESULT_REGION:
      return C_("search", "Region");
    case BM_SEARCH_RESULT_TECHNIQUE:
      return bm_technique_kind_to_label (bm_technique_get_kind (self->item));
    case BM_SEARCH_RESULT_PAIN_SOURCE:
      return bm_pain_source_kind_to_label (bm_pain_source_get_kind (self->item));
    case BM_SEARCH_RESULT_CAUSE:
      return C_("search", "Cause");
    case BM_SEARCH_RESULT_TIP:
      return C_("search", "Self-care");
    case BM_SEARCH_RESULT_RED_FLAG:
      return C_("search", "Warning sign");
    default:
      g_assert_not_reached ();
    }
}

/**
 * bm_search_result_get_subtitle:
 *
 * Returns: what the result is, and the names of all its regions
 */
const char *
bm_search_result_get_subtitle (BmSearchResult *self)
{
  g_autoptr(GString) names = NULL;

  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), NULL);

  if (self->subtitle != NULL)
    return self->subtitle;

  /* A region is its own place. */
  if (self->kind == BM_SEARCH_RESULT_REGION || self->regions->len == 0)
    return self->subtitle = g_strdup (kind_to_label (self));

  names = g_string_new (NULL);
  for (guint i = 0; i < self->regions->len; i++)
    {
      if (i > 0)
        /* Translators: between the names of the regions a search result belongs to */
        g_string_append (names, C_("search", ", "));
      g_string_append (names, bm_region_get_name (g_ptr_array_index (self->regions, i)));
    }

  /* Translators: a search result's kind and its regions, such as "Muscle · Lower back, Buttock" */
  self->subtitle = g_strdup_printf (_("%s · %s"), kind_to_label (self), names->str);

  return self->subtitle;
}

BmSearchField
bm_search_result_get_field (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), BM_SEARCH_FIELD_TITLE);

  return self->field;
}

/**
 * bm_search_result_get_regions:
 *
 * Returns: (transfer none) (element-type BmRegion): every region the result
 *   belongs to, in catalog order; empty for a technique no region suggests
 */
GPtrArray *
bm_search_result_get_regions (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), NULL);

  return self->regions;
}

/* The sides of the body the item applies to: an organ's own side, or all. */
static BmSide
get_item_sides (BmSearchResult *self)
{
  switch (self->kind)
    {
    case BM_SEARCH_RESULT_PAIN_SOURCE:
      return bm_pain_source_get_sides (self->item);
    case BM_SEARCH_RESULT_CAUSE:
      return bm_cause_get_sides (self->item);
    case BM_SEARCH_RESULT_RED_FLAG:
      return bm_red_flag_get_sides (self->item);
    case BM_SEARCH_RESULT_REGION:
    case BM_SEARCH_RESULT_TECHNIQUE:
    case BM_SEARCH_RESULT_TIP:
      return BM_SIDE_ALL;
    default:
      g_assert_not_reached ();
    }
}

/**
 * bm_search_result_get_first_spot:
 * @region: (out) (transfer none): the first region the result belongs to
 * @side: (out): the first side of @region that the result applies to: the
 *   right for the gallbladder, the left for a region on both sides
 *
 * Where to show the result on the map.
 *
 * Returns: %FALSE if the result belongs to no region
 */
gboolean
bm_search_result_get_first_spot (BmSearchResult  *self,
                                 BmRegion       **region,
                                 BmSide          *side)
{
  BmSide sides;

  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), FALSE);

  if (self->regions->len == 0)
    return FALSE;

  *region = g_ptr_array_index (self->regions, 0);
  sides = bm_region_get_sides (*region) & get_item_sides (self);
  if (sides == 0)
    sides = bm_region_get_sides (*region);
  *side = sides & -sides;

  return TRUE;
}

/**
 * bm_search_result_get_technique:
 *
 * Returns: (transfer none) (nullable): the technique found, if the result is one
 */
BmTechnique *
bm_search_result_get_technique (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), NULL);

  return self->kind == BM_SEARCH_RESULT_TECHNIQUE ? self->item : NULL;
}
