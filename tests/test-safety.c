/* test-safety.c: the urgency banner, the red-flag check and the pain-type questions
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-pain-type-dialog.h"
#include "bm-pain-type.h"
#include "bm-red-flag-dialog.h"
#include "bm-red-flag.h"
#include "bm-urgency-banner.h"

#include "bm-test-utils.h"

static BmCatalog *catalog;
static GtkWindow *parent;

static const char * const pain_questions[] = {
  "Does pain shoot down a leg below the knee, or down an arm, like an electric shock?",
  "Is there numbness, pins and needles, or weakness in a leg or arm?",
  "Is it a wide, dull, deep ache that is hard to pin down, perhaps spreading into the buttock "
  "or thigh?",
};

/* Every descendant of @root of @type, in the order a reader meets them. */
static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}

static BmRedFlag *
flag (const char *id)
{
  BmRedFlag *red_flag = bm_catalog_lookup_red_flag (catalog, id);

  g_assert_nonnull (red_flag);
  return red_flag;
}

static gboolean
mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
scrollable (gpointer data)
{
  return gtk_adjustment_get_upper (data) - gtk_adjustment_get_page_size (data) > 400;
}

static gboolean
gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_banner_hidden (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  GtkWidget *banner = g_object_ref_sink (g_object_new (BM_TYPE_URGENCY_BANNER, NULL));
  BmUrgency urgency;

  g_assert_false (bm_urgency_banner_get_shown_urgency (BM_URGENCY_BANNER (banner), &urgency));
  bm_urgency_banner_set_plan (BM_URGENCY_BANNER (banner), plan);
  g_assert_true (bm_urgency_banner_get_plan (BM_URGENCY_BANNER (banner)) == plan);
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_false (bm_urgency_banner_get_shown_urgency (BM_URGENCY_BANNER (banner), &urgency));

  /* "Within days" is no reason to stop self-care. */
  bm_care_plan_set_red_flag (plan, flag ("not-improving"), TRUE);
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_false (bm_urgency_banner_get_shown_urgency (BM_URGENCY_BANNER (banner), &urgency));

  g_object_unref (banner);
}

static void
test_banner_emergency (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  GtkWidget *banner = g_object_ref_sink (g_object_new (BM_TYPE_URGENCY_BANNER, NULL));
  BmRedFlag *saddle = flag ("saddle-numbness");
  GtkWidget *card = gtk_widget_get_first_child (banner);
  GtkWidget *heading;
  BmUrgency urgency;

  g_object_set (banner, "plan", plan, NULL);
  bm_care_plan_set_red_flag (plan, flag ("weight-loss"), TRUE);
  bm_care_plan_set_red_flag (plan, saddle, TRUE);

  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_true (bm_urgency_banner_get_shown_urgency (BM_URGENCY_BANNER (banner), &urgency));
  g_assert_cmpint (urgency, ==, BM_URGENCY_EMERGENCY);
  g_assert_true (gtk_widget_has_css_class (card, "emergency"));
  g_assert_false (gtk_widget_has_css_class (card, "today"));

  heading = find_label (banner, "Emergency: get help now, not self-care");
  g_assert_nonnull (heading);
  gtk_test_accessible_assert_property (heading, GTK_ACCESSIBLE_PROPERTY_LEVEL, 2);
  gtk_test_accessible_assert_role (card, GTK_ACCESSIBLE_ROLE_ALERT);

  /* What to do now, and only for the emergency: the today flag waits. */
  g_assert_nonnull (find_label (banner, bm_red_flag_get_text (saddle)));
  g_assert_nonnull (find_label (banner, bm_red_flag_get_action (saddle)));
  g_assert_null (find_label (banner, bm_red_flag_get_text (flag ("weight-loss"))));

  /* Taking the answer back leaves the today flag. */
  bm_care_plan_set_red_flag (plan, saddle, FALSE);
  g_assert_true (bm_urgency_banner_get_shown_urgency (BM_URGENCY_BANNER (banner), &urgency));
  g_assert_cmpint (urgency, ==, BM_URGENCY_TODAY);
  g_assert_false (gtk_widget_has_css_class (card, "emergency"));
  g_assert_null (find_label (banner, bm_red_flag_get_text (saddle)));

  bm_urgency_banner_set_plan (BM_URGENCY_BANNER (banner), NULL);
  g_assert_false (gtk_widget_get_visible (banner));

  g_object_unref (banner);
}

