/* bm-export-file.c: a file the user asked for, written whole or not at all
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The care sheet and the diary's CSV go where the user says: a path of their
 * choice, or standard output. Unlike the user's own files (bm-user-file.c), the
 * target may be anything, so it is looked at first: a device, a named pipe or a
 * folder is refused rather than replaced by a regular file. The data go to a
 * temporary file beside the target, through its descriptor, and replace the
 * target only once complete and synced. A program killed by SIGINT or SIGTERM
 * while writing removes its temporary file on the way out.
 */

#define G_LOG_DOMAIN "bm-export-file"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bm-export-file.h"
#include "bm-user-file.h"

struct _BmExportFile
{
  GObject parent_instance;

  char *path;         /* as the user gave it, for messages */
  char *target;       /* the file replaced: @path, or the file its link leads to */
  char *temp;         /* NULL for standard output */
  GByteArray *buffer; /* standard output gets everything at once, at the end */
  int fd;
  gboolean done;
};

G_DEFINE_FINAL_TYPE (BmExportFile, bm_export_file, G_TYPE_OBJECT)

/* The temporary files being written, for the signal handler: only read there, and
 * only changed while SIGINT and SIGTERM are blocked. */
#define MAX_PENDING 4
static const int cleanup_signals[] = { SIGINT, SIGTERM };
static char *pending[MAX_PENDING];
static struct sigaction saved_actions[G_N_ELEMENTS (cleanup_signals)];
static gboolean handlers_installed[G_N_ELEMENTS (cleanup_signals)];
static guint n_pending;

static void
block_signals (sigset_t *old)
{
  sigset_t set;

  sigemptyset (&set);
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    sigaddset (&set, cleanup_signals[i]);
  pthread_sigmask (SIG_BLOCK, &set, old);
}

static void
unblock_signals (const sigset_t *old)
{
  pthread_sigmask (SIG_SETMASK, old, NULL);
}

/* Only async-signal-safe calls here: unlink(), sigaction() and raise(). */
static void
cleanup_handler (int sig)
{
  struct sigaction action = { 0 };

  for (guint i = 0; i < MAX_PENDING; i++)
    if (pending[i] != NULL)
      unlink (pending[i]);

  /* Then end as the signal would have ended the program. */
  action.sa_handler = SIG_DFL;
  sigemptyset (&action.sa_mask);
  sigaction (sig, &action, NULL);
  raise (sig);
}

/*
 * Only where a signal would end the program: a handler of the program's own (the
 * window's, which saves and quits from the main loop) lets the write finish or
 * fail as usual, and an ignored signal stays ignored. Call with the signals blocked.
 */
static void
install_handlers (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    {
      struct sigaction action = { 0 };

      if (sigaction (cleanup_signals[i], NULL, &saved_actions[i]) != 0
          || saved_actions[i].sa_handler != SIG_DFL)
        continue;

      action.sa_handler = cleanup_handler;
      sigemptyset (&action.sa_mask);
      handlers_installed[i] = sigaction (cleanup_signals[i], &action, NULL) == 0;
    }
}

static void
restore_handlers (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    if (handlers_installed[i])
      {
        sigaction (cleanup_signals[i], &saved_actions[i], NULL);
        handlers_installed[i] = FALSE;
      }
}

/* Call with the signals blocked. */
static void
add_pending (char *temp)
{
  for (guint i = 0; i < MAX_PENDING; i++)
    if (pending[i] == NULL)
      {
        pending[i] = temp;
        if (n_pending++ == 0)
          install_handlers ();
        return;
      }

  /* More exports at once than anyone makes: the rest go without the cleanup. */
  g_debug ("No cleanup on a signal for %s", temp);
}

/* Call with the signals blocked. */
static void
remove_pending (const char *temp)
{
  for (guint i = 0; i < MAX_PENDING; i++)
    if (pending[i] == temp)
      {
        pending[i] = NULL;
        if (--n_pending == 0)
          restore_handlers ();
        return;
      }
}

static void
bm_export_file_finalize (GObject *object)
{
  BmExportFile *self = (BmExportFile *)object;

  if (self->temp != NULL)
    {
      sigset_t old;

      block_signals (&old);
      if (!self->done)
        g_unlink (self->temp);
      remove_pending (self->temp);
      unblock_signals (&old);
      if (self->fd >= 0)
        close (self->fd);
    }

  g_free (self->path);
  g_free (self->target);
  g_free (self->temp);
  g_clear_pointer (&self->buffer, g_byte_array_unref);

  G_OBJECT_CLASS (bm_export_file_parent_class)->finalize (object);
}

static void
bm_export_file_class_init (BmExportFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_export_file_finalize;
}

static void
bm_export_file_init (BmExportFile *self)
{
  self->fd = -1;
}

static void
set_error (BmExportFile  *self,
           GError       **error,
           int            code,
           const char    *reason)
{
  g_autofree char *name = NULL;

  if (self->buffer != NULL)
    {
      g_set_error (error, BM_USER_FILE_ERROR, code, _("Cannot write to standard output: %s"),
                   reason);
      return;
    }

  name = g_filename_display_name (self->path);
  g_set_error (error, BM_USER_FILE_ERROR, code, _("Cannot write “%s”: %s"), name, reason);
}

static void
set_error_from_errno (BmExportFile  *self,
                      GError       **error,
                      int            saved_errno)
{
  set_error (self, error,
             saved_errno == EACCES || saved_errno == EPERM ? BM_USER_FILE_ERROR_DENIED
             : saved_errno == ENOENT ? BM_USER_FILE_ERROR_MISSING
             : BM_USER_FILE_ERROR_FAILED,
             g_strerror (saved_errno));
}

