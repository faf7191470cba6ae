/* test-region-page.c: the region page as a reader meets it: order, scroll, chips, undo, keys
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "bm-application.h"
#include "bm-body-map.h"
#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-cause.h"
#include "bm-hit-map.h"
#include "bm-lazy-expander-row.h"
#include "bm-map-hotspot.h"
#include "bm-map-renderer.h"
#include "bm-region-pane.h"
#include "bm-region.h"
#include "bm-search-page-private.h"
#include "bm-search-result.h"
#include "bm-spot-chip.h"
#include "bm-spot.h"
#include "bm-window-private.h"

#include "bm-test-utils.h"

static BmApplication *app;
static BmWindow *window;

static BmBodyMap *
get_map (BmWindow *win)
{
  return BM_BODY_MAP (bm_test_find_child (GTK_WIDGET (win), BM_TYPE_BODY_MAP));
}

static GtkWidget *
get_pane (BmWindow *win)
{
  return bm_test_find_child (GTK_WIDGET (win), BM_TYPE_REGION_PANE);
}

static BmCarePlan *
get_plan (void)
{
  return bm_window_get_plan (window);
}

static guint
n_spots (void)
{
  return g_list_model_get_n_items (bm_care_plan_get_spots (get_plan ()));
}

static gboolean
has_n_spots (gpointer data)
{
  return n_spots () == GPOINTER_TO_UINT (data);
}

static void
pick (const char *region,
      BmSide      side,
      gboolean    extend)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.select-spot", "(sub)", region,
                              (guint) side, extend);
}

static void
setup (void)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.clear-spots", NULL);
  g_assert_cmpuint (n_spots (), ==, 0);
}

/* Collects, in reading order, what the page shows: label texts, chips and the
 * titles of its folded sections. */
static void
collect_markers (GtkWidget *widget,
                 GPtrArray *markers)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (markers, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));
  else if (BM_IS_SPOT_CHIP (widget))
    g_ptr_array_add (markers, g_strdup ("[chip]"));
  else if (BM_IS_LAZY_EXPANDER_ROW (widget))
    g_ptr_array_add (markers,
                     g_strdup_printf ("[section] %s",
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_markers (child, markers);
}

static guint
marker_index (GPtrArray  *markers,
              const char *prefix)
{
  for (guint i = 0; i < markers->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (markers, i), prefix))
      return i;

  g_test_message ("no \"%s\" on the page", prefix);
  g_assert_not_reached ();
}

/* Title and summary, the picked areas, when to get help, what to do, and only
 * then the causes and where the pain may come from. */
