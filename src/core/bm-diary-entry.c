/* bm-diary-entry.c: one entry of the pain diary: when, how much it hurt where, what was done
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include "bm-diary-private.h"

/* A score, or something done, with the members a newer Backmap wrote in it, as JSON
 * text ("\"key\":value,..."), or %NULL; the public part comes first, so that a pointer
 * to one is a pointer to the other. */
typedef struct
{
  BmDiaryScore score;
  char *extra;
} Score;

typedef struct
{
  BmDiaryDone done;
  char *extra;
} Done;

struct _BmDiaryEntry
{
  GObject parent_instance;

  char *id;
  GDateTime *time;
  char *note;
  GArray *scores; /* Score, by region id, then side */
  GArray *done;   /* Done, in the order they were set */
  char *extra;    /* the entry's members a newer Backmap wrote, as for Score */
};

G_DEFINE_FINAL_TYPE (BmDiaryEntry, bm_diary_entry, G_TYPE_OBJECT)

static void
clear_score (gpointer data)
{
  Score *score = data;

  g_free (score->score.region_id);
  g_free (score->extra);
}

static void
clear_done (gpointer data)
{
  Done *done = data;

  g_free (done->done.technique_id);
  g_free (done->extra);
}

static void
bm_diary_entry_finalize (GObject *object)
{
  BmDiaryEntry *self = (BmDiaryEntry *)object;

  g_free (self->id);
  g_date_time_unref (self->time);
  g_free (self->note);
  g_array_unref (self->scores);
  g_array_unref (self->done);
  g_free (self->extra);

  G_OBJECT_CLASS (bm_diary_entry_parent_class)->finalize (object);
}

static void
bm_diary_entry_class_init (BmDiaryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_diary_entry_finalize;
}

static void
bm_diary_entry_init (BmDiaryEntry *self)
{
  self->note = g_strdup ("");
  self->scores = g_array_new (FALSE, FALSE, sizeof (Score));
  g_array_set_clear_func (self->scores, clear_score);
  self->done = g_array_new (FALSE, FALSE, sizeof (Done));
  g_array_set_clear_func (self->done, clear_done);
}

/* Entries are kept to the second: what the file holds is what the model holds. */
static GDateTime *
to_the_second (GDateTime *time)
{
  return g_date_time_add (time, -(GTimeSpan) g_date_time_get_microsecond (time));
}

/**
 * bm_diary_entry_new_with_id:
 * @id: an id no other entry of the diary has
 * @time: when the entry was made, kept to the second
 *
 * For reading a saved entry; new ones take bm_diary_entry_new().
 *
 * Returns: (transfer full): an entry with no scores, nothing done and an empty note
 */
BmDiaryEntry *
bm_diary_entry_new_with_id (const char *id,
                            GDateTime  *time)
{
  BmDiaryEntry *self;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (time != NULL, NULL);

  self = g_object_new (BM_TYPE_DIARY_ENTRY, NULL);
  self->id = g_strdup (id);
  self->time = to_the_second (time);

  return self;
}

/**
 * bm_diary_entry_new:
 * @time: (nullable): when the entry is for, kept to the second; %NULL for now
 *
 * Returns: (transfer full): an entry with a new id, no scores, nothing done, no note
 */
BmDiaryEntry *
bm_diary_entry_new (GDateTime *time)
{
  g_autoptr(GDateTime) now = time == NULL ? g_date_time_new_now_local () : NULL;
  g_autofree char *id = g_uuid_string_random ();

  return bm_diary_entry_new_with_id (id, time != NULL ? time : now);
}

/**
 * bm_diary_entry_copy:
 *
 * Returns: (transfer full): an entry equal to @self, with the same id, to edit and
 *   put in the diary's place of @self with bm_diary_replace()
 */
