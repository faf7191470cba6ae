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
  BmSide sides;
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
  self->sides = BM_SIDE_ALL;
}

BmRedFlag *
bm_red_flag_new_from_json (JsonNode    *node,
                           const char  *path,
                           BmCatalog   *catalog,
                           GError     **error)
{
  static const char * const keys[] = { "id", "text", "question", "urgency", "sources", NULL };
  static const char * const optional_keys[] = { "action", "sides", NULL };
  g_autoptr(BmRedFlag) self = g_object_new (BM_TYPE_RED_FLAG, NULL);
  JsonObject *object;
  const char *id;
  int urgency;

  if (!(object = bm_json_check_object_full (node, path, keys, optional_keys, error)) ||
      !(id = bm_json_get_id (object, path, "id", error)) ||
      !(self->text = bm_json_dup_text (object, path, "text", error)) ||
      !(self->question = bm_json_dup_text (object, path, "question", error)) ||
      !bm_json_get_enum (object, path, "urgency", BM_TYPE_URGENCY, &urgency, error) ||
      (json_object_has_member (object, "action") &&
       !(self->action = bm_json_dup_text (object, path, "action", error))) ||
      (json_object_has_member (object, "sides") &&
       !bm_json_get_flags (object, path, "sides", BM_TYPE_SIDE, &self->sides, error)) ||
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

/**
 * bm_red_flag_get_action:
 *
 * What to do that is particular to this flag, such as what to tell the
 * ambulance service; what every flag of its tier needs is bm_urgency_to_action().
 *
 * Returns: (nullable): the flag's own advice, or %NULL when it has none
 */
const char *
bm_red_flag_get_action (BmRedFlag *self)
{
  g_return_val_if_fail (BM_IS_RED_FLAG (self), NULL);

  return self->action;
}

/**
 * bm_red_flag_get_sides:
 *
 * Returns: the sides of the body where the flag applies; all three unless it
 *   belongs to an organ on one side, as the gallbladder's does on the right
 */
BmSide
bm_red_flag_get_sides (BmRedFlag *self)
{
  g_return_val_if_fail (BM_IS_RED_FLAG (self), BM_SIDE_ALL);

  return self->sides;
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
      return C_("urgency", "See a doctor within days to weeks");
    default:
      g_assert_not_reached ();
    }
}

/**
 * bm_urgency_to_action:
 *
 * Returns: (transfer none): what to do for any flag of that tier, one sentence, translated
 */
const char *
bm_urgency_to_action (BmUrgency urgency)
{
  switch (urgency)
    {
    case BM_URGENCY_EMERGENCY:
      return C_("urgency action",
                "Call an ambulance (112 in Europe, 999 in the UK, 911 in the US) or go to an "
                "emergency department (A&E) now.");
    case BM_URGENCY_TODAY:
      return C_("urgency action",
                "Contact a doctor today: ask your GP surgery for an urgent appointment, or use "
                "an out-of-hours or urgent care service if it is closed.");
    case BM_URGENCY_SOON:
      return C_("urgency action",
                "Book a GP appointment within the next few days to weeks.");
    default:
      g_assert_not_reached ();
    }
}
