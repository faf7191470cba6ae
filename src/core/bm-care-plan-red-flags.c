/* bm-care-plan-red-flags.c: the red-flag check: the signs answered yes, and when it was done
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-care-plan"

#include "config.h"

#include "bm-care-plan-private.h"
#include "bm-json-reader.h"
#include "bm-red-flag.h"

/**
 * bm_care_plan_get_red_flags:
 *
 * Returns: (transfer none): the red flags (#BmRedFlag) the user said yes to
 */
GListModel *
bm_care_plan_get_red_flags (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return G_LIST_MODEL (self->red_flags);
}

/* Follows the red flags with the properties that sum them up. */
void
bm_care_plan_update_urgency (BmCarePlan *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->red_flags));
  BmUrgency urgency = BM_URGENCY_SOON;
  gboolean stops;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmRedFlag) flag = g_list_model_get_item (G_LIST_MODEL (self->red_flags), i);

      urgency = MIN (urgency, bm_red_flag_get_urgency (flag));
    }
  stops = n > 0 && urgency == BM_URGENCY_EMERGENCY;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->has_urgency != (n > 0))
    {
      self->has_urgency = n > 0;
      bm_care_plan_notify (self, BM_CARE_PLAN_PROP_HAS_URGENCY);
    }
  if (self->urgency != urgency)
    {
      self->urgency = urgency;
      bm_care_plan_notify (self, BM_CARE_PLAN_PROP_URGENCY);
    }
  if (self->stops_self_care != stops)
    {
      self->stops_self_care = stops;
      bm_care_plan_notify (self, BM_CARE_PLAN_PROP_STOPS_SELF_CARE);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
bm_care_plan_set_red_flag (BmCarePlan *self,
                           BmRedFlag  *flag,
                           gboolean    present)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));
  g_return_if_fail (BM_IS_RED_FLAG (flag));

  if (!bm_care_plan_store_set (self->red_flags, flag, present))
    return;

  bm_care_plan_update_urgency (self);
  bm_care_plan_emit_changed (self);
}

/**
 * bm_care_plan_get_urgency:
 * @urgency: (out): the most urgent of the red flags answered yes
 *
 * Returns: whether any red flag was answered yes
 */
gboolean
bm_care_plan_get_urgency (BmCarePlan *self,
                          BmUrgency  *urgency)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), FALSE);

  *urgency = self->urgency;
  return self->has_urgency;
}

/**
 * bm_care_plan_stops_self_care:
 *
 * An emergency red flag answered yes replaces self-care advice, wherever it is
 * shown, with what to do now.
 *
 * Returns: whether self-care advice gives way
 */
gboolean
bm_care_plan_stops_self_care (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), FALSE);

  return self->stops_self_care;
}

/**
 * bm_care_plan_get_red_flags_checked:
 *
 * Returns: (transfer none) (nullable): when the user last finished the red-flag
 *   check, or %NULL if never
 */
GDateTime *
bm_care_plan_get_red_flags_checked (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return self->red_flags_checked;
}

gboolean
bm_care_plan_apply_red_flags_checked (BmCarePlan *self,
                                      GDateTime  *when)
{
  if (when == self->red_flags_checked ||
      (when != NULL && self->red_flags_checked != NULL &&
       g_date_time_equal (when, self->red_flags_checked)))
    return FALSE;

  g_clear_pointer (&self->red_flags_checked, g_date_time_unref);
  self->red_flags_checked = when != NULL ? g_date_time_ref (when) : NULL;
  bm_care_plan_notify (self, BM_CARE_PLAN_PROP_RED_FLAGS_CHECKED);

  return TRUE;
}

/**
 * bm_care_plan_set_red_flags_checked:
 * @when: (nullable): when the user finished the red-flag check, or %NULL for never
 */
void
bm_care_plan_set_red_flags_checked (BmCarePlan *self,
                                    GDateTime  *when)
{
  g_return_if_fail (BM_IS_CARE_PLAN (self));

  if (bm_care_plan_apply_red_flags_checked (self, when))
    bm_care_plan_emit_changed (self);
}

/* Left out until the first check, so that older files and plans read the same. */
void
bm_care_plan_add_red_flags_checked (BmCarePlan  *self,
                                    JsonBuilder *builder)
{
  g_autofree char *when = NULL;

  if (self->red_flags_checked == NULL)
    return;

  when = g_date_time_format_iso8601 (self->red_flags_checked);
  json_builder_set_member_name (builder, BM_CARE_PLAN_RED_FLAGS_CHECKED);
  json_builder_add_string_value (builder, when);
}

/* The optional date of the red-flag check, which older plans lack. */
gboolean
bm_care_plan_read_red_flags_checked (BmCarePlan  *self,
                                     JsonObject  *object,
                                     GError     **error)
{
  g_autoptr(GDateTime) when = NULL;
  const char *text;

  if (!json_object_has_member (object, BM_CARE_PLAN_RED_FLAGS_CHECKED))
    return TRUE;

  text = bm_json_get_string (object, "care plan", BM_CARE_PLAN_RED_FLAGS_CHECKED, error);
  if (text == NULL)
    return FALSE;

  when = g_date_time_new_from_iso8601 (text, NULL);
  if (when == NULL)
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                   "care plan.%s: expected a date and time in ISO 8601, such as "
                   "2026-11-25T10:00:00Z", BM_CARE_PLAN_RED_FLAGS_CHECKED);
      return FALSE;
    }

  bm_care_plan_set_red_flags_checked (self, when);
  return TRUE;
}
