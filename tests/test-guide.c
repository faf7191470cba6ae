/* test-guide.c: the technique guide: a technique's page, browsing with filters, search
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bm-application.h"
#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-region.h"
#include "bm-search-page-private.h"
#include "bm-search-result.h"
#include "bm-spot.h"
#include "bm-technique-browser.h"
#include "bm-technique-page.h"
#include "bm-technique.h"
#include "bm-window.h"

#include "bm-test-utils.h"

static BmApplication *app;
static BmWindow *window;

static BmCatalog *
catalog (void)
{
  return bm_application_get_catalog (app);
}

static void
test_technique_page (void)
{
  BmTechnique *foam = bm_catalog_lookup_technique (catalog (), "foam-roller");
  BmTechnique *swedish = bm_catalog_lookup_technique (catalog (), "swedish");
  BmCarePlan *plan = bm_window_get_plan (window);
  BmTechniquePage *page;
  GtkWidget *sheet_switch;

  /* The page is made when first opened. */
  g_assert_null (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_TECHNIQUE_PAGE));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-technique", "s", "foam-roller");
  page = BM_TECHNIQUE_PAGE (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_TECHNIQUE_PAGE));
  g_assert_true (bm_technique_page_get_technique (page) == foam);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (page)));
  g_assert_cmpuint (bm_technique_page_get_n_steps (page), ==,
                    bm_technique_get_steps (foam)->len);

  /* The switch puts the technique on the care sheet, and follows the plan. */
  sheet_switch = bm_test_find_child (GTK_WIDGET (page), GTK_TYPE_SWITCH);
  g_assert_false (bm_care_plan_has_technique (plan, foam));
  gtk_switch_set_active (GTK_SWITCH (sheet_switch), TRUE);
  g_assert_true (bm_care_plan_has_technique (plan, foam));
  bm_care_plan_set_technique (plan, foam, FALSE);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sheet_switch)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-technique", "s", "swedish");
  g_assert_cmpuint (bm_technique_page_get_n_steps (page), ==, 0);
  g_assert_true (bm_technique_page_get_technique (page) == swedish);

  /* Back goes to the technique seen before. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (page)));
}

static void
test_browse_filters (void)
{
  BmTechniqueBrowser *browser;
  GListModel *shown;
  guint all, self_care, professional;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-techniques", NULL);
  browser = BM_TECHNIQUE_BROWSER (bm_test_find_child (GTK_WIDGET (window),
                                                      BM_TYPE_TECHNIQUE_BROWSER));
  shown = bm_technique_browser_get_shown (browser);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (browser)));
  /* Rows are made once the list is on screen. */
  while (!gtk_widget_get_mapped (GTK_WIDGET (browser)))
    g_main_context_iteration (NULL, TRUE);

  bm_technique_browser_set_filters (browser, 0, 0, 0);
  all = g_list_model_get_n_items (shown);
  g_assert_cmpuint (all, ==, bm_catalog_get_techniques (catalog ())->len);

  bm_technique_browser_set_filters (browser, 1, 0, 0);
  self_care = g_list_model_get_n_items (shown);
  for (guint i = 0; i < self_care; i++)
    {
      g_autoptr(BmTechnique) technique = g_list_model_get_item (shown, i);

      g_assert_cmpint (bm_technique_get_kind (technique), ==, BM_TECHNIQUE_KIND_SELF);
    }
  bm_technique_browser_set_filters (browser, 2, 0, 0);
  professional = g_list_model_get_n_items (shown);
  g_assert_cmpuint (self_care + professional, ==, all);
  g_assert_cmpuint (self_care, >, 0);
  g_assert_cmpuint (professional, >, 0);

  /* A ball, at most ten minutes. */
  bm_technique_browser_set_filters (browser, 0, 2, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(BmTechnique) technique = g_list_model_get_item (shown, i);

      g_assert_true (bm_technique_get_equipment (technique) & BM_EQUIPMENT_BALL);
      g_assert_cmpuint (bm_technique_get_minutes (technique), <=, 10);
    }

  /* Nothing needed. */
  bm_technique_browser_set_filters (browser, 0, 1, 0);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(BmTechnique) technique = g_list_model_get_item (shown, i);

      g_assert_true (bm_technique_get_equipment (technique) & BM_EQUIPMENT_NONE);
    }

  bm_technique_browser_set_filters (browser, 0, 0, 0);
}

static guint
find_result (GListModel         *results,
             BmSearchResultKind  kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BmSearchResult) result = g_list_model_get_item (results, i);

      if (bm_search_result_get_kind (result) == kind)
        return i;
    }

  g_error ("No result of kind %d", kind);
}

