/* bm-region-pane.c: the page of the picked areas, most useful first
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order is the reader's: what the areas are, which are picked, when to get
 * help now, what to do now; then, folded away and made only when opened, the
 * causes and where the pain may come from. With several areas picked the page
 * shows what they hold together, each item once. It follows the plan's properties
 * and lists; it changes the plan only through the "plan" actions.
 */

#define G_LOG_DOMAIN "bm-region-pane"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-cause.h"
#include "bm-lazy-expander-row.h"
#include "bm-pain-type.h"
#include "bm-red-flag.h"
#include "bm-region-pane.h"
#include "bm-region-rows.h"
#include "bm-region.h"
#include "bm-spot-chip.h"
#include "bm-spot-content.h"
#include "bm-spot.h"
#include "bm-technique-fit.h"
#include "bm-technique-row.h"
#include "bm-technique.h"
#include "bm-tip.h"
#include "bm-urgency-banner.h"
#include "bm-wrap-layout.h"

/* What is shown at once: the best few; the rest waits, folded, in "More…". A
 * person in pain reads the top of a page, and each row costs layout time. */
#define N_KEY_TIPS 3
#define N_TOP_SELF_CARE 4

struct _BmRegionPane
{
  GtkWidget parent_instance;

  BmCarePlan *plan;
  GtkWidget *top_rows[N_TOP_SELF_CARE]; /* BmTechniqueRow, kept and refilled */
  GBindingGroup *plan_bindings;

  GtkStack *stack;
  GtkScrolledWindow *scroller;
  BmUrgencyBanner *banner;
  GtkLabel *title_label;
  GtkLabel *summary_label;
  GtkLabel *side_note_label;
  GtkBox *chips_box;
  GtkLabel *emergency_signs;
  GtkLabel *emergency_action;
  GtkLabel *today_signs;
  GtkLabel *today_action;
  GtkWidget *emergency_notice;
  GtkWidget *advice_box;
  GtkLabel *pain_type_label;
  GtkLabel *key_advice_label;
  GtkListBox *self_care_list;
  BmLazyExpanderRow *more_self_care_row;
  BmLazyExpanderRow *professional_row;
  BmLazyExpanderRow *tips_row;
  BmLazyExpanderRow *causes_row;
  BmLazyExpanderRow *risks_row;
  BmLazyExpanderRow *referred_row;
  BmLazyExpanderRow *here_row;
  GtkLabel *sheet_summary;
  GtkWidget *start_routine_button;
  GtkTextView *notes_view;
};

G_DEFINE_FINAL_TYPE (BmRegionPane, bm_region_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Replaces what @row lists with @items. */
static void
fill_section (BmLazyExpanderRow *row,
              GPtrArray         *items)
{
  GListStore *store = G_LIST_STORE (bm_lazy_expander_row_get_model (row));
  g_autofree char *count = g_strdup_printf ("%u", items->len);

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), count);
}

/* One label for a tier: a bulleted list of its signs, then its action, said once. */
static void
show_tier (BmRegionPane *self,
           BmUrgency     urgency,
           GtkLabel     *signs_label,
           GtkLabel     *action_label)
{
  g_autoptr(GPtrArray) flags = bm_spot_content_dup_red_flags (bm_care_plan_get_spots (self->plan),
                                                              urgency);
  g_autoptr(GString) signs = g_string_new (NULL);

  for (guint i = 0; i < flags->len; i++)
    {
      if (i > 0)
        g_string_append_c (signs, '\n');
      /* Translators: a bullet before each item of a list */
      g_string_append_printf (signs, _("• %s"), bm_red_flag_get_text (g_ptr_array_index (flags, i)));
    }

  gtk_label_set_label (signs_label, signs->str);
  gtk_label_set_label (action_label, bm_urgency_to_action (urgency));
  gtk_widget_set_visible (GTK_WIDGET (signs_label), flags->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (action_label), flags->len > 0);
}

