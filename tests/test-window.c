/* test-window.c: the window under a real X server: selecting, clicking, keys, accessibility
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "bm-application.h"
#include "bm-body-map.h"
#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-hit-map.h"
#include "bm-map-hotspot.h"
#include "bm-map-renderer.h"
#include "bm-document-store.h"
#include "bm-red-flag.h"
#include "bm-region-pane.h"
#include "bm-region.h"
#include "bm-spot.h"
#include "bm-technique-row.h"
#include "bm-window.h"

#include "bm-test-utils.h"

static BmApplication *app;
static BmWindow *window;

static BmBodyMap *
get_map (void)
{
  return BM_BODY_MAP (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_BODY_MAP));
}

static BmRegionPane *
get_pane (void)
{
  return BM_REGION_PANE (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_REGION_PANE));
}

static gboolean
map_ready (gpointer data)
{
  BmBodyMap *map = get_map ();

  return gtk_widget_get_mapped (GTK_WIDGET (map)) && bm_body_map_get_hit_map (map) != NULL &&
         gtk_widget_get_width (GTK_WIDGET (map)) > 100;
}

static gboolean
has_n_spots (gpointer data)
{
  return g_list_model_get_n_items (bm_care_plan_get_spots (bm_window_get_plan (window)))
         == GPOINTER_TO_UINT (data);
}

static void
select_spot (const char *key,
             gboolean    extend)
{
  BmRegion *region;
  BmSide side;

  g_assert_true (bm_catalog_parse_spot (bm_application_get_catalog (app), key, &region, &side,
                                        NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.select-spot", "(sub)",
                              bm_region_get_id (region), (guint) side, extend);
}

static int
find_area (const char *region_id,
           BmSide      side)
{
  BmMapRenderer *renderer = bm_body_map_get_renderer (get_map ());

  return bm_map_renderer_find_area (renderer,
                                    bm_catalog_lookup_region (bm_application_get_catalog (app),
                                                              region_id),
                                    side);
}

static void
setup (void)
{
  bm_care_plan_clear_spots (bm_window_get_plan (window));
}

static void
test_empty_state (void)
{
  setup ();
  g_assert_null (bm_region_pane_get_title (get_pane ()));
}

static void
test_select_fills_details (void)
{
  setup ();
  select_spot ("lower:left", FALSE);

  g_assert_cmpstr (bm_region_pane_get_title (get_pane ()), ==, "Lower back, left side");

  select_spot ("shoulder-blade:right", FALSE);
  g_assert_cmpstr (bm_region_pane_get_title (get_pane ()), ==, "Shoulder blade, right side");
  g_assert_true (has_n_spots (GUINT_TO_POINTER (1)));
}

static void
test_multi_select (void)
{
  GtkWidget *lower, *gluteal;

  setup ();
  select_spot ("lower:left", FALSE);
  select_spot ("gluteal:left", TRUE);
  g_assert_true (has_n_spots (GUINT_TO_POINTER (2)));

  lower = bm_body_map_get_hotspot (get_map (), find_area ("lower", BM_SIDE_LEFT));
  gluteal = bm_body_map_get_hotspot (get_map (), find_area ("gluteal", BM_SIDE_LEFT));
  gtk_test_accessible_assert_state (lower, GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_TRUE);
  gtk_test_accessible_assert_state (gluteal, GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_TRUE);

  /* Ctrl on a picked spot takes it away. */
  select_spot ("lower:left", TRUE);
  g_assert_true (has_n_spots (GUINT_TO_POINTER (1)));
  gtk_test_accessible_assert_state (lower, GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_FALSE);
}

