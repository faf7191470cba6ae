/* bm-plan-actions.c: the plan.* actions, the only way views change the care plan
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-plan-actions"

#include "config.h"

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-plan-actions.h"
#include "bm-region.h"
#include "bm-technique.h"

typedef struct
{
  BmCatalog *catalog;
  BmCarePlan *plan;
} PlanActions;

static void
plan_actions_free (PlanActions *actions)
{
  g_object_unref (actions->catalog);
  g_object_unref (actions->plan);
  g_free (actions);
}

/* A region of the catalog and one or more of its sides, or %NULL with a warning. */
static BmRegion *
lookup_spot (PlanActions *actions,
             const char  *region_id,
             guint        side)
{
  BmRegion *region = bm_catalog_lookup_region (actions->catalog, region_id);

  if (region == NULL)
    {
      g_warning ("No region “%s”", region_id);
      return NULL;
    }

  if (side == 0 || (side & ~bm_region_get_sides (region)) != 0)
    {
      g_warning ("Region “%s” has no side %u", region_id, side);
      return NULL;
    }

  return region;
}

static void
select_spot (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  const char *region_id;
  gboolean extend;
  BmRegion *region;
  guint side;

  g_variant_get (parameter, "(&sub)", &region_id, &side, &extend);
  if ((region = lookup_spot (user_data, region_id, side)) != NULL)
    bm_care_plan_select_spot (((PlanActions *) user_data)->plan, region, side, extend);
}

/* For "(su)" parameters: a region id and a side. */
static void
change_spot (PlanActions *actions,
             GVariant    *parameter,
             void       (*change) (BmCarePlan *plan,
                                   BmRegion   *region,
                                   BmSide      side))
{
  const char *region_id;
  BmRegion *region;
  guint side;

  g_variant_get (parameter, "(&su)", &region_id, &side);
  if ((region = lookup_spot (actions, region_id, side)) != NULL)
    change (actions->plan, region, side);
}

static void
add_spot (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  change_spot (user_data, parameter, bm_care_plan_add_spot);
}

static void
remove_spot (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  change_spot (user_data, parameter, bm_care_plan_remove_spot);
}

static void
clear_spots (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  bm_care_plan_clear_spots (((PlanActions *) user_data)->plan);
}

static void
undo_selection (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  bm_care_plan_undo_selection (((PlanActions *) user_data)->plan);
}

static void
redo_selection (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  bm_care_plan_redo_selection (((PlanActions *) user_data)->plan);
}

typedef gpointer (*LookupFunc) (BmCatalog  *catalog,
                                const char *id);
typedef void     (*SetFunc)    (BmCarePlan *plan,
                                gpointer    item,
                                gboolean    present);

/* For "(sb)" parameters: an id of the catalog, and whether the plan has it. */
static void
set_item (PlanActions *actions,
          GVariant    *parameter,
          const char  *what,
          LookupFunc   lookup,
          SetFunc      set)
{
  const char *id;
  gboolean present;
  gpointer item;

  g_variant_get (parameter, "(&sb)", &id, &present);
  item = lookup (actions->catalog, id);
  if (item == NULL)
    g_warning ("No %s “%s”", what, id);
  else
    set (actions->plan, item, present);
}

static void
set_technique (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  set_item (user_data, parameter, "technique", (LookupFunc) bm_catalog_lookup_technique,
            (SetFunc) bm_care_plan_set_technique);
}

static void
set_red_flag (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  set_item (user_data, parameter, "red flag", (LookupFunc) bm_catalog_lookup_red_flag,
            (SetFunc) bm_care_plan_set_red_flag);
}

static void
set_pain_type (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  PlanActions *actions = user_data;
  const char *id = g_variant_get_string (parameter, NULL);
  BmPainType *pain_type = NULL;

  if (*id != '\0' && (pain_type = bm_catalog_lookup_pain_type (actions->catalog, id)) == NULL)
    {
      g_warning ("No pain type “%s”", id);
      return;
    }

  bm_care_plan_set_pain_type (actions->plan, pain_type);
}

