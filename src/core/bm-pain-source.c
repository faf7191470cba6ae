/* bm-pain-source.c: a muscle, joint, nerve root or organ that may cause pain
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-pain-source"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog-private.h"
#include "bm-enums.h"
#include "bm-pain-source.h"
#include "bm-region.h"
#include "bm-technique.h"

struct _BmPainSource
{
  GObject parent_instance;

  char *id;
  char *name;
  GPtrArray *located_in; /* BmRegion, owned by the catalog */
  GPtrArray *refers_to;  /* BmRegion, owned by the catalog */
  char *aggravated_by;
  char *note;
  GPtrArray *sources;
  /* A muscle's own page; empty for the other kinds. */
  char *find_it;
  char *trigger_points;
  GPtrArray *self_treatment; /* BmTechnique, owned by the catalog */
  char *evidence_summary;
  GPtrArray *evidence_sources;
  BmPainSourceKind kind;
  BmSide sides;
  BmMuscleDepth depth;
  BmEvidence evidence;
};

G_DEFINE_FINAL_TYPE (BmPainSource, bm_pain_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_pain_source_finalize (GObject *object)
{
  BmPainSource *self = (BmPainSource *)object;

  g_free (self->id);
  g_free (self->name);
  g_clear_pointer (&self->located_in, g_ptr_array_unref);
  g_clear_pointer (&self->refers_to, g_ptr_array_unref);
  g_free (self->aggravated_by);
  g_free (self->note);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_free (self->find_it);
  g_free (self->trigger_points);
  g_clear_pointer (&self->self_treatment, g_ptr_array_unref);
  g_free (self->evidence_summary);
  g_clear_pointer (&self->evidence_sources, g_ptr_array_unref);

  G_OBJECT_CLASS (bm_pain_source_parent_class)->finalize (object);
}

static void
bm_pain_source_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BmPainSource *self = BM_PAIN_SOURCE (object);

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
bm_pain_source_class_init (BmPainSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_pain_source_finalize;
  object_class->get_property = bm_pain_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BM_TYPE_PAIN_SOURCE_KIND, BM_PAIN_SOURCE_KIND_MUSCLE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_pain_source_init (BmPainSource *self)
{
  self->sides = BM_SIDE_ALL;
  self->evidence = BM_EVIDENCE_NONE;
  self->self_treatment = g_ptr_array_new ();
  self->evidence_sources = g_ptr_array_new ();
}

/* Self-treatment is done alone: a technique a therapist gives has no place in the list. */
static gboolean
read_self_treatment (BmPainSource  *self,
                     JsonObject    *object,
                     const char    *path,
                     BmCatalog     *catalog,
                     GError       **error)
{
  g_autoptr(GPtrArray) techniques = bm_catalog_resolve_list (catalog, BM_TABLE_TECHNIQUES, object,
                                                             path, "self_treatment", error);

  if (techniques == NULL)
    return FALSE;

  for (guint i = 0; i < techniques->len; i++)
    {
      BmTechnique *technique = g_ptr_array_index (techniques, i);

      if (bm_technique_get_kind (technique) != BM_TECHNIQUE_KIND_SELF)
        {
          g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                       "%s.self_treatment[%u]: \"%s\" is not a self-care technique",
                       path, i, bm_technique_get_id (technique));
          return FALSE;
        }
    }

  g_ptr_array_unref (self->self_treatment);
  self->self_treatment = g_steal_pointer (&techniques);
  return TRUE;
}

/* The fields of a muscle's page; each is optional until the content has them all. */
static gboolean
read_muscle_fields (BmPainSource  *self,
                    JsonObject    *object,
                    const char    *path,
                    BmCatalog     *catalog,
                    GError       **error)
{
  static const char * const muscle_keys[] = {
    "depth", "find_it", "trigger_points", "self_treatment", "evidence", NULL
  };
  int depth;

  if (self->kind != BM_PAIN_SOURCE_KIND_MUSCLE)
    {
      for (guint i = 0; muscle_keys[i] != NULL; i++)
        {
          if (json_object_has_member (object, muscle_keys[i]))
            {
              g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_UNKNOWN_KEY,
                           "%s.%s: only a muscle has this field", path, muscle_keys[i]);
              return FALSE;
            }
        }
      return TRUE;
    }

  if (json_object_has_member (object, "depth"))
    {
      if (!bm_json_get_enum (object, path, "depth", BM_TYPE_MUSCLE_DEPTH, &depth, error))
        return FALSE;
      self->depth = depth;
    }

  if ((json_object_has_member (object, "find_it") &&
       !(self->find_it = bm_json_dup_text (object, path, "find_it", error))) ||
      (json_object_has_member (object, "trigger_points") &&
       !(self->trigger_points = bm_json_dup_text (object, path, "trigger_points", error))) ||
      (json_object_has_member (object, "self_treatment") &&
       !read_self_treatment (self, object, path, catalog, error)))
    return FALSE;

  if (json_object_has_member (object, "evidence"))
    {
      g_clear_pointer (&self->evidence_sources, g_ptr_array_unref);
      return bm_evidence_read_json (catalog, object, path, &self->evidence,
                                    &self->evidence_summary, &self->evidence_sources, error);
    }

  return TRUE;
}

