/* bm-care-plan-json.c: the care plan as the JSON document it is saved as
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-care-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan-private.h"
#include "bm-catalog.h"
#include "bm-json-reader.h"
#include "bm-pain-type.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-spot.h"
#include "bm-technique.h"
#include "bm-user-file.h"

/* The members every plan has; any other is kept as it is. */
static const char * const known_members[] = {
  BM_CARE_PLAN_VERSION, BM_CARE_PLAN_SPOTS, BM_CARE_PLAN_TECHNIQUES, BM_CARE_PLAN_RED_FLAGS,
  BM_CARE_PLAN_PAIN_TYPE, BM_CARE_PLAN_NOTES, BM_CARE_PLAN_ROUTINE_RUNS,
  BM_CARE_PLAN_RED_FLAGS_CHECKED, NULL
};

/* The ids of @model, then those of a newer catalog that @kept holds under @member. */
static void
add_ids (JsonBuilder *builder,
         const char  *member,
         GListModel  *model,
         JsonObject  *kept)
{
  JsonArray *unknown = json_object_has_member (kept, member)
                       ? json_object_get_array_member (kept, member) : NULL;
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
  for (guint i = 0; unknown != NULL && i < json_array_get_length (unknown); i++)
    json_builder_add_string_value (builder, json_array_get_string_element (unknown, i));
  json_builder_end_array (builder);
}

/*
 * bm_care_plan_to_json:
 *
 * Returns: (transfer full): the plan as the document it is saved as, with what a
 *   newer Backmap saved and this one does not know
 */
JsonNode *
bm_care_plan_to_json (BmCarePlan *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  BmPainType *pain_type = bm_care_plan_get_pain_type (self);
  JsonObject *kept = bm_care_plan_get_kept (self);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, BM_CARE_PLAN_VERSION);
  json_builder_add_int_value (builder, BM_CARE_PLAN_FORMAT);
  add_ids (builder, BM_CARE_PLAN_SPOTS, bm_care_plan_get_spots (self), kept);
  add_ids (builder, BM_CARE_PLAN_TECHNIQUES, bm_care_plan_get_techniques (self), kept);
  add_ids (builder, BM_CARE_PLAN_RED_FLAGS, bm_care_plan_get_red_flags (self), kept);
  bm_care_plan_add_red_flags_checked (self, builder);
  json_builder_set_member_name (builder, BM_CARE_PLAN_PAIN_TYPE);
  json_builder_add_string_value (builder,
                                 pain_type != NULL ? bm_pain_type_get_id (pain_type)
                                 : json_object_get_string_member_with_default (
                                     kept, BM_CARE_PLAN_PAIN_TYPE, ""));
  json_builder_set_member_name (builder, BM_CARE_PLAN_NOTES);
  json_builder_add_string_value (builder, bm_care_plan_get_notes (self));
  json_builder_set_member_name (builder, BM_CARE_PLAN_ROUTINE_RUNS);
  json_builder_add_value (builder, bm_care_plan_routine_runs_to_json (self));

  json_object_iter_init (&iter, kept);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_strv_contains (known_members, name))
      {
        json_builder_set_member_name (builder, name);
        json_builder_add_value (builder, json_node_copy (node));
      }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * bm_care_plan_to_bytes:
 *
 * Returns: (transfer full): the plan as a JSON document, for saving
 */
GBytes *
bm_care_plan_to_bytes (BmCarePlan *self)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  gsize size;
  char *data;

  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  root = bm_care_plan_to_json (self);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &size);

  return g_bytes_new_take (data, size);
}

/* Reads a list of ids; those @lookup does not know are kept under @key in @kept. */
static gboolean
read_ids (JsonObject   *object,
          const char   *key,
          gboolean    (*lookup) (gpointer    data,
                                 const char *id),
          gpointer      data,
          JsonObject   *kept,
          GError      **error)
{
  JsonArray *array = bm_json_get_array (object, "care plan", key, error);
  g_autoptr(JsonArray) unknown = json_array_new ();

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
      if (!lookup (data, json_node_get_string (node)))
        json_array_add_string_element (unknown, json_node_get_string (node));
    }

  if (json_array_get_length (unknown) > 0)
    json_object_set_array_member (kept, key, g_steal_pointer (&unknown));

  return TRUE;
}