BmDiaryEntry *
bm_diary_entry_copy (BmDiaryEntry *self)
{
  BmDiaryEntry *copy;

  g_return_val_if_fail (BM_IS_DIARY_ENTRY (self), NULL);

  copy = bm_diary_entry_new_with_id (self->id, self->time);
  bm_diary_entry_set_note (copy, self->note);
  for (guint i = 0; i < self->scores->len; i++)
    {
      Score score = g_array_index (self->scores, Score, i);

      score.score.region_id = g_strdup (score.score.region_id);
      score.extra = g_strdup (score.extra);
      g_array_append_val (copy->scores, score);
    }
  for (guint i = 0; i < self->done->len; i++)
    {
      Done done = g_array_index (self->done, Done, i);

      done.done.technique_id = g_strdup (done.done.technique_id);
      done.extra = g_strdup (done.extra);
      g_array_append_val (copy->done, done);
    }
  copy->extra = g_strdup (self->extra);

  return copy;
}

/**
 * bm_diary_entry_equal:
 *
 * Returns: whether @a and @b have the same id and hold the same
 */
gboolean
bm_diary_entry_equal (BmDiaryEntry *a,
                      BmDiaryEntry *b)
{
  g_return_val_if_fail (BM_IS_DIARY_ENTRY (a), FALSE);
  g_return_val_if_fail (BM_IS_DIARY_ENTRY (b), FALSE);

  if (!g_str_equal (a->id, b->id) || !g_date_time_equal (a->time, b->time)
      || !g_str_equal (a->note, b->note) || a->scores->len != b->scores->len
      || a->done->len != b->done->len || g_strcmp0 (a->extra, b->extra) != 0)
    return FALSE;

  for (guint i = 0; i < a->scores->len; i++)
    {
      Score *x = &g_array_index (a->scores, Score, i);
      Score *y = &g_array_index (b->scores, Score, i);

      if (!g_str_equal (x->score.region_id, y->score.region_id)
          || x->score.side != y->score.side || x->score.intensity != y->score.intensity
          || x->score.quality != y->score.quality || g_strcmp0 (x->extra, y->extra) != 0)
        return FALSE;
    }

  for (guint i = 0; i < a->done->len; i++)
    {
      Done *x = &g_array_index (a->done, Done, i);
      Done *y = &g_array_index (b->done, Done, i);

      if (!g_str_equal (x->done.technique_id, y->done.technique_id)
          || x->done.helped != y->done.helped || g_strcmp0 (x->extra, y->extra) != 0)
        return FALSE;
    }

  return TRUE;
}

/**
 * bm_diary_entry_get_id:
 *
 * Returns: (transfer none): the id, the same for every copy of the entry
 */
const char *
bm_diary_entry_get_id (BmDiaryEntry *self)
{
  g_return_val_if_fail (BM_IS_DIARY_ENTRY (self), NULL);

  return self->id;
}

/**
 * bm_diary_entry_get_time:
 *
 * Returns: (transfer none): when the entry is for, in the time zone it was made in
 */
GDateTime *
bm_diary_entry_get_time (BmDiaryEntry *self)
{
  g_return_val_if_fail (BM_IS_DIARY_ENTRY (self), NULL);

  return self->time;
}

/**
 * bm_diary_entry_set_time:
 * @time: when the entry is for, kept to the second
 *
 * Only for an entry not in a diary yet, or a copy: the diary keeps its entries sorted.
 */
void
bm_diary_entry_set_time (BmDiaryEntry *self,
                         GDateTime    *time)
{
  g_return_if_fail (BM_IS_DIARY_ENTRY (self));
  g_return_if_fail (time != NULL);

  g_date_time_unref (self->time);
  self->time = to_the_second (time);
}

/**
 * bm_diary_entry_get_note:
 *
 * Returns: (transfer none): the note, empty for none
 */
const char *
bm_diary_entry_get_note (BmDiaryEntry *self)
{
  g_return_val_if_fail (BM_IS_DIARY_ENTRY (self), NULL);

  return self->note;
}

/**
 * bm_diary_entry_set_note:
 * @note: (nullable): any text, of any length; %NULL for none
 */
