/* test-diary-page.c: the diary view: logging pain from the map, the list, undo, the table
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with LANGUAGE=de, it checks the German diary page at phone width instead.
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "bm-application.h"
#include "bm-care-plan.h"
#include "bm-diary-actions.h"
#include "bm-diary-entry-editor.h"
#include "bm-diary-entry-row.h"
#include "bm-diary-table.h"
#include "bm-diary.h"
#include "bm-window-private.h"

#include "bm-test-utils.h"

static BmApplication *app;
static BmWindow *window;

static BmDiary *
get_diary (void)
{
  return bm_application_get_diary (app);
}

static guint
n_entries (void)
{
  return g_list_model_get_n_items (G_LIST_MODEL (get_diary ()));
}

/* Returns: (transfer none): the diary keeps it */
static BmDiaryEntry *
get_entry (guint i)
{
  g_autoptr(BmDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (get_diary ()), i);

  return entry;
}

static void
pick (const char *region,
      BmSide      side,
      gboolean    extend)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.select-spot", "(sub)", region,
                              (guint) side, extend);
}

/* An empty diary and no picks, on the map view. */
static void
setup (void)
{
  while (n_entries () > 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "diary.remove", "s",
                                bm_diary_entry_get_id (get_entry (0)));
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.clear-spots", NULL);
  adw_view_stack_set_visible_child_name (window->main_stack, "map");
}

static void
show_diary (void)
{
  adw_view_stack_set_visible_child_name (window->main_stack, "diary");
}

static BmDiaryEntryEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (BM_IS_DIARY_ENTRY_EDITOR (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return BM_DIARY_ENTRY_EDITOR (toplevel);
    }

  return NULL;
}

static gboolean
editor_shown (gpointer data)
{
  return find_editor () != NULL;
}

static void
collect_scales (GtkWidget *widget,
                GPtrArray *scales)
{
  if (GTK_IS_SCALE (widget))
    g_ptr_array_add (scales, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_scales (child, scales);
}

static GPtrArray *
get_scales (BmDiaryEntryEditor *editor)
{
  GPtrArray *scales = g_ptr_array_new ();

  collect_scales (GTK_WIDGET (editor), scales);
  return scales;
}

/* Presses Ctrl and a key on the window, as a user would. */
static void
press_ctrl (KeySym key)
{
  Display *dpy = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
  GtkNative *native = GTK_NATIVE (window);
  Window child;
  int x, y;

  /* Without a window manager, keys go to the window under the pointer. */
  XTranslateCoordinates (dpy, gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                         DefaultRootWindow (dpy), 200, 200, &x, &y, &child);
  XTestFakeMotionEvent (dpy, -1, x, y, CurrentTime);
  XTestFakeKeyEvent (dpy, XKeysymToKeycode (dpy, XK_Control_L), True, CurrentTime);
  XTestFakeKeyEvent (dpy, XKeysymToKeycode (dpy, key), True, CurrentTime);
  XTestFakeKeyEvent (dpy, XKeysymToKeycode (dpy, key), False, CurrentTime);
  XTestFakeKeyEvent (dpy, XKeysymToKeycode (dpy, XK_Control_L), False, CurrentTime);
  XFlush (dpy);
}

static void
press_log_pain (void)
{
  press_ctrl (XK_l);
}

/* Logs pain in the two picked areas with the editor, as 7 and 3. */
static BmDiaryEntry *
log_pain (void)
{
  g_autoptr(GPtrArray) scales = NULL;
  BmDiaryEntryEditor *editor;

  pick ("lower", BM_SIDE_LEFT, FALSE);
  pick ("neck", BM_SIDE_RIGHT, TRUE);
  press_log_pain ();
  bm_test_iterate_until (editor_shown, NULL);
  editor = find_editor ();

  scales = get_scales (editor);
  g_assert_cmpuint (scales->len, ==, 2);
  gtk_range_set_value (g_ptr_array_index (scales, 0), 7);
  gtk_range_set_value (g_ptr_array_index (scales, 1), 3);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_cmpuint (n_entries (), ==, 1);

  return get_entry (0);
}

static void
test_empty_state (void)
{
  setup ();
  show_diary ();
  g_assert_true (bm_test_shows (GTK_WIDGET (window), "No Pain Logged Yet"));
}

static void
test_log_pain_prefills (void)
{
  g_autoptr(GPtrArray) scales = NULL;
  BmDiaryEntryEditor *editor;

  setup ();
  pick ("lower", BM_SIDE_LEFT, FALSE);
  pick ("neck", BM_SIDE_RIGHT, TRUE);
  press_log_pain ();
  bm_test_iterate_until (editor_shown, NULL);
  editor = find_editor ();

  scales = get_scales (editor);
  g_assert_cmpuint (scales->len, ==, 2);
  g_assert_true (bm_test_shows (GTK_WIDGET (editor), "Lower back, left side"));
  g_assert_true (bm_test_shows (GTK_WIDGET (editor), "Neck, right side"));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_cmpuint (n_entries (), ==, 0);
}

static gboolean
list_shows (gpointer data)
{
  GtkWidget *label = bm_test_find_label (GTK_WIDGET (window->diary_page), data);

  return label != NULL && bm_test_shown (label) && gtk_widget_get_mapped (label);
}

static void
test_save_adds (void)
{
  BmDiaryEntry *entry;
  const BmDiaryScore *score;

  setup ();
  entry = log_pain ();
  score = bm_diary_entry_find_score (entry, "lower", BM_SIDE_LEFT);
  g_assert_nonnull (score);
  g_assert_cmpuint (score->intensity, ==, 7);
  score = bm_diary_entry_find_score (entry, "neck", BM_SIDE_RIGHT);
  g_assert_nonnull (score);
  g_assert_cmpuint (score->intensity, ==, 3);

  show_diary ();
  bm_test_iterate_until (list_shows, "Lower back, left side: 7 of 10");
  g_assert_true (bm_test_shows (GTK_WIDGET (window->diary_page), "Today"));
}

static void
count_shown (GtkWidget  *widget,
             const char *text,
             guint      *count)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text))
    (*count)++;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_shown (child, text, count);
}

