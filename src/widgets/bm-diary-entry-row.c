/* bm-diary-entry-row.c: one diary entry in the list: when, how much it hurt where, what helped
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary-entry-row"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-diary-entry-row.h"
#include "bm-diary-entry.h"
#include "bm-diary-labels.h"
#include "bm-region.h"
#include "bm-technique.h"

/* A row shows the start of a note; the editor shows all of it. */
#define NOTE_PREVIEW_CHARS 160

struct _BmDiaryEntryRow
{
  GtkWidget parent_instance;

  GtkLabel *day_label;
  GtkLabel *time_label;
  GtkLabel *scores_label; /* and what was done */
  GtkLabel *note_label;
};

G_DEFINE_FINAL_TYPE (BmDiaryEntryRow, bm_diary_entry_row, GTK_TYPE_WIDGET)

/* "Today", "Yesterday", or the date in full. */
static char *
dup_day_label (GDateTime *time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  int year, month, day;

  g_date_time_get_ymd (time, &year, &month, &day);
  if (g_date_time_get_year (now) == year && g_date_time_get_month (now) == month &&
      g_date_time_get_day_of_month (now) == day)
    return g_strdup (_("Today"));
  if (g_date_time_get_year (yesterday) == year && g_date_time_get_month (yesterday) == month &&
      g_date_time_get_day_of_month (yesterday) == day)
    return g_strdup (_("Yesterday"));

  /* Translators: a day heading in the diary, see the GDateTime format codes */
  return g_date_time_format (time, _("%A, %e %B %Y"));
}

static char *
dup_scores (BmDiaryEntry *entry,
            BmCatalog    *catalog)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < bm_diary_entry_get_n_scores (entry); i++)
    {
      const BmDiaryScore *score = bm_diary_entry_get_score (entry, i);
      BmRegion *region = bm_catalog_lookup_region (catalog, score->region_id);
      g_autofree char *area = region != NULL ? bm_region_dup_label (region, score->side)
                                             : g_strdup (score->region_id);

      if (i > 0)
        g_string_append_c (text, '\n');
      if (score->quality == BM_PAIN_QUALITY_UNSAID)
        /* Translators: an area and its pain score, as in "Neck: 4 of 10" */
        g_string_append_printf (text, _("%s: %u of 10"), area, score->intensity);
      else
        /* Translators: an area, its pain score and how it feels, as in "Neck: 4 of 10, Aching" */
        g_string_append_printf (text, _("%s: %u of 10, %s"), area, score->intensity,
                                bm_pain_quality_to_label (score->quality));
    }

  if (text->len == 0)
    g_string_append (text, _("No areas scored"));

  return g_string_free (text, FALSE);
}

static char *
dup_done (BmDiaryEntry *entry,
          BmCatalog    *catalog)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < bm_diary_entry_get_n_done (entry); i++)
    {
      const BmDiaryDone *done = bm_diary_entry_get_done (entry, i);
      BmTechnique *technique = bm_catalog_lookup_technique (catalog, done->technique_id);
      const char *name = technique != NULL ? bm_technique_get_name (technique)
                                           : done->technique_id;

      if (i > 0)
        /* Translators: between the techniques done, as in "Heat, Walking" */
        g_string_append (list, _(", "));
      if (done->helped == BM_HELPED_UNSAID)
        g_string_append (list, name);
      else
        /* Translators: a technique and whether it helped, as in "Heat (Helped a little)" */
        g_string_append_printf (list, _("%s (%s)"), name, bm_helped_to_label (done->helped));
    }

  if (list->len == 0)
    return NULL;

  /* Translators: what the user did for the pain, a list of techniques */
  return g_strdup_printf (_("Done: %s"), list->str);
}

static void
bm_diary_entry_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), BM_TYPE_DIARY_ENTRY_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (bm_diary_entry_row_parent_class)->dispose (object);
}

static void
bm_diary_entry_row_class_init (BmDiaryEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_diary_entry_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-diary-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryRow, scores_label);
  gtk_widget_class_bind_template_child (widget_class, BmDiaryEntryRow, note_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_diary_entry_row_init (BmDiaryEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bm_diary_entry_row_new (void)
{
  return g_object_new (BM_TYPE_DIARY_ENTRY_ROW, NULL);
}

/**
 * bm_diary_entry_row_set_entry:
 * @catalog: where the names of regions and techniques come from
 * @entry: the entry to show
 * @first_of_day: whether the row starts a day, and so shows the day's heading
 */
void
bm_diary_entry_row_set_entry (BmDiaryEntryRow *self,
                              BmCatalog       *catalog,
                              BmDiaryEntry    *entry,
                              gboolean         first_of_day)
{
  GDateTime *time;
  g_autofree char *day = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *scores = NULL;
  g_autofree char *done = NULL;
  const char *note;

  g_return_if_fail (BM_IS_DIARY_ENTRY_ROW (self));
  g_return_if_fail (BM_IS_CATALOG (catalog));
  g_return_if_fail (BM_IS_DIARY_ENTRY (entry));

  time = bm_diary_entry_get_time (entry);
  gtk_widget_set_visible (GTK_WIDGET (self->day_label), first_of_day);
  if (first_of_day)
    {
      day = dup_day_label (time);
      gtk_label_set_label (self->day_label, day);
    }

  /* Translators: the time of a diary entry, see the GDateTime format codes */
  clock = g_date_time_format (time, _("%H:%M"));
  gtk_label_set_label (self->time_label, clock);

  /* One label for the scores and what was done: a row is made of few widgets, as
   * GTK 4.8 keeps 200 rows of a list alive. */
  scores = dup_scores (entry, catalog);
  done = dup_done (entry, catalog);
  if (done != NULL)
    {
      g_autofree char *both = g_strconcat (scores, "\n", done, NULL);

      gtk_label_set_label (self->scores_label, both);
    }
  else
    gtk_label_set_label (self->scores_label, scores);

  note = bm_diary_entry_get_note (entry);
  if (note != NULL && *note != '\0')
    {
      g_autofree char *start = NULL;

      if (g_utf8_strlen (note, -1) > NOTE_PREVIEW_CHARS)
        {
          g_autofree char *cut = g_utf8_substring (note, 0, NOTE_PREVIEW_CHARS);

          start = g_strconcat (cut, "…", NULL);
        }
      gtk_label_set_label (self->note_label, start != NULL ? start : note);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL && *note != '\0');
}