void
bm_diary_entry_set_note (BmDiaryEntry *self,
                         const char   *note)
{
  g_return_if_fail (BM_IS_DIARY_ENTRY (self));
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  g_free (self->note);
  self->note = g_strdup (note != NULL ? note : "");
}

guint
bm_diary_entry_get_n_scores (BmDiaryEntry *self)
{
  g_return_val_if_fail (BM_IS_DIARY_ENTRY (self), 0);

  return self->scores->len;
}

/**
 * bm_diary_entry_get_score:
 * @i: less than bm_diary_entry_get_n_scores()
 *
 * Returns: (transfer none): a score; scores are sorted by region id, then side
 */
const BmDiaryScore *
bm_diary_entry_get_score (BmDiaryEntry *self,
                          guint         i)
{
  g_return_val_if_fail (BM_IS_DIARY_ENTRY (self), NULL);
  g_return_val_if_fail (i < self->scores->len, NULL);

  return &g_array_index (self->scores, Score, i).score;
}

/* Where the score of @region_id and @side is, or would go; sets @found. */
static guint
find_score (BmDiaryEntry *self,
            const char   *region_id,
            BmSide        side,
            gboolean     *found)
{
  guint i;

  *found = FALSE;
  for (i = 0; i < self->scores->len; i++)
    {
      BmDiaryScore *score = &g_array_index (self->scores, Score, i).score;
      int order = strcmp (score->region_id, region_id);

      if (order == 0)
        order = (int) score->side - (int) side;
      if (order >= 0)
        {
          *found = order == 0;
          break;
        }
    }

  return i;
}

static gboolean
is_one_side (BmSide side)
{
  return side == BM_SIDE_LEFT || side == BM_SIDE_RIGHT || side == BM_SIDE_CENTER;
}

/**
 * bm_diary_entry_find_score:
 * @region_id: a region's id, which the catalog need not know
 * @side: one side
 *
 * Returns: (transfer none) (nullable): the score of that side of that region
 */
const BmDiaryScore *
bm_diary_entry_find_score (BmDiaryEntry *self,
                           const char   *region_id,
                           BmSide        side)
{
  gboolean found;
  guint i;

  g_return_val_if_fail (BM_IS_DIARY_ENTRY (self), NULL);
  g_return_val_if_fail (region_id != NULL, NULL);

  i = find_score (self, region_id, side, &found);

  return found ? &g_array_index (self->scores, Score, i).score : NULL;
}

/**
 * bm_diary_entry_set_score:
 * @region_id: a region's id, which the catalog need not know
 * @side: one side
 * @intensity: 0 to %BM_DIARY_MAX_INTENSITY; more counts as the most
 *
 * Sets the score of one side of one region, replacing any it had.
 */
void
bm_diary_entry_set_score (BmDiaryEntry  *self,
                          const char    *region_id,
                          BmSide         side,
                          guint          intensity,
                          BmPainQuality  quality)
{
  Score score = { { NULL, side, MIN (intensity, BM_DIARY_MAX_INTENSITY), quality }, NULL };
  gboolean found;
  guint i;

  g_return_if_fail (BM_IS_DIARY_ENTRY (self));
  g_return_if_fail (region_id != NULL && *region_id != '\0');
  g_return_if_fail (is_one_side (side));
  g_return_if_fail (quality <= BM_PAIN_QUALITY_CRAMPING);

  i = find_score (self, region_id, side, &found);
  if (found)
    {
      BmDiaryScore *old = &g_array_index (self->scores, Score, i).score;

      old->intensity = score.score.intensity;
      old->quality = score.score.quality;
      return;
    }

  score.score.region_id = g_strdup (region_id);
  g_array_insert_val (self->scores, i, score);
}

void
bm_diary_entry_remove_score (BmDiaryEntry *self,
                             const char   *region_id,
                             BmSide        side)
{
  gboolean found;
  guint i;

  g_return_if_fail (BM_IS_DIARY_ENTRY (self));
  g_return_if_fail (region_id != NULL);

  i = find_score (self, region_id, side, &found);
  if (found)
    g_array_remove_index (self->scores, i);
}

