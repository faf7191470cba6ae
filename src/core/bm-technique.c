/* bm-technique.c: a massage or self-care technique, with its dose and evidence
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-technique"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog-private.h"
#include "bm-enums.h"
#include "bm-step.h"
#include "bm-technique.h"

struct _BmTechnique
{
  GObject parent_instance;

  char *id;
  char *name;
  char *summary;
  char *session;
  char *dose;
  char **cautions;
  char *evidence_summary;
  GPtrArray *evidence_sources;
  GPtrArray *timing_sources;
  GPtrArray *steps;
  char **expect;
  char **tell_therapist;
  BmTechniqueKind kind;
  BmEquipment equipment;
  BmIntensity intensity;
  BmEvidence evidence;
  guint minutes;
};

G_DEFINE_FINAL_TYPE (BmTechnique, bm_technique, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_EQUIPMENT,
  PROP_MINUTES,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_technique_finalize (GObject *object)
{
  BmTechnique *self = (BmTechnique *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->summary);
  g_free (self->session);
  g_free (self->dose);
  g_strfreev (self->cautions);
  g_free (self->evidence_summary);
  g_clear_pointer (&self->evidence_sources, g_ptr_array_unref);
  g_clear_pointer (&self->timing_sources, g_ptr_array_unref);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_strfreev (self->expect);
  g_strfreev (self->tell_therapist);

  G_OBJECT_CLASS (bm_technique_parent_class)->finalize (object);
}

static void
bm_technique_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BmTechnique *self = BM_TECHNIQUE (object);

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

    case PROP_EQUIPMENT:
      g_value_set_flags (value, self->equipment);
      break;

    case PROP_MINUTES:
      g_value_set_uint (value, self->minutes);
      break;

    case PROP_EVIDENCE:
      g_value_set_enum (value, self->evidence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_technique_class_init (BmTechniqueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_technique_finalize;
  object_class->get_property = bm_technique_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BM_TYPE_TECHNIQUE_KIND, BM_TECHNIQUE_KIND_SELF,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EQUIPMENT] =
    g_param_spec_flags ("equipment", NULL, NULL, BM_TYPE_EQUIPMENT, BM_EQUIPMENT_NONE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MINUTES] =
    g_param_spec_uint ("minutes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVIDENCE] =
    g_param_spec_enum ("evidence", NULL, NULL, BM_TYPE_EVIDENCE, BM_EVIDENCE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_technique_init (BmTechnique *self)
{
}

/* Self-care is taught in steps; professional work is described by what to expect. */
static gboolean
check_kind_fields (BmTechnique  *self,
                   const char   *path,
                   GError      **error)
{
  const char *wrong = NULL;

  if (self->kind == BM_TECHNIQUE_KIND_SELF)
    {
      if (self->steps->len == 0)
        wrong = "steps: a self-care technique needs steps";
      else if (self->expect[0] != NULL)
        wrong = "expect: only for professional techniques";
      else if (self->tell_therapist[0] != NULL)
        wrong = "tell_therapist: only for professional techniques";
    }
  else
    {
      if (self->steps->len != 0)
        wrong = "steps: only for self-care techniques";
      else if (self->timing_sources->len != 0)
        wrong = "timing_sources: only for self-care techniques";
      else if (self->expect[0] == NULL)
        wrong = "expect: a professional technique says what to expect";
      else if (self->tell_therapist[0] == NULL)
        wrong = "tell_therapist: a professional technique says what to tell the therapist";
    }

  if (wrong != NULL)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE, "%s.%s", path, wrong);
      return FALSE;
    }

  return TRUE;
}

BmTechnique *
bm_technique_new_from_json (JsonNode    *node,
                            const char  *path,
                            BmCatalog   *catalog,
                            GError     **error)
{
  static const char * const keys[] = {
    "id", "name", "kind", "summary", "session", "dose", "equipment", "minutes", "intensity",
    "cautions", "evidence", "steps", "expect", "tell_therapist", NULL
  };
  static const char * const optional_keys[] = { "timing_sources", NULL };
  g_autoptr(BmTechnique) self = g_object_new (BM_TYPE_TECHNIQUE, NULL);
  JsonObject *object;
  const char *id;
  int kind, intensity;
  gint64 minutes;

  if (!(object = bm_json_check_object_full (node, path, keys, optional_keys, error)) ||
      !(id = bm_json_get_id (object, path, "id", error)) ||
      !(self->name = bm_json_dup_text (object, path, "name", error)) ||
      !bm_json_get_enum (object, path, "kind", BM_TYPE_TECHNIQUE_KIND, &kind, error) ||
      !(self->summary = bm_json_dup_text (object, path, "summary", error)) ||
      !(self->session = bm_json_dup_text (object, path, "session", error)) ||
      !(self->dose = bm_json_dup_text (object, path, "dose", error)) ||
      !bm_json_get_flags (object, path, "equipment", BM_TYPE_EQUIPMENT, &self->equipment, error) ||
      !bm_json_get_int (object, path, "minutes", 1, 600, &minutes, error) ||
      !bm_json_get_enum (object, path, "intensity", BM_TYPE_INTENSITY, &intensity, error) ||
      !(self->cautions = bm_json_dup_texts (object, path, "cautions", error)) ||
      !bm_evidence_read_json (catalog, object, path, &self->evidence, &self->evidence_summary,
                              &self->evidence_sources, error) ||
      !(self->timing_sources = json_object_has_member (object, "timing_sources")
        ? bm_catalog_resolve_list (catalog, BM_TABLE_SOURCES, object, path, "timing_sources",
                                   error)
        : g_ptr_array_new ()) ||
      !(self->steps = bm_catalog_parse_objects (catalog, object, path, "steps",
                                                (BmObjectFromJson) bm_step_new_from_json,
                                                error)) ||
      !(self->expect = bm_json_dup_texts (object, path, "expect", error)) ||
      !(self->tell_therapist = bm_json_dup_texts (object, path, "tell_therapist", error)))
    return NULL;

  self->id = g_strdup (id);
  self->kind = kind;
  self->intensity = intensity;
  self->minutes = minutes;

  if (!check_kind_fields (self, path, error))
    return NULL;

  for (guint i = 0; i < self->steps->len; i++)
    bm_step_set_number (g_ptr_array_index (self->steps, i), i + 1);

  return g_steal_pointer (&self);
}

