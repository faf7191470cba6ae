/* bm-map-renderer-private.h: the map renderer's parts, shared by its lookup and drawing files
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-map-renderer.h"

G_BEGIN_DECLS

/*
 * librsvg cannot change a handle's style once set, so each look of the map has a
 * handle of its own, parsed from the same document on first use: the figure in
 * light and dark, one per mark and theme, the solid shape behind the hatching of
 * referred areas, the muscles above and below, and the trigger points.
 */
typedef enum
{
  LOOK_FIGURE,
  LOOK_MARK_FIRST,
  LOOK_SOLID = LOOK_MARK_FIRST + BM_N_MAP_MARKS,
  LOOK_SUPERFICIAL,
  LOOK_DEEP,
  LOOK_TRIGGER_POINTS,
  N_LOOKS
} Look;

typedef struct
{
  BmRegion *region; /* owned by the catalog */
  BmSide side;
  char *element;    /* "#region-lower-left" */
} Area;

typedef struct
{
  BmPainSource *source; /* owned by the catalog */
  BmSide side;
  char *element;        /* "#muscle-quadratus-lumborum-left" */
  guint n_trigger_points;
} Muscle;

struct _BmMapRenderer
{
  GObject parent_instance;

  BmCatalog *catalog;
  GBytes *svg;
  GArray *areas;
  GArray *muscles;  /* superficial ones first: the deep are painted over them */
  RsvgHandle *looks[N_LOOKS][2];
  RsvgHandle *swatches[N_LOOKS][2]; /* the same looks on the legend's sample */
  RsvgHandle *id_maps[BM_N_MAP_LAYERS][2]; /* the deep muscles apart, painted last */
  double width;
  double height;
};

RsvgHandle *bm_map_renderer_load_handle (BmMapRenderer  *self,
                                         gboolean        swatch,
                                         const char     *css,
                                         GError        **error);
const char *bm_map_renderer_get_style   (Look            look,
                                         gboolean        dark);
RsvgHandle *bm_map_renderer_get_look    (BmMapRenderer  *self,
                                         Look            look,
                                         gboolean        swatch,
                                         gboolean        dark);

G_END_DECLS
