/* bm-user-file.h: the user's own files, read with care and written atomically
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define BM_USER_FILE_ERROR (bm_user_file_error_quark ())

/* What went wrong decides what may be done with the file afterwards. */
typedef enum
{
  BM_USER_FILE_ERROR_MISSING,     /* no file yet: start empty */
  BM_USER_FILE_ERROR_DENIED,      /* not ours to read: neither move it nor write over it */
  BM_USER_FILE_ERROR_NOT_REGULAR, /* a FIFO, device, directory...: leave it alone */
  BM_USER_FILE_ERROR_TOO_BIG,     /* a regular file past the size cap: may be moved aside */
  BM_USER_FILE_ERROR_TOO_DEEP,    /* nested past the depth cap: may be moved aside */
  BM_USER_FILE_ERROR_BROKEN,      /* not the document expected: may be moved aside */
  BM_USER_FILE_ERROR_NEWER,       /* saved by a newer Backmap: neither move it nor write over it */
  BM_USER_FILE_ERROR_FAILED,      /* any other input or output error */
} BmUserFileError;

/* Which file a path named when we last read or wrote it, to notice changes by others. */
typedef struct
{
  guint64 device;
  guint64 inode;
  gint64  mtime_ns;
  gint64  size;
} BmUserFileStamp;

/* Room for decades of a pain diary (about 300 bytes an entry); a reader's guard, not a quota. */
#define BM_USER_FILE_MAX_SIZE  (64 * 1024 * 1024)
#define BM_USER_FILE_MAX_DEPTH 64

GQuark    bm_user_file_error_quark              (void);

GBytes   *bm_user_file_read                     (const char             *path,
                                                 BmUserFileStamp        *stamp,
                                                 GError                **error);
JsonNode *bm_user_file_parse_json               (GBytes                 *bytes,
                                                 GError                **error);
gboolean  bm_user_file_write                    (const char             *path,
                                                 GBytes                 *bytes,
                                                 BmUserFileStamp        *stamp,
                                                 GError                **error);
char     *bm_user_file_move_aside               (const char             *path,
                                                 GError                **error);
gboolean  bm_user_file_stat                     (const char             *path,
                                                 BmUserFileStamp        *stamp);
gboolean  bm_user_file_stamp_equal              (const BmUserFileStamp  *a,
                                                 const BmUserFileStamp  *b);
guint     bm_user_file_remove_stale_temporaries (const char             *path);
const char *bm_user_file_describe_kind          (guint                   mode);
gboolean  bm_user_file_write_all                (int                     fd,
                                                 const guint8           *data,
                                                 gsize                   size);
gboolean  bm_user_file_sync_dir                 (const char             *dir);

G_END_DECLS
