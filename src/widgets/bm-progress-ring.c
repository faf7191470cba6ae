/* bm-progress-ring.c: a ring that empties as time passes, the seconds left in its centre
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ring is drawn in the widget's CSS colour and its track in the same colour,
 * faint: style.css gives both from the theme, so the ring reads in light and dark.
 * The numerals are a label, styled and scaled by CSS like any text.
 */

#define G_LOG_DOMAIN "bm-progress-ring"

#include "config.h"

#include "bm-progress-ring.h"

#define LINE_WIDTH 10.0

struct _BmProgressRing
{
  GtkWidget parent_instance;

  double fraction;
  guint seconds;

  GtkWidget *numerals;
};

G_DEFINE_FINAL_TYPE (BmProgressRing, bm_progress_ring, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FRACTION,
  PROP_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bm_progress_ring_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  BmProgressRing *self = BM_PROGRESS_RING (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double radius = (MIN (width, height) - LINE_WIDTH) / 2;
  GdkRGBA color;
  cairo_t *cr;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  cairo_arc (cr, width / 2, height / 2, radius, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * 0.2);
  cairo_stroke (cr);

  /* From twelve o'clock, clockwise. */
  if (self->fraction > 0)
    {
      cairo_arc (cr, width / 2, height / 2, radius, -G_PI / 2,
                 -G_PI / 2 + 2 * G_PI * self->fraction);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  gtk_widget_snapshot_child (widget, self->numerals, snapshot);
}

static void
bm_progress_ring_dispose (GObject *object)
{
  BmProgressRing *self = (BmProgressRing *)object;

  g_clear_pointer (&self->numerals, gtk_widget_unparent);

  G_OBJECT_CLASS (bm_progress_ring_parent_class)->dispose (object);
}

static void
bm_progress_ring_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BmProgressRing *self = BM_PROGRESS_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    case PROP_SECONDS:
      g_value_set_uint (value, self->seconds);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_progress_ring_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BmProgressRing *self = BM_PROGRESS_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      bm_progress_ring_set_fraction (self, g_value_get_double (value));
      break;

    case PROP_SECONDS:
      bm_progress_ring_set_seconds (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_progress_ring_class_init (BmProgressRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_progress_ring_dispose;
  object_class->get_property = bm_progress_ring_get_property;
  object_class->set_property = bm_progress_ring_set_property;

  widget_class->snapshot = bm_progress_ring_snapshot;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SECONDS] =
    g_param_spec_uint ("seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "progressring");
  /* The player tells the time left at intervals in the ring's label, not every second. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TIMER);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_progress_ring_init (BmProgressRing *self)
{
  self->numerals = g_object_new (GTK_TYPE_LABEL,
                                 "label", "0",
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                 NULL);
  gtk_widget_add_css_class (self->numerals, "numerals");
  gtk_widget_set_parent (self->numerals, GTK_WIDGET (self));
}

/**
 * bm_progress_ring_get_fraction:
 *
 * Returns: how much of the ring is drawn, from 0 to 1
 */
double
bm_progress_ring_get_fraction (BmProgressRing *self)
{
  g_return_val_if_fail (BM_IS_PROGRESS_RING (self), 0);

  return self->fraction;
}

void
bm_progress_ring_set_fraction (BmProgressRing *self,
                               double          fraction)
{
  g_return_if_fail (BM_IS_PROGRESS_RING (self));

  fraction = CLAMP (fraction, 0, 1);
  if (self->fraction == fraction)
    return;

  self->fraction = fraction;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

/**
 * bm_progress_ring_get_seconds:
 *
 * Returns: the number shown in the centre
 */
guint
bm_progress_ring_get_seconds (BmProgressRing *self)
{
  g_return_val_if_fail (BM_IS_PROGRESS_RING (self), 0);

  return self->seconds;
}

void
bm_progress_ring_set_seconds (BmProgressRing *self,
                              guint           seconds)
{
  g_autofree char *text = NULL;

  g_return_if_fail (BM_IS_PROGRESS_RING (self));

  if (self->seconds == seconds)
    return;

  self->seconds = seconds;
  text = g_strdup_printf ("%u", seconds);
  gtk_label_set_label (GTK_LABEL (self->numerals), text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS]);
}
