/* bm-map-renderer.c: the back map's document, its areas and muscles
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The areas are the catalog's regions on each of their sides, the muscles its
 * muscles on the left and the right; the document must have an element for each.
 * The drawing is in bm-map-renderer-draw.c.
 */

#define G_LOG_DOMAIN "bm-map-renderer"

#include "config.h"

#include "bm-catalog.h"
#include "bm-map-renderer-private.h"
#include "bm-pain-source.h"
#include "bm-region.h"

G_DEFINE_FINAL_TYPE (BmMapRenderer, bm_map_renderer, G_TYPE_OBJECT)

G_DEFINE_QUARK (bm-map-renderer-error-quark, bm_map_renderer_error)

static void
area_clear (gpointer data)
{
  Area *area = data;

  g_free (area->element);
}

static void
muscle_clear (gpointer data)
{
  Muscle *muscle = data;

  g_free (muscle->element);
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
  for (guint i = 0; i < BM_N_MAP_LAYERS; i++)
    {
      g_clear_object (&self->id_maps[i][0]);
      g_clear_object (&self->id_maps[i][1]);
    }
  g_clear_pointer (&self->areas, g_array_unref);
  g_clear_pointer (&self->muscles, g_array_unref);
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
  self->muscles = g_array_new (FALSE, TRUE, sizeof (Muscle));
  g_array_set_clear_func (self->muscles, muscle_clear);
}

/* The legend's sample: one rounded area, styled like the map's areas. */
static const char swatch_svg[] =
  "<svg xmlns='http://www.w3.org/2000/svg' width='32' height='20' viewBox='0 0 32 20'>"
  "<g id='regions'><rect id='swatch' class='region' x='2' y='2' width='28' height='16'"
  " rx='4' fill='none'/></g></svg>";

/**
 * bm_map_renderer_load_handle:
 * @swatch: whether to load the legend's sample instead of the map
 * @css: (nullable): the look
 *
 * Returns: (transfer full): a handle of the document styled with @css, or %NULL
 *   with @error set
 */
RsvgHandle *
bm_map_renderer_load_handle (BmMapRenderer  *self,
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

/* Each shape gets a colour of its own, its index plus one; none is black. The
 * muscles' map is drawn in two passes, the deep ones over the others, so that a
 * small deep muscle under a wide one stays clickable. */
static char *
dup_id_map_style (BmMapRenderer *self,
                  BmMapLayer     layer,
                  gboolean       deep)
{
  g_autoptr(GString) css = g_string_new (NULL);

  if (layer == BM_MAP_LAYER_AREAS)
    {
      g_string_append (css, ".region { fill-opacity: 1 !important; stroke: none !important;"
                            " shape-rendering: crispEdges; }\n");
      for (guint i = 0; i < self->areas->len; i++)
        g_string_append_printf (css, "%s { fill: #%06x !important; }\n",
                                g_array_index (self->areas, Area, i).element, i + 1);
    }
  else
    {
      g_string_append_printf (css, ".muscle { fill-opacity: 1 !important; stroke: none !important;"
                                   " shape-rendering: crispEdges; }\n"
                                   ".muscle.%s { display: none !important; }\n",
                              deep ? "superficial" : "deep");
      for (guint i = 0; i < self->muscles->len; i++)
        g_string_append_printf (css, "%s { fill: #%06x !important; }\n",
                                g_array_index (self->muscles, Muscle, i).element, i + 1);
    }

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

static const char *
side_nick (BmSide side)
{
  return side == BM_SIDE_LEFT ? "left" : "right";
}

/* One muscle of the catalog on one side, with its trigger points numbered from 1. */
static gboolean
add_muscle (BmMapRenderer  *self,
            RsvgHandle     *handle,
            BmPainSource   *source,
            BmSide          side,
            GError        **error)
{
  const char *id = bm_pain_source_get_id (source);
  Muscle muscle = { source, side, NULL, 0 };

  muscle.element = g_strdup_printf ("#muscle-%s-%s", id, side_nick (side));
  if (!rsvg_handle_has_sub (handle, muscle.element))
    {
      g_set_error (error, BM_MAP_RENDERER_ERROR, BM_MAP_RENDERER_ERROR_MISSING_AREA,
                   "back map: no element \"%s\" for muscle \"%s\"", muscle.element + 1, id);
      g_free (muscle.element);
      return FALSE;
    }

  for (;;)
    {
      g_autofree char *point = g_strdup_printf ("#trigger-%s-%u-%s", id,
                                                muscle.n_trigger_points + 1, side_nick (side));

      if (!rsvg_handle_has_sub (handle, point))
        break;
      muscle.n_trigger_points++;
    }

  g_array_append_val (self->muscles, muscle);
  return TRUE;
}

/* A document without muscles has no muscle layer; one with muscles has them all. */
static gboolean
add_muscles (BmMapRenderer  *self,
             RsvgHandle     *handle,
             GError        **error)
{
  GPtrArray *sources = bm_catalog_get_pain_sources (self->catalog);

  if (!rsvg_handle_has_sub (handle, "#muscles"))
    return TRUE;

  for (BmMuscleDepth depth = BM_MUSCLE_DEPTH_SUPERFICIAL; depth <= BM_MUSCLE_DEPTH_DEEP; depth++)
    for (guint i = 0; i < sources->len; i++)
      {
        BmPainSource *source = g_ptr_array_index (sources, i);

        if (bm_pain_source_get_kind (source) != BM_PAIN_SOURCE_KIND_MUSCLE ||
            bm_pain_source_get_depth (source) != depth)
          continue;

        if (!add_muscle (self, handle, source, BM_SIDE_LEFT, error) ||
            !add_muscle (self, handle, source, BM_SIDE_RIGHT, error))
          return FALSE;
      }

  return TRUE;
}

static gboolean
load_id_maps (BmMapRenderer  *self,
              GError        **error)
{
  for (BmMapLayer layer = 0; layer < BM_N_MAP_LAYERS; layer++)
    for (int deep = 0; deep <= 1; deep++)
      {
        g_autofree char *css = NULL;

        if (layer == BM_MAP_LAYER_AREAS && deep)
          continue;

        css = dup_id_map_style (self, layer, deep);
        if (!(self->id_maps[layer][deep] = bm_map_renderer_load_handle (self, FALSE, css, error)))
          return FALSE;
      }

  return TRUE;
}

/**
 * bm_map_renderer_new:
 * @catalog: the regions and muscles the map shows
 * @svg: the map document
 *
 * Returns: (transfer full): a renderer, or %NULL with @error set when the document
 *   is not valid or lacks the area of a region, or (when it has muscles) a muscle
 */
BmMapRenderer *
bm_map_renderer_new (BmCatalog  *catalog,
                     GBytes     *svg,
                     GError    **error)
{
  g_autoptr(BmMapRenderer) self = g_object_new (BM_TYPE_MAP_RENDERER, NULL);
  g_autoptr(RsvgHandle) figure = NULL;
  gboolean has_width, has_height, has_viewbox;
  RsvgLength width, height;
  RsvgRectangle viewbox;

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (svg != NULL, NULL);

  self->catalog = g_object_ref (catalog);
  self->svg = g_bytes_ref (svg);

  if (!(figure = bm_map_renderer_load_handle (self, FALSE,
                                              bm_map_renderer_get_style (LOOK_FIGURE, FALSE),
                                              error)))
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

  if (!add_areas (self, figure, error) ||
      !add_muscles (self, figure, error) ||
      !load_id_maps (self, error))
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
 * bm_map_renderer_get_n_shapes:
 *
 * Returns: how many areas or muscles the map has on @layer; no muscles when the
 *   document draws none
 */
guint
bm_map_renderer_get_n_shapes (BmMapRenderer *self,
                              BmMapLayer     layer)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), 0);

  return layer == BM_MAP_LAYER_AREAS ? self->areas->len : self->muscles->len;
}

