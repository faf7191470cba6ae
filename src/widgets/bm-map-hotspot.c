/* bm-map-hotspot.c: an area of the back map as a widget that takes focus
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 cannot expose parts of one drawn widget to assistive technologies, so
 * the map gives each area an invisible child that sits over it: it takes keyboard
 * focus, carries the area's name and selected state, and can be activated. The
 * map draws everything and takes the pointer's clicks itself.
 */

#define G_LOG_DOMAIN "bm-map-hotspot"

#include "config.h"

#include "bm-map-hotspot.h"

struct _BmMapHotspot
{
  GtkWidget parent_instance;

  char *label;
  guint area;
};

G_DEFINE_FINAL_TYPE (BmMapHotspot, bm_map_hotspot, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
bm_map_hotspot_finalize (GObject *object)
{
  BmMapHotspot *self = (BmMapHotspot *)object;

  g_free (self->label);

  G_OBJECT_CLASS (bm_map_hotspot_parent_class)->finalize (object);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[ACTIVATE], 0);
}

static void
bm_map_hotspot_class_init (BmMapHotspotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bm_map_hotspot_finalize;

  /**
   * BmMapHotspot::activate:
   *
   * Emitted when the hotspot is activated from the keyboard or an assistive
   * technology; the map selects the area.
   */
  signals[ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  /* GTK 4.8 offers a widget's actions to assistive technologies: this is "click". */
  gtk_widget_class_install_action (widget_class, "hotspot.select", NULL, select_action);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_widget_class_set_css_name (widget_class, "hotspot");
}

static void
bm_map_hotspot_init (BmMapHotspot *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

GtkWidget *
bm_map_hotspot_new (guint       area,
                    const char *label)
{
  BmMapHotspot *self = g_object_new (BM_TYPE_MAP_HOTSPOT, NULL);

  self->area = area;
  self->label = g_strdup (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);

  return GTK_WIDGET (self);
}

guint
bm_map_hotspot_get_area (BmMapHotspot *self)
{
  g_return_val_if_fail (BM_IS_MAP_HOTSPOT (self), 0);

  return self->area;
}

const char *
bm_map_hotspot_get_label (BmMapHotspot *self)
{
  g_return_val_if_fail (BM_IS_MAP_HOTSPOT (self), NULL);

  return self->label;
}

void
bm_map_hotspot_set_selected (BmMapHotspot *self,
                             gboolean      selected)
{
  g_return_if_fail (BM_IS_MAP_HOTSPOT (self));

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_PRESSED,
                               selected ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                        : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}
