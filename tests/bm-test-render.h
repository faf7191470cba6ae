/* bm-test-render.h: what the drawing tests share
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "bm-render-types.h"

G_BEGIN_DECLS

cairo_surface_t *bm_test_draw_alone     (GBytes          *svg,
                                         const char      *css,
                                         const char      *element,
                                         int              width,
                                         int              height);
gboolean         bm_test_opaque_around  (cairo_surface_t *surface,
                                         int              x,
                                         int              y,
                                         int              radius);
guint            bm_test_count_painted  (cairo_surface_t *surface);

G_END_DECLS
