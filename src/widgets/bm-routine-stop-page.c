/* bm-routine-stop-page.c: after the pain stop: why it matters, and the warning signs
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sharp, electric or spreading pain during self-massage can mean an irritated
 * nerve. The page says so, says when to see a doctor, and lists the emergency
 * and same-day signs of the picked areas, each tier's action said once.
 */

#define G_LOG_DOMAIN "bm-routine-stop-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-red-flag.h"
#include "bm-routine-stop-page.h"
#include "bm-spot-content.h"

struct _BmRoutineStopPage
{
  GtkWidget parent_instance;

  GtkScrolledWindow *scroller;
  GtkWidget *signs_box;
  GtkLabel *emergency_signs;
  GtkLabel *emergency_action;
  GtkLabel *today_signs;
  GtkLabel *today_action;
};

G_DEFINE_FINAL_TYPE (BmRoutineStopPage, bm_routine_stop_page, GTK_TYPE_WIDGET)

/* One tier: a bulleted list of its signs, then its action. */
static gboolean
show_tier (GListModel *spots,
           BmUrgency   urgency,
           GtkLabel   *signs_label,
           GtkLabel   *action_label)
{
  g_autoptr(GPtrArray) flags = bm_spot_content_dup_red_flags (spots, urgency);
  g_autoptr(GString) signs = g_string_new (NULL);

  for (guint i = 0; i < flags->len; i++)
    {
      if (i > 0)
        g_string_append_c (signs, '\n');
      /* Translators: a bullet before each item of a list */
      g_string_append_printf (signs, _("• %s"), bm_red_flag_get_text (flags->pdata[i]));
    }

  gtk_label_set_label (signs_label, signs->str);
  gtk_label_set_label (action_label, bm_urgency_to_action (urgency));
  gtk_widget_set_visible (GTK_WIDGET (signs_label), flags->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (action_label), flags->len > 0);

  return flags->len > 0;
}

static void
bm_routine_stop_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BM_TYPE_ROUTINE_STOP_PAGE);

  G_OBJECT_CLASS (bm_routine_stop_page_parent_class)->dispose (object);
}

static void
bm_routine_stop_page_class_init (BmRoutineStopPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_routine_stop_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-routine-stop-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BmRoutineStopPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, BmRoutineStopPage, signs_box);
  gtk_widget_class_bind_template_child (widget_class, BmRoutineStopPage, emergency_signs);
  gtk_widget_class_bind_template_child (widget_class, BmRoutineStopPage, emergency_action);
  gtk_widget_class_bind_template_child (widget_class, BmRoutineStopPage, today_signs);
  gtk_widget_class_bind_template_child (widget_class, BmRoutineStopPage, today_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_routine_stop_page_init (BmRoutineStopPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bm_routine_stop_page_show_signs:
 * @spots: (element-type BmSpot): the picked areas
 *
 * Lists the emergency and same-day warning signs of @spots, and shows the page
 * from its top.
 */
void
bm_routine_stop_page_show_signs (BmRoutineStopPage *self,
                                 GListModel        *spots)
{
  gboolean any = FALSE;

  g_return_if_fail (BM_IS_ROUTINE_STOP_PAGE (self));
  g_return_if_fail (G_IS_LIST_MODEL (spots));

  any |= show_tier (spots, BM_URGENCY_EMERGENCY, self->emergency_signs, self->emergency_action);
  any |= show_tier (spots, BM_URGENCY_TODAY, self->today_signs, self->today_action);
  gtk_widget_set_visible (self->signs_box, any);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}
