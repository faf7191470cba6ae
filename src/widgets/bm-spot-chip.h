/* bm-spot-chip.h: a picked area as a chip that can be taken away
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_SPOT_CHIP (bm_spot_chip_get_type ())

G_DECLARE_FINAL_TYPE (BmSpotChip, bm_spot_chip, BM, SPOT_CHIP, GtkWidget)

GtkWidget *bm_spot_chip_new      (BmSpot     *spot);
BmSpot    *bm_spot_chip_get_spot (BmSpotChip *self);

G_END_DECLS
