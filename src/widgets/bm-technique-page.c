/* bm-technique-page.c: one technique: evidence, dose, cautions and illustrated steps
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-technique-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-illustration.h"
#include "bm-source-link.h"
#include "bm-step.h"
#include "bm-technique-page.h"
#include "bm-technique.h"
#include "bm-urgency-banner.h"

struct _BmTechniquePage
{
  GtkWidget parent_instance;

  BmTechnique *technique;
  BmCarePlan *plan;
  guint n_steps;

  GtkScrolledWindow *scroller;
  BmUrgencyBanner *banner;
  GtkWidget *emergency_label;
  GtkWidget *facts_list;
  GtkLabel *title_label;
  GtkLabel *kind_label;
  GtkLabel *summary_label;
  GtkWidget *start_button;
  GtkLabel *evidence_label;
  GtkLabel *evidence_summary;
  GtkBox *sources_box;
  GtkSwitch *sheet_switch;
  AdwActionRow *dose_row;
  AdwActionRow *equipment_row;
  AdwActionRow *time_row;
  AdwActionRow *session_row;
  GtkBox *sections_box;
};

G_DEFINE_FINAL_TYPE (BmTechniquePage, bm_technique_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TECHNIQUE,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
new_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);

  return label;
}

static GtkWidget *
new_text (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);

  return label;
}

static void
add_list (BmTechniquePage    *self,
          const char         *heading,
          const char * const *items)
{
  GtkWidget *box;

  if (items == NULL || items[0] == NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), new_heading (heading));
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *item = g_strdup_printf ("•  %s", items[i]);

      gtk_box_append (GTK_BOX (box), new_text (item));
    }
  gtk_box_append (self->sections_box, box);
}

static void
add_steps (BmTechniquePage *self)
{
  GPtrArray *steps = bm_technique_get_steps (self->technique);
  GtkWidget *box;

  self->n_steps = steps->len;
  if (steps->len == 0)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), new_heading (_("Step by Step")));

  for (guint i = 0; i < steps->len; i++)
    {
      BmStep *step = g_ptr_array_index (steps, i);
      g_autofree char *path = bm_step_dup_illustration_path (step);
      g_autofree char *number = g_strdup_printf ("%u", bm_step_get_number (step));
      /* Translators: what an illustration shows, for screen readers */
      g_autofree char *description = g_strdup_printf (_("Illustration of step %u"),
                                                      bm_step_get_number (step));
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *number_label = new_text (number);
      GtkWidget *caption = new_text (bm_step_get_text (step));

      gtk_widget_add_css_class (number_label, "step-number");
      gtk_widget_set_hexpand (text, TRUE);
      gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (text), number_label);
      gtk_box_append (GTK_BOX (text), caption);
      gtk_box_append (GTK_BOX (row), bm_illustration_new (path, description));
      gtk_box_append (GTK_BOX (row), text);
      gtk_box_append (GTK_BOX (box), row);
    }

  gtk_box_append (self->sections_box, box);
}

static void
show_technique (BmTechniquePage *self)
{
  BmTechnique *technique = self->technique;
  GPtrArray *sources;
  g_autofree char *equipment = NULL;
  g_autofree char *time = NULL;
  g_autofree char *evidence_class = NULL;

  clear_box (self->sections_box);
  clear_box (self->sources_box);
  self->n_steps = 0;
  if (technique == NULL)
    return;

  gtk_label_set_label (self->title_label, bm_technique_get_name (technique));
  gtk_label_set_label (self->kind_label,
                       bm_technique_kind_to_label (bm_technique_get_kind (technique)));
  gtk_label_set_label (self->summary_label, bm_technique_get_summary (technique));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->start_button), "s",
                                    bm_technique_get_id (technique));

  gtk_label_set_label (self->evidence_label,
                       bm_evidence_to_label (bm_technique_get_evidence (technique)));
  gtk_label_set_label (self->evidence_summary, bm_technique_get_evidence_summary (technique));
  sources = bm_technique_get_evidence_sources (technique);
  for (guint i = 0; i < sources->len; i++)
    gtk_box_append (self->sources_box, bm_source_link_new (g_ptr_array_index (sources, i)));

  adw_action_row_set_subtitle (self->dose_row, bm_technique_get_dose (technique));
  equipment = bm_equipment_to_label (bm_technique_get_equipment (technique));
  adw_action_row_set_subtitle (self->equipment_row, equipment);
  /* Translators: how long a technique takes and how firm it is,
   * such as "About 10 minutes · Gentle" */
  time = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %u minute · %s",
                                       "About %u minutes · %s",
                                       bm_technique_get_minutes (technique)),
                          bm_technique_get_minutes (technique),
                          bm_intensity_to_label (bm_technique_get_intensity (technique)));
  adw_action_row_set_subtitle (self->time_row, time);
  adw_action_row_set_subtitle (self->session_row, bm_technique_get_session (technique));

  add_list (self, _("Cautions"), bm_technique_get_cautions (technique));
  add_steps (self);
  add_list (self, _("What to Expect"), bm_technique_get_expect (technique));
  add_list (self, _("What to Tell Your Therapist"), bm_technique_get_tell_therapist (technique));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* With an emergency answer, what to do now replaces how to do the technique. */