typedef struct
{
  GtkWidget *page;
  const char *text;
} Shown;

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

static gboolean
shows_label (gpointer data)
{
  Shown *shown = data;

  return has_label (shown->page, shown->text);
}

static void
test_search (void)
{
  BmSearchPage *search;
  BmTechniquePage *page = BM_TECHNIQUE_PAGE (bm_test_find_child (GTK_WIDGET (window),
                                                         BM_TYPE_TECHNIQUE_PAGE));
  g_autoptr(BmSearchResult) first = NULL;
  GListModel *results;
  Shown shown;
  BmSpot *spot;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  search = BM_SEARCH_PAGE (bm_test_find_child (GTK_WIDGET (window), BM_TYPE_SEARCH_PAGE));
  results = bm_search_page_get_results (search);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (search)));

  /* A muscle, whatever the case; it leads to where it sits. */
  bm_search_page_set_text (search, "PIRIFORMIS");
  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
  bm_search_page_activate (search, find_result (results, BM_SEARCH_RESULT_PAIN_SOURCE));
  spot = bm_care_plan_get_active_spot (bm_window_get_plan (window));
  g_assert_nonnull (spot);
  g_assert_cmpstr (bm_region_get_id (bm_spot_get_region (spot)), ==, "gluteal");

  /* A technique opens its page. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  bm_search_page_set_text (search, "foam roll");
  bm_search_page_activate (search, find_result (results, BM_SEARCH_RESULT_TECHNIQUE));
  g_assert_cmpstr (bm_technique_get_id (bm_technique_page_get_technique (page)), ==,
                   "foam-roller");

  /* A region is picked on the map. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  bm_search_page_set_text (search, "calf");
  bm_search_page_activate (search, find_result (results, BM_SEARCH_RESULT_REGION));
  spot = bm_care_plan_get_active_spot (bm_window_get_plan (window));
  g_assert_cmpstr (bm_region_get_id (bm_spot_get_region (spot)), ==, "calf");

  /* A synonym, and a row that shows the kind and every region of what it found. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  bm_search_page_set_text (search, "knot");
  first = g_list_model_get_item (results, 0);
  g_assert_cmpstr (bm_search_result_get_id (first), ==, "trigger-point-therapy");
  shown.page = GTK_WIDGET (search);
  shown.text = bm_search_result_get_subtitle (first);
  g_assert_nonnull (strstr (shown.text, "Neck, Shoulder blade, Buttock"));
  bm_test_iterate_until (shows_label, &shown);

  /* An organ on the right is shown on the right. */
  bm_search_page_set_text (search, "gallbladder");
  bm_search_page_activate (search, find_result (results, BM_SEARCH_RESULT_CAUSE));
  spot = bm_care_plan_get_active_spot (bm_window_get_plan (window));
  g_assert_cmpuint (bm_spot_get_side (spot), ==, BM_SIDE_RIGHT);

  bm_search_page_set_text (search, "zzzzzz");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
}

static void
test_accessible (void)
{
  BmTechniqueBrowser *browser = BM_TECHNIQUE_BROWSER (bm_test_find_child (GTK_WIDGET (window),
                                                                  BM_TYPE_TECHNIQUE_BROWSER));
  GtkWidget *dropdown = bm_test_find_child (GTK_WIDGET (browser), GTK_TYPE_DROP_DOWN);
  GtkWidget *search = bm_test_find_child (GTK_WIDGET (window), BM_TYPE_SEARCH_PAGE);
  GtkWidget *entry = bm_test_find_child (search, GTK_TYPE_SEARCH_ENTRY);
  BmTechniquePage *page = BM_TECHNIQUE_PAGE (bm_test_find_child (GTK_WIDGET (window),
                                                         BM_TYPE_TECHNIQUE_PAGE));
  GtkWidget *list = bm_test_find_child (GTK_WIDGET (browser), GTK_TYPE_LIST_BOX);

  gtk_test_accessible_assert_role (dropdown, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL, "Search");
  gtk_test_accessible_assert_property (list, GTK_ACCESSIBLE_PROPERTY_LABEL, "Techniques");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-technique", "s", "ball-against-wall");
  gtk_test_accessible_assert_role (bm_test_find_child (GTK_WIDGET (page), GTK_TYPE_SWITCH),
                                   GTK_ACCESSIBLE_ROLE_SWITCH);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  window = bm_test_open_window (&app);

  g_test_add_func ("/bm/guide/technique-page", test_technique_page);
  g_test_add_func ("/bm/guide/browse-filters", test_browse_filters);
  g_test_add_func ("/bm/guide/search", test_search);
  g_test_add_func ("/bm/guide/accessible", test_accessible);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);

  return status;
}
