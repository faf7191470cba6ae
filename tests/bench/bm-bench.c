/* bm-bench.c: Backmap's performance, measured against a bare window in the same run
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints one table: the median, minimum and maximum of repeated runs. Run it with
 * ./build-aux/dev bench, which provides the X server.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <json-glib/json-glib.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "bm-bench.h"
#include "bm-care-plan.h"
#include "bm-care-sheet.h"
#include "bm-catalog.h"
#include "bm-hit-map.h"
#include "bm-map-renderer.h"
#include "bm-region.h"
#include "bm-technique.h"

static char *builddir;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (Sample *sample)
{
  qsort (sample->values, sample->n, sizeof (double), compare_doubles);
  return sample->values[sample->n / 2];
}

/* Prints @sample's line of the table, sorting it. */
void
row (const char *what,
     Sample     *sample,
     const char *unit,
     const char *note)
{
  double mid = median (sample);

  g_print ("| %-44s | %10.3f | %10.3f | %10.3f | %-5s | %s\n", what, mid, sample->values[0],
           sample->values[sample->n - 1], unit, note ? note : "");
}

/* Runs a program to its end; returns the wall time in ms, the peak RSS in MiB
 * and, if asked, the CPU time in ms. */
static void
run_program (char   **argv,
             char   **envp,
             double  *ms,
             double  *rss,
             double  *cpu)
{
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  int status;
  GPid pid;

  if (!g_spawn_async (NULL, argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                      G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, NULL))
    g_error ("Cannot run %s", argv[0]);

  wait4 (pid, &status, 0, &usage);
  *ms = (g_get_monotonic_time () - start) / 1000.0;
  *rss = usage.ru_maxrss / 1024.0;
  if (cpu != NULL)
    *cpu = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s failed", argv[0]);
}

/* A home whose saved plan has @n_spots picked areas: a returning user. */
static char *
make_home (guint n_spots)
{
  static const char *spots[] = {
    "lower:left", "lower:right", "gluteal:left", "sacroiliac:left", "posterior-thigh:left",
    "calf:left",
  };
  char *home = g_dir_make_tmp ("backmap-bench-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (home, "backmap", NULL);
  g_autofree char *path = g_build_filename (dir, "care-plan.json", NULL);
  g_autoptr(GString) plan = g_string_new ("{ \"version\": 1, \"spots\": [");

  g_assert (n_spots <= G_N_ELEMENTS (spots));
  for (guint i = 0; i < n_spots; i++)
    g_string_append_printf (plan, "%s\"%s\"", i > 0 ? ", " : "", spots[i]);
  g_string_append (plan, "], \"techniques\": [\"heat\", \"walking\"], \"red_flags\": [],"
                         " \"pain_type\": \"\", \"notes\": \"Worse after sitting.\" }");
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (path, plan->str, -1, G_FILE_SET_CONTENTS_NONE, 0600, NULL))
    g_error ("Cannot write %s", path);

  return home;
}

/* The bare window's whole start-up, the yardstick of every other row. */
static Sample bare_ms = { .n = RUNS }, bare_cpu = { .n = RUNS };

