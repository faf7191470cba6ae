/* bm-red-flag-dialog.c: the red-flag check: signs that need a doctor, not self-care
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-red-flag-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-plan-actions.h"
#include "bm-catalog.h"
#include "bm-red-flag-dialog.h"
#include "bm-red-flag.h"
#include "bm-urgency-banner.h"

struct _BmRedFlagDialog
{
  AdwWindow parent_instance;

  BmCarePlan *plan;
  GHashTable *checks; /* BmRedFlag → its GtkCheckButton */
  GHashTable *flags;  /* and back */

  GtkScrolledWindow *scroller;
  BmUrgencyBanner *banner;
  AdwPreferencesGroup *emergency_group;
  AdwPreferencesGroup *today_group;
  AdwPreferencesGroup *soon_group;
};

G_DEFINE_FINAL_TYPE (BmRedFlagDialog, bm_red_flag_dialog, ADW_TYPE_WINDOW)

static AdwPreferencesGroup *
get_group (BmRedFlagDialog *self,
           BmUrgency        urgency)
{
  switch (urgency)
    {
    case BM_URGENCY_EMERGENCY:
      return self->emergency_group;
    case BM_URGENCY_TODAY:
      return self->today_group;
    case BM_URGENCY_SOON:
      return self->soon_group;
    default:
      g_assert_not_reached ();
    }
}

static void
check_toggled_cb (GtkCheckButton  *check,
                  BmRedFlagDialog *self)
{
  BmRedFlag *flag = g_hash_table_lookup (self->flags, check);
  BmUrgency before, after;

  bm_care_plan_get_urgency (self->plan, &before);
  gtk_widget_activate_action (GTK_WIDGET (check), "plan.set-red-flag", "(sb)",
                              bm_red_flag_get_id (flag), gtk_check_button_get_active (check));
  bm_care_plan_get_urgency (self->plan, &after);

  /* A more urgent answer: bring what to do now, at the top, into view at once. */
  if (after < before)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
add_row (BmRedFlagDialog *self,
         BmRedFlag       *flag)
{
  const char *question = bm_red_flag_get_question (flag);
  GtkWidget *row, *check;

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, question,
                                  -1);
  g_hash_table_insert (self->flags, check, flag);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "title", question,
                      NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (get_group (self, bm_red_flag_get_urgency (flag)), row);

  g_hash_table_insert (self->checks, g_object_ref (flag), check);
}

static void
sync_checks (BmRedFlagDialog *self)
{
  GListModel *flags = bm_care_plan_get_red_flags (self->plan);
  g_autoptr(GHashTable) answered = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer flag, check;

  for (guint i = 0; i < g_list_model_get_n_items (flags); i++)
    {
      g_autoptr(BmRedFlag) item = g_list_model_get_item (flags, i);

      g_hash_table_add (answered, item);
    }

  /* A check that changes here agrees with the plan already: its toggle changes nothing. */
  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &flag, &check))
    gtk_check_button_set_active (check, g_hash_table_contains (answered, flag));
}

/* Finishing records the date, which the care sheet gives with the answers: without
 * it the sheet says the check was not done, whatever the boxes say. */
static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "plan.finish-red-flag-check", NULL);
  gtk_window_close (GTK_WINDOW (widget));
}

static void
bm_red_flag_dialog_dispose (GObject *object)
{
  BmRedFlagDialog *self = (BmRedFlagDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_RED_FLAG_DIALOG);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (bm_care_plan_get_red_flags (self->plan), sync_checks,
                                          self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->flags, g_hash_table_unref);

  G_OBJECT_CLASS (bm_red_flag_dialog_parent_class)->dispose (object);
}

static void
bm_red_flag_dialog_class_init (BmRedFlagDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_red_flag_dialog_dispose;

  g_type_ensure (BM_TYPE_URGENCY_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-red-flag-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BmRedFlagDialog, scroller);
  gtk_widget_class_bind_template_child (widget_class, BmRedFlagDialog, banner);
  gtk_widget_class_bind_template_child (widget_class, BmRedFlagDialog, emergency_group);
  gtk_widget_class_bind_template_child (widget_class, BmRedFlagDialog, today_group);
  gtk_widget_class_bind_template_child (widget_class, BmRedFlagDialog, soon_group);

  gtk_widget_class_install_action (widget_class, "check.done", NULL, done_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bm_red_flag_dialog_init (BmRedFlagDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->flags = g_hash_table_new (NULL, NULL);

  for (BmUrgency urgency = BM_URGENCY_EMERGENCY; urgency <= BM_URGENCY_SOON; urgency++)
    adw_preferences_group_set_title (get_group (self, urgency), bm_urgency_to_label (urgency));
}

/**
 * bm_red_flag_dialog_new:
 * @parent: (nullable): the window the check is about
 * @catalog: where the red flags come from
 * @plan: the plan that keeps the answers
 *
 * Returns: (transfer none): a new modal dialog, not yet shown
 */
BmRedFlagDialog *
bm_red_flag_dialog_new (GtkWindow  *parent,
                        BmCatalog  *catalog,
                        BmCarePlan *plan)
{
  GActionGroup *actions;
  BmRedFlagDialog *self;
  GPtrArray *flags;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (BM_IS_CARE_PLAN (plan), NULL);

  self = g_object_new (BM_TYPE_RED_FLAG_DIALOG, "transient-for", parent, NULL);
  self->plan = g_object_ref (plan);
  bm_urgency_banner_set_plan (self->banner, plan);
  /* A dialog is a window of its own: it changes the plan through its own "plan"
   * actions, as the main window does. */
  actions = bm_plan_actions_new (catalog, plan);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "plan", actions);
  g_object_unref (actions);

  flags = bm_catalog_get_red_flags (catalog);
  for (guint i = 0; i < flags->len; i++)
    add_row (self, g_ptr_array_index (flags, i));

  sync_checks (self);
  g_signal_connect_object (bm_care_plan_get_red_flags (plan), "items-changed",
                           G_CALLBACK (sync_checks), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * bm_red_flag_dialog_get_check:
 *
 * Returns: (transfer none) (nullable): the check box that answers @flag
 */
GtkCheckButton *
bm_red_flag_dialog_get_check (BmRedFlagDialog *self,
                              BmRedFlag       *flag)
{
  g_return_val_if_fail (BM_IS_RED_FLAG_DIALOG (self), NULL);
  g_return_val_if_fail (BM_IS_RED_FLAG (flag), NULL);

  return g_hash_table_lookup (self->checks, flag);
}
