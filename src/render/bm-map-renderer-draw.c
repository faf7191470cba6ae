/* bm-map-renderer-draw.c: the back map's drawing: the figure, its muscles, and the marks
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-map-renderer"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "bm-map-renderer-private.h"
#include "bm-pain-source.h"

/* What the figure leaves to the layers: the muscles, and the dots of one muscle. */
#define FIGURE_HIDES "#muscles, #trigger-points { display: none; }"

/* Styles of the figure and the marks, light then dark. Colours from the GNOME palette.
 * Marks serve areas and muscles alike; a deep muscle keeps its dashes when marked. */
static const char *styles[N_LOOKS][2] = {
  [LOOK_FIGURE] = {
    FIGURE_HIDES,
    FIGURE_HIDES
    " #silhouette { fill: #3d3846; stroke: #9a9996; } #details { stroke: #c0bfbc; }"
    " #details circle { fill: #c0bfbc; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_HOVER] = {
    ".region, .muscle { fill: #3584e4; fill-opacity: 0.22; stroke: #3584e4;"
    " stroke-width: 1.5; }",
    ".region, .muscle { fill: #78aeed; fill-opacity: 0.25; stroke: #78aeed;"
    " stroke-width: 1.5; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_SELECTED] = {
    ".region, .muscle { fill: #3584e4; fill-opacity: 0.5; stroke: #1a5fb4; stroke-width: 3;"
    " stroke-linejoin: round; }",
    ".region, .muscle { fill: #3584e4; fill-opacity: 0.6; stroke: #99c1f1; stroke-width: 3;"
    " stroke-linejoin: round; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_REFERRED] = {
    ".region, .muscle { fill: none; stroke: #c64600; stroke-width: 2; stroke-dasharray: 5 3; }",
    ".region, .muscle { fill: none; stroke: #ffa348; stroke-width: 2; stroke-dasharray: 5 3; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_FOCUS] = {
    ".region, .muscle { fill: none; stroke: #000000; stroke-width: 4; stroke-dasharray: 7 3;"
    " stroke-linejoin: round; }",
    ".region, .muscle { fill: none; stroke: #ffffff; stroke-width: 4; stroke-dasharray: 7 3;"
    " stroke-linejoin: round; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_OUTLINE] = {
    ".region, .muscle { fill: none; stroke: #000000; stroke-width: 1.5;"
    " stroke-linejoin: round; }",
    ".region, .muscle { fill: none; stroke: #ffffff; stroke-width: 1.5;"
    " stroke-linejoin: round; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_HINT] = {
    ".region, .muscle { fill: none; stroke: #5e5c64; stroke-opacity: 0.45; stroke-width: 1;"
    " stroke-linejoin: round; }",
    ".region, .muscle { fill: none; stroke: #deddda; stroke-opacity: 0.4; stroke-width: 1;"
    " stroke-linejoin: round; }",
  },
  [LOOK_SOLID] = {
    ".region { fill: #000000; fill-opacity: 1; stroke: none; }",
    ".region { fill: #000000; fill-opacity: 1; stroke: none; }",
  },
  /* Deep muscles: a lighter fill and a dashed edge, drawn over the others as if seen
   * through them. */
  [LOOK_SUPERFICIAL] = {
    ".muscle.deep { display: none; } .muscle { fill: #f66151; fill-opacity: 0.3;"
    " stroke: #a51d2d; stroke-width: 1.2; stroke-linejoin: round; stroke-dasharray: none; }",
    ".muscle.deep { display: none; } .muscle { fill: #f66151; fill-opacity: 0.3;"
    " stroke: #ffa8a0; stroke-width: 1.2; stroke-linejoin: round; stroke-dasharray: none; }",
  },
  [LOOK_DEEP] = {
    ".muscle.superficial { display: none; } .muscle { fill: #f66151; fill-opacity: 0.12;"
    " stroke: #a51d2d; stroke-width: 1.2; stroke-linejoin: round; stroke-dasharray: 4 3; }",
    ".muscle.superficial { display: none; } .muscle { fill: #f66151; fill-opacity: 0.14;"
    " stroke: #ffa8a0; stroke-width: 1.2; stroke-linejoin: round; stroke-dasharray: 4 3; }",
  },
  [LOOK_TRIGGER_POINTS] = {
    "#trigger-points { display: inline; }"
    " #trigger-points circle { fill: #c01c28; fill-opacity: 1; stroke: #ffffff; stroke-width: 2; }",
    "#trigger-points { display: inline; }"
    " #trigger-points circle { fill: #ff7b63; fill-opacity: 1; stroke: #241f31; stroke-width: 2; }",
  },
};