static void
test_order (void)
{
  g_autoptr(GPtrArray) markers = g_ptr_array_new_with_free_func (g_free);
  const char *order[] = {
    "Lower back, left side",
    "[chip]",
    "Get Help Now If",
    "What You Can Do Now",
    "[section] Likely Causes",
    "[section] Where the Pain May Come From",
    "[section] What Sits Here",
    "My Care Sheet",
  };

  setup ();
  pick ("lower", BM_SIDE_LEFT, FALSE);
  collect_markers (get_pane (window), markers);

  for (guint i = 1; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpuint (marker_index (markers, order[i - 1]), <, marker_index (markers, order[i]));

  /* Each tier's action is said once, however many signs it has. */
  for (guint i = 0; i < markers->len; i++)
    for (guint j = i + 1; j < markers->len; j++)
      if (g_str_has_prefix (g_ptr_array_index (markers, i), "Call an ambulance"))
        g_assert_false (g_str_has_prefix (g_ptr_array_index (markers, j), "Call an ambulance"));
}

static GtkAdjustment *
get_vadjustment (BmWindow *win)
{
  GtkWidget *stack = bm_test_find_child (get_pane (win), GTK_TYPE_STACK);
  GtkWidget *scroller = gtk_stack_get_child_by_name (GTK_STACK (stack), "details");

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  guint *frames = data;

  (*frames)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
enough_frames (gpointer data)
{
  return *(guint *) data >= 5;
}

/* A few frames: layout has settled and any late scrolling has happened. */
static void
wait_frames (BmWindow *win)
{
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (GTK_WIDGET (win), count_frame_cb, &frames, NULL);

  bm_test_iterate_until (enough_frames, &frames);
  gtk_widget_remove_tick_callback (GTK_WIDGET (win), id);
}

static void
scroll_down (void)
{
  GtkAdjustment *adjustment = get_vadjustment (window);

  wait_frames (window);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 100);
}

static gboolean
title_is (gpointer data)
{
  return g_strcmp0 (bm_region_pane_get_title (BM_REGION_PANE (get_pane (window))), data) == 0;
}

static int
find_area (const char *region_id,
           BmSide      side)
{
  return bm_map_renderer_find_area (bm_body_map_get_renderer (get_map (window)),
                                    bm_catalog_lookup_region (bm_application_get_catalog (app),
                                                              region_id),
                                    side);
}

static Display *
get_xdisplay (void)
{
  return gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
}

static void
click_area (int area)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (get_map (window)));
  graphene_point_t in, out;
  Window child;
  double x, y, sx, sy;
  int root_x, root_y;

  g_assert_true (bm_hit_map_get_centre (bm_body_map_get_hit_map (get_map (window)), area, &x,
                                        &y));
  in = GRAPHENE_POINT_INIT (x, y);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (get_map (window)), GTK_WIDGET (native),
                                           &in, &out));
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (get_xdisplay (), gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                         DefaultRootWindow (get_xdisplay ()), out.x + sx, out.y + sy,
                         &root_x, &root_y, &child);
  XTestFakeMotionEvent (get_xdisplay (), -1, root_x, root_y, CurrentTime);
  XTestFakeButtonEvent (get_xdisplay (), 1, True, CurrentTime);
  XTestFakeButtonEvent (get_xdisplay (), 1, False, CurrentTime);
  XFlush (get_xdisplay ());
}

static void
press_key (KeySym keysym)
{
  KeyCode code = XKeysymToKeycode (get_xdisplay (), keysym);

  XTestFakeKeyEvent (get_xdisplay (), code, True, CurrentTime);
  XTestFakeKeyEvent (get_xdisplay (), code, False, CurrentTime);
  XFlush (get_xdisplay ());
}

static gboolean
focus_is (gpointer data)
{
  return gtk_root_get_focus (GTK_ROOT (window)) == data;
}

/* However an area is picked, its page opens at the top. */
static void
test_opens_at_top (void)
{
  BmSearchPage *search;
  GListModel *results;
  int region_result = -1;
  GtkWidget *calf;
  BmWindow *second;

  setup ();
  pick ("lower", BM_SIDE_LEFT, FALSE);

  /* A real click of the pointer. */
  scroll_down ();
  click_area (find_area ("gluteal", BM_SIDE_RIGHT));
  bm_test_iterate_until (title_is, "Buttock, right side");
  wait_frames (window);
  g_assert_cmpfloat (gtk_adjustment_get_value (get_vadjustment (window)), ==, 0);

  /* The keyboard. */
  scroll_down ();
  calf = bm_body_map_get_hotspot (get_map (window), find_area ("calf", BM_SIDE_LEFT));
  gtk_widget_grab_focus (calf);
  bm_test_iterate_until (focus_is, calf);
  press_key (XK_Return);
  bm_test_iterate_until (title_is, "Calf, left side");
  wait_frames (window);
  g_assert_cmpfloat (gtk_adjustment_get_value (get_vadjustment (window)), ==, 0);

  /* A search result. */
  scroll_down ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  search = BM_SEARCH_PAGE (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_SEARCH_PAGE));
  bm_search_page_set_text (search, "outer hip");
  results = bm_search_page_get_results (search);
  for (guint i = 0; i < g_list_model_get_n_items (results) && region_result < 0; i++)
    {
      g_autoptr(BmSearchResult) result = g_list_model_get_item (results, i);

      if (bm_search_result_get_kind (result) == BM_SEARCH_RESULT_REGION)
        region_result = i;
    }
  g_assert_cmpint (region_result, >=, 0);
  bm_search_page_activate (search, region_result);
  bm_test_iterate_until (title_is, "Outer hip, left side");
  wait_frames (window);
  g_assert_cmpfloat (gtk_adjustment_get_value (get_vadjustment (window)), ==, 0);

  /* A restart: a new window on the saved plan. */
  second = bm_window_new (app);
  gtk_window_present (GTK_WINDOW (second));
  wait_frames (second);
  g_assert_cmpstr (bm_region_pane_get_title (BM_REGION_PANE (get_pane (second))), ==,
                   "Outer hip, left side");
  g_assert_cmpfloat (gtk_adjustment_get_value (get_vadjustment (second)), ==, 0);
  gtk_window_destroy (GTK_WINDOW (second));
}

