/* bm-render-types.h: types shared by the drawing code
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <librsvg/rsvg.h>

#include "bm-types.h"

G_BEGIN_DECLS

/* librsvg 2.54 defines no cleanup function of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsvgHandle, g_object_unref)

typedef struct _BmMapRenderer BmMapRenderer;
typedef struct _BmHitMap      BmHitMap;

/* How an area or a muscle of the map is marked on top of the figure; a hint is the
 * faint outline that shows where to click. */
typedef enum
{
  BM_MAP_MARK_HOVER,
  BM_MAP_MARK_SELECTED,
  BM_MAP_MARK_REFERRED,
  BM_MAP_MARK_FOCUS,
  BM_MAP_MARK_OUTLINE,
  BM_MAP_MARK_HINT,
  BM_N_MAP_MARKS
} BmMapMark;

/* What the map is made of: the areas where pain is felt, or the muscles. */
typedef enum
{
  BM_MAP_LAYER_AREAS,
  BM_MAP_LAYER_MUSCLES,
  BM_N_MAP_LAYERS
} BmMapLayer;

G_END_DECLS
