/* bm-pain-type.c: a type of pain: axial, referred or radicular
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-pain-type"

#include "config.h"

#include "bm-catalog-private.h"
#include "bm-pain-type.h"

struct _BmPainType
{
  GObject parent_instance;

  char *id;
  char *name;
  char *feels_like;
  char *how_to_tell;
  char *advice;
};

G_DEFINE_FINAL_TYPE (BmPainType, bm_pain_type, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_pain_type_finalize (GObject *object)
{
  BmPainType *self = (BmPainType *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->feels_like);
  g_free (self->how_to_tell);
  g_free (self->advice);

  G_OBJECT_CLASS (bm_pain_type_parent_class)->finalize (object);
}

static void
bm_pain_type_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BmPainType *self = BM_PAIN_TYPE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_pain_type_class_init (BmPainTypeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_pain_type_finalize;
  object_class->get_property = bm_pain_type_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_pain_type_init (BmPainType *self)
{
}

BmPainType *
bm_pain_type_new_from_json (JsonNode    *node,
                            const char  *path,
                            BmCatalog   *catalog,
                            GError     **error)
{
  static const char * const keys[] = { "id", "name", "feels_like", "how_to_tell", "advice", NULL };
  g_autoptr(BmPainType) self = g_object_new (BM_TYPE_PAIN_TYPE, NULL);
  JsonObject *object;
  const char *id;

  if (!(object = bm_json_check_object (node, path, keys, error)) ||
      !(id = bm_json_get_id (object, path, "id", error)) ||
      !(self->name = bm_json_dup_text (object, path, "name", error)) ||
      !(self->feels_like = bm_json_dup_text (object, path, "feels_like", error)) ||
      !(self->how_to_tell = bm_json_dup_text (object, path, "how_to_tell", error)) ||
      !(self->advice = bm_json_dup_text (object, path, "advice", error)))
    return NULL;

  self->id = g_strdup (id);

  return g_steal_pointer (&self);
}

const char *
bm_pain_type_get_id (BmPainType *self)
{
  g_return_val_if_fail (BM_IS_PAIN_TYPE (self), NULL);

  return self->id;
}

const char *
bm_pain_type_get_name (BmPainType *self)
{
  g_return_val_if_fail (BM_IS_PAIN_TYPE (self), NULL);

  return self->name;
}

const char *
bm_pain_type_get_feels_like (BmPainType *self)
{
  g_return_val_if_fail (BM_IS_PAIN_TYPE (self), NULL);

  return self->feels_like;
}

const char *
bm_pain_type_get_how_to_tell (BmPainType *self)
{
  g_return_val_if_fail (BM_IS_PAIN_TYPE (self), NULL);

  return self->how_to_tell;
}

const char *
bm_pain_type_get_advice (BmPainType *self)
{
  g_return_val_if_fail (BM_IS_PAIN_TYPE (self), NULL);

  return self->advice;
}
