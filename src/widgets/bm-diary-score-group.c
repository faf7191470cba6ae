/* bm-diary-score-group.c: one area's pain in the entry editor: intensity and kind of pain
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The group is titled with the area. Its header holds a button that activates
 * editor.remove-area with the area; its rows are a scale from 0 to 10 with the
 * number beside it, and the kind of pain.
 */

#define G_LOG_DOMAIN "bm-diary-score-group"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-diary-entry.h"
#include "bm-diary-labels.h"
#include "bm-diary-score-group.h"
#include "bm-region.h"

struct _BmDiaryScoreGroup
{
  AdwPreferencesGroup parent_instance;

  char *region_id;
  BmSide side;
  GtkRange *scale;
  AdwComboRow *quality;
};

G_DEFINE_FINAL_TYPE (BmDiaryScoreGroup, bm_diary_score_group, ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
new_scale (const char *area_label)
{
  GtkWidget *scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0,
                                               BM_DIARY_MAX_INTENSITY, 1);
  /* Translators: the name of a pain scale for screen readers, as in "Intensity, Neck, left side" */
  g_autofree char *name = g_strdup_printf (_("Intensity, %s"), area_label);

  gtk_scale_set_digits (GTK_SCALE (scale), 0);
  gtk_range_set_round_digits (GTK_RANGE (scale), 0);
  for (guint i = 0; i <= BM_DIARY_MAX_INTENSITY; i++)
    {
      g_autofree char *mark = i % 5 == 0 ? g_strdup_printf ("%u", i) : NULL;

      gtk_scale_add_mark (GTK_SCALE (scale), i, GTK_POS_BOTTOM, mark);
    }
  gtk_widget_set_hexpand (scale, TRUE);
  gtk_widget_set_valign (scale, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return scale;
}

static gboolean
intensity_to_label (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_take_string (to, g_strdup_printf ("%.0f", g_value_get_double (from)));
  return TRUE;
}

/* The number, large: the scale itself tells screen readers its value. */
static GtkWidget *
new_value_label (GtkRange *scale)
{
  GtkWidget *value = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (value), 2);
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_widget_add_css_class (value, "title-3");
  gtk_widget_add_css_class (value, "numeric");
  gtk_accessible_update_state (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  g_object_bind_property_full (gtk_range_get_adjustment (scale), "value", value, "label",
                               G_BINDING_SYNC_CREATE, intensity_to_label, NULL, NULL, NULL);

  return value;
}

static GListModel *
new_quality_model (void)
{
  GtkStringList *qualities = gtk_string_list_new (NULL);

  for (BmPainQuality quality = BM_PAIN_QUALITY_UNSAID; quality <= BM_PAIN_QUALITY_CRAMPING;
       quality++)
    gtk_string_list_append (qualities, bm_pain_quality_to_label (quality));

  return G_LIST_MODEL (qualities);
}

static GtkWidget *
new_remove_button (const char *region_id,
                   BmSide      side,
                   const char *area_label)
{
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: a button's name for screen readers, as in "Remove Neck, left side" */
  g_autofree char *name = g_strdup_printf (_("Remove %s"), area_label);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Area"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "(su)", region_id, (guint) side);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-area");

  return remove;
}

static void
bm_diary_score_group_finalize (GObject *object)
{
  BmDiaryScoreGroup *self = (BmDiaryScoreGroup *)object;

  g_free (self->region_id);

  G_OBJECT_CLASS (bm_diary_score_group_parent_class)->finalize (object);
}

static void
bm_diary_score_group_class_init (BmDiaryScoreGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_diary_score_group_finalize;
}

static void
bm_diary_score_group_init (BmDiaryScoreGroup *self)
{
}

/**
 * bm_diary_score_group_new:
 * @catalog: where the area's name comes from
 * @region_id: the region, which a newer catalog may know and this one not
 * @side: one of its sides
 * @intensity: from 0 to %BM_DIARY_MAX_INTENSITY, to start with
 * @quality: the kind of pain, to start with
 *
 * Returns: (transfer floating): a new group
 */
GtkWidget *
bm_diary_score_group_new (BmCatalog     *catalog,
                          const char    *region_id,
                          BmSide         side,
                          guint          intensity,
                          BmPainQuality  quality)
{
  BmRegion *region = bm_catalog_lookup_region (catalog, region_id);
  g_autofree char *label = region != NULL ? bm_region_dup_label (region, side)
                                          : g_strdup (region_id);
  g_autoptr(GListModel) qualities = new_quality_model ();
  BmDiaryScoreGroup *self;
  GtkWidget *row;

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (intensity <= BM_DIARY_MAX_INTENSITY, NULL);

  self = g_object_new (BM_TYPE_DIARY_SCORE_GROUP, "title", label, NULL);
  self->region_id = g_strdup (region_id);
  self->side = side;
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self),
                                           new_remove_button (region_id, side, label));

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Intensity"));
  self->scale = GTK_RANGE (new_scale (label));
  gtk_range_set_value (self->scale, intensity);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->scale));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_value_label (self->scale));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);

  self->quality = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->quality), _("Kind of Pain"));
  adw_combo_row_set_model (self->quality, qualities);
  adw_combo_row_set_selected (self->quality, quality);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->quality));

  return GTK_WIDGET (self);
}

gboolean
bm_diary_score_group_is_area (BmDiaryScoreGroup *self,
                              const char        *region_id,
                              BmSide             side)
{
  g_return_val_if_fail (BM_IS_DIARY_SCORE_GROUP (self), FALSE);

  return g_str_equal (self->region_id, region_id) && self->side == side;
}

/**
 * bm_diary_score_group_to_variant:
 *
 * Returns: (transfer floating): the score as a diary entry's `(suuu)`: region id,
 *   side, intensity and quality
 */
GVariant *
bm_diary_score_group_to_variant (BmDiaryScoreGroup *self)
{
  g_return_val_if_fail (BM_IS_DIARY_SCORE_GROUP (self), NULL);

  return g_variant_new ("(suuu)", self->region_id, (guint) self->side,
                        (guint) gtk_range_get_value (self->scale),
                        adw_combo_row_get_selected (self->quality));
}

/**
 * bm_diary_score_group_focus:
 *
 * Moves the keyboard focus to the intensity, the first thing to set.
 */
void
bm_diary_score_group_focus (BmDiaryScoreGroup *self)
{
  g_return_if_fail (BM_IS_DIARY_SCORE_GROUP (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->scale));
}
