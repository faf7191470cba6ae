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
#include "bm-map-legend.h"
#include "bm-map-renderer.h"
#include "bm-pain-type-dialog.h"
#include "bm-plan-actions.h"
#include "bm-document-store.h"
#include "bm-red-flag-dialog.h"
#include "bm-region-pane.h"
#include "bm-routine-player.h"
#include "bm-routine.h"
#include "bm-search-page.h"
#include "bm-spot.h"
#include "bm-technique-browser.h"
#include "bm-technique-page.h"
#include "bm-technique.h"
#include "bm-window-private.h"


G_DEFINE_FINAL_TYPE (BmWindow, bm_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_header (BmWindow *self)
{
  GtkStackPage *page = gtk_stack_get_page (self->content_stack,
                                           gtk_stack_get_visible_child (self->content_stack));

  adw_window_title_set_title (self->details_title, gtk_stack_page_get_title (page));
  gtk_widget_set_visible (self->back_button,
                          self->history->len > 0 || adw_leaflet_get_folded (self->leaflet));
}

/* Shows a page of the details side, remembering the one it replaces. */
void
bm_window_show_page (BmWindow   *self,
                     const char *name)
{
  const char *current = gtk_stack_get_visible_child_name (self->content_stack);

  if (!g_str_equal (current, name))
    {
      /* The region page is the root: going to it forgets the way there. */
      if (g_str_equal (name, "region"))
        g_ptr_array_set_size (self->history, 0);
      else
        g_ptr_array_add (self->history, g_strdup (current));
      gtk_stack_set_visible_child_name (self->content_stack, name);
    }

  adw_leaflet_set_visible_child (self->leaflet, self->details_page);
  update_header (self);
}

/* The pages beyond the region's are made when first asked for: start-up stays quick. */
static BmTechniquePage *
get_technique_page (BmWindow *self)
{
  if (self->technique_page == NULL)
    {
      self->technique_page = g_object_new (BM_TYPE_TECHNIQUE_PAGE, "plan", self->plan, NULL);
      gtk_stack_add_titled (self->content_stack, GTK_WIDGET (self->technique_page), "technique",
                            _("Technique"));
    }

  return self->technique_page;
}

static BmTechniqueBrowser *
get_technique_browser (BmWindow *self)
{
  if (self->technique_browser == NULL)
    {
      self->technique_browser = g_object_new (BM_TYPE_TECHNIQUE_BROWSER, NULL);
      bm_technique_browser_set_catalog (self->technique_browser, self->catalog);
      gtk_stack_add_titled (self->content_stack, GTK_WIDGET (self->technique_browser),
                            "techniques", _("All Techniques"));
    }

  return self->technique_browser;
}

static BmSearchPage *
get_search_page (BmWindow *self)
{
  if (self->search_page == NULL)
    {
      self->search_page = g_object_new (BM_TYPE_SEARCH_PAGE, NULL);
      bm_search_page_set_catalog (self->search_page, self->catalog);
      gtk_stack_add_titled (self->content_stack, GTK_WIDGET (self->search_page), "search",
                            _("Search"));
    }

  return self->search_page;
}

static BmRoutinePlayer *
get_routine_player (BmWindow *self)
{
  if (self->routine_player == NULL)
    {
      self->routine_player = BM_ROUTINE_PLAYER (bm_routine_player_new (self->plan));
      gtk_stack_add_titled (self->content_stack, GTK_WIDGET (self->routine_player), "routine",
                            _("Follow Along"));
    }

  return self->routine_player;
}

void
bm_window_toast (BmWindow   *self,
                 const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 5);
  self->toast_added_at = g_get_monotonic_time ();
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* libadwaita 1.2 frees a toast dismissed before its first frame while its show
 * animation still runs, and crashes when that animation ends (seen in the
 * random-input test; a toast dismissed 1 to 10 ms after it was added crashes every
 * time). Escape dismisses the shown toast, so it waits until the toast is drawn. */
static gboolean
escape_pressed_cb (BmWindow              *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  return keyval == GDK_KEY_Escape
         && g_get_monotonic_time () - self->toast_added_at < 100 * G_TIME_SPAN_MILLISECOND;
}

static void
undo_toast_dismissed_cb (BmWindow *self)
{
  self->undo_toast = NULL;
}

/* Offers to undo the last change. While an offer is shown, it is reworded rather
 * than followed by another toast. No toast has the high priority: in libadwaita
 * 1.2 such a toast hides the one shown at once, and a toast hidden before its
 * first frame crashes the overlay (see escape_pressed_cb), as does a high-priority
 * toast dismissed before the one it put back has faded (an assertion). */
void
bm_window_offer_undo (BmWindow   *self,
                      const char *title,
                      const char *action_name)
{
  AdwToast *toast = self->undo_toast;

  if (toast != NULL)
    {
      adw_toast_set_title (toast, title);
      adw_toast_set_action_name (toast, action_name);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, action_name);
  self->undo_toast = toast;
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->toast_added_at = g_get_monotonic_time ();
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
save_failed_cb (BmWindow        *self,
                const GError    *error,
                BmDocumentStore *store)
{
  g_autofree char *message = NULL;

  message = bm_document_dup_message (bm_document_store_get_document (store),
                                     BM_DOCUMENT_PROBLEM_NOT_SAVED,
                                     bm_document_store_get_path (store), error->message, NULL);
  bm_window_toast (self, message);
}

static void
notice_cb (BmWindow   *self,
           const char *message)
{
  bm_window_toast (self, message);
}

static gboolean
show_region_cb (gpointer data)
{
  bm_window_show_page (BM_WINDOW (data), "region");
  return G_SOURCE_REMOVE;
}

static void
remember_picked (BmWindow *self)
{
  GListModel *spots = bm_care_plan_get_spots (self->plan);

  g_ptr_array_set_size (self->picked, 0);
  for (guint i = 0; i < g_list_model_get_n_items (spots); i++)
    g_ptr_array_add (self->picked, g_list_model_get_item (spots, i));
}

/* A plain click replaces the picked areas: when that drops two or more, the
 * toast offers them back. The plan changes its spots in one splice, so each
 * change is complete when the list says it changed. */
static void
offer_undo (BmWindow *self)
{
  g_autofree char *title = NULL;
  guint dropped = 0;

  for (guint i = 0; i < self->picked->len; i++)
    {
      BmSpot *spot = g_ptr_array_index (self->picked, i);

      if (!bm_care_plan_has_spot (self->plan, bm_spot_get_region (spot), bm_spot_get_side (spot)))
        dropped++;
    }

  if (dropped < 2)
    return;

  /* Translators: shown after a click replaced several picked areas with one */
  title = g_strdup_printf (ngettext ("%u area taken off", "%u areas taken off", dropped), dropped);
  bm_window_offer_undo (self, title, "plan.undo-selection");
}

static void
spots_changed_cb (BmWindow   *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *spots)
{
  offer_undo (self);
  remember_picked (self);

  /* A pick of one area alone shows its page; adding to several keeps the map in
   * view. Not while the click is still being handled: hiding the map under the
   * pointer then confuses GTK's accounting of the pressed widget. */
  if (added > 0 && g_list_model_get_n_items (spots) == 1)
    g_idle_add_full (G_PRIORITY_DEFAULT, show_region_cb, g_object_ref (self), g_object_unref);
}

/* BACKMAP_QUIT_AFTER_FIRST_FRAME: the start-up benchmark times the program until the
 * first frame that holds the map has been painted. */
static void
after_paint_cb (GdkFrameClock *clock,
                BmWindow      *self)
{
  if (!bm_body_map_get_drawn (self->body_map))
    return;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, self);
  g_application_quit (g_application_get_default ());
}

static void
realize_cb (BmWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), self, 0);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);

  if (self->history->len > 0)
    {
      g_autofree char *previous = g_ptr_array_steal_index (self->history, self->history->len - 1);

      gtk_stack_set_visible_child_name (self->content_stack, previous);
    }
  else
    adw_leaflet_set_visible_child (self->leaflet, self->map_page);

  update_header (self);
}

