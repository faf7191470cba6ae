/* bm-search-index.c: every word of the catalog, found by the start of a word
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-search-index"

#include "config.h"

#include <string.h>

#include "bm-catalog.h"
#include "bm-search-index-private.h"
#include "bm-search-index.h"
#include "bm-synonym.h"

/* Worse than any field: the words are not there. */
#define NO_MATCH (BM_SEARCH_FIELD_BODY + 1)

typedef struct
{
  char *text;               /* folded */
  GArray *postings;         /* (element-type guint) entry << 2 | best field, by entry */
} Word;

typedef struct
{
  char **words;             /* folded words people search with, such as "knot" */
  GPtrArray *means;         /* (element-type GStrv) folded words the catalog uses instead */
} Phrase;

struct _BmSearchIndex
{
  GObject parent_instance;

  BmCatalog *catalog;
  gboolean built;
  GArray *entries;          /* (element-type BmSearchEntry) in the order equal ranks are listed */
  GArray *words;            /* (element-type Word) sorted by text */
  GArray *phrases;          /* (element-type Phrase) */
};

G_DEFINE_FINAL_TYPE (BmSearchIndex, bm_search_index, G_TYPE_OBJECT)

static void
clear_entry (BmSearchEntry *entry)
{
  g_ptr_array_unref (entry->regions);
}

static void
clear_word (Word *word)
{
  g_free (word->text);
  g_array_unref (word->postings);
}

static void
clear_phrase (Phrase *phrase)
{
  g_strfreev (phrase->words);
  g_ptr_array_unref (phrase->means);
}

static void
bm_search_index_finalize (GObject *object)
{
  BmSearchIndex *self = (BmSearchIndex *)object;

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->words, g_array_unref);
  g_clear_pointer (&self->phrases, g_array_unref);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (bm_search_index_parent_class)->finalize (object);
}

static void
bm_search_index_class_init (BmSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_search_index_finalize;
}

static void
bm_search_index_init (BmSearchIndex *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (BmSearchEntry));
  g_array_set_clear_func (self->entries, (GDestroyNotify) clear_entry);
  self->words = g_array_new (FALSE, FALSE, sizeof (Word));
  g_array_set_clear_func (self->words, (GDestroyNotify) clear_word);
  self->phrases = g_array_new (FALSE, FALSE, sizeof (Phrase));
  g_array_set_clear_func (self->phrases, (GDestroyNotify) clear_phrase);
}

/**
 * bm_search_index_new:
 *
 * Makes everything in @catalog findable, in the current language. The index
 * is built on the first search.
 *
 * Returns: (transfer full): an index
 */
BmSearchIndex *
bm_search_index_new (BmCatalog *catalog)
{
  BmSearchIndex *self;

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);

  self = g_object_new (BM_TYPE_SEARCH_INDEX, NULL);
  self->catalog = g_object_ref (catalog);

  return self;
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const Word *) a)->text, ((const Word *) b)->text);
}

static void
add_synonyms (BmSearchIndex *self)
{
  GPtrArray *synonyms = bm_catalog_get_synonyms (self->catalog);

  for (guint i = 0; i < synonyms->len; i++)
    {
      BmSynonym *synonym = g_ptr_array_index (synonyms, i);
      const char * const *words = bm_synonym_get_words (synonym);
      const char * const *means = bm_synonym_get_means (synonym);
      g_autoptr(GPtrArray) folded_means = NULL;

      folded_means = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      for (guint j = 0; means[j] != NULL; j++)
        g_ptr_array_add (folded_means, bm_search_split_words (means[j]));

      for (guint j = 0; words[j] != NULL; j++)
        {
          Phrase phrase = { bm_search_split_words (words[j]), g_ptr_array_ref (folded_means) };

          g_array_append_val (self->phrases, phrase);
        }
    }
}

static void
build (BmSearchIndex *self)
{
  g_autoptr(GHashTable) words = bm_search_index_collect (self->catalog, self->entries);
  GHashTableIter iter;
  Word word;

  add_synonyms (self);

  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, (gpointer *) &word.text, (gpointer *) &word.postings))
    {
      g_hash_table_iter_steal (&iter);
      g_array_append_val (self->words, word);
    }
  g_array_sort (self->words, compare_words);

  self->built = TRUE;
}

/* For each entry, the best field with a word that starts with @prefix. */
static void
match_prefix (BmSearchIndex *self,
              const char    *prefix,
              guint8        *best)
{
  gsize length = strlen (prefix);
  guint low = 0, high = self->words->len;

  memset (best, NO_MATCH, self->entries->len);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (strcmp (g_array_index (self->words, Word, middle).text, prefix) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < self->words->len; i++)
    {
      Word *word = &g_array_index (self->words, Word, i);

      if (strncmp (word->text, prefix, length) != 0)
        break;
      for (guint j = 0; j < word->postings->len; j++)
        {
          guint posting = g_array_index (word->postings, guint, j);

          best[posting >> 2] = MIN (best[posting >> 2], posting & 3);
        }
    }
}

