/* bm-diary-entry-editor.c: a dialog to log pain, or to change or delete a diary entry
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog changes nothing until Save; then it hands the whole entry to the
 * diary.add or diary.replace action, which the main window offers to undo.
 */

#define G_LOG_DOMAIN "bm-diary-entry-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-diary-actions.h"
#include "bm-diary-entry-editor.h"
#include "bm-diary-entry.h"
#include "bm-diary-labels.h"
#include "bm-diary-score-group.h"
#include "bm-region.h"
#include "bm-spot.h"
#include "bm-technique.h"

/* A technique's row, whose choices are not done, then each BmHelped in HELPED. */
typedef struct
{
  char *technique_id;
  AdwComboRow *row;
} Done;

static const BmHelped HELPED[] = {
  BM_HELPED_YES, BM_HELPED_A_LITTLE, BM_HELPED_NO, BM_HELPED_UNSAID,
};

struct _BmDiaryEntryEditor
{
  AdwWindow parent_instance;

  BmCatalog *catalog;
  BmDiaryEntry *entry; /* the entry changed, or NULL when logging anew */
  GPtrArray *areas;    /* of BmDiaryScoreGroup, in areas_box */
  GPtrArray *done;     /* of Done */

  GtkMenuButton *date_button;
  GtkPopover *date_popover;
  GtkCalendar *calendar;
  GtkSpinButton *hour_spin;
  GtkSpinButton *minute_spin;
  GtkWidget *areas_box;
  GtkMenuButton *add_area_button;
  AdwPreferencesGroup *done_group;
  GtkTextView *note_view;
  GtkWidget *delete_button;
};

G_DEFINE_FINAL_TYPE (BmDiaryEntryEditor, bm_diary_entry_editor, ADW_TYPE_WINDOW)

static void
done_free (Done *done)
{
  g_free (done->technique_id);
  g_free (done);
}

static BmDiaryScoreGroup *
find_area (BmDiaryEntryEditor *self,
           const char         *region_id,
           BmSide              side)
{
  for (guint i = 0; i < self->areas->len; i++)
    {
      BmDiaryScoreGroup *area = g_ptr_array_index (self->areas, i);

      if (bm_diary_score_group_is_area (area, region_id, side))
        return area;
    }

  return NULL;
}

/* Adds an area's scale and kind of pain, or moves the focus to it if it is there. */
static void
add_area (BmDiaryEntryEditor *self,
          const char         *region_id,
          BmSide              side,
          guint               intensity,
          BmPainQuality       quality)
{
  GtkWidget *area;

  if (find_area (self, region_id, side) != NULL)
    {
      bm_diary_score_group_focus (find_area (self, region_id, side));
      return;
    }

  area = bm_diary_score_group_new (self->catalog, region_id, side, intensity, quality);
  gtk_box_append (GTK_BOX (self->areas_box), area);
  g_ptr_array_add (self->areas, area);
}

static void
add_area_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BmDiaryEntryEditor *self = BM_DIARY_ENTRY_EDITOR (widget);
  const char *region_id;
  guint side;

  g_variant_get (parameter, "(&su)", &region_id, &side);
  add_area (self, region_id, side, BM_DIARY_MAX_INTENSITY / 2, BM_PAIN_QUALITY_UNSAID);
  bm_diary_score_group_focus (find_area (self, region_id, side));
}

static void
remove_area_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BmDiaryEntryEditor *self = BM_DIARY_ENTRY_EDITOR (widget);
  const char *region_id;
  guint side;
  BmDiaryScoreGroup *area;

  g_variant_get (parameter, "(&su)", &region_id, &side);
  if ((area = find_area (self, region_id, side)) == NULL)
    return;

  g_ptr_array_remove (self->areas, area);
  gtk_box_remove (GTK_BOX (self->areas_box), GTK_WIDGET (area));
  gtk_widget_grab_focus (GTK_WIDGET (self->add_area_button));
}

static void
add_done (BmDiaryEntryEditor *self,
          BmTechnique        *technique,
          const BmDiaryDone  *done)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  Done *item = g_new0 (Done, 1);

  gtk_string_list_append (choices, _("Not done"));
  for (guint i = 0; i < G_N_ELEMENTS (HELPED); i++)
    gtk_string_list_append (choices, HELPED[i] == BM_HELPED_UNSAID
                                     /* Translators: a technique was done; whether it helped is not said */
                                     ? _("Done, not said")
                                     : bm_helped_to_label (HELPED[i]));

  item->technique_id = g_strdup (bm_technique_get_id (technique));
  item->row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row),
                                 bm_technique_get_name (technique));
  adw_combo_row_set_model (item->row, G_LIST_MODEL (choices));
  for (guint i = 0; done != NULL && i < G_N_ELEMENTS (HELPED); i++)
    if (HELPED[i] == done->helped)
      adw_combo_row_set_selected (item->row, i + 1);

  adw_preferences_group_add (self->done_group, GTK_WIDGET (item->row));
  g_ptr_array_add (self->done, item);
}