static void
open_technique_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);
  BmTechnique *technique = bm_catalog_lookup_technique (self->catalog,
                                                        g_variant_get_string (parameter, NULL));

  g_return_if_fail (technique != NULL);

  bm_technique_page_set_technique (get_technique_page (self), technique);
  bm_window_show_page (self, "technique");
}

/* "" runs the self-care techniques on the care sheet; an id runs that technique
 * alone, on the sides of the picked areas. */
static void
start_routine_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(BmRoutine) routine = NULL;

  if (*id == '\0')
    routine = bm_routine_new_for_plan (self->plan);
  else
    {
      GListModel *spots = bm_care_plan_get_spots (self->plan);
      g_autoptr(GPtrArray) techniques = g_ptr_array_new ();
      BmTechnique *technique = bm_catalog_lookup_technique (self->catalog, id);
      BmSide sides = 0;

      g_return_if_fail (technique != NULL);

      for (guint i = 0; i < g_list_model_get_n_items (spots); i++)
        {
          g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);

          sides |= bm_spot_get_side (spot);
        }
      g_ptr_array_add (techniques, technique);
      routine = bm_routine_new (techniques, sides);
    }

  if (g_list_model_get_n_items (bm_routine_get_items (routine)) == 0)
    {
      bm_window_toast (self, _("No self-care technique to follow along with"));
      return;
    }

  get_routine_player (self);
  bm_window_show_page (self, "routine");
  bm_routine_player_start (self->routine_player, routine);
}

