/* bm-body-map-keyboard.c: the body map's focus and keys: arrows move as the shapes lie on the body
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-body-map"

#include "config.h"

#include <adwaita.h>

#include "bm-body-map-private.h"
#include "bm-care-plan.h"
#include "bm-hit-map.h"
#include "bm-map-hotspot.h"
#include "bm-map-renderer.h"
#include "bm-region.h"
#include "bm-spot.h"

int
bm_body_map_focused_area (BmBodyMap *self)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));

  return BM_IS_MAP_HOTSPOT (child) ? (int) bm_map_hotspot_get_area (BM_MAP_HOTSPOT (child)) : -1;
}

/* Where the keyboard enters the map: where it left; else, on the areas, the first
 * picked area or the lower back, where most pain is; on the muscles, the muscle
 * whose page is open or the first. */
static int
entry_shape (BmBodyMap *self)
{
  g_autoptr(BmSpot) spot = NULL;

  if (self->cursor >= 0)
    return self->cursor;

  if (self->layer == BM_MAP_LAYER_MUSCLES)
    {
      for (guint i = 0; i < self->hotspots->len; i++)
        if (bm_body_map_shows_muscle (self, i))
          return i;
      return self->hotspots->len > 0 ? 0 : -1;
    }

  if (self->plan != NULL &&
      (spot = g_list_model_get_item (bm_care_plan_get_spots (self->plan), 0)) != NULL)
    return bm_map_renderer_find_area (self->renderer, bm_spot_get_region (spot),
                                      bm_spot_get_side (spot));

  for (guint i = 0; i < self->hotspots->len; i++)
    if (g_str_equal (bm_region_get_id (bm_map_renderer_get_area_region (self->renderer, i)),
                     "lower"))
      return i;

  return self->hotspots->len > 0 ? 0 : -1;
}

/* The map is one stop for Tab: inside it the arrow keys move, and Tab leaves it. */
gboolean
bm_body_map_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  BmBodyMap *self = BM_BODY_MAP (widget);
  GtkWidget *child = gtk_widget_get_focus_child (widget);
  int shape;

  if (child != NULL && gtk_widget_get_child_visible (child))
    return FALSE;

  shape = entry_shape (self);
  if (shape < 0 || !gtk_widget_get_child_visible (g_ptr_array_index (self->hotspots, shape)))
    return FALSE;

  return gtk_widget_grab_focus (g_ptr_array_index (self->hotspots, shape));
}

/* The nearest area in a direction, weighing sideways distance three times: the
 * narrow flank beside the lower back is not above it. */
static int
find_neighbour (BmBodyMap *self,
                int        from,
                double     dx,
                double     dy)
{
  double fx, fy, best_score = G_MAXDOUBLE;
  int best = -1;

  if (!bm_hit_map_get_centre (self->hit_map, from, &fx, &fy))
    return -1;

  for (guint i = 0; i < self->hotspots->len; i++)
    {
      double x, y, along, across, score;

      if ((int) i == from || !bm_hit_map_get_centre (self->hit_map, i, &x, &y))
        continue;

      along = (x - fx) * dx + (y - fy) * dy;
      across = fabs ((x - fx) * dy - (y - fy) * dx);
      if (along <= 0.5)
        continue;

      score = along + 3 * across;
      if (score < best_score)
        {
          best_score = score;
          best = i;
        }
    }

  return best;
}

gboolean
bm_body_map_key_pressed (BmBodyMap             *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  int area = bm_body_map_focused_area (self);
  double dx = 0, dy = 0;
  int next;

  if (area < 0 || self->hit_map == NULL)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      bm_body_map_select_area (self, area, (state & GDK_CONTROL_MASK) != 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      bm_body_map_select_area (self, area, TRUE);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      dy = -1;
      break;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      dy = 1;
      break;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      dx = -1;
      break;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      dx = 1;
      break;

    default:
      return GDK_EVENT_PROPAGATE;
    }

  next = find_neighbour (self, area, dx, dy);
  if (next >= 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->hotspots, next));

  return GDK_EVENT_STOP;
}
