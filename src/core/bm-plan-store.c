/* bm-plan-store.c: the user's care plan on disk, loaded once and saved a moment after a change
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-plan-store"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan-private.h"
#include "bm-catalog.h"
#include "bm-plan-store-private.h"
#include "bm-user-file.h"

#define DEFAULT_DELAY_MS 1000

/* While changes keep coming, a save waits for a pause, but not past this many delays. */
#define MAX_DELAYS 5

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

G_DEFINE_FINAL_TYPE (BmPlanStore, bm_plan_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_PATH,
  PROP_PLAN,
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

typedef struct
{
  GBytes *bytes;
  JsonNode *document;
  guint64 seq;
  BmUserFileStamp stamp;
  gboolean dropped;
} Write;

static void
write_free (Write *write)
{
  g_bytes_unref (write->bytes);
  json_node_unref (write->document);
  g_free (write);
}

static void
update_saved (BmPlanStore *self)
{
  gboolean saved = !self->dirty && !self->writing;

  if (saved == self->saved)
    return;

  self->saved = saved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVED]);
}

static void
notice (BmPlanStore *self,
        const char  *message)
{
  g_message ("%s", message);
  g_signal_emit (self, signals[NOTICE], 0, message);
}

/* Reads the file as a plan; content that is not one is %BM_USER_FILE_ERROR_BROKEN. */
static JsonNode *
read_document (BmPlanStore      *self,
               BmUserFileStamp  *stamp,
               BmCarePlan      **plan,
               GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;

  if (!(bytes = bm_user_file_read (self->path, stamp, error)) ||
      !(root = bm_user_file_parse_json (bytes, error)))
    return NULL;

  *plan = bm_care_plan_new_from_json (self->catalog, root, &local_error);
  if (*plan == NULL)
    {
      g_set_error_literal (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN,
                           local_error->message);
      return NULL;
    }

  return g_steal_pointer (&root);
}

/* The path is not to be written any more: the plan stays in memory. */
static void
give_up (BmPlanStore *self,
         const char  *message,
         int          code)
{
  g_clear_error (&self->unusable);
  self->unusable = g_error_new_literal (BM_USER_FILE_ERROR, code, message);
  g_clear_handle_id (&self->save_source, g_source_remove);
  notice (self, message);
}

/*
 * Deals with a file that could not be read: content that is not a plan is kept aside
 * and the path used afresh. At load, a file we may not read, or that is not a file,
 * is left alone and the path never written; before a save, the save fails with
 * @error and the next change tries again.
 *
 * Returns: whether the path may be written now
 */
static gboolean
handle_unreadable (BmPlanStore  *self,
                   GError       *error,
                   gboolean      at_load,
                   GError      **save_error)
{
  g_autofree char *message = NULL;

  self->has_stamp = FALSE;
  if (g_error_matches (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_MISSING))
    return TRUE;

  if (g_error_matches (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN) ||
      g_error_matches (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_TOO_BIG) ||
      g_error_matches (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_TOO_DEEP))
    {
      g_autoptr(GError) move_error = NULL;
      g_autofree char *aside = bm_user_file_move_aside (self->path, &move_error);

      if (aside != NULL)
        {
          message = g_strdup_printf (_("Your care plan %s could not be read (%s). It was kept "
                                       "as %s, and a new plan was started."),
                                     self->path, error->message, aside);
          notice (self, message);
          return TRUE;
        }

      message = g_strdup_printf (_("Your care plan %s could not be read (%s), nor kept "
                                   "aside (%s). Changes stay in memory and are not saved."),
                                 self->path, error->message, move_error->message);
      give_up (self, message, error->code);
    }
  else if (at_load)
    {
      message = g_strdup_printf (_("Your care plan %s cannot be used (%s). Changes stay in "
                                   "memory and are not saved."),
                                 self->path, error->message);
      give_up (self, message, error->code);
    }

  if (self->unusable != NULL)
    g_propagate_error (save_error, g_error_copy (self->unusable));
  else
    g_propagate_prefixed_error (save_error, g_error_copy (error), _("Cannot read %s: "),
                                self->path);

  return FALSE;
}

