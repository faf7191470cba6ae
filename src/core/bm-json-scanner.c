/* bm-json-scanner.c: JSON text read in one pass, for documents too big for a json-glib tree
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib builds a tree of hash tables that, for a diary of thousands of entries,
 * takes ten times longer to build and free than the entries made from it. The scanner
 * goes through the text once and lets its caller make its objects as it goes; values
 * the caller does not know are copied out as compact JSON text, to be written back.
 *
 * It is as strict as the checks of bm_user_file_parse_json(): valid UTF-8, no lone
 * surrogate, nesting at most BM_USER_FILE_MAX_DEPTH deep, and `\u0000` read as U+FFFD.
 * Errors name where, as bm-json-reader.c does: "diary.entries[3].time: ...".
 */

#define G_LOG_DOMAIN "bm-json-scanner"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "bm-json-reader.h"
#include "bm-json-scanner.h"
#include "bm-user-file.h"

/**
 * bm_json_scanner_init:
 * @data: the document, @size bytes, which must outlive the scanner
 * @root: how errors name the document, such as "diary"
 *
 * Returns: %TRUE, or %FALSE with @error set when @data is empty or not UTF-8
 */
gboolean
bm_json_scanner_init (BmJsonScanner  *self,
                      const char     *data,
                      gsize           size,
                      const char     *root,
                      GError        **error)
{
  memset (self, 0, sizeof *self);
  self->start = self->p = data;
  self->end = data + size;
  self->root = root;
  self->text = g_string_sized_new (256);
  self->error = error;

  if (size == 0)
    {
      g_set_error_literal (error, BM_JSON_ERROR, BM_JSON_ERROR_SYNTAX, _("empty document"));
      return FALSE;
    }
  if (!g_utf8_validate (data, size, NULL))
    {
      g_set_error_literal (error, BM_JSON_ERROR, BM_JSON_ERROR_SYNTAX,
                           _("text that is not valid UTF-8"));
      return FALSE;
    }

  return TRUE;
}

void
bm_json_scanner_clear (BmJsonScanner *self)
{
  g_string_free (self->text, TRUE);
}

/* Errors name the member @key, with bm_json_scanner_read_items() its items, from now on. */
void
bm_json_scanner_push (BmJsonScanner *self,
                      const char    *key)
{
  g_assert (self->n_places < G_N_ELEMENTS (self->places));

  self->places[self->n_places].key = key;
  self->places[self->n_places].index = -1;
  self->n_places++;
}

void
bm_json_scanner_pop (BmJsonScanner *self)
{
  self->n_places--;
}

static char *
dup_place (BmJsonScanner *self)
{
  GString *place = g_string_new (self->root);

  for (guint i = 0; i < self->n_places; i++)
    {
      g_string_append_printf (place, ".%s", self->places[i].key);
      if (self->places[i].index >= 0)
        g_string_append_printf (place, "[%d]", self->places[i].index);
    }

  return g_string_free (place, FALSE);
}

gboolean
bm_json_scanner_fail (BmJsonScanner *self,
                      int            code,
                      const char    *key,
                      const char    *message)
{
  g_autofree char *place = dup_place (self);

  if (key != NULL)
    g_set_error (self->error, BM_JSON_ERROR, code, "%s.%s: %s", place, key, message);
  else
    g_set_error (self->error, BM_JSON_ERROR, code, "%s: %s", place, message);

  return FALSE;
}

static void
skip_space (BmJsonScanner *self)
{
  while (self->p < self->end
         && (*self->p == ' ' || *self->p == '\n' || *self->p == '\r' || *self->p == '\t'))
    self->p++;
}

/* Whether the next character, after any space, is @c; if so, it is taken. */
gboolean
bm_json_scanner_take (BmJsonScanner *self,
                      char           c)
{
  skip_space (self);
  if (self->p < self->end && *self->p == c)
    {
      self->p++;
      return TRUE;
    }

  return FALSE;
}