/* No routine while an emergency answer says self-care is not the step to take. */
static void
update_start_routine (BmWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-routine",
                                 !bm_care_plan_stops_self_care (self->plan));
}

static void
show_techniques_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);

  get_technique_browser (self);
  bm_window_show_page (self, "techniques");
}

static void
red_flag_check_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);

  GtkWidget *dialog = GTK_WIDGET (bm_red_flag_dialog_new (GTK_WINDOW (self), self->catalog,
                                                         self->plan));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pain_type_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);

  GtkWidget *dialog = GTK_WIDGET (bm_pain_type_dialog_new (GTK_WINDOW (self), self->catalog,
                                                          self->plan));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);

  get_search_page (self);
  bm_window_show_page (self, "search");
  bm_search_page_focus (self->search_page);
}

static void
bm_window_dispose (GObject *object)
{
  BmWindow *self = (BmWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_WINDOW);
  g_clear_object (&self->plan_actions);
  g_clear_object (&self->diary_actions);
  g_clear_object (&self->diary);
  g_clear_object (&self->plan);
  g_clear_object (&self->renderer);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  if (self->shortcuts != NULL)
    gtk_window_destroy (self->shortcuts);
  g_clear_object (&self->shortcuts);
  g_clear_pointer (&self->picked, g_ptr_array_unref);

  G_OBJECT_CLASS (bm_window_parent_class)->dispose (object);
}

static void
bm_window_class_init (BmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_window_dispose;

  g_type_ensure (BM_TYPE_BODY_MAP);
  g_type_ensure (BM_TYPE_MAP_LEGEND);
  g_type_ensure (BM_TYPE_REGION_PANE);
  g_type_ensure (BM_TYPE_MAP_BAR);
  g_type_ensure (BM_TYPE_DIARY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, map_page);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, details_page);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, body_map);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, map_bar);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, details_title);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, region_pane);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, map_switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, diary_switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, diary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, diary_page);

  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.open-technique", "s", open_technique_action);
  gtk_widget_class_install_action (widget_class, "win.open-muscle", "(su)",
                                   bm_window_open_muscle_action);
  gtk_widget_class_install_action (widget_class, "win.start-routine", "s", start_routine_action);
  gtk_widget_class_install_action (widget_class, "win.show-techniques", NULL,
                                   show_techniques_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   bm_window_show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.red-flag-check", NULL,
                                   red_flag_check_action);
  gtk_widget_class_install_action (widget_class, "win.pain-type", NULL, pain_type_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, bm_window_print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL,
                                   bm_window_export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.log-pain", NULL, bm_window_log_pain_action);
  gtk_widget_class_install_action (widget_class, "win.edit-diary-entry", "s",
                                   bm_window_edit_diary_entry_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, bm_window_undo_action);
}

/* The menu's popover is made once the first frame is shown: made with the window,
 * its items cost more than a tenth of the start-up. Not when first opened either:
 * a popover made and shown in one go may ask GDK 4.8 for a monitor it has not
 * placed yet (found by the random-input test). */
