/* bm-illustration.h: a step's picture, drawn as vectors at any size and scale
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_ILLUSTRATION (bm_illustration_get_type ())

G_DECLARE_FINAL_TYPE (BmIllustration, bm_illustration, BM, ILLUSTRATION, GtkWidget)

GtkWidget *bm_illustration_new (const char *resource_path,
                                const char *description);

G_END_DECLS
