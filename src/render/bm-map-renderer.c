/* bm-map-renderer.c: draws the back map and marks its areas
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-map-renderer"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "bm-catalog.h"
#include "bm-map-renderer.h"
#include "bm-region.h"

/*
 * librsvg cannot change a handle's style once set, so each look of the map has a
 * handle of its own, parsed from the same document on first use: the figure in
 * light and dark, one per mark and theme, the solid shape behind the hatching of
 * referred areas, and the id map that hit testing reads.
 */
typedef enum
{
  LOOK_FIGURE,
  LOOK_MARK_FIRST,
  LOOK_SOLID = LOOK_MARK_FIRST + BM_N_MAP_MARKS,
  N_LOOKS
} Look;

typedef struct
{
  BmRegion *region; /* owned by the catalog */
  BmSide side;
  char *element;    /* "#region-lower-left" */
} Area;

struct _BmMapRenderer
{
  GObject parent_instance;

  BmCatalog *catalog;
  GBytes *svg;
  GArray *areas;
  RsvgHandle *looks[N_LOOKS][2];
  RsvgHandle *swatches[N_LOOKS][2]; /* the same looks on the legend's sample */
  RsvgHandle *id_map;
  double width;
  double height;
};

G_DEFINE_FINAL_TYPE (BmMapRenderer, bm_map_renderer, G_TYPE_OBJECT)

G_DEFINE_QUARK (bm-map-renderer-error-quark, bm_map_renderer_error)

/* Styles of the figure and the marks, light then dark. Colours from the GNOME palette. */
static const char *styles[N_LOOKS][2] = {
  [LOOK_FIGURE] = {
    "",
    "#silhouette { fill: #3d3846; stroke: #9a9996; } #details { stroke: #c0bfbc; }"
    " #details circle { fill: #c0bfbc; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_HOVER] = {
    ".region { fill: #3584e4; fill-opacity: 0.22; stroke: #3584e4; stroke-width: 1.5; }",
    ".region { fill: #78aeed; fill-opacity: 0.25; stroke: #78aeed; stroke-width: 1.5; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_SELECTED] = {
    ".region { fill: #3584e4; fill-opacity: 0.5; stroke: #1a5fb4; stroke-width: 3;"
    " stroke-linejoin: round; }",
    ".region { fill: #3584e4; fill-opacity: 0.6; stroke: #99c1f1; stroke-width: 3;"
    " stroke-linejoin: round; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_REFERRED] = {
    ".region { fill: none; stroke: #c64600; stroke-width: 2; stroke-dasharray: 5 3; }",
    ".region { fill: none; stroke: #ffa348; stroke-width: 2; stroke-dasharray: 5 3; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_FOCUS] = {
    ".region { fill: none; stroke: #000000; stroke-width: 4; stroke-dasharray: 7 3;"
    " stroke-linejoin: round; }",
    ".region { fill: none; stroke: #ffffff; stroke-width: 4; stroke-dasharray: 7 3;"
    " stroke-linejoin: round; }",
  },
  [LOOK_MARK_FIRST + BM_MAP_MARK_OUTLINE] = {
    ".region { fill: none; stroke: #000000; stroke-width: 1.5; stroke-linejoin: round; }",
    ".region { fill: none; stroke: #ffffff; stroke-width: 1.5; stroke-linejoin: round; }",
  },
  [LOOK_SOLID] = {
    ".region { fill: #000000; fill-opacity: 1; stroke: none; }",
    ".region { fill: #000000; fill-opacity: 1; stroke: none; }",
  },
};

/* The hatching of referred areas, light then dark. */
static const double hatch_rgba[2][4] = {
  { 0.776, 0.275, 0.0, 0.55 },
  { 1.0, 0.639, 0.282, 0.5 },
};

static void
area_clear (gpointer data)
{
  Area *area = data;

  g_free (area->element);
}

