/* bm-region.c: a region of the back, or a zone where pain is felt
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-region"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog-private.h"
#include "bm-enums.h"
#include "bm-region.h"

struct _BmRegion
{
  GObject parent_instance;

  char *id;
  char *name;
  char *summary;
  GPtrArray *causes;        /* BmCause, owned by the catalog */
  GPtrArray *techniques;    /* BmTechniqueFit */
  GPtrArray *self_care;     /* BmTip, owned by the catalog */
  GPtrArray *red_flags;     /* BmRedFlag, owned by the catalog */
  GPtrArray *sources_here;  /* BmPainSource, owned by the catalog */
  GPtrArray *referred_from; /* BmPainSource, owned by the catalog */
  char *left_note;
  char *right_note;
  BmRegionKind kind;
  BmSide sides;
};

G_DEFINE_FINAL_TYPE (BmRegion, bm_region, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_region_finalize (GObject *object)
{
  BmRegion *self = (BmRegion *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->summary);
  g_clear_pointer (&self->causes, g_ptr_array_unref);
  g_clear_pointer (&self->techniques, g_ptr_array_unref);
  g_clear_pointer (&self->self_care, g_ptr_array_unref);
  g_clear_pointer (&self->red_flags, g_ptr_array_unref);
  g_clear_pointer (&self->sources_here, g_ptr_array_unref);
  g_clear_pointer (&self->referred_from, g_ptr_array_unref);
  g_free (self->left_note);
  g_free (self->right_note);

  G_OBJECT_CLASS (bm_region_parent_class)->finalize (object);
}

static void
bm_region_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BmRegion *self = BM_REGION (object);

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
bm_region_class_init (BmRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_region_finalize;
  object_class->get_property = bm_region_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BM_TYPE_REGION_KIND, BM_REGION_KIND_BACK,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_region_init (BmRegion *self)
{
  self->sources_here = g_ptr_array_new ();
  self->referred_from = g_ptr_array_new ();
}

static gboolean
check_sides (BmRegion    *self,
             const char  *path,
             GError     **error)
{
  if (self->sides == (BM_SIDE_LEFT | BM_SIDE_RIGHT) || self->sides == BM_SIDE_CENTER)
    return TRUE;

  g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
               "%s.sides: either [\"left\", \"right\"] or [\"center\"]", path);
  return FALSE;
}

static gboolean
read_side_notes (BmRegion    *self,
                 JsonObject  *object,
                 const char  *path,
                 GError     **error)
{
  static const char * const keys[] = { "side", "text", NULL };
  JsonArray *notes = bm_json_get_array (object, path, "side_notes", error);

  if (notes == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (notes); i++)
    {
      g_autofree char *note_path = bm_json_path_index (path, "side_notes", i);
      JsonObject *note;
      char **slot;
      int side;

      if (!(note = bm_json_check_object (json_array_get_element (notes, i), note_path, keys,
                                         error)) ||
          !bm_json_get_enum (note, note_path, "side", BM_TYPE_SIDE, &side, error))
        return FALSE;

      slot = side == BM_SIDE_LEFT ? &self->left_note
           : side == BM_SIDE_RIGHT ? &self->right_note
           : NULL;
      if (slot == NULL || !(self->sides & side))
        {
          g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                       "%s.side: the region has no %s side", note_path, bm_side_to_nick (side));
          return FALSE;
        }
      if (*slot != NULL)
        {
          g_set_error (error, BM_CATALOG_ERROR, BM_CATALOG_ERROR_DUPLICATE_ID,
                       "%s.side: a second note for the %s side", note_path,
                       bm_side_to_nick (side));
          return FALSE;
        }
      if (!(*slot = bm_json_dup_text (note, note_path, "text", error)))
        return FALSE;
    }

  return TRUE;
}

BmRegion *
bm_region_new_from_json (JsonNode    *node,
                         const char  *path,
                         BmCatalog   *catalog,
                         GError     **error)
{
  static const char * const keys[] = {
    "id", "name", "kind", "sides", "summary", "causes", "techniques", "self_care",
    "red_flags", "side_notes", NULL
  };
  g_autoptr(BmRegion) self = g_object_new (BM_TYPE_REGION, NULL);
  JsonObject *object;
  const char *id;
  int kind;

  if (!(object = bm_json_check_object (node, path, keys, error)) ||
      !(id = bm_json_get_id (object, path, "id", error)) ||
      !(self->name = bm_json_dup_text (object, path, "name", error)) ||
      !bm_json_get_enum (object, path, "kind", BM_TYPE_REGION_KIND, &kind, error) ||
      !bm_json_get_flags (object, path, "sides", BM_TYPE_SIDE, &self->sides, error) ||
      !check_sides (self, path, error) ||
      !(self->summary = bm_json_dup_text (object, path, "summary", error)) ||
      !(self->causes = bm_catalog_resolve_list (catalog, BM_TABLE_CAUSES, object, path,
                                                "causes", error)) ||
      !(self->techniques = bm_catalog_parse_objects (catalog, object, path, "techniques",
                                                     (BmObjectFromJson)
                                                     bm_technique_fit_new_from_json,
                                                     error)) ||
      !(self->self_care = bm_catalog_resolve_list (catalog, BM_TABLE_TIPS, object, path,
                                                   "self_care", error)) ||
      !(self->red_flags = bm_catalog_resolve_list (catalog, BM_TABLE_RED_FLAGS, object, path,
                                                   "red_flags", error)) ||
      !read_side_notes (self, object, path, error))
    return NULL;

  self->id = g_strdup (id);
  self->kind = kind;

  return g_steal_pointer (&self);
}