typedef struct
{
  BmCatalog *catalog;
  BmCarePlan *plan;
  GPtrArray *spots;
} Reading;

static gboolean
lookup_spot (gpointer    data,
             const char *id)
{
  Reading *reading = data;
  BmRegion *region;
  BmSide side;

  if (!bm_catalog_parse_spot (reading->catalog, id, &region, &side, NULL))
    return FALSE;

  for (guint i = 0; i < reading->spots->len; i++)
    if (bm_spot_equal (g_ptr_array_index (reading->spots, i), region, side))
      return TRUE;

  g_ptr_array_add (reading->spots, bm_spot_new (region, side));
  return TRUE;
}

typedef gpointer (*LookupFunc) (BmCatalog  *catalog,
                                const char *id);
typedef void     (*SetFunc)    (BmCarePlan *plan,
                                gpointer    item,
                                gboolean    present);

static gboolean
lookup_item (Reading    *reading,
             const char *id,
             LookupFunc  lookup,
             SetFunc     set)
{
  gpointer item = lookup (reading->catalog, id);

  if (item != NULL)
    set (reading->plan, item, TRUE);

  return item != NULL;
}

static gboolean
lookup_technique (gpointer    data,
                  const char *id)
{
  return lookup_item (data, id, (LookupFunc) bm_catalog_lookup_technique,
                      (SetFunc) bm_care_plan_set_technique);
}

static gboolean
lookup_red_flag (gpointer    data,
                 const char *id)
{
  return lookup_item (data, id, (LookupFunc) bm_catalog_lookup_red_flag,
                      (SetFunc) bm_care_plan_set_red_flag);
}

/* Both may be empty, which bm_json_get_string() refuses. */
static const char *
get_string (JsonObject  *object,
            const char  *key,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                   "care plan.%s: expected a string", key);
      return NULL;
    }

  return json_node_get_string (node);
}

/*
 * bm_care_plan_new_from_json:
 * @root: a document that bm_care_plan_to_json() made, or that a newer Backmap did
 *
 * Returns: (transfer full): the plan, or %NULL with @error set when @root is not one
 */
BmCarePlan *
bm_care_plan_new_from_json (BmCatalog  *catalog,
                            JsonNode   *root,
                            GError    **error)
{
  g_autoptr(BmCarePlan) self = bm_care_plan_new ();
  g_autoptr(GPtrArray) spots = g_ptr_array_new_with_free_func (g_object_unref);
  Reading reading = { catalog, self, spots };
  JsonObject *kept = bm_care_plan_get_kept (self);
  const char *pain_type, *notes;
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  gint64 version;

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                           "care plan: expected an object");
      return NULL;
    }

  object = json_node_get_object (root);
  if (!bm_json_get_int (object, "care plan", BM_CARE_PLAN_VERSION, 1, G_MAXINT64, &version,
                        error) ||
      !bm_document_check_version ("care plan." BM_CARE_PLAN_VERSION, version,
                                  BM_CARE_PLAN_FORMAT, error) ||
      !read_ids (object, BM_CARE_PLAN_SPOTS, lookup_spot, &reading, kept, error) ||
      !read_ids (object, BM_CARE_PLAN_TECHNIQUES, lookup_technique, &reading, kept, error) ||
      !read_ids (object, BM_CARE_PLAN_RED_FLAGS, lookup_red_flag, &reading, kept, error) ||
      !(pain_type = get_string (object, BM_CARE_PLAN_PAIN_TYPE, error)) ||
      !(notes = get_string (object, BM_CARE_PLAN_NOTES, error)) ||
      !bm_care_plan_read_red_flags_checked (self, object, error) ||
      !bm_care_plan_read_routine_runs (self, object, error))
    return NULL;

  bm_care_plan_apply_spots (self, spots);
  bm_care_plan_set_pain_type (self, bm_catalog_lookup_pain_type (catalog, pain_type));
  if (bm_care_plan_get_pain_type (self) == NULL && *pain_type != '\0')
    json_object_set_string_member (kept, BM_CARE_PLAN_PAIN_TYPE, pain_type);
  bm_care_plan_set_notes (self, notes);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_strv_contains (known_members, name))
      json_object_set_member (kept, name, json_node_copy (node));

  return g_steal_pointer (&self);
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
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);

  root = bm_user_file_parse_json (bytes, error);
  if (root == NULL)
    {
      g_prefix_error (error, "care plan: ");
      return NULL;
    }

  return bm_care_plan_new_from_json (catalog, root, error);
}

