/* bm-map-legend.c: what the marks on the map mean, and which way the hatching points
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The samples are drawn by the map's own renderer, so the legend cannot drift from
 * the map. The two toggle buttons set the "referred-direction" setting.
 */

#define G_LOG_DOMAIN "bm-map-legend"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-map-legend.h"
#include "bm-map-renderer.h"

struct _BmMapLegend
{
  GtkWidget parent_instance;

  BmMapRenderer *renderer;
  gboolean towards_spots;
  gboolean show_referred;

  GtkWidget *box;
  GtkDrawingArea *picked_sample;
  GtkDrawingArea *referred_sample;
  GtkLabel *referred_label;
  GtkWidget *referred_box;
};

G_DEFINE_FINAL_TYPE (BmMapLegend, bm_map_legend, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TOWARDS_SPOTS,
  PROP_SHOW_REFERRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
draw_sample (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  BmMapLegend *self = data;
  RsvgRectangle viewport = { 0, 0, width, height };
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (self->renderer == NULL)
    return;

  bm_map_renderer_draw_swatch (self->renderer, cr, &viewport,
                               area == self->picked_sample ? BM_MAP_MARK_SELECTED
                                                           : BM_MAP_MARK_REFERRED,
                               dark);
}

static void
update_referred_label (BmMapLegend *self)
{
  gtk_label_set_label (self->referred_label,
                       self->towards_spots
                       ? _("Pain felt where you picked may come from here")
                       : _("Pain from where you picked may spread here"));
  gtk_widget_set_visible (self->referred_box, self->show_referred);
}

static void
redraw_cb (BmMapLegend *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->picked_sample));
  gtk_widget_queue_draw (GTK_WIDGET (self->referred_sample));
}

static void
bm_map_legend_dispose (GObject *object)
{
  BmMapLegend *self = (BmMapLegend *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_MAP_LEGEND);
  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (bm_map_legend_parent_class)->dispose (object);
}

static void
bm_map_legend_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BmMapLegend *self = BM_MAP_LEGEND (object);

  switch (prop_id)
    {
    case PROP_TOWARDS_SPOTS:
      g_value_set_boolean (value, self->towards_spots);
      break;

    case PROP_SHOW_REFERRED:
      g_value_set_boolean (value, self->show_referred);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_map_legend_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BmMapLegend *self = BM_MAP_LEGEND (object);
  gboolean *field = prop_id == PROP_TOWARDS_SPOTS ? &self->towards_spots : &self->show_referred;

  switch (prop_id)
    {
    case PROP_TOWARDS_SPOTS:
    case PROP_SHOW_REFERRED:
      if (*field != g_value_get_boolean (value))
        {
          *field = g_value_get_boolean (value);
          update_referred_label (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_map_legend_class_init (BmMapLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_map_legend_dispose;
  object_class->get_property = bm_map_legend_get_property;
  object_class->set_property = bm_map_legend_set_property;

  properties[PROP_TOWARDS_SPOTS] =
    g_param_spec_boolean ("towards-spots", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_REFERRED] =
    g_param_spec_boolean ("show-referred", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-map-legend.ui");
  gtk_widget_class_bind_template_child (widget_class, BmMapLegend, box);
  gtk_widget_class_bind_template_child (widget_class, BmMapLegend, picked_sample);
  gtk_widget_class_bind_template_child (widget_class, BmMapLegend, referred_sample);
  gtk_widget_class_bind_template_child (widget_class, BmMapLegend, referred_label);
  gtk_widget_class_bind_template_child (widget_class, BmMapLegend, referred_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "maplegend");
}

static void
bm_map_legend_init (BmMapLegend *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->towards_spots = TRUE;
  self->show_referred = TRUE;
  gtk_drawing_area_set_draw_func (self->picked_sample, draw_sample, self, NULL);
  gtk_drawing_area_set_draw_func (self->referred_sample, draw_sample, self, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (redraw_cb), self, G_CONNECT_SWAPPED);
  update_referred_label (self);
}

void
bm_map_legend_set_renderer (BmMapLegend   *self,
                            BmMapRenderer *renderer)
{
  g_return_if_fail (BM_IS_MAP_LEGEND (self));

  if (g_set_object (&self->renderer, renderer))
    redraw_cb (self);
}
