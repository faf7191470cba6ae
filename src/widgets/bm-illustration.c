/* bm-illustration.c: a step's picture, drawn as vectors at any size and scale
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkPicture would rasterise the SVG once at its own size, blurry at 2x; this
 * draws it with librsvg into the frame, sharp at any scale.
 */

#define G_LOG_DOMAIN "bm-illustration"

#include "config.h"

#include "bm-illustration.h"
#include "bm-render-types.h"

struct _BmIllustration
{
  GtkWidget parent_instance;

  RsvgHandle *handle;
};

G_DEFINE_FINAL_TYPE (BmIllustration, bm_illustration, GTK_TYPE_WIDGET)

static void
bm_illustration_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  /* The illustrations are 4 by 3. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 200;
    }
  else
    {
      *minimum = 90;
      *natural = for_size > 0 ? MIN (for_size * 3 / 4, 150) : 150;
    }
}

static void
bm_illustration_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  BmIllustration *self = BM_ILLUSTRATION (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  RsvgRectangle viewport;
  cairo_t *cr;

  if (self->handle == NULL || width <= 0 || height <= 0)
    return;

  viewport.width = MIN (width, height * 4 / 3);
  viewport.height = viewport.width * 3 / 4;
  viewport.x = (width - viewport.width) / 2;
  viewport.y = (height - viewport.height) / 2;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rsvg_handle_render_document (self->handle, cr, &viewport, NULL);
  cairo_destroy (cr);
}

static void
bm_illustration_dispose (GObject *object)
{
  BmIllustration *self = (BmIllustration *)object;

  g_clear_object (&self->handle);

  G_OBJECT_CLASS (bm_illustration_parent_class)->dispose (object);
}

static void
bm_illustration_class_init (BmIllustrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_illustration_dispose;

  widget_class->measure = bm_illustration_measure;
  widget_class->snapshot = bm_illustration_snapshot;

  gtk_widget_class_set_css_name (widget_class, "illustration");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bm_illustration_init (BmIllustration *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "illustration");
  /* Steps line up: every picture takes the same room. */
  gtk_widget_set_size_request (GTK_WIDGET (self), 160, 120);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

/**
 * bm_illustration_new:
 * @resource_path: the SVG, checked to exist when the catalog loaded
 * @description: what the picture shows, for assistive technologies
 *
 * Returns: (transfer floating): the illustration
 */
GtkWidget *
bm_illustration_new (const char *resource_path,
                     const char *description)
{
  BmIllustration *self = g_object_new (BM_TYPE_ILLUSTRATION, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource_path, 0, NULL);

  if (bytes != NULL)
    self->handle = rsvg_handle_new_from_data (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);

  return GTK_WIDGET (self);
}
