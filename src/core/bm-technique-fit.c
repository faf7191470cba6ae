/* bm-technique-fit.c: a technique suited to a region, and why
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-technique-fit"

#include "config.h"

#include "bm-catalog-private.h"
#include "bm-technique-fit.h"
#include "bm-technique.h"

struct _BmTechniqueFit
{
  GObject parent_instance;

  BmTechnique *technique; /* owned by the catalog */
  char *why;
};

G_DEFINE_FINAL_TYPE (BmTechniqueFit, bm_technique_fit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TECHNIQUE,
  PROP_WHY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_technique_fit_finalize (GObject *object)
{
  BmTechniqueFit *self = (BmTechniqueFit *)object;

  g_free (self->why);

  G_OBJECT_CLASS (bm_technique_fit_parent_class)->finalize (object);
}

static void
bm_technique_fit_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BmTechniqueFit *self = BM_TECHNIQUE_FIT (object);

  switch (prop_id)
    {
    case PROP_TECHNIQUE:
      g_value_set_object (value, self->technique);
      break;

    case PROP_WHY:
      g_value_set_string (value, self->why);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_technique_fit_class_init (BmTechniqueFitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_technique_fit_finalize;
  object_class->get_property = bm_technique_fit_get_property;

  properties[PROP_TECHNIQUE] =
    g_param_spec_object ("technique", NULL, NULL, BM_TYPE_TECHNIQUE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHY] =
    g_param_spec_string ("why", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_technique_fit_init (BmTechniqueFit *self)
{
}

BmTechniqueFit *
bm_technique_fit_new_from_json (JsonNode    *node,
                                const char  *path,
                                BmCatalog   *catalog,
                                GError     **error)
{
  static const char * const keys[] = { "id", "why", NULL };
  g_autoptr(BmTechniqueFit) self = g_object_new (BM_TYPE_TECHNIQUE_FIT, NULL);
  JsonObject *object;

  if (!(object = bm_json_check_object (node, path, keys, error)) ||
      !(self->technique = bm_catalog_resolve (catalog, BM_TABLE_TECHNIQUES, object, path, "id",
                                              error)) ||
      !(self->why = bm_json_dup_text (object, path, "why", error)))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * bm_technique_fit_get_technique:
 *
 * Returns: (transfer none): the technique
 */
BmTechnique *
bm_technique_fit_get_technique (BmTechniqueFit *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE_FIT (self), NULL);

  return self->technique;
}

/**
 * bm_technique_fit_get_why:
 *
 * Returns: in one line, why the technique suits the region
 */
const char *
bm_technique_fit_get_why (BmTechniqueFit *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE_FIT (self), NULL);

  return self->why;
}