gboolean
bm_json_scanner_fail_syntax (BmJsonScanner *self,
                             const char    *expected)
{
  guint line = 1, column = 1;

  for (const char *q = self->start; q < self->p; q++)
    {
      if (*q == '\n')
        {
          line++;
          column = 1;
        }
      else if ((*q & 0xc0) != 0x80)
        column++;
    }

  g_set_error (self->error, BM_JSON_ERROR, BM_JSON_ERROR_SYNTAX,
               "line %u, column %u: expected %s", line, column, expected);
  return FALSE;
}

static gboolean
read_hex4 (BmJsonScanner *self,
           guint         *value)
{
  *value = 0;
  if (self->end - self->p < 4)
    return bm_json_scanner_fail_syntax (self, "four hexadecimal digits");

  for (guint i = 0; i < 4; i++, self->p++)
    {
      int digit = g_ascii_xdigit_value (*self->p);

      if (digit < 0)
        return bm_json_scanner_fail_syntax (self, "four hexadecimal digits");
      *value = *value * 16 + digit;
    }

  return TRUE;
}

static gboolean
fail_utf8 (BmJsonScanner *self)
{
  g_set_error_literal (self->error, BM_JSON_ERROR, BM_JSON_ERROR_SYNTAX,
                       _("text that is not valid UTF-8"));
  return FALSE;
}

/* Reads a string, its opening quote taken, into self->text. */
static gboolean
read_string_rest (BmJsonScanner *self)
{
  g_string_truncate (self->text, 0);

  for (;;)
    {
      const char *run = self->p;
      guint code;

      while (self->p < self->end && *self->p != '"' && *self->p != '\\'
             && (guchar) *self->p >= 0x20)
        self->p++;
      g_string_append_len (self->text, run, self->p - run);

      if (self->p == self->end)
        return bm_json_scanner_fail_syntax (self, "the end of the string");
      if (*self->p == '"')
        {
          self->p++;
          return TRUE;
        }
      if (*self->p != '\\')
        return bm_json_scanner_fail_syntax (self, "no control character in a string");

      self->p++;
      if (self->p == self->end)
        return bm_json_scanner_fail_syntax (self, "an escape");
      switch (*self->p++)
        {
        case '"': g_string_append_c (self->text, '"'); break;
        case '\\': g_string_append_c (self->text, '\\'); break;
        case '/': g_string_append_c (self->text, '/'); break;
        case 'b': g_string_append_c (self->text, '\b'); break;
        case 'f': g_string_append_c (self->text, '\f'); break;
        case 'n': g_string_append_c (self->text, '\n'); break;
        case 'r': g_string_append_c (self->text, '\r'); break;
        case 't': g_string_append_c (self->text, '\t'); break;
        case 'u':
          if (!read_hex4 (self, &code))
            return FALSE;
          if (code >= 0xdc00 && code <= 0xdfff)
            return fail_utf8 (self);
          if (code >= 0xd800 && code <= 0xdbff)
            {
              guint low;

              if (self->end - self->p < 2 || self->p[0] != '\\' || self->p[1] != 'u')
                return fail_utf8 (self);
              self->p += 2;
              if (!read_hex4 (self, &low))
                return FALSE;
              if (low < 0xdc00 || low > 0xdfff)
                return fail_utf8 (self);
              code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            }
          /* A NUL would end the text early: the rest is kept. */
          g_string_append_unichar (self->text, code == 0 ? 0xfffd : code);
          break;
        default:
          self->p--;
          return bm_json_scanner_fail_syntax (self, "an escape such as \\n or \\u00e9");
        }
    }
}

/* What the next value is, for errors: "a string", "an array"... */
static const char *
peek_type (BmJsonScanner *self)
{
  skip_space (self);
  if (self->p == self->end)
    return "nothing";

  switch (*self->p)
    {
    case '"': return "a string";
    case '{': return "an object";
    case '[': return "an array";
    case 't': case 'f': return "a boolean";
    case 'n': return "null";
    default: return "a number";
    }
}

