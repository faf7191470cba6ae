/* bm-json-scanner.h: JSON text read in one pass, for documents too big for a json-glib tree
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* On the stack, between bm_json_scanner_init() and bm_json_scanner_clear(). */
typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  const char *root;
  guint depth;
  struct
  {
    const char *key;
    int index;  /* -1 for a member that is not an array */
  } places[4];  /* where the scanner is, for errors */
  guint n_places;
  GString *text; /* the last string read */
  GError **error;
} BmJsonScanner;

/* Reads the value of member @key, whose name was just read. */
typedef gboolean (*BmJsonMemberFunc) (BmJsonScanner *self,
                                      const char    *key,
                                      gpointer       data);
/* Reads an item of an array. */
typedef gboolean (*BmJsonItemFunc)   (BmJsonScanner *self,
                                      gpointer       data);

gboolean bm_json_scanner_init         (BmJsonScanner     *self,
                                       const char        *data,
                                       gsize              size,
                                       const char        *root,
                                       GError           **error);
void     bm_json_scanner_clear        (BmJsonScanner     *self);
void     bm_json_scanner_push         (BmJsonScanner     *self,
                                       const char        *key);
void     bm_json_scanner_pop          (BmJsonScanner     *self);
gboolean bm_json_scanner_take         (BmJsonScanner     *self,
                                       char               c);
gboolean bm_json_scanner_take_null    (BmJsonScanner     *self);
gboolean bm_json_scanner_end          (BmJsonScanner     *self);
gboolean bm_json_scanner_read_name    (BmJsonScanner     *self);
gboolean bm_json_scanner_read_string  (BmJsonScanner     *self,
                                       const char        *key);
gboolean bm_json_scanner_read_int     (BmJsonScanner     *self,
                                       const char        *key,
                                       gint64             min,
                                       gint64             max,
                                       gint64            *value);
gboolean bm_json_scanner_read_nick    (BmJsonScanner     *self,
                                       const char        *key,
                                       gpointer           klass,
                                       int               *value);
gboolean bm_json_scanner_read_members (BmJsonScanner     *self,
                                       BmJsonMemberFunc   member,
                                       gpointer           data);
gboolean bm_json_scanner_read_items   (BmJsonScanner     *self,
                                       BmJsonItemFunc     item,
                                       gpointer           data);
gboolean bm_json_scanner_copy_value   (BmJsonScanner     *self,
                                       GString           *out);
gboolean bm_json_scanner_keep_member  (BmJsonScanner     *self,
                                       const char        *key,
                                       GString          **extra);
gboolean bm_json_scanner_fail         (BmJsonScanner     *self,
                                       int                code,
                                       const char        *key,
                                       const char        *message);
gboolean bm_json_scanner_fail_type    (BmJsonScanner     *self,
                                       const char        *key,
                                       const char        *expected);
gboolean bm_json_scanner_fail_syntax  (BmJsonScanner     *self,
                                       const char        *expected);

void     bm_json_append_string        (GString           *out,
                                       const char        *text,
                                       gsize              length);

G_END_DECLS
