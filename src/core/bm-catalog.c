/* bm-catalog.c: all of Backmap's content, loaded and checked from JSON
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-catalog"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog-private.h"
#include "bm-enums.h"
#include "bm-pain-source.h"
#include "bm-region.h"

struct _BmCatalog
{
  GObject parent_instance;

  /* One list of objects, and one id index, per table. */
  GPtrArray *lists[BM_N_TABLES];
  GHashTable *index[BM_N_TABLES];
  GPtrArray *synonyms;
};

G_DEFINE_FINAL_TYPE (BmCatalog, bm_catalog, G_TYPE_OBJECT)

G_DEFINE_QUARK (bm-catalog-error-quark, bm_catalog_error)

/* In the order they load: a table only refers to those above it. */
static const struct {
  const char *key;
  const char *singular;
  BmObjectFromJson from_json;
} tables[BM_N_TABLES] = {
  [BM_TABLE_SOURCES] = { "sources", "source", (BmObjectFromJson) bm_source_new_from_json },
  [BM_TABLE_PAIN_TYPES] = {
    "pain_types", "pain type", (BmObjectFromJson) bm_pain_type_new_from_json },
  [BM_TABLE_RED_FLAGS] = {
    "red_flags", "red flag", (BmObjectFromJson) bm_red_flag_new_from_json },
  [BM_TABLE_CAUSES] = { "causes", "cause", (BmObjectFromJson) bm_cause_new_from_json },
  [BM_TABLE_TIPS] = { "tips", "tip", (BmObjectFromJson) bm_tip_new_from_json },
  [BM_TABLE_TECHNIQUES] = {
    "techniques", "technique", (BmObjectFromJson) bm_technique_new_from_json },
  [BM_TABLE_REGIONS] = { "regions", "region", (BmObjectFromJson) bm_region_new_from_json },
  [BM_TABLE_PAIN_SOURCES] = {
    "pain_sources", "pain source", (BmObjectFromJson) bm_pain_source_new_from_json },
};

static void
bm_catalog_finalize (GObject *object)
{
  BmCatalog *self = (BmCatalog *)object;

  /* Objects point at each other without references: drop the indexes first. */
  for (guint i = 0; i < BM_N_TABLES; i++)
    g_clear_pointer (&self->index[i], g_hash_table_unref);
  for (guint i = 0; i < BM_N_TABLES; i++)
    g_clear_pointer (&self->lists[i], g_ptr_array_unref);
  g_clear_pointer (&self->synonyms, g_ptr_array_unref);

  G_OBJECT_CLASS (bm_catalog_parent_class)->finalize (object);
}

static void
bm_catalog_class_init (BmCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_catalog_finalize;
}