static gboolean
shows_once (gpointer data)
{
  guint count = 0;

  count_shown (GTK_WIDGET (window->diary_page), data, &count);
  return count == 1;
}

static void
add_at (GDateTime *time)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "diary.add", BM_DIARY_ENTRY_VARIANT_TYPE,
                              g_date_time_to_unix (time), "", NULL, NULL);
}

/* A day's heading is on its newest entry only, also when an edit moves an entry
 * to another day without changing the order. */
static void
test_day_headings (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_time_get_year (now),
                                                     g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now),
                                                     12, 0, 0);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (noon, -1);
  g_autoptr(GDateTime) yesterday_earlier = g_date_time_add_hours (yesterday, -1);
  g_autoptr(GDateTime) morning = g_date_time_add_hours (noon, -1);

  setup ();
  show_diary ();
  add_at (yesterday_earlier);
  add_at (yesterday);
  add_at (noon);
  bm_test_iterate_until (shows_once, "Today");
  bm_test_iterate_until (shows_once, "Yesterday");

  /* Yesterday's noon entry moves to this morning: still second, now under Today,
   * and the entry after it heads Yesterday. */
  gtk_widget_activate_action (GTK_WIDGET (window), "diary.replace",
                              "(s" BM_DIARY_ENTRY_VARIANT_TYPE ")",
                              bm_diary_entry_get_id (get_entry (1)),
                              g_date_time_to_unix (morning), "", NULL, NULL);
  g_assert_true (g_date_time_equal (bm_diary_entry_get_time (get_entry (1)), morning));
  bm_test_iterate_until (shows_once, "Today");
  bm_test_iterate_until (shows_once, "Yesterday");
}

static gboolean
toast_shows (gpointer data)
{
  return bm_test_shows (GTK_WIDGET (window->toast_overlay), data);
}

static void
test_delete_undo (void)
{
  g_autofree char *id = NULL;

  setup ();
  id = g_strdup (bm_diary_entry_get_id (log_pain ()));

  gtk_widget_activate_action (GTK_WIDGET (window), "diary.remove", "s", id);
  g_assert_cmpuint (n_entries (), ==, 0);
  bm_test_iterate_until (toast_shows, "Entry deleted");

  /* What the toast's Undo button does. */
  gtk_widget_activate_action (GTK_WIDGET (window), "diary.undo", NULL);
  g_assert_cmpuint (n_entries (), ==, 1);
  g_assert_cmpstr (bm_diary_entry_get_id (get_entry (0)), ==, id);
  g_assert_cmpuint (bm_diary_entry_find_score (get_entry (0), "lower", BM_SIDE_LEFT)->intensity,
                    ==, 7);
}

static void
test_edit_undo (void)
{
  g_autoptr(GPtrArray) scales = NULL;
  BmDiaryEntryEditor *editor;
  g_autofree char *id = NULL;

  setup ();
  id = g_strdup (bm_diary_entry_get_id (log_pain ()));

  /* A click on the entry in the list, after the header, opens it. */
  show_diary ();
  g_signal_emit_by_name (bm_test_find_child (GTK_WIDGET (window->diary_page), GTK_TYPE_LIST_VIEW),
                         "activate", 1);
  bm_test_iterate_until (editor_shown, NULL);
  editor = find_editor ();
  scales = get_scales (editor);
  g_assert_cmpuint (scales->len, ==, 2);
  g_assert_cmpfloat (gtk_range_get_value (g_ptr_array_index (scales, 0)), ==, 7);
  gtk_range_set_value (g_ptr_array_index (scales, 0), 9);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  g_assert_cmpuint (n_entries (), ==, 1);
  g_assert_cmpstr (bm_diary_entry_get_id (get_entry (0)), ==, id);
  g_assert_cmpuint (bm_diary_entry_find_score (get_entry (0), "lower", BM_SIDE_LEFT)->intensity,
                    ==, 9);
  bm_test_iterate_until (toast_shows, "Entry changed");

  gtk_widget_activate_action (GTK_WIDGET (window), "diary.undo", NULL);
  g_assert_cmpuint (bm_diary_entry_find_score (get_entry (0), "lower", BM_SIDE_LEFT)->intensity,
                    ==, 7);
}

