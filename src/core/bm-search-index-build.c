/* bm-search-index-build.c: the words of every text of the catalog, for the search index
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-search-index"

#include "config.h"

#include <string.h>

#include "bm-catalog.h"
#include "bm-cause.h"
#include "bm-pain-source.h"
#include "bm-red-flag.h"
#include "bm-region.h"
#include "bm-search-index-private.h"
#include "bm-source.h"
#include "bm-step.h"
#include "bm-technique-fit.h"
#include "bm-technique.h"
#include "bm-tip.h"

/* Lower case, without accents: "Ciática" and "ciatica" are the same word. */
static char *
fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *bare;

  /* Much of the text has no accent to take off: the index builds twice as fast. */
  if (g_str_is_ascii (text))
    return g_ascii_strdown (text, -1);

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  bare = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }

  return g_string_free (bare, FALSE);
}

static gboolean
is_word_char (const char *p)
{
  guchar c = *p;

  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (g_utf8_get_char (p));
}

/**
 * bm_search_split_words:
 *
 * Returns: (transfer full): the folded words of @text: its runs of letters and digits
 */
char **
bm_search_split_words (const char *text)
{
  g_autofree char *folded = fold (text);
  GPtrArray *words = g_ptr_array_new ();
  const char *p = folded;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !is_word_char (p))
        p = g_utf8_next_char (p);
      start = p;
      while (is_word_char (p))
        p = g_utf8_next_char (p);
      if (p > start)
        g_ptr_array_add (words, g_strndup (start, p - start));
    }
  g_ptr_array_add (words, NULL);

  return (char **) g_ptr_array_free (words, FALSE);
}

/* Texts of an entry must come best field first: each word keeps its first posting. */
static void
add_text (GHashTable    *words,
          guint          entry,
          BmSearchField  field,
          const char    *text)
{
  g_auto(GStrv) split = NULL;

  if (text == NULL)
    return;

  split = bm_search_split_words (text);
  for (guint i = 0; split[i] != NULL; i++)
    {
      GArray *postings = g_hash_table_lookup (words, split[i]);
      guint posting = entry << 2 | field;

      if (postings == NULL)
        {
          postings = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (words, g_strdup (split[i]), postings);
        }
      if (postings->len == 0 || g_array_index (postings, guint, postings->len - 1) >> 2 != entry)
        g_array_append_val (postings, posting);
    }
}

static void
add_texts (GHashTable         *words,
           guint               entry,
           BmSearchField       field,
           const char * const *texts)
{
  for (guint i = 0; texts[i] != NULL; i++)
    add_text (words, entry, field, texts[i]);
}

/* Sources are part of what cites them: searching a title finds what it backs. */
static void
add_sources (GHashTable *words,
             guint       entry,
             GPtrArray  *sources)
{
  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *citation = bm_source_dup_citation (g_ptr_array_index (sources, i));

      add_text (words, entry, BM_SEARCH_FIELD_BODY, citation);
    }
}

static void
add_region_to (GHashTable *regions_of,
               gpointer    item,
               BmRegion   *region)
{
  GPtrArray *regions = g_hash_table_lookup (regions_of, item);

  if (regions == NULL)
    {
      regions = g_ptr_array_new ();
      g_hash_table_insert (regions_of, item, regions);
    }
  if (!g_ptr_array_find (regions, region, NULL))
    g_ptr_array_add (regions, region);
}

static void
add_regions_to_each (GHashTable *regions_of,
                     GPtrArray  *items,
                     BmRegion   *region)
{
  for (guint i = 0; i < items->len; i++)
    add_region_to (regions_of, g_ptr_array_index (items, i), region);
}

