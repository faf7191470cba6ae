/* bm-region-rows.c: the rows of the details' lists: causes, pain sources, tips
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-region-rows"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-cause.h"
#include "bm-pain-source.h"
#include "bm-region-pane.h"
#include "bm-region-rows.h"
#include "bm-region.h"
#include "bm-spot.h"
#include "bm-tip.h"

/* A row that only reads: not a stop for Tab, which goes to what can be done. */
GtkWidget *
bm_region_row_new (const char *title,
                   const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

GtkWidget *
bm_region_row_new_cause (gpointer item,
                         gpointer user_data)
{
  return bm_region_row_new (bm_cause_get_name (item), bm_cause_get_summary (item));
}

static char *
dup_region_names (GPtrArray *regions)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < regions->len; i++)
    {
      if (i > 0)
        /* Translators: separates the items of a list */
        g_string_append (names, _(", "));
      g_string_append (names, bm_region_get_name (g_ptr_array_index (regions, i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The sides of the picked areas, for the muscle's page: one side, or both when an
 * area lies on both or in the middle. */
static BmSide
picked_sides (BmCarePlan *plan)
{
  GListModel *spots = bm_care_plan_get_spots (plan);
  BmSide sides = 0;

  for (guint i = 0; i < g_list_model_get_n_items (spots); i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);
      BmSide side = bm_spot_get_side (spot);

      sides |= side == BM_SIDE_CENTER ? BM_SIDE_LEFT | BM_SIDE_RIGHT : side;
    }

  return sides != 0 ? sides : BM_SIDE_LEFT | BM_SIDE_RIGHT;
}

/* A pain source's row; a muscle's opens its page, on the side of the picked areas. */
static GtkWidget *
new_source_row (BmPainSource *source,
                const char   *subtitle,
                BmRegionPane *pane)
{
  /* Translators: a pain source and its kind, such as "Quadratus lumborum (muscle)" */
  g_autofree char *title = g_strdup_printf (_("%s (%s)"), bm_pain_source_get_name (source),
                                            bm_pain_source_kind_to_label (bm_pain_source_get_kind (source)));
  GtkWidget *row = bm_region_row_new (title, subtitle);

  if (bm_pain_source_get_kind (source) == BM_PAIN_SOURCE_KIND_MUSCLE)
    {
      gtk_widget_set_focusable (row, TRUE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-muscle");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(su)",
                                        bm_pain_source_get_id (source),
                                        (guint) picked_sides (bm_region_pane_get_plan (pane)));
    }

  return row;
}

/**
 * bm_region_row_new_referred_from:
 * @user_data: the region pane
 *
 * Returns: (transfer floating): the row of a pain source that may send pain to
 *   the picked areas
 */
GtkWidget *
bm_region_row_new_referred_from (gpointer item,
                                 gpointer user_data)
{
  g_autofree char *where = dup_region_names (bm_pain_source_get_located_in (item));
  g_autofree char *subtitle = NULL;

  if (*where != '\0')
    /* Translators: where a pain source sits, then a note about it */
    subtitle = g_strdup_printf (_("Sits in: %s. %s"), where, bm_pain_source_get_note (item));
  else
    subtitle = g_strdup (bm_pain_source_get_note (item));

  return new_source_row (item, subtitle, user_data);
}

/**
 * bm_region_row_new_source_here:
 * @user_data: the region pane
 *
 * Returns: (transfer floating): the row of a pain source in the picked areas
 */
GtkWidget *
bm_region_row_new_source_here (gpointer item,
                               gpointer user_data)
{
  g_autofree char *where = dup_region_names (bm_pain_source_get_refers_to (item));
  g_autofree char *subtitle = NULL;
  const char *aggravated_by = bm_pain_source_get_aggravated_by (item);
  g_autoptr(GString) subtitle_text = g_string_new (NULL);

  /* Only what our sources say: an unknown row is left out, not filled in. */
  if (*where != '\0')
    /* Translators: where a pain source may refer pain */
    g_string_append_printf (subtitle_text, _("May refer pain to: %s."), where);
  if (aggravated_by != NULL)
    {
      if (subtitle_text->len > 0)
        g_string_append_c (subtitle_text, ' ');
      /* Translators: what makes the pain of a pain source worse */
      g_string_append_printf (subtitle_text, _("Worse with: %s"), aggravated_by);
    }
  subtitle = g_string_free (g_steal_pointer (&subtitle_text), FALSE);

  return new_source_row (item, subtitle, user_data);
}

GtkWidget *
bm_region_row_new_tip (gpointer item,
                       gpointer user_data)
{
  return bm_region_row_new (bm_tip_get_text (item), NULL);
}
