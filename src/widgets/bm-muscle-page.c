/* bm-muscle-page.c: the page of a muscle: where it is, its trigger points, where it may send pain
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page reads the catalog's muscle; the map shows the same muscle with its
 * trigger points and the areas it may send pain to (see bm-window-muscles.c).
 * Its rows lead on: to the areas, whose pages lead back here, and to the
 * self-treatment techniques with their illustrated steps.
 */

#define G_LOG_DOMAIN "bm-muscle-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-evidence.h"
#include "bm-muscle-page.h"
#include "bm-pain-source.h"
#include "bm-region.h"
#include "bm-source-link.h"
#include "bm-technique.h"

struct _BmMusclePage
{
  GtkWidget parent_instance;

  BmPainSource *muscle; /* owned by the catalog */
  BmSide sides;
  char *title;

  GtkScrolledWindow *scroller;
  GtkLabel *title_label;
  GtkLabel *depth_label;
  GtkWidget *where_box;
  GtkLabel *find_label;
  GtkWidget *trigger_box;
  GtkLabel *trigger_label;
  GtkWidget *refers_box;
  GtkLabel *note_label;
  GtkListBox *refers_list;
  GtkWidget *located_box;
  GtkListBox *located_list;
  GtkWidget *aggravated_box;
  GtkLabel *aggravated_label;
  GtkWidget *self_box;
  GtkListBox *self_list;
  GtkLabel *evidence_label;
  GtkLabel *evidence_summary;
  GtkBox *sources_box;
};

G_DEFINE_FINAL_TYPE (BmMusclePage, bm_muscle_page, GTK_TYPE_WIDGET)

static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    {
      if (GTK_IS_LIST_BOX (list))
        gtk_list_box_remove (GTK_LIST_BOX (list), child);
      else
        gtk_box_remove (GTK_BOX (list), child);
    }
}

/* A text section shows only when the catalog says something. */
static void
show_text (GtkWidget  *box,
           GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (box, text != NULL && *text != '\0');
}

static GtkWidget *
new_link_row (const char *title,
              const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

/* Pain keeps to its side: the muscle's side of an area, else the middle, else the left. */
static BmSide
area_side (BmRegion *region,
           BmSide    sides)
{
  BmSide region_sides = bm_region_get_sides (region);

  if ((sides == BM_SIDE_LEFT || sides == BM_SIDE_RIGHT) && (region_sides & sides) != 0)
    return sides;
  if (region_sides & BM_SIDE_CENTER)
    return BM_SIDE_CENTER;
  return (region_sides & BM_SIDE_LEFT) ? BM_SIDE_LEFT : BM_SIDE_RIGHT;
}

/* Each area opens its page, as a pick on the map does. */
static void
fill_areas (BmMusclePage *self,
            GtkWidget    *box,
            GtkListBox   *list,
            GPtrArray    *regions)
{
  clear_list (GTK_WIDGET (list));
  for (guint i = 0; i < regions->len; i++)
    {
      BmRegion *region = g_ptr_array_index (regions, i);
      BmSide side = area_side (region, self->sides);
      g_autofree char *label = bm_region_dup_label (region, side);
      GtkWidget *row = new_link_row (label, NULL);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "plan.select-spot");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(sub)", bm_region_get_id (region),
                                        (guint) side, FALSE);
      gtk_list_box_append (list, row);
    }
  gtk_widget_set_visible (box, regions->len > 0);
}

static void
fill_self_treatment (BmMusclePage *self)
{
  GPtrArray *techniques = bm_pain_source_get_self_treatment (self->muscle);

  clear_list (GTK_WIDGET (self->self_list));
  for (guint i = 0; i < techniques->len; i++)
    {
      BmTechnique *technique = g_ptr_array_index (techniques, i);
      GtkWidget *row = new_link_row (bm_technique_get_name (technique),
                                     bm_technique_get_summary (technique));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-technique");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s",
                                        bm_technique_get_id (technique));
      gtk_list_box_append (self->self_list, row);
    }
  gtk_widget_set_visible (self->self_box, techniques->len > 0);
}

