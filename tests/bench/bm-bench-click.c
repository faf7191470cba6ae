/* bm-bench-click.c: what a click on the map and typing notes cost, in the real window
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by bm-bench, which reads its lines: for each click on an area, the wall and
 * CPU time from the pointer's press until the frame that shows the area's page has
 * been painted ("click WALL_MS CPU_MS"); then the CPU time per typed character of
 * the notes and how many times the plan was written ("typing CPU_MS WRITES").
 * The pointer and keys are real X events (XTest), and the accessibility bus runs
 * when the session has one, as on a GNOME desktop.
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <time.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "bm-application.h"
#include "bm-care-plan.h"
#include "bm-body-map.h"
#include "bm-catalog.h"
#include "bm-hit-map.h"
#include "bm-map-renderer.h"
#include "bm-document-store-private.h"
#include "bm-region-pane.h"
#include "bm-region.h"
#include "bm-window.h"

#include "../bm-test-utils.h"

#define N_CHARACTERS 200

static const struct {
  const char *region;
  BmSide side;
} areas[] = {
  { "lower", BM_SIDE_LEFT },
  { "gluteal", BM_SIDE_RIGHT },
  { "shoulder-blade", BM_SIDE_LEFT },
  { "middle", BM_SIDE_RIGHT },
  { "calf", BM_SIDE_LEFT },
  { "neck", BM_SIDE_RIGHT },
  { "sacroiliac", BM_SIDE_LEFT },
  { "posterior-thigh", BM_SIDE_RIGHT },
  { "flank", BM_SIDE_LEFT },
  { "upper", BM_SIDE_RIGHT },
  { "lateral-hip", BM_SIDE_LEFT },
};

static BmApplication *app;
static BmWindow *window;
static gboolean painted;

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
after_paint_cb (GdkFrameClock *clock)
{
  painted = TRUE;
}

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("Timed out");
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
ready (gpointer data)
{
  BmBodyMap *map = data;

  return gtk_widget_get_mapped (GTK_WIDGET (map)) && bm_body_map_get_hit_map (map) != NULL &&
         bm_body_map_get_drawn (map);
}

static void
spots_changed_cb (void)
{
  painted = FALSE;
}

static gboolean
page_painted (gpointer data)
{
  BmRegionPane *pane = BM_REGION_PANE (bm_test_find_child (GTK_WIDGET (window),
                                                           BM_TYPE_REGION_PANE));

  return painted && g_strcmp0 (bm_region_pane_get_title (pane), data) == 0;
}

static Display *
get_xdisplay (void)
{
  return gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
}

static void
move_to_area (BmBodyMap *map,
              int        area)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (map));
  graphene_point_t in, out;
  Window child;
  double x, y, sx, sy;
  int root_x, root_y;

  if (!bm_hit_map_get_centre (bm_body_map_get_hit_map (map), area, &x, &y))
    g_error ("Area %d is not on the map", area);
  in = GRAPHENE_POINT_INIT (x, y);
  if (!gtk_widget_compute_point (GTK_WIDGET (map), GTK_WIDGET (native), &in, &out))
    g_error ("The map is not in the window");
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (get_xdisplay (), gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                         DefaultRootWindow (get_xdisplay ()), out.x + sx, out.y + sy,
                         &root_x, &root_y, &child);
  XTestFakeMotionEvent (get_xdisplay (), -1, root_x, root_y, CurrentTime);
  XFlush (get_xdisplay ());
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Lets the main loop run for a while, so that one measure does not pay for the last. */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  iterate_until (is_true, &done);
}

static void
bench_clicks (BmBodyMap *map)
{
  BmCatalog *catalog = bm_application_get_catalog (app);
  BmMapRenderer *renderer = bm_body_map_get_renderer (map);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      BmRegion *region = bm_catalog_lookup_region (catalog, areas[i].region);
      g_autofree char *label = bm_region_dup_label (region, areas[i].side);
      double start_ms, start_cpu;

      /* The pointer is over the area first, as a hand is before it clicks. */
      move_to_area (map, bm_map_renderer_find_area (renderer, region, areas[i].side));
      settle (300);

      start_ms = g_get_monotonic_time () / 1000.0;
      start_cpu = cpu_ms ();
      XTestFakeButtonEvent (get_xdisplay (), 1, True, CurrentTime);
      XTestFakeButtonEvent (get_xdisplay (), 1, False, CurrentTime);
      XFlush (get_xdisplay ());
      iterate_until (page_painted, label);
      g_print ("click %.3f %.3f\n", g_get_monotonic_time () / 1000.0 - start_ms,
               cpu_ms () - start_cpu);
    }
}

static gboolean
has_all_characters (gpointer data)
{
  GtkTextBuffer *buffer = data;

  return gtk_text_buffer_get_char_count (buffer) >= N_CHARACTERS;
}

static void
bench_typing (void)
{
  GtkWidget *notes = bm_test_find_child (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes));
  BmDocumentStore *store = bm_application_get_plan_store (app);
  KeyCode code = XKeysymToKeycode (get_xdisplay (), XK_a);
  guint writes_before = bm_document_store_get_n_writes (store);
  double start_cpu;

  gtk_widget_grab_focus (notes);
  settle (300);

  start_cpu = cpu_ms ();
  for (guint i = 0; i < N_CHARACTERS; i++)
    {
      XTestFakeKeyEvent (get_xdisplay (), code, True, CurrentTime);
      XTestFakeKeyEvent (get_xdisplay (), code, False, CurrentTime);
      XFlush (get_xdisplay ());
      /* About a fast typist's pace. */
      settle (10);
    }
  iterate_until (has_all_characters, buffer);

  g_print ("typing %.3f", (cpu_ms () - start_cpu) / N_CHARACTERS);
  /* Writes come a moment after the last key. */
  settle (2500);
  g_print (" %u\n", bm_document_store_get_n_writes (store) - writes_before);
}

int
main (int   argc,
      char *argv[])
{
  GdkFrameClock *clock;
  BmBodyMap *map;

  gtk_init ();

  app = bm_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    g_error ("Cannot start the application");

  window = bm_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1040, 760);
  gtk_window_present (GTK_WINDOW (window));
  map = BM_BODY_MAP (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_BODY_MAP));
  iterate_until (ready, map);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  g_signal_connect (bm_care_plan_get_spots (bm_window_get_plan (window)), "items-changed",
                    G_CALLBACK (spots_changed_cb), NULL);
  settle (500);

  bench_clicks (map);
  bench_typing ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);
  return 0;
}
