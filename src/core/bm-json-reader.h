/* bm-json-reader.h: strict reading of JSON documents, with errors that name the path
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define BM_JSON_ERROR (bm_json_error_quark ())

typedef enum
{
  BM_JSON_ERROR_SYNTAX,
  BM_JSON_ERROR_MISSING_KEY,
  BM_JSON_ERROR_UNKNOWN_KEY,
  BM_JSON_ERROR_WRONG_TYPE,
  BM_JSON_ERROR_BAD_VALUE,
} BmJsonError;

GQuark       bm_json_error_quark     (void);

JsonNode    *bm_json_parse           (GBytes             *bytes,
                                      const char         *what,
                                      GError            **error);
JsonObject  *bm_json_check_object    (JsonNode           *node,
                                      const char         *path,
                                      const char * const *keys,
                                      GError            **error);
JsonObject  *bm_json_check_object_full (JsonNode           *node,
                                        const char         *path,
                                        const char * const *keys,
                                        const char * const *optional_keys,
                                        GError            **error);
const char  *bm_json_get_string      (JsonObject         *object,
                                      const char         *path,
                                      const char         *key,
                                      GError            **error);
char        *bm_json_dup_text        (JsonObject         *object,
                                      const char         *path,
                                      const char         *key,
                                      GError            **error);
char       **bm_json_dup_texts       (JsonObject         *object,
                                      const char         *path,
                                      const char         *key,
                                      GError            **error);
const char  *bm_json_get_id          (JsonObject         *object,
                                      const char         *path,
                                      const char         *key,
                                      GError            **error);
gboolean     bm_json_get_int         (JsonObject         *object,
                                      const char         *path,
                                      const char         *key,
                                      gint64              min,
                                      gint64              max,
                                      gint64             *value,
                                      GError            **error);
gboolean     bm_json_get_boolean     (JsonObject         *object,
                                      const char         *path,
                                      const char         *key,
                                      gboolean           *value,
                                      GError            **error);
gboolean     bm_json_get_enum        (JsonObject         *object,
                                      const char         *path,
                                      const char         *key,
                                      GType               enum_type,
                                      int                *value,
                                      GError            **error);
gboolean     bm_json_get_flags       (JsonObject         *object,
                                      const char         *path,
                                      const char         *key,
                                      GType               flags_type,
                                      guint              *value,
                                      GError            **error);
JsonArray   *bm_json_get_array       (JsonObject         *object,
                                      const char         *path,
                                      const char         *key,
                                      GError            **error);
char        *bm_json_path_index      (const char         *path,
                                      const char         *key,
                                      guint               index);
gboolean     bm_json_is_id           (const char         *id);
const char  *bm_json_enum_nick       (GType               type,
                                      int                 value);
const char  *bm_json_translate       (const char         *path,
                                      const char         *text);

G_END_DECLS