const char *
bm_technique_get_id (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return self->id;
}

const char *
bm_technique_get_name (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return self->name;
}

BmTechniqueKind
bm_technique_get_kind (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), BM_TECHNIQUE_KIND_SELF);

  return self->kind;
}

const char *
bm_technique_get_summary (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return self->summary;
}

/**
 * bm_technique_get_session:
 *
 * Returns: what a session or a routine is like
 */
const char *
bm_technique_get_session (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return self->session;
}

/**
 * bm_technique_get_dose:
 *
 * Returns: how long, how hard and how often
 */
const char *
bm_technique_get_dose (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return self->dose;
}

BmEquipment
bm_technique_get_equipment (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), BM_EQUIPMENT_NONE);

  return self->equipment;
}

guint
bm_technique_get_minutes (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), 0);

  return self->minutes;
}

BmIntensity
bm_technique_get_intensity (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), BM_INTENSITY_GENTLE);

  return self->intensity;
}

/**
 * bm_technique_get_cautions:
 *
 * Returns: (transfer none): when to take care or not to use the technique
 */
const char * const *
bm_technique_get_cautions (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return (const char * const *) self->cautions;
}

BmEvidence
bm_technique_get_evidence (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), BM_EVIDENCE_NONE);

  return self->evidence;
}

const char *
bm_technique_get_evidence_summary (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return self->evidence_summary;
}

/**
 * bm_technique_get_evidence_sources:
 *
 * Returns: (transfer none) (element-type BmSource): the sources of the evidence grade
 */
GPtrArray *
bm_technique_get_evidence_sources (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return self->evidence_sources;
}

/**
 * bm_technique_get_timing_sources:
 *
 * Returns: (transfer none) (element-type BmSource): the sources the timings of the
 *   steps rest on, empty for a professional technique
 */
GPtrArray *
bm_technique_get_timing_sources (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return self->timing_sources;
}

/**
 * bm_technique_get_steps:
 *
 * Returns: (transfer none) (element-type BmStep): the numbered steps, empty for a
 *   professional technique
 */
GPtrArray *
bm_technique_get_steps (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return self->steps;
}

/**
 * bm_technique_get_expect:
 *
 * Returns: (transfer none): what to expect of a professional session
 */
const char * const *
bm_technique_get_expect (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return (const char * const *) self->expect;
}

/**
 * bm_technique_get_tell_therapist:
 *
 * Returns: (transfer none): what to tell the therapist
 */
const char * const *
bm_technique_get_tell_therapist (BmTechnique *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE (self), NULL);

  return (const char * const *) self->tell_therapist;
}

const char *
bm_intensity_to_label (BmIntensity intensity)
{
  switch (intensity)
    {
    case BM_INTENSITY_GENTLE:
      return C_("intensity", "Gentle");
    case BM_INTENSITY_MODERATE:
      return C_("intensity", "Moderate");
    case BM_INTENSITY_FIRM:
      return C_("intensity", "Firm");
    default:
      g_assert_not_reached ();
    }
}

const char *
bm_technique_kind_to_label (BmTechniqueKind kind)
{
  switch (kind)
    {
    case BM_TECHNIQUE_KIND_PROFESSIONAL:
      return C_("technique kind", "With a therapist");
    case BM_TECHNIQUE_KIND_SELF:
      return C_("technique kind", "Self-care");
    default:
      g_assert_not_reached ();
    }
}

/**
 * bm_equipment_to_label:
 *
 * Returns: (transfer full): the equipment as a translated, comma-separated list
 */
char *
bm_equipment_to_label (BmEquipment equipment)
{
  static const struct {
    BmEquipment flag;
    const char *label;
  } labels[] = {
    { BM_EQUIPMENT_NONE, NC_("equipment", "Nothing") },
    { BM_EQUIPMENT_BALL, NC_("equipment", "Ball") },
    { BM_EQUIPMENT_ROLLER, NC_("equipment", "Foam roller") },
    { BM_EQUIPMENT_STICK, NC_("equipment", "Massage stick") },
    { BM_EQUIPMENT_PARTNER, NC_("equipment", "A partner") },
    { BM_EQUIPMENT_HEAT, NC_("equipment", "Heat pack or warm bath") },
    { BM_EQUIPMENT_PLATFORM, NC_("equipment", "Trigger-point platform") },
    { BM_EQUIPMENT_MAT, NC_("equipment", "Mat") },
    { BM_EQUIPMENT_THERAPIST, NC_("equipment", "A therapist") },
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (!(equipment & labels[i].flag))
        continue;
      if (text->len > 0)
        /* Translators: separates the items of a list */
        g_string_append (text, _(", "));
      g_string_append (text, g_dpgettext2 (GETTEXT_PACKAGE, "equipment", labels[i].label));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
