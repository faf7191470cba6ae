/* bm-synonym.c: words people search with that the catalog says otherwise
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-synonym"

#include "config.h"

#include "bm-catalog-private.h"
#include "bm-synonym.h"

struct _BmSynonym
{
  GObject parent_instance;

  char **words;
  char **means;
};

G_DEFINE_FINAL_TYPE (BmSynonym, bm_synonym, G_TYPE_OBJECT)

static void
bm_synonym_finalize (GObject *object)
{
  BmSynonym *self = (BmSynonym *)object;

  g_strfreev (self->words);
  g_strfreev (self->means);

  G_OBJECT_CLASS (bm_synonym_parent_class)->finalize (object);
}

static void
bm_synonym_class_init (BmSynonymClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_synonym_finalize;
}

static void
bm_synonym_init (BmSynonym *self)
{
}

/* A translated, comma-separated list: translators may give more or fewer phrases. */
static char **
dup_phrases (JsonObject  *object,
             const char  *path,
             const char  *key,
             GError     **error)
{
  g_autofree char *text = bm_json_dup_text (object, path, key, error);
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

BmSynonym *
bm_synonym_new_from_json (JsonNode    *node,
                          const char  *path,
                          BmCatalog   *catalog,
                          GError     **error)
{
  static const char * const keys[] = { "id", "words", "means", NULL };
  g_autoptr(BmSynonym) self = g_object_new (BM_TYPE_SYNONYM, NULL);
  JsonObject *object;

  /* The id only names the entry for translators and reviewers. */
  if (!(object = bm_json_check_object (node, path, keys, error)) ||
      !bm_json_get_id (object, path, "id", error) ||
      !(self->words = dup_phrases (object, path, "words", error)) ||
      !(self->means = dup_phrases (object, path, "means", error)))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * bm_synonym_get_words:
 *
 * Returns: (transfer none): the phrases people search with, such as "knot"
 */
const char * const *
bm_synonym_get_words (BmSynonym *self)
{
  g_return_val_if_fail (BM_IS_SYNONYM (self), NULL);

  return (const char * const *) self->words;
}

/**
 * bm_synonym_get_means:
 *
 * Returns: (transfer none): the phrases the catalog uses for them, such as
 *   "trigger point"
 */
const char * const *
bm_synonym_get_means (BmSynonym *self)
{
  g_return_val_if_fail (BM_IS_SYNONYM (self), NULL);

  return (const char * const *) self->means;
}
