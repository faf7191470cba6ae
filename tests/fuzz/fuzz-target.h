/* fuzz-target.h: the entry point every fuzz target defines
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);
