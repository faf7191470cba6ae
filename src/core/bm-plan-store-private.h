/* bm-plan-store-private.h: what the plan store's files share, and what its tests use
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "bm-plan-store.h"
#include "bm-user-file.h"

G_BEGIN_DECLS

struct _BmPlanStore
{
  GObject parent_instance;

  BmCatalog *catalog;
  BmCarePlan *plan;
  char *path;
  gulong changed_handler;
  GFileMonitor *monitor;

  /* What the file held when we last read or wrote it: the base of a merge, and the
   * file itself, to notice that another program changed it. */
  JsonNode *base;
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

  /* One write at a time, in the thread or in bm_plan_store_flush(); a write older
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
  JsonNode *document;
  guint64 seq;
  BmUserFileStamp stamp;
  gboolean dropped;
} BmPlanStoreWrite;

/* bm-plan-store.c */
void              bm_plan_store_notice       (BmPlanStore       *self,
                                              const char        *message);
void              bm_plan_store_save_failed  (BmPlanStore       *self,
                                              const GError      *error);

/* bm-plan-store-file.c */
gboolean          bm_plan_store_read_file    (BmPlanStore       *self,
                                              gboolean           at_load,
                                              GError           **error);
gboolean          bm_plan_store_catch_up     (BmPlanStore       *self,
                                              GError           **error);
BmPlanStoreWrite *bm_plan_store_write_new    (BmPlanStore       *self);
void              bm_plan_store_write_free   (BmPlanStoreWrite  *write);
gboolean          bm_plan_store_write_file   (BmPlanStore       *self,
                                              BmPlanStoreWrite  *write,
                                              GError           **error);
void              bm_plan_store_write_done   (BmPlanStore       *self,
                                              BmPlanStoreWrite  *write,
                                              const GError      *error);

/* For tests only. */
void              bm_plan_store_set_delay    (BmPlanStore       *self,
                                              guint              delay_ms);
guint             bm_plan_store_get_n_writes (BmPlanStore       *self);
void              bm_plan_store_wait         (BmPlanStore       *self);

G_END_DECLS