/* The grade's own sources, then those of the referral pattern, each once. */
static void
fill_evidence (BmMusclePage *self)
{
  GPtrArray *lists[] = {
    bm_pain_source_get_evidence_sources (self->muscle),
    bm_pain_source_get_sources (self->muscle),
  };
  const char *summary = bm_pain_source_get_evidence_summary (self->muscle);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  gtk_label_set_label (self->evidence_label,
                       summary != NULL ? bm_evidence_to_label (bm_pain_source_get_evidence (self->muscle))
                                       : _("Sources"));
  gtk_label_set_label (self->evidence_summary, summary != NULL ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_summary), summary != NULL);

  clear_list (GTK_WIDGET (self->sources_box));
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint j = 0; j < lists[i]->len; j++)
      {
        BmSource *source = g_ptr_array_index (lists[i], j);

        if (g_ptr_array_find (shown, source, NULL))
          continue;
        g_ptr_array_add (shown, source);
        gtk_box_append (self->sources_box, bm_source_link_new (source));
      }
}

static void
show_muscle (BmMusclePage *self)
{
  gtk_label_set_label (self->title_label, self->title);
  gtk_label_set_label (self->depth_label,
                       bm_pain_source_get_depth (self->muscle) == BM_MUSCLE_DEPTH_DEEP
                       /* Translators: under the name of a muscle on its page */
                       ? _("A deep muscle, under others: drawn dashed on the map")
                       : _("A muscle near the surface"));
  show_text (self->where_box, self->find_label, bm_pain_source_get_find_it (self->muscle));
  show_text (self->trigger_box, self->trigger_label,
             bm_pain_source_get_trigger_points (self->muscle));
  gtk_label_set_label (self->note_label, bm_pain_source_get_note (self->muscle));
  fill_areas (self, self->refers_box, self->refers_list,
              bm_pain_source_get_refers_to (self->muscle));
  fill_areas (self, self->located_box, self->located_list,
              bm_pain_source_get_located_in (self->muscle));
  show_text (self->aggravated_box, self->aggravated_label,
             bm_pain_source_get_aggravated_by (self->muscle));
  fill_self_treatment (self);
  fill_evidence (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
bm_muscle_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BM_TYPE_MUSCLE_PAGE);

  G_OBJECT_CLASS (bm_muscle_page_parent_class)->dispose (object);
}

static void
bm_muscle_page_finalize (GObject *object)
{
  BmMusclePage *self = (BmMusclePage *)object;

  g_free (self->title);

  G_OBJECT_CLASS (bm_muscle_page_parent_class)->finalize (object);
}

static void
bm_muscle_page_class_init (BmMusclePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_muscle_page_dispose;
  object_class->finalize = bm_muscle_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-muscle-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, depth_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, where_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, find_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, trigger_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, trigger_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, refers_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, note_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, refers_list);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, located_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, located_list);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, aggravated_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, aggravated_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, self_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, self_list);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, evidence_summary);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, sources_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_muscle_page_init (BmMusclePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bm_muscle_page_get_muscle:
 *
 * Returns: (transfer none) (nullable): the muscle shown
 */
BmPainSource *
bm_muscle_page_get_muscle (BmMusclePage *self)
{
  g_return_val_if_fail (BM_IS_MUSCLE_PAGE (self), NULL);

  return self->muscle;
}

BmSide
bm_muscle_page_get_sides (BmMusclePage *self)
{
  g_return_val_if_fail (BM_IS_MUSCLE_PAGE (self), 0);

  return self->sides;
}

/**
 * bm_muscle_page_set_muscle:
 * @muscle: a muscle of the catalog, which owns it
 * @sides: the side picked, or both when the page was opened from the middle
 *
 * Shows @muscle's page, at its top.
 */
void
bm_muscle_page_set_muscle (BmMusclePage *self,
                           BmPainSource *muscle,
                           BmSide        sides)
{
  g_return_if_fail (BM_IS_MUSCLE_PAGE (self));
  g_return_if_fail (BM_IS_PAIN_SOURCE (muscle));

  self->muscle = muscle;
  self->sides = sides;
  g_free (self->title);
  self->title = bm_pain_source_dup_label (muscle, sides);
  show_muscle (self);
}

/**
 * bm_muscle_page_get_title:
 *
 * Returns: (nullable): the heading, such as "Quadratus lumborum, left side"
 */
const char *
bm_muscle_page_get_title (BmMusclePage *self)
{
  g_return_val_if_fail (BM_IS_MUSCLE_PAGE (self), NULL);

  return self->title;
}
