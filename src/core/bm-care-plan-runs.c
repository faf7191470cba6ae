/* bm-care-plan-runs.c: the routines the user ran, kept in the plan until the diary
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-care-plan"

#include "config.h"

#include "bm-care-plan-private.h"
#include "bm-json-reader.h"
#include "bm-routine-run.h"

/* The members of a saved run; a newer Backmap's others ride along on the run. */
#define RUN_WHEN       "when"
#define RUN_TECHNIQUES "techniques"
#define RUN_STOPPED    "stopped"
#define RUN_FEELING    "feeling"

static GQuark
run_kept_quark (void)
{
  return g_quark_from_static_string ("bm-care-plan-run-kept");
}

/**
 * bm_care_plan_get_routine_runs:
 *
 * Returns: (transfer none): the routines run (#BmRoutineRun), oldest first
 */
GListModel *
bm_care_plan_get_routine_runs (BmCarePlan *self)
{
  g_return_val_if_fail (BM_IS_CARE_PLAN (self), NULL);

  return G_LIST_MODEL (self->routine_runs);
}

/**
 * bm_care_plan_add_routine_run:
 * @when: when the routine ended
 * @technique_ids: the ids of its techniques, in its order
 * @stopped: whether the stop rule ended it
 * @feeling: how the user felt afterwards, from 0 to 10, or -1 when not answered
 *
 * Records a routine the user ran.
 */
void
bm_care_plan_add_routine_run (BmCarePlan         *self,
                              GDateTime          *when,
                              const char * const *technique_ids,
                              gboolean            stopped,
                              int                 feeling)
{
  g_autoptr(BmRoutineRun) run = NULL;

  g_return_if_fail (BM_IS_CARE_PLAN (self));
  g_return_if_fail (when != NULL);
  g_return_if_fail (technique_ids != NULL && technique_ids[0] != NULL);
  g_return_if_fail (feeling >= -1 && feeling <= 10);

  run = bm_routine_run_new (when, technique_ids, stopped, feeling);
  g_list_store_append (self->routine_runs, run);
  bm_care_plan_emit_changed (self);
}

static JsonNode *
run_to_json (BmRoutineRun *run)
{
  JsonObject *kept = g_object_get_qdata (G_OBJECT (run), run_kept_quark ());
  g_autofree char *when = g_date_time_format_iso8601 (bm_routine_run_get_when (run));
  const char * const *ids = bm_routine_run_get_technique_ids (run);
  JsonObject *object = json_object_new ();
  JsonArray *techniques = json_array_new ();
  int feeling = bm_routine_run_get_feeling (run);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_set_string_member (object, RUN_WHEN, when);
  for (guint i = 0; ids[i] != NULL; i++)
    json_array_add_string_element (techniques, ids[i]);
  json_object_set_array_member (object, RUN_TECHNIQUES, techniques);
  json_object_set_boolean_member (object, RUN_STOPPED, bm_routine_run_get_stopped (run));
  if (feeling >= 0)
    json_object_set_int_member (object, RUN_FEELING, feeling);
  else
    json_object_set_null_member (object, RUN_FEELING);

  if (kept != NULL)
    {
      json_object_iter_init (&iter, kept);
      while (json_object_iter_next (&iter, &name, &node))
        json_object_set_member (object, name, json_node_copy (node));
    }

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, object);

  return node;
}

/*
 * bm_care_plan_routine_runs_to_json:
 *
 * Returns: (transfer full): the runs as the plan document's array
 */
JsonNode *
bm_care_plan_routine_runs_to_json (BmCarePlan *self)
{
  GListModel *runs = G_LIST_MODEL (self->routine_runs);
  JsonArray *array = json_array_new ();
  JsonNode *node;

  for (guint i = 0; i < g_list_model_get_n_items (runs); i++)
    {
      g_autoptr(BmRoutineRun) run = g_list_model_get_item (runs, i);

      json_array_add_element (array, run_to_json (run));
    }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, array);

  return node;
}

static BmRoutineRun *
run_new_from_json (JsonNode    *node,
                   const char  *path,
                   GError     **error)
{
  static const char * const keys[] = {
    RUN_WHEN, RUN_TECHNIQUES, RUN_STOPPED, RUN_FEELING, NULL
  };
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(JsonObject) kept = json_object_new ();
  BmRoutineRun *run;
  JsonObject *object;
  JsonArray *techniques;
  const char *when_text;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean stopped;
  gint64 feeling = -1;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                   "%s: expected an object", path);
      return NULL;
    }

  object = json_node_get_object (node);
  if (!(when_text = bm_json_get_string (object, path, RUN_WHEN, error)) ||
      !(techniques = bm_json_get_array (object, path, RUN_TECHNIQUES, error)) ||
      !bm_json_get_boolean (object, path, RUN_STOPPED, &stopped, error) ||
      (((member = json_object_get_member (object, RUN_FEELING)) == NULL ||
        !JSON_NODE_HOLDS_NULL (member)) &&
       !bm_json_get_int (object, path, RUN_FEELING, 0, 10, &feeling, error)))
    return NULL;

  if (!(when = g_date_time_new_from_iso8601 (when_text, NULL)))
    {
      g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_BAD_VALUE,
                   "%s.%s: not a date and time", path, RUN_WHEN);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (techniques); i++)
    {
      JsonNode *id = json_array_get_element (techniques, i);

      if (!JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING)
        {
          g_set_error (error, BM_JSON_ERROR, BM_JSON_ERROR_WRONG_TYPE,
                       "%s.%s[%u]: expected a string", path, RUN_TECHNIQUES, i);
          return NULL;
        }
      g_ptr_array_add (ids, (gpointer) json_node_get_string (id));
    }
  g_ptr_array_add (ids, NULL);

  run = bm_routine_run_new (when, (const char * const *) ids->pdata, stopped, feeling);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &member))
    if (!g_strv_contains (keys, name))
      json_object_set_member (kept, name, json_node_copy (member));
  if (json_object_get_size (kept) > 0)
    g_object_set_qdata_full (G_OBJECT (run), run_kept_quark (), g_steal_pointer (&kept),
                             (GDestroyNotify) json_object_unref);

  return run;
}

/*
 * bm_care_plan_read_routine_runs:
 * @object: the plan document, which lacks the runs when an older Backmap saved it
 *
 * Returns: whether the runs were read, or %FALSE with @error set
 */
gboolean
bm_care_plan_read_routine_runs (BmCarePlan  *self,
                                JsonObject  *object,
                                GError     **error)
{
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array;

  if (!json_object_has_member (object, BM_CARE_PLAN_ROUTINE_RUNS))
    return TRUE;

  if (!(array = bm_json_get_array (object, "care plan", BM_CARE_PLAN_ROUTINE_RUNS, error)))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = bm_json_path_index ("care plan", BM_CARE_PLAN_ROUTINE_RUNS, i);
      BmRoutineRun *run = run_new_from_json (json_array_get_element (array, i), path, error);

      if (run == NULL)
        return FALSE;
      g_ptr_array_add (runs, run);
    }

  g_list_store_splice (self->routine_runs, 0, 0, runs->pdata, runs->len);

  return TRUE;
}
