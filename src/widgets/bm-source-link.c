/* bm-source-link.c: a cited source as a link that opens it
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-source-link"

#include "config.h"

#include "bm-source-link.h"
#include "bm-source.h"

/**
 * bm_source_link_new:
 *
 * Returns: (transfer floating): a link button with the source's citation, which
 *   wraps when long, opening the source in the browser
 */
GtkWidget *
bm_source_link_new (BmSource *source)
{
  g_autofree char *citation = bm_source_dup_citation (source);
  GtkWidget *link = gtk_link_button_new_with_label (bm_source_get_url (source), citation);
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (link));

  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
    }
  gtk_widget_set_halign (link, GTK_ALIGN_START);

  return link;
}