static void
bm_map_renderer_finalize (GObject *object)
{
  BmMapRenderer *self = (BmMapRenderer *)object;

  for (guint i = 0; i < N_LOOKS; i++)
    {
      g_clear_object (&self->looks[i][0]);
      g_clear_object (&self->looks[i][1]);
      g_clear_object (&self->swatches[i][0]);
      g_clear_object (&self->swatches[i][1]);
    }
  g_clear_object (&self->id_map);
  g_clear_pointer (&self->areas, g_array_unref);
  g_clear_pointer (&self->svg, g_bytes_unref);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (bm_map_renderer_parent_class)->finalize (object);
}

static void
bm_map_renderer_class_init (BmMapRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_map_renderer_finalize;
}

static void
bm_map_renderer_init (BmMapRenderer *self)
{
  self->areas = g_array_new (FALSE, TRUE, sizeof (Area));
  g_array_set_clear_func (self->areas, area_clear);
}

/* The legend's sample: one rounded area, styled like the map's areas. */
static const char swatch_svg[] =
  "<svg xmlns='http://www.w3.org/2000/svg' width='32' height='20' viewBox='0 0 32 20'>"
  "<g id='regions'><rect id='swatch' class='region' x='2' y='2' width='28' height='16'"
  " rx='4' fill='none'/></g></svg>";

static RsvgHandle *
load_handle (BmMapRenderer  *self,
             gboolean        swatch,
             const char     *css,
             GError        **error)
{
  gsize size;
  const guint8 *data = swatch ? (const guint8 *) swatch_svg : g_bytes_get_data (self->svg, &size);
  g_autoptr(RsvgHandle) handle = NULL;

  if (swatch)
    size = sizeof swatch_svg - 1;
  handle = rsvg_handle_new_from_data (data, size, error);

  if (handle == NULL)
    return NULL;

  if (css != NULL && *css != '\0' &&
      !rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), error))
    return NULL;

  return g_steal_pointer (&handle);
}

static RsvgHandle *
get_look (BmMapRenderer *self,
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
      *slot = load_handle (self, swatch, styles[look][dark ? 1 : 0], &error);
      if (*slot == NULL)
        g_error ("Cannot style the back map: %s", error->message);
    }

  return *slot;
}

/* Each area gets a colour of its own, its index plus one; no area is black. */
static char *
dup_id_map_style (BmMapRenderer *self)
{
  g_autoptr(GString) css = g_string_new (
    ".region { fill-opacity: 1 !important; stroke: none !important;"
    " shape-rendering: crispEdges; }\n");

  for (guint i = 0; i < self->areas->len; i++)
    g_string_append_printf (css, "%s { fill: #%06x !important; }\n",
                            g_array_index (self->areas, Area, i).element, i + 1);

  return g_string_free (g_steal_pointer (&css), FALSE);
}

static gboolean
add_areas (BmMapRenderer  *self,
           RsvgHandle     *handle,
           GError        **error)
{
  GPtrArray *regions = bm_catalog_get_regions (self->catalog);
  static const BmSide sides[] = { BM_SIDE_LEFT, BM_SIDE_RIGHT, BM_SIDE_CENTER };

  for (guint i = 0; i < regions->len; i++)
    {
      BmRegion *region = g_ptr_array_index (regions, i);

      for (guint j = 0; j < G_N_ELEMENTS (sides); j++)
        {
          g_autofree char *id = NULL;
          Area area;

          if (!(bm_region_get_sides (region) & sides[j]))
            continue;

          id = bm_region_dup_element_id (region, sides[j]);
          area.region = region;
          area.side = sides[j];
          area.element = g_strconcat ("#", id, NULL);
          if (!rsvg_handle_has_sub (handle, area.element))
            {
              g_set_error (error, BM_MAP_RENDERER_ERROR, BM_MAP_RENDERER_ERROR_MISSING_AREA,
                           "back map: no element \"%s\" for region \"%s\"", id,
                           bm_region_get_id (region));
              g_free (area.element);
              return FALSE;
            }
          g_array_append_val (self->areas, area);
        }
    }

  return TRUE;
}

/**
 * bm_map_renderer_new:
 * @catalog: the regions the map shows
 * @svg: the map document
 *
 * Returns: (transfer full): a renderer, or %NULL with @error set when the document
 *   is not valid or lacks the area of a region
 */