guint
bm_diary_entry_get_n_done (BmDiaryEntry *self)
{
  g_return_val_if_fail (BM_IS_DIARY_ENTRY (self), 0);

  return self->done->len;
}

/**
 * bm_diary_entry_get_done:
 * @i: less than bm_diary_entry_get_n_done()
 *
 * Returns: (transfer none): something done, in the order they were set
 */
const BmDiaryDone *
bm_diary_entry_get_done (BmDiaryEntry *self,
                         guint         i)
{
  g_return_val_if_fail (BM_IS_DIARY_ENTRY (self), NULL);
  g_return_val_if_fail (i < self->done->len, NULL);

  return &g_array_index (self->done, Done, i).done;
}

static gboolean
find_done (BmDiaryEntry *self,
           const char   *technique_id,
           guint        *index)
{
  for (guint i = 0; i < self->done->len; i++)
    if (g_str_equal (g_array_index (self->done, Done, i).done.technique_id, technique_id))
      {
        *index = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * bm_diary_entry_set_done:
 * @technique_id: a technique's id, which the catalog need not know
 *
 * Records that the technique was done and whether it helped, replacing what was
 * said before.
 */
void
bm_diary_entry_set_done (BmDiaryEntry *self,
                         const char   *technique_id,
                         BmHelped      helped)
{
  Done done = { { NULL, helped }, NULL };
  guint i;

  g_return_if_fail (BM_IS_DIARY_ENTRY (self));
  g_return_if_fail (technique_id != NULL && *technique_id != '\0');
  g_return_if_fail (helped <= BM_HELPED_NO);

  if (find_done (self, technique_id, &i))
    {
      g_array_index (self->done, Done, i).done.helped = helped;
      return;
    }

  done.done.technique_id = g_strdup (technique_id);
  g_array_append_val (self->done, done);
}

void
bm_diary_entry_remove_done (BmDiaryEntry *self,
                            const char   *technique_id)
{
  guint i;

  g_return_if_fail (BM_IS_DIARY_ENTRY (self));
  g_return_if_fail (technique_id != NULL);

  if (find_done (self, technique_id, &i))
    g_array_remove_index (self->done, i);
}

/*
 * bm_diary_entry_get_extra:
 *
 * For the diary's JSON code: the entry's members a newer Backmap wrote.
 *
 * Returns: (transfer none) (nullable): the members as JSON text, such as
 *   `"mood":3,"weather":"rain"`
 */
const char *
bm_diary_entry_get_extra (BmDiaryEntry *self)
{
  return self->extra;
}

/* For the reader only, on an entry it made: @extra is taken. */
void
bm_diary_entry_take_extra (BmDiaryEntry *self,
                           char         *extra)
{
  g_free (self->extra);
  self->extra = extra;
}

/* What a newer Backmap wrote in score @i, as for bm_diary_entry_get_extra(). */
const char *
bm_diary_entry_get_score_extra (BmDiaryEntry *self,
                                guint         i)
{
  return g_array_index (self->scores, Score, i).extra;
}

/* For the reader only: the score of @region_id and @side, which must be there, takes
 * @extra. */
void
bm_diary_entry_take_score_extra (BmDiaryEntry *self,
                                 const char   *region_id,
                                 BmSide        side,
                                 char         *extra)
{
  gboolean found;
  Score *score = &g_array_index (self->scores, Score,
                                 find_score (self, region_id, side, &found));

  g_assert (found);
  g_free (score->extra);
  score->extra = extra;
}

const char *
bm_diary_entry_get_done_extra (BmDiaryEntry *self,
                               guint         i)
{
  return g_array_index (self->done, Done, i).extra;
}

/* For the reader only: what was done last takes @extra. */
void
bm_diary_entry_take_last_done_extra (BmDiaryEntry *self,
                                     char         *extra)
{
  Done *done = &g_array_index (self->done, Done, self->done->len - 1);

  g_free (done->extra);
  done->extra = extra;
}
