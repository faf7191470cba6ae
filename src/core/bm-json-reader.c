/* bm-json-reader.c: strict reading of JSON documents, with errors that name the path
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-json-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-json-reader.h"

G_DEFINE_QUARK (bm-json-error-quark, bm_json_error)

static const char *
node_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "a string";
    case G_TYPE_BOOLEAN:
      return "a boolean";
    default:
      return "a number";
    }
}

static char *
join_path (const char *path,
           const char *key)
{
  if (path == NULL || *path == '\0')
    return g_strdup (key);

  return g_strconcat (path, ".", key, NULL);
}

static void
set_wrong_type (GError     **error,
                const char  *path,
                const char  *expected,
                JsonNode    *node)
{
  g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
               "%s: expected %s, found %s", path, expected, node_type_name (node));
}

/**
 * bm_json_parse:
 * @bytes: the document
 * @what: how to name the document in an error, such as a file name
 *
 * Returns: (transfer full): the root node, or %NULL with @error set
 */
JsonNode *
bm_json_parse (GBytes      *bytes,
               const char  *what,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (size == 0)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_SYNTAX, "%s: empty document", what);
      return NULL;
    }

  if (!g_utf8_validate (data, size, NULL))
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_SYNTAX,
                   "%s: not valid UTF-8 text", what);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_SYNTAX,
                   "%s: %s", what, local_error->message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_SYNTAX, "%s: empty document", what);
      return NULL;
    }

  return json_node_ref (json_parser_get_root (parser));
}

/**
 * bm_json_check_object:
 * @node: the node to check
 * @path: where @node sits, for errors
 * @keys: (array zero-terminated=1): every key the object must have, and may have
 *
 * Returns: (transfer none): the object, or %NULL with @error set
 */
JsonObject *
bm_json_check_object (JsonNode            *node,
                      const char          *path,
                      const char * const  *keys,
                      GError             **error)
{
  return bm_json_check_object_full (node, path, keys, NULL, error);
}

/**
 * bm_json_check_object_full:
 * @node: the node to check
 * @path: where @node sits, for errors
 * @keys: (array zero-terminated=1): the keys the object must have
 * @optional_keys: (array zero-terminated=1) (nullable): the keys it may have besides
 *
 * Returns: (transfer none): the object, or %NULL with @error set
 */
JsonObject *
bm_json_check_object_full (JsonNode            *node,
                           const char          *path,
                           const char * const  *keys,
                           const char * const  *optional_keys,
                           GError             **error)
{
  JsonObjectIter iter;
  JsonObject *object;
  const char *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_wrong_type (error, path, "an object", node);
      return NULL;
    }

  object = json_node_get_object (node);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    {
      if (!g_strv_contains (keys, member) &&
          (optional_keys == NULL || !g_strv_contains (optional_keys, member)))
        {
          g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_UNKNOWN_KEY,
                       "%s: unknown key \"%s\"", path, member);
          return NULL;
        }
    }

  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (!json_object_has_member (object, keys[i]))
        {
          g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_MISSING_KEY,
                       "%s: missing key \"%s\"", path, keys[i]);
          return NULL;
        }
    }

  return object;
}

static JsonNode *
get_member (JsonObject  *object,
            const char  *path,
            const char  *key,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL)
    g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_MISSING_KEY,
                 "%s: missing key \"%s\"", path, key);

  return node;
}

static const char *
node_get_string (JsonNode    *node,
                 const char  *path,
                 GError     **error)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      set_wrong_type (error, path, "a string", node);
      return NULL;
    }

  value = json_node_get_string (node);
  if (*value == '\0')
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE, "%s: empty string", path);
      return NULL;
    }

  return value;
}

/**
 * bm_json_get_string:
 *
 * Reads a non-empty string member, untranslated.
 *
 * Returns: (transfer none): the string, or %NULL with @error set
 */
const char *
bm_json_get_string (JsonObject  *object,
                    const char  *path,
                    const char  *key,
                    GError     **error)
{
  g_autofree char *member_path = join_path (path, key);
  JsonNode *node = get_member (object, path, key, error);

  return node != NULL ? node_get_string (node, member_path, error) : NULL;
}