static void
show_advice (BmRegionPane *self,
             GListModel   *spots)
{
  g_autoptr(GPtrArray) fits = bm_spot_content_dup_fits (spots);
  g_autoptr(GPtrArray) tips = bm_spot_content_dup_tips (spots);
  g_autoptr(GPtrArray) self_care = g_ptr_array_new ();
  g_autoptr(GPtrArray) professional = g_ptr_array_new ();
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < fits->len; i++)
    {
      BmTechniqueFit *fit = g_ptr_array_index (fits, i);
      gboolean self_kind = bm_technique_get_kind (bm_technique_fit_get_technique (fit))
                           == BM_TECHNIQUE_KIND_SELF;

      g_ptr_array_add (self_kind ? self_care : professional, fit);
    }
  for (guint i = 0; i < N_TOP_SELF_CARE; i++)
    {
      if (i < self_care->len)
        bm_technique_row_set_fit (BM_TECHNIQUE_ROW (self->top_rows[i]),
                                  g_ptr_array_index (self_care, i));
      gtk_widget_set_visible (self->top_rows[i], i < self_care->len);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->self_care_list), self_care->len > 0);
  g_ptr_array_remove_range (self_care, 0, MIN (self_care->len, N_TOP_SELF_CARE));
  fill_section (self->more_self_care_row, self_care);
  fill_section (self->professional_row, professional);

  for (guint i = 0; i < MIN (tips->len, N_KEY_TIPS); i++)
    {
      if (i > 0)
        g_string_append_c (key, '\n');
      g_string_append_printf (key, _("• %s"), bm_tip_get_text (g_ptr_array_index (tips, i)));
    }
  gtk_label_set_label (self->key_advice_label, key->str);
  gtk_widget_set_visible (GTK_WIDGET (self->key_advice_label), tips->len > 0);
  g_ptr_array_remove_range (tips, 0, MIN (tips->len, N_KEY_TIPS));
  fill_section (self->tips_row, tips);
}

static void
show_causes (BmRegionPane *self,
             GListModel   *spots)
{
  g_autoptr(GPtrArray) causes = bm_spot_content_dup_causes (spots);
  g_autoptr(GPtrArray) risks = g_ptr_array_new ();

  /* Risk factors are not causes of this pain: they get a section of their own. */
  for (guint i = causes->len; i > 0; i--)
    if (bm_cause_get_kind (g_ptr_array_index (causes, i - 1)) == BM_CAUSE_KIND_RISK_FACTOR)
      g_ptr_array_insert (risks, 0, g_ptr_array_steal_index (causes, i - 1));

  fill_section (self->causes_row, causes);
  fill_section (self->risks_row, risks);
}

static void
show_sources (BmRegionPane *self,
              GListModel   *spots)
{
  g_autoptr(GPtrArray) referred_from = bm_spot_content_dup_referred_from (spots);
  g_autoptr(GPtrArray) here = bm_spot_content_dup_sources_here (spots);

  fill_section (self->referred_row, referred_from);
  fill_section (self->here_row, here);
}

static char *
dup_title (GListModel *spots)
{
  guint n = g_list_model_get_n_items (spots);
  g_autoptr(BmSpot) first = g_list_model_get_item (spots, 0);
  g_autofree char *label = bm_spot_dup_label (first);

  if (n == 1)
    return g_steal_pointer (&label);

  /* Translators: the title of several picked areas: the first, then how many more,
   * e.g. "Lower back, left side, and 2 more areas" */
  return g_strdup_printf (ngettext ("%s, and %u more area", "%s, and %u more areas", n - 1),
                          label, n - 1);
}

static const char *
side_note (BmSpot *spot)
{
  BmSide side = bm_spot_get_side (spot);

  return side == BM_SIDE_LEFT || side == BM_SIDE_RIGHT
    ? bm_region_get_side_note (bm_spot_get_region (spot), side)
    : NULL;
}

/* However the areas were picked (click, keys, search, a restart), the page starts
 * at its top: the title and the warning signs are what a reader needs first. */
static void
scroll_to_top (BmRegionPane *self)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* A chip for each picked area, in the order picked. */
static void
show_chips (BmRegionPane *self,
            GListModel   *spots)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips_box))) != NULL)
    gtk_box_remove (self->chips_box, child);

  for (guint i = 0; i < g_list_model_get_n_items (spots); i++)
    {
      g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);

      gtk_box_append (self->chips_box, bm_spot_chip_new (spot));
    }
}