static void
bench_startup (void)
{
  static const struct {
    const char *what;
    guint n_spots;
  } users[] = {
    { "first launch", 0 },
    { "returning, 1 area picked", 1 },
    { "returning, 6 areas picked", 6 },
  };
  g_autofree char *app = g_build_filename (builddir, "src", "backmap", NULL);
  g_autofree char *bare = g_build_filename (builddir, "tests", "bench", "bm-bare-window", NULL);
  g_auto(GStrv) envp = g_get_environ ();
  Sample bare_rss = { .n = RUNS };

  envp = g_environ_setenv (envp, "GDK_DEBUG", "gl-disable", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "BACKMAP_QUIT_AFTER_FIRST_FRAME", "1", TRUE);

  for (guint u = 0; u < G_N_ELEMENTS (users); u++)
    {
      g_autofree char *home = make_home (users[u].n_spots);
      g_auto(GStrv) app_envp = g_environ_setenv (g_strdupv (envp), "XDG_DATA_HOME", home, TRUE);
      Sample app_ms = { .n = RUNS }, app_rss = { .n = RUNS };
      Sample ratio_ms = { .n = RUNS }, ratio_rss = { .n = RUNS };
      g_autofree char *what = NULL;

      /* Interleaved, so that both see the same machine. */
      for (guint i = 0; i < RUNS; i++)
        {
          char *app_argv[] = { app, NULL };
          char *bare_argv[] = { bare, NULL };

          run_program (bare_argv, envp, &bare_ms.values[i], &bare_rss.values[i],
                       &bare_cpu.values[i]);
          run_program (app_argv, app_envp, &app_ms.values[i], &app_rss.values[i], NULL);
          ratio_ms.values[i] = app_ms.values[i] / bare_ms.values[i];
          ratio_rss.values[i] = app_rss.values[i] / bare_rss.values[i];
        }

      if (u == 0)
        {
          row ("start-up to first frame: bare AdwApplicationWindow", &bare_ms, "ms", NULL);
          row ("peak RSS: bare AdwApplicationWindow", &bare_rss, "MiB", NULL);
        }
      what = g_strdup_printf ("start-up, %s: Backmap", users[u].what);
      row (what, &app_ms, "ms", NULL);
      g_free (what);
      what = g_strdup_printf ("start-up ratio, %s (< 1.25)", users[u].what);
      row (what, &ratio_ms, "x", NULL);
      g_free (what);
      what = g_strdup_printf ("peak RSS ratio, %s (< 1.25)", users[u].what);
      row (what, &ratio_rss, "x", NULL);
    }

  /* Sorted by row(): the medians below read the middle. */
  row ("CPU of the bare window's whole start-up", &bare_cpu, "ms", NULL);
}