/* The hatching of referred areas, light then dark. */
static const double hatch_rgba[2][4] = {
  { 0.776, 0.275, 0.0, 0.55 },
  { 1.0, 0.639, 0.282, 0.5 },
};

const char *
bm_map_renderer_get_style (Look     look,
                           gboolean dark)
{
  return styles[look][dark ? 1 : 0];
}

RsvgHandle *
bm_map_renderer_get_look (BmMapRenderer *self,
                          Look           look,
                          gboolean       swatch,
                          gboolean       dark)
{
  RsvgHandle **slot = swatch ? &self->swatches[look][dark ? 1 : 0]
                             : &self->looks[look][dark ? 1 : 0];

  if (*slot == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* The document was checked when the renderer was made; the styles are constants
       * that the tests draw with. */
      *slot = bm_map_renderer_load_handle (self, swatch, styles[look][dark ? 1 : 0], &error);
      if (*slot == NULL)
        g_error ("Cannot style the back map: %s", error->message);
    }

  return *slot;
}

static const char *
get_element (BmMapRenderer *self,
             BmMapLayer     layer,
             guint          shape)
{
  return layer == BM_MAP_LAYER_AREAS ? g_array_index (self->areas, Area, shape).element
                                     : g_array_index (self->muscles, Muscle, shape).element;
}

static void
draw_side_label (cairo_t             *cr,
                 const RsvgRectangle *viewport,
                 double               scale,
                 double               x,
                 const char          *text,
                 gboolean             dark)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold");
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  int width, height;

  pango_font_description_set_absolute_size (font, 22 * scale * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, &height);

  cairo_save (cr);
  if (dark)
    cairo_set_source_rgb (cr, 0.75, 0.75, 0.74);
  else
    cairo_set_source_rgb (cr, 0.37, 0.36, 0.39);
  /* Beside the thighs, where the arms have ended. */
  cairo_move_to (cr, viewport->x + x * scale - width / 2.0, viewport->y + 640 * scale - height);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/**
 * bm_map_renderer_draw_figure:
 * @viewport: where the map goes, from bm_map_renderer_get_viewport()
 * @dark: whether the background is dark
 *
 * Draws the figure and the patient's "Left" and "Right", without muscles or marks.
 */
void
bm_map_renderer_draw_figure (BmMapRenderer       *self,
                             cairo_t             *cr,
                             const RsvgRectangle *viewport,
                             gboolean             dark)
{
  double scale;

  g_return_if_fail (BM_IS_MAP_RENDERER (self));

  rsvg_handle_render_document (bm_map_renderer_get_look (self, LOOK_FIGURE, FALSE, dark), cr,
                               viewport, NULL);

  scale = viewport->width / self->width;
  /* Translators: the patient's left, on the map of the back seen from behind */
  draw_side_label (cr, viewport, scale, self->width * 0.1, C_("map", "Left"), dark);
  /* Translators: the patient's right, on the map of the back seen from behind */
  draw_side_label (cr, viewport, scale, self->width * 0.9, C_("map", "Right"), dark);
}

/**
 * bm_map_renderer_draw_muscles:
 *
 * Draws the muscle layer over the figure: the superficial muscles, then the deep
 * ones, lighter and dashed, over them. Draws nothing when the map has no muscles.
 */
void
bm_map_renderer_draw_muscles (BmMapRenderer       *self,
                              cairo_t             *cr,
                              const RsvgRectangle *viewport,
                              gboolean             dark)
{
  g_return_if_fail (BM_IS_MAP_RENDERER (self));

  if (self->muscles->len == 0)
    return;

  rsvg_handle_render_layer (bm_map_renderer_get_look (self, LOOK_SUPERFICIAL, FALSE, dark), cr,
                            "#muscles", viewport, NULL);
  rsvg_handle_render_layer (bm_map_renderer_get_look (self, LOOK_DEEP, FALSE, dark), cr,
                            "#muscles", viewport, NULL);
}

