/* bm-source.c: a published source the catalog cites
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-source"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog-private.h"
#include "bm-source-private.h"

struct _BmSource
{
  GObject parent_instance;

  char *id;
  char *authors;
  char *title;
  char *venue;
  char *url;
  char *note;
  guint year;
};

G_DEFINE_FINAL_TYPE (BmSource, bm_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CITATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_source_finalize (GObject *object)
{
  BmSource *self = (BmSource *)object;

  g_free (self->id);
  g_free (self->authors);
  g_free (self->title);
  g_free (self->venue);
  g_free (self->url);
  g_free (self->note);

  G_OBJECT_CLASS (bm_source_parent_class)->finalize (object);
}

static void
bm_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BmSource *self = BM_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_CITATION:
      g_value_take_string (value, bm_source_dup_citation (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_source_class_init (BmSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_source_finalize;
  object_class->get_property = bm_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CITATION] =
    g_param_spec_string ("citation", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_source_init (BmSource *self)
{
}

BmSource *
bm_source_new_from_json (JsonNode    *node,
                         const char  *path,
                         BmCatalog   *catalog,
                         GError     **error)
{
  static const char * const keys[] = { "id", "authors", "year", "title", "venue", "url", NULL };
  static const char * const optional_keys[] = { "note", NULL };
  g_autoptr(BmSource) self = g_object_new (BM_TYPE_SOURCE, NULL);
  JsonObject *object;
  const char *id, *authors, *title, *venue, *url, *note = NULL;
  gint64 year;

  if (!(object = bm_json_check_object_full (node, path, keys, optional_keys, error)) ||
      !(id = bm_json_get_id (object, path, "id", error)) ||
      !(authors = bm_json_get_string (object, path, "authors", error)) ||
      !bm_json_get_int (object, path, "year", 0, 2100, &year, error) ||
      !(title = bm_json_get_string (object, path, "title", error)) ||
      !(venue = bm_json_get_string (object, path, "venue", error)) ||
      !(url = bm_json_get_string (object, path, "url", error)) ||
      (json_object_has_member (object, "note") &&
       !(note = bm_json_get_string (object, path, "note", error))))
    return NULL;

  if (year != 0 && year < 1900)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                   "%s.year: %" G_GINT64_FORMAT " is not a year of publication (0 when undated)",
                   path, year);
      return NULL;
    }

  if (!g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://"))
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                   "%s.url: \"%s\" is not a web address", path, url);
      return NULL;
    }

  self->id = g_strdup (id);
  self->authors = g_strdup (authors);
  self->year = year;
  self->title = g_strdup (title);
  self->venue = g_strdup (venue);
  self->url = g_strdup (url);
  self->note = g_strdup (note);

  return g_steal_pointer (&self);
}

const char *
bm_source_get_authors (BmSource *self)
{
  g_return_val_if_fail (BM_IS_SOURCE (self), NULL);

  return self->authors;
}

const char *
bm_source_get_id (BmSource *self)
{
  g_return_val_if_fail (BM_IS_SOURCE (self), NULL);

  return self->id;
}

/**
 * bm_source_get_year:
 *
 * Returns: the year of publication, or 0 when the source is undated
 */
guint
bm_source_get_year (BmSource *self)
{
  g_return_val_if_fail (BM_IS_SOURCE (self), 0);

  return self->year;
}

const char *
bm_source_get_url (BmSource *self)
{
  g_return_val_if_fail (BM_IS_SOURCE (self), NULL);

  return self->url;
}

/**
 * bm_source_dup_citation:
 *
 * Returns: (transfer full): the reference in one line: authors, year, title, venue,
 *   then the figures the catalog puts in words, if the source has a note
 */
char *
bm_source_dup_citation (BmSource *self)
{
  g_autofree char *year = NULL;
  g_autofree char *citation = NULL;
  const char *title_end;

  g_return_val_if_fail (BM_IS_SOURCE (self), NULL);

  year = self->year != 0 ? g_strdup_printf ("%u", self->year)
                         /* Translators: the year of an undated source */
                         : g_strdup (_("n.d."));
  title_end = g_str_has_suffix (self->title, "?") || g_str_has_suffix (self->title, ".") ? "" : ".";

  /* Translators: a reference: authors (year). Title. Venue. */
  citation = g_strdup_printf (_("%s (%s). %s%s %s."), self->authors, year, self->title, title_end,
                              self->venue);
  if (self->note == NULL)
    return g_steal_pointer (&citation);

  /* Translators: a reference, then a note on its figures, such as effect sizes */
  return g_strdup_printf (_("%s %s"), citation, self->note);
}