static void
bm_catalog_init (BmCatalog *self)
{
  for (guint i = 0; i < BM_N_TABLES; i++)
    {
      self->lists[i] = g_ptr_array_new_with_free_func (g_object_unref);
      self->index[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
}

/**
 * bm_catalog_parse_objects:
 * @from_json: (scope call): makes one object of an item
 *
 * Reads the array member @key of @object, one object per item.
 *
 * Returns: (transfer full) (element-type GObject): the objects, or %NULL with @error set
 */
GPtrArray *
bm_catalog_parse_objects (BmCatalog         *self,
                          JsonObject        *object,
                          const char        *path,
                          const char        *key,
                          BmObjectFromJson   from_json,
                          GError           **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array = bm_json_get_array (object, path, key, error);

  if (array == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = bm_json_path_index (path, key, i);
      gpointer item = from_json (json_array_get_element (array, i), item_path, self, error);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (objects, item);
    }

  return g_steal_pointer (&objects);
}

static gpointer
lookup (BmCatalog   *self,
        BmTable      table,
        const char  *id,
        const char  *path,
        GError     **error)
{
  gpointer found = g_hash_table_lookup (self->index[table], id);

  if (found == NULL)
    g_set_error (error, BM_CATALOG_ERROR, BM_CATALOG_ERROR_UNKNOWN_ID,
                 "%s: unknown %s \"%s\"", path, tables[table].singular, id);

  return found;
}

/**
 * bm_catalog_resolve:
 *
 * Reads the id member @key of @object and finds what it names in @table, which
 * must have loaded already.
 *
 * Returns: (transfer none): the object named, or %NULL with @error set
 */
gpointer
bm_catalog_resolve (BmCatalog   *self,
                    BmTable      table,
                    JsonObject  *object,
                    const char  *path,
                    const char  *key,
                    GError     **error)
{
  g_autofree char *member_path = g_strdup_printf ("%s.%s", path, key);
  const char *id = bm_json_get_id (object, path, key, error);

  return id != NULL ? lookup (self, table, id, member_path, error) : NULL;
}

/**
 * bm_catalog_resolve_list:
 *
 * Reads the array member @key of @object, a list of distinct ids, and finds what
 * each names in @table.
 *
 * Returns: (transfer full) (element-type GObject): the objects named, which the
 *   catalog owns, or %NULL with @error set
 */
GPtrArray *
bm_catalog_resolve_list (BmCatalog   *self,
                         BmTable      table,
                         JsonObject  *object,
                         const char  *path,
                         const char  *key,
                         GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  JsonArray *array = bm_json_get_array (object, path, key, error);

  if (array == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = bm_json_path_index (path, key, i);
      JsonNode *node = json_array_get_element (array, i);
      gpointer item;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                       "%s: expected a string", item_path);
          return NULL;
        }

      if (!(item = lookup (self, table, json_node_get_string (node), item_path, error)))
        return NULL;

      if (g_ptr_array_find (found, item, NULL))
        {
          g_set_error (error, BM_CATALOG_ERROR, BM_CATALOG_ERROR_DUPLICATE_ID,
                       "%s: \"%s\" is listed twice", item_path, json_node_get_string (node));
          return NULL;
        }
      g_ptr_array_add (found, item);
    }

  return g_steal_pointer (&found);
}

gboolean
bm_catalog_has_illustration (BmCatalog  *self,
                             const char *name)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "/illustrations/%s.svg", name);

  return g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL);
}

static gboolean
load_table (BmCatalog   *self,
            JsonObject  *root,
            BmTable      table,
            GError     **error)
{
  const char *key = tables[table].key;
  g_autoptr(GPtrArray) objects = bm_catalog_parse_objects (self, root, NULL, key,
                                                           tables[table].from_json, error);

  if (objects == NULL)
    return FALSE;

  for (guint i = 0; i < objects->len; i++)
    {
      GObject *item = g_ptr_array_index (objects, i);
      g_autofree char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      if (g_hash_table_contains (self->index[table], id))
        {
          g_set_error (error, BM_CATALOG_ERROR, BM_CATALOG_ERROR_DUPLICATE_ID,
                       "%s[%u].id: duplicate id \"%s\"", key, i, id);
          return FALSE;
        }
      g_hash_table_insert (self->index[table], g_steal_pointer (&id), item);
      g_ptr_array_add (self->lists[table], g_object_ref (item));
    }

  return TRUE;
}

/* Pain sources name the regions they sit in and refer to; the regions learn it back. */
static void
link_pain_sources (BmCatalog *self)
{
  GPtrArray *sources = self->lists[BM_TABLE_PAIN_SOURCES];

  for (guint i = 0; i < sources->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (sources, i);
      GPtrArray *located_in = bm_pain_source_get_located_in (source);
      GPtrArray *refers_to = bm_pain_source_get_refers_to (source);

      for (guint j = 0; j < located_in->len; j++)
        bm_region_add_pain_source (g_ptr_array_index (located_in, j), source, TRUE);
      for (guint j = 0; j < refers_to->len; j++)
        bm_region_add_pain_source (g_ptr_array_index (refers_to, j), source, FALSE);
    }
}

/**
 * bm_catalog_new_from_bytes:
 * @bytes: the catalog as JSON
 *
 * Loads and checks a catalog. Texts are translated into the current language.
 *
 * Returns: (transfer full): the catalog, or %NULL with @error set
 */