static void
sync_switch (BmTechniquePage *self)
{
  gboolean on = self->plan != NULL && self->technique != NULL &&
                bm_care_plan_has_technique (self->plan, self->technique);
  gboolean emergency = self->plan != NULL && bm_care_plan_stops_self_care (self->plan);

  gtk_widget_set_visible (self->emergency_label, emergency);
  /* Only self-care can be followed along with, and not in an emergency. */
  gtk_widget_set_visible (self->start_button,
                          !emergency && self->technique != NULL &&
                          bm_technique_get_kind (self->technique) == BM_TECHNIQUE_KIND_SELF);
  gtk_widget_set_visible (self->facts_list, !emergency);
  gtk_widget_set_visible (GTK_WIDGET (self->sections_box), !emergency);

  if (gtk_switch_get_active (self->sheet_switch) != on)
    gtk_switch_set_active (self->sheet_switch, on);
}

static void
switch_active_cb (BmTechniquePage *self)
{
  gboolean on = gtk_switch_get_active (self->sheet_switch);

  if (self->plan != NULL && self->technique != NULL &&
      bm_care_plan_has_technique (self->plan, self->technique) != on)
    gtk_widget_activate_action (GTK_WIDGET (self), "plan.set-technique", "(sb)",
                                bm_technique_get_id (self->technique), on);
}

static void
bm_technique_page_dispose (GObject *object)
{
  BmTechniquePage *self = (BmTechniquePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_TECHNIQUE_PAGE);
  g_clear_object (&self->technique);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (bm_technique_page_parent_class)->dispose (object);
}

static void
bm_technique_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BmTechniquePage *self = BM_TECHNIQUE_PAGE (object);

  switch (prop_id)
    {
    case PROP_TECHNIQUE:
      g_value_set_object (value, self->technique);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_technique_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BmTechniquePage *self = BM_TECHNIQUE_PAGE (object);

  switch (prop_id)
    {
    case PROP_TECHNIQUE:
      bm_technique_page_set_technique (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      bm_technique_page_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_technique_page_class_init (BmTechniquePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_technique_page_dispose;
  object_class->get_property = bm_technique_page_get_property;
  object_class->set_property = bm_technique_page_set_property;

  properties[PROP_TECHNIQUE] =
    g_param_spec_object ("technique", NULL, NULL, BM_TYPE_TECHNIQUE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, BM_TYPE_CARE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-technique-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, banner);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, emergency_label);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, facts_list);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, start_button);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, evidence_summary);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, sources_box);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, sheet_switch);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, dose_row);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, time_row);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, session_row);
  gtk_widget_class_bind_template_child (widget_class, BmTechniquePage, sections_box);
  gtk_widget_class_bind_template_callback (widget_class, switch_active_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_technique_page_init (BmTechniquePage *self)
{
  g_type_ensure (BM_TYPE_URGENCY_BANNER);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bm_technique_page_get_technique:
 *
 * Returns: (transfer none) (nullable): the technique shown
 */
BmTechnique *
bm_technique_page_get_technique (BmTechniquePage *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE_PAGE (self), NULL);

  return self->technique;
}

void
bm_technique_page_set_technique (BmTechniquePage *self,
                                 BmTechnique     *technique)
{
  g_return_if_fail (BM_IS_TECHNIQUE_PAGE (self));

  if (!g_set_object (&self->technique, technique))
    return;

  show_technique (self);
  sync_switch (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TECHNIQUE]);
}

/**
 * bm_technique_page_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan the switch puts the technique on
 */
BmCarePlan *
bm_technique_page_get_plan (BmTechniquePage *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE_PAGE (self), NULL);

  return self->plan;
}

void
bm_technique_page_set_plan (BmTechniquePage *self,
                            BmCarePlan      *plan)
{
  g_return_if_fail (BM_IS_TECHNIQUE_PAGE (self));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->plan, sync_switch, self);
      g_signal_handlers_disconnect_by_func (bm_care_plan_get_techniques (self->plan), sync_switch,
                                            self);
    }
  g_set_object (&self->plan, plan);
  bm_urgency_banner_set_plan (self->banner, plan);
  if (plan != NULL)
    {
      g_signal_connect_object (plan, "notify::stops-self-care", G_CALLBACK (sync_switch), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (bm_care_plan_get_techniques (plan), "items-changed",
                               G_CALLBACK (sync_switch), self, G_CONNECT_SWAPPED);
    }

  sync_switch (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * bm_technique_page_get_n_steps:
 *
 * Returns: how many illustrated steps the page shows
 */
guint
bm_technique_page_get_n_steps (BmTechniquePage *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE_PAGE (self), 0);

  return self->n_steps;
}