BmPainSource *
bm_pain_source_new_from_json (JsonNode    *node,
                              const char  *path,
                              BmCatalog   *catalog,
                              GError     **error)
{
  static const char * const keys[] = {
    "id", "name", "kind", "located_in", "refers_to", "note", "sources", NULL
  };
  static const char * const optional_keys[] = {
    "aggravated_by", "sides", "depth", "find_it", "trigger_points", "self_treatment", "evidence",
    NULL
  };
  g_autoptr(BmPainSource) self = g_object_new (BM_TYPE_PAIN_SOURCE, NULL);
  JsonObject *object;
  const char *id;
  int kind;

  if (!(object = bm_json_check_object_full (node, path, keys, optional_keys, error)) ||
      !(id = bm_json_get_id (object, path, "id", error)) ||
      !(self->name = bm_json_dup_text (object, path, "name", error)) ||
      !bm_json_get_enum (object, path, "kind", BM_TYPE_PAIN_SOURCE_KIND, &kind, error) ||
      !(self->located_in = bm_catalog_resolve_list (catalog, BM_TABLE_REGIONS, object, path,
                                                    "located_in", error)) ||
      !(self->refers_to = bm_catalog_resolve_list (catalog, BM_TABLE_REGIONS, object, path,
                                                   "refers_to", error)) ||
      (json_object_has_member (object, "aggravated_by") &&
       !(self->aggravated_by = bm_json_dup_text (object, path, "aggravated_by", error))) ||
      (json_object_has_member (object, "sides") &&
       !bm_json_get_flags (object, path, "sides", BM_TYPE_SIDE, &self->sides, error)) ||
      !(self->note = bm_json_dup_text (object, path, "note", error)) ||
      !(self->sources = bm_catalog_resolve_list (catalog, BM_TABLE_SOURCES, object, path,
                                                 "sources", error)))
    return NULL;

  self->kind = kind;
  if (!read_muscle_fields (self, object, path, catalog, error))
    return NULL;

  self->id = g_strdup (id);

  return g_steal_pointer (&self);
}

const char *
bm_pain_source_get_id (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->id;
}

const char *
bm_pain_source_get_name (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->name;
}

BmPainSourceKind
bm_pain_source_get_kind (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), BM_PAIN_SOURCE_KIND_MUSCLE);

  return self->kind;
}

/**
 * bm_pain_source_get_located_in:
 *
 * Returns: (transfer none) (element-type BmRegion): where the source sits; empty for
 *   an organ deep in the body
 */
GPtrArray *
bm_pain_source_get_located_in (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->located_in;
}

/**
 * bm_pain_source_get_refers_to:
 *
 * Returns: (transfer none) (element-type BmRegion): where the source may refer pain;
 *   empty when our sources do not say
 */