BmCatalog *
bm_catalog_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  static const char * const keys[] = {
    "sources", "pain_types", "red_flags", "causes", "tips", "techniques", "regions",
    "pain_sources", NULL
  };
  static const char * const optional_keys[] = { "synonyms", NULL };
  g_autoptr(BmCatalog) self = g_object_new (BM_TYPE_CATALOG, NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!(root = bm_json_parse (bytes, "catalog", error)) ||
      !(object = bm_json_check_object_full (root, "catalog", keys, optional_keys, error)))
    return NULL;

  for (BmTable table = 0; table < BM_N_TABLES; table++)
    {
      if (!load_table (self, object, table, error))
        return NULL;
    }

  link_pain_sources (self);

  if (!json_object_has_member (object, "synonyms"))
    self->synonyms = g_ptr_array_new ();
  else if (!(self->synonyms = bm_catalog_parse_objects (self, object, NULL, "synonyms",
                                                        (BmObjectFromJson) bm_synonym_new_from_json,
                                                        error)))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * bm_catalog_new_from_resource:
 *
 * Loads the catalog the program ships.
 *
 * Returns: (transfer full): the catalog, or %NULL with @error set
 */
BmCatalog *
bm_catalog_new_from_resource (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PREFIX "/catalog.json",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  return bytes != NULL ? bm_catalog_new_from_bytes (bytes, error) : NULL;
}

/**
 * bm_catalog_get_regions:
 *
 * Returns: (transfer none) (element-type BmRegion): the regions, in catalog order
 */
GPtrArray *
bm_catalog_get_regions (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return self->lists[BM_TABLE_REGIONS];
}

/**
 * bm_catalog_get_techniques:
 *
 * Returns: (transfer none) (element-type BmTechnique): the techniques
 */
GPtrArray *
bm_catalog_get_techniques (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return self->lists[BM_TABLE_TECHNIQUES];
}

/**
 * bm_catalog_get_pain_sources:
 *
 * Returns: (transfer none) (element-type BmPainSource): the pain sources
 */
GPtrArray *
bm_catalog_get_pain_sources (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return self->lists[BM_TABLE_PAIN_SOURCES];
}

/**
 * bm_catalog_get_red_flags:
 *
 * Returns: (transfer none) (element-type BmRedFlag): the red flags
 */
GPtrArray *
bm_catalog_get_red_flags (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return self->lists[BM_TABLE_RED_FLAGS];
}

/**
 * bm_catalog_get_sources:
 *
 * Returns: (transfer none) (element-type BmSource): the sources cited
 */
GPtrArray *
bm_catalog_get_sources (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return self->lists[BM_TABLE_SOURCES];
}

/**
 * bm_catalog_get_causes:
 *
 * Returns: (transfer none) (element-type BmCause): the causes
 */
GPtrArray *
bm_catalog_get_causes (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return self->lists[BM_TABLE_CAUSES];
}

/**
 * bm_catalog_get_tips:
 *
 * Returns: (transfer none) (element-type BmTip): the self-care tips
 */
GPtrArray *
bm_catalog_get_tips (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return self->lists[BM_TABLE_TIPS];
}

/**
 * bm_catalog_get_synonyms:
 *
 * Returns: (transfer none) (element-type BmSynonym): the words search also
 *   understands
 */
GPtrArray *
bm_catalog_get_synonyms (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return self->synonyms;
}

/**
 * bm_catalog_lookup_region:
 *
 * Returns: (transfer none) (nullable): the region with that id
 */
BmRegion *
bm_catalog_lookup_region (BmCatalog  *self,
                          const char *id)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return g_hash_table_lookup (self->index[BM_TABLE_REGIONS], id);
}

/**
 * bm_catalog_lookup_technique:
 *
 * Returns: (transfer none) (nullable): the technique with that id
 */
BmTechnique *
bm_catalog_lookup_technique (BmCatalog  *self,
                             const char *id)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return g_hash_table_lookup (self->index[BM_TABLE_TECHNIQUES], id);
}

/**
 * bm_catalog_lookup_red_flag:
 *
 * Returns: (transfer none) (nullable): the red flag with that id
 */