/**
 * bm_map_renderer_draw_trigger_points:
 * @muscle: a shape of the muscle layer
 *
 * Draws the common trigger points of @muscle as dots.
 */
void
bm_map_renderer_draw_trigger_points (BmMapRenderer       *self,
                                     cairo_t             *cr,
                                     const RsvgRectangle *viewport,
                                     guint                muscle,
                                     gboolean             dark)
{
  RsvgHandle *look;
  Muscle *drawn;

  g_return_if_fail (BM_IS_MAP_RENDERER (self));
  g_return_if_fail (muscle < self->muscles->len);

  look = bm_map_renderer_get_look (self, LOOK_TRIGGER_POINTS, FALSE, dark);
  drawn = &g_array_index (self->muscles, Muscle, muscle);
  for (guint i = 1; i <= drawn->n_trigger_points; i++)
    {
      g_autofree char *point = g_strdup_printf ("#trigger-%s-%u-%s",
                                                bm_pain_source_get_id (drawn->source), i,
                                                drawn->side == BM_SIDE_LEFT ? "left" : "right");

      rsvg_handle_render_layer (look, cr, point, viewport, NULL);
    }
}

/* The tile of the hatching of referred areas: a diagonal line every 8 units. */
static cairo_pattern_t *
create_stripes (gboolean dark)
{
  const double *rgba = hatch_rgba[dark ? 1 : 0];
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
  cairo_pattern_t *pattern;
  cairo_t *cr = cairo_create (tile);

  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
  cairo_set_line_width (cr, 2.5);
  cairo_move_to (cr, -2, 10);
  cairo_line_to (cr, 10, -2);
  cairo_move_to (cr, -2, 2);
  cairo_line_to (cr, 2, -2);
  cairo_move_to (cr, 6, 10);
  cairo_line_to (cr, 10, 6);
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);

  return pattern;
}

/* Referred areas share one hatching: their shapes are gathered into one mask and
 * the stripes drawn through it once, whatever their number. */
static void
draw_hatched (BmMapRenderer       *self,
              cairo_t             *cr,
              const RsvgRectangle *viewport,
              const char * const  *elements,
              guint                n_elements,
              gboolean             swatch,
              gboolean             dark)
{
  cairo_pattern_t *shape, *stripes, *tile;

  cairo_push_group_with_content (cr, CAIRO_CONTENT_ALPHA);
  for (guint i = 0; i < n_elements; i++)
    rsvg_handle_render_layer (bm_map_renderer_get_look (self, LOOK_SOLID, swatch, dark), cr,
                              elements[i], viewport, NULL);
  shape = cairo_pop_group (cr);

  /* Painted once into a group of its own: a repeating source under a mask is
   * pixman's slow path. */
  cairo_push_group (cr);
  tile = create_stripes (dark);
  cairo_set_source (cr, tile);
  cairo_paint (cr);
  cairo_pattern_destroy (tile);
  stripes = cairo_pop_group (cr);

  cairo_save (cr);
  cairo_set_source (cr, stripes);
  cairo_mask (cr, shape);
  cairo_restore (cr);

  cairo_pattern_destroy (stripes);
  cairo_pattern_destroy (shape);
}

static void
draw_marked (BmMapRenderer       *self,
             cairo_t             *cr,
             const RsvgRectangle *viewport,
             const char * const  *elements,
             guint                n_elements,
             gboolean             swatch,
             BmMapMark            mark,
             gboolean             dark)
{
  if (mark == BM_MAP_MARK_REFERRED)
    draw_hatched (self, cr, viewport, elements, n_elements, swatch, dark);
  for (guint i = 0; i < n_elements; i++)
    rsvg_handle_render_layer (bm_map_renderer_get_look (self, LOOK_MARK_FIRST + mark, swatch,
                                                        dark),
                              cr, elements[i], viewport, NULL);
}

/**
 * bm_map_renderer_draw_shape_marks:
 * @shapes: (array length=n_shapes): the areas or muscles to mark
 *
 * Draws the shapes of @layer marked as @mark, on top of the figure. Selected
 * shapes are filled and outlined, referred ones dashed (and areas hatched), so
 * colour is never the only sign.
 */
