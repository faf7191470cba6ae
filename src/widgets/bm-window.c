/* bm-window.c: the main window: the map, and the details of what is picked
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-body-map.h"
#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-map-renderer.h"
#include "bm-region-pane.h"
#include "bm-window.h"

struct _BmWindow
{
  AdwApplicationWindow parent_instance;

  BmCatalog *catalog;
  BmCarePlan *plan;

  AdwToastOverlay *toast_overlay;
  AdwLeaflet *leaflet;
  GtkWidget *map_page;
  GtkWidget *details_page;
  BmBodyMap *body_map;
  BmRegionPane *region_pane;
};

G_DEFINE_FINAL_TYPE (BmWindow, bm_window, ADW_TYPE_APPLICATION_WINDOW)

static void
select_spot_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *key;
  gboolean extend;
  BmRegion *region;
  BmSide side;

  g_variant_get (parameter, "(&sb)", &key, &extend);
  if (!bm_catalog_parse_spot (self->catalog, key, &region, &side, &error))
    {
      g_warning ("%s", error->message);
      return;
    }

  bm_care_plan_select_spot (self->plan, region, side, extend);

  if (!extend)
    adw_leaflet_set_visible_child (self->leaflet, self->details_page);
}

static void
show_map_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->map_page);
}

static void
bm_window_dispose (GObject *object)
{
  BmWindow *self = (BmWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_WINDOW);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (bm_window_parent_class)->dispose (object);
}

static void
bm_window_class_init (BmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_window_dispose;

  g_type_ensure (BM_TYPE_BODY_MAP);
  g_type_ensure (BM_TYPE_REGION_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, map_page);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, details_page);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, body_map);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, region_pane);

  gtk_widget_class_install_action (widget_class, "win.select-spot", "(sb)", select_spot_action);
  gtk_widget_class_install_action (widget_class, "win.show-map", NULL, show_map_action);
}

static void
bm_window_init (BmWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->plan = bm_care_plan_new ();
  g_object_bind_property (self->plan, "active-spot", self->region_pane, "spot",
                          G_BINDING_SYNC_CREATE);
  bm_body_map_set_plan (self->body_map, self->plan);
}

BmWindow *
bm_window_new (BmApplication *application)
{
  BmWindow *self = g_object_new (BM_TYPE_WINDOW, "application", application, NULL);
  g_autoptr(BmMapRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;

  self->catalog = g_object_ref (bm_application_get_catalog (application));
  renderer = bm_map_renderer_new_from_resource (self->catalog, &error);
  /* The map ships inside the program and is tested against the catalog. */
  if (renderer == NULL)
    g_error ("Cannot load the back map: %s", error->message);
  bm_body_map_set_renderer (self->body_map, renderer);

  return self;
}

/**
 * bm_window_get_plan:
 *
 * Returns: (transfer none): the user's picks
 */
BmCarePlan *
bm_window_get_plan (BmWindow *self)
{
  g_return_val_if_fail (BM_IS_WINDOW (self), NULL);

  return self->plan;
}