BmMapRenderer *
bm_map_renderer_new (BmCatalog  *catalog,
                     GBytes     *svg,
                     GError    **error)
{
  g_autoptr(BmMapRenderer) self = g_object_new (BM_TYPE_MAP_RENDERER, NULL);
  g_autoptr(RsvgHandle) figure = NULL;
  g_autofree char *id_map_style = NULL;
  gboolean has_width, has_height, has_viewbox;
  RsvgLength width, height;
  RsvgRectangle viewbox;

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (svg != NULL, NULL);

  self->catalog = g_object_ref (catalog);
  self->svg = g_bytes_ref (svg);

  if (!(figure = load_handle (self, FALSE, NULL, error)))
    return NULL;

  rsvg_handle_get_intrinsic_dimensions (figure, &has_width, &width, &has_height, &height,
                                        &has_viewbox, &viewbox);
  if (!has_viewbox || viewbox.width <= 0 || viewbox.height <= 0)
    {
      g_set_error (error, BM_MAP_RENDERER_ERROR, BM_MAP_RENDERER_ERROR_INVALID,
                   "back map: the document has no viewBox");
      return NULL;
    }
  self->width = viewbox.width;
  self->height = viewbox.height;

  if (!add_areas (self, figure, error))
    return NULL;

  id_map_style = dup_id_map_style (self);
  if (!(self->id_map = load_handle (self, FALSE, id_map_style, error)))
    return NULL;

  self->looks[LOOK_FIGURE][0] = g_steal_pointer (&figure);

  return g_steal_pointer (&self);
}

/**
 * bm_map_renderer_new_from_resource:
 *
 * Returns: (transfer full): a renderer of the map the program ships
 */
BmMapRenderer *
bm_map_renderer_new_from_resource (BmCatalog  *catalog,
                                   GError    **error)
{
  g_autoptr(GBytes) svg = g_resources_lookup_data (RESOURCE_PREFIX "/back-map.svg",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  return svg != NULL ? bm_map_renderer_new (catalog, svg, error) : NULL;
}

/**
 * bm_map_renderer_get_n_areas:
 *
 * Returns: how many areas the map has: one per region and side
 */
guint
bm_map_renderer_get_n_areas (BmMapRenderer *self)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), 0);

  return self->areas->len;
}

/**
 * bm_map_renderer_get_area_region:
 *
 * Returns: (transfer none): the region of the area
 */
BmRegion *
bm_map_renderer_get_area_region (BmMapRenderer *self,
                                 guint          area)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (area < self->areas->len, NULL);

  return g_array_index (self->areas, Area, area).region;
}

BmSide
bm_map_renderer_get_area_side (BmMapRenderer *self,
                               guint          area)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), 0);
  g_return_val_if_fail (area < self->areas->len, 0);

  return g_array_index (self->areas, Area, area).side;
}

/**
 * bm_map_renderer_get_area_element:
 *
 * Returns: the area's element in the document, such as "#region-lower-left"
 */
const char *
bm_map_renderer_get_area_element (BmMapRenderer *self,
                                  guint          area)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (area < self->areas->len, NULL);

  return g_array_index (self->areas, Area, area).element;
}

/**
 * bm_map_renderer_find_area:
 *
 * Returns: the area of @region on @side, or -1
 */
int
bm_map_renderer_find_area (BmMapRenderer *self,
                           BmRegion      *region,
                           BmSide         side)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), -1);

  for (guint i = 0; i < self->areas->len; i++)
    {
      Area *area = &g_array_index (self->areas, Area, i);

      if (area->region == region && area->side == side)
        return i;
    }

  return -1;
}

/**
 * bm_map_renderer_get_viewport:
 * @viewport: (out): where the map goes: as large as fits, centred
 */