/*
 * Reads the file into the plan. Before a save, what the plan holds and the file does
 * not is kept: see bm_care_plan_json_merge().
 *
 * Returns: whether the path may be written, or %FALSE with @error set
 */
static gboolean
read_file (BmPlanStore  *self,
           gboolean      at_load,
           GError      **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autoptr(BmCarePlan) plan = NULL;
  g_autoptr(JsonNode) theirs = NULL;
  BmUserFileStamp stamp;

  theirs = read_document (self, &stamp, &plan, &read_error);
  if (theirs == NULL)
    return handle_unreadable (self, read_error, at_load, error);

  if (!at_load)
    {
      g_autoptr(JsonNode) ours = bm_care_plan_to_json (self->plan);
      g_autoptr(JsonNode) merged = bm_care_plan_json_merge (self->base, theirs, ours);

      g_clear_object (&plan);
      plan = bm_care_plan_new_from_json (self->catalog, merged, &read_error);
      g_assert_no_error (read_error);
    }

  g_signal_handler_block (self->plan, self->changed_handler);
  bm_care_plan_replace (self->plan, plan);
  g_signal_handler_unblock (self->plan, self->changed_handler);

  g_clear_pointer (&self->base, json_node_unref);
  self->base = g_steal_pointer (&theirs);
  self->stamp = stamp;
  self->has_stamp = TRUE;

  return TRUE;
}

/*
 * Reads what another program saved since we last read or wrote the file, merged with
 * our changes: before each save, so that we never overwrite blindly, and when the
 * file changes while we have nothing to save. A path that names no file (any more)
 * is written afresh.
 *
 * Returns: whether the path may be written, or %FALSE with @error set
 */
static gboolean
catch_up (BmPlanStore  *self,
               GError      **error)
{
  BmUserFileStamp now;

  if (self->unusable != NULL)
    {
      g_propagate_error (error, g_error_copy (self->unusable));
      return FALSE;
    }

  if (!bm_user_file_stat (self->path, &now))
    {
      self->has_stamp = FALSE;
      return TRUE;
    }

  if (self->has_stamp && bm_user_file_stamp_equal (&now, &self->stamp))
    return TRUE;

  g_debug ("%s changed on disk: merging", self->path);
  return read_file (self, FALSE, error);
}

static Write *
write_new (BmPlanStore *self)
{
  Write *write = g_new0 (Write, 1);

  write->document = bm_care_plan_to_json (self->plan);
  write->bytes = bm_care_plan_to_bytes (self->plan);
  write->seq = ++self->last_seq;
  self->dirty = FALSE;

  return write;
}

/* Runs in a thread, or in bm_plan_store_flush(). */
static gboolean
write_file (BmPlanStore  *self,
            Write        *write,
            GError      **error)
{
  gboolean ok = TRUE;

  g_mutex_lock (&self->write_lock);
  write->dropped = write->seq < self->written_seq;
  if (!write->dropped)
    {
      ok = bm_user_file_write (self->path, write->bytes, &write->stamp, error);
      if (ok)
        self->written_seq = write->seq;
    }
  g_mutex_unlock (&self->write_lock);

  return ok;
}

/* Told once a failure episode; the path given up on was told by a notice already. */
static void
save_failed (BmPlanStore  *self,
             const GError *error)
{
  g_message ("Cannot save the care plan: %s", error->message);
  if (!self->failing && self->unusable == NULL)
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
  self->failing = TRUE;
}