/* Where a link leads, so the link stays a link; a new file is made where @path says. */
static gboolean
find_target (BmExportFile  *self,
             mode_t        *mode,
             GError       **error)
{
  char *resolved = realpath (self->path, NULL);
  struct stat buf;

  self->target = resolved != NULL ? g_strdup (resolved) : g_strdup (self->path);
  free (resolved);

  if (stat (self->target, &buf) != 0)
    {
      if (errno != ENOENT)
        {
          set_error_from_errno (self, error, errno);
          return FALSE;
        }
      *mode = 0600;
      return TRUE;
    }

  if (!S_ISREG (buf.st_mode))
    {
      set_error (self, error, BM_USER_FILE_ERROR_NOT_REGULAR,
                 bm_user_file_describe_kind (buf.st_mode));
      return FALSE;
    }

  *mode = buf.st_mode & 0777;
  return TRUE;
}

/**
 * bm_export_file_new:
 * @path: the file to write, or %BM_EXPORT_FILE_STDOUT for standard output
 *
 * Starts writing @path. Nothing reaches @path, or standard output, before
 * bm_export_file_commit(); a file that is released without it leaves no trace.
 * A new file is private to the user (mode 0600, since exports hold health
 * data); a file that is replaced keeps its mode.
 *
 * Returns: (transfer full): the file being written, or %NULL with @error set in
 *   %BM_USER_FILE_ERROR: %BM_USER_FILE_ERROR_NOT_REGULAR when @path names a
 *   device, a named pipe or a folder
 */
BmExportFile *
bm_export_file_new (const char  *path,
                    GError     **error)
{
  g_autoptr(BmExportFile) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  sigset_t old;
  mode_t mode;
  int saved_errno;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (BM_TYPE_EXPORT_FILE, NULL);
  self->path = g_strdup (path);

  if (g_str_equal (path, BM_EXPORT_FILE_STDOUT))
    {
      self->buffer = g_byte_array_new ();
      return g_steal_pointer (&self);
    }

  if (!find_target (self, &mode, error))
    return NULL;

  dir = g_path_get_dirname (self->target);
  base = g_path_get_basename (self->target);
  self->temp = g_strdup_printf ("%s/.%s.tmp-XXXXXX", dir, base);

  /* No signal between making the temporary file and knowing to remove it. */
  block_signals (&old);
  self->fd = g_mkstemp_full (self->temp, O_WRONLY | O_CLOEXEC, 0600);
  saved_errno = errno;
  if (self->fd >= 0)
    add_pending (self->temp);
  unblock_signals (&old);

  if (self->fd < 0)
    {
      set_error_from_errno (self, error, saved_errno);
      self->done = TRUE;
      return NULL;
    }

  if (mode != 0600 && fchmod (self->fd, mode) != 0)
    g_debug ("Cannot keep the mode of %s: %s", self->target, g_strerror (errno));

  return g_steal_pointer (&self);
}

/**
 * bm_export_file_write:
 *
 * Adds @data to the file.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
bm_export_file_write (BmExportFile  *self,
                      const void    *data,
                      gsize          size,
                      GError       **error)
{
  g_return_val_if_fail (BM_IS_EXPORT_FILE (self), FALSE);
  g_return_val_if_fail (!self->done, FALSE);

  if (self->buffer != NULL)
    {
      g_byte_array_append (self->buffer, data, size);
      return TRUE;
    }

  if (!bm_user_file_write_all (self->fd, data, size))
    {
      set_error_from_errno (self, error, errno);
      return FALSE;
    }

  return TRUE;
}

/**
 * bm_export_file_commit:
 *
 * Puts what was written in place: on disk and synced, then under the file's
 * name, replacing what was there; or all of it on standard output.
 *
 * Returns: %TRUE, or %FALSE with @error set; the target is as it was then
 */
gboolean
bm_export_file_commit (BmExportFile  *self,
                       GError       **error)
{
  g_autofree char *dir = NULL;
  sigset_t old;
  int saved_errno = 0;

  g_return_val_if_fail (BM_IS_EXPORT_FILE (self), FALSE);
  g_return_val_if_fail (!self->done, FALSE);

  if (self->buffer != NULL)
    {
      self->done = TRUE;
      if (!bm_user_file_write_all (STDOUT_FILENO, self->buffer->data, self->buffer->len))
        {
          set_error_from_errno (self, error, errno);
          return FALSE;
        }
      return TRUE;
    }

  if (fsync (self->fd) != 0 || close (self->fd) != 0)
    saved_errno = errno;
  self->fd = -1;

  block_signals (&old);
  if (saved_errno == 0 && g_rename (self->temp, self->target) != 0)
    saved_errno = errno;
  if (saved_errno != 0)
    g_unlink (self->temp);
  remove_pending (self->temp);
  self->done = TRUE;
  unblock_signals (&old);

  if (saved_errno != 0)
    {
      set_error_from_errno (self, error, saved_errno);
      return FALSE;
    }

  dir = g_path_get_dirname (self->target);
  if (!bm_user_file_sync_dir (dir))
    g_debug ("Cannot sync the folder %s: %s", dir, g_strerror (errno));

  return TRUE;
}

/**
 * bm_export_file_write_bytes:
 * @path: the file to write, or %BM_EXPORT_FILE_STDOUT for standard output
 * @bytes: its contents
 *
 * Writes @bytes to @path in one go, as bm_export_file_new() says.
 *
 * Returns: %TRUE, or %FALSE with @error set
 */
gboolean
bm_export_file_write_bytes (const char  *path,
                            GBytes      *bytes,
                            GError     **error)
{
  g_autoptr(BmExportFile) file = bm_export_file_new (path, error);
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  return file != NULL && bm_export_file_write (file, data, size, error)
         && bm_export_file_commit (file, error);
}