/* For each entry, the field that holds all of @words, each as the start of a word. */
static void
match_all (BmSearchIndex  *self,
           char          **words,
           guint8         *field,
           guint8         *scratch)
{
  memset (field, BM_SEARCH_FIELD_TITLE, self->entries->len);

  for (guint i = 0; words[i] != NULL; i++)
    {
      match_prefix (self, words[i], scratch);
      for (guint e = 0; e < self->entries->len; e++)
        field[e] = MAX (field[e], scratch[e]);
    }
}

/* Whether @query starts with @phrase; its last word may be cut short. */
static gboolean
starts_with_phrase (char       **query,
                    const char **phrase)
{
  guint i;

  if (phrase[0] == NULL)
    return FALSE;

  for (i = 0; phrase[i + 1] != NULL; i++)
    if (query[i] == NULL || !g_str_equal (query[i], phrase[i]))
      return FALSE;

  return query[i] != NULL && g_str_has_prefix (phrase[i], query[i]);
}

/* Each clause of a query is a choice of word lists: the words typed, or what
 * a synonym they start with means. Every clause must match.
 */
static GPtrArray *
parse_query (BmSearchIndex  *self,
             char          **words)
{
  GPtrArray *clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  guint taken;

  for (guint i = 0; words[i] != NULL; i += taken)
    {
      GPtrArray *clause = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      g_autoptr(GStrvBuilder) typed = g_strv_builder_new ();
      guint longest = 0;

      for (guint p = 0; p < self->phrases->len; p++)
        {
          Phrase *phrase = &g_array_index (self->phrases, Phrase, p);

          if (starts_with_phrase (words + i, (const char **) phrase->words))
            longest = MAX (longest, g_strv_length (phrase->words));
        }

      /* The longest synonym wins: "tennis ball" rather than "ball". */
      taken = MAX (longest, 1);
      for (guint j = 0; j < taken; j++)
        g_strv_builder_add (typed, words[i + j]);
      g_ptr_array_add (clause, g_strv_builder_end (typed));

      for (guint p = 0; longest > 0 && p < self->phrases->len; p++)
        {
          Phrase *phrase = &g_array_index (self->phrases, Phrase, p);

          if (g_strv_length (phrase->words) == longest &&
              starts_with_phrase (words + i, (const char **) phrase->words))
            for (guint m = 0; m < phrase->means->len; m++)
              g_ptr_array_add (clause, g_strdupv (g_ptr_array_index (phrase->means, m)));
        }

      g_ptr_array_add (clauses, clause);
    }

  return clauses;
}

/**
 * bm_search_index_search:
 * @query: words as typed
 *
 * Finds what holds every word of @query, each as the start of a word, whatever
 * the case and accents; a word may also be one of the catalog's synonyms. The
 * first search builds the index.
 *
 * Returns: (transfer full): the results (#BmSearchResult), those found in the
 *   title first, then the summary, then the rest; the same in catalog order
 */
GListModel *
bm_search_index_search (BmSearchIndex *self,
                        const char    *query)
{
  GListStore *store = g_list_store_new (BM_TYPE_SEARCH_RESULT);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) clauses = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree guint8 *rank = NULL;
  g_autofree guint8 *clause_best = NULL;
  g_autofree guint8 *field = NULL;
  g_autofree guint8 *scratch = NULL;
  guint n;

  g_return_val_if_fail (BM_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!self->built)
    build (self);

  words = bm_search_split_words (query);
  if (words[0] == NULL)
    return G_LIST_MODEL (store);

  n = self->entries->len;
  rank = g_new0 (guint8, n);
  clause_best = g_new (guint8, n);
  field = g_new (guint8, n);
  scratch = g_new (guint8, n);

  clauses = parse_query (self, words);
  for (guint c = 0; c < clauses->len; c++)
    {
      GPtrArray *choices = g_ptr_array_index (clauses, c);

      memset (clause_best, NO_MATCH, n);
      for (guint a = 0; a < choices->len; a++)
        {
          match_all (self, g_ptr_array_index (choices, a), field, scratch);
          for (guint e = 0; e < n; e++)
            clause_best[e] = MIN (clause_best[e], field[e]);
        }
      for (guint e = 0; e < n; e++)
        rank[e] = MAX (rank[e], clause_best[e]);
    }

  for (guint f = BM_SEARCH_FIELD_TITLE; f < NO_MATCH; f++)
    for (guint e = 0; e < n; e++)
      if (rank[e] == f)
        {
          BmSearchEntry *entry = &g_array_index (self->entries, BmSearchEntry, e);

          g_ptr_array_add (found, bm_search_result_new (entry->kind, entry->item, entry->id,
                                                        entry->title, entry->regions, f));
        }

  g_list_store_splice (store, 0, 0, found->pdata, found->len);

  return G_LIST_MODEL (store);
}