static gboolean
has_n_entries (gpointer data)
{
  return n_entries () == GPOINTER_TO_UINT (data);
}

static gboolean
has_n_spots (gpointer data)
{
  return g_list_model_get_n_items (bm_care_plan_get_spots (bm_window_get_plan (window)))
         == GPOINTER_TO_UINT (data);
}

/* Ctrl+Z undoes the last change in the view in sight, never one out of sight. */
static void
test_ctrl_z (void)
{
  setup ();
  log_pain ();
  gtk_widget_activate_action (GTK_WIDGET (window), "diary.remove", "s",
                              bm_diary_entry_get_id (get_entry (0)));
  g_assert_cmpuint (n_entries (), ==, 0);

  /* On the diary, the deleted entry comes back and the picked areas stay. */
  show_diary ();
  press_ctrl (XK_z);
  bm_test_iterate_until (has_n_entries, GUINT_TO_POINTER (1));
  g_assert_true (has_n_spots (GUINT_TO_POINTER (2)));

  /* On the map, the last pick is taken back and the diary stays. */
  adw_view_stack_set_visible_child_name (window->main_stack, "map");
  press_ctrl (XK_z);
  bm_test_iterate_until (has_n_spots, GUINT_TO_POINTER (1));
  g_assert_cmpuint (n_entries (), ==, 1);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
table_shows (gpointer data)
{
  GtkWidget *table = bm_test_find_child (GTK_WIDGET (window->diary_page), BM_TYPE_DIARY_TABLE);
  GtkWidget *label = bm_test_find_label (table, data);

  return label != NULL && gtk_widget_get_mapped (label);
}

static void
test_table (void)
{
  GtkWidget *table, *cell;

  setup ();
  log_pain ();
  show_diary ();
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_button (GTK_WIDGET (window->diary_page),
                                                                "Table")), TRUE);

  /* A column per area, a row per entry; each cell's name says its area. */
  bm_test_iterate_until (table_shows, "Lower back, left side");
  bm_test_iterate_until (table_shows, "7");
  table = bm_test_find_child (GTK_WIDGET (window->diary_page), BM_TYPE_DIARY_TABLE);
  g_assert_true (bm_test_shown (table));
  cell = bm_test_find_label (table, "7");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Lower back, left side: 7 of 10");
  cell = bm_test_find_label (table, "3");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Neck, right side: 3 of 10");
}

static gboolean
page_laid_out (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (window->diary_page)) &&
         gtk_widget_get_width (GTK_WIDGET (window->diary_page)) > 0;
}

/* German words are long: the diary with an entry, its editor, and its empty state
 * still fit a 360 px phone. */
static void
test_german_narrow (void)
{
  BmDiaryEntryEditor *editor;

  setup ();
  show_diary ();
  bm_test_iterate_until (page_laid_out, NULL);
  g_assert_cmpint (bm_test_min_width (GTK_WIDGET (window)), <=, 360);

  log_pain ();
  bm_test_iterate_until (list_shows, "Unterer Rücken, linke Seite: 7");
  g_assert_cmpint (bm_test_min_width (GTK_WIDGET (window)), <=, 360);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-diary-entry", "s",
                              bm_diary_entry_get_id (get_entry (0)));
  bm_test_iterate_until (editor_shown, NULL);
  editor = find_editor ();
  g_assert_cmpint (bm_test_min_width (GTK_WIDGET (editor)), <=, 360);
  gtk_window_destroy (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, bm_application_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);

  window = bm_test_open_window (&app);

  if (g_strcmp0 (g_getenv ("LANGUAGE"), "de") == 0)
    g_test_add_func ("/bm/diary-page/german-narrow", test_german_narrow);
  else
    {
      g_test_add_func ("/bm/diary-page/empty-state", test_empty_state);
      g_test_add_func ("/bm/diary-page/log-pain-prefills", test_log_pain_prefills);
      g_test_add_func ("/bm/diary-page/save-adds", test_save_adds);
      g_test_add_func ("/bm/diary-page/day-headings", test_day_headings);
      g_test_add_func ("/bm/diary-page/delete-undo", test_delete_undo);
      g_test_add_func ("/bm/diary-page/edit-undo", test_edit_undo);
      g_test_add_func ("/bm/diary-page/ctrl-z", test_ctrl_z);
      g_test_add_func ("/bm/diary-page/table", test_table);
    }

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);

  return status;
}