GPtrArray *
bm_pain_source_get_refers_to (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->refers_to;
}

/**
 * bm_pain_source_get_sides:
 *
 * Returns: the sides of the body where the source may give pain; all three unless
 *   it sits on one side, as the gallbladder does on the right
 */
BmSide
bm_pain_source_get_sides (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), BM_SIDE_ALL);

  return self->sides;
}

/**
 * bm_pain_source_get_aggravated_by:
 *
 * Returns: (nullable): what makes the pain worse, or %NULL when our sources do not say
 */
const char *
bm_pain_source_get_aggravated_by (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->aggravated_by;
}

const char *
bm_pain_source_get_note (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->note;
}

/**
 * bm_pain_source_get_sources:
 *
 * Returns: (transfer none) (element-type BmSource): the sources of the referral pattern
 */
GPtrArray *
bm_pain_source_get_sources (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->sources;
}

/**
 * bm_pain_source_get_depth:
 *
 * Returns: whether a muscle lies under others; superficial for the other kinds
 */
BmMuscleDepth
bm_pain_source_get_depth (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), BM_MUSCLE_DEPTH_SUPERFICIAL);

  return self->depth;
}

/**
 * bm_pain_source_get_find_it:
 *
 * Returns: (nullable): where a muscle is and how to find it on oneself
 */
const char *
bm_pain_source_get_find_it (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->find_it;
}

/**
 * bm_pain_source_get_trigger_points:
 *
 * Returns: (nullable): a muscle's common trigger points in words, one for each dot
 *   on the map
 */
const char *
bm_pain_source_get_trigger_points (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->trigger_points;
}

/**
 * bm_pain_source_get_self_treatment:
 *
 * Returns: (transfer none) (element-type BmTechnique): a muscle's own self-treatment
 *   position first, then its stretch; empty for the other kinds
 */
GPtrArray *
bm_pain_source_get_self_treatment (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->self_treatment;
}

/**
 * bm_pain_source_get_evidence:
 *
 * Returns: the grade of the evidence for a muscle's pattern and its self-treatment;
 *   %BM_EVIDENCE_NONE when not graded (see bm_pain_source_get_evidence_summary())
 */
BmEvidence
bm_pain_source_get_evidence (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), BM_EVIDENCE_NONE);

  return self->evidence;
}

/**
 * bm_pain_source_get_evidence_summary:
 *
 * Returns: (nullable): what the grade rests on, or %NULL when not graded
 */
const char *
bm_pain_source_get_evidence_summary (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->evidence_summary;
}

/**
 * bm_pain_source_get_evidence_sources:
 *
 * Returns: (transfer none) (element-type BmSource): the sources of the grade; empty
 *   when not graded
 */
GPtrArray *
bm_pain_source_get_evidence_sources (BmPainSource *self)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return self->evidence_sources;
}

/**
 * bm_pain_source_dup_label:
 * @sides: the sides meant
 *
 * Returns: (transfer full): how to name the source on the patient's @sides, as
 *   areas are named: "Quadratus lumborum, left side"
 */
char *
bm_pain_source_dup_label (BmPainSource *self,
                          BmSide        sides)
{
  g_return_val_if_fail (BM_IS_PAIN_SOURCE (self), NULL);

  return bm_side_dup_label (self->name, sides);
}

const char *
bm_pain_source_kind_to_label (BmPainSourceKind kind)
{
  switch (kind)
    {
    case BM_PAIN_SOURCE_KIND_MUSCLE:
      return C_("pain source kind", "Muscle");
    case BM_PAIN_SOURCE_KIND_JOINT:
      return C_("pain source kind", "Joint");
    case BM_PAIN_SOURCE_KIND_NERVE_ROOT:
      return C_("pain source kind", "Nerve root");
    case BM_PAIN_SOURCE_KIND_ORGAN:
      return C_("pain source kind", "Organ");
    case BM_PAIN_SOURCE_KIND_TENDON:
      return C_("pain source kind", "Tendon");
    default:
      g_assert_not_reached ();
    }
}
