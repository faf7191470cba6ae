/* bm-document-store.c: a user's document on disk, loaded once, saved a moment after a change
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-document-store"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-document-store-private.h"
#include "bm-user-file.h"

#define DEFAULT_DELAY_MS 1000

/* While changes keep coming, a save waits for a pause, but not past this many delays. */
#define MAX_DELAYS 5

G_DEFINE_FINAL_TYPE (BmDocumentStore, bm_document_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_DOCUMENT,
  PROP_PATH,
  PROP_SAVED,
  N_PROPS
};

enum {
  NOTICE,
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_saved (BmDocumentStore *self)
{
  gboolean saved = !self->dirty && !self->writing;

  if (saved == self->saved)
    return;

  self->saved = saved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVED]);
}

void
bm_document_store_notice (BmDocumentStore *self,
                          const char      *message)
{
  g_message ("%s", message);
  g_signal_emit (self, signals[NOTICE], 0, message);
}

/* Told once a failure episode; the path given up on was told by a notice already. */
void
bm_document_store_save_failed (BmDocumentStore *self,
                               const GError    *error)
{
  g_message ("Cannot save %s: %s", self->path, error->message);
  if (!self->failing && self->unusable == NULL)
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
  self->failing = TRUE;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (bm_document_store_write_file (source_object, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void schedule_save (BmDocumentStore *self);

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  BmDocumentStore *self = BM_DOCUMENT_STORE (object);
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  self->writing = FALSE;
  bm_document_store_write_done (self, g_task_get_task_data (G_TASK (result)), error);

  /* Changes made during the write; after a failure, the next change tries again. */
  if (self->dirty && error == NULL)
    schedule_save (self);
  update_saved (self);
}

static gboolean
save_cb (gpointer user_data)
{
  BmDocumentStore *self = user_data;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;

  /* The write in flight calls again when it is done. */
  if (self->writing || !self->dirty)
    return G_SOURCE_REMOVE;

  if (!bm_document_store_catch_up (self, &error))
    {
      bm_document_store_save_failed (self, error);
      return G_SOURCE_REMOVE;
    }

  task = g_task_new (self, NULL, write_cb, NULL);
  g_task_set_source_tag (task, save_cb);
  g_task_set_task_data (task, bm_document_store_write_new (self),
                        (GDestroyNotify) bm_document_store_write_free);
  self->writing = TRUE;
  g_task_run_in_thread (task, write_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (BmDocumentStore *self)
{
  gint64 waited = g_get_monotonic_time () - self->dirty_since;

  if (self->unusable != NULL)
    return;
  if (self->save_source != 0 && waited > (gint64) MAX_DELAYS * self->delay_ms * 1000)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (self->delay_ms, save_cb, self);
}

static void
document_changed_cb (BmDocumentStore *self)
{
  if (!self->dirty)
    self->dirty_since = g_get_monotonic_time ();
  self->dirty = TRUE;
  schedule_save (self);
  update_saved (self);
}

static void
file_changed_cb (BmDocumentStore   *self,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event)
{
  g_autoptr(GError) error = NULL;

  /* With changes of our own, the save merges; our own writes are known already. */
  if (self->dirty || self->writing)
    return;

  if (!bm_document_store_catch_up (self, &error))
    g_debug ("Cannot read %s again: %s", self->path, error->message);
}

static void
watch_file (BmDocumentStore *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->monitor);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Cannot watch %s: %s", self->path, error->message);
      return;
    }

  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
bm_document_store_constructed (GObject *object)
{
  BmDocumentStore *self = (BmDocumentStore *)object;

  G_OBJECT_CLASS (bm_document_store_parent_class)->constructed (object);

  self->changed_handler = g_signal_connect_swapped (self->document, "changed",
                                                    G_CALLBACK (document_changed_cb), self);
  self->base = bm_document_to_bytes (self->document);
}

static void
bm_document_store_dispose (GObject *object)
{
  BmDocumentStore *self = (BmDocumentStore *)object;

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_object (&self->monitor);
  g_clear_signal_handler (&self->changed_handler, self->document);
  g_clear_object (&self->document);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (bm_document_store_parent_class)->dispose (object);
}

static void
bm_document_store_finalize (GObject *object)
{
  BmDocumentStore *self = (BmDocumentStore *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->base, g_bytes_unref);
  g_clear_error (&self->unusable);
  g_mutex_clear (&self->write_lock);

  G_OBJECT_CLASS (bm_document_store_parent_class)->finalize (object);
}

static void
bm_document_store_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BmDocumentStore *self = BM_DOCUMENT_STORE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_SAVED:
      g_value_set_boolean (value, self->saved);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_document_store_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BmDocumentStore *self = BM_DOCUMENT_STORE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;

    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_document_store_class_init (BmDocumentStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = bm_document_store_constructed;
  object_class->dispose = bm_document_store_dispose;
  object_class->finalize = bm_document_store_finalize;
  object_class->get_property = bm_document_store_get_property;
  object_class->set_property = bm_document_store_set_property;

  /**
   * BmDocumentStore:catalog:
   *
   * What the ids in the document refer to.
   */
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, BM_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BmDocumentStore:document:
   *
   * The document, the same object for the store's whole life.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, BM_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BmDocumentStore:path:
   *
   * The document's file.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BmDocumentStore:saved:
   *
   * Whether the file holds every change of the document.
   */
  properties[PROP_SAVED] =
    g_param_spec_boolean ("saved", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BmDocumentStore::notice:
   * @message: for the user: what happened to the file, where, and what Backmap does
   *
   * Emitted when the file cannot be used as it is, at load or before a save.
   */
  signals[NOTICE] =
    g_signal_new ("notice", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * BmDocumentStore::save-failed:
   * @error: why
   *
   * Emitted when a save fails, once until a save succeeds again.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
bm_document_store_init (BmDocumentStore *self)
{
  self->delay_ms = DEFAULT_DELAY_MS;
  self->saved = TRUE;
  g_mutex_init (&self->write_lock);
}

/**
 * bm_document_store_new:
 * @document: the document to keep in @path, empty for now
 * @catalog: what the ids in the document refer to
 * @path: the document's file
 *
 * Returns: (transfer full): a store whose document stays as it is until
 *   bm_document_store_load()
 */
BmDocumentStore *
bm_document_store_new (BmDocument *document,
                       BmCatalog  *catalog,
                       const char *path)
{
  g_return_val_if_fail (BM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  return g_object_new (BM_TYPE_DOCUMENT_STORE, "document", document, "catalog", catalog,
                       "path", path, NULL);
}

/**
 * bm_document_store_load:
 *
 * Reads the file, at once, and removes what writes left behind when the program was
 * killed. Never fails: a missing file leaves the document empty, and a file that
 * cannot be used is told with #BmDocumentStore::notice. From then on, what another
 * program saves in the file is read into the document.
 */
void
bm_document_store_load (BmDocumentStore *self)
{
  guint removed;

  g_return_if_fail (BM_IS_DOCUMENT_STORE (self));

  removed = bm_user_file_remove_stale_temporaries (self->path);
  if (removed > 0)
    g_debug ("Removed %u unfinished writes of %s", removed, self->path);

  if (bm_document_store_read_file (self, TRUE, NULL))
    watch_file (self);
}

/**
 * bm_document_store_get_document:
 *
 * Returns: (transfer none): the document, the same for the store's whole life
 */
BmDocument *
bm_document_store_get_document (BmDocumentStore *self)
{
  g_return_val_if_fail (BM_IS_DOCUMENT_STORE (self), NULL);

  return self->document;
}

/**
 * bm_document_store_get_path:
 *
 * Returns: (transfer none): the document's file
 */
const char *
bm_document_store_get_path (BmDocumentStore *self)
{
  g_return_val_if_fail (BM_IS_DOCUMENT_STORE (self), NULL);

  return self->path;
}

/**
 * bm_document_store_get_saved:
 *
 * Returns: whether the file holds every change of the document
 */
gboolean
bm_document_store_get_saved (BmDocumentStore *self)
{
  g_return_val_if_fail (BM_IS_DOCUMENT_STORE (self), FALSE);

  return self->saved;
}

/**
 * bm_document_store_flush:
 *
 * Saves now what is not saved yet, and returns when it is on disk: for quitting.
 *
 * Returns: %TRUE, or %FALSE with @error set if the document could not be saved
 */
gboolean
bm_document_store_flush (BmDocumentStore  *self,
                         GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  BmDocumentStoreWrite *write;
  gboolean ok;

  g_return_val_if_fail (BM_IS_DOCUMENT_STORE (self), FALSE);

  /* A write in flight may still be cut short by the exit: write again. */
  if (!self->dirty && !self->writing)
    return TRUE;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!bm_document_store_catch_up (self, &local_error))
    {
      bm_document_store_save_failed (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  write = bm_document_store_write_new (self);
  ok = bm_document_store_write_file (self, write, &local_error);
  bm_document_store_write_done (self, write, local_error);
  bm_document_store_write_free (write);
  update_saved (self);

  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return ok;
}

/* For tests: how long a save waits for more changes. */
void
bm_document_store_set_delay (BmDocumentStore *self,
                             guint            delay_ms)
{
  self->delay_ms = delay_ms;
}

/* For tests: how many writes reached the file. */
guint
bm_document_store_get_n_writes (BmDocumentStore *self)
{
  return self->n_writes;
}

/* For tests: runs the main loop until no save waits or runs. */
void
bm_document_store_wait (BmDocumentStore *self)
{
  while (self->save_source != 0 || self->writing)
    g_main_context_iteration (NULL, TRUE);
}