static JsonNode *
get_member (JsonNode   *root,
            const char *name)
{
  return root != NULL ? json_object_get_member (json_node_get_object (root), name) : NULL;
}

static gboolean
has_string (JsonArray  *strings,
            const char *string)
{
  for (guint i = 0; strings != NULL && i < json_array_get_length (strings); i++)
    if (g_str_equal (json_array_get_string_element (strings, i), string))
      return TRUE;

  return FALSE;
}

/* A set of ids: what either side added since @base is in, what either removed is out. */
static JsonNode *
merge_ids (JsonNode *base,
           JsonNode *theirs,
           JsonNode *ours)
{
  JsonArray *merged = json_array_new ();
  JsonArray *before = base != NULL ? json_node_get_array (base) : NULL;
  JsonArray *sides[] = { json_node_get_array (ours), json_node_get_array (theirs) };
  JsonNode *node;

  /* Ours keep their order and go first; theirs follow. */
  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    for (guint i = 0; i < json_array_get_length (sides[s]); i++)
      {
        const char *id = json_array_get_string_element (sides[s], i);
        gboolean removed = has_string (before, id) && !has_string (sides[1 - s], id);

        if (!removed && !has_string (merged, id))
          json_array_add_string_element (merged, id);
      }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, merged);

  return node;
}

static gboolean
has_node (JsonArray *array,
          JsonNode  *node)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (json_node_equal (json_array_get_element (array, i), node))
      return TRUE;

  return FALSE;
}

static JsonNode *
merge_runs (JsonNode *theirs,
            JsonNode *ours)
{
  JsonNode *merged = json_node_copy (ours);
  JsonArray *array = json_node_get_array (merged);
  JsonArray *added = json_node_get_array (theirs);

  for (guint i = 0; i < json_array_get_length (added); i++)
    if (!has_node (json_node_get_array (ours), json_array_get_element (added, i)))
      json_array_add_element (array, json_node_copy (json_array_get_element (added, i)));

  return merged;
}

static void
merge_member (JsonObject *merged,
              const char *name,
              JsonNode   *base,
              JsonNode   *theirs,
              JsonNode   *ours)
{
  JsonNode *b = get_member (base, name);
  JsonNode *t = get_member (theirs, name);
  JsonNode *o = get_member (ours, name);
  JsonNode *result;

  if (json_object_has_member (merged, name))
    return;

  if (g_str_equal (name, BM_CARE_PLAN_SPOTS) || g_str_equal (name, BM_CARE_PLAN_TECHNIQUES)
      || g_str_equal (name, BM_CARE_PLAN_RED_FLAGS))
    {
      json_object_set_member (merged, name, merge_ids (b, t, o));
      return;
    }

  /* Runs are only ever added: ours, then those only they recorded. */
  if (g_str_equal (name, BM_CARE_PLAN_ROUTINE_RUNS) && t != NULL && o != NULL)
    {
      json_object_set_member (merged, name, merge_runs (t, o));
      return;
    }

  /* Anything else is one value: ours if we changed it, else theirs. */
  if (b == NULL ? o != NULL : o == NULL || !json_node_equal (b, o))
    result = o;
  else
    result = t;

  if (result != NULL)
    json_object_set_member (merged, name, json_node_copy (result));
}

/*
 * bm_care_plan_json_merge:
 * @base: (nullable): the document both sides started from, %NULL for none
 * @theirs: the document another program saved since
 * @ours: the document this one would save
 *
 * Merges two plans changed apart, each a valid plan document: the sets of spots,
 * techniques and red flags take the additions and removals of both sides; any other
 * member takes our value if we changed it, else theirs.
 *
 * Returns: (transfer full): the merged document
 */
JsonNode *
bm_care_plan_json_merge (JsonNode *base,
                         JsonNode *theirs,
                         JsonNode *ours)
{
  JsonObject *merged = json_object_new ();
  JsonNode *sides[] = { ours, theirs };
  JsonNode *root;

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init (&iter, json_node_get_object (sides[s]));
      while (json_object_iter_next (&iter, &name, &node))
        merge_member (merged, name, base, theirs, ours);
    }

  root = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (root, merged);

  return root;
}

