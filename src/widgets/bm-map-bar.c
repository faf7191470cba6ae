/* bm-map-bar.c: the map's "Areas | Muscles" switch and its one-line hint
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The buttons act through the window's "win.map-layer" action, the setting that
 * the map follows too; the bar only says what a click on the map does.
 */

#define G_LOG_DOMAIN "bm-map-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-map-bar.h"

struct _BmMapBar
{
  GtkWidget parent_instance;

  GtkWidget *switcher;
  GtkLabel *hint_label;
  gboolean show_muscles;
};

G_DEFINE_FINAL_TYPE (BmMapBar, bm_map_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_MUSCLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_hint (BmMapBar *self)
{
  gtk_label_set_label (self->hint_label,
                       self->show_muscles
                       /* Translators: the one-line hint over the map of the muscles */
                       ? _("Click a muscle")
                       /* Translators: the one-line hint over the map of the areas */
                       : _("Click where it hurts"));
}

static void
bm_map_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BM_TYPE_MAP_BAR);

  G_OBJECT_CLASS (bm_map_bar_parent_class)->dispose (object);
}

static void
bm_map_bar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BmMapBar *self = BM_MAP_BAR (object);

  switch (prop_id)
    {
    case PROP_SHOW_MUSCLES:
      g_value_set_boolean (value, self->show_muscles);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_map_bar_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BmMapBar *self = BM_MAP_BAR (object);

  switch (prop_id)
    {
    case PROP_SHOW_MUSCLES:
      bm_map_bar_set_show_muscles (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_map_bar_class_init (BmMapBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_map_bar_dispose;
  object_class->get_property = bm_map_bar_get_property;
  object_class->set_property = bm_map_bar_set_property;

  /**
   * BmMapBar:show-muscles:
   *
   * Whether the map shows the muscles, which the hint follows.
   */
  properties[PROP_SHOW_MUSCLES] =
    g_param_spec_boolean ("show-muscles", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-map-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, BmMapBar, switcher);
  gtk_widget_class_bind_template_child (widget_class, BmMapBar, hint_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_map_bar_init (BmMapBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_hint (self);
}

gboolean
bm_map_bar_get_show_muscles (BmMapBar *self)
{
  g_return_val_if_fail (BM_IS_MAP_BAR (self), FALSE);

  return self->show_muscles;
}

void
bm_map_bar_set_show_muscles (BmMapBar *self,
                             gboolean  show_muscles)
{
  g_return_if_fail (BM_IS_MAP_BAR (self));

  if (self->show_muscles == show_muscles)
    return;

  self->show_muscles = show_muscles;
  update_hint (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_MUSCLES]);
}

/**
 * bm_map_bar_set_can_switch:
 *
 * Hides the switch when the map has no muscles to show.
 */
void
bm_map_bar_set_can_switch (BmMapBar *self,
                           gboolean  can_switch)
{
  g_return_if_fail (BM_IS_MAP_BAR (self));

  gtk_widget_set_visible (self->switcher, can_switch);
}