gboolean
bm_json_scanner_fail_type (BmJsonScanner *self,
                           const char    *key,
                           const char    *expected)
{
  g_autofree char *message = g_strdup_printf ("expected %s, found %s", expected,
                                              peek_type (self));

  return bm_json_scanner_fail (self, BM_JSON_ERROR_WRONG_TYPE, key, message);
}

/* Reads the name of a member into self->text. */
gboolean
bm_json_scanner_read_name (BmJsonScanner *self)
{
  if (!bm_json_scanner_take (self, '"'))
    return bm_json_scanner_fail_syntax (self, "a member name");

  return read_string_rest (self);
}

gboolean
bm_json_scanner_read_string (BmJsonScanner *self,
                             const char    *key)
{
  if (!bm_json_scanner_take (self, '"'))
    return bm_json_scanner_fail_type (self, key, "a string");

  return read_string_rest (self);
}

/* Reads a JSON number; @integer is set when it has no fraction or exponent. */
static gboolean
read_number (BmJsonScanner *self,
             gint64        *value,
             gboolean      *integer)
{
  const char *start = self->p;
  char *parsed_end = NULL;

  *integer = TRUE;
  if (self->p < self->end && *self->p == '-')
    self->p++;
  if (self->p == self->end || !g_ascii_isdigit (*self->p))
    return bm_json_scanner_fail_syntax (self, "a value");
  if (*self->p == '0')
    self->p++;
  else
    while (self->p < self->end && g_ascii_isdigit (*self->p))
      self->p++;
  if (self->p < self->end && *self->p == '.')
    {
      *integer = FALSE;
      if (++self->p == self->end || !g_ascii_isdigit (*self->p))
        return bm_json_scanner_fail_syntax (self, "a digit");
      while (self->p < self->end && g_ascii_isdigit (*self->p))
        self->p++;
    }
  if (self->p < self->end && (*self->p == 'e' || *self->p == 'E'))
    {
      *integer = FALSE;
      if (++self->p < self->end && (*self->p == '+' || *self->p == '-'))
        self->p++;
      if (self->p == self->end || !g_ascii_isdigit (*self->p))
        return bm_json_scanner_fail_syntax (self, "a digit");
      while (self->p < self->end && g_ascii_isdigit (*self->p))
        self->p++;
    }

  if (*integer)
    {
      g_autofree char *digits = g_strndup (start, self->p - start);

      *value = g_ascii_strtoll (digits, &parsed_end, 10);
      *integer = *parsed_end == '\0' && errno != ERANGE;
    }

  return TRUE;
}

static gboolean
read_word (BmJsonScanner *self,
           const char    *word)
{
  gsize length = strlen (word);

  if ((gsize) (self->end - self->p) < length || memcmp (self->p, word, length) != 0)
    return bm_json_scanner_fail_syntax (self, "a value");

  self->p += length;
  return TRUE;
}

/**
 * bm_json_append_string:
 * @text: UTF-8 text, of @length bytes
 *
 * Appends @text to @out as a JSON string, quoted and escaped.
 */
void
bm_json_append_string (GString    *out,
                       const char *text,
                       gsize       length)
{
  static const char hex[] = "0123456789abcdef";
  const char *run = text, *end = text + length;

  g_string_append_c (out, '"');
  for (const char *p = text; p < end; p++)
    {
      guchar c = *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          g_string_append (out, "\\u00");
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 0xf]);
        }
    }
  g_string_append_len (out, run, end - run);
  g_string_append_c (out, '"');
}

/*
 * Reads any value; if @out is not %NULL, writes it there as compact JSON. Nesting is
 * counted from self->depth, the depth of the value's container.
 */