static gboolean
has_done (BmDiaryEntryEditor *self,
          const char         *technique_id)
{
  for (guint i = 0; i < self->done->len; i++)
    if (g_str_equal (((Done *) g_ptr_array_index (self->done, i))->technique_id, technique_id))
      return TRUE;

  return FALSE;
}

/* A row for each technique of the plan, and for any other the entry records. */
static void
fill_done (BmDiaryEntryEditor *self,
           BmCarePlan         *plan)
{
  GListModel *techniques = bm_care_plan_get_techniques (plan);

  for (guint i = 0; i < g_list_model_get_n_items (techniques); i++)
    {
      g_autoptr(BmTechnique) technique = g_list_model_get_item (techniques, i);
      const BmDiaryDone *done = NULL;

      for (guint j = 0; self->entry != NULL && j < bm_diary_entry_get_n_done (self->entry); j++)
        if (g_str_equal (bm_diary_entry_get_done (self->entry, j)->technique_id,
                         bm_technique_get_id (technique)))
          done = bm_diary_entry_get_done (self->entry, j);
      add_done (self, technique, done);
    }

  for (guint j = 0; self->entry != NULL && j < bm_diary_entry_get_n_done (self->entry); j++)
    {
      const BmDiaryDone *done = bm_diary_entry_get_done (self->entry, j);
      BmTechnique *technique = bm_catalog_lookup_technique (self->catalog, done->technique_id);

      if (technique != NULL && !has_done (self, done->technique_id))
        add_done (self, technique, done);
    }

  if (self->done->len == 0)
    adw_preferences_group_set_description (self->done_group,
                                           _("Techniques you add to your care sheet appear "
                                             "here, to note whether they helped."));
}

static void
show_date (BmDiaryEntryEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  /* Translators: the day of a diary entry, see the GDateTime format codes */
  g_autofree char *text = g_date_time_format (day, _("%e %B %Y"));

  gtk_menu_button_set_label (self->date_button, g_strstrip (text));
}

static void
day_selected_cb (BmDiaryEntryEditor *self,
                 GtkCalendar        *calendar)
{
  show_date (self);
  gtk_popover_popdown (self->date_popover);
}

/* Two digits, as a clock shows them. */
static gboolean
time_output_cb (BmDiaryEntryEditor *self,
                  GtkSpinButton      *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static GDateTime *
dup_time (BmDiaryEntryEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day),
                                gtk_spin_button_get_value_as_int (self->hour_spin),
                                gtk_spin_button_get_value_as_int (self->minute_spin), 0);
}

static void
show_time (BmDiaryEntryEditor *self,
           GDateTime          *time)
{
  gtk_calendar_select_day (self->calendar, time);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (time));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (time));
  show_date (self);
}

static GVariant *
build_entry (BmDiaryEntryEditor *self)
{
  g_autoptr(GDateTime) time = dup_time (self);
  g_autofree char *note = NULL;
  GVariantBuilder scores, done;
  GtkTextIter start, end;

  g_variant_builder_init (&scores, G_VARIANT_TYPE ("a(suuu)"));
  for (guint i = 0; i < self->areas->len; i++)
    g_variant_builder_add_value (&scores,
                                 bm_diary_score_group_to_variant (g_ptr_array_index (self->areas,
                                                                                     i)));

  g_variant_builder_init (&done, G_VARIANT_TYPE ("a(su)"));
  for (guint i = 0; i < self->done->len; i++)
    {
      Done *item = g_ptr_array_index (self->done, i);
      guint selected = adw_combo_row_get_selected (item->row);

      if (selected > 0 && selected <= G_N_ELEMENTS (HELPED))
        g_variant_builder_add (&done, "(su)", item->technique_id, (guint) HELPED[selected - 1]);
    }

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->note_view), &start, &end);
  note = gtk_text_iter_get_text (&start, &end);

  return g_variant_new ("(xs@a(suuu)@a(su))", g_date_time_to_unix (time), note,
                        g_variant_builder_end (&scores), g_variant_builder_end (&done));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BmDiaryEntryEditor *self = BM_DIARY_ENTRY_EDITOR (widget);
  GVariant *entry = build_entry (self);

  if (self->entry == NULL)
    gtk_widget_activate_action_variant (widget, "diary.add", entry);
  else
    gtk_widget_activate_action_variant (widget, "diary.replace",
                                        g_variant_new ("(s@" BM_DIARY_ENTRY_VARIANT_TYPE ")",
                                                       bm_diary_entry_get_id (self->entry),
                                                       entry));
  gtk_window_close (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BmDiaryEntryEditor *self = BM_DIARY_ENTRY_EDITOR (widget);

  g_return_if_fail (self->entry != NULL);

  gtk_widget_activate_action (widget, "diary.remove", "s", bm_diary_entry_get_id (self->entry));
  gtk_window_close (GTK_WINDOW (self));
}