static void
write_done (BmPlanStore  *self,
            Write        *write,
            const GError *error)
{
  if (error != NULL)
    {
      self->dirty = TRUE;
      save_failed (self, error);
      return;
    }

  self->failing = FALSE;
  if (write->dropped || write->seq < self->applied_seq)
    return;

  self->n_writes++;
  self->applied_seq = write->seq;
  self->stamp = write->stamp;
  self->has_stamp = TRUE;
  g_clear_pointer (&self->base, json_node_unref);
  self->base = json_node_ref (write->document);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_file (source_object, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void schedule_save (BmPlanStore *self);

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  BmPlanStore *self = BM_PLAN_STORE (object);
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  self->writing = FALSE;
  write_done (self, g_task_get_task_data (G_TASK (result)), error);

  /* Changes made during the write; after a failure, the next change tries again. */
  if (self->dirty && error == NULL)
    schedule_save (self);
  update_saved (self);
}

static gboolean
save_cb (gpointer user_data)
{
  BmPlanStore *self = user_data;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;

  /* The write in flight calls again when it is done. */
  if (self->writing || !self->dirty)
    return G_SOURCE_REMOVE;

  if (!catch_up (self, &error))
    {
      save_failed (self, error);
      return G_SOURCE_REMOVE;
    }

  task = g_task_new (self, NULL, write_cb, NULL);
  g_task_set_source_tag (task, save_cb);
  g_task_set_task_data (task, write_new (self), (GDestroyNotify) write_free);
  self->writing = TRUE;
  g_task_run_in_thread (task, write_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (BmPlanStore *self)
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
plan_changed_cb (BmPlanStore *self)
{
  if (!self->dirty)
    self->dirty_since = g_get_monotonic_time ();
  self->dirty = TRUE;
  schedule_save (self);
  update_saved (self);
}

static void
file_changed_cb (BmPlanStore       *self,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event)
{
  g_autoptr(GError) error = NULL;

  /* With changes of our own, the save merges; our own writes are known already. */
  if (self->dirty || self->writing)
    return;

  if (!catch_up (self, &error))
    g_debug ("Cannot read %s again: %s", self->path, error->message);
}

static void
watch_file (BmPlanStore *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GError) error = NULL;

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
bm_plan_store_constructed (GObject *object)
{
  BmPlanStore *self = (BmPlanStore *)object;

  G_OBJECT_CLASS (bm_plan_store_parent_class)->constructed (object);

  if (self->path == NULL)
    self->path = g_build_filename (g_get_user_data_dir (), "backmap", "care-plan.json", NULL);
  self->base = bm_care_plan_to_json (self->plan);
}

static void
bm_plan_store_dispose (GObject *object)
{
  BmPlanStore *self = (BmPlanStore *)object;

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_object (&self->monitor);
  g_clear_signal_handler (&self->changed_handler, self->plan);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (bm_plan_store_parent_class)->dispose (object);
}

static void
bm_plan_store_finalize (GObject *object)
{
  BmPlanStore *self = (BmPlanStore *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->base, json_node_unref);
  g_clear_error (&self->unusable);
  g_mutex_clear (&self->write_lock);

  G_OBJECT_CLASS (bm_plan_store_parent_class)->finalize (object);
}

static void
bm_plan_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BmPlanStore *self = BM_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_SAVED:
      g_value_set_boolean (value, self->saved);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_plan_store_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BmPlanStore *self = BM_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;

    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_plan_store_class_init (BmPlanStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = bm_plan_store_constructed;
  object_class->dispose = bm_plan_store_dispose;
  object_class->finalize = bm_plan_store_finalize;
  object_class->get_property = bm_plan_store_get_property;
  object_class->set_property = bm_plan_store_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, BM_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BmPlanStore:path:
   *
   * The plan file; %NULL at construction for the user's own.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BmPlanStore:plan:
   *
   * The plan, the same object for the store's whole life.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, BM_TYPE_CARE_PLAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BmPlanStore:saved:
   *
   * Whether the file holds every change of the plan.
   */
  properties[PROP_SAVED] =
    g_param_spec_boolean ("saved", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BmPlanStore::notice:
   * @message: for the user: what happened to the file, where, and what Backmap does
   *
   * Emitted when the file cannot be used as it is, at load or before a save.
   */
  signals[NOTICE] =
    g_signal_new ("notice", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * BmPlanStore::save-failed:
   * @error: why
   *
   * Emitted when a save fails, once until a save succeeds again.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
bm_plan_store_init (BmPlanStore *self)
{
  self->plan = bm_care_plan_new ();
  self->changed_handler = g_signal_connect_swapped (self->plan, "changed",
                                                    G_CALLBACK (plan_changed_cb), self);
  self->delay_ms = DEFAULT_DELAY_MS;
  self->saved = TRUE;
  g_mutex_init (&self->write_lock);
}

/**
 * bm_plan_store_new:
 * @path: (nullable): the plan file, or %NULL for the user's own
 *
 * Returns: (transfer full): a store with an empty plan, until bm_plan_store_load()
 */
BmPlanStore *
bm_plan_store_new (BmCatalog  *catalog,
                   const char *path)
{
  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);

  return g_object_new (BM_TYPE_PLAN_STORE, "catalog", catalog, "path", path, NULL);
}

/**
 * bm_plan_store_load:
 *
 * Reads the plan file, at once (it is small), and removes what writes left behind
 * when the program was killed. Never fails: a missing file gives an empty plan, and
 * a file that cannot be used is told with #BmPlanStore::notice. From then on, what
 * another program saves in the file is read into the plan.
 */
void
bm_plan_store_load (BmPlanStore *self)
{
  guint removed;

  g_return_if_fail (BM_IS_PLAN_STORE (self));

  removed = bm_user_file_remove_stale_temporaries (self->path);
  if (removed > 0)
    g_debug ("Removed %u unfinished writes of %s", removed, self->path);

  if (read_file (self, TRUE, NULL))
    watch_file (self);
}

/**
 * bm_plan_store_get_plan:
 *
 * Returns: (transfer none): the plan, the same for the store's whole life
 */
BmCarePlan *
bm_plan_store_get_plan (BmPlanStore *self)
{
  g_return_val_if_fail (BM_IS_PLAN_STORE (self), NULL);

  return self->plan;
}

const char *
bm_plan_store_get_path (BmPlanStore *self)
{
  g_return_val_if_fail (BM_IS_PLAN_STORE (self), NULL);

  return self->path;
}

gboolean
bm_plan_store_get_saved (BmPlanStore *self)
{
  g_return_val_if_fail (BM_IS_PLAN_STORE (self), FALSE);

  return self->saved;
}

/**
 * bm_plan_store_flush:
 *
 * Saves now what is not saved yet, and returns when it is on disk: for quitting.
 *
 * Returns: %TRUE, or %FALSE with @error set if the plan could not be saved
 */
gboolean
bm_plan_store_flush (BmPlanStore  *self,
                     GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  Write *write;
  gboolean ok;

  g_return_val_if_fail (BM_IS_PLAN_STORE (self), FALSE);

  /* A write in flight may still be cut short by the exit: write again. */
  if (!self->dirty && !self->writing)
    return TRUE;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!catch_up (self, &local_error))
    {
      save_failed (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  write = write_new (self);
  ok = write_file (self, write, &local_error);
  write_done (self, write, local_error);
  write_free (write);
  update_saved (self);

  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return ok;
}

/* For tests: how long a save waits for more changes. */
void
bm_plan_store_set_delay (BmPlanStore *self,
                         guint        delay_ms)
{
  self->delay_ms = delay_ms;
}

/* For tests: how many writes reached the file. */
guint
bm_plan_store_get_n_writes (BmPlanStore *self)
{
  return self->n_writes;
}

/* For tests: runs the main loop until no save waits or runs. */
void
bm_plan_store_wait (BmPlanStore *self)
{
  while (self->save_source != 0 || self->writing)
    g_main_context_iteration (NULL, TRUE);
}