/**
 * bm_map_renderer_get_muscle_source:
 *
 * Returns: (transfer none): the catalog's muscle drawn as @muscle
 */
BmPainSource *
bm_map_renderer_get_muscle_source (BmMapRenderer *self,
                                   guint          muscle)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (muscle < self->muscles->len, NULL);

  return g_array_index (self->muscles, Muscle, muscle).source;
}

/**
 * bm_map_renderer_get_muscle_side:
 *
 * Returns: the patient's side of @muscle, %BM_SIDE_LEFT or %BM_SIDE_RIGHT
 */
BmSide
bm_map_renderer_get_muscle_side (BmMapRenderer *self,
                                 guint          muscle)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), 0);
  g_return_val_if_fail (muscle < self->muscles->len, 0);

  return g_array_index (self->muscles, Muscle, muscle).side;
}

/**
 * bm_map_renderer_get_muscle_element:
 *
 * Returns: the muscle's element in the document, such as "#muscle-piriformis-left"
 */
const char *
bm_map_renderer_get_muscle_element (BmMapRenderer *self,
                                    guint          muscle)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (muscle < self->muscles->len, NULL);

  return g_array_index (self->muscles, Muscle, muscle).element;
}

/**
 * bm_map_renderer_get_n_trigger_points:
 *
 * Returns: how many trigger points the map draws on @muscle
 */
guint
bm_map_renderer_get_n_trigger_points (BmMapRenderer *self,
                                      guint          muscle)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), 0);
  g_return_val_if_fail (muscle < self->muscles->len, 0);

  return g_array_index (self->muscles, Muscle, muscle).n_trigger_points;
}

/**
 * bm_map_renderer_find_muscle:
 * @side: %BM_SIDE_LEFT or %BM_SIDE_RIGHT
 *
 * Returns: the shape of @source on @side, or -1 when the map does not draw it
 */
int
bm_map_renderer_find_muscle (BmMapRenderer *self,
                             BmPainSource  *source,
                             BmSide         side)
{
  g_return_val_if_fail (BM_IS_MAP_RENDERER (self), -1);

  for (guint i = 0; i < self->muscles->len; i++)
    {
      Muscle *muscle = &g_array_index (self->muscles, Muscle, i);

      if (muscle->source == source && muscle->side == side)
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
  rsvg_handle_render_layer (bm_map_renderer_get_look (self, LOOK_SOLID, FALSE, FALSE), cr,
                            g_array_index (self->areas, Area, area).element, viewport, NULL);
  shape = cairo_pop_group (cr);

  cairo_save (cr);
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
  cairo_mask (cr, shape);
  cairo_restore (cr);
  cairo_pattern_destroy (shape);
}
