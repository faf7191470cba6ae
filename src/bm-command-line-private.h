/* bm-command-line-private.h: what the command line's files share
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "bm-types.h"

G_BEGIN_DECLS

typedef JsonObject *(*BmToJsonFunc) (gpointer item);

JsonArray *bm_command_line_model_to_json (GListModel   *model,
                                          BmToJsonFunc  to_json);
void       bm_command_line_print_json    (JsonObject   *object);
int        bm_command_line_show_routine  (BmCatalog    *catalog,
                                          const char   *list,
                                          gboolean      json);

G_END_DECLS
