/* bm-window-muscles.c: the main window's muscles: the map's layer, a muscle's page, the hints
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which muscle is open is the window's state, not the plan's: a muscle is looked
 * up, like a technique, while the plan holds where it hurts. The map shows the
 * open muscle while its page is in view, and the picked areas again after.
 */

#define G_LOG_DOMAIN "bm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-map-bar.h"
#include "bm-map-renderer.h"
#include "bm-muscle-page.h"
#include "bm-pain-source.h"
#include "bm-window-private.h"

/* Made when first asked for, as the other pages beyond the region's are. */
static BmMusclePage *
get_muscle_page (BmWindow *self)
{
  if (self->muscle_page == NULL)
    {
      self->muscle_page = g_object_new (BM_TYPE_MUSCLE_PAGE, NULL);
      gtk_stack_add_titled (self->content_stack, GTK_WIDGET (self->muscle_page), "muscle",
                            _("Muscle"));
    }

  return self->muscle_page;
}

/* "(su)": a muscle's id and its side, left, right or both. */
void
bm_window_open_muscle_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);
  BmPainSource *muscle;
  const char *id;
  guint sides;

  g_variant_get (parameter, "(&su)", &id, &sides);
  muscle = bm_catalog_lookup_pain_source (self->catalog, id);
  g_return_if_fail (muscle != NULL && bm_pain_source_get_kind (muscle) == BM_PAIN_SOURCE_KIND_MUSCLE);
  g_return_if_fail (sides != 0 && (sides & ~(BM_SIDE_LEFT | BM_SIDE_RIGHT)) == 0);

  bm_muscle_page_set_muscle (get_muscle_page (self), muscle, sides);
  bm_window_show_page (self, "muscle");
  bm_body_map_set_muscle (self->body_map, muscle, sides);
}

/* The map shows the open muscle only while its page is in view; the legend, which
 * explains the picked areas and their links, gives way to the page's own words. */
static void
visible_page_changed_cb (BmWindow *self)
{
  gboolean shown = self->muscle_page != NULL &&
    gtk_stack_get_visible_child (self->content_stack) == GTK_WIDGET (self->muscle_page);

  if (shown)
    bm_body_map_set_muscle (self->body_map, bm_muscle_page_get_muscle (self->muscle_page),
                            bm_muscle_page_get_sides (self->muscle_page));
  else
    bm_body_map_set_muscle (self->body_map, NULL, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->legend), !shown);
}

static gboolean
layer_to_muscles (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_boolean (value, g_str_equal (g_variant_get_string (variant, NULL), "muscles"));
  return TRUE;
}

/* Areas are outlined to show where to click until the first pick, and always in a
 * narrow window, where the map is small. */
static void
update_hint_outlines (BmWindow *self)
{
  GSettings *settings = bm_application_get_settings (BM_APPLICATION (
    gtk_window_get_application (GTK_WINDOW (self))));

  g_object_set (self->body_map, "hint-outlines",
                g_settings_get_boolean (settings, "outline-areas") ||
                adw_leaflet_get_folded (self->leaflet),
                NULL);
}

static void
spots_changed_cb (BmWindow   *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *spots)
{
  GSettings *settings = bm_application_get_settings (BM_APPLICATION (
    gtk_window_get_application (GTK_WINDOW (self))));

  if (added > 0 && g_settings_get_boolean (settings, "outline-areas"))
    g_settings_set_boolean (settings, "outline-areas", FALSE);
}

/**
 * bm_window_setup_muscles:
 *
 * Connects the map's layer to the "map-layer" setting through the "win.map-layer"
 * action, which the "Areas | Muscles" switch uses, and the hints to the settings
 * and the window's width.
 */
void
bm_window_setup_muscles (BmWindow  *self,
                         GSettings *settings)
{
  g_autoptr(GAction) layer = g_settings_create_action (settings, "map-layer");

  g_action_map_add_action (G_ACTION_MAP (self), layer);
  g_settings_bind_with_mapping (settings, "map-layer", self->body_map, "show-muscles",
                                G_SETTINGS_BIND_GET, layer_to_muscles, NULL, NULL, NULL);
  g_settings_bind_with_mapping (settings, "map-layer", self->map_bar, "show-muscles",
                                G_SETTINGS_BIND_GET, layer_to_muscles, NULL, NULL, NULL);
  bm_map_bar_set_can_switch (self->map_bar,
                             bm_map_renderer_get_n_shapes (self->renderer,
                                                           BM_MAP_LAYER_MUSCLES) > 0);

  g_signal_connect_object (self->content_stack, "notify::visible-child",
                           G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::outline-areas", G_CALLBACK (update_hint_outlines),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (update_hint_outlines),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bm_care_plan_get_spots (self->plan), "items-changed",
                           G_CALLBACK (spots_changed_cb), self, G_CONNECT_SWAPPED);
  update_hint_outlines (self);
}
