/* bm-cause.c: a possible cause of back pain
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-cause"

#include "config.h"

#include "bm-catalog-private.h"
#include "bm-cause.h"
#include "bm-enums.h"

struct _BmCause
{
  GObject parent_instance;

  char *id;
  char *name;
  char *summary;
  GPtrArray *sources;
  BmCauseKind kind;
  BmSide sides;
};

G_DEFINE_FINAL_TYPE (BmCause, bm_cause, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_cause_finalize (GObject *object)
{
  BmCause *self = (BmCause *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->summary);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (bm_cause_parent_class)->finalize (object);
}

static void
bm_cause_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BmCause *self = BM_CAUSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_cause_class_init (BmCauseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_cause_finalize;
  object_class->get_property = bm_cause_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BM_TYPE_CAUSE_KIND, BM_CAUSE_KIND_CONDITION,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_cause_init (BmCause *self)
{
  self->kind = BM_CAUSE_KIND_CONDITION;
  self->sides = BM_SIDE_ALL;
}

BmCause *
bm_cause_new_from_json (JsonNode    *node,
                        const char  *path,
                        BmCatalog   *catalog,
                        GError     **error)
{
  static const char * const keys[] = { "id", "name", "summary", "sources", NULL };
  static const char * const optional_keys[] = { "kind", "sides", NULL };
  g_autoptr(BmCause) self = g_object_new (BM_TYPE_CAUSE, NULL);
  JsonObject *object;
  const char *id;
  int kind = BM_CAUSE_KIND_CONDITION;

  if (!(object = bm_json_check_object_full (node, path, keys, optional_keys, error)) ||
      !(id = bm_json_get_id (object, path, "id", error)) ||
      (json_object_has_member (object, "kind") &&
       !bm_json_get_enum (object, path, "kind", BM_TYPE_CAUSE_KIND, &kind, error)) ||
      (json_object_has_member (object, "sides") &&
       !bm_json_get_flags (object, path, "sides", BM_TYPE_SIDE, &self->sides, error)) ||
      !(self->name = bm_json_dup_text (object, path, "name", error)) ||
      !(self->summary = bm_json_dup_text (object, path, "summary", error)) ||
      !(self->sources = bm_catalog_resolve_list (catalog, BM_TABLE_SOURCES, object, path,
                                                 "sources", error)))
    return NULL;

  self->id = g_strdup (id);
  self->kind = kind;

  return g_steal_pointer (&self);
}

const char *
bm_cause_get_id (BmCause *self)
{
  g_return_val_if_fail (BM_IS_CAUSE (self), NULL);

  return self->id;
}

const char *
bm_cause_get_name (BmCause *self)
{
  g_return_val_if_fail (BM_IS_CAUSE (self), NULL);

  return self->name;
}

/**
 * bm_cause_get_kind:
 *
 * Returns: whether this is a condition that causes pain or a risk factor that
 *   makes back pain likelier
 */
BmCauseKind
bm_cause_get_kind (BmCause *self)
{
  g_return_val_if_fail (BM_IS_CAUSE (self), BM_CAUSE_KIND_CONDITION);

  return self->kind;
}

/**
 * bm_cause_get_sides:
 *
 * Returns: the sides of the body where the cause may give pain; all three unless
 *   the cause sits on one side, as the gallbladder does on the right
 */
BmSide
bm_cause_get_sides (BmCause *self)
{
  g_return_val_if_fail (BM_IS_CAUSE (self), BM_SIDE_ALL);

  return self->sides;
}

const char *
bm_cause_get_summary (BmCause *self)
{
  g_return_val_if_fail (BM_IS_CAUSE (self), NULL);

  return self->summary;
}

/**
 * bm_cause_get_sources:
 *
 * Returns: (transfer none) (element-type BmSource): the sources for what the summary says
 */
GPtrArray *
bm_cause_get_sources (BmCause *self)
{
  g_return_val_if_fail (BM_IS_CAUSE (self), NULL);

  return self->sources;
}
