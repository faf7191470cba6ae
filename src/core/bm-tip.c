/* bm-tip.c: a short piece of self-care advice
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-tip"

#include "config.h"

#include "bm-catalog-private.h"
#include "bm-tip.h"

struct _BmTip
{
  GObject parent_instance;

  char *id;
  char *text;
  GPtrArray *sources;
};

G_DEFINE_FINAL_TYPE (BmTip, bm_tip, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_tip_finalize (GObject *object)
{
  BmTip *self = (BmTip *)object;

  g_free (self->id);
  g_free (self->text);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (bm_tip_parent_class)->finalize (object);
}

static void
bm_tip_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  BmTip *self = BM_TIP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_tip_class_init (BmTipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_tip_finalize;
  object_class->get_property = bm_tip_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_tip_init (BmTip *self)
{
}

BmTip *
bm_tip_new_from_json (JsonNode    *node,
                      const char  *path,
                      BmCatalog   *catalog,
                      GError     **error)
{
  static const char * const keys[] = { "id", "text", "sources", NULL };
  g_autoptr(BmTip) self = g_object_new (BM_TYPE_TIP, NULL);
  JsonObject *object;
  const char *id;

  if (!(object = bm_json_check_object (node, path, keys, error)) ||
      !(id = bm_json_get_id (object, path, "id", error)) ||
      !(self->text = bm_json_dup_text (object, path, "text", error)) ||
      !(self->sources = bm_catalog_resolve_list (catalog, BM_TABLE_SOURCES, object, path,
                                                 "sources", error)))
    return NULL;

  self->id = g_strdup (id);

  return g_steal_pointer (&self);
}

const char *
bm_tip_get_id (BmTip *self)
{
  g_return_val_if_fail (BM_IS_TIP (self), NULL);

  return self->id;
}

const char *
bm_tip_get_text (BmTip *self)
{
  g_return_val_if_fail (BM_IS_TIP (self), NULL);

  return self->text;
}

/**
 * bm_tip_get_sources:
 *
 * Returns: (transfer none) (element-type BmSource): the sources behind the advice
 */
GPtrArray *
bm_tip_get_sources (BmTip *self)
{
  g_return_val_if_fail (BM_IS_TIP (self), NULL);

  return self->sources;
}
