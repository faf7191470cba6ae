/* test-window-i18n.c: the window in German, and laid out right to left
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bm-application.h"
#include "bm-body-map.h"
#include "bm-catalog.h"
#include "bm-hit-map.h"
#include "bm-map-renderer.h"
#include "bm-region-pane.h"
#include "bm-region.h"
#include "bm-window.h"

#include "bm-test-utils.h"

static BmApplication *app;

static gboolean
allocated (gpointer data)
{
  BmBodyMap *map = BM_BODY_MAP (bm_test_find_child (data, BM_TYPE_BODY_MAP));

  return gtk_widget_get_mapped (GTK_WIDGET (map)) && bm_body_map_get_hit_map (map) != NULL;
}

static BmWindow *
open_window (void)
{
  BmWindow *window = bm_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_iterate_until (allocated, window);

  return window;
}

static void
test_german (void)
{
  BmWindow *window = open_window ();
  BmRegionPane *pane = BM_REGION_PANE (bm_test_find_child (GTK_WIDGET (window),
                                                           BM_TYPE_REGION_PANE));
  BmRegion *lower = bm_catalog_lookup_region (bm_application_get_catalog (app), "lower");
  const char *name = g_dpgettext2 (GETTEXT_PACKAGE, "regions.name", "Lower back");

  /* The translation is loaded, for content and interface alike. */
  g_assert_cmpstr (name, !=, "Lower back");
  g_assert_cmpstr (_("Where Does It Hurt?"), !=, "Where Does It Hurt?");
  g_assert_cmpstr (bm_region_get_name (lower), ==, name);

  gtk_widget_activate_action (GTK_WIDGET (window), "plan.select-spot", "(sub)", "lower",
                              (guint) BM_SIDE_LEFT, FALSE);
  g_assert_true (g_str_has_prefix (bm_region_pane_get_title (pane), name));
  g_assert_cmpstr (bm_region_pane_get_title (pane), !=, "Lower back, left side");

  /* German words are long: the page still fits a 360 px phone. */
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.select-spot", "(sub)", "sacroiliac",
                              (guint) BM_SIDE_LEFT, TRUE);
  g_assert_cmpint (bm_test_min_width (GTK_WIDGET (window)), <=, 360);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Right to left, the panes swap places but the map stays anatomy: the patient's
 * left is still on the viewer's left. */
static void
test_right_to_left (void)
{
  BmWindow *window;
  BmBodyMap *map;
  GtkWidget *details;
  BmMapRenderer *renderer;
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0), map_at, details_at;
  double left_x, right_x, y;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = open_window ();
  map = BM_BODY_MAP (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_BODY_MAP));
  details = bm_test_find_child (GTK_WIDGET (window), BM_TYPE_REGION_PANE);

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (map), GTK_WIDGET (window), &origin,
                                           &map_at));
  g_assert_true (gtk_widget_compute_point (details, GTK_WIDGET (window), &origin, &details_at));
  g_assert_cmpfloat (map_at.x, >, details_at.x);

  renderer = bm_body_map_get_renderer (map);
  bm_hit_map_get_centre (bm_body_map_get_hit_map (map),
                         bm_map_renderer_find_area (renderer,
                                                    bm_catalog_lookup_region (
                                                      bm_application_get_catalog (app), "lower"),
                                                    BM_SIDE_LEFT),
                         &left_x, &y);
  bm_hit_map_get_centre (bm_body_map_get_hit_map (map),
                         bm_map_renderer_find_area (renderer,
                                                    bm_catalog_lookup_region (
                                                      bm_application_get_catalog (app), "lower"),
                                                    BM_SIDE_RIGHT),
                         &right_x, &y);
  g_assert_cmpfloat (left_x, <, right_x);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("backmap-test-i18n-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, bm_application_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);

  app = bm_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/bm/window-i18n/german", test_german);
  g_test_add_func ("/bm/window-i18n/right-to-left", test_right_to_left);

  status = g_test_run ();
  g_object_unref (app);

  return status;
}