static void
test_banner_today (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  GtkWidget *banner = g_object_ref_sink (g_object_new (BM_TYPE_URGENCY_BANNER, NULL));
  BmRedFlag *fever = flag ("fever-back-pain");
  GtkWidget *card = gtk_widget_get_first_child (banner);
  BmUrgency urgency;

  bm_care_plan_set_red_flag (plan, fever, TRUE);
  bm_urgency_banner_set_plan (BM_URGENCY_BANNER (banner), plan);

  g_assert_true (bm_urgency_banner_get_shown_urgency (BM_URGENCY_BANNER (banner), &urgency));
  g_assert_cmpint (urgency, ==, BM_URGENCY_TODAY);
  g_assert_true (gtk_widget_has_css_class (card, "today"));
  g_assert_nonnull (find_label (banner, "See a doctor today"));
  g_assert_nonnull (find_label (banner, bm_red_flag_get_action (fever)));

  bm_care_plan_set_red_flag (plan, fever, FALSE);
  g_assert_false (bm_urgency_banner_get_shown_urgency (BM_URGENCY_BANNER (banner), &urgency));

  g_object_unref (banner);
}

static void
test_red_flag_dialog_toggles (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  BmRedFlag *both_legs = flag ("both-legs");
  BmRedFlag *lump = flag ("lump-or-deformity");
  BmRedFlagDialog *dialog;
  GtkCheckButton *check;
  g_autoptr(GPtrArray) banners = g_ptr_array_new ();
  g_autoptr(GPtrArray) scrollers = g_ptr_array_new ();
  GtkAdjustment *adjustment;
  BmUrgency urgency;

  /* Answers given before the dialog opens are ticked. */
  bm_care_plan_set_red_flag (plan, lump, TRUE);
  dialog = bm_red_flag_dialog_new (parent, catalog, plan);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == parent);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Red-Flag Check");
  g_assert_true (gtk_check_button_get_active (bm_red_flag_dialog_get_check (dialog, lump)));

  collect (GTK_WIDGET (dialog), BM_TYPE_URGENCY_BANNER, banners);
  g_assert_cmpuint (banners->len, ==, 1);
  g_assert_true (bm_urgency_banner_get_plan (banners->pdata[0]) == plan);

  check = bm_red_flag_dialog_get_check (dialog, both_legs);
  g_assert_false (gtk_check_button_get_active (check));
  gtk_check_button_set_active (check, TRUE);
  g_assert_true (bm_care_plan_get_urgency (plan, &urgency));
  g_assert_cmpint (urgency, ==, BM_URGENCY_EMERGENCY);
  g_assert_true (bm_urgency_banner_get_shown_urgency (banners->pdata[0], &urgency));
  g_assert_cmpint (urgency, ==, BM_URGENCY_EMERGENCY);

  gtk_check_button_set_active (check, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_red_flags (plan)), ==, 1);

  /* A more urgent answer far down brings the banner at the top into view. */
  gtk_window_present (GTK_WINDOW (dialog));
  collect (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW, scrollers);
  adjustment = gtk_scrolled_window_get_vadjustment (scrollers->pdata[0]);
  bm_test_iterate_until (scrollable, adjustment);
  gtk_adjustment_set_value (adjustment, 200);
  gtk_check_button_set_active (check, TRUE);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  gtk_adjustment_set_value (adjustment, 200);
  gtk_check_button_set_active (bm_red_flag_dialog_get_check (dialog, flag ("weight-loss")), TRUE);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 200);
  gtk_check_button_set_active (check, FALSE);
  bm_care_plan_set_red_flag (plan, flag ("weight-loss"), FALSE);

  /* The plan changed elsewhere ticks and clears the boxes. */
  bm_care_plan_set_red_flag (plan, both_legs, TRUE);
  g_assert_true (gtk_check_button_get_active (check));
  bm_care_plan_set_red_flag (plan, lump, FALSE);
  g_assert_false (gtk_check_button_get_active (bm_red_flag_dialog_get_check (dialog, lump)));
  g_assert_cmpuint (g_list_model_get_n_items (bm_care_plan_get_red_flags (plan)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_red_flag_dialog_accessible (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  BmRedFlagDialog *dialog = bm_red_flag_dialog_new (parent, catalog, plan);
  GPtrArray *flags = bm_catalog_get_red_flags (catalog);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  for (guint i = 0; i < flags->len; i++)
    {
      BmRedFlag *red_flag = g_ptr_array_index (flags, i);
      GtkCheckButton *check = bm_red_flag_dialog_get_check (dialog, red_flag);

      g_assert_nonnull (check);
      gtk_test_accessible_assert_role (check, GTK_ACCESSIBLE_ROLE_CHECKBOX);
      gtk_test_accessible_assert_property (check, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           bm_red_flag_get_question (red_flag));
    }

  /* The most urgent first. */
  collect (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, groups);
  g_assert_cmpuint (groups->len, ==, 3);
  for (BmUrgency urgency = BM_URGENCY_EMERGENCY; urgency <= BM_URGENCY_SOON; urgency++)
    g_assert_cmpstr (adw_preferences_group_get_title (groups->pdata[urgency]), ==,
                     bm_urgency_to_label (urgency));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
press_escape (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Display *dpy = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
  KeyCode code = XKeysymToKeycode (dpy, XK_Escape);
  Window child;
  int x, y;

  /* Without a window manager, the keyboard goes to the window under the pointer. */
  XTranslateCoordinates (dpy, gdk_x11_surface_get_xid (surface), DefaultRootWindow (dpy), 40, 20,
                         &x, &y, &child);
  XTestFakeMotionEvent (dpy, -1, x, y, CurrentTime);
  XTestFakeKeyEvent (dpy, code, True, CurrentTime);
  XTestFakeKeyEvent (dpy, code, False, CurrentTime);
  XFlush (dpy);
}

static void
test_escape_closes (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  GtkWindow *dialogs[] = {
    GTK_WINDOW (bm_red_flag_dialog_new (parent, catalog, plan)),
    GTK_WINDOW (bm_pain_type_dialog_new (parent, catalog, plan)),
  };

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      gpointer dialog = dialogs[i];

      g_object_add_weak_pointer (dialog, &dialog);
      gtk_window_present (dialogs[i]);
      bm_test_iterate_until (mapped, dialog);
      press_escape (dialogs[i]);
      bm_test_iterate_until (gone, &dialog);
    }
}

/* Done records when the check was finished, which the care sheet gives; closing
 * the check without it records nothing. */
static void
test_red_flag_dialog_done (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  gpointer dialog = bm_red_flag_dialog_new (parent, catalog, plan);
  GDateTime *checked;

  g_object_add_weak_pointer (dialog, &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  bm_test_iterate_until (mapped, dialog);
  press_escape (GTK_WINDOW (dialog));
  bm_test_iterate_until (gone, &dialog);
  g_assert_null (bm_care_plan_get_red_flags_checked (plan));

  dialog = bm_red_flag_dialog_new (parent, catalog, plan);
  g_object_add_weak_pointer (dialog, &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  bm_test_iterate_until (mapped, dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "check.done", NULL));
  bm_test_iterate_until (gone, &dialog);

  checked = bm_care_plan_get_red_flags_checked (plan);
  g_assert_nonnull (checked);
  g_assert_cmpint (g_date_time_difference (checked, before), >=, 0);
  g_assert_cmpint (g_date_time_difference (checked, before), <, 60 * G_TIME_SPAN_SECOND);
}

static BmPainTypeDialog *
new_pain_type_dialog (BmCarePlan *plan)
{
  BmPainTypeDialog *dialog = bm_pain_type_dialog_new (parent, catalog, plan);

  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == parent);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "What Kind of Pain?");
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
assert_result (BmPainTypeDialog *dialog,
               const char       *id)
{
  BmPainType *result = bm_pain_type_dialog_get_result (dialog);

  g_assert_nonnull (result);
  g_assert_cmpstr (bm_pain_type_get_id (result), ==, id);
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), bm_pain_type_get_name (result)));
  g_assert_nonnull (find_label (GTK_WIDGET (dialog), bm_pain_type_get_advice (result)));
}

