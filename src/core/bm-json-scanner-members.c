/* bm-json-scanner-members.c: the members of objects, the items of arrays, named values
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-json-scanner"

#include "config.h"

#include "bm-json-reader.h"
#include "bm-json-scanner.h"

/* Keeps the member @key, a newer Backmap's, in @extra as compact JSON. */
gboolean
bm_json_scanner_keep_member (BmJsonScanner  *self,
                             const char     *key,
                             GString       **extra)
{
  if (*extra == NULL)
    *extra = g_string_new (NULL);
  else
    g_string_append_c (*extra, ',');

  bm_json_append_string (*extra, key, strlen (key));
  g_string_append_c (*extra, ':');

  return bm_json_scanner_copy_value (self, *extra);
}

/*
 * Goes through the members of an object, its '{' taken: @member is called with each
 * name (in self->text, copied to @key) and reads the value. Duplicate names of
 * known members are caught by the callers.
 */
gboolean
bm_json_scanner_read_members (BmJsonScanner    *self,
                              BmJsonMemberFunc  member,
                              gpointer          data)
{
  char buffer[64];

  self->depth++;
  if (bm_json_scanner_take (self, '}'))
    {
      self->depth--;
      return TRUE;
    }

  do
    {
      g_autofree char *long_key = NULL;
      const char *key = buffer;

      if (!bm_json_scanner_read_name (self))
        return FALSE;
      /* The value's strings take the place of the name in self->text. */
      if (self->text->len < sizeof buffer)
        memcpy (buffer, self->text->str, self->text->len + 1);
      else
        key = long_key = g_strdup (self->text->str);
      if (!bm_json_scanner_take (self, ':'))
        return bm_json_scanner_fail_syntax (self, "‘:’");
      if (!member (self, key, data))
        return FALSE;
      if (bm_json_scanner_take (self, '}'))
        {
          self->depth--;
          return TRUE;
        }
    }
  while (bm_json_scanner_take (self, ','));

  return bm_json_scanner_fail_syntax (self, "‘,’ or ‘}’");
}

/* Reads the items of an array, its '[' taken, with @item for each. */
gboolean
bm_json_scanner_read_items (BmJsonScanner  *self,
                            BmJsonItemFunc  item,
                            gpointer        data)
{
  self->depth++;
  self->places[self->n_places - 1].index = 0;
  if (bm_json_scanner_take (self, ']'))
    {
      self->depth--;
      return TRUE;
    }

  do
    {
      if (!item (self, data))
        return FALSE;
      self->places[self->n_places - 1].index++;
      if (bm_json_scanner_take (self, ']'))
        {
          self->depth--;
          return TRUE;
        }
    }
  while (bm_json_scanner_take (self, ','));

  return bm_json_scanner_fail_syntax (self, "‘,’ or ‘]’");
}

static const char *
get_nick (gpointer  klass,
          guint     i,
          int      *value)
{
  if (G_IS_ENUM_CLASS (klass))
    {
      *value = G_ENUM_CLASS (klass)->values[i].value;
      return G_ENUM_CLASS (klass)->values[i].value_nick;
    }

  *value = G_FLAGS_CLASS (klass)->values[i].value;
  return G_FLAGS_CLASS (klass)->values[i].value_nick;
}

/* Reads a string naming a value of @klass, a GEnumClass or GFlagsClass, by its nick. */
gboolean
bm_json_scanner_read_nick (BmJsonScanner *self,
                           const char    *key,
                           gpointer       klass,
                           int           *value)
{
  guint n_values = G_IS_ENUM_CLASS (klass) ? G_ENUM_CLASS (klass)->n_values
                                           : G_FLAGS_CLASS (klass)->n_values;
  g_autoptr(GString) message = NULL;
  int unused;

  if (!bm_json_scanner_read_string (self, key))
    return FALSE;

  for (guint i = 0; i < n_values; i++)
    if (g_str_equal (get_nick (klass, i, value), self->text->str))
      return TRUE;

  message = g_string_new (NULL);
  g_string_printf (message, "\"%s\" is not one of ", self->text->str);
  for (guint i = 0; i < n_values; i++)
    g_string_append_printf (message, "%s\"%s\"", i > 0 ? ", " : "", get_nick (klass, i, &unused));

  return bm_json_scanner_fail (self, BM_JSON_ERROR_BAD_VALUE, key, message->str);
}
