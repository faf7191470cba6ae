/* bm-spot-chip.c: a picked area as a chip that can be taken away
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-spot-chip"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-region.h"
#include "bm-spot-chip.h"
#include "bm-spot.h"

struct _BmSpotChip
{
  GtkWidget parent_instance;

  BmSpot *spot;
};

G_DEFINE_FINAL_TYPE (BmSpotChip, bm_spot_chip, GTK_TYPE_WIDGET)

static void
remove_cb (BmSpotChip *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "plan.remove-spot", "(su)",
                              bm_region_get_id (bm_spot_get_region (self->spot)),
                              (guint) bm_spot_get_side (self->spot));
}

static void
bm_spot_chip_dispose (GObject *object)
{
  BmSpotChip *self = (BmSpotChip *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->spot);

  G_OBJECT_CLASS (bm_spot_chip_parent_class)->dispose (object);
}

static void
bm_spot_chip_class_init (BmSpotChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_spot_chip_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chip");
}

static void
bm_spot_chip_init (BmSpotChip *self)
{
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                              4);
}

/**
 * bm_spot_chip_new:
 *
 * Returns: (transfer floating): a chip naming @spot, with a button that takes it
 *   off the picked areas
 */
GtkWidget *
bm_spot_chip_new (BmSpot *spot)
{
  BmSpotChip *self = g_object_new (BM_TYPE_SPOT_CHIP, NULL);
  g_autofree char *label = bm_spot_dup_label (spot);
  g_autofree char *remove_label = NULL;
  GtkWidget *name = gtk_label_new (label);
  GtkWidget *button;

  self->spot = g_object_ref (spot);
  /* A long name in a narrow window shortens rather than widens the page. */
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (name, label);
  gtk_widget_set_parent (name, GTK_WIDGET (self));

  button = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  /* Translators: the button on a chip that takes a picked area away */
  remove_label = g_strdup_printf (_("Remove %s"), label);
  gtk_widget_set_tooltip_text (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (button, GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

/**
 * bm_spot_chip_get_spot:
 *
 * Returns: (transfer none): the picked area
 */
BmSpot *
bm_spot_chip_get_spot (BmSpotChip *self)
{
  g_return_val_if_fail (BM_IS_SPOT_CHIP (self), NULL);

  return self->spot;
}
