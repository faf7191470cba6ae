/* bm-source-link.h: a cited source as a link that opens it
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

GtkWidget *bm_source_link_new (BmSource *source);

G_END_DECLS