static void
finish_red_flag_check (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  bm_care_plan_set_red_flags_checked (((PlanActions *) user_data)->plan, now);
}

static void
record_routine (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PlanActions *actions = user_data;
  g_autofree const char **ids = NULL;
  g_autoptr(GDateTime) now = NULL;
  gboolean stopped;
  int feeling;

  g_variant_get (parameter, "(^a&sbi)", &ids, &stopped, &feeling);
  if (ids[0] == NULL)
    {
      g_warning ("A routine without techniques");
      return;
    }

  for (guint i = 0; ids[i] != NULL; i++)
    {
      BmTechnique *technique = bm_catalog_lookup_technique (actions->catalog, ids[i]);

      if (technique == NULL || bm_technique_get_kind (technique) != BM_TECHNIQUE_KIND_SELF)
        {
          g_warning ("No self-care technique “%s”", ids[i]);
          return;
        }
    }

  if (feeling < -1 || feeling > 10)
    {
      g_warning ("A feeling of %d is not from 0 to 10", feeling);
      return;
    }

  now = g_date_time_new_now_local ();
  bm_care_plan_add_routine_run (actions->plan, now, ids, stopped, feeling);
}

static const GActionEntry entries[] = {
  { "select-spot", select_spot, "(sub)" },
  { "add-spot", add_spot, "(su)" },
  { "remove-spot", remove_spot, "(su)" },
  { "clear-spots", clear_spots },
  { "undo-selection", undo_selection },
  { "redo-selection", redo_selection },
  { "set-technique", set_technique, "(sb)" },
  { "set-red-flag", set_red_flag, "(sb)" },
  { "set-pain-type", set_pain_type, "s" },
  { "finish-red-flag-check", finish_red_flag_check },
  { "record-routine", record_routine, "(asbi)" },
};

/**
 * bm_plan_actions_new:
 *
 * The actions that change @plan, for a window to insert as "plan":
 *
 * - `select-spot` `(sub)`: region id, side (#BmSide), and whether to extend the
 *   picked spots (toggle this one) rather than pick it alone
 * - `add-spot`, `remove-spot` `(su)`: region id and side
 * - `clear-spots`, `undo-selection`, `redo-selection`: no parameter; undo and redo
 *   are enabled when there is something to undo or redo
 * - `set-technique`, `set-red-flag` `(sb)`: id, and whether chosen or present
 * - `set-pain-type` `s`: id, or "" for none
 * - `finish-red-flag-check`: no parameter; the user finished the red-flag check now
 * - `record-routine` `(asbi)`: a routine run now: the ids of its self-care techniques,
 *   whether the stop rule ended it, and how the user felt after it, from 0 to 10, or
 *   -1 when not answered
 *
 * An id the catalog does not know is a programming error: it is warned about and
 * changes nothing. Notes are not an action: bind #BmCarePlan:notes.
 *
 * Returns: (transfer full): a #GSimpleActionGroup
 */
GActionGroup *
bm_plan_actions_new (BmCatalog  *catalog,
                     BmCarePlan *plan)
{
  GSimpleActionGroup *group = g_simple_action_group_new ();
  PlanActions *actions = g_new0 (PlanActions, 1);

  g_return_val_if_fail (BM_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (BM_IS_CARE_PLAN (plan), NULL);

  actions->catalog = g_object_ref (catalog);
  actions->plan = g_object_ref (plan);
  g_object_set_data_full (G_OBJECT (group), "bm-plan-actions", actions,
                          (GDestroyNotify) plan_actions_free);
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries),
                                   actions);

  g_object_bind_property (plan, "can-undo-selection",
                          g_action_map_lookup_action (G_ACTION_MAP (group), "undo-selection"),
                          "enabled", G_BINDING_SYNC_CREATE);
  g_object_bind_property (plan, "can-redo-selection",
                          g_action_map_lookup_action (G_ACTION_MAP (group), "redo-selection"),
                          "enabled", G_BINDING_SYNC_CREATE);

  return G_ACTION_GROUP (group);
}
