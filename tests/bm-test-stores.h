/* bm-test-stores.h: what the store tests share: the kinds of document, and a folder to keep one in
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-catalog.h"
#include "bm-document-store-private.h"

G_BEGIN_DECLS

/* One kind of document, as the tests that hold for every kind handle it. */
typedef struct
{
  const char *name;      /* in test paths */
  const char *file_name;
  GType       (*get_type)     (void);
  const char *syntax_error;  /* in the message about a file that is not JSON */

  /* A valid document whose text is @text_json (the inside of a JSON string). */
  char       *(*dup_document) (const char *text_json);
  /* A text of the document that the user can change, such as the plan's notes. */
  void        (*set_text)     (BmDocument *document,
                               const char *text);
  const char *(*get_text)     (BmDocument *document);
  /* Items of a set that two programs can add to apart, such as the plan's spots;
   * @n is 0 or 1. */
  void        (*add_item)     (BmDocument *document,
                               guint       n);
  gboolean    (*has_item)     (BmDocument *document,
                               guint       n);
} BmTestKind;

extern const BmTestKind bm_test_plan_kind;
extern const BmTestKind bm_test_diary_kind;
extern BmCatalog *bm_test_catalog;

typedef struct
{
  const BmTestKind *kind;
  char *dir;
  char *path;
  BmDocumentStore *store;
  GPtrArray *notices;
  GPtrArray *failures;
} BmStoreFixture;

void             bm_store_fixture_set_up    (BmStoreFixture *fixture,
                                             gconstpointer   kind);
void             bm_store_fixture_tear_down (BmStoreFixture *fixture,
                                             gconstpointer   kind);
BmDocumentStore *bm_store_fixture_new_store (BmStoreFixture *fixture);
BmDocument      *bm_store_fixture_load      (BmStoreFixture *fixture,
                                             const char     *contents,
                                             gssize          size);
GPtrArray       *bm_store_fixture_kept_aside (BmStoreFixture *fixture);

char            *bm_test_read_file          (const char     *path);
guint            bm_test_file_mode          (const char     *path);
void             bm_test_run_for            (guint           ms);

G_END_DECLS
