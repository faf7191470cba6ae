/* bm-pain-type-dialog.c: three questions that tell local, referred and nerve pain apart
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-pain-type-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-plan-actions.h"
#include "bm-catalog.h"
#include "bm-pain-type-dialog.h"
#include "bm-pain-type.h"

struct _BmPainTypeDialog
{
  AdwWindow parent_instance;

  BmCatalog *catalog;
  BmCarePlan *plan;
  BmPainType *result;

  GtkCheckButton *shooting_check;
  GtkCheckButton *numb_check;
  GtkCheckButton *wide_ache_check;
  GtkLabel *name_label;
  GtkWidget *nerve_box;
  GtkWidget *numb_label;
  GtkLabel *feels_like_label;
  GtkLabel *how_to_tell_label;
  GtkLabel *advice_label;
};

G_DEFINE_FINAL_TYPE (BmPainTypeDialog, bm_pain_type_dialog, ADW_TYPE_WINDOW)

static void
show_result (BmPainTypeDialog *self,
             BmPainType       *pain_type)
{
  g_set_object (&self->result, pain_type);

  gtk_label_set_label (self->name_label, bm_pain_type_get_name (pain_type));
  gtk_label_set_label (self->feels_like_label, bm_pain_type_get_feels_like (pain_type));
  gtk_label_set_label (self->how_to_tell_label, bm_pain_type_get_how_to_tell (pain_type));
  gtk_label_set_label (self->advice_label, bm_pain_type_get_advice (pain_type));
  gtk_widget_set_visible (self->nerve_box,
                          g_str_equal (bm_pain_type_get_id (pain_type), "radicular"));
  gtk_widget_set_visible (self->numb_label, gtk_check_button_get_active (self->numb_check));
}

/* A nerve sign outweighs the rest: shooting pain, numbness or weakness mean a nerve
 * root; without them, a wide dull ache is referred; anything else stays local. */
static void
update_result (BmPainTypeDialog *self)
{
  const char *id;
  BmPainType *pain_type;

  if (gtk_check_button_get_active (self->shooting_check) ||
      gtk_check_button_get_active (self->numb_check))
    id = "radicular";
  else if (gtk_check_button_get_active (self->wide_ache_check))
    id = "referred";
  else
    id = "axial";

  pain_type = bm_catalog_lookup_pain_type (self->catalog, id);
  /* The shipped catalog is tested to have all three. */
  g_return_if_fail (pain_type != NULL);

  show_result (self, pain_type);
}

static void
answer_toggled_cb (BmPainTypeDialog *self,
                   GtkCheckButton   *check)
{
  update_result (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BmPainTypeDialog *self = BM_PAIN_TYPE_DIALOG (widget);

  gtk_widget_activate_action (widget, "plan.set-pain-type", "s",
                              self->result != NULL ? bm_pain_type_get_id (self->result) : "");
  gtk_window_close (GTK_WINDOW (self));
}

static void
bm_pain_type_dialog_dispose (GObject *object)
{
  BmPainTypeDialog *self = (BmPainTypeDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_PAIN_TYPE_DIALOG);
  g_clear_object (&self->catalog);
  g_clear_object (&self->plan);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (bm_pain_type_dialog_parent_class)->dispose (object);
}

static void
bm_pain_type_dialog_class_init (BmPainTypeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_pain_type_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-pain-type-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BmPainTypeDialog, shooting_check);
  gtk_widget_class_bind_template_child (widget_class, BmPainTypeDialog, numb_check);
  gtk_widget_class_bind_template_child (widget_class, BmPainTypeDialog, wide_ache_check);
  gtk_widget_class_bind_template_child (widget_class, BmPainTypeDialog, name_label);
  gtk_widget_class_bind_template_child (widget_class, BmPainTypeDialog, nerve_box);
  gtk_widget_class_bind_template_child (widget_class, BmPainTypeDialog, numb_label);
  gtk_widget_class_bind_template_child (widget_class, BmPainTypeDialog, feels_like_label);
  gtk_widget_class_bind_template_child (widget_class, BmPainTypeDialog, how_to_tell_label);
  gtk_widget_class_bind_template_child (widget_class, BmPainTypeDialog, advice_label);
  gtk_widget_class_bind_template_callback (widget_class, answer_toggled_cb);

  gtk_widget_class_install_action (widget_class, "pain-type.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bm_pain_type_dialog_init (BmPainTypeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bm_pain_type_dialog_new:
 * @parent: (nullable): the window the questions are about
 * @catalog: where the pain types come from
 * @plan: the plan that keeps the result
 *
 * The questions start unanswered; the result shown is the plan's pain type, if it
 * has one.
 *
 * Returns: (transfer none): a new modal dialog, not yet shown
 */
BmPainTypeDialog *
bm_pain_type_dialog_new (GtkWindow  *parent,
                         BmCatalog  *catalog,
                         BmCarePlan *plan)
{
  GActionGroup *actions;
  BmPainTypeDialog *self;
  BmPainType *saved;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (BM_IS_CARE_PLAN (plan), NULL);

  self = g_object_new (BM_TYPE_PAIN_TYPE_DIALOG, "transient-for", parent, NULL);
  self->catalog = g_object_ref (catalog);
  self->plan = g_object_ref (plan);
  /* A dialog is a window of its own: it changes the plan through its own "plan"
   * actions, as the main window does. */
  actions = bm_plan_actions_new (catalog, plan);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "plan", actions);
  g_object_unref (actions);

  saved = bm_care_plan_get_pain_type (plan);
  if (saved != NULL)
    show_result (self, saved);
  else
    update_result (self);

  return self;
}

/**
 * bm_pain_type_dialog_set_answers:
 * @shooting: pain shoots down a limb like an electric shock
 * @numb: numbness, pins and needles or weakness in a limb
 * @wide_ache: a wide, dull, deep ache that is hard to pin down
 *
 * Answers the questions as the user would, and shows the result.
 */
void
bm_pain_type_dialog_set_answers (BmPainTypeDialog *self,
                                 gboolean          shooting,
                                 gboolean          numb,
                                 gboolean          wide_ache)
{
  g_return_if_fail (BM_IS_PAIN_TYPE_DIALOG (self));

  gtk_check_button_set_active (self->shooting_check, shooting);
  gtk_check_button_set_active (self->numb_check, numb);
  gtk_check_button_set_active (self->wide_ache_check, wide_ache);
  /* Answers that did not change toggle nothing, yet replace the plan's result. */
  update_result (self);
}

/**
 * bm_pain_type_dialog_get_result:
 *
 * Returns: (transfer none): the pain type shown, which saving puts on the plan
 */
BmPainType *
bm_pain_type_dialog_get_result (BmPainTypeDialog *self)
{
  g_return_val_if_fail (BM_IS_PAIN_TYPE_DIALOG (self), NULL);

  return self->result;
}
