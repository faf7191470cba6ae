/* bm-technique-row.c: a technique in a region's list, with its place on the care sheet
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row opens the technique's page; its check box puts the technique on the care
 * sheet through the plan's "set-technique" action and follows the plan's list.
 */

#define G_LOG_DOMAIN "bm-technique-row"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-technique-fit.h"
#include "bm-technique-row.h"
#include "bm-technique.h"

struct _BmTechniqueRow
{
  AdwActionRow parent_instance;

  BmTechnique *technique;
  BmCarePlan *plan;
  GtkCheckButton *check;
};

G_DEFINE_FINAL_TYPE (BmTechniqueRow, bm_technique_row, ADW_TYPE_ACTION_ROW)

static void
sync_check (BmTechniqueRow *self)
{
  if (self->technique == NULL)
    return;

  gtk_check_button_set_active (self->check,
                               bm_care_plan_has_technique (self->plan, self->technique));
}

static void
toggled_cb (BmTechniqueRow *self)
{
  gboolean active = gtk_check_button_get_active (self->check);

  if (self->technique != NULL && bm_care_plan_has_technique (self->plan, self->technique) != active)
    gtk_widget_activate_action (GTK_WIDGET (self), "plan.set-technique", "(sb)",
                                bm_technique_get_id (self->technique), active);
}

static void
activated_cb (BmTechniqueRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-technique", "s",
                              bm_technique_get_id (self->technique));
}

static void
bm_technique_row_dispose (GObject *object)
{
  BmTechniqueRow *self = (BmTechniqueRow *)object;

  g_clear_object (&self->technique);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (bm_technique_row_parent_class)->dispose (object);
}

static void
bm_technique_row_class_init (BmTechniqueRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bm_technique_row_dispose;
}

static void
bm_technique_row_init (BmTechniqueRow *self)
{
  self->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->check), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->check), _("Put on the care sheet"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->check));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 1);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  g_signal_connect (self, "activated", G_CALLBACK (activated_cb), NULL);
}

/* "Self-care · 20 min · moderate evidence": what a reader weighs first. */
static char *
dup_glance (BmTechnique *technique)
{
  /* Translators: a technique at a glance: its kind, its time, then its evidence,
   * e.g. "Self-care · 20 min · Moderate evidence" */
  return g_strdup_printf (_("%s · %u min · %s"),
                          bm_technique_kind_to_label (bm_technique_get_kind (technique)),
                          bm_technique_get_minutes (technique),
                          bm_evidence_to_label (bm_technique_get_evidence (technique)));
}

/**
 * bm_technique_row_new:
 * @plan: the plan whose care sheet the check box fills
 *
 * Returns: (transfer floating): an empty row; see bm_technique_row_set_fit()
 */
GtkWidget *
bm_technique_row_new (BmCarePlan *plan)
{
  BmTechniqueRow *self = g_object_new (BM_TYPE_TECHNIQUE_ROW, NULL);

  self->plan = g_object_ref (plan);
  g_signal_connect_object (self->check, "toggled", G_CALLBACK (toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (bm_care_plan_get_techniques (plan), "items-changed",
                           G_CALLBACK (sync_check), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * bm_technique_row_set_fit:
 * @fit: the technique and why it suits the picked areas
 *
 * Shows another technique in the row. The region page keeps its rows and fills
 * them anew: making widgets costs more than changing their text.
 */
void
bm_technique_row_set_fit (BmTechniqueRow *self,
                          BmTechniqueFit *fit)
{
  g_autofree char *glance = NULL;
  g_autofree char *check_label = NULL;

  g_return_if_fail (BM_IS_TECHNIQUE_ROW (self));

  g_set_object (&self->technique, bm_technique_fit_get_technique (fit));
  glance = dup_glance (self->technique);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 bm_technique_get_name (self->technique));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), glance);
  /* Why it suits the area is one hover away, and on the technique's page. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), bm_technique_fit_get_why (fit));

  /* Translators: the label of a check box that puts a technique on the care sheet */
  check_label = g_strdup_printf (_("Put %s on the care sheet"),
                                 bm_technique_get_name (self->technique));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  check_label, -1);
  sync_check (self);
}

/**
 * bm_technique_row_get_technique:
 *
 * Returns: (transfer none) (nullable): the technique shown
 */
BmTechnique *
bm_technique_row_get_technique (BmTechniqueRow *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE_ROW (self), NULL);

  return self->technique;
}