static gboolean
add_menu_cb (gpointer data)
{
  BmWindow *self = data;

  gtk_menu_button_set_menu_model (self->menu_button, self->primary_menu);
  gtk_menu_button_set_menu_model (self->diary_menu_button, self->primary_menu);
  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock *clock,
                BmWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  g_idle_add_full (G_PRIORITY_LOW, add_menu_cb, g_object_ref (self), g_object_unref);
}

static void
realize_menu_cb (BmWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (first_frame_cb), self, 0);
}

static void
bm_window_init (BmWindow *self)
{
  GtkEventController *key;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "realize", G_CALLBACK (realize_menu_cb), NULL);

  self->history = g_ptr_array_new_with_free_func (g_free);
  self->picked = g_ptr_array_new_with_free_func (g_object_unref);
  self->toast_added_at = G_MININT64 / 2;
  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (escape_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), key);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (update_header), self,
                           G_CONNECT_SWAPPED);
  update_header (self);
}

static gboolean
direction_to_towards (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  g_value_set_boolean (value, g_strcmp0 (g_variant_get_string (variant, NULL), "to") != 0);
  return TRUE;
}

BmWindow *
bm_window_new (BmApplication *application)
{
  BmWindow *self = g_object_new (BM_TYPE_WINDOW, "application", application, NULL);
  g_autoptr(GPropertyAction) add_mode = NULL;
  g_autoptr(GPtrArray) notices = NULL;
  BmDocumentStore *stores[2];
  GSettings *settings;

  self->catalog = g_object_ref (bm_application_get_catalog (application));
  self->renderer = g_object_ref (bm_application_get_renderer (application));
  bm_body_map_set_renderer (self->body_map, self->renderer);

  settings = bm_application_get_settings (application);
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "referred-overlay", self->body_map, "show-referred",
                   G_SETTINGS_BIND_GET);

  g_settings_bind_with_mapping (settings, "referred-direction", self->body_map, "towards-spots",
                                G_SETTINGS_BIND_GET, direction_to_towards, NULL, NULL, NULL);
  g_settings_bind (settings, "referred-overlay", self->legend, "show-referred",
                   G_SETTINGS_BIND_GET);
  g_settings_bind_with_mapping (settings, "referred-direction", self->legend, "towards-spots",
                                G_SETTINGS_BIND_GET, direction_to_towards, NULL, NULL, NULL);
  bm_map_legend_set_renderer (self->legend, self->renderer);

  if (g_getenv ("BACKMAP_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect_after (self, "realize", G_CALLBACK (realize_cb), NULL);

  stores[0] = bm_application_get_plan_store (application);
  stores[1] = bm_application_get_diary_store (application);
  self->plan = g_object_ref (BM_CARE_PLAN (bm_document_store_get_document (stores[0])));
  self->plan_actions = bm_plan_actions_new (self->catalog, self->plan);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "plan", self->plan_actions);
  add_mode = g_property_action_new ("add-areas", self->body_map, "add-mode");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (add_mode));

  for (guint i = 0; i < G_N_ELEMENTS (stores); i++)
    {
      g_signal_connect_object (stores[i], "save-failed", G_CALLBACK (save_failed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (stores[i], "notice", G_CALLBACK (notice_cb), self,
                               G_CONNECT_SWAPPED);
    }
  notices = bm_application_take_notices (application);
  for (guint i = 0; i < notices->len; i++)
    bm_window_toast (self, g_ptr_array_index (notices, i));

  remember_picked (self);
  g_signal_connect_object (bm_care_plan_get_spots (self->plan), "items-changed",
                           G_CALLBACK (spots_changed_cb), self, G_CONNECT_SWAPPED);
  bm_region_pane_set_plan (self->region_pane, self->plan);
  g_signal_connect_object (self->plan, "notify::stops-self-care",
                           G_CALLBACK (update_start_routine), self, G_CONNECT_SWAPPED);
  update_start_routine (self);
  bm_body_map_set_plan (self->body_map, self->plan);
  bm_window_setup_muscles (self, settings);
  bm_window_setup_diary (self, bm_application_get_diary (application));

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
