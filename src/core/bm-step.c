/* bm-step.c: one illustrated step of a self-care technique
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-step"

#include "config.h"

#include "bm-catalog-private.h"
#include "bm-step.h"

struct _BmStep
{
  GObject parent_instance;

  char *text;
  char *illustration;
  guint number;
};

G_DEFINE_FINAL_TYPE (BmStep, bm_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_step_finalize (GObject *object)
{
  BmStep *self = (BmStep *)object;

  g_free (self->text);
  g_free (self->illustration);

  G_OBJECT_CLASS (bm_step_parent_class)->finalize (object);
}

static void
bm_step_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  BmStep *self = BM_STEP (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_step_class_init (BmStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_step_finalize;
  object_class->get_property = bm_step_get_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_step_init (BmStep *self)
{
}

BmStep *
bm_step_new_from_json (JsonNode    *node,
                       const char  *path,
                       BmCatalog   *catalog,
                       GError     **error)
{
  static const char * const keys[] = { "text", "illustration", NULL };
  g_autoptr(BmStep) self = g_object_new (BM_TYPE_STEP, NULL);
  JsonObject *object;
  const char *illustration;

  if (!(object = bm_json_check_object (node, path, keys, error)) ||
      !(self->text = bm_json_dup_text (object, path, "text", error)) ||
      !(illustration = bm_json_get_id (object, path, "illustration", error)))
    return NULL;

  if (!bm_catalog_has_illustration (catalog, illustration))
    {
      g_set_error (error, BM_CATALOG_ERROR, BM_CATALOG_ERROR_MISSING_FILE,
                   "%s.illustration: no such file \"illustrations/%s.svg\"", path, illustration);
      return NULL;
    }

  self->illustration = g_strdup (illustration);

  return g_steal_pointer (&self);
}

void
bm_step_set_number (BmStep *self,
                    guint   number)
{
  self->number = number;
}

/**
 * bm_step_get_number:
 *
 * Returns: the step's place in its technique, from 1
 */
guint
bm_step_get_number (BmStep *self)
{
  g_return_val_if_fail (BM_IS_STEP (self), 0);

  return self->number;
}

const char *
bm_step_get_text (BmStep *self)
{
  g_return_val_if_fail (BM_IS_STEP (self), NULL);

  return self->text;
}

/**
 * bm_step_dup_illustration_path:
 *
 * Returns: (transfer full): the resource path of the step's illustration
 */
char *
bm_step_dup_illustration_path (BmStep *self)
{
  g_return_val_if_fail (BM_IS_STEP (self), NULL);

  return g_strdup_printf (RESOURCE_PREFIX "/illustrations/%s.svg", self->illustration);
}
