/* bm-user-file.c: the user's own files, read with care and written atomically
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-user-file"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bm-user-file.h"

G_DEFINE_QUARK (bm-user-file-error-quark, bm_user_file_error)

/* Writes go to a temporary next to the file, named so a later start recognises it. */
#define TEMP_INFIX ".tmp-"

static void set_error_from_errno (GError     **error,
                                  int          saved_errno,
                                  const char  *format,
                                  ...) G_GNUC_PRINTF (3, 4);

/* The error's code tells the cases the callers treat apart; @format says what failed. */
static void
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *format,
                      ...)
{
  g_autofree char *what = NULL;
  BmUserFileError code;
  va_list args;

  switch (saved_errno)
    {
    case ENOENT:
      code = BM_USER_FILE_ERROR_MISSING;
      break;
    case EACCES:
    case EPERM:
      code = BM_USER_FILE_ERROR_DENIED;
      break;
    default:
      code = BM_USER_FILE_ERROR_FAILED;
      break;
    }

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, BM_USER_FILE_ERROR, code, "%s: %s", what, g_strerror (saved_errno));
}

/**
 * bm_user_file_describe_kind:
 * @mode: a file's `st_mode`
 *
 * Returns: why a file of this kind is not used, in a whole sentence (which
 *   translates better than a kind put into one)
 */
const char *
bm_user_file_describe_kind (guint mode)
{
  if (S_ISDIR (mode))
    return _("it is a folder, not a file");
  if (S_ISFIFO (mode))
    return _("it is a named pipe, not a file");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return _("it is a device, not a file");

  return _("it is not a regular file");
}

static void
stamp_from_stat (BmUserFileStamp   *stamp,
                 const struct stat *buf)
{
  if (stamp == NULL)
    return;

  stamp->device = buf->st_dev;
  stamp->inode = buf->st_ino;
  stamp->mtime_ns = (gint64) buf->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000)
                    + buf->st_mtim.tv_nsec;
  stamp->size = buf->st_size;
}

/**
 * bm_user_file_read:
 * @path: the file
 * @stamp: (out) (optional): which file was read
 *
 * Reads a small regular file. Anything else is refused without waiting on it: a
 * named pipe, a device such as `/dev/zero` (also through a link), a folder, or a
 * file past %BM_USER_FILE_MAX_SIZE. The file is made private (mode 0600) on the way,
 * since user files hold health data.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set in
 *   %BM_USER_FILE_ERROR, whose message gives the reason without the path
 */
GBytes *
bm_user_file_read (const char       *path,
                   BmUserFileStamp  *stamp,
                   GError          **error)
{
  g_autoptr(GByteArray) data = NULL;
  struct stat buf, link_buf;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  /* O_NONBLOCK: opening a FIFO must not wait for a writer. */
  fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    {
      set_error_from_errno (error, errno, "%s", _("cannot open it"));
      return NULL;
    }

  if (fstat (fd, &buf) != 0)
    {
      set_error_from_errno (error, errno, "%s", _("cannot read it"));
      close (fd);
      return NULL;
    }

  if (!S_ISREG (buf.st_mode))
    {
      g_set_error_literal (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_NOT_REGULAR,
                           bm_user_file_describe_kind (buf.st_mode));
      close (fd);
      return NULL;
    }

  /* Not through a link, which could lead to a file that is not the user's to change. */
  if ((buf.st_mode & 07777) != 0600 && lstat (path, &link_buf) == 0
      && link_buf.st_dev == buf.st_dev && link_buf.st_ino == buf.st_ino
      && fchmod (fd, 0600) != 0)
    g_message ("Cannot make %s private: %s", path, g_strerror (errno));

  /* Read one byte past the cap, so a file that grew since fstat() is caught too. */
  data = g_byte_array_sized_new (MIN (buf.st_size, BM_USER_FILE_MAX_SIZE) + 1);
  while (buf.st_size <= BM_USER_FILE_MAX_SIZE && data->len <= BM_USER_FILE_MAX_SIZE)
    {
      guint8 chunk[8192];
      gssize got = read (fd, chunk, sizeof chunk);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          set_error_from_errno (error, errno, "%s", _("cannot read it"));
          close (fd);
          return NULL;
        }
      if (got == 0)
        break;
      g_byte_array_append (data, chunk, got);
    }
  close (fd);

  if (buf.st_size > BM_USER_FILE_MAX_SIZE || data->len > BM_USER_FILE_MAX_SIZE)
    {
      g_set_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_TOO_BIG,
                   _("it is larger than %u MiB"), BM_USER_FILE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  stamp_from_stat (stamp, &buf);
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/*
 * Checks the nesting depth, which json-glib 1.6 parses recursively (deep enough, it
 * overflows the stack), and returns a copy of @data where every `\u0000` escape is
 * `\ufffd`, or %NULL if there is none: json-glib keeps a NUL inside a string, but
 * every reader of it stops there, and text after a NUL must not be lost.
 */
static char *
scan_json (const char  *data,
           gsize        size,
           GError     **error)
{
  g_autofree char *copy = NULL;
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < size; i++)
    {
      if (in_string)
        {
          if (data[i] == '"')
            in_string = FALSE;
          else if (data[i] == '\\' && i + 1 < size)
            {
              if (i + 6 <= size && memcmp (data + i + 1, "u0000", 5) == 0)
                {
                  if (copy == NULL)
                    copy = g_memdup2 (data, size);
                  memcpy (copy + i + 1, "ufffd", 5);
                }
              i++;
            }
        }
      else if (data[i] == '"')
        in_string = TRUE;
      else if ((data[i] == '[' || data[i] == '{') && ++depth > BM_USER_FILE_MAX_DEPTH)
        {
          g_set_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_TOO_DEEP,
                       _("nested more than %u levels deep"), BM_USER_FILE_MAX_DEPTH);
          return NULL;
        }
      else if ((data[i] == ']' || data[i] == '}') && depth > 0)
        depth--;
    }

  /* No error and no copy: the data can be parsed as it is. */
  return g_steal_pointer (&copy);
}