void
bm_map_renderer_draw_shape_marks (BmMapRenderer       *self,
                                  cairo_t             *cr,
                                  const RsvgRectangle *viewport,
                                  BmMapLayer           layer,
                                  const guint         *shapes,
                                  guint                n_shapes,
                                  BmMapMark            mark,
                                  gboolean             dark)
{
  g_autofree const char **elements = g_new (const char *, n_shapes);

  g_return_if_fail (BM_IS_MAP_RENDERER (self));

  for (guint i = 0; i < n_shapes; i++)
    {
      g_return_if_fail (shapes[i] < bm_map_renderer_get_n_shapes (self, layer));
      elements[i] = get_element (self, layer, shapes[i]);
    }

  /* Muscles overlap: only areas are hatched. */
  if (layer == BM_MAP_LAYER_MUSCLES && mark == BM_MAP_MARK_REFERRED)
    for (guint i = 0; i < n_shapes; i++)
      rsvg_handle_render_layer (bm_map_renderer_get_look (self, LOOK_MARK_FIRST + mark, FALSE,
                                                          dark),
                                cr, elements[i], viewport, NULL);
  else
    draw_marked (self, cr, viewport, elements, n_shapes, FALSE, mark, dark);
}

/**
 * bm_map_renderer_draw_marks:
 * @areas: (array length=n_areas): the areas to mark
 *
 * Draws areas marked as @mark; see bm_map_renderer_draw_shape_marks().
 */
void
bm_map_renderer_draw_marks (BmMapRenderer       *self,
                            cairo_t             *cr,
                            const RsvgRectangle *viewport,
                            const guint         *areas,
                            guint                n_areas,
                            BmMapMark            mark,
                            gboolean             dark)
{
  bm_map_renderer_draw_shape_marks (self, cr, viewport, BM_MAP_LAYER_AREAS, areas, n_areas, mark,
                                    dark);
}

/**
 * bm_map_renderer_draw_mark:
 * @area: the area to mark
 *
 * Draws one area marked as @mark; see bm_map_renderer_draw_shape_marks().
 */
void
bm_map_renderer_draw_mark (BmMapRenderer       *self,
                           cairo_t             *cr,
                           const RsvgRectangle *viewport,
                           guint                area,
                           BmMapMark            mark,
                           gboolean             dark)
{
  bm_map_renderer_draw_shape_marks (self, cr, viewport, BM_MAP_LAYER_AREAS, &area, 1, mark, dark);
}

/**
 * bm_map_renderer_draw_swatch:
 * @viewport: where to draw the sample, 32 by 20 units scaled to fit
 *
 * Draws a sample of @mark for a legend, exactly as the map's areas are drawn.
 */
void
bm_map_renderer_draw_swatch (BmMapRenderer       *self,
                             cairo_t             *cr,
                             const RsvgRectangle *viewport,
                             BmMapMark            mark,
                             gboolean             dark)
{
  static const char * const swatch[] = { "#swatch" };

  g_return_if_fail (BM_IS_MAP_RENDERER (self));

  draw_marked (self, cr, viewport, swatch, 1, TRUE, mark, dark);
}

/**
 * bm_map_renderer_draw_id_map:
 *
 * Draws every shape of @layer in a colour of its own, without anti-aliasing, onto
 * a clear surface: the pixel value less one is the shape's index. Deep muscles
 * are drawn over the others.
 */
void
bm_map_renderer_draw_id_map (BmMapRenderer       *self,
                             cairo_t             *cr,
                             const RsvgRectangle *viewport,
                             BmMapLayer           layer)
{
  g_return_if_fail (BM_IS_MAP_RENDERER (self));

  if (layer == BM_MAP_LAYER_AREAS)
    rsvg_handle_render_layer (self->id_maps[layer][0], cr, "#regions", viewport, NULL);
  else if (self->muscles->len > 0)
    {
      rsvg_handle_render_layer (self->id_maps[layer][0], cr, "#muscles", viewport, NULL);
      rsvg_handle_render_layer (self->id_maps[layer][1], cr, "#muscles", viewport, NULL);
    }
}