static void
bm_diary_entry_editor_dispose (GObject *object)
{
  BmDiaryEntryEditor *self = (BmDiaryEntryEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_DIARY_ENTRY_EDITOR);
  g_clear_object (&self->catalog);
  g_clear_object (&self->entry);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->done, g_ptr_array_unref);

  G_OBJECT_CLASS (bm_diary_entry_editor_parent_class)->dispose (object);
}

static void
bm_diary_entry_editor_class_init (BmDiaryEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_diary_entry_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-diary-entry-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryEditor, date_popover);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryEditor, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryEditor, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryEditor, areas_box);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryEditor, add_area_button);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryEditor, done_group);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryEditor, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_output_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.add-area", "(su)", add_area_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-area", "(su)",
                                   remove_area_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save",
                                       NULL);
}

static void
bm_diary_entry_editor_init (BmDiaryEntryEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->areas = g_ptr_array_new ();
  self->done = g_ptr_array_new_with_free_func ((GDestroyNotify) done_free);
}

/* Every side of every region, back first, then where pain may spread. */
static GMenuModel *
new_area_menu (BmCatalog *catalog)
{
  static const BmSide sides[] = { BM_SIDE_LEFT, BM_SIDE_RIGHT, BM_SIDE_CENTER };
  GPtrArray *regions = bm_catalog_get_regions (catalog);
  GMenu *menu = g_menu_new ();

  for (BmRegionKind kind = BM_REGION_KIND_BACK; kind <= BM_REGION_KIND_REFERRED; kind++)
    {
      g_autoptr(GMenu) section = g_menu_new ();

      for (guint i = 0; i < regions->len; i++)
        {
          BmRegion *region = g_ptr_array_index (regions, i);

          for (guint j = 0; j < G_N_ELEMENTS (sides); j++)
            {
              g_autofree char *label = NULL;
              g_autoptr(GMenuItem) item = NULL;

              if (bm_region_get_kind (region) != kind ||
                  (bm_region_get_sides (region) & sides[j]) == 0)
                continue;

              label = bm_region_dup_label (region, sides[j]);
              item = g_menu_item_new (label, NULL);
              g_menu_item_set_action_and_target (item, "editor.add-area", "(su)",
                                                 bm_region_get_id (region), (guint) sides[j]);
              g_menu_append_item (section, item);
            }
        }
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }

  return G_MENU_MODEL (menu);
}

/**
 * bm_diary_entry_editor_new:
 * @parent: the window that shows the diary
 * @catalog: where regions and techniques come from
 * @plan: the plan, whose picked areas a new entry starts with and whose techniques
 *   it offers
 * @diary_actions: the diary.* actions that save, change and delete
 * @entry: (nullable): the entry to change, or %NULL to log pain now
 *
 * Returns: (transfer none): a new modal dialog, not yet shown
 */
BmDiaryEntryEditor *
bm_diary_entry_editor_new (GtkWindow    *parent,
                           BmCatalog    *catalog,
                           BmCarePlan   *plan,
                           GActionGroup *diary_actions,
                           BmDiaryEntry *entry)
{
  g_autoptr(GMenuModel) menu = NULL;
  g_autoptr(GDateTime) now = NULL;
  BmDiaryEntryEditor *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (BM_IS_CARE_PLAN (plan), NULL);
  g_return_val_if_fail (G_IS_ACTION_GROUP (diary_actions), NULL);
  g_return_val_if_fail (entry == NULL || BM_IS_DIARY_ENTRY (entry), NULL);

  self = g_object_new (BM_TYPE_DIARY_ENTRY_EDITOR, "transient-for", parent, NULL);
  self->catalog = g_object_ref (catalog);
  self->entry = entry != NULL ? g_object_ref (entry) : NULL;
  /* A dialog is a window of its own: the window's actions do not reach it. */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "diary", diary_actions);
  menu = new_area_menu (catalog);
  gtk_menu_button_set_menu_model (self->add_area_button, menu);

  if (entry != NULL)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Entry"));
      show_time (self, bm_diary_entry_get_time (entry));
      for (guint i = 0; i < bm_diary_entry_get_n_scores (entry); i++)
        {
          const BmDiaryScore *score = bm_diary_entry_get_score (entry, i);

          add_area (self, score->region_id, score->side, score->intensity, score->quality);
        }
      gtk_text_buffer_set_text (buffer, bm_diary_entry_get_note (entry) != NULL
                                        ? bm_diary_entry_get_note (entry) : "", -1);
      gtk_widget_set_visible (self->delete_button, TRUE);
    }
  else
    {
      GListModel *spots = bm_care_plan_get_spots (plan);

      now = g_date_time_new_now_local ();
      show_time (self, now);
      for (guint i = 0; i < g_list_model_get_n_items (spots); i++)
        {
          g_autoptr(BmSpot) spot = g_list_model_get_item (spots, i);

          add_area (self, bm_region_get_id (bm_spot_get_region (spot)), bm_spot_get_side (spot),
                    BM_DIARY_MAX_INTENSITY / 2, BM_PAIN_QUALITY_UNSAID);
        }
    }
  fill_done (self, plan);

  return self;
}
