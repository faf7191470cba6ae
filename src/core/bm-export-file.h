/* bm-export-file.h: a file the user asked for, written whole or not at all
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The path that means standard output. */
#define BM_EXPORT_FILE_STDOUT "-"

#define BM_TYPE_EXPORT_FILE (bm_export_file_get_type ())

G_DECLARE_FINAL_TYPE (BmExportFile, bm_export_file, BM, EXPORT_FILE, GObject)

BmExportFile *bm_export_file_new         (const char    *path,
                                          GError       **error);
gboolean      bm_export_file_write       (BmExportFile  *self,
                                          const void    *data,
                                          gsize          size,
                                          GError       **error);
gboolean      bm_export_file_commit      (BmExportFile  *self,
                                          GError       **error);
gboolean      bm_export_file_write_bytes (const char    *path,
                                          GBytes        *bytes,
                                          GError       **error);

G_END_DECLS
