/* bm-body-map-shapes.c: the body map's shapes: the areas and muscles, their children and hit maps
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-body-map"

#include "config.h"

#include "bm-body-map-private.h"
#include "bm-care-plan.h"
#include "bm-hit-map.h"
#include "bm-map-hotspot.h"
#include "bm-map-renderer.h"
#include "bm-pain-source.h"
#include "bm-region.h"

/* An area is picked (in add mode, the "Add Another Area" toggle for touch, every
 * pick adds); a muscle opens its page. */
void
bm_body_map_select_area (BmBodyMap *self,
                         guint      area,
                         gboolean   extend)
{
  if (self->layer == BM_MAP_LAYER_MUSCLES)
    {
      BmPainSource *source = bm_map_renderer_get_muscle_source (self->renderer, area);

      gtk_widget_activate_action (GTK_WIDGET (self), "win.open-muscle", "(su)",
                                  bm_pain_source_get_id (source),
                                  (guint) bm_map_renderer_get_muscle_side (self->renderer, area));
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "plan.select-spot", "(sub)",
                              bm_region_get_id (bm_map_renderer_get_area_region (self->renderer,
                                                                                 area)),
                              (guint) bm_map_renderer_get_area_side (self->renderer, area),
                              extend || self->add_mode);
}

static void
hotspot_activate_cb (BmBodyMap    *self,
                     BmMapHotspot *hotspot)
{
  bm_body_map_select_area (self, bm_map_hotspot_get_area (hotspot), FALSE);
}

void
bm_body_map_clear_hotspots (BmBodyMap *self)
{
  for (BmMapLayer layer = 0; layer < BM_N_MAP_LAYERS; layer++)
    {
      GPtrArray *hotspots = self->layer_hotspots[layer];

      for (guint i = 0; i < hotspots->len; i++)
        gtk_widget_unparent (g_ptr_array_index (hotspots, i));
      g_ptr_array_set_size (hotspots, 0);
    }
}

static char *
dup_shape_label (BmBodyMap  *self,
                 BmMapLayer  layer,
                 guint       shape)
{
  if (layer == BM_MAP_LAYER_AREAS)
    return bm_region_dup_label (bm_map_renderer_get_area_region (self->renderer, shape),
                                bm_map_renderer_get_area_side (self->renderer, shape));

  return bm_pain_source_dup_label (bm_map_renderer_get_muscle_source (self->renderer, shape),
                                   bm_map_renderer_get_muscle_side (self->renderer, shape));
}

void
bm_body_map_create_hotspots (BmBodyMap *self)
{
  bm_body_map_clear_hotspots (self);

  if (self->renderer == NULL)
    return;

  for (BmMapLayer layer = 0; layer < BM_N_MAP_LAYERS; layer++)
    for (guint i = 0; i < bm_map_renderer_get_n_shapes (self->renderer, layer); i++)
      {
        g_autofree char *label = dup_shape_label (self, layer, i);
        GtkWidget *hotspot = bm_map_hotspot_new (i, label);

        g_signal_connect_object (hotspot, "activate", G_CALLBACK (hotspot_activate_cb), self,
                                 G_CONNECT_SWAPPED);
        gtk_widget_set_parent (hotspot, GTK_WIDGET (self));
        gtk_widget_set_child_visible (hotspot, FALSE);
        g_ptr_array_add (self->layer_hotspots[layer], hotspot);
      }
}

gboolean
bm_body_map_shows_muscle (BmBodyMap *self,
                          guint      muscle)
{
  return self->muscle != NULL &&
    bm_map_renderer_get_muscle_source (self->renderer, muscle) == self->muscle &&
    (bm_map_renderer_get_muscle_side (self->renderer, muscle) & self->muscle_sides) != 0;
}