/* Clicks on the map and typed notes, measured inside the real window. */
static void
bench_click (void)
{
  g_autofree char *program = g_build_filename (builddir, "tests", "bench", "bm-bench-click",
                                               NULL);
  g_autofree char *home = make_home (0);
  g_autofree char *output = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_auto(GStrv) lines = NULL;
  char *argv[] = { program, NULL };
  Sample wall = { 0 }, cpu = { 0 }, wall_ratio = { 0 }, cpu_ratio = { 0 };
  Sample typing = { .n = 1 }, writes = { .n = 1 };
  double bare_wall = median (&bare_ms), bare_cpu_ms = median (&bare_cpu);
  int status;

  envp = g_environ_setenv (envp, "GDK_DEBUG", "gl-disable", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", home, TRUE);
  envp = g_environ_unsetenv (envp, "NO_AT_BRIDGE");
  if (!g_spawn_sync (NULL, argv, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &output, NULL,
                     &status, NULL) || !g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed", program);

  lines = g_strsplit (output, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      double a, b;

      if (sscanf (lines[i], "click %lf %lf", &a, &b) == 2 && wall.n < RUNS)
        {
          wall_ratio.values[wall.n] = a / bare_wall;
          cpu_ratio.values[cpu.n] = b / bare_cpu_ms;
          wall.values[wall.n++] = a;
          cpu.values[cpu.n++] = b;
          wall_ratio.n = cpu_ratio.n = wall.n;
        }
      else if (sscanf (lines[i], "typing %lf %lf", &a, &b) == 2)
        {
          typing.values[0] = a;
          writes.values[0] = b;
        }
    }
  if (wall.n == 0)
    g_error ("%s printed no clicks", program);

  row ("click to painted page: wall", &wall, "ms", "pointer click, accessibility bus on");
  row ("click to painted page: CPU", &cpu, "ms", NULL);
  row ("click wall / bare start-up wall (< 0.5)", &wall_ratio, "x", NULL);
  row ("click CPU / bare start-up CPU (< 0.5)", &cpu_ratio, "x", NULL);
  row ("typing the notes: CPU per character", &typing, "ms", "200 keys, 10 ms apart");
  row ("typing the notes: plan writes", &writes, "", "saved a moment after the last key");
}

static BmCatalog *
load_catalog (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  BmCatalog *catalog = bm_catalog_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return catalog;
}

/* The shipped catalog with every list repeated @times, ids made unique. */
static GBytes *
grow_catalog (GBytes *bytes,
              guint   times)
{
  static const char *lists[] = { "causes", "tips", "techniques" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *root;
  char *data;
  gsize size;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              NULL);
  root = json_node_get_object (json_parser_get_root (parser));

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *array = json_object_get_array_member (root, lists[l]);
      guint n = json_array_get_length (array);

      /* Copies of the originals only, not of copies. */

      for (guint t = 1; t < times; t++)
        for (guint i = 0; i < n; i++)
          {
            JsonObject *original = json_array_get_object_element (array, i);
            JsonObject *copy = json_object_new ();
            g_autofree char *id = g_strdup_printf ("%s-copy-%u",
                                                   json_object_get_string_member (original, "id"),
                                                   t);
            g_autoptr(GList) members = json_object_get_members (original);

            for (GList *m = members; m != NULL; m = m->next)
              json_object_set_member (copy, m->data,
                                      json_node_copy (json_object_get_member (original, m->data)));
            json_object_set_string_member (copy, "id", id);
            json_array_add_object_element (array, copy);
          }
    }

  json_generator_set_root (generator, json_parser_get_root (parser));
  data = json_generator_to_data (generator, &size);
  return g_bytes_new_take (data, size);
}

static void
bench_catalog (GBytes *bytes)
{
  g_autoptr(GBytes) big = grow_catalog (bytes, 10);
  Sample one = { .n = RUNS }, ten = { .n = RUNS }, ratio = { .n = RUNS };

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(BmCatalog) catalog = load_catalog (bytes);
      g_autoptr(BmCatalog) big_catalog = NULL;

      one.values[i] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      big_catalog = load_catalog (big);
      ten.values[i] = (g_get_monotonic_time () - start) / 1000.0;
      ratio.values[i] = ten.values[i] / one.values[i];
    }

  row ("catalog load and validation", &one, "ms", NULL);
  row ("catalog with causes, tips, techniques x10", &ten, "ms", NULL);
  row ("growth for that catalog (linear: under 10)", &ratio, "x", NULL);
}