static gboolean
label_shown (GtkWidget  *root,
             const char *prefix)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_label (labels->pdata[i]), prefix))
      return gtk_widget_is_visible (labels->pdata[i]);

  g_assert_not_reached ();
}

static void
test_pain_type_logic (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  BmPainTypeDialog *dialog = new_pain_type_dialog (plan);
  GtkWidget *widget = GTK_WIDGET (dialog);

  assert_result (dialog, "axial");
  g_assert_false (label_shown (widget, "Avoid sustained pressure"));

  bm_pain_type_dialog_set_answers (dialog, FALSE, FALSE, TRUE);
  assert_result (dialog, "referred");
  g_assert_false (label_shown (widget, "Avoid sustained pressure"));

  /* A nerve sign outweighs a wide ache. */
  bm_pain_type_dialog_set_answers (dialog, TRUE, FALSE, TRUE);
  assert_result (dialog, "radicular");
  g_assert_true (label_shown (widget, "Avoid sustained pressure"));
  g_assert_false (label_shown (widget, "Numbness or weakness that is getting worse"));

  bm_pain_type_dialog_set_answers (dialog, FALSE, TRUE, FALSE);
  assert_result (dialog, "radicular");
  g_assert_true (label_shown (widget, "Numbness or weakness that is getting worse"));

  bm_pain_type_dialog_set_answers (dialog, FALSE, FALSE, FALSE);
  assert_result (dialog, "axial");

  /* Looking is not saving. */
  g_assert_null (bm_care_plan_get_pain_type (plan));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_pain_type_save (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  BmPainTypeDialog *dialog = new_pain_type_dialog (plan);
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  bm_pain_type_dialog_set_answers (dialog, FALSE, FALSE, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "pain-type.save", NULL);

  g_assert_nonnull (bm_care_plan_get_pain_type (plan));
  g_assert_cmpstr (bm_pain_type_get_id (bm_care_plan_get_pain_type (plan)), ==, "referred");
  bm_test_iterate_until (gone, &weak);

  /* Opened again, it shows what was saved, with nothing ticked. */
  dialog = new_pain_type_dialog (plan);
  assert_result (dialog, "referred");
  bm_pain_type_dialog_set_answers (dialog, FALSE, FALSE, FALSE);
  assert_result (dialog, "axial");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_pain_type_accessible (void)
{
  g_autoptr(BmCarePlan) plan = bm_care_plan_new ();
  BmPainTypeDialog *dialog = new_pain_type_dialog (plan);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GtkWidget *heading;

  collect (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, G_N_ELEMENTS (pain_questions));
  for (guint i = 0; i < checks->len; i++)
    {
      gtk_test_accessible_assert_role (checks->pdata[i], GTK_ACCESSIBLE_ROLE_CHECKBOX);
      gtk_test_accessible_assert_property (checks->pdata[i], GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           pain_questions[i]);
    }

  heading = find_label (GTK_WIDGET (dialog),
                        bm_pain_type_get_name (bm_pain_type_dialog_get_result (dialog)));
  gtk_test_accessible_assert_property (heading, GTK_ACCESSIBLE_PROPERTY_LEVEL, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  catalog = bm_catalog_new_from_resource (&error);
  g_assert_no_error (error);
  parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (parent);

  g_test_add_func ("/bm/safety/banner-hidden", test_banner_hidden);
  g_test_add_func ("/bm/safety/banner-emergency", test_banner_emergency);
  g_test_add_func ("/bm/safety/banner-today", test_banner_today);
  g_test_add_func ("/bm/safety/red-flag-dialog/toggles", test_red_flag_dialog_toggles);
  g_test_add_func ("/bm/safety/red-flag-dialog/accessible", test_red_flag_dialog_accessible);
  g_test_add_func ("/bm/safety/escape-closes", test_escape_closes);
  g_test_add_func ("/bm/safety/red-flag-dialog/done", test_red_flag_dialog_done);
  g_test_add_func ("/bm/safety/pain-type/logic", test_pain_type_logic);
  g_test_add_func ("/bm/safety/pain-type/save", test_pain_type_save);
  g_test_add_func ("/bm/safety/pain-type/accessible", test_pain_type_accessible);

  status = g_test_run ();

  gtk_window_destroy (parent);
  g_object_unref (catalog);

  return status;
}