/* Every region an item belongs to, in catalog order; a pain source's, where it sits first. */
static GHashTable *
collect_regions (BmCatalog *catalog)
{
  GHashTable *regions_of = g_hash_table_new_full (NULL, NULL, NULL,
                                                  (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *list = bm_catalog_get_regions (catalog);

  for (guint i = 0; i < list->len; i++)
    {
      BmRegion *region = g_ptr_array_index (list, i);
      GPtrArray *fits = bm_region_get_techniques (region);

      add_region_to (regions_of, region, region);
      for (guint j = 0; j < fits->len; j++)
        add_region_to (regions_of, bm_technique_fit_get_technique (g_ptr_array_index (fits, j)),
                       region);
      add_regions_to_each (regions_of, bm_region_get_causes (region), region);
      add_regions_to_each (regions_of, bm_region_get_self_care (region), region);
      add_regions_to_each (regions_of, bm_region_get_red_flags (region), region);
    }

  list = bm_catalog_get_pain_sources (catalog);
  for (guint i = 0; i < list->len; i++)
    {
      BmPainSource *source = g_ptr_array_index (list, i);
      GPtrArray *located_in = bm_pain_source_get_located_in (source);
      GPtrArray *refers_to = bm_pain_source_get_refers_to (source);

      for (guint j = 0; j < located_in->len; j++)
        add_region_to (regions_of, source, g_ptr_array_index (located_in, j));
      for (guint j = 0; j < refers_to->len; j++)
        add_region_to (regions_of, source, g_ptr_array_index (refers_to, j));
    }

  return regions_of;
}

static void
add_side_notes (GHashTable *words,
                guint       entry,
                gpointer    region,
                GPtrArray  *regions)
{
  add_text (words, entry, BM_SEARCH_FIELD_BODY, bm_region_get_side_note (region, BM_SIDE_LEFT));
  add_text (words, entry, BM_SEARCH_FIELD_BODY, bm_region_get_side_note (region, BM_SIDE_RIGHT));
}

static void
add_technique_details (GHashTable *words,
                       guint       entry,
                       gpointer    technique,
                       GPtrArray  *regions)
{
  g_autofree char *equipment = bm_equipment_to_label (bm_technique_get_equipment (technique));
  GPtrArray *steps = bm_technique_get_steps (technique);

  add_text (words, entry, BM_SEARCH_FIELD_BODY, bm_technique_get_dose (technique));
  add_text (words, entry, BM_SEARCH_FIELD_BODY, equipment);
  add_texts (words, entry, BM_SEARCH_FIELD_BODY, bm_technique_get_cautions (technique));
  add_text (words, entry, BM_SEARCH_FIELD_BODY, bm_technique_get_evidence_summary (technique));
  for (guint i = 0; i < steps->len; i++)
    add_text (words, entry, BM_SEARCH_FIELD_BODY,
              bm_step_get_text (g_ptr_array_index (steps, i)));
  add_texts (words, entry, BM_SEARCH_FIELD_BODY, bm_technique_get_expect (technique));
  add_texts (words, entry, BM_SEARCH_FIELD_BODY, bm_technique_get_tell_therapist (technique));

  /* Why each region suggests it. */
  for (guint i = 0; i < regions->len; i++)
    {
      GPtrArray *fits = bm_region_get_techniques (g_ptr_array_index (regions, i));

      for (guint j = 0; j < fits->len; j++)
        if (bm_technique_fit_get_technique (g_ptr_array_index (fits, j)) == technique)
          add_text (words, entry, BM_SEARCH_FIELD_BODY,
                    bm_technique_fit_get_why (g_ptr_array_index (fits, j)));
    }
}

typedef GPtrArray  *(*GetList) (gpointer object);
typedef const char *(*GetText) (gpointer item);
typedef void        (*AddMore) (GHashTable *words,
                                guint       entry,
                                gpointer    item,
                                GPtrArray  *regions);

/* What search reads of each kind, in the order results of the same rank are listed. */
static const struct
{
  BmSearchResultKind kind;
  GetList get_items;
  GetText get_id;
  GetText get_title;
  GetText get_summary;
  GetText get_body;         /* (nullable) */
  GetList get_sources;      /* (nullable) */
  AddMore add_more;         /* (nullable) */
} kinds[] = {
  { BM_SEARCH_RESULT_REGION, (GetList) bm_catalog_get_regions, (GetText) bm_region_get_id,
    (GetText) bm_region_get_name, (GetText) bm_region_get_summary, NULL, NULL, add_side_notes },
  { BM_SEARCH_RESULT_TECHNIQUE, (GetList) bm_catalog_get_techniques,
    (GetText) bm_technique_get_id, (GetText) bm_technique_get_name,
    (GetText) bm_technique_get_summary, (GetText) bm_technique_get_session,
    (GetList) bm_technique_get_evidence_sources, add_technique_details },
  { BM_SEARCH_RESULT_PAIN_SOURCE, (GetList) bm_catalog_get_pain_sources,
    (GetText) bm_pain_source_get_id, (GetText) bm_pain_source_get_name,
    (GetText) bm_pain_source_get_note, (GetText) bm_pain_source_get_aggravated_by,
    (GetList) bm_pain_source_get_sources, NULL },
  { BM_SEARCH_RESULT_CAUSE, (GetList) bm_catalog_get_causes, (GetText) bm_cause_get_id,
    (GetText) bm_cause_get_name, (GetText) bm_cause_get_summary, NULL,
    (GetList) bm_cause_get_sources, NULL },
  { BM_SEARCH_RESULT_TIP, (GetList) bm_catalog_get_tips, (GetText) bm_tip_get_id,
    (GetText) bm_tip_get_text, NULL, NULL, (GetList) bm_tip_get_sources, NULL },
  { BM_SEARCH_RESULT_RED_FLAG, (GetList) bm_catalog_get_red_flags, (GetText) bm_red_flag_get_id,
    (GetText) bm_red_flag_get_text, (GetText) bm_red_flag_get_question,
    (GetText) bm_red_flag_get_action, (GetList) bm_red_flag_get_sources, NULL },
};

/**
 * bm_search_index_collect:
 * @entries: (element-type BmSearchEntry): where to add what can be found, in
 *   the order results of the same rank are listed
 *
 * Reads every text of @catalog that people can see, in the current language.
 *
 * Returns: (transfer full) (element-type utf8 GArray): each folded word, with
 *   its postings: `entry << 2 | field`, one per entry, with the best field
 */
GHashTable *
bm_search_index_collect (BmCatalog *catalog,
                         GArray    *entries)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) regions_of = collect_regions (catalog);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GPtrArray *items = kinds[k].get_items (catalog);

      for (guint i = 0; i < items->len; i++)
        {
          gpointer item = g_ptr_array_index (items, i);
          GPtrArray *regions = g_hash_table_lookup (regions_of, item);
          BmSearchEntry entry = {
            kinds[k].kind, item, kinds[k].get_id (item), kinds[k].get_title (item), NULL
          };
          guint e = entries->len;

          /* A technique has its own page; anything else is shown in a region. */
          if (regions == NULL && kinds[k].kind != BM_SEARCH_RESULT_TECHNIQUE)
            continue;
          entry.regions = regions != NULL ? g_ptr_array_ref (regions) : g_ptr_array_new ();
          g_array_append_val (entries, entry);

          add_text (words, e, BM_SEARCH_FIELD_TITLE, entry.title);
          if (kinds[k].get_summary != NULL)
            add_text (words, e, BM_SEARCH_FIELD_SUMMARY, kinds[k].get_summary (item));
          if (kinds[k].get_body != NULL)
            add_text (words, e, BM_SEARCH_FIELD_BODY, kinds[k].get_body (item));
          if (kinds[k].add_more != NULL)
            kinds[k].add_more (words, e, item, entry.regions);
          if (kinds[k].get_sources != NULL)
            add_sources (words, e, kinds[k].get_sources (item));
        }
    }

  return words;
}
