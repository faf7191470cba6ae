/* bm-command-line.h: what Backmap does without a display
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses. */
enum
{
  BM_EXIT_OK = 0,
  BM_EXIT_FAILURE = 1,
  BM_EXIT_USAGE = 2,
};

const GOptionEntry *bm_command_line_get_options     (void);
const char         *bm_command_line_get_description (void);
int                 bm_command_line_run             (void);

G_END_DECLS
