/* bm-region-pane.c: the details of the spot picked on the map
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-region-pane"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-cause.h"
#include "bm-pain-source.h"
#include "bm-pain-type.h"
#include "bm-red-flag.h"
#include "bm-region-pane.h"
#include "bm-region-rows.h"
#include "bm-region.h"
#include "bm-spot.h"
#include "bm-technique-fit.h"
#include "bm-technique.h"
#include "bm-tip.h"
#include "bm-urgency-banner.h"

struct _BmRegionPane
{
  GtkWidget parent_instance;

  BmSpot *spot;
  BmCarePlan *plan;
  GPtrArray *technique_checks; /* GtkCheckButton, each with its "technique" */
  gboolean shown_emergency;    /* what the advice shown was made for */
  BmPainType *shown_pain_type;

  GtkStack *stack;
  GtkScrolledWindow *scroller;
  BmUrgencyBanner *banner;
  GtkLabel *title_label;
  GtkLabel *summary_label;
  GtkLabel *side_note_label;
  GtkBox *red_flags_box;
  GtkBox *sections_box;
  GtkLabel *sheet_summary;
  GtkTextView *notes_view;
};

G_DEFINE_FINAL_TYPE (BmRegionPane, bm_region_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPOT,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
technique_toggled_cb (GtkCheckButton *check,
                      BmRegionPane   *self)
{
  BmTechnique *technique = g_object_get_data (G_OBJECT (check), "technique");
  gboolean active = gtk_check_button_get_active (check);

  if (self->plan != NULL && bm_care_plan_has_technique (self->plan, technique) != active)
    gtk_widget_activate_action (GTK_WIDGET (check), "win.set-technique", "(sb)",
                                bm_technique_get_id (technique), active);
}

static void
technique_activated_cb (AdwActionRow *row)
{
  BmTechnique *technique = g_object_get_data (G_OBJECT (row), "technique");

  gtk_widget_activate_action (GTK_WIDGET (row), "win.open-technique", "s",
                              bm_technique_get_id (technique));
}

static GtkWidget *
technique_row (gpointer item,
               gpointer user_data)
{
  BmRegionPane *self = user_data;
  BmTechnique *technique = bm_technique_fit_get_technique (item);
  g_autofree char *subtitle = NULL;
  g_autofree char *check_label = NULL;
  GtkWidget *row, *check;

  /* Translators: why a technique suits the region, then how good its evidence is */
  subtitle = g_strdup_printf (_("%s\n%s · %s"), bm_technique_fit_get_why (item),
                              bm_technique_kind_to_label (bm_technique_get_kind (technique)),
                              bm_evidence_to_label (bm_technique_get_evidence (technique)));

  row = bm_region_row_new (bm_technique_get_name (technique), subtitle);

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Add to Care Sheet"));
  /* Translators: the label of a check box that puts a technique on the care sheet */
  check_label = g_strdup_printf (_("Put %s on the care sheet"), bm_technique_get_name (technique));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  check_label, -1);
  g_object_set_data_full (G_OBJECT (check), "technique", g_object_ref (technique),
                          g_object_unref);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), self->plan != NULL &&
                               bm_care_plan_has_technique (self->plan, technique));
  g_signal_connect (check, "toggled", G_CALLBACK (technique_toggled_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  /* The row opens the technique's page; the check box puts it on the sheet. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "technique", g_object_ref (technique), g_object_unref);
  g_signal_connect (row, "activated", G_CALLBACK (technique_activated_cb), NULL);
  g_ptr_array_add (self->technique_checks, check);

  return row;
}

static void
add_section (BmRegionPane                *self,
             const char                  *heading,
             GPtrArray                   *items,
             GType                        item_type,
             GtkListBoxCreateWidgetFunc   create_row)
{
  g_autoptr(GListStore) store = g_list_store_new (item_type);
  GtkWidget *box, *label, *list;

  if (items->len == 0)
    return;

  g_list_store_splice (store, 0, 0, items->pdata, items->len);


  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (box), label);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (store), create_row, self, NULL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), list);

  gtk_box_append (self->sections_box, box);
}

static void
remove_children_after (GtkWidget *parent,
                       GtkWidget *keep)
{
  GtkWidget *child = keep != NULL ? gtk_widget_get_next_sibling (keep)
                                  : gtk_widget_get_first_child (parent);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_widget_unparent (child);
      child = next;
    }
}

static GtkWidget *
new_wrapped_label (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
show_red_flags (BmRegionPane *self,
                GPtrArray    *flags)
{
  remove_children_after (GTK_WIDGET (self->red_flags_box),
                         gtk_widget_get_first_child (GTK_WIDGET (self->red_flags_box)));

  /* One heading per tier, the most urgent first; under it each sign and what to do. */
  for (BmUrgency urgency = BM_URGENCY_EMERGENCY; urgency <= BM_URGENCY_SOON; urgency++)
    {
      gboolean heading_shown = FALSE;

      for (guint i = 0; i < flags->len; i++)
        {
          BmRedFlag *flag = g_ptr_array_index (flags, i);
          GtkWidget *text;

          if (bm_red_flag_get_urgency (flag) != urgency)
            continue;

          if (!heading_shown)
            {
              GtkWidget *heading = new_wrapped_label (bm_urgency_to_label (urgency), "urgency");

              gtk_widget_set_margin_top (heading, 6);
              gtk_box_append (self->red_flags_box, heading);
              heading_shown = TRUE;
            }

          text = new_wrapped_label (bm_red_flag_get_text (flag), NULL);
          gtk_widget_set_margin_top (text, 4);
          gtk_box_append (self->red_flags_box, text);
          gtk_box_append (self->red_flags_box,
                          new_wrapped_label (bm_red_flag_get_action (flag), "dim-label"));
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->red_flags_box), flags->len > 0);
}

static const char *
side_note (BmSpot *spot)
{
  BmSide side = bm_spot_get_side (spot);

  return side == BM_SIDE_LEFT || side == BM_SIDE_RIGHT
    ? bm_region_get_side_note (bm_spot_get_region (spot), side)
    : NULL;
}

static gboolean
is_emergency (BmRegionPane *self)
{

  return self->plan != NULL && bm_care_plan_stops_self_care (self->plan);
}

static void
show_spot (BmRegionPane *self)
{
  BmRegion *region;
  g_autofree char *label = NULL;
  const char *note;

  remove_children_after (GTK_WIDGET (self->sections_box), NULL);
  g_ptr_array_set_size (self->technique_checks, 0);

  if (self->spot == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  region = bm_spot_get_region (self->spot);
  label = bm_spot_dup_label (self->spot);
  gtk_label_set_label (self->title_label, label);
  gtk_label_set_label (self->summary_label, bm_region_get_summary (region));

  note = side_note (self->spot);
  gtk_label_set_label (self->side_note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->side_note_label), note != NULL);

  show_red_flags (self, bm_region_get_red_flags (region));

  add_section (self, _("Likely Causes"), bm_region_get_causes (region), BM_TYPE_CAUSE,
               bm_region_row_new_cause);
  add_section (self, _("Pain Here May Come From"), bm_region_get_referred_from (region),
               BM_TYPE_PAIN_SOURCE, bm_region_row_new_referred_from);
  add_section (self, _("What Sits Here, and Where It May Refer Pain"),
               bm_region_get_sources_here (region), BM_TYPE_PAIN_SOURCE, bm_region_row_new_source_here);
  self->shown_emergency = is_emergency (self);
  self->shown_pain_type = self->plan != NULL ? bm_care_plan_get_pain_type (self->plan) : NULL;

  /* An emergency answer replaces self-care advice with what to do now. */
  if (self->shown_emergency)
    {
      gtk_box_append (self->sections_box,
                      new_wrapped_label (_("You answered yes to an emergency warning sign. "
                                           "Self-care is not the right step now: get help as "
                                           "the red-flag check says, then come back to this "
                                           "advice once a doctor has seen you."),
                                         "emergency-notice"));
    }
  else
    {
      if (self->shown_pain_type != NULL)
        {
          g_autofree char *notice = NULL;

          /* Translators: the pain type the user found, then the advice for it */
          notice = g_strdup_printf (_("Your pain seems %s. %s"),
                                    bm_pain_type_get_name (self->shown_pain_type),
                                    bm_pain_type_get_advice (self->shown_pain_type));
          gtk_box_append (self->sections_box, new_wrapped_label (notice, "side-note"));
        }
      add_section (self, _("Suitable Techniques"), bm_region_get_techniques (region),
                   BM_TYPE_TECHNIQUE_FIT, technique_row);
      add_section (self, _("Self-Care"), bm_region_get_self_care (region), BM_TYPE_TIP,
                   bm_region_row_new_tip);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "details");
}

static void
update_sheet_summary (BmRegionPane *self)
{
  g_autofree char *regions = NULL;
  g_autofree char *summary = NULL;
  guint n_spots, n_techniques;

  n_spots = g_list_model_get_n_items (bm_care_plan_get_spots (self->plan));
  n_techniques = g_list_model_get_n_items (bm_care_plan_get_techniques (self->plan));
  /* Translators: the first half of "2 regions and 1 technique are on your care sheet" */
  regions = g_strdup_printf (ngettext ("%u region", "%u regions", n_spots), n_spots);
  /* Translators: the second half; the first %s is "2 regions" */
  summary = g_strdup_printf (ngettext ("%s and %u technique are on your care sheet.",
                                       "%s and %u techniques are on your care sheet.",
                                       n_techniques),
                             regions, n_techniques);
  gtk_label_set_label (self->sheet_summary, summary);
}

static void
plan_changed_cb (BmRegionPane *self,
                 BmCarePlan   *plan)
{
  for (guint i = 0; i < self->technique_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->technique_checks, i);
      BmTechnique *technique = g_object_get_data (G_OBJECT (check), "technique");

      gtk_check_button_set_active (check, bm_care_plan_has_technique (plan, technique));
    }

  update_sheet_summary (self);

  /* The advice depends on the red-flag answers and the pain type. */
  if (self->spot != NULL &&
      (self->shown_emergency != is_emergency (self) ||
       self->shown_pain_type != bm_care_plan_get_pain_type (plan)))
    show_spot (self);
}

