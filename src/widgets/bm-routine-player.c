/* bm-routine-player.c: a self-care routine played step by step, with a timer and a stop rule
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The routine keeps the time from the monotonic clock; the player only asks it
 * where it is, ten times a second, and shows that. A person lying on a ball
 * hears a sound at each new item and at the end of each hold, and a screen
 * reader hears each step and, at intervals, the time left. The pain stop ends the
 * routine at once and says why that matters.
 */

#define G_LOG_DOMAIN "bm-routine-player"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bm-care-plan.h"
#include "bm-illustration.h"
#include "bm-routine-item.h"
#include "bm-routine-player-private.h"
#include "bm-routine.h"
#include "bm-step.h"
#include "bm-technique.h"

#define ILLUSTRATION_MAX_HEIGHT 220
/* The time left is told every ANNOUNCE_EVERY seconds, and each of the last few. */
#define ANNOUNCE_EVERY 10
#define ANNOUNCE_LAST 3

G_DEFINE_FINAL_TYPE (BmRoutinePlayer, bm_routine_player, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The illustration takes the whole width at 4 by 3, up to a height that leaves
 * the timer in view. */
static GtkSizeRequestMode
illustration_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
illustration_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = ILLUSTRATION_MAX_HEIGHT * 4 / 3;
    }
  else
    {
      *minimum = *natural = for_size < 0 ? ILLUSTRATION_MAX_HEIGHT
                                         : MIN (for_size * 3 / 4, ILLUSTRATION_MAX_HEIGHT);
    }
}

static void
illustration_allocate (GtkWidget *widget,
                       int        width,
                       int        height,
                       int        baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static const char *
side_to_label (BmSide side)
{
  switch ((int) side)
    {
    case BM_SIDE_LEFT:
      return _("Left side");
    case BM_SIDE_RIGHT:
      return _("Right side");
    default:
      return NULL;
    }
}

/* "Step 2 of 5 · Left side · 1 of 3": where an item stands in its technique. */
static char *
dup_position (BmRoutineItem *item)
{
  BmStep *step = bm_routine_item_get_step (item);
  GPtrArray *steps = bm_technique_get_steps (bm_routine_item_get_technique (item));
  const char *side = side_to_label (bm_routine_item_get_side (item));
  GString *position = g_string_new (NULL);

  /* Translators: where a routine is in a technique's steps */
  g_string_printf (position, _("Step %u of %u"), bm_step_get_number (step), steps->len);
  if (side != NULL)
    /* Translators: a separator between parts of "Step 2 of 5 · Left side · 1 of 3" */
    g_string_append_printf (position, _(" · %s"), side);
  if (bm_routine_item_get_repetitions (item) > 1)
    {
      g_autofree char *repetition = NULL;

      /* Translators: which repetition of a step this is, such as "1 of 3" */
      repetition = g_strdup_printf (_("%u of %u"), bm_routine_item_get_repetition (item),
                                    bm_routine_item_get_repetitions (item));
      g_string_append_printf (position, _(" · %s"), repetition);
    }

  return g_string_free (position, FALSE);
}

static BmRoutineItem *
dup_item (BmRoutinePlayer *self,
          guint            position)
{
  GListModel *items = bm_routine_get_items (self->routine);

  return position < g_list_model_get_n_items (items) ? g_list_model_get_item (items, position)
                                                     : NULL;
}

static void
show_illustration (BmRoutinePlayer *self,
                   BmStep          *step)
{
  g_autofree char *path = bm_step_dup_illustration_path (step);
  /* Translators: what an illustration shows, for screen readers */
  g_autofree char *description = g_strdup_printf (_("Illustration of step %u"),
                                                  bm_step_get_number (step));
  GtkWidget *illustration = bm_illustration_new (path, description);

  gtk_widget_set_valign (illustration, GTK_ALIGN_FILL);
  adw_bin_set_child (self->illustration_bin, illustration);
}

static void
show_item (BmRoutinePlayer *self)
{
  guint position = bm_routine_get_position (self->routine);
  g_autoptr(BmRoutineItem) item = dup_item (self, position);
  g_autoptr(BmRoutineItem) next = NULL;
  g_autofree char *where = NULL;
  g_autofree char *spoken = NULL;
  g_autofree char *following = NULL;
  g_autofree char *coming = NULL;
  BmStep *step;

  if (item == NULL)
    return;

  step = bm_routine_item_get_step (item);
  where = dup_position (item);
  gtk_label_set_label (self->technique_label,
                       bm_technique_get_name (bm_routine_item_get_technique (item)));
  gtk_label_set_label (self->position_label, where);
  gtk_label_set_label (self->step_label, bm_step_get_text (step));
  /* Translators: what a screen reader says at each step: where, then what to do */
  spoken = g_strdup_printf (_("%s: %s"), where, bm_step_get_text (step));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->step_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);

  if (step != self->shown_step)
    {
      show_illustration (self, step);
      self->shown_step = step;
    }

  /* The next step by its words; the same step again by where it is done. */
  next = dup_item (self, position + 1);
  if (next != NULL && bm_routine_item_get_step (next) == step)
    following = dup_position (next);
  else if (next != NULL)
    following = g_strdup (bm_step_get_text (bm_routine_item_get_step (next)));
  if (following != NULL)
    /* Translators: the step after this one */
    coming = g_strdup_printf (_("Next: %s"), following);
  gtk_label_set_label (self->next_label, coming != NULL ? coming : _("This is the last step."));
}

