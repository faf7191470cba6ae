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
  guint hold_seconds;
  guint repetitions;
  guint rest_seconds;
  gboolean each_side;
  gboolean has_timing;
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
  self->repetitions = 1;
}

/* The timing of a routine comes as a whole or not at all. */
static gboolean
read_timing (BmStep      *self,
             JsonObject  *object,
             const char  *path,
             GError     **error)
{
  static const char * const timing_keys[] = {
    "hold_seconds", "repetitions", "rest_seconds", "each_side", NULL
  };
  gint64 hold, repetitions, rest;
  guint n_present = 0;

  for (guint i = 0; timing_keys[i] != NULL; i++)
    n_present += json_object_has_member (object, timing_keys[i]);

  if (n_present == 0)
    return TRUE;

  if (n_present != G_N_ELEMENTS (timing_keys) - 1)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                   "%s: a timed step has all of hold_seconds, repetitions, rest_seconds "
                   "and each_side", path);
      return FALSE;
    }

  if (!bm_json_get_int (object, path, "hold_seconds", 0, 3600, &hold, error) ||
      !bm_json_get_int (object, path, "repetitions", 1, 100, &repetitions, error) ||
      !bm_json_get_int (object, path, "rest_seconds", 0, 600, &rest, error) ||
      !bm_json_get_boolean (object, path, "each_side", &self->each_side, error))
    return FALSE;

  self->hold_seconds = hold;
  self->repetitions = repetitions;
  self->rest_seconds = rest;
  self->has_timing = TRUE;

  return TRUE;
}

BmStep *
bm_step_new_from_json (JsonNode    *node,
                       const char  *path,
                       BmCatalog   *catalog,
                       GError     **error)
{
  static const char * const keys[] = { "text", "illustration", NULL };
  static const char * const optional_keys[] = {
    "hold_seconds", "repetitions", "rest_seconds", "each_side", NULL
  };
  g_autoptr(BmStep) self = g_object_new (BM_TYPE_STEP, NULL);
  JsonObject *object;
  const char *illustration;

  if (!(object = bm_json_check_object_full (node, path, keys, optional_keys, error)) ||
      !(self->text = bm_json_dup_text (object, path, "text", error)) ||
      !(illustration = bm_json_get_id (object, path, "illustration", error)) ||
      !read_timing (self, object, path, error))
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

/**
 * bm_step_has_timing:
 *
 * Returns: whether the catalog times the step for a routine; every self-care step
 *   is timed, and an untimed step holds for 0 s once
 */
gboolean
bm_step_has_timing (BmStep *self)
{
  g_return_val_if_fail (BM_IS_STEP (self), FALSE);

  return self->has_timing;
}

/**
 * bm_step_get_hold_seconds:
 *
 * Returns: how long one repetition holds, 0 for a set-up step without a timed hold
 */
guint
bm_step_get_hold_seconds (BmStep *self)
{
  g_return_val_if_fail (BM_IS_STEP (self), 0);

  return self->hold_seconds;
}

/**
 * bm_step_get_repetitions:
 *
 * Returns: how many times the step is done (on each side when it has sides), from 1
 */
guint
bm_step_get_repetitions (BmStep *self)
{
  g_return_val_if_fail (BM_IS_STEP (self), 1);

  return self->repetitions;
}

/**
 * bm_step_get_rest_seconds:
 *
 * Returns: the rest after each repetition
 */
guint
bm_step_get_rest_seconds (BmStep *self)
{
  g_return_val_if_fail (BM_IS_STEP (self), 0);

  return self->rest_seconds;
}

/**
 * bm_step_get_each_side:
 *
 * Returns: whether the step is done on the left and then on the right
 */
gboolean
bm_step_get_each_side (BmStep *self)
{
  g_return_val_if_fail (BM_IS_STEP (self), FALSE);

  return self->each_side;
}
