/* test-muscle-layer.c: the map's muscle layer in the window: the switch, the names, a muscle's page
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-application.h"
#include "bm-body-map.h"
#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-hit-map.h"
#include "bm-map-bar.h"
#include "bm-map-hotspot.h"
#include "bm-map-renderer.h"
#include "bm-muscle-page.h"
#include "bm-pain-source.h"
#include "bm-region.h"
#include "bm-window.h"

#include "bm-test-utils.h"

static BmApplication *app;
static BmWindow *window;
static gint64 painted_at;

static BmBodyMap *
get_map (void)
{
  return BM_BODY_MAP (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_BODY_MAP));
}

static BmMapRenderer *
get_renderer (void)
{
  return bm_body_map_get_renderer (get_map ());
}

static gboolean
map_ready (gpointer data)
{
  return bm_body_map_get_drawn (get_map ()) && bm_body_map_get_hit_map (get_map ()) != NULL;
}

static gboolean
shows_muscles (gpointer data)
{
  return bm_body_map_get_show_muscles (get_map ()) == GPOINTER_TO_INT (data);
}

static gboolean
was_painted (gpointer data)
{
  return painted_at != 0;
}

static void
after_paint_cb (GdkFrameClock *clock)
{
  if (painted_at == 0)
    painted_at = g_get_monotonic_time ();
}

static gboolean
drained (gpointer data)
{
  return !g_main_context_pending (NULL);
}

static int
find_muscle (const char *id,
             BmSide      side)
{
  return bm_map_renderer_find_muscle (get_renderer (),
                                      bm_catalog_lookup_pain_source (
                                        bm_application_get_catalog (app), id),
                                      side);
}

static void
set_layer (const char *layer)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.map-layer", "s", layer);
  bm_test_iterate_until (shows_muscles, GINT_TO_POINTER (g_str_equal (layer, "muscles")));
}

static gboolean
have_muscles (void)
{
  if (bm_map_renderer_get_n_shapes (get_renderer (), BM_MAP_LAYER_MUSCLES) > 0)
    return TRUE;

  g_test_skip ("The map draws no muscles yet");
  return FALSE;
}

/* Milliseconds from @change to the frame painted after it. */
static double
time_to_frame (void (*change) (gpointer data),
               gpointer data)
{
  gint64 start;

  bm_test_iterate_until (drained, NULL);
  painted_at = 0;
  start = g_get_monotonic_time ();
  change (data);
  bm_test_iterate_until (was_painted, NULL);

  return (painted_at - start) / 1000.0;
}

static void
redraw (gpointer data)
{
  gtk_widget_queue_draw (GTK_WIDGET (get_map ()));
}

static void
switch_layer (gpointer data)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.map-layer", "s", data);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The switch shows the other layer's images, drawn while idle after the first
 * frame: it costs less than a frame more than a plain redraw of the map. The
 * medians of several runs, for the machine's other work. */
static void
test_switch_in_a_frame (void)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  double plain[8], switched[8];
  gulong handler;

  if (!have_muscles ())
    return;

  set_layer ("areas");
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (switched); i++)
    {
      const char *layer = i % 2 == 0 ? "muscles" : "areas";

      plain[i] = time_to_frame (redraw, NULL);
      switched[i] = time_to_frame (switch_layer, (gpointer) layer);
      g_assert_true (bm_body_map_get_show_muscles (get_map ()) == (i % 2 == 0));
    }
  g_signal_handler_disconnect (clock, handler);

  qsort (plain, G_N_ELEMENTS (plain), sizeof (double), compare_doubles);
  qsort (switched, G_N_ELEMENTS (switched), sizeof (double), compare_doubles);
  g_test_message ("layer switch to the painted frame: median %.1f ms (%.1f to %.1f); "
                  "a plain redraw of the map: median %.1f ms", switched[4], switched[0],
                  switched[7], plain[4]);
  g_assert_cmpfloat (switched[4] - plain[4], <, 1000.0 / 60);
}