void
bm_map_renderer_get_viewport (BmMapRenderer *self,
                              double         width,
                              double         height,
                              RsvgRectangle *viewport)
{
  double scale;

  g_return_if_fail (BM_IS_MAP_RENDERER (self));

  scale = MIN (width / self->width, height / self->height);
  viewport->width = self->width * scale;
  viewport->height = self->height * scale;
  viewport->x = (width - viewport->width) / 2;
  viewport->y = (height - viewport->height) / 2;
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
 * Draws the figure and the patient's "Left" and "Right", without marks.
 */
void
bm_map_renderer_draw_figure (BmMapRenderer       *self,
                             cairo_t             *cr,
                             const RsvgRectangle *viewport,
                             gboolean             dark)
{
  double scale;

  g_return_if_fail (BM_IS_MAP_RENDERER (self));

  rsvg_handle_render_document (get_look (self, LOOK_FIGURE, FALSE, dark), cr, viewport, NULL);

  scale = viewport->width / self->width;
  /* Translators: the patient's left, on the map of the back seen from behind */
  draw_side_label (cr, viewport, scale, self->width * 0.1, C_("map", "Left"), dark);
  /* Translators: the patient's right, on the map of the back seen from behind */
  draw_side_label (cr, viewport, scale, self->width * 0.9, C_("map", "Right"), dark);
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
    rsvg_handle_render_layer (get_look (self, LOOK_SOLID, swatch, dark), cr, elements[i],
                              viewport, NULL);
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
    rsvg_handle_render_layer (get_look (self, LOOK_MARK_FIRST + mark, swatch, dark), cr,
                              elements[i], viewport, NULL);
}

/**
 * bm_map_renderer_draw_marks:
 * @areas: (array length=n_areas): the areas to mark
 *
 * Draws the areas marked as @mark, on top of the figure. Selected areas are filled
 * and outlined, referred ones hatched and dashed, so colour is never the only sign.
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
  g_autofree const char **elements = g_new (const char *, n_areas);

  g_return_if_fail (BM_IS_MAP_RENDERER (self));

  for (guint i = 0; i < n_areas; i++)
    {
      g_return_if_fail (areas[i] < self->areas->len);
      elements[i] = g_array_index (self->areas, Area, areas[i]).element;
    }

  draw_marked (self, cr, viewport, elements, n_areas, FALSE, mark, dark);
}

/**
 * bm_map_renderer_draw_mark:
 * @area: the area to mark
 *
 * Draws one area marked as @mark; see bm_map_renderer_draw_marks().
 */
void
bm_map_renderer_draw_mark (BmMapRenderer       *self,
                           cairo_t             *cr,
                           const RsvgRectangle *viewport,
                           guint                area,
                           BmMapMark            mark,
                           gboolean             dark)
{
  bm_map_renderer_draw_marks (self, cr, viewport, &area, 1, mark, dark);
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
 * Draws every area in a colour of its own, without anti-aliasing, onto a clear
 * surface: the pixel value less one is the area's index.
 */
void
bm_map_renderer_draw_id_map (BmMapRenderer       *self,
                             cairo_t             *cr,
                             const RsvgRectangle *viewport)
{
  g_return_if_fail (BM_IS_MAP_RENDERER (self));

  rsvg_handle_render_layer (self->id_map, cr, "#regions", viewport, NULL);
}

/**
 * bm_map_renderer_get_catalog:
 *
 * Returns: (transfer none): the catalog whose regions the map shows
 */
BmCatalog *
bm_map_renderer_get_catalog (BmMapRenderer *self)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), NULL);

  return self->catalog;
}

/**
 * bm_map_renderer_draw_shade:
 * @area: the area to fill
 * @rgba: (array fixed-size=4): the colour and its opacity
 *
 * Fills one area with a colour of the caller's, such as one that tells how much
 * it hurts there. Draw the area's outline over it with bm_map_renderer_draw_mark().
 */
void
bm_map_renderer_draw_shade (BmMapRenderer       *self,
                            cairo_t             *cr,
                            const RsvgRectangle *viewport,
                            guint                area,
                            const double         rgba[4])
{
  cairo_pattern_t *shape;

  g_return_if_fail (BM_IS_MAP_RENDERER (self));
  g_return_if_fail (area < self->areas->len);

  cairo_push_group_with_content (cr, CAIRO_CONTENT_ALPHA);
  rsvg_handle_render_layer (get_look (self, LOOK_SOLID, FALSE, FALSE), cr,
                            g_array_index (self->areas, Area, area).element, viewport, NULL);
  shape = cairo_pop_group (cr);

  cairo_save (cr);
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
  cairo_mask (cr, shape);
  cairo_restore (cr);
  cairo_pattern_destroy (shape);
}
