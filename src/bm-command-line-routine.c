/* bm-command-line-routine.c: the timeline of a routine, without a display
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bm-catalog.h"
#include "bm-command-line-private.h"
#include "bm-command-line.h"
#include "bm-enums.h"
#include "bm-json-reader.h"
#include "bm-routine-item.h"
#include "bm-routine.h"
#include "bm-step.h"
#include "bm-technique.h"

static void
print_not_self_care (BmCatalog  *catalog,
                     const char *id)
{
  GPtrArray *techniques = bm_catalog_get_techniques (catalog);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < techniques->len; i++)
    {
      BmTechnique *technique = g_ptr_array_index (techniques, i);

      if (bm_technique_get_kind (technique) == BM_TECHNIQUE_KIND_SELF)
        g_string_append_printf (ids, "%s%s", ids->len > 0 ? ", " : "",
                                bm_technique_get_id (technique));
    }

  g_printerr (_("“%s” is not a self-care technique. Valid self-care techniques: %s\n"),
              id, ids->str);
}

/* The techniques of a comma-separated list, all self-care, or NULL with a message. */
static GPtrArray *
parse_routine (BmCatalog  *catalog,
               const char *list)
{
  g_auto(GStrv) ids = g_strsplit (list, ",", -1);
  g_autoptr(GPtrArray) techniques = g_ptr_array_new ();

  if (ids[0] == NULL)
    {
      print_not_self_care (catalog, list);
      return NULL;
    }

  for (guint i = 0; ids[i] != NULL; i++)
    {
      BmTechnique *technique = bm_catalog_lookup_technique (catalog, g_strstrip (ids[i]));

      if (technique == NULL || bm_technique_get_kind (technique) != BM_TECHNIQUE_KIND_SELF)
        {
          print_not_self_care (catalog, ids[i]);
          return NULL;
        }
      g_ptr_array_add (techniques, technique);
    }

  return g_steal_pointer (&techniques);
}

static char *
dup_minutes (guint seconds)
{
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

static char *
dup_item_heading (BmRoutineItem *item)
{
  BmStep *step = bm_routine_item_get_step (item);
  const char *name = bm_technique_get_name (bm_routine_item_get_technique (item));
  const char *text = bm_step_get_text (step);
  const char *end = strstr (text, ". ");
  g_autofree char *sentence = end != NULL ? g_strndup (text, end + 1 - text) : g_strdup (text);
  guint number = bm_step_get_number (step);

  switch (bm_routine_item_get_side (item))
    {
    case BM_SIDE_LEFT:
      /* Translators: a technique, the number of its step, then the step's first sentence */
      return g_strdup_printf (_("%s, step %u, left side: %s"), name, number, sentence);

    case BM_SIDE_RIGHT:
      return g_strdup_printf (_("%s, step %u, right side: %s"), name, number, sentence);

    default:
      return g_strdup_printf (_("%s, step %u: %s"), name, number, sentence);
    }
}

static void
print_routine_text (BmRoutine *routine)
{
  GListModel *items = bm_routine_get_items (routine);
  g_autofree char *total = dup_minutes (bm_routine_get_total_seconds (routine));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BmRoutineItem) item = g_list_model_get_item (items, i);
      g_autofree char *start = dup_minutes (bm_routine_item_get_start_seconds (item));
      g_autofree char *heading = dup_item_heading (item);
      g_autoptr(GString) timing = g_string_new (NULL);
      guint rest = bm_routine_item_get_rest_seconds (item);

      /* Translators: how long a position is held, in seconds */
      g_string_printf (timing, _("Hold %u s"), bm_routine_item_get_hold_seconds (item));
      g_string_append (timing, " · ");
      /* Translators: the repetition of a step, such as "2 of 3" */
      g_string_append_printf (timing, _("%u of %u"), bm_routine_item_get_repetition (item),
                              bm_routine_item_get_repetitions (item));
      if (rest > 0)
        {
          g_string_append (timing, " · ");
          /* Translators: a rest after holding a position, in seconds */
          g_string_append_printf (timing, _("Rest %u s"), rest);
        }

      g_print ("%5s  %s\n       %s\n", start, heading, timing->str);
    }

  /* Translators: how long the whole routine takes, in minutes and seconds */
  g_print (_("Total %s\n"), total);
}

static JsonObject *
routine_item_to_json (BmRoutineItem *item)
{
  JsonObject *object = json_object_new ();
  BmSide side = bm_routine_item_get_side (item);

  json_object_set_int_member (object, "start_seconds",
                              bm_routine_item_get_start_seconds (item));
  json_object_set_string_member (object, "technique",
                                 bm_technique_get_id (bm_routine_item_get_technique (item)));
  json_object_set_int_member (object, "step",
                              bm_step_get_number (bm_routine_item_get_step (item)));
  if (side != 0)
    json_object_set_string_member (object, "side", bm_json_enum_nick (BM_TYPE_SIDE, side));
  else
    json_object_set_null_member (object, "side");
  json_object_set_int_member (object, "countdown_seconds",
                              bm_routine_item_get_countdown_seconds (item));
  json_object_set_int_member (object, "hold_seconds", bm_routine_item_get_hold_seconds (item));
  json_object_set_int_member (object, "repetition", bm_routine_item_get_repetition (item));
  json_object_set_int_member (object, "repetitions", bm_routine_item_get_repetitions (item));
  json_object_set_int_member (object, "rest_seconds", bm_routine_item_get_rest_seconds (item));

  return object;
}

static void
print_routine_json (BmRoutine *routine)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) root = NULL;

  json_object_set_int_member (object, "total_seconds", bm_routine_get_total_seconds (routine));
  json_object_set_array_member (object, "items",
                                bm_command_line_model_to_json (
                                  bm_routine_get_items (routine),
                                  (BmToJsonFunc) routine_item_to_json));
  root = json_node_init_object (json_node_alloc (), object);
  bm_command_line_print_json (root);
}

/*
 * bm_command_line_show_routine:
 * @list: technique ids, comma-separated
 * @json: whether to write JSON rather than text
 *
 * Prints the timeline of a routine of the self-care techniques of @list.
 *
 * Returns: the exit status
 */
int
bm_command_line_show_routine (BmCatalog  *catalog,
                              const char *list,
                              gboolean    json)
{
  g_autoptr(GPtrArray) techniques = NULL;
  g_autoptr(BmRoutine) routine = NULL;

  if (!(techniques = parse_routine (catalog, list)))
    return BM_EXIT_USAGE;

  routine = bm_routine_new (techniques, 0);
  if (json)
    print_routine_json (routine);
  else
    print_routine_text (routine);

  return BM_EXIT_OK;
}