/**
 * bm_json_translate:
 * @path: where the text sits, such as `regions[3].name`
 * @text: the text as written in the document
 *
 * Translates a text of the catalog. Its message context is @path without
 * indices (`regions.name`), the one the build gives it when it extracts it.
 *
 * Returns: (transfer none): the translation, or @text
 */
const char *
bm_json_translate (const char *path,
                   const char *text)
{
  g_autoptr(GString) context = g_string_new (NULL);

  for (const char *p = path; *p != '\0'; p++)
    {
      if (*p == '[')
        {
          while (*p != '\0' && *p != ']')
            p++;
          if (*p == '\0')
            break;
          continue;
        }
      g_string_append_c (context, *p);
    }

  return g_dpgettext2 (GETTEXT_PACKAGE, context->str, text);
}

/**
 * bm_json_dup_text:
 *
 * Reads a non-empty string member meant for people, translated.
 *
 * Returns: (transfer full): the translated text, or %NULL with @error set
 */
char *
bm_json_dup_text (JsonObject  *object,
                  const char  *path,
                  const char  *key,
                  GError     **error)
{
  g_autofree char *member_path = join_path (path, key);
  const char *text = bm_json_get_string (object, path, key, error);

  return text != NULL ? g_strdup (bm_json_translate (member_path, text)) : NULL;
}

/**
 * bm_json_dup_texts:
 *
 * Reads an array of non-empty strings meant for people, translated.
 *
 * Returns: (transfer full): the translated texts, or %NULL with @error set
 */
char **
bm_json_dup_texts (JsonObject  *object,
                   const char  *path,
                   const char  *key,
                   GError     **error)
{
  g_autofree char *member_path = join_path (path, key);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = bm_json_get_array (object, path, key, error);

  if (array == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = bm_json_path_index (path, key, i);
      const char *text = node_get_string (json_array_get_element (array, i), item_path, error);

      if (text == NULL)
        return NULL;
      g_strv_builder_add (builder, bm_json_translate (member_path, text));
    }

  return g_strv_builder_end (builder);
}

/**
 * bm_json_is_id:
 *
 * Returns: whether @id is kebab-case: lower-case words of letters and digits
 *   joined by single hyphens
 */
gboolean
bm_json_is_id (const char *id)
{
  gboolean word_start = TRUE;

  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (word_start)
            return FALSE;
          word_start = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        word_start = FALSE;
      else
        return FALSE;
    }

  return !word_start;
}

/**
 * bm_json_get_id:
 *
 * Reads a string member that must be a kebab-case id.
 *
 * Returns: (transfer none): the id, or %NULL with @error set
 */
const char *
bm_json_get_id (JsonObject  *object,
                const char  *path,
                const char  *key,
                GError     **error)
{
  const char *id = bm_json_get_string (object, path, key, error);

  if (id != NULL && !bm_json_is_id (id))
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                   "%s.%s: \"%s\" is not a valid id (lower-case words joined by hyphens)",
                   path, key, id);
      return NULL;
    }

  return id;
}

/**
 * bm_json_get_int:
 *
 * Reads an integer member between @min and @max.
 */
gboolean
bm_json_get_int (JsonObject  *object,
                 const char  *path,
                 const char  *key,
                 gint64       min,
                 gint64       max,
                 gint64      *value,
                 GError     **error)
{
  g_autofree char *member_path = join_path (path, key);
  JsonNode *node = get_member (object, path, key, error);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      set_wrong_type (error, member_path, "an integer", node);
      return FALSE;
    }

  *value = json_node_get_int (node);
  if (*value < min || *value > max)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                   "%s: %" G_GINT64_FORMAT " is outside %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT,
                   member_path, *value, min, max);
      return FALSE;
    }

  return TRUE;
}

/**
 * bm_json_get_boolean:
 *
 * Reads a boolean member.
 *
 * Returns: %TRUE with @value set, or %FALSE with @error set
 */
gboolean
bm_json_get_boolean (JsonObject  *object,
                     const char  *path,
                     const char  *key,
                     gboolean    *value,
                     GError     **error)
{
  g_autofree char *member_path = join_path (path, key);
  JsonNode *node = get_member (object, path, key, error);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      set_wrong_type (error, member_path, "true or false", node);
      return FALSE;
    }

  *value = json_node_get_boolean (node);
  return TRUE;
}

