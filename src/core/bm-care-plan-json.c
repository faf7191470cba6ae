/* bm-care-plan-json.c: the care plan as the JSON document it is saved as
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-care-plan"

#include "config.h"

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-json-reader.h"
#include "bm-pain-type.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-spot.h"
#include "bm-technique.h"

static void
add_ids (JsonBuilder *builder,
         const char  *member,
         GListModel  *model)
{
  guint n = g_list_model_get_n_items (model);

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;

      if (BM_IS_SPOT (item))
        id = bm_spot_dup_key (BM_SPOT (item));
      else
        g_object_get (item, "id", &id, NULL);
      json_builder_add_string_value (builder, id);
    }
  json_builder_end_array (builder);
}

/**
 * bm_care_plan_to_bytes:
 *
 * Returns: (transfer full): the plan as a JSON document, for saving
 */
GBytes *
bm_care_plan_to_bytes (BmCarePlan *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  gsize size;
  char *data;

  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  add_ids (builder, "spots", bm_care_plan_get_spots (self));
  add_ids (builder, "techniques", bm_care_plan_get_techniques (self));
  add_ids (builder, "red_flags", bm_care_plan_get_red_flags (self));
  json_builder_set_member_name (builder, "pain_type");
  json_builder_add_string_value (builder,
                                 bm_care_plan_get_pain_type (self) != NULL
                                 ? bm_pain_type_get_id (bm_care_plan_get_pain_type (self)) : "");
  json_builder_set_member_name (builder, "notes");
  json_builder_add_string_value (builder, bm_care_plan_get_notes (self));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &size);

  return g_bytes_new_take (data, size);
}

/* Reads a list of strings; ids the catalog no longer has are skipped, not fatal. */
static gboolean
read_ids (JsonObject  *object,
          const char  *key,
          GPtrArray   *ids,
          GError     **error)
{
  JsonArray *array = bm_json_get_array (object, "care plan", key, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                       "care plan.%s[%u]: expected a string", key, i);
          return FALSE;
        }
      g_ptr_array_add (ids, (gpointer) json_node_get_string (node));
    }

  return TRUE;
}

/**
 * bm_care_plan_new_from_bytes:
 * @bytes: a plan saved by bm_care_plan_to_bytes()
 *
 * Returns: (transfer full): the plan, or %NULL with @error set when @bytes is not one
 */
BmCarePlan *
bm_care_plan_new_from_bytes (BmCatalog  *catalog,
                             GBytes     *bytes,
                             GError    **error)
{
  static const char * const keys[] = {
    "version", "spots", "techniques", "red_flags", "pain_type", "notes", NULL
  };
  g_autoptr(BmCarePlan) self = bm_care_plan_new ();
  g_autoptr(GPtrArray) spots = g_ptr_array_new ();
  g_autoptr(GPtrArray) techniques = g_ptr_array_new ();
  g_autoptr(GPtrArray) flags = g_ptr_array_new ();
  g_autoptr(JsonNode) root = NULL;
  const char *pain_type, *notes;
  JsonObject *object;
  JsonNode *node;
  gint64 version;

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);

  if (!(root = bm_json_parse (bytes, "care plan", error)) ||
      !(object = bm_json_check_object (root, "care plan", keys, error)) ||
      !bm_json_get_int (object, "care plan", "version", 1, 1, &version, error) ||
      !read_ids (object, "spots", spots, error) ||
      !read_ids (object, "techniques", techniques, error) ||
      !read_ids (object, "red_flags", flags, error))
    return NULL;

  /* Both may be empty, which bm_json_get_string() refuses. */
  node = json_object_get_member (object, "pain_type");
  pain_type = JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
              ? json_node_get_string (node) : NULL;
  node = json_object_get_member (object, "notes");
  notes = JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
          ? json_node_get_string (node) : NULL;
  if (pain_type == NULL || notes == NULL)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                   "care plan.%s: expected a string", pain_type == NULL ? "pain_type" : "notes");
      return NULL;
    }

  for (guint i = 0; i < spots->len; i++)
    {
      BmRegion *region;
      BmSide side;

      if (bm_catalog_parse_spot (catalog, g_ptr_array_index (spots, i), &region, &side, NULL))
        bm_care_plan_select_spot (self, region, side, TRUE);
    }
  for (guint i = 0; i < techniques->len; i++)
    {
      BmTechnique *technique = bm_catalog_lookup_technique (catalog,
                                                            g_ptr_array_index (techniques, i));

      if (technique != NULL)
        bm_care_plan_set_technique (self, technique, TRUE);
    }
  for (guint i = 0; i < flags->len; i++)
    {
      BmRedFlag *flag = bm_catalog_lookup_red_flag (catalog, g_ptr_array_index (flags, i));

      if (flag != NULL)
        bm_care_plan_set_red_flag (self, flag, TRUE);
    }
  bm_care_plan_set_pain_type (self, bm_catalog_lookup_pain_type (catalog, pain_type));
  bm_care_plan_set_notes (self, notes);

  return g_steal_pointer (&self);
}
