/* bm-technique-browser.c: every technique, filtered by kind, equipment and time
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-technique-browser"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-technique-browser.h"
#include "bm-technique.h"

struct _BmTechniqueBrowser
{
  GtkWidget parent_instance;

  GtkDropDown *kind_dropdown;
  GtkDropDown *equipment_dropdown;
  GtkDropDown *time_dropdown;
  GtkListBox *list;
  GtkWidget *empty_page;
  GtkFilterListModel *filter_model;
  GtkCustomFilter *filter;
  GListModel *techniques; /* listed once the browser is first shown */
};

G_DEFINE_FINAL_TYPE (BmTechniqueBrowser, bm_technique_browser, GTK_TYPE_WIDGET)

/* In the order of the equipment drop-down, after "Any". */
static const BmEquipment equipment_choices[] = {
  BM_EQUIPMENT_NONE, BM_EQUIPMENT_BALL, BM_EQUIPMENT_ROLLER, BM_EQUIPMENT_STICK,
  BM_EQUIPMENT_PARTNER, BM_EQUIPMENT_HEAT,
};

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  BmTechniqueBrowser *self = user_data;
  BmTechnique *technique = item;
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint equipment = gtk_drop_down_get_selected (self->equipment_dropdown);
  guint time = gtk_drop_down_get_selected (self->time_dropdown);
  guint minutes = bm_technique_get_minutes (technique);

  if (kind == 1 && bm_technique_get_kind (technique) != BM_TECHNIQUE_KIND_SELF)
    return FALSE;
  if (kind == 2 && bm_technique_get_kind (technique) != BM_TECHNIQUE_KIND_PROFESSIONAL)
    return FALSE;

  if (equipment > 0 && equipment <= G_N_ELEMENTS (equipment_choices) &&
      !(bm_technique_get_equipment (technique) & equipment_choices[equipment - 1]))
    return FALSE;

  if ((time == 1 && minutes > 10) || (time == 2 && minutes > 30) || (time == 3 && minutes <= 30))
    return FALSE;

  return TRUE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  BmTechnique *technique = item;
  g_autofree char *equipment = bm_equipment_to_label (bm_technique_get_equipment (technique));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: kind, equipment, minutes and evidence of a technique in the list */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %s · %u minute · %s",
                                           "%s · %s · %u minutes · %s",
                                           bm_technique_get_minutes (technique)),
                              bm_technique_kind_to_label (bm_technique_get_kind (technique)),
                              equipment, bm_technique_get_minutes (technique),
                              bm_evidence_to_label (bm_technique_get_evidence (technique)));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bm_technique_get_name (technique));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
update_empty (BmTechniqueBrowser *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0;

  gtk_widget_set_visible (self->empty_page, empty);
  gtk_widget_set_visible (GTK_WIDGET (self->list), !empty);
}

static void
filter_changed_cb (BmTechniqueBrowser *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty (self);
}

static void
row_activated_cb (BmTechniqueBrowser *self,
                  GtkListBoxRow      *row)
{
  /* The list is bound to the filtered model: a row's index is its item's. */
  g_autoptr(BmTechnique) technique = g_list_model_get_item (G_LIST_MODEL (self->filter_model),
                                                           gtk_list_box_row_get_index (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-technique", "s",
                              bm_technique_get_id (technique));
}

/* Rows are made on first sight, not at start-up. */
static void
bm_technique_browser_map (GtkWidget *widget)
{
  BmTechniqueBrowser *self = BM_TECHNIQUE_BROWSER (widget);

  GTK_WIDGET_CLASS (bm_technique_browser_parent_class)->map (widget);

  if (gtk_filter_list_model_get_model (self->filter_model) == NULL && self->techniques != NULL)
    {
      gtk_filter_list_model_set_model (self->filter_model, self->techniques);
      update_empty (self);
    }
}

static void
bm_technique_browser_dispose (GObject *object)
{
  BmTechniqueBrowser *self = (BmTechniqueBrowser *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_TECHNIQUE_BROWSER);
  /* The template's root is not bound, so disposing the template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->techniques);

  G_OBJECT_CLASS (bm_technique_browser_parent_class)->dispose (object);
}

static void
bm_technique_browser_class_init (BmTechniqueBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_technique_browser_dispose;

  widget_class->map = bm_technique_browser_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-technique-browser.ui");
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueBrowser, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueBrowser, equipment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueBrowser, time_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueBrowser, list);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueBrowser, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueBrowser, filter_model);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueBrowser, filter);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_technique_browser_init (BmTechniqueBrowser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_custom_filter_set_filter_func (self->filter, filter_func, self, NULL);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->filter_model), create_row, NULL, NULL);
}

/**
 * bm_technique_browser_set_catalog:
 *
 * Lists the techniques of @catalog.
 */
void
bm_technique_browser_set_catalog (BmTechniqueBrowser *self,
                                  BmCatalog          *catalog)
{
  GPtrArray *techniques = bm_catalog_get_techniques (catalog);
  GListStore *store = g_list_store_new (BM_TYPE_TECHNIQUE);

  g_return_if_fail (BM_IS_TECHNIQUE_BROWSER (self));

  g_list_store_splice (store, 0, 0, techniques->pdata, techniques->len);
  g_clear_object (&self->techniques);
  self->techniques = G_LIST_MODEL (store);
  gtk_filter_list_model_set_model (self->filter_model,
                                   gtk_widget_get_mapped (GTK_WIDGET (self)) ? self->techniques
                                                                             : NULL);
  update_empty (self);
}

/**
 * bm_technique_browser_get_shown:
 *
 * Returns: (transfer none): the techniques the filters let through, once the
 *   browser has been shown
 */
GListModel *
bm_technique_browser_get_shown (BmTechniqueBrowser *self)
{
  g_return_val_if_fail (BM_IS_TECHNIQUE_BROWSER (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

/**
 * bm_technique_browser_set_filters:
 * @kind: 0 all, 1 self-care, 2 with a therapist
 * @equipment: 0 any, then none, ball, roller, stick, partner, heat
 * @time: 0 any, 1 up to 10 minutes, 2 up to 30, 3 longer
 *
 * Sets the filters as the drop-downs do.
 */
void
bm_technique_browser_set_filters (BmTechniqueBrowser *self,
                                  guint               kind,
                                  guint               equipment,
                                  guint               time)
{
  g_return_if_fail (BM_IS_TECHNIQUE_BROWSER (self));

  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  gtk_drop_down_set_selected (self->equipment_dropdown, equipment);
  gtk_drop_down_set_selected (self->time_dropdown, time);
}