static void
bench_map (BmMapRenderer *renderer)
{
  Sample hit = { .n = RUNS }, hover = { .n = RUNS }, render1 = { .n = RUNS };
  Sample render2 = { .n = RUNS }, id_map = { .n = RUNS };
  g_autoptr(BmHitMap) hit_map = bm_hit_map_new (renderer, BM_MAP_LAYER_AREAS, 720, 1200);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1440, 2400);
  RsvgRectangle viewport;
  volatile int sink = 0;

  bm_map_renderer_get_viewport (renderer, 720, 1200, &viewport);

  for (guint i = 0; i < RUNS; i++)
    {
      const guint lookups = 1000000;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(BmHitMap) fresh = NULL;
      cairo_t *cr;

      for (guint j = 0; j < lookups; j++)
        sink += bm_hit_map_lookup (hit_map, (j * 7) % 720, (j * 13) % 1200);
      hit.values[i] = (g_get_monotonic_time () - start) * 1000.0 / lookups;

      /* A hover change redraws one area's mark over the cached figure. */
      cr = cairo_create (surface);
      start = g_get_monotonic_time ();
      bm_map_renderer_draw_mark (renderer, cr, &viewport, i % bm_map_renderer_get_n_areas (renderer),
                                 BM_MAP_MARK_HOVER, FALSE);
      cairo_surface_flush (surface);
      hover.values[i] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      bm_map_renderer_draw_figure (renderer, cr, &viewport, FALSE);
      cairo_surface_flush (surface);
      render1.values[i] = (g_get_monotonic_time () - start) / 1000.0;

      cairo_scale (cr, 2, 2);
      start = g_get_monotonic_time ();
      bm_map_renderer_draw_figure (renderer, cr, &viewport, FALSE);
      cairo_surface_flush (surface);
      render2.values[i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);

      start = g_get_monotonic_time ();
      fresh = bm_hit_map_new (renderer, BM_MAP_LAYER_AREAS, 720, 1200);
      id_map.values[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  cairo_surface_destroy (surface);

  row ("hit test, per lookup (target < 1 us)", &hit, "ns", NULL);
  row ("hover change: one area redrawn at 1200 px (< 2 ms)", &hover, "ms", NULL);
  row ("map render at 1x (720 x 1200)", &render1, "ms", NULL);
  row ("map render at 2x (1440 x 2400)", &render2, "ms", NULL);
  row ("hit map built for a new size (720 x 1200)", &id_map, "ms", NULL);
}

/* The muscle layer: its lookups, a hovered muscle, its image and its hit map. */
static void
bench_muscles (BmMapRenderer *renderer)
{
  Sample hit = { .n = RUNS }, hover = { .n = RUNS }, render1 = { .n = RUNS };
  Sample id_map = { .n = RUNS };
  guint n_muscles = bm_map_renderer_get_n_shapes (renderer, BM_MAP_LAYER_MUSCLES);
  g_autoptr(BmHitMap) hit_map = NULL;
  cairo_surface_t *surface;
  RsvgRectangle viewport;
  volatile int sink = 0;

  if (n_muscles == 0)
    {
      g_print ("| %-44s | the map draws no muscles yet\n", "muscle layer");
      return;
    }

  hit_map = bm_hit_map_new (renderer, BM_MAP_LAYER_MUSCLES, 720, 1200);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 720, 1200);
  bm_map_renderer_get_viewport (renderer, 720, 1200, &viewport);

  for (guint i = 0; i < RUNS; i++)
    {
      const guint lookups = 1000000;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(BmHitMap) fresh = NULL;
      guint muscle = i % n_muscles;
      cairo_t *cr;

      for (guint j = 0; j < lookups; j++)
        sink += bm_hit_map_lookup (hit_map, (j * 7) % 720, (j * 13) % 1200);
      hit.values[i] = (g_get_monotonic_time () - start) * 1000.0 / lookups;

      cr = cairo_create (surface);
      start = g_get_monotonic_time ();
      bm_map_renderer_draw_shape_marks (renderer, cr, &viewport, BM_MAP_LAYER_MUSCLES, &muscle, 1,
                                        BM_MAP_MARK_HOVER, FALSE);
      cairo_surface_flush (surface);
      hover.values[i] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      bm_map_renderer_draw_figure (renderer, cr, &viewport, FALSE);
      bm_map_renderer_draw_muscles (renderer, cr, &viewport, FALSE);
      cairo_surface_flush (surface);
      render1.values[i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);

      start = g_get_monotonic_time ();
      fresh = bm_hit_map_new (renderer, BM_MAP_LAYER_MUSCLES, 720, 1200);
      id_map.values[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  cairo_surface_destroy (surface);

  row ("muscles: hit test, per lookup (target < 1 us)", &hit, "ns", NULL);
  row ("muscles: hover change, one muscle (< 2 ms)", &hover, "ms", NULL);
  row ("muscles: map and muscles render at 1x", &render1, "ms", "once per size; a switch reuses it");
  row ("muscles: hit map built for a new size", &id_map, "ms", NULL);
}

static double
sheet_ms (BmMapRenderer *renderer,
          BmCarePlan    *plan,
          guint         *n_pages)
{
  g_autoptr(BmCareSheet) sheet = bm_care_sheet_new (renderer, plan, 595.276, 841.89);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 595.276, 841.89);
  cairo_t *cr = cairo_create (surface);
  gint64 start = g_get_monotonic_time ();

  *n_pages = bm_care_sheet_paginate (sheet, cr);
  for (guint i = 0; i < *n_pages; i++)
    {
      bm_care_sheet_draw_page (sheet, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static BmCarePlan *
plan_with (BmCatalog *catalog,
           guint      n_techniques)
{
  BmCarePlan *plan = bm_care_plan_new ();
  GPtrArray *techniques = bm_catalog_get_techniques (catalog);

  bm_care_plan_select_spot (plan, bm_catalog_lookup_region (catalog, "lower"), BM_SIDE_LEFT,
                            FALSE);
  for (guint i = 0; i < MIN (n_techniques, techniques->len); i++)
    bm_care_plan_set_technique (plan, g_ptr_array_index (techniques, i), TRUE);

  return plan;
}

static void
bench_sheets (GBytes *bytes)
{
  g_autoptr(BmCatalog) catalog = load_catalog (bytes);
  g_autoptr(GBytes) big_bytes = grow_catalog (bytes, 10);
  g_autoptr(BmCatalog) big = load_catalog (big_bytes);
  g_autoptr(BmMapRenderer) renderer = bm_map_renderer_new_from_resource (catalog, NULL);
  g_autoptr(BmMapRenderer) big_renderer = bm_map_renderer_new_from_resource (big, NULL);
  g_autoptr(BmCarePlan) one = plan_with (catalog, 1);
  g_autoptr(BmCarePlan) all = plan_with (catalog, G_MAXUINT);
  g_autoptr(BmCarePlan) many = plan_with (big, 200);
  Sample one_ms = { .n = RUNS }, all_ms = { .n = RUNS }, many_ms = { .n = RUNS };
  Sample growth = { .n = RUNS };
  g_autofree char *all_note = NULL, *many_note = NULL;
  guint all_pages = 0, many_pages = 0, pages;
  guint n_all = bm_catalog_get_techniques (catalog)->len;

  for (guint i = 0; i < RUNS; i++)
    {
      one_ms.values[i] = sheet_ms (renderer, one, &pages);
      all_ms.values[i] = sheet_ms (renderer, all, &all_pages);
      many_ms.values[i] = sheet_ms (big_renderer, many, &many_pages);
      growth.values[i] = (many_ms.values[i] / 200) / (all_ms.values[i] / n_all);
    }

  all_note = g_strdup_printf ("%u techniques, %u pages", n_all, all_pages);
  many_note = g_strdup_printf ("%u pages", many_pages);
  row ("care sheet, one region and technique (< 100 ms)", &one_ms, "ms", NULL);
  row ("care sheet, every technique", &all_ms, "ms", all_note);
  row ("care sheet, 200 techniques", &many_ms, "ms", many_note);
  row ("time per technique, 200 vs all (linear: about 1)", &growth, "x", NULL);
}

/* Notes of one unbroken word: Pango alone takes time in its length squared. */
static void
bench_long_word (GBytes *bytes)
{
  g_autoptr(BmCatalog) catalog = load_catalog (bytes);
  g_autoptr(BmMapRenderer) renderer = bm_map_renderer_new_from_resource (catalog, NULL);
  g_autoptr(BmCarePlan) short_word = plan_with (catalog, 1);
  g_autoptr(BmCarePlan) long_word = plan_with (catalog, 1);
  g_autofree char *word = g_strnfill (128000, 'a');
  Sample short_ms = { .n = RUNS }, long_ms = { .n = RUNS }, growth = { .n = RUNS };
  guint pages;

  bm_care_plan_set_notes (short_word, word + 96000);
  bm_care_plan_set_notes (long_word, word);
  for (guint i = 0; i < RUNS; i++)
    {
      short_ms.values[i] = sheet_ms (renderer, short_word, &pages);
      long_ms.values[i] = sheet_ms (renderer, long_word, &pages);
      growth.values[i] = long_ms.values[i] / (4 * short_ms.values[i]);
    }

  row ("care sheet, notes of one 32,000-letter word", &short_ms, "ms", NULL);
  row ("care sheet, notes of one 128,000-letter word", &long_ms, "ms", NULL);
  row ("time per letter, 128,000 vs 32,000 (linear: at most about 1)", &growth, "x", NULL);
}

static void
bench_sheet_memory (void)
{
  g_autofree char *app = g_build_filename (builddir, "src", "backmap", NULL);
  g_autofree char *dir = g_dir_make_tmp ("backmap-bench-XXXXXX", NULL);
  g_autofree char *one_pdf = g_build_filename (dir, "one.pdf", NULL);
  g_autofree char *all_pdf = g_build_filename (dir, "all.pdf", NULL);
  g_autofree char *one_arg = g_strconcat ("--care-sheet=", one_pdf, NULL);
  g_autofree char *all_arg = g_strconcat ("--care-sheet=", all_pdf, NULL);
  g_auto(GStrv) envp = g_get_environ ();
  Sample one_ms = { .n = RUNS }, one_rss = { .n = RUNS };
  Sample all_ms = { .n = RUNS }, all_rss = { .n = RUNS };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(BmCatalog) catalog = bm_catalog_new_from_resource (NULL);
  GPtrArray *techniques = bm_catalog_get_techniques (catalog);
  g_auto(GStrv) all_argv = NULL;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  g_strv_builder_add_many (builder, app, all_arg, "--region=lower:left", NULL);
  for (guint i = 0; i < techniques->len; i++)
    {
      g_autofree char *arg = g_strconcat ("--technique=",
                                          bm_technique_get_id (g_ptr_array_index (techniques, i)),
                                          NULL);

      g_strv_builder_add (builder, arg);
    }
  all_argv = g_strv_builder_end (builder);

  for (guint i = 0; i < RUNS; i++)
    {
      char *one_argv[] = { app, one_arg, "--region=lower:left", "--technique=swedish", NULL };

      run_program (one_argv, envp, &one_ms.values[i], &one_rss.values[i], NULL);
      run_program (all_argv, envp, &all_ms.values[i], &all_rss.values[i], NULL);
    }

  row ("command line, one-region sheet: whole run", &one_ms, "ms", NULL);
  row ("command line, one-region sheet: peak RSS", &one_rss, "MiB", NULL);
  row ("command line, every-technique sheet: whole run", &all_ms, "ms", NULL);
  row ("command line, every-technique sheet: peak RSS", &all_rss, "MiB", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BmCatalog) catalog = NULL;
  g_autoptr(BmMapRenderer) renderer = NULL;
  g_autofree char *exe_dir = g_path_get_dirname (argv[0]);

  builddir = g_build_filename (exe_dir, "..", "..", NULL);
  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/catalog.json", 0, NULL);
  catalog = load_catalog (bytes);
  renderer = bm_map_renderer_new_from_resource (catalog, NULL);

  g_print ("Backmap benchmark: median, minimum and maximum of %d runs\n\n", RUNS);
  g_print ("| %-44s | %10s | %10s | %10s | %-5s | %s\n", "what", "median", "min", "max", "unit",
           "note");
  g_print ("|%s|%s|%s|%s|%s|------\n", "----------------------------------------------",
           "------------", "------------", "------------", "-------");

  /* The programs first, while this one is small: a child's peak RSS counts the
   * pages it shares with this process between fork and exec. */
  if (g_getenv ("DISPLAY") != NULL)
    {
      bench_startup ();
      bench_click ();
    }
  bench_sheet_memory ();
  bench_catalog (bytes);
  bench_map (renderer);
  bench_muscles (renderer);
  bench_sheets (bytes);
  bench_long_word (bytes);
  bm_bench_diary ();
  bm_bench_chart ();

  g_free (builddir);
  return 0;
}
