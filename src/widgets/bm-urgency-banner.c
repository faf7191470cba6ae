/* bm-urgency-banner.c: what to do now, when a red flag was answered yes
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The banner speaks only for the most urgent tier the user has (emergency or
 * today), and lists just the flags of that tier with their actions: in an
 * emergency, the one thing to read is what to do now.
 */

#define G_LOG_DOMAIN "bm-urgency-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-red-flag.h"
#include "bm-urgency-banner.h"

struct _BmUrgencyBanner
{
  GtkWidget parent_instance;

  BmCarePlan *plan;
  BmUrgency urgency; /* of the flags shown, while the banner is visible */

  GtkWidget *card;
  GtkLabel *heading_label;
  GtkBox *flags_box;
};

G_DEFINE_FINAL_TYPE (BmUrgencyBanner, bm_urgency_banner, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
new_label (const char *text)
{
  return g_object_new (GTK_TYPE_LABEL, "label", text, "xalign", 0.0f, "wrap", TRUE, NULL);
}

/* The sign, then what to do about it that its tier's action does not say. */
static void
add_flag (BmUrgencyBanner *self,
          BmRedFlag       *flag)
{
  GtkWidget *text = new_label (bm_red_flag_get_text (flag));
  const char *action = bm_red_flag_get_action (flag);

  gtk_widget_set_margin_top (text, 6);
  gtk_widget_add_css_class (text, "heading");
  gtk_box_append (self->flags_box, text);
  if (action != NULL)
    gtk_box_append (self->flags_box, new_label (action));
}

static void
show_flags (BmUrgencyBanner *self)
{
  BmCarePlan *plan = self->plan;
  GtkWidget *child, *action;
  GListModel *flags;
  BmUrgency urgency;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flags_box))) != NULL)
    gtk_box_remove (self->flags_box, child);

  /* "Within days" is not a reason to stop self-care: no banner for it. */
  if (plan == NULL || !bm_care_plan_get_urgency (plan, &urgency) ||
      urgency == BM_URGENCY_SOON)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  self->urgency = urgency;
  if (urgency == BM_URGENCY_EMERGENCY)
    {
      gtk_label_set_label (self->heading_label, _("Emergency: get help now, not self-care"));
      gtk_widget_remove_css_class (self->card, "today");
      gtk_widget_add_css_class (self->card, "emergency");
    }
  else
    {
      gtk_label_set_label (self->heading_label, bm_urgency_to_label (urgency));
      gtk_widget_remove_css_class (self->card, "emergency");
      gtk_widget_add_css_class (self->card, "today");
    }

  flags = bm_care_plan_get_red_flags (plan);
  for (guint i = 0; i < g_list_model_get_n_items (flags); i++)
    {
      g_autoptr(BmRedFlag) flag = g_list_model_get_item (flags, i);

      if (bm_red_flag_get_urgency (flag) == urgency)
        add_flag (self, flag);
    }
  /* What the tier asks, said once for all its signs. */
  action = new_label (bm_urgency_to_action (urgency));
  gtk_widget_set_margin_top (action, 12);
  gtk_widget_add_css_class (action, "heading");
  gtk_box_append (self->flags_box, action);

  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static void
bm_urgency_banner_dispose (GObject *object)
{
  BmUrgencyBanner *self = (BmUrgencyBanner *)object;

  bm_urgency_banner_set_plan (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_URGENCY_BANNER);

  G_OBJECT_CLASS (bm_urgency_banner_parent_class)->dispose (object);
}

static void
bm_urgency_banner_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BmUrgencyBanner *self = BM_URGENCY_BANNER (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_urgency_banner_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BmUrgencyBanner *self = BM_URGENCY_BANNER (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      bm_urgency_banner_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_urgency_banner_class_init (BmUrgencyBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_urgency_banner_dispose;
  object_class->get_property = bm_urgency_banner_get_property;
  object_class->set_property = bm_urgency_banner_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, BM_TYPE_CARE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-urgency-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, BmUrgencyBanner, card);
  gtk_widget_class_bind_template_child (widget_class, BmUrgencyBanner, heading_label);
  gtk_widget_class_bind_template_child (widget_class, BmUrgencyBanner, flags_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_urgency_banner_init (BmUrgencyBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_flags (self);
}

/**
 * bm_urgency_banner_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan whose red flags are shown
 */
BmCarePlan *
bm_urgency_banner_get_plan (BmUrgencyBanner *self)
{
  g_return_val_if_fail (BM_IS_URGENCY_BANNER (self), NULL);

  return self->plan;
}

void
bm_urgency_banner_set_plan (BmUrgencyBanner *self,
                            BmCarePlan      *plan)
{
  g_return_if_fail (BM_IS_URGENCY_BANNER (self));
  g_return_if_fail (plan == NULL || BM_IS_CARE_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_func (bm_care_plan_get_red_flags (self->plan), show_flags,
                                            self);
      g_signal_handlers_disconnect_by_func (self->plan, show_flags, self);
    }
  g_set_object (&self->plan, plan);
  /* The flags shown, and their tier: the plan tells its urgency after its list. */
  if (plan != NULL)
    {
      g_signal_connect_object (bm_care_plan_get_red_flags (plan), "items-changed",
                               G_CALLBACK (show_flags), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::urgency", G_CALLBACK (show_flags), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::has-urgency", G_CALLBACK (show_flags), self,
                               G_CONNECT_SWAPPED);
    }

  show_flags (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * bm_urgency_banner_get_shown_urgency:
 * @urgency: (out): how urgent the flags shown are
 *
 * Returns: whether the banner shows anything
 */
gboolean
bm_urgency_banner_get_shown_urgency (BmUrgencyBanner *self,
                                     BmUrgency       *urgency)
{
  g_return_val_if_fail (BM_IS_URGENCY_BANNER (self), FALSE);
  g_return_val_if_fail (urgency != NULL, FALSE);

  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return FALSE;

  *urgency = self->urgency;
  return TRUE;
}