static void
notes_changed_cb (BmRegionPane  *self,
                  GtkTextBuffer *buffer)
{
  g_autofree char *notes = NULL;
  GtkTextIter start, end;

  if (self->plan == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  bm_care_plan_set_notes (self->plan, notes);
}

static void
bm_region_pane_dispose (GObject *object)
{
  BmRegionPane *self = (BmRegionPane *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_REGION_PANE);
  g_clear_object (&self->spot);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->technique_checks, g_ptr_array_unref);

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
    case PROP_SPOT:
      g_value_set_object (value, self->spot);
      break;

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
    case PROP_SPOT:
      bm_region_pane_set_spot (self, g_value_get_object (value));
      break;

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

  properties[PROP_SPOT] =
    g_param_spec_object ("spot", NULL, NULL, BM_TYPE_SPOT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, BM_TYPE_CARE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-region-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, stack);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, banner);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, side_note_label);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, red_flags_box);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, sections_box);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, sheet_summary);
  gtk_widget_class_bind_template_child (widget_class, BmRegionPane, notes_view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_region_pane_init (BmRegionPane *self)
{
  g_type_ensure (BM_TYPE_URGENCY_BANNER);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->technique_checks = g_ptr_array_new ();
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
  show_spot (self);
}

/**
 * bm_region_pane_get_spot:
 *
 * Returns: (transfer none) (nullable): the spot shown
 */
BmSpot *
bm_region_pane_get_spot (BmRegionPane *self)
{
  g_return_val_if_fail (BM_IS_REGION_PANE (self), NULL);

  return self->spot;
}

void
bm_region_pane_set_spot (BmRegionPane *self,
                         BmSpot       *spot)
{
  g_return_if_fail (BM_IS_REGION_PANE (self));

  if (!g_set_object (&self->spot, spot))
    return;

  show_spot (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPOT]);
}

/**
 * bm_region_pane_get_title:
 *
 * Returns: (nullable): the heading shown, or %NULL when no spot is
 */
const char *
bm_region_pane_get_title (BmRegionPane *self)
{
  g_return_val_if_fail (BM_IS_REGION_PANE (self), NULL);

  return self->spot != NULL ? gtk_label_get_label (self->title_label) : NULL;
}

/**
 * bm_region_pane_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan whose techniques and notes are shown
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
    g_signal_handlers_disconnect_by_func (self->plan, plan_changed_cb, self);
  g_set_object (&self->plan, plan);
  bm_urgency_banner_set_plan (self->banner, plan);

  if (plan != NULL)
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                                bm_care_plan_get_notes (plan), -1);
      g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self,
                               G_CONNECT_SWAPPED);
      plan_changed_cb (self, plan);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}
