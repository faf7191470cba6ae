/* bm-command-line-private.h: what the command line's files share
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "bm-diary.h"
#include "bm-types.h"

G_BEGIN_DECLS

typedef JsonObject *(*BmToJsonFunc) (gpointer item);

JsonArray *bm_command_line_model_to_json (GListModel          *model,
                                          BmToJsonFunc         to_json);
void       bm_command_line_print_json    (JsonNode            *root);
gboolean   bm_command_line_parse_format  (const char          *format,
                                          gboolean            *json);
int        bm_command_line_list_regions  (BmCatalog           *catalog);
int        bm_command_line_show_regions  (BmCatalog           *catalog,
                                          const char * const  *spots,
                                          const char          *format);
int        bm_command_line_search        (BmCatalog           *catalog,
                                          const char          *query,
                                          const char          *format);
int        bm_command_line_list_muscles  (BmCatalog           *catalog);
int        bm_command_line_show_muscle   (BmCatalog           *catalog,
                                          const char          *text,
                                          const char          *format);
int        bm_command_line_show_routine  (BmCatalog           *catalog,
                                          const char          *list,
                                          gboolean             json);
int        bm_command_line_write_sheet   (BmCatalog           *catalog,
                                          const char          *path,
                                          const char * const  *spots,
                                          const char * const  *techniques,
                                          const char * const  *red_flags,
                                          const char          *notes,
                                          const char          *paper);
int        bm_command_line_log           (BmCatalog           *catalog,
                                          const char * const  *spots,
                                          const char          *intensity,
                                          const char          *quality,
                                          const char          *note);
int        bm_command_line_export_diary  (BmCatalog           *catalog,
                                          const char          *path);
BmDiary   *bm_command_line_read_diary    (BmCatalog           *catalog);

G_END_DECLS