void
bm_body_map_update_selected_states (BmBodyMap *self)
{
  if (self->renderer == NULL)
    return;

  for (guint i = 0; i < self->layer_hotspots[BM_MAP_LAYER_AREAS]->len; i++)
    {
      gboolean selected = self->plan != NULL &&
        bm_care_plan_has_spot (self->plan, bm_map_renderer_get_area_region (self->renderer, i),
                               bm_map_renderer_get_area_side (self->renderer, i));

      bm_map_hotspot_set_selected (g_ptr_array_index (self->layer_hotspots[BM_MAP_LAYER_AREAS],
                                                      i),
                                   selected);
    }
  for (guint i = 0; i < self->layer_hotspots[BM_MAP_LAYER_MUSCLES]->len; i++)
    bm_map_hotspot_set_selected (g_ptr_array_index (self->layer_hotspots[BM_MAP_LAYER_MUSCLES], i),
                                 bm_body_map_shows_muscle (self, i));
}

/* Only the children of the layer shown are there for the keyboard and for
 * assistive technologies; an area too small to be drawn at this size has none.
 * Those of the other layer are hidden, so screen readers do not list them. */
void
bm_body_map_show_hotspots (BmBodyMap *self)
{
  for (BmMapLayer layer = 0; layer < BM_N_MAP_LAYERS; layer++)
    {
      GPtrArray *hotspots = self->layer_hotspots[layer];
      cairo_rectangle_int_t bounds;

      for (guint i = 0; i < hotspots->len; i++)
        {
          GtkWidget *hotspot = g_ptr_array_index (hotspots, i);

          gtk_widget_set_visible (hotspot, layer == self->layer);
          gtk_widget_set_child_visible (hotspot,
                                        layer == self->layer && self->hit_maps[layer] != NULL &&
                                        bm_hit_map_get_bounds (self->hit_maps[layer], i, &bounds));
        }
    }
}

/* The hit maps of both layers follow the size: a switch finds the other ready. */
void
bm_body_map_allocate_shapes (BmBodyMap *self,
                             int        width,
                             int        height)
{
  for (BmMapLayer layer = 0; layer < BM_N_MAP_LAYERS; layer++)
    {
      GPtrArray *hotspots = self->layer_hotspots[layer];

      if (self->hit_maps[layer] == NULL ||
          bm_hit_map_get_width (self->hit_maps[layer]) != width ||
          bm_hit_map_get_height (self->hit_maps[layer]) != height)
        {
          g_clear_object (&self->hit_maps[layer]);
          self->hit_maps[layer] = bm_hit_map_new (self->renderer, layer, width, height);
        }

      for (guint i = 0; i < hotspots->len; i++)
        {
          cairo_rectangle_int_t bounds = { 0, 0, 0, 0 };

          bm_hit_map_get_bounds (self->hit_maps[layer], i, &bounds);
          gtk_widget_size_allocate (g_ptr_array_index (hotspots, i), (GtkAllocation *) &bounds,
                                    -1);
        }
    }

  self->hit_map = self->hit_maps[self->layer];
  bm_body_map_show_hotspots (self);
}

/**
 * bm_body_map_get_muscle:
 *
 * Returns: (transfer none) (nullable): the muscle the map shows with its trigger
 *   points and where it may send pain, instead of the picked areas
 */
BmPainSource *
bm_body_map_get_muscle (BmBodyMap *self)
{
  g_return_val_if_fail (BM_IS_BODY_MAP (self), NULL);

  return self->muscle;
}

/**
 * bm_body_map_set_muscle:
 * @muscle: (nullable): a muscle, or %NULL to show the picked areas again
 * @sides: the sides of @muscle to show, left, right or both
 *
 * Shows a muscle, its trigger points and where it may send pain, while its page
 * is open. The catalog owns the muscle; the map keeps no reference.
 */
void
bm_body_map_set_muscle (BmBodyMap    *self,
                        BmPainSource *muscle,
                        BmSide        sides)
{
  g_return_if_fail (BM_IS_BODY_MAP (self));

  if (self->muscle == muscle && self->muscle_sides == sides)
    return;

  self->muscle = muscle;
  self->muscle_sides = sides;
  bm_body_map_update_selected_states (self);
  bm_body_map_redraw_marks (self);
}
