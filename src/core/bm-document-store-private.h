/* bm-document-store-private.h: what the store's files share, and what its tests use
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "bm-document-store.h"
#include "bm-user-file.h"

G_BEGIN_DECLS

struct _BmDocumentStore
{
  GObject parent_instance;

  BmDocument *document;
  BmCatalog *catalog;
  char *path;
  gulong changed_handler;
  GFileMonitor *monitor;

  /* What the file held when we last read or wrote it: the base of a merge, and the
   * file itself, to notice that another program changed it. */
  GBytes *base;
  BmUserFileStamp stamp;
  gboolean has_stamp;

  /* Set when the path must not be written, with the reason. */
  GError *unusable;

  guint delay_ms;
  guint save_source;
  gint64 dirty_since;
  gboolean dirty;   /* changes no write has taken yet */
  gboolean writing; /* a write runs in a thread */
  gboolean failing; /* the last write failed, and save-failed told so */
  gboolean saved;
  guint n_writes;

  /* One write at a time, in the thread or in bm_document_store_flush(); a write older
   * than the last one done is dropped, so the file never goes back in time. */
  GMutex write_lock;
  guint64 last_seq;    /* the last write started */
  guint64 written_seq; /* the last write done; under write_lock */
  guint64 applied_seq; /* the last write whose stamp and base we keep */
};

/* One save: the document, and what the write found out. */
typedef struct
{
  GBytes *bytes;
  guint64 seq;
  BmUserFileStamp stamp;
  gboolean dropped;
} BmDocumentStoreWrite;

/* bm-document-store.c */
void                  bm_document_store_notice       (BmDocumentStore       *self,
                                                      const char            *message);
void                  bm_document_store_save_failed  (BmDocumentStore       *self,
                                                      const GError          *error);

/* bm-document-store-file.c */
gboolean              bm_document_store_read_file    (BmDocumentStore       *self,
                                                      gboolean               at_load,
                                                      GError               **error);
gboolean              bm_document_store_catch_up     (BmDocumentStore       *self,
                                                      GError               **error);
BmDocumentStoreWrite *bm_document_store_write_new    (BmDocumentStore       *self);
void                  bm_document_store_write_free   (BmDocumentStoreWrite  *write);
gboolean              bm_document_store_write_file   (BmDocumentStore       *self,
                                                      BmDocumentStoreWrite  *write,
                                                      GError               **error);
void                  bm_document_store_write_done   (BmDocumentStore       *self,
                                                      BmDocumentStoreWrite  *write,
                                                      const GError          *error);

/* For tests only. */
void                  bm_document_store_set_delay    (BmDocumentStore       *self,
                                                      guint                  delay_ms);
guint                 bm_document_store_get_n_writes (BmDocumentStore       *self);
void                  bm_document_store_wait         (BmDocumentStore       *self);

G_END_DECLS