/* json-glib 1.6 turns a lone surrogate such as `\ud800` into bytes that are not UTF-8. */
static gboolean
check_strings (JsonNode  *node,
               GError   **error)
{
  gboolean valid = TRUE;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (valid && json_object_iter_next (&iter, &name, &member))
          valid = g_utf8_validate (name, -1, NULL) && check_strings (member, NULL);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; valid && i < json_array_get_length (array); i++)
          valid = check_strings (json_array_get_element (array, i), NULL);
      }
      break;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        valid = g_utf8_validate (json_node_get_string (node), -1, NULL);
      break;

    case JSON_NODE_NULL:
    default:
      break;
    }

  if (!valid)
    g_set_error_literal (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN,
                         _("text that is not valid UTF-8"));

  return valid;
}

/**
 * bm_user_file_parse_json:
 * @bytes: what bm_user_file_read() returned
 *
 * Parses a JSON document that anyone could have written: its nesting depth is
 * checked before the parser sees it, and every string is checked for UTF-8 after.
 * A NUL character in a string (`\u0000`) becomes U+FFFD, so the text after it is kept.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 *   (%BM_USER_FILE_ERROR_TOO_DEEP or %BM_USER_FILE_ERROR_BROKEN)
 */
JsonNode *
bm_user_file_parse_json (GBytes  *bytes,
                         GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *copy = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (size == 0)
    {
      g_set_error_literal (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN,
                           _("empty document"));
      return NULL;
    }

  if (!g_utf8_validate (data, size, NULL))
    {
      g_set_error_literal (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN,
                           _("text that is not valid UTF-8"));
      return NULL;
    }

  copy = scan_json (data, size, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, copy != NULL ? copy : data, size, &local_error))
    {
      g_set_error_literal (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN,
                           local_error->message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error_literal (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_BROKEN,
                           _("empty document"));
      return NULL;
    }

  if (!check_strings (json_parser_get_root (parser), error))
    return NULL;

  return json_node_ref (json_parser_get_root (parser));
}

/**
 * bm_user_file_write_all:
 * @fd: an open file
 *
 * Writes all of @data, going on after an interruption by a signal.
 *
 * Returns: %TRUE, or %FALSE with `errno` set
 */
gboolean
bm_user_file_write_all (int           fd,
                        const guint8 *data,
                        gsize         size)
{
  while (size > 0)
    {
      gssize done = write (fd, data, size);

      if (done < 0 && errno == EINTR)
        continue;
      if (done < 0)
        return FALSE;
      data += done;
      size -= done;
    }

  return TRUE;
}

/**
 * bm_user_file_sync_dir:
 * @dir: a folder
 *
 * Makes a rename in @dir survive a power cut.
 *
 * Returns: %TRUE, or %FALSE with `errno` set
 */
gboolean
bm_user_file_sync_dir (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);

  return ok;
}