static const char *
phase_to_label (BmRoutinePhase phase)
{
  switch (phase)
    {
    case BM_ROUTINE_PHASE_READY:
    case BM_ROUTINE_PHASE_COUNTDOWN:
      return _("Get ready");
    case BM_ROUTINE_PHASE_HOLD:
      return _("Hold");
    case BM_ROUTINE_PHASE_REST:
      return _("Rest");
    case BM_ROUTINE_PHASE_DONE:
      return _("Done");
    default:
      g_assert_not_reached ();
    }
}

/* The time left goes to screen readers at intervals, not every second: a new
 * phase, every ANNOUNCE_EVERY seconds, and the last seconds. */
static void
announce_time (BmRoutinePlayer *self,
               gboolean         new_phase)
{
  guint seconds = bm_routine_get_seconds_left (self->routine);
  g_autofree char *text = NULL;

  if (!new_phase && seconds % ANNOUNCE_EVERY != 0 && seconds > ANNOUNCE_LAST)
    return;

  /* Translators: told to screen readers, such as "Hold: 20 seconds left" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u second left",
                                       "%s: %u seconds left", seconds),
                          phase_to_label (bm_routine_get_phase (self->routine)), seconds);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ring), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text, -1);
}

static void
show_status (BmRoutinePlayer *self)
{
  gtk_label_set_label (self->phase_label,
                       bm_routine_get_paused (self->routine)
                       ? _("Paused") : phase_to_label (bm_routine_get_phase (self->routine)));
}

static void
show_phase (BmRoutinePlayer *self)
{
  BmRoutinePhase phase = bm_routine_get_phase (self->routine);

  show_status (self);
  /* The 3-2-1 before a hold is shown larger; a rest in its own colour. */
  if (phase == BM_ROUTINE_PHASE_COUNTDOWN)
    gtk_widget_add_css_class (GTK_WIDGET (self->ring), "countdown");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->ring), "countdown");
  if (phase == BM_ROUTINE_PHASE_REST)
    gtk_widget_add_css_class (GTK_WIDGET (self->ring), "rest");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->ring), "rest");

  bm_progress_ring_set_seconds (self->ring, bm_routine_get_seconds_left (self->routine));
  announce_time (self, TRUE);
}

static void
show_seconds (BmRoutinePlayer *self)
{
  bm_progress_ring_set_seconds (self->ring, bm_routine_get_seconds_left (self->routine));
  announce_time (self, FALSE);
}

static void
show_paused (BmRoutinePlayer *self)
{
  gboolean paused = bm_routine_get_paused (self->routine);

  adw_button_content_set_icon_name (self->pause_content, paused ? "media-playback-start-symbolic"
                                                                : "media-playback-pause-symbolic");
  adw_button_content_set_label (self->pause_content, paused ? _("_Resume") : _("_Pause"));
  gtk_widget_set_tooltip_text (self->pause_button,
                               paused ? _("Resume (Space)") : _("Pause (Space)"));
  show_status (self);
}

/* Leaving the page, however, stops the routine: nothing runs out of sight. */
static void
bm_routine_player_unmap (GtkWidget *widget)
{
  bm_routine_player_halt (BM_ROUTINE_PLAYER (widget));

  GTK_WIDGET_CLASS (bm_routine_player_parent_class)->unmap (widget);
}