gboolean
bm_json_scanner_copy_value (BmJsonScanner *self,
                            GString       *out)
{
  gboolean object;
  gint64 number;
  gboolean integer;
  const char *start;

  skip_space (self);
  if (self->p == self->end)
    return bm_json_scanner_fail_syntax (self, "a value");

  start = self->p;
  switch (*self->p)
    {
    case '"':
      self->p++;
      if (!read_string_rest (self))
        return FALSE;
      if (out != NULL)
        bm_json_append_string (out, self->text->str, self->text->len);
      return TRUE;

    case 't':
    case 'f':
    case 'n':
      if (!read_word (self, *start == 't' ? "true" : *start == 'f' ? "false" : "null"))
        return FALSE;
      break;

    case '{':
    case '[':
      object = *self->p++ == '{';
      if (++self->depth > BM_USER_FILE_MAX_DEPTH)
        {
          g_set_error (self->error, BM_JSON_ERROR, BM_JSON_ERROR_SYNTAX,
                       _("nested more than %u levels deep"), BM_USER_FILE_MAX_DEPTH);
          return FALSE;
        }
      if (out != NULL)
        g_string_append_c (out, object ? '{' : '[');
      if (!bm_json_scanner_take (self, object ? '}' : ']'))
        do
          {
            if (object)
              {
                if (!bm_json_scanner_read_name (self))
                  return FALSE;
                if (out != NULL)
                  {
                    bm_json_append_string (out, self->text->str, self->text->len);
                    g_string_append_c (out, ':');
                  }
                if (!bm_json_scanner_take (self, ':'))
                  return bm_json_scanner_fail_syntax (self, "‘:’");
              }
            if (!bm_json_scanner_copy_value (self, out))
              return FALSE;
            if (bm_json_scanner_take (self, object ? '}' : ']'))
              break;
            if (!bm_json_scanner_take (self, ','))
              return bm_json_scanner_fail_syntax (self, object ? "‘,’ or ‘}’"
                                                               : "‘,’ or ‘]’");
            if (out != NULL)
              g_string_append_c (out, ',');
          }
        while (TRUE);
      if (out != NULL)
        g_string_append_c (out, object ? '}' : ']');
      self->depth--;
      return TRUE;

    default:
      if (!read_number (self, &number, &integer))
        return FALSE;
      break;
    }

  if (out != NULL)
    g_string_append_len (out, start, self->p - start);

  return TRUE;
}

gboolean
bm_json_scanner_read_int (BmJsonScanner *self,
                          const char    *key,
                          gint64         min,
                          gint64         max,
                          gint64        *value)
{
  g_autofree char *message = NULL;
  gboolean integer;

  skip_space (self);
  if (self->p == self->end || !(*self->p == '-' || g_ascii_isdigit (*self->p)))
    return bm_json_scanner_fail_type (self, key, "an integer");
  if (!read_number (self, value, &integer))
    return FALSE;
  if (!integer)
    return bm_json_scanner_fail (self, BM_JSON_ERROR_WRONG_TYPE, key,
                                 "expected an integer, found a number");
  if (*value < min || *value > max)
    {
      message = g_strdup_printf ("%" G_GINT64_FORMAT " is outside %" G_GINT64_FORMAT " to %"
                                 G_GINT64_FORMAT, *value, min, max);
      return bm_json_scanner_fail (self, BM_JSON_ERROR_BAD_VALUE, key, message);
    }

  return TRUE;
}

/* Whether the next value, after any space, is null; if so, it is taken. */
gboolean
bm_json_scanner_take_null (BmJsonScanner *self)
{
  skip_space (self);

  return self->end - self->p >= 4 && memcmp (self->p, "null", 4) == 0 && (self->p += 4);
}

/* Returns: %TRUE if only space follows, or %FALSE with the error set */
gboolean
bm_json_scanner_end (BmJsonScanner *self)
{
  skip_space (self);

  return self->p == self->end || bm_json_scanner_fail_syntax (self, "the end of the document");
}
