/* bm-body-map.c: the clickable map of the back
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map has two layers: the areas where pain is felt, and the muscles. The
 * figure of each is drawn once per size, scale and theme into a texture, and the
 * picked areas (or the muscle whose page is open) with their links into a second
 * one each time they change; the hovered and focused shapes are drawn on top, one
 * each, so a hover change redraws one shape and not the document. Clicks are
 * looked up in the hit map of the layer shown. Each area and muscle also has a
 * focusable child for the keyboard and assistive technologies (see
 * bm-map-hotspot.c); only the children of the layer shown are visible.
 */

#define G_LOG_DOMAIN "bm-body-map"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-body-map-private.h"
#include "bm-care-plan.h"
#include "bm-hit-map.h"
#include "bm-map-hotspot.h"
#include "bm-map-renderer.h"
#include "bm-pain-source.h"
#include "bm-region.h"
#include "bm-spot.h"


G_DEFINE_FINAL_TYPE (BmBodyMap, bm_body_map, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RENDERER,
  PROP_PLAN,
  PROP_SHOW_REFERRED,
  PROP_TOWARDS_SPOTS,
  PROP_ADD_MODE,
  PROP_SHOW_MUSCLES,
  PROP_HINT_OUTLINES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The picked areas or the way they are shown changed: their images are drawn anew. */
void
bm_body_map_redraw_marks (BmBodyMap *self)
{
  for (BmMapLayer layer = 0; layer < BM_N_MAP_LAYERS; layer++)
    g_clear_object (&self->marks[layer]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
spots_changed_cb (BmBodyMap  *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *spots)
{
  bm_body_map_update_selected_states (self);
  bm_body_map_redraw_marks (self);
}

static void
style_changed_cb (BmBodyMap *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_hover (BmBodyMap *self,
           int        area)
{
  if (self->hover == area)
    return;

  self->hover = area;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), area >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static int
lookup (BmBodyMap *self,
        double     x,
        double     y)
{
  return self->hit_map != NULL ? bm_hit_map_lookup (self->hit_map, x, y) : -1;
}

static void
motion_cb (BmBodyMap                *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  set_hover (self, lookup (self, x, y));
}

static void
leave_cb (BmBodyMap                *self,
          GtkEventControllerMotion *motion)
{
  set_hover (self, -1);
}

/* On a touch screen nothing hovers: the areas stay outlined from the first touch. */
static void
pressed_cb (BmBodyMap       *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (gesture));
  GdkDevice *device = event != NULL ? gdk_event_get_device (event) : NULL;

  if (!self->touched && device != NULL && gdk_device_get_source (device) == GDK_SOURCE_TOUCHSCREEN)
    {
      self->touched = TRUE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* On release, as buttons do: the details pane rebuilds itself after the click. */
static void
released_cb (BmBodyMap       *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  GdkModifierType state;
  int area = lookup (self, x, y);

  if (area < 0)
    return;

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  bm_body_map_select_area (self, area, (state & GDK_CONTROL_MASK) != 0);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
query_tooltip_cb (BmBodyMap  *self,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  int area = keyboard ? bm_body_map_focused_area (self) : lookup (self, x, y);

  if (area < 0)
    return FALSE;

  gtk_tooltip_set_text (tooltip,
                        bm_map_hotspot_get_label (g_ptr_array_index (self->hotspots, area)));
  return TRUE;
}

static void
bm_body_map_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  /* The figure is 3 wide by 5 high; it shrinks to fit whatever it is given. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 420;
    }
  else
    {
      *minimum = 200;
      *natural = 700;
    }
}

static void
bm_body_map_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  BmBodyMap *self = BM_BODY_MAP (widget);

  if (self->renderer != NULL)
    bm_body_map_allocate_shapes (self, width, height);
}

static void
bm_body_map_set_focus_child (GtkWidget *widget,
                             GtkWidget *child)
{
  BmBodyMap *self = BM_BODY_MAP (widget);

  GTK_WIDGET_CLASS (bm_body_map_parent_class)->set_focus_child (widget, child);
  if (BM_IS_MAP_HOTSPOT (child))
    self->cursor = bm_map_hotspot_get_area (BM_MAP_HOTSPOT (child));
  gtk_widget_queue_draw (widget);
}

static void
bm_body_map_dispose (GObject *object)
{
  BmBodyMap *self = (BmBodyMap *)object;

  bm_body_map_set_plan (self, NULL);
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  if (self->layer_hotspots[0] != NULL)
    bm_body_map_clear_hotspots (self);
  self->hit_map = NULL;
  self->hotspots = NULL;
  for (BmMapLayer layer = 0; layer < BM_N_MAP_LAYERS; layer++)
    {
      g_clear_pointer (&self->layer_hotspots[layer], g_ptr_array_unref);
      g_clear_object (&self->hit_maps[layer]);
      g_clear_object (&self->figures[layer]);
      g_clear_object (&self->marks[layer]);
    }
  g_clear_object (&self->renderer);
  self->muscle = NULL;

  G_OBJECT_CLASS (bm_body_map_parent_class)->dispose (object);
}

static void
bm_body_map_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BmBodyMap *self = BM_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_RENDERER:
      g_value_set_object (value, self->renderer);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_SHOW_REFERRED:
      g_value_set_boolean (value, self->show_referred);
      break;

    case PROP_TOWARDS_SPOTS:
      g_value_set_boolean (value, self->towards_spots);
      break;

    case PROP_ADD_MODE:
      g_value_set_boolean (value, self->add_mode);
      break;

    case PROP_SHOW_MUSCLES:
      g_value_set_boolean (value, self->layer == BM_MAP_LAYER_MUSCLES);
      break;

    case PROP_HINT_OUTLINES:
      g_value_set_boolean (value, self->hint_outlines);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The map's switches all change how it looks or acts, never what it holds. */
static void
set_flag (BmBodyMap  *self,
          gboolean   *flag,
          gboolean    value,
          GParamSpec *pspec)
{
  if (*flag == value)
    return;

  *flag = value;
  bm_body_map_redraw_marks (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
bm_body_map_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BmBodyMap *self = BM_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_RENDERER:
      bm_body_map_set_renderer (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      bm_body_map_set_plan (self, g_value_get_object (value));
      break;

    case PROP_SHOW_REFERRED:
      set_flag (self, &self->show_referred, g_value_get_boolean (value), pspec);
      break;

    case PROP_TOWARDS_SPOTS:
      set_flag (self, &self->towards_spots, g_value_get_boolean (value), pspec);
      break;

    case PROP_ADD_MODE:
      set_flag (self, &self->add_mode, g_value_get_boolean (value), pspec);
      break;

    case PROP_SHOW_MUSCLES:
      bm_body_map_set_show_muscles (self, g_value_get_boolean (value));
      break;

    case PROP_HINT_OUTLINES:
      if (self->hint_outlines != g_value_get_boolean (value))
        {
          self->hint_outlines = g_value_get_boolean (value);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_body_map_class_init (BmBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_body_map_dispose;
  object_class->get_property = bm_body_map_get_property;
  object_class->set_property = bm_body_map_set_property;

  widget_class->measure = bm_body_map_measure;
  widget_class->size_allocate = bm_body_map_size_allocate;
  widget_class->snapshot = bm_body_map_snapshot;
  widget_class->set_focus_child = bm_body_map_set_focus_child;
  widget_class->focus = bm_body_map_focus;

  properties[PROP_RENDERER] =
    g_param_spec_object ("renderer", NULL, NULL, BM_TYPE_MAP_RENDERER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, BM_TYPE_CARE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * BmBodyMap:show-referred:
   *
   * Whether to hatch where the sources sitting in the active spot may refer pain.
   */
  properties[PROP_SHOW_REFERRED] =
    g_param_spec_boolean ("show-referred", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * BmBodyMap:towards-spots:
   *
   * Which way the hatching points: %TRUE hatches the areas that pain felt in the
   * picked areas may come from, %FALSE those that it may spread to.
   */
  properties[PROP_TOWARDS_SPOTS] =
    g_param_spec_boolean ("towards-spots", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * BmBodyMap:add-mode:
   *
   * Whether a plain click adds the area to those picked, as Ctrl+click does: the
   * way to pick several on a touch screen.
   */
  properties[PROP_ADD_MODE] =
    g_param_spec_boolean ("add-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * BmBodyMap:show-muscles:
   *
   * Whether the map shows and picks the muscles instead of the areas.
   */
  properties[PROP_SHOW_MUSCLES] =
    g_param_spec_boolean ("show-muscles", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * BmBodyMap:hint-outlines:
   *
   * Whether the areas are outlined faintly to show where to click, as at a first
   * launch or in a narrow window. After a touch they are outlined anyway.
   */
  properties[PROP_HINT_OUTLINES] =
    g_param_spec_boolean ("hint-outlines", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "bodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bm_body_map_init (BmBodyMap *self)
{
  GtkEventController *controller;

  self->hover = -1;
  self->cursor = -1;
  self->show_referred = TRUE;
  self->towards_spots = TRUE;
  for (BmMapLayer layer = 0; layer < BM_N_MAP_LAYERS; layer++)
    self->layer_hotspots[layer] = g_ptr_array_new ();
  self->hotspots = self->layer_hotspots[self->layer];

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect_swapped (controller, "pressed", G_CALLBACK (pressed_cb), self);
  g_signal_connect_swapped (controller, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (bm_body_map_key_pressed),
                            self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map of the back, seen from behind"),
                                  -1);
}

/**
 * bm_body_map_get_renderer:
 *
 * Returns: (transfer none) (nullable): what draws the map
 */
BmMapRenderer *
bm_body_map_get_renderer (BmBodyMap *self)
{
  g_return_val_if_fail (BM_IS_BODY_MAP (self), NULL);

  return self->renderer;
}

void
bm_body_map_set_renderer (BmBodyMap     *self,
                          BmMapRenderer *renderer)
{
  g_return_if_fail (BM_IS_BODY_MAP (self));

  if (!g_set_object (&self->renderer, renderer))
    return;

  self->hit_map = NULL;
  for (BmMapLayer layer = 0; layer < BM_N_MAP_LAYERS; layer++)
    {
      g_clear_object (&self->hit_maps[layer]);
      g_clear_object (&self->figures[layer]);
      g_clear_object (&self->marks[layer]);
    }
  self->hover = -1;
  self->cursor = -1;
  bm_body_map_create_hotspots (self);
  bm_body_map_update_selected_states (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RENDERER]);
}

/**
 * bm_body_map_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan whose spots the map shows
 */
BmCarePlan *
bm_body_map_get_plan (BmBodyMap *self)
{
  g_return_val_if_fail (BM_IS_BODY_MAP (self), NULL);

  return self->plan;
}

void
bm_body_map_set_plan (BmBodyMap  *self,
                      BmCarePlan *plan)
{
  g_return_if_fail (BM_IS_BODY_MAP (self));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (bm_care_plan_get_spots (self->plan),
                                          spots_changed_cb, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect_object (bm_care_plan_get_spots (plan), "items-changed",
                             G_CALLBACK (spots_changed_cb), self, G_CONNECT_SWAPPED);

  bm_body_map_update_selected_states (self);
  bm_body_map_redraw_marks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * bm_body_map_get_hit_map:
 *
 * Returns: (transfer none) (nullable): the hit map of the current size
 */
BmHitMap *
bm_body_map_get_hit_map (BmBodyMap *self)
{
  g_return_val_if_fail (BM_IS_BODY_MAP (self), NULL);

  return self->hit_map;
}

/**
 * bm_body_map_get_hotspot:
 *
 * Returns: (transfer none): the focusable child of an area
 */
GtkWidget *
bm_body_map_get_hotspot (BmBodyMap *self,
                         guint      area)
{
  g_return_val_if_fail (BM_IS_BODY_MAP (self), NULL);
  g_return_val_if_fail (area < self->hotspots->len, NULL);

  return g_ptr_array_index (self->hotspots, area);
}

/**
 * bm_body_map_get_drawn:
 *
 * Returns: whether the map has been drawn into a frame
 */
gboolean
bm_body_map_get_drawn (BmBodyMap *self)
{
  g_return_val_if_fail (BM_IS_BODY_MAP (self), FALSE);

  return self->drawn;
}

/**
 * bm_body_map_get_show_muscles:
 *
 * Returns: whether the map shows the muscles instead of the areas
 */
gboolean
bm_body_map_get_show_muscles (BmBodyMap *self)
{
  g_return_val_if_fail (BM_IS_BODY_MAP (self), FALSE);

  return self->layer == BM_MAP_LAYER_MUSCLES;
}

/* The layers keep their images and hit maps: a switch shows other ones in the
 * next frame. The keyboard's place does not carry over from one layer to the other. */
void
bm_body_map_set_show_muscles (BmBodyMap *self,
                              gboolean   show_muscles)
{
  BmMapLayer layer = show_muscles ? BM_MAP_LAYER_MUSCLES : BM_MAP_LAYER_AREAS;
  gboolean had_focus;

  g_return_if_fail (BM_IS_BODY_MAP (self));

  if (self->layer == layer)
    return;

  had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;
  self->layer = layer;
  self->hotspots = self->layer_hotspots[layer];
  self->hit_map = self->hit_maps[layer];
  self->hover = -1;
  self->cursor = -1;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  bm_body_map_show_hotspots (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (had_focus)
    bm_body_map_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_MUSCLES]);
}
