/* bm-red-flag.c: a sign that needs a doctor rather than self-care
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-red-flag"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog-private.h"
#include "bm-enums.h"
#include "bm-red-flag.h"

struct _BmRedFlag
{
  GObject parent_instance;

  char *id;
  char *text;
  char *question;
  char *action;
  GPtrArray *sources;
  BmUrgency urgency;
};

G_DEFINE_FINAL_TYPE (BmRedFlag, bm_red_flag, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_URGENCY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_red_flag_finalize (GObject *object)
{
  BmRedFlag *self = (BmRedFlag *)object;

  g_free (self->id);
  g_free (self->text);
  g_free (self->question);
  g_free (self->action);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (bm_red_flag_parent_class)->finalize (object);
}

static void
bm_red_flag_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BmRedFlag *self = BM_RED_FLAG (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_red_flag_class_init (BmRedFlagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_red_flag_finalize;
  object_class->get_property = bm_red_flag_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL, BM_TYPE_URGENCY, BM_URGENCY_SOON,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_red_flag_init (BmRedFlag *self)
{
}

BmRedFlag *
bm_red_flag_new_from_json (JsonNode    *node,
                           const char  *path,
                           BmCatalog   *catalog,
                           GError     **error)
{
  static const char * const keys[] = {
    "id", "text", "question", "urgency", "action", "sources", NULL
  };
  g_autoptr(BmRedFlag) self = g_object_new (BM_TYPE_RED_FLAG, NULL);
  JsonObject *object;
  const char *id;
  int urgency;

  if (!(object = bm_json_check_object (node, path, keys, error)) ||
      !(id = bm_json_get_id (object, path, "id", error)) ||
      !(self->text = bm_json_dup_text (object, path, "text", error)) ||
      !(self->question = bm_json_dup_text (object, path, "question", error)) ||
      !bm_json_get_enum (object, path, "urgency", BM_TYPE_URGENCY, &urgency, error) ||
      !(self->action = bm_json_dup_text (object, path, "action", error)) ||
      !(self->sources = bm_catalog_resolve_list (catalog, BM_TABLE_SOURCES, object, path,
                                                 "sources", error)))
    return NULL;

  self->id = g_strdup (id);
  self->urgency = urgency;

  return g_steal_pointer (&self);
}

const char *
bm_red_flag_get_id (BmRedFlag *self)
{
  g_return_val_if_fail (BM_IS_RED_FLAG (self), NULL);

  return self->id;
}

const char *
bm_red_flag_get_text (BmRedFlag *self)
{
  g_return_val_if_fail (BM_IS_RED_FLAG (self), NULL);

  return self->text;
}

const char *
bm_red_flag_get_question (BmRedFlag *self)
{
  g_return_val_if_fail (BM_IS_RED_FLAG (self), NULL);

  return self->question;
}

BmUrgency
bm_red_flag_get_urgency (BmRedFlag *self)
{
  g_return_val_if_fail (BM_IS_RED_FLAG (self), BM_URGENCY_SOON);

  return self->urgency;
}

const char *
bm_red_flag_get_action (BmRedFlag *self)
{
  g_return_val_if_fail (BM_IS_RED_FLAG (self), NULL);

  return self->action;
}

/**
 * bm_red_flag_get_sources:
 *
 * Returns: (transfer none) (element-type BmSource): the sources of the flag
 */
GPtrArray *
bm_red_flag_get_sources (BmRedFlag *self)
{
  g_return_val_if_fail (BM_IS_RED_FLAG (self), NULL);

  return self->sources;
}

/**
 * bm_urgency_to_label:
 *
 * Returns: (transfer none): how urgent, in words, translated
 */
const char *
bm_urgency_to_label (BmUrgency urgency)
{
  switch (urgency)
    {
    case BM_URGENCY_EMERGENCY:
      return C_("urgency", "Emergency");
    case BM_URGENCY_TODAY:
      return C_("urgency", "See a doctor today");
    case BM_URGENCY_SOON:
      return C_("urgency", "See a doctor within days");
    default:
      g_assert_not_reached ();
    }
}