/**
 * bm_user_file_write:
 * @path: the file
 * @bytes: its new contents
 * @stamp: (out) (optional): which file was written
 *
 * Replaces @path atomically and durably, private to the user (mode 0600): after a
 * crash it holds the old contents or the new ones, never a mix. The folder is made
 * if needed (mode 0700).
 *
 * Returns: %TRUE, or %FALSE with @error set in %BM_USER_FILE_ERROR
 */
gboolean
bm_user_file_write (const char       *path,
                    GBytes           *bytes,
                    BmUserFileStamp  *stamp,
                    GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *temp = NULL;
  struct stat buf;
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  int fd;

  /* A file the reader would refuse is never written: it would be moved aside at the next start. */
  if (size > BM_USER_FILE_MAX_SIZE)
    {
      g_set_error (error, BM_USER_FILE_ERROR, BM_USER_FILE_ERROR_TOO_BIG,
                   _("it would be larger than %u MiB"), BM_USER_FILE_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_error_from_errno (error, errno, _("Cannot create the folder “%s”"), dir);
      return FALSE;
    }

  temp = g_strdup_printf ("%s/.%s" TEMP_INFIX "XXXXXX", dir, base);
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_error_from_errno (error, errno, _("Cannot write in the folder “%s”"), dir);
      return FALSE;
    }

  if (!bm_user_file_write_all (fd, data, size) || fsync (fd) != 0 || fstat (fd, &buf) != 0)
    {
      set_error_from_errno (error, errno, _("Cannot write “%s”"), path);
      close (fd);
      g_unlink (temp);
      return FALSE;
    }

  if (close (fd) != 0 || g_rename (temp, path) != 0)
    {
      set_error_from_errno (error, errno, _("Cannot write “%s”"), path);
      g_unlink (temp);
      return FALSE;
    }

  if (!bm_user_file_sync_dir (dir))
    g_debug ("Cannot sync the folder %s: %s", dir, g_strerror (errno));

  stamp_from_stat (stamp, &buf);
  return TRUE;
}

/**
 * bm_user_file_move_aside:
 * @path: a file that cannot be used
 *
 * Keeps a file that could not be used next to where it was, as
 * `NAME.broken-YYYYmmdd-HHMMSS` (or `-N` after it when that name is taken), private
 * to the user. Nothing is ever overwritten.
 *
 * Returns: (transfer full): where the file is now, or %NULL with @error set
 */
char *
bm_user_file_move_aside (const char  *path,
                         GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint i = 0;; i++)
    {
      g_autofree char *aside = i == 0 ? g_strdup_printf ("%s.broken-%s", path, stamp)
                                      : g_strdup_printf ("%s.broken-%s-%u", path, stamp, i);

      /* A link, unlike a rename, fails rather than replace a file of that name. */
      if (link (path, aside) != 0)
        {
          if (errno == EEXIST)
            continue;
          set_error_from_errno (error, errno, _("Cannot move “%s” aside"), path);
          return NULL;
        }

      if (g_unlink (path) != 0)
        {
          set_error_from_errno (error, errno, _("Cannot move “%s” aside"), path);
          g_unlink (aside);
          return NULL;
        }

      if (g_chmod (aside, 0600) != 0)
        g_message ("Cannot make %s private: %s", aside, g_strerror (errno));

      return g_steal_pointer (&aside);
    }
}

/**
 * bm_user_file_stat:
 * @stamp: (out): which file @path names now
 *
 * Returns: whether @path names a file
 */
gboolean
bm_user_file_stat (const char      *path,
                   BmUserFileStamp *stamp)
{
  struct stat buf;

  if (stat (path, &buf) != 0)
    return FALSE;

  stamp_from_stat (stamp, &buf);
  return TRUE;
}

gboolean
bm_user_file_stamp_equal (const BmUserFileStamp *a,
                          const BmUserFileStamp *b)
{
  return a->device == b->device && a->inode == b->inode && a->mtime_ns == b->mtime_ns
         && a->size == b->size;
}

/**
 * bm_user_file_remove_stale_temporaries:
 * @path: the file
 *
 * Removes the temporaries that writes of @path left behind when the program was
 * killed before it could rename them.
 *
 * Returns: how many were removed
 */
guint
bm_user_file_remove_stale_temporaries (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (".", base, TEMP_INFIX, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint removed = 0;

  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *temp = NULL;

      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 6)
        continue;

      temp = g_build_filename (dir_path, name, NULL);
      if (g_file_test (temp, G_FILE_TEST_IS_REGULAR) && !g_file_test (temp, G_FILE_TEST_IS_SYMLINK)
          && g_unlink (temp) == 0)
        removed++;
    }

  return removed;
}