static GBytes *
bm_care_plan_document_to_bytes (BmDocument *document)
{
  return bm_care_plan_to_bytes (BM_CARE_PLAN (document));
}

static gboolean
bm_care_plan_document_load_bytes (BmDocument  *document,
                                  BmCatalog   *catalog,
                                  GBytes      *bytes,
                                  GError     **error)
{
  g_autoptr(BmCarePlan) other = bm_care_plan_new_from_bytes (catalog, bytes, error);

  if (other == NULL)
    return FALSE;

  bm_care_plan_replace (BM_CARE_PLAN (document), other);
  return TRUE;
}

static JsonNode *
bm_care_plan_document_to_json (BmDocument *document)
{
  return bm_care_plan_to_json (BM_CARE_PLAN (document));
}

static gboolean
bm_care_plan_document_load_json (BmDocument  *document,
                                 BmCatalog   *catalog,
                                 JsonNode    *root,
                                 GError     **error)
{
  g_autoptr(BmCarePlan) other = bm_care_plan_new_from_json (catalog, root, error);

  if (other == NULL)
    return FALSE;

  bm_care_plan_replace (BM_CARE_PLAN (document), other);
  return TRUE;
}

static gboolean
bm_care_plan_document_merge (BmDocument  *document,
                             BmCatalog   *catalog,
                             GBytes      *base,
                             GBytes      *theirs,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BmCarePlan) their_plan = bm_care_plan_new_from_bytes (catalog, theirs, error);
  g_autoptr(BmCarePlan) merged = NULL;
  g_autoptr(JsonNode) base_root = NULL;
  g_autoptr(JsonNode) their_root = NULL;
  g_autoptr(JsonNode) ours = NULL;
  g_autoptr(JsonNode) merged_root = NULL;

  if (their_plan == NULL)
    return FALSE;

  /* The store wrote or read @base, and @theirs was just read: both are plans. */
  base_root = bm_user_file_parse_json (base, &local_error);
  g_assert_no_error (local_error);
  their_root = bm_care_plan_to_json (their_plan);
  ours = bm_care_plan_to_json (BM_CARE_PLAN (document));
  merged_root = bm_care_plan_json_merge (base_root, their_root, ours);
  merged = bm_care_plan_new_from_json (catalog, merged_root, &local_error);
  g_assert_no_error (local_error);
  bm_care_plan_replace (BM_CARE_PLAN (document), merged);

  return TRUE;
}

static char *
bm_care_plan_dup_message (BmDocument        *document,
                          BmDocumentProblem  problem,
                          const char        *path,
                          const char        *reason,
                          const char        *detail)
{
  switch (problem)
    {
    case BM_DOCUMENT_PROBLEM_KEPT_ASIDE:
      return g_strdup_printf (_("Your care plan “%s” could not be read (%s). It was "
                                "kept as “%s”, and a new plan was started."),
                              path, reason, detail);

    case BM_DOCUMENT_PROBLEM_NOT_KEPT_ASIDE:
      return g_strdup_printf (_("Your care plan “%s” could not be read (%s), nor kept "
                                "aside (%s). Changes stay in memory and are not saved."),
                              path, reason, detail);

    case BM_DOCUMENT_PROBLEM_UNUSABLE:
      return g_strdup_printf (_("Your care plan “%s” cannot be used (%s). Changes stay in "
                                "memory and are not saved."),
                              path, reason);

    case BM_DOCUMENT_PROBLEM_NEWER:
      return g_strdup_printf (_("Your care plan “%s” was saved by a newer version of Backmap. "
                                "It is left as it is; changes made now will not be saved."),
                              path);

    case BM_DOCUMENT_PROBLEM_NOT_SAVED:
    default:
      return g_strdup_printf (_("Cannot save your care plan: %s. It stays here while Backmap "
                                "is open; print or export it to keep it."),
                              reason);
    }
}

void
bm_care_plan_document_init (BmDocumentInterface *iface)
{
  iface->to_bytes = bm_care_plan_document_to_bytes;
  iface->load_bytes = bm_care_plan_document_load_bytes;
  iface->to_json = bm_care_plan_document_to_json;
  iface->load_json = bm_care_plan_document_load_json;
  iface->merge = bm_care_plan_document_merge;
  iface->dup_message = bm_care_plan_dup_message;
}