static char *
list_nicks (GType type)
{
  g_autoptr(GString) nicks = g_string_new (NULL);

  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (nicks, "%s\"%s\"", i ? ", " : "", klass->values[i].value_nick);
    }
  else
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (nicks, "%s\"%s\"", i ? ", " : "", klass->values[i].value_nick);
    }

  return g_string_free (g_steal_pointer (&nicks), FALSE);
}

static void
set_bad_nick (GError     **error,
              const char  *path,
              const char  *nick,
              GType        type)
{
  g_autofree char *nicks = list_nicks (type);

  g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
               "%s: \"%s\" is not one of %s", path, nick, nicks);
}

/**
 * bm_json_get_enum:
 * @type: a #GEnum or #GFlags type whose value nicks are the accepted strings
 *
 * Reads a string member naming one value of @type.
 */
gboolean
bm_json_get_enum (JsonObject  *object,
                  const char  *path,
                  const char  *key,
                  GType        type,
                  int         *value,
                  GError     **error)
{
  g_autofree char *member_path = join_path (path, key);
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const char *nick = bm_json_get_string (object, path, key, error);

  if (nick == NULL)
    return FALSE;

  if (G_TYPE_IS_ENUM (type))
    {
      GEnumValue *enum_value = g_enum_get_value_by_nick (G_ENUM_CLASS (klass), nick);

      if (enum_value != NULL)
        {
          *value = enum_value->value;
          return TRUE;
        }
    }
  else
    {
      GFlagsValue *flags_value = g_flags_get_value_by_nick (G_FLAGS_CLASS (klass), nick);

      if (flags_value != NULL)
        {
          *value = flags_value->value;
          return TRUE;
        }
    }

  set_bad_nick (error, member_path, nick, type);
  return FALSE;
}

/**
 * bm_json_get_flags:
 * @flags_type: a #GFlags type whose value nicks are the accepted strings
 *
 * Reads a non-empty array member of strings, each naming a value of @flags_type,
 * and combines them.
 */
gboolean
bm_json_get_flags (JsonObject  *object,
                   const char  *path,
                   const char  *key,
                   GType        flags_type,
                   guint       *value,
                   GError     **error)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  g_autofree char *member_path = join_path (path, key);
  JsonArray *array = bm_json_get_array (object, path, key, error);

  if (array == NULL)
    return FALSE;

  if (json_array_get_length (array) == 0)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE, "%s: empty list", member_path);
      return FALSE;
    }

  *value = 0;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = bm_json_path_index (path, key, i);
      const char *nick = node_get_string (json_array_get_element (array, i), item_path, error);
      GFlagsValue *flags_value;

      if (nick == NULL)
        return FALSE;

      flags_value = g_flags_get_value_by_nick (klass, nick);
      if (flags_value == NULL)
        {
          set_bad_nick (error, item_path, nick, flags_type);
          return FALSE;
        }
      *value |= flags_value->value;
    }

  return TRUE;
}

/**
 * bm_json_get_array:
 *
 * Returns: (transfer none): the array member, or %NULL with @error set
 */
JsonArray *
bm_json_get_array (JsonObject  *object,
                   const char  *path,
                   const char  *key,
                   GError     **error)
{
  JsonNode *node = get_member (object, path, key, error);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *member_path = join_path (path, key);

      set_wrong_type (error, member_path, "an array", node);
      return NULL;
    }

  return json_node_get_array (node);
}

/**
 * bm_json_path_index:
 * @path: (nullable): the path of the object holding the array, %NULL at the root
 *
 * Returns: (transfer full): the path of item @index of the array member @key
 */
char *
bm_json_path_index (const char *path,
                    const char *key,
                    guint       index)
{
  g_autofree char *array_path = join_path (path, key);

  return g_strdup_printf ("%s[%u]", array_path, index);
}

/**
 * bm_json_enum_nick:
 * @type: a #GEnum or a #GFlags type
 * @value: one of its values
 *
 * Returns: (transfer none): how JSON documents write @value, such as "nerve-root"
 */
const char *
bm_json_enum_nick (GType type,
                   int   value)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  if (G_TYPE_IS_ENUM (type))
    return g_enum_get_value (G_ENUM_CLASS (klass), value)->value_nick;

  return g_flags_get_first_value (G_FLAGS_CLASS (klass), value)->value_nick;
}