static gboolean
shows_label (gpointer data)
{
  return bm_test_find_label (GTK_WIDGET (window), data) != NULL;
}

/* A plain click that drops several picked areas can be undone, and redone. */
static void
test_undo_replaced (void)
{
  g_auto(GStrv) undo_keys = NULL;
  g_autoptr(BmSpot) first = NULL;

  setup ();
  pick ("lower", BM_SIDE_LEFT, FALSE);
  pick ("gluteal", BM_SIDE_LEFT, TRUE);
  pick ("sacroiliac", BM_SIDE_LEFT, TRUE);
  g_assert_cmpuint (n_spots (), ==, 3);

  pick ("calf", BM_SIDE_RIGHT, FALSE);
  g_assert_cmpuint (n_spots (), ==, 1);
  bm_test_iterate_until (shows_label, "3 areas taken off");

  gtk_widget_activate_action (GTK_WIDGET (window), "plan.undo-selection", NULL);
  g_assert_cmpuint (n_spots (), ==, 3);
  first = g_list_model_get_item (bm_care_plan_get_spots (get_plan ()), 0);
  g_assert_cmpstr (bm_region_get_id (bm_spot_get_region (first)), ==, "lower");

  gtk_widget_activate_action (GTK_WIDGET (window), "plan.redo-selection", NULL);
  g_assert_cmpuint (n_spots (), ==, 1);

  /* Ctrl+Z undoes this on the map; on the diary view it undoes diary changes. */
  undo_keys = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.undo");
  g_assert_cmpstr (undo_keys[0], ==, "<Control>z");
}