static void
bm_routine_player_dispose (GObject *object)
{
  BmRoutinePlayer *self = (BmRoutinePlayer *)object;

  bm_routine_player_halt (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_ROUTINE_PLAYER);
  g_clear_object (&self->routine);
  g_clear_object (&self->plan);
  g_clear_object (&self->sound);

  G_OBJECT_CLASS (bm_routine_player_parent_class)->dispose (object);
}

static void
bm_routine_player_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BmRoutinePlayer *self = BM_ROUTINE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_routine_player_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BmRoutinePlayer *self = BM_ROUTINE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_routine_player_class_init (BmRoutinePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_routine_player_dispose;
  object_class->get_property = bm_routine_player_get_property;
  object_class->set_property = bm_routine_player_set_property;

  widget_class->unmap = bm_routine_player_unmap;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, BM_TYPE_CARE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BM_TYPE_PROGRESS_RING);
  g_type_ensure (BM_TYPE_ROUTINE_STOP_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/bm-routine-player.ui");
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, stack);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, player_scroller);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, technique_label);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, position_label);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, illustration_bin);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, step_label);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, phase_label);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, ring);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, next_label);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, pause_button);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, pause_content);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, stop_page);
  gtk_widget_class_bind_template_child (widget_class, BmRoutinePlayer, feeling_scale);

  bm_routine_player_class_add_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bm_routine_player_init (BmRoutinePlayer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_layout_manager (GTK_WIDGET (self->illustration_bin),
                                 gtk_custom_layout_new (illustration_request_mode,
                                                        illustration_measure,
                                                        illustration_allocate));
  bm_routine_player_set_sound_func (self, NULL, NULL);
}

/**
 * bm_routine_player_new:
 * @plan: whose picked areas give the warning signs at a stop, and which records runs
 *
 * Returns: (transfer floating): a player, with no routine yet
 */
GtkWidget *
bm_routine_player_new (BmCarePlan *plan)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (plan), NULL);

  return g_object_new (BM_TYPE_ROUTINE_PLAYER, "plan", plan, NULL);
}

/**
 * bm_routine_player_get_plan:
 *
 * Returns: (transfer none): the plan the player records runs in
 */
BmCarePlan *
bm_routine_player_get_plan (BmRoutinePlayer *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_PLAYER (self), NULL);

  return self->plan;
}

/**
 * bm_routine_player_get_routine:
 *
 * Returns: (transfer none) (nullable): the routine played last
 */
BmRoutine *
bm_routine_player_get_routine (BmRoutinePlayer *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_PLAYER (self), NULL);

  return self->routine;
}

/**
 * bm_routine_player_start:
 * @routine: a routine that has not started, with at least one item
 *
 * Plays @routine from its start, in place of any other, and keeps the screen on
 * until it ends. The player must be in a window.
 */
void
bm_routine_player_start (BmRoutinePlayer *self,
                         BmRoutine       *routine)
{
  g_return_if_fail (BM_IS_ROUTINE_PLAYER (self));
  g_return_if_fail (BM_IS_ROUTINE (routine));
  g_return_if_fail (g_list_model_get_n_items (bm_routine_get_items (routine)) > 0);

  bm_routine_player_halt (self);
  if (self->routine != NULL)
    g_signal_handlers_disconnect_by_data (self->routine, self);
  g_set_object (&self->routine, routine);
  self->shown_step = NULL;

  g_signal_connect_object (routine, "notify::position", G_CALLBACK (show_item), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (routine, "notify::phase", G_CALLBACK (show_phase), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (routine, "notify::seconds-left", G_CALLBACK (show_seconds), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (routine, "notify::paused", G_CALLBACK (show_paused), self,
                           G_CONNECT_SWAPPED);

  gtk_stack_set_visible_child_name (self->stack, "player");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->player_scroller), 0);
  bm_routine_player_run (self);
  show_item (self);
  show_phase (self);
  show_paused (self);
  gtk_widget_grab_focus (self->pause_button);
}

/**
 * bm_routine_player_get_step_label:
 *
 * Returns: (transfer none): the label of the step, which screen readers hear
 */
GtkWidget *
bm_routine_player_get_step_label (BmRoutinePlayer *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_PLAYER (self), NULL);

  return GTK_WIDGET (self->step_label);
}

/**
 * bm_routine_player_get_ring:
 *
 * Returns: (transfer none): the timer, which screen readers hear at intervals
 */
GtkWidget *
bm_routine_player_get_ring (BmRoutinePlayer *self)
{
  g_return_val_if_fail (BM_IS_ROUTINE_PLAYER (self), NULL);

  return GTK_WIDGET (self->ring);
}