static void
test_accessible_labels (void)
{
  BmMapRenderer *renderer = bm_body_map_get_renderer (get_map ());
  GtkWidget *lower = bm_body_map_get_hotspot (get_map (), find_area ("lower", BM_SIDE_LEFT));
  GtkWidget *spine = bm_body_map_get_hotspot (get_map (),
                                              find_area ("lumbar-spine", BM_SIDE_CENTER));

  gtk_test_accessible_assert_role (lower, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (lower, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Lower back, left side");
  gtk_test_accessible_assert_property (spine, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Lumbar spine (lower back)");

  for (guint i = 0; i < bm_map_renderer_get_n_areas (renderer); i++)
    {
      GtkWidget *hotspot = bm_body_map_get_hotspot (get_map (), i);
      BmRegion *region = bm_map_renderer_get_area_region (renderer, i);
      g_autofree char *label = bm_region_dup_label (region,
                                                    bm_map_renderer_get_area_side (renderer, i));

      gtk_test_accessible_assert_role (hotspot, GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (hotspot, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      g_assert_true (gtk_widget_get_focusable (hotspot));
      g_assert_true (gtk_widget_get_child_visible (hotspot));
    }
}

static void
test_hotspot_activate (void)
{
  GtkWidget *calf = bm_body_map_get_hotspot (get_map (), find_area ("calf", BM_SIDE_RIGHT));

  setup ();
  g_signal_emit_by_name (calf, "activate");
  g_assert_cmpstr (bm_region_pane_get_title (get_pane ()), ==, "Calf, right side");
}

static Display *
get_xdisplay (void)
{
  return gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
}

/* Where a point of the map is on the X screen. */
static void
map_point_to_root (double  x,
                   double  y,
                   int    *root_x,
                   int    *root_y)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (get_map ()));
  graphene_point_t in = GRAPHENE_POINT_INIT (x, y), out;
  Window child;
  double sx, sy;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (get_map ()), GTK_WIDGET (native), &in,
                                           &out));
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (get_xdisplay (), gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                         DefaultRootWindow (get_xdisplay ()), out.x + sx, out.y + sy,
                         root_x, root_y, &child);
}

static void
test_real_click (void)
{
  int area = find_area ("lower", BM_SIDE_LEFT);
  Display *dpy = get_xdisplay ();
  int root_x, root_y;
  double x, y;
  BmSpot *spot;

  setup ();
  g_assert_true (bm_hit_map_get_centre (bm_body_map_get_hit_map (get_map ()), area, &x, &y));
  map_point_to_root (x, y, &root_x, &root_y);

  XTestFakeMotionEvent (dpy, -1, root_x, root_y, CurrentTime);
  XTestFakeButtonEvent (dpy, 1, True, CurrentTime);
  XTestFakeButtonEvent (dpy, 1, False, CurrentTime);
  XFlush (dpy);

  bm_test_iterate_until (has_n_spots, GUINT_TO_POINTER (1));
  spot = bm_care_plan_get_active_spot (bm_window_get_plan (window));
  g_assert_cmpstr (bm_region_get_id (bm_spot_get_region (spot)), ==, "lower");
  g_assert_cmpuint (bm_spot_get_side (spot), ==, BM_SIDE_LEFT);
  g_assert_cmpstr (bm_region_pane_get_title (get_pane ()), ==, "Lower back, left side");
}

static gboolean
focus_is (gpointer data)
{
  return gtk_root_get_focus (GTK_ROOT (window)) == data;
}

static void
press_key (KeySym keysym)
{
  Display *dpy = get_xdisplay ();
  KeyCode code = XKeysymToKeycode (dpy, keysym);

  XTestFakeKeyEvent (dpy, code, True, CurrentTime);
  XTestFakeKeyEvent (dpy, code, False, CurrentTime);
  XFlush (dpy);
}

static void
test_keyboard (void)
{
  GtkWidget *lower = bm_body_map_get_hotspot (get_map (), find_area ("lower", BM_SIDE_LEFT));
  GtkWidget *middle = bm_body_map_get_hotspot (get_map (), find_area ("middle", BM_SIDE_LEFT));
  GtkWidget *sacroiliac = bm_body_map_get_hotspot (get_map (),
                                                   find_area ("sacroiliac", BM_SIDE_LEFT));

  setup ();
  gtk_widget_grab_focus (lower);
  bm_test_iterate_until (focus_is, lower);

  press_key (XK_Up);
  bm_test_iterate_until (focus_is, middle);
  press_key (XK_Down);
  bm_test_iterate_until (focus_is, lower);
  press_key (XK_Down);
  bm_test_iterate_until (focus_is, sacroiliac);

  press_key (XK_Return);
  bm_test_iterate_until (has_n_spots, GUINT_TO_POINTER (1));
  g_assert_cmpstr (bm_region_pane_get_title (get_pane ()), ==,
                   bm_map_hotspot_get_label (BM_MAP_HOTSPOT (sacroiliac)));

  /* Space adds to the picked spots. */
  gtk_widget_grab_focus (lower);
  bm_test_iterate_until (focus_is, lower);
  press_key (XK_space);
  bm_test_iterate_until (has_n_spots, GUINT_TO_POINTER (2));
}

static void
test_technique_on_sheet (void)
{
  BmCarePlan *plan = bm_window_get_plan (window);
  BmTechnique *swedish = bm_catalog_lookup_technique (bm_application_get_catalog (app), "swedish");

  setup ();
  select_spot ("lower:left", FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.set-technique", "(sb)", "swedish", TRUE);
  g_assert_true (bm_care_plan_has_technique (plan, swedish));
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.set-technique", "(sb)", "swedish", FALSE);
  g_assert_false (bm_care_plan_has_technique (plan, swedish));
}

static BmDocumentStore *
get_store (void)
{
  return bm_application_get_plan_store (app);
}

static void
test_plan_saved (void)
{
  g_autofree char *contents = NULL;
  GStatBuf buf;

  setup ();
  select_spot ("calf:right", FALSE);
  g_assert_true (bm_document_store_flush (get_store (), NULL));

  g_assert_true (g_file_get_contents (bm_document_store_get_path (get_store ()), &contents, NULL,
                                      NULL));
  g_assert_nonnull (strstr (contents, "calf:right"));
  g_assert_cmpint (g_stat (bm_document_store_get_path (get_store ()), &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
}

static gboolean
shows_label (gpointer data)
{
  return bm_test_find_label (GTK_WIDGET (window), data) != NULL;
}

/* A data folder that cannot be written: the user is told, the plan stays in memory. */
static void
test_unwritable_data_dir (void)
{
  const char *path = bm_document_store_get_path (get_store ());
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *moved = g_strconcat (dir, ".away", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  BmCarePlan *plan = bm_window_get_plan (window);

  setup ();
  g_assert_true (bm_document_store_flush (get_store (), NULL));
  /* A file where the folder should be: no save can succeed, even as root. */
  g_assert_cmpint (g_rename (dir, moved), ==, 0);
  g_assert_true (g_file_set_contents (dir, "in the way", -1, NULL));

  select_spot ("neck:left", FALSE);
  select_spot ("neck:right", TRUE);
  /* The save a moment later fails, and the window says why. */
  bm_test_iterate_until (shows_label, "Cannot save your care plan");
  g_assert_false (bm_document_store_flush (get_store (), &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_spots (plan)), ==, 2);

  /* Once the folder is back, what is in memory is saved. */
  g_assert_cmpint (g_unlink (dir), ==, 0);
  g_assert_cmpint (g_rename (moved, dir), ==, 0);
  g_assert_true (bm_document_store_flush (get_store (), NULL));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "neck:left"));
  g_assert_nonnull (strstr (contents, "neck:right"));
}

/* What the store has to say reaches the user as a toast. */
static void
test_notice_shown (void)
{
  g_signal_emit_by_name (get_store (), "notice", "A notice from the plan store");
  bm_test_iterate_until (shows_label, "A notice from the plan store");
}

static void
test_export_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("backmap-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path ("/nonexistent/folder/sheet.pdf");
  g_autofree char *contents = NULL;

  setup ();
  select_spot ("lower:left", FALSE);
  g_assert_true (bm_window_export_pdf (window, file));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  g_assert_false (bm_window_export_pdf (window, bad));
  g_assert_false (g_file_test ("/nonexistent/folder", G_FILE_TEST_EXISTS));
}


/* An emergency answer replaces self-care advice; the pain type adds its advice. */
static void
test_advice_follows_answers (void)
{
  BmCatalog *catalog = bm_application_get_catalog (app);
  GPtrArray *flags = bm_catalog_get_red_flags (catalog);
  BmRedFlag *emergency = NULL;
  GtkWidget *pane = GTK_WIDGET (get_pane ());
  GtkWidget *self_care;

  for (guint i = 0; i < flags->len && emergency == NULL; i++)
    if (bm_red_flag_get_urgency (g_ptr_array_index (flags, i)) == BM_URGENCY_EMERGENCY)
      emergency = g_ptr_array_index (flags, i);

  setup ();
  select_spot ("lower:left", FALSE);
  self_care = bm_test_find_child (pane, BM_TYPE_TECHNIQUE_ROW);
  g_assert_true (bm_test_shown (self_care));
  g_assert_false (bm_test_shows (pane, "You answered yes to an emergency"));

  gtk_widget_activate_action (GTK_WIDGET (window), "plan.set-red-flag", "(sb)",
                              bm_red_flag_get_id (emergency), TRUE);
  g_assert_false (bm_test_shown (self_care));
  g_assert_true (bm_test_shows (pane, "You answered yes to an emergency"));

  gtk_widget_activate_action (GTK_WIDGET (window), "plan.set-red-flag", "(sb)",
                              bm_red_flag_get_id (emergency), FALSE);
  g_assert_true (bm_test_shown (self_care));

  gtk_widget_activate_action (GTK_WIDGET (window), "plan.set-pain-type", "s", "radicular");
  g_assert_true (bm_test_shows (pane, "Your pain seems"));
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.set-pain-type", "s", "");
  g_assert_false (bm_test_shows (pane, "Your pain seems"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  window = bm_test_open_window (&app);
  bm_test_iterate_until (map_ready, NULL);

  g_test_add_func ("/bm/window/empty-state", test_empty_state);
  g_test_add_func ("/bm/window/select-fills-details", test_select_fills_details);
  g_test_add_func ("/bm/window/multi-select", test_multi_select);
  g_test_add_func ("/bm/window/accessible-labels", test_accessible_labels);
  g_test_add_func ("/bm/window/hotspot-activate", test_hotspot_activate);
  g_test_add_func ("/bm/window/real-click", test_real_click);
  g_test_add_func ("/bm/window/keyboard", test_keyboard);
  g_test_add_func ("/bm/window/technique-on-sheet", test_technique_on_sheet);
  g_test_add_func ("/bm/window/plan-saved", test_plan_saved);
  g_test_add_func ("/bm/window/notice-shown", test_notice_shown);
  g_test_add_func ("/bm/window/unwritable-data-dir", test_unwritable_data_dir);
  g_test_add_func ("/bm/window/export-pdf", test_export_pdf);
  g_test_add_func ("/bm/window/advice-follows-answers", test_advice_follows_answers);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);

  return status;
}