static void
show_spots (BmRegionPane *self)
{
  GListModel *spots = bm_care_plan_get_spots (self->plan);
  g_autoptr(BmSpot) first = NULL;
  g_autofree char *title = NULL;
  const char *note;
  gboolean several;

  if (g_list_model_get_n_items (spots) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  first = g_list_model_get_item (spots, 0);
  several = g_list_model_get_n_items (spots) > 1;
  title = dup_title (spots);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->summary_label, bm_region_get_summary (bm_spot_get_region (first)));
  note = several ? NULL : side_note (first);
  gtk_label_set_label (self->side_note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->side_note_label), note != NULL);

  show_chips (self, spots);
  show_tier (self, BM_URGENCY_EMERGENCY, self->emergency_signs, self->emergency_action);
  show_tier (self, BM_URGENCY_TODAY, self->today_signs, self->today_action);
  show_advice (self, spots);
  show_causes (self, spots);
  show_sources (self, spots);

  gtk_stack_set_visible_child_name (self->stack, "details");
  scroll_to_top (self);
}

/* Whether the care sheet has a technique the routine player can follow. */
static gboolean
has_self_care (BmRegionPane *self)
{
  GListModel *techniques = bm_care_plan_get_techniques (self->plan);

  for (guint i = 0; i < g_list_model_get_n_items (techniques); i++)
    {
      g_autoptr(BmTechnique) technique = g_list_model_get_item (techniques, i);

      if (bm_technique_get_kind (technique) == BM_TECHNIQUE_KIND_SELF)
        return TRUE;
    }

  return FALSE;
}

static void
update_sheet_summary (BmRegionPane *self)
{
  g_autofree char *regions = NULL;
  g_autofree char *summary = NULL;
  guint n_spots, n_techniques;

  n_spots = g_list_model_get_n_items (bm_care_plan_get_spots (self->plan));
  n_techniques = g_list_model_get_n_items (bm_care_plan_get_techniques (self->plan));
  /* Translators: the first half of "2 areas and 1 technique are on your care sheet" */
  regions = g_strdup_printf (ngettext ("%u area", "%u areas", n_spots), n_spots);
  /* Translators: the second half; the first %s is "2 areas" */
  summary = g_strdup_printf (ngettext ("%s and %u technique are on your care sheet.",
                                       "%s and %u techniques are on your care sheet.",
                                       n_techniques),
                             regions, n_techniques);
  gtk_label_set_label (self->sheet_summary, summary);

  gtk_widget_set_visible (self->start_routine_button, has_self_care (self));
}

static void
spots_changed_cb (BmRegionPane *self)
{
  show_spots (self);
  update_sheet_summary (self);
}

static void
pain_type_changed_cb (BmRegionPane *self)
{
  BmPainType *pain_type = bm_care_plan_get_pain_type (self->plan);
  g_autofree char *notice = NULL;

  if (pain_type != NULL)
    /* Translators: the pain type the user found, then the advice for it */
    notice = g_strdup_printf (_("Your pain seems %s. %s"), bm_pain_type_get_name (pain_type),
                              bm_pain_type_get_advice (pain_type));
  gtk_label_set_label (self->pain_type_label, notice != NULL ? notice : "");
  gtk_widget_set_visible (GTK_WIDGET (self->pain_type_label), notice != NULL);
}

static GtkWidget *
create_technique_row (gpointer item,
                      gpointer user_data)
{
  BmRegionPane *self = user_data;
  GtkWidget *row = bm_technique_row_new (self->plan);

  bm_technique_row_set_fit (BM_TECHNIQUE_ROW (row), item);
  return row;
}

static void
bm_region_pane_dispose (GObject *object)
{
  BmRegionPane *self = (BmRegionPane *)object;

  bm_region_pane_set_plan (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_REGION_PANE);
  g_clear_object (&self->plan_bindings);

  G_OBJECT_CLASS (bm_region_pane_parent_class)->dispose (object);
}

