/* bm-wrap-layout.c: children side by side, wrapping onto new lines as width runs out
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the picked areas' chips. GtkFlowBox would do, but GTK 4.8's loops for ever
 * on Page Up or Page Down when none of its children can be selected.
 */

#define G_LOG_DOMAIN "bm-wrap-layout"

#include "config.h"

#include "bm-wrap-layout.h"

struct _BmWrapLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
};

G_DEFINE_FINAL_TYPE (BmWrapLayout, bm_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

static int
natural_width (GtkWidget *child)
{
  int natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

/* Lays the children out in @width, each at its natural width but never wider than
 * @width; allocates them if @allocate. Returns the height used. */
static int
flow (BmWrapLayout *self,
      GtkWidget    *widget,
      int           width,
      gboolean      allocate)
{
  int x = 0, y = 0, line_height = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width, child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      child_width = MIN (natural_width (child), width);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height,
                          NULL, NULL);
      if (x > 0 && x + child_width > width)
        {
          x = 0;
          y += line_height + self->spacing;
          line_height = 0;
        }
      if (allocate)
        gtk_widget_size_allocate (child,
                                  &(GtkAllocation) { x, y, child_width, child_height }, -1);
      x += child_width + self->spacing;
      line_height = MAX (line_height, child_height);
    }

  return y + line_height;
}

static GtkSizeRequestMode
bm_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                 GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
bm_wrap_layout_measure (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        GtkOrientation    orientation,
                        int               for_size,
                        int              *minimum,
                        int              *natural,
                        int              *minimum_baseline,
                        int              *natural_baseline)
{
  BmWrapLayout *self = BM_WRAP_LAYOUT (manager);

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As narrow as the widest child can be; naturally, all on one line. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum, child_natural;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL,
                              NULL);
          *minimum = MAX (*minimum, child_minimum);
          *natural += (*natural > 0 ? self->spacing : 0) + child_natural;
        }
    }
  else
    *minimum = *natural = flow (self, widget, for_size < 0 ? G_MAXINT : for_size, FALSE);
}

static void
bm_wrap_layout_allocate (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         int               width,
                         int               height,
                         int               baseline)
{
  flow (BM_WRAP_LAYOUT (manager), widget, width, TRUE);
}

static void
bm_wrap_layout_class_init (BmWrapLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = bm_wrap_layout_get_request_mode;
  manager_class->measure = bm_wrap_layout_measure;
  manager_class->allocate = bm_wrap_layout_allocate;
}

static void
bm_wrap_layout_init (BmWrapLayout *self)
{
}

/**
 * bm_wrap_layout_new:
 * @spacing: the room between children, across and down
 *
 * Returns: (transfer full): the layout
 */
GtkLayoutManager *
bm_wrap_layout_new (int spacing)
{
  BmWrapLayout *self = g_object_new (BM_TYPE_WRAP_LAYOUT, NULL);

  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
