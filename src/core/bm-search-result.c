/* bm-search-result.c: one thing search can find: a region, cause, source, technique or tip
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-search-result"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-cause.h"
#include "bm-pain-source.h"
#include "bm-region.h"
#include "bm-search-result.h"
#include "bm-technique-fit.h"
#include "bm-technique.h"
#include "bm-tip.h"

struct _BmSearchResult
{
  GObject parent_instance;

  char *title;
  char *subtitle;
  char *text;               /* what the search matches: title and subtitle */
  BmRegion *region;         /* what activating the result shows, owned by the catalog */
  BmTechnique *technique;
  BmSearchResultKind kind;
};

G_DEFINE_FINAL_TYPE (BmSearchResult, bm_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_search_result_finalize (GObject *object)
{
  BmSearchResult *self = (BmSearchResult *)object;

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->text);

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
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
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
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BmSearchResult:text:
   *
   * What a search matches against: the title and the subtitle.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_search_result_init (BmSearchResult *self)
{
}

static void
add (GListStore         *store,
     BmSearchResultKind  kind,
     const char         *title,
     const char         *what,
     const char         *where,
     BmRegion           *region,
     BmTechnique        *technique)
{
  g_autoptr(BmSearchResult) self = g_object_new (BM_TYPE_SEARCH_RESULT, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  self->subtitle = where != NULL
    /* Translators: a search result's kind and where it leads, such as "Muscle · Lower back" */
    ? g_strdup_printf (_("%s · %s"), what, where)
    : g_strdup (what);
  self->text = g_strconcat (self->title, " ", self->subtitle, NULL);
  self->region = region;
  self->technique = technique;
  g_list_store_append (store, self);
}

/* The first region that lists @item among its own, to show for it. */
static BmRegion *
first_region_with (BmCatalog *catalog,
                   gpointer   item,
                   GPtrArray *(*get_list) (BmRegion *))
{
  GPtrArray *regions = bm_catalog_get_regions (catalog);

  for (guint i = 0; i < regions->len; i++)
    if (g_ptr_array_find (get_list (g_ptr_array_index (regions, i)), item, NULL))
      return g_ptr_array_index (regions, i);

  return NULL;
}

/**
 * bm_search_result_list_new:
 *
 * Makes everything in the catalog findable, in the current language: regions,
 * causes, pain sources, techniques and tips. Each leads to a region, or for a
 * technique to its page.
 *
 * Returns: (transfer full): the results (#BmSearchResult), unfiltered
 */
GListModel *
bm_search_result_list_new (BmCatalog *catalog)
{
  GListStore *store = g_list_store_new (BM_TYPE_SEARCH_RESULT);
  GPtrArray *list;

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);

  list = bm_catalog_get_regions (catalog);
  for (guint i = 0; i < list->len; i++)
    {
      BmRegion *region = g_ptr_array_index (list, i);

      add (store, BM_SEARCH_RESULT_REGION, bm_region_get_name (region), C_("search", "Region"),
           NULL, region, NULL);
    }

  list = bm_catalog_get_techniques (catalog);
  for (guint i = 0; i < list->len; i++)
    {
      BmTechnique *technique = g_ptr_array_index (list, i);

      add (store, BM_SEARCH_RESULT_TECHNIQUE, bm_technique_get_name (technique),
           bm_technique_kind_to_label (bm_technique_get_kind (technique)), NULL, NULL, technique);
    }

  list = bm_catalog_get_pain_sources (catalog);
  for (guint i = 0; i < list->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (list, i);
      GPtrArray *in = bm_pain_source_get_located_in (source);
      GPtrArray *to = bm_pain_source_get_refers_to (source);
      BmRegion *region = in->len > 0 ? g_ptr_array_index (in, 0)
                       : to->len > 0 ? g_ptr_array_index (to, 0)
                       : NULL;

      if (region != NULL)
        add (store, BM_SEARCH_RESULT_PAIN_SOURCE, bm_pain_source_get_name (source),
             bm_pain_source_kind_to_label (bm_pain_source_get_kind (source)),
             bm_region_get_name (region), region, NULL);
    }

  list = bm_catalog_get_causes (catalog);
  for (guint i = 0; i < list->len; i++)
    {
      BmCause *cause = g_ptr_array_index (list, i);
      BmRegion *region = first_region_with (catalog, cause, bm_region_get_causes);

      if (region != NULL)
        add (store, BM_SEARCH_RESULT_CAUSE, bm_cause_get_name (cause), C_("search", "Cause"),
             bm_region_get_name (region), region, NULL);
    }

  list = bm_catalog_get_tips (catalog);
  for (guint i = 0; i < list->len; i++)
    {
      BmTip *tip = g_ptr_array_index (list, i);
      BmRegion *region = first_region_with (catalog, tip, bm_region_get_self_care);

      if (region != NULL)
        add (store, BM_SEARCH_RESULT_TIP, bm_tip_get_text (tip), C_("search", "Self-care"),
             bm_region_get_name (region), region, NULL);
    }

  return G_LIST_MODEL (store);
}

BmSearchResultKind
bm_search_result_get_kind (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), BM_SEARCH_RESULT_REGION);

  return self->kind;
}

const char *
bm_search_result_get_title (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), NULL);

  return self->title;
}

const char *
bm_search_result_get_subtitle (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), NULL);

  return self->subtitle;
}

/**
 * bm_search_result_get_region:
 *
 * Returns: (transfer none) (nullable): the region the result leads to
 */
BmRegion *
bm_search_result_get_region (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), NULL);

  return self->region;
}

/**
 * bm_search_result_get_technique:
 *
 * Returns: (transfer none) (nullable): the technique the result leads to
 */
BmTechnique *
bm_search_result_get_technique (BmSearchResult *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_RESULT (self), NULL);

  return self->technique;
}