void
bm_region_add_pain_source (BmRegion     *self,
                           BmPainSource *source,
                           gboolean      located_here)
{
  GPtrArray *list = located_here ? self->sources_here : self->referred_from;

  if (!g_ptr_array_find (list, source, NULL))
    g_ptr_array_add (list, source);
}

const char *
bm_region_get_id (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return self->id;
}

const char *
bm_region_get_name (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return self->name;
}

BmRegionKind
bm_region_get_kind (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), BM_REGION_KIND_BACK);

  return self->kind;
}

/**
 * bm_region_get_sides:
 *
 * Returns: %BM_SIDE_LEFT | %BM_SIDE_RIGHT, or %BM_SIDE_CENTER for a midline region
 */
BmSide
bm_region_get_sides (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), 0);

  return self->sides;
}

const char *
bm_region_get_summary (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return self->summary;
}

/**
 * bm_region_get_causes:
 *
 * Returns: (transfer none) (element-type BmCause): the likely causes
 */
GPtrArray *
bm_region_get_causes (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return self->causes;
}

/**
 * bm_region_get_techniques:
 *
 * Returns: (transfer none) (element-type BmTechniqueFit): suitable techniques, best first
 */
GPtrArray *
bm_region_get_techniques (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return self->techniques;
}

/**
 * bm_region_get_self_care:
 *
 * Returns: (transfer none) (element-type BmTip): self-care advice
 */
GPtrArray *
bm_region_get_self_care (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return self->self_care;
}

/**
 * bm_region_get_red_flags:
 *
 * Returns: (transfer none) (element-type BmRedFlag): the red flags, most serious first
 */
GPtrArray *
bm_region_get_red_flags (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return self->red_flags;
}

/**
 * bm_region_get_side_note:
 * @side: %BM_SIDE_LEFT or %BM_SIDE_RIGHT
 *
 * Returns: (nullable): what differs on that side, if anything
 */
const char *
bm_region_get_side_note (BmRegion *self,
                         BmSide    side)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return side == BM_SIDE_LEFT ? self->left_note
       : side == BM_SIDE_RIGHT ? self->right_note
       : NULL;
}

/**
 * bm_region_get_sources_here:
 *
 * Returns: (transfer none) (element-type BmPainSource): the pain sources that sit here
 */
GPtrArray *
bm_region_get_sources_here (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return self->sources_here;
}

/**
 * bm_region_get_referred_from:
 *
 * Returns: (transfer none) (element-type BmPainSource): the sources that may refer pain here
 */
GPtrArray *
bm_region_get_referred_from (BmRegion *self)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return self->referred_from;
}

/**
 * bm_region_dup_label:
 * @sides: the sides meant, a subset of the region's
 *
 * Returns: (transfer full): how to name the region to people, such as
 *   "Lower back, left side"
 */
char *
bm_region_dup_label (BmRegion *self,
                     BmSide    sides)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return bm_side_dup_label (self->name, sides);
}

/**
 * bm_side_dup_label:
 * @name: the name of a region or a muscle
 * @sides: the sides meant
 *
 * Returns: (transfer full): @name on the patient's @sides, such as
 *   "Lower back, left side"; @name alone for the middle
 */
char *
bm_side_dup_label (const char *name,
                   BmSide      sides)
{
  if (sides == BM_SIDE_LEFT)
    /* Translators: a region of the body on the patient's left, such as "Lower back, left side" */
    return g_strdup_printf (_("%s, left side"), name);
  if (sides == BM_SIDE_RIGHT)
    /* Translators: a region of the body on the patient's right */
    return g_strdup_printf (_("%s, right side"), name);
  if (sides == (BM_SIDE_LEFT | BM_SIDE_RIGHT))
    /* Translators: a region of the body, both sides */
    return g_strdup_printf (_("%s, both sides"), name);

  return g_strdup (name);
}

/**
 * bm_region_dup_element_id:
 * @side: one of the region's sides
 *
 * Returns: (transfer full): the id of the region's area on that side in the map
 */
char *
bm_region_dup_element_id (BmRegion *self,
                          BmSide    side)
{
  g_return_val_if_fail (BM_IS_REGION (self), NULL);

  return g_strdup_printf ("region-%s-%s", self->id, bm_side_to_nick (side));
}

/**
 * bm_side_to_nick:
 * @side: a single side
 *
 * Returns: "left", "right" or "center"
 */
const char *
bm_side_to_nick (BmSide side)
{
  g_return_val_if_fail (side == BM_SIDE_LEFT || side == BM_SIDE_RIGHT || side == BM_SIDE_CENTER,
                        "center");

  return bm_json_enum_nick (BM_TYPE_SIDE, side);
}

/**
 * bm_side_dup_nicks:
 * @sides: one side or more
 *
 * Returns: (transfer full): the sides as JSON and the command line write them,
 *   comma-separated, such as "left, right"
 */
char *
bm_side_dup_nicks (BmSide sides)
{
  g_autoptr(GString) nicks = g_string_new (NULL);

  for (BmSide side = BM_SIDE_LEFT; side <= BM_SIDE_CENTER; side <<= 1)
    if (sides & side)
      g_string_append_printf (nicks, "%s%s", nicks->len > 0 ? ", " : "", bm_side_to_nick (side));

  return g_string_free (g_steal_pointer (&nicks), FALSE);
}
