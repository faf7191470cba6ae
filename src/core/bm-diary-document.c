/* bm-diary-document.c: the pain diary as a document the store loads, merges and saves
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-diary-private.h"
#include "bm-document.h"

static JsonNode *
bm_diary_document_to_json (BmDocument *document)
{
  return bm_diary_to_json (BM_DIARY (document));
}

static GBytes *
bm_diary_document_to_bytes (BmDocument *document)
{
  return bm_diary_to_bytes (BM_DIARY (document));
}

static gboolean
bm_diary_document_load_bytes (BmDocument  *document,
                              BmCatalog   *catalog,
                              GBytes      *bytes,
                              GError     **error)
{
  g_autoptr(BmDiary) other = bm_diary_new_from_bytes (bytes, error);

  if (other == NULL)
    return FALSE;

  bm_diary_take_contents (BM_DIARY (document), other);
  return TRUE;
}

static gboolean
bm_diary_document_load_json (BmDocument  *document,
                             BmCatalog   *catalog,
                             JsonNode    *root,
                             GError     **error)
{
  g_autoptr(BmDiary) other = bm_diary_new_from_json (root, error);

  if (other == NULL)
    return FALSE;

  bm_diary_take_contents (BM_DIARY (document), other);
  return TRUE;
}

static gboolean
bm_diary_document_merge (BmDocument  *document,
                         BmCatalog   *catalog,
                         GBytes      *base,
                         GBytes      *theirs,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BmDiary) their_diary = bm_diary_new_from_bytes (theirs, error);
  g_autoptr(BmDiary) base_diary = NULL;

  if (their_diary == NULL)
    return FALSE;

  /* The store wrote or read @base: it is a diary. */
  base_diary = bm_diary_new_from_bytes (base, &local_error);
  g_assert_no_error (local_error);
  bm_diary_merge (BM_DIARY (document), base_diary, their_diary);

  return TRUE;
}

static char *
bm_diary_dup_message (BmDocument        *document,
                      BmDocumentProblem  problem,
                      const char        *path,
                      const char        *reason,
                      const char        *detail)
{
  switch (problem)
    {
    case BM_DOCUMENT_PROBLEM_KEPT_ASIDE:
      return g_strdup_printf (_("Your pain diary “%s” could not be read (%s). It was kept as "
                                "“%s”, and a new diary was started."), path, reason, detail);

    case BM_DOCUMENT_PROBLEM_NOT_KEPT_ASIDE:
      return g_strdup_printf (_("Your pain diary “%s” could not be read (%s), nor kept aside "
                                "(%s). Changes stay in memory and are not saved."),
                              path, reason, detail);

    case BM_DOCUMENT_PROBLEM_UNUSABLE:
      return g_strdup_printf (_("Your pain diary “%s” cannot be used (%s). Changes stay in "
                                "memory and are not saved."), path, reason);

    case BM_DOCUMENT_PROBLEM_NEWER:
      return g_strdup_printf (_("Your pain diary “%s” was saved by a newer version of Backmap. "
                                "It is left as it is; changes made now will not be saved."),
                              path);

    case BM_DOCUMENT_PROBLEM_NOT_SAVED:
    default:
      return g_strdup_printf (_("Cannot save your pain diary: %s. Your entries stay here "
                                "while Backmap is open."), reason);
    }
}

void
bm_diary_document_init (BmDocumentInterface *iface)
{
  iface->to_json = bm_diary_document_to_json;
  iface->to_bytes = bm_diary_document_to_bytes;
  iface->load_json = bm_diary_document_load_json;
  iface->load_bytes = bm_diary_document_load_bytes;
  iface->merge = bm_diary_document_merge;
  iface->dup_message = bm_diary_dup_message;
}