static void
bm_region_pane_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BmRegionPane *self = BM_REGION_PANE (object);

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
bm_region_pane_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BmRegionPane *self = BM_REGION_PANE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      bm_region_pane_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_region_pane_class_init (BmRegionPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_region_pane_dispose;
  object_class->get_property = bm_region_pane_get_property;
  object_class->set_property = bm_region_pane_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, BM_TYPE_CARE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BM_TYPE_LAZY_EXPANDER_ROW);
  g_type_ensure (BM_TYPE_URGENCY_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-region-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, stack);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, banner);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, side_note_label);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, chips_box);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, emergency_signs);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, emergency_action);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, today_signs);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, today_action);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, emergency_notice);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, advice_box);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, pain_type_label);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, key_advice_label);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, self_care_list);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, more_self_care_row);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, professional_row);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, tips_row);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, causes_row);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, risks_row);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, referred_row);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, here_row);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, sheet_summary);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, start_routine_button);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, notes_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_region_pane_init (BmRegionPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The box only holds the chips; its box layout is replaced, never used. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self->chips_box), bm_wrap_layout_new (6));

  bm_lazy_expander_row_set_factory (self->more_self_care_row, create_technique_row, self);
  bm_lazy_expander_row_set_factory (self->professional_row, create_technique_row, self);
  bm_lazy_expander_row_set_factory (self->tips_row, bm_region_row_new_tip, NULL);
  bm_lazy_expander_row_set_factory (self->causes_row, bm_region_row_new_cause, NULL);
  bm_lazy_expander_row_set_factory (self->risks_row, bm_region_row_new_cause, NULL);
  bm_lazy_expander_row_set_factory (self->referred_row, bm_region_row_new_referred_from, self);
  bm_lazy_expander_row_set_factory (self->here_row, bm_region_row_new_source_here, self);

  /* What follows the plan's properties is bound once; the group follows the plan. */
  self->plan_bindings = g_binding_group_new ();
  g_binding_group_bind (self->plan_bindings, "stops-self-care", self->emergency_notice,
                        "visible", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->plan_bindings, "stops-self-care", self->advice_box, "visible",
                        G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  g_binding_group_bind (self->plan_bindings, "notes",
                        gtk_text_view_get_buffer (self->notes_view), "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

/**
 * bm_region_pane_get_title:
 *
 * Returns: (nullable): the heading shown, or %NULL when no area is picked
 */
const char *
bm_region_pane_get_title (BmRegionPane *self)
{
  g_return_val_if_fail (BM_IS_REGION_PANE (self), NULL);

  return g_str_equal (gtk_stack_get_visible_child_name (self->stack), "details")
    ? gtk_label_get_label (self->title_label) : NULL;
}

/**
 * bm_region_pane_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
BmCarePlan *
bm_region_pane_get_plan (BmRegionPane *self)
{
  g_return_val_if_fail (BM_IS_REGION_PANE (self), NULL);

  return self->plan;
}

void
bm_region_pane_set_plan (BmRegionPane *self,
                         BmCarePlan   *plan)
{
  g_return_if_fail (BM_IS_REGION_PANE (self));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_data (bm_care_plan_get_spots (self->plan), self);
      g_signal_handlers_disconnect_by_data (bm_care_plan_get_techniques (self->plan), self);
      g_signal_handlers_disconnect_by_data (self->plan, self);
    }
  g_set_object (&self->plan, plan);
  g_binding_group_set_source (self->plan_bindings, plan);
  bm_urgency_banner_set_plan (self->banner, plan);

  for (guint i = 0; i < N_TOP_SELF_CARE; i++)
    if (self->top_rows[i] != NULL)
      {
        gtk_list_box_remove (self->self_care_list, self->top_rows[i]);
        self->top_rows[i] = NULL;
      }

  if (plan != NULL)
    {
      for (guint i = 0; i < N_TOP_SELF_CARE; i++)
        {
          self->top_rows[i] = bm_technique_row_new (plan);
          gtk_list_box_append (self->self_care_list, self->top_rows[i]);
        }
      g_signal_connect_object (bm_care_plan_get_spots (plan), "items-changed",
                               G_CALLBACK (spots_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (bm_care_plan_get_techniques (plan), "items-changed",
                               G_CALLBACK (update_sheet_summary), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (plan, "notify::pain-type", G_CALLBACK (pain_type_changed_cb), self,
                               G_CONNECT_SWAPPED);
      spots_changed_cb (self);
      pain_type_changed_cb (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}