BmRedFlag *
bm_catalog_lookup_red_flag (BmCatalog  *self,
                            const char *id)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return g_hash_table_lookup (self->index[BM_TABLE_RED_FLAGS], id);
}

/**
 * bm_catalog_lookup_pain_type:
 *
 * Returns: (transfer none) (nullable): the pain type with that id
 */
BmPainType *
bm_catalog_lookup_pain_type (BmCatalog  *self,
                             const char *id)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return g_hash_table_lookup (self->index[BM_TABLE_PAIN_TYPES], id);
}

/**
 * bm_catalog_lookup_pain_source:
 *
 * Returns: (transfer none) (nullable): the pain source, such as a muscle, with that id
 */
BmPainSource *
bm_catalog_lookup_pain_source (BmCatalog  *self,
                               const char *id)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return g_hash_table_lookup (self->index[BM_TABLE_PAIN_SOURCES], id);
}

static char *
dup_ids (BmCatalog *self,
         BmTable    table)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  GPtrArray *list = self->lists[table];

  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *id = NULL;

      g_object_get (g_ptr_array_index (list, i), "id", &id, NULL);
      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", id);
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/**
 * bm_catalog_dup_region_ids:
 *
 * Returns: (transfer full): every region id, comma-separated, for messages
 */
char *
bm_catalog_dup_region_ids (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return dup_ids (self, BM_TABLE_REGIONS);
}

/**
 * bm_catalog_dup_technique_ids:
 *
 * Returns: (transfer full): every technique id, comma-separated, for messages
 */
char *
bm_catalog_dup_technique_ids (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return dup_ids (self, BM_TABLE_TECHNIQUES);
}

/**
 * bm_catalog_dup_red_flag_ids:
 *
 * Returns: (transfer full): every red flag id, comma-separated, for messages
 */
char *
bm_catalog_dup_red_flag_ids (BmCatalog *self)
{
  g_return_val_if_fail (BM_IS_CATALOG (self), NULL);

  return dup_ids (self, BM_TABLE_RED_FLAGS);
}

/**
 * bm_catalog_parse_spot:
 * @text: `REGION` or `REGION:SIDE`, such as "lower:left"
 * @region: (out) (transfer none): the region
 * @sides: (out): the side named, or all of the region's sides when none is
 *
 * Returns: %TRUE, or %FALSE with @error set (%BM_CATALOG_ERROR_UNKNOWN_ID) when
 *   the region or the side is not one of the catalog's
 */
gboolean
bm_catalog_parse_spot (BmCatalog   *self,
                       const char  *text,
                       BmRegion   **region,
                       BmSide      *sides,
                       GError     **error)
{
  g_auto(GStrv) parts = NULL;
  BmRegion *found;

  g_return_val_if_fail (BM_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  parts = g_strsplit (text, ":", 2);
  found = parts[0] != NULL ? bm_catalog_lookup_region (self, parts[0]) : NULL;
  if (found == NULL)
    {
      g_autofree char *ids = bm_catalog_dup_region_ids (self);

      g_set_error (error, BM_CATALOG_ERROR, BM_CATALOG_ERROR_UNKNOWN_ID,
                   _("Unknown region “%s”. Valid regions: %s"), parts[0] ? parts[0] : "", ids);
      return FALSE;
    }

  *sides = bm_region_get_sides (found);
  if (parts[1] != NULL)
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (BM_TYPE_SIDE);
      GFlagsValue *value = g_flags_get_value_by_nick (klass, parts[1]);
      BmSide side = value != NULL ? value->value : 0;

      if (!(side & *sides))
        {
          g_autofree char *valid = bm_side_dup_nicks (*sides);

          g_set_error (error, BM_CATALOG_ERROR, BM_CATALOG_ERROR_UNKNOWN_ID,
                       _("Unknown side “%s” of region “%s”. Valid sides: %s"), parts[1],
                       parts[0], valid);
          return FALSE;
        }
      *sides = side;
    }

  *region = found;
  return TRUE;
}