/* Each layer's children are the ones shown to the keyboard and to screen readers. */
static void
test_names (void)
{
  GtkWidget *area, *muscle;
  int ql;

  if (!have_muscles ())
    return;

  set_layer ("muscles");
  ql = find_muscle ("quadratus-lumborum", BM_SIDE_LEFT);
  g_assert_cmpint (ql, >=, 0);
  muscle = bm_body_map_get_hotspot (get_map (), ql);
  g_assert_cmpstr (bm_map_hotspot_get_label (BM_MAP_HOTSPOT (muscle)), ==,
                   "Quadratus lumborum (QL), left side");
  g_assert_true (gtk_widget_get_child_visible (muscle));

  set_layer ("areas");
  area = bm_body_map_get_hotspot (get_map (), 0);
  g_assert_true (gtk_widget_get_child_visible (area));
  g_assert_false (gtk_widget_get_child_visible (muscle));
}

/* Every muscle is found by the hit map at its hotspot's centre or somewhere in it. */
static void
test_every_muscle_clickable (void)
{
  BmHitMap *hit_map;

  if (!have_muscles ())
    return;

  set_layer ("muscles");
  bm_test_iterate_until (map_ready, NULL);
  hit_map = bm_body_map_get_hit_map (get_map ());
  for (guint i = 0; i < bm_map_renderer_get_n_shapes (get_renderer (), BM_MAP_LAYER_MUSCLES); i++)
    {
      cairo_rectangle_int_t bounds;
      gboolean found = FALSE;

      g_assert_true (bm_hit_map_get_bounds (hit_map, i, &bounds));
      for (int y = bounds.y; y < bounds.y + bounds.height && !found; y++)
        for (int x = bounds.x; x < bounds.x + bounds.width && !found; x++)
          found = bm_hit_map_lookup (hit_map, x + 0.5, y + 0.5) == (int) i;
      if (!found)
        g_error ("%s cannot be clicked", bm_map_renderer_get_muscle_element (get_renderer (), i));
    }
}

static gboolean
page_shows (gpointer data)
{
  BmMusclePage *page = BM_MUSCLE_PAGE (bm_test_find_child (GTK_WIDGET (window),
                                                           BM_TYPE_MUSCLE_PAGE));

  return page != NULL && gtk_widget_get_mapped (GTK_WIDGET (page)) &&
         g_strcmp0 (bm_muscle_page_get_title (page), data) == 0;
}

static gboolean
map_shows_no_muscle (gpointer data)
{
  return bm_body_map_get_muscle (get_map ()) == NULL;
}

/* A muscle picked on the map opens its page; the map shows it until the page is left. */
static void
test_open_page (void)
{
  BmPainSource *piriformis = bm_catalog_lookup_pain_source (bm_application_get_catalog (app),
                                                            "piriformis");
  int shape;

  if (!have_muscles ())
    return;

  set_layer ("muscles");
  shape = find_muscle ("piriformis", BM_SIDE_RIGHT);
  g_signal_emit_by_name (bm_body_map_get_hotspot (get_map (), shape), "activate");
  bm_test_iterate_until (page_shows, (gpointer) "Piriformis, right side");
  g_assert_true (bm_body_map_get_muscle (get_map ()) == piriformis);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  bm_test_iterate_until (map_shows_no_muscle, NULL);

  /* From an area's page: the muscle opens on the area's side. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-muscle", "(su)", "piriformis",
                              (guint) BM_SIDE_LEFT);
  bm_test_iterate_until (page_shows, (gpointer) "Piriformis, left side");
  set_layer ("areas");
  g_assert_true (bm_body_map_get_muscle (get_map ()) == piriformis);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);

  window = bm_test_open_window (&app);
  bm_test_iterate_until (map_ready, NULL);

  g_test_add_func ("/bm/muscle-layer/switch-in-a-frame", test_switch_in_a_frame);
  g_test_add_func ("/bm/muscle-layer/names", test_names);
  g_test_add_func ("/bm/muscle-layer/every-muscle-clickable", test_every_muscle_clickable);
  g_test_add_func ("/bm/muscle-layer/open-page", test_open_page);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);

  return status;
}