/* One chip per picked area, each one taking its area away. */
static void
test_chips (void)
{
  g_autoptr(GPtrArray) chips = g_ptr_array_new ();
  GtkWidget *first, *button;

  setup ();
  pick ("lower", BM_SIDE_LEFT, FALSE);
  pick ("gluteal", BM_SIDE_LEFT, TRUE);

  first = bm_test_find_child (get_pane (window), BM_TYPE_SPOT_CHIP);
  g_assert_nonnull (first);
  g_assert_cmpstr (bm_region_get_id (bm_spot_get_region (bm_spot_chip_get_spot (BM_SPOT_CHIP (first)))),
                   ==, "lower");
  button = bm_test_find_child (first, GTK_TYPE_BUTTON);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Remove Lower back, left side");
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (n_spots (), ==, 1);
  g_assert_false (bm_care_plan_has_spot (get_plan (),
                                         bm_catalog_lookup_region (bm_application_get_catalog (app),
                                                                   "lower"),
                                         BM_SIDE_LEFT));

  /* The toggle makes every pick an addition, for touch. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-areas", NULL);
  click_area (find_area ("calf", BM_SIDE_LEFT));
  bm_test_iterate_until (has_n_spots, GUINT_TO_POINTER (2));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-areas", NULL);
}

/* Sections are made when first opened; with two areas picked they list each
 * item once, and the left side never shows the gallbladder. */
static void
test_sections (void)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  BmLazyExpanderRow *causes = NULL, *referred = NULL;
  GListModel *model;

  setup ();
  pick ("lower", BM_SIDE_LEFT, FALSE);
  pick ("gluteal", BM_SIDE_LEFT, TRUE);

  for (GtkWidget *row = bm_test_find_child (get_pane (window), BM_TYPE_LAZY_EXPANDER_ROW);
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

      if (g_str_equal (title, "Likely Causes"))
        causes = BM_LAZY_EXPANDER_ROW (row);
      else if (g_str_equal (title, "Where the Pain May Come From"))
        referred = BM_LAZY_EXPANDER_ROW (row);
    }
  g_assert_nonnull (causes);
  g_assert_nonnull (referred);
  g_assert_false (bm_lazy_expander_row_get_built (referred));

  model = bm_lazy_expander_row_get_model (referred);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    for (guint j = i + 1; j < g_list_model_get_n_items (model); j++)
      {
        g_autoptr(GObject) a = g_list_model_get_item (model, i);
        g_autoptr(GObject) b = g_list_model_get_item (model, j);

        g_assert_true (a != b);
      }

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (referred), TRUE);
  g_assert_true (bm_lazy_expander_row_get_built (referred));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (referred), FALSE);

  pick ("shoulder-blade", BM_SIDE_LEFT, FALSE);
  model = bm_lazy_expander_row_get_model (causes);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BmCause) cause = g_list_model_get_item (model, i);

      g_assert_cmpstr (bm_cause_get_id (cause), !=, "gallbladder");
    }
}

/* The map is one stop for Tab, and rows that only read are none. */
static void
test_tab_stops (void)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  guint n_hotspots = 0;

  setup ();
  pick ("lower", BM_SIDE_LEFT, FALSE);
  wait_frames (window);
  for (GtkWidget *row = bm_test_find_child (get_pane (window), BM_TYPE_LAZY_EXPANDER_ROW);
       row != NULL; row = gtk_widget_get_next_sibling (row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_frames (window);

  gtk_widget_grab_focus (bm_body_map_get_hotspot (get_map (window), 0));
  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        break;
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (g_ptr_array_find (seen, focus, NULL))
        break;
      g_ptr_array_add (seen, focus);

      n_hotspots += BM_IS_MAP_HOTSPOT (focus);
      if (ADW_IS_ACTION_ROW (focus))
        g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (focus)));
    }

  g_assert_cmpuint (n_hotspots, <=, 1);
  g_assert_cmpuint (seen->len, >, 5);

  for (GtkWidget *row = bm_test_find_child (get_pane (window), BM_TYPE_LAZY_EXPANDER_ROW);
       row != NULL; row = gtk_widget_get_next_sibling (row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
}

/* Every entry shows its keys: what the window displays, not only what the
 * application knows. */
static void
check_shortcuts (GtkWidget *widget)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *title = NULL;
      g_autofree char *accelerator = NULL;

      g_object_get (widget, "title", &title, "accelerator", &accelerator, NULL);
      if (accelerator == NULL || *accelerator == '\0')
        g_error ("no keys for \"%s\"", title);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_shortcuts (child);
}

static void
test_shortcuts_window (void)
{
  GtkWindow *shortcuts = bm_window_get_shortcuts_window (window);

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  check_shortcuts (GTK_WIDGET (shortcuts));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  window = bm_test_open_window (&app);
  wait_frames (window);

  g_test_add_func ("/bm/region-page/order", test_order);
  g_test_add_func ("/bm/region-page/opens-at-top", test_opens_at_top);
  g_test_add_func ("/bm/region-page/undo-replaced", test_undo_replaced);
  g_test_add_func ("/bm/region-page/chips", test_chips);
  g_test_add_func ("/bm/region-page/sections", test_sections);
  g_test_add_func ("/bm/region-page/tab-stops", test_tab_stops);
  g_test_add_func ("/bm/region-page/shortcuts-window", test_shortcuts_window);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);

  return status;
}
