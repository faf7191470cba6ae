/* bm-command-line.c: what Backmap does without a display
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GApplication parses the options, but keeps only the last of an option given
 * twice and refuses text that is not UTF-8 without saying where. So every option
 * here is a callback that records what was given, bytes as they are, in order;
 * bm_command_line_run() then checks all of it before anything is printed.
 */

#define G_LOG_DOMAIN "bm-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-catalog.h"
#include "bm-command-line-private.h"
#include "bm-command-line.h"

/* In the order of bm_command_line_get_options(). */
typedef enum
{
  OPTION_VERSION,
  OPTION_LIST_REGIONS,
  OPTION_REGION,
  OPTION_LIST_MUSCLES,
  OPTION_MUSCLE,
  OPTION_SEARCH,
  OPTION_ROUTINE,
  OPTION_FORMAT,
  OPTION_CARE_SHEET,
  OPTION_TECHNIQUE,
  OPTION_RED_FLAG,
  OPTION_NOTES,
  OPTION_PAPER,
  OPTION_LOG,
  OPTION_INTENSITY,
  OPTION_QUALITY,
  OPTION_NOTE,
  OPTION_EXPORT_DIARY,
  N_OPTIONS
} Option;

#define BIT(option) (1u << (option))

/* Options that may be given more than once. */
#define REPEATABLE (BIT (OPTION_REGION) | BIT (OPTION_TECHNIQUE) | BIT (OPTION_RED_FLAG) | \
                    BIT (OPTION_LOG))
/* Options whose value is a file name: bytes, not necessarily UTF-8. */
#define FILE_NAMES (BIT (OPTION_CARE_SHEET) | BIT (OPTION_EXPORT_DIARY))

/*
 * What one run does, and what may go with it: the table that the --help text
 * describes. --region does a thing of its own only without --care-sheet, so it
 * comes last.
 */
static const struct
{
  Option action;
  guint with;  /* the options that may go with it */
  guint needs; /* those that must */
} actions[] = {
  { OPTION_VERSION, 0, 0 },
  { OPTION_LIST_REGIONS, 0, 0 },
  { OPTION_SEARCH, BIT (OPTION_FORMAT), 0 },
  { OPTION_ROUTINE, BIT (OPTION_FORMAT), 0 },
  { OPTION_LIST_MUSCLES, 0, 0 },
  { OPTION_MUSCLE, BIT (OPTION_FORMAT), 0 },
  { OPTION_CARE_SHEET, BIT (OPTION_REGION) | BIT (OPTION_TECHNIQUE) | BIT (OPTION_RED_FLAG) |
                       BIT (OPTION_NOTES) | BIT (OPTION_PAPER), 0 },
  { OPTION_LOG, BIT (OPTION_INTENSITY) | BIT (OPTION_QUALITY) | BIT (OPTION_NOTE),
    BIT (OPTION_INTENSITY) },
  { OPTION_EXPORT_DIARY, 0, 0 },
  { OPTION_REGION, BIT (OPTION_FORMAT), 0 },
};

typedef struct
{
  Option option;
  char *value; /* NULL for an option without one */
} Given;

/* What the command line gave, in order; filled while GApplication parses it. */
static GArray *given;

static gboolean collect_cb (const char  *name,
                            const char  *value,
                            gpointer     data,
                            GError     **error);

#define VALUE_OPTION(name, description, placeholder) \
  { name, 0, G_OPTION_FLAG_FILENAME, G_OPTION_ARG_CALLBACK, (gpointer) collect_cb, description, \
    placeholder }
#define FLAG_OPTION(name, description) \
  { name, 0, G_OPTION_FLAG_NO_ARG, G_OPTION_ARG_CALLBACK, (gpointer) collect_cb, description, NULL }

static const GOptionEntry entries[] = {
  FLAG_OPTION ("version", N_("Show the version and quit")),
  FLAG_OPTION ("list-regions", N_("List the regions of the map")),
  VALUE_OPTION ("region", N_("Show what the catalog says about a region, on one side or both"),
                N_("ID[:SIDE]")),
  FLAG_OPTION ("list-muscles", N_("List the muscles of the map")),
  VALUE_OPTION ("muscle", N_("Show a muscle: where it lies and may send pain, its trigger points, "
                             "self-treatment and evidence"), N_("ID[:SIDE]")),
  VALUE_OPTION ("search", N_("Find what the catalog says with these words, best matches first"),
                N_("WORDS")),
  VALUE_OPTION ("routine", N_("Show the timeline of a routine of these self-care techniques"),
                N_("ID[,ID…]")),
  VALUE_OPTION ("format", N_("Write the region, the search results or the routine as “text” "
                             "(the default) or “json”"), N_("FORMAT")),
  VALUE_OPTION ("care-sheet", N_("Write a care sheet for the regions and techniques given to a "
                                 "PDF file"), N_("FILE")),
  VALUE_OPTION ("technique", N_("Put a technique on the care sheet"), N_("ID")),
  VALUE_OPTION ("red-flag", N_("Put a warning sign you have on the care sheet"), N_("ID")),
  VALUE_OPTION ("notes", N_("Put notes on the care sheet"), N_("TEXT")),
  VALUE_OPTION ("paper", N_("Print the care sheet on “a4” or “letter” paper (the default "
                            "follows the locale)"), N_("PAPER")),
  VALUE_OPTION ("log", N_("Add an entry to your pain diary for a region, on one side or both; "
                          "repeat it for more regions in the same entry"), N_("ID[:SIDE]")),
  VALUE_OPTION ("intensity", N_("How much it hurts in the diary entry, from 0 (no pain) to 10 "
                                "(the worst pain imaginable)"), N_("N")),
  VALUE_OPTION ("quality", N_("How it feels in the diary entry: aching, burning, shooting, "
                              "tingling, stiffness or cramping"), N_("QUALITY")),
  VALUE_OPTION ("note", N_("A note for the diary entry"), N_("TEXT")),
  VALUE_OPTION ("export-diary", N_("Write your pain diary to a CSV file"), N_("FILE")),
  { NULL }
};

G_STATIC_ASSERT (G_N_ELEMENTS (entries) == N_OPTIONS + 1);

static void
given_clear (gpointer data)
{
  g_free (((Given *) data)->value);
}

static gboolean
collect_cb (const char  *name,
            const char  *value,
            gpointer     data,
            GError     **error)
{
  Given item;

  /* GOption names the option as it was written: always the long name here. */
  g_assert (g_str_has_prefix (name, "--"));
  for (item.option = 0; item.option < N_OPTIONS; item.option++)
    if (g_str_equal (name + 2, entries[item.option].long_name))
      break;
  g_assert (item.option < N_OPTIONS);

  if (given == NULL)
    {
      given = g_array_new (FALSE, FALSE, sizeof (Given));
      g_array_set_clear_func (given, given_clear);
    }
  item.value = g_strdup (value);
  g_array_append_val (given, item);

  return TRUE;
}

/**
 * bm_command_line_get_options:
 *
 * Returns: (transfer none): the command line's options, for GApplication
 */
const GOptionEntry *
bm_command_line_get_options (void)
{
  return entries;
}

/**
 * bm_command_line_get_description:
 *
 * Returns: what goes with what, and the exit statuses, for the end of `--help`
 */
const char *
bm_command_line_get_description (void)
{
  /* Translators: the option names stay as they are; only FORMAT, FILE and the
   * like may be translated, as in the option list above this text */
  return _("Without a display, Backmap does one of these and quits:\n"
           "  --list-regions\n"
           "  --region=ID[:SIDE]… [--format=FORMAT]\n"
           "  --list-muscles\n"
           "  --muscle=ID[:SIDE] [--format=FORMAT]\n"
           "  --search=WORDS [--format=FORMAT]\n"
           "  --routine=ID[,ID…] [--format=FORMAT]\n"
           "  --care-sheet=FILE [--region=ID[:SIDE]…] [--technique=ID…] [--red-flag=ID…]\n"
           "               [--notes=TEXT] [--paper=PAPER]\n"
           "  --log=ID[:SIDE]… --intensity=N [--quality=QUALITY] [--note=TEXT]\n"
           "  --export-diary=FILE\n"
           "  --version\n"
           "An option marked “…” may be given more than once, any other only once. "
           "A FILE of “-” means standard output. With several --region, --format=json "
           "writes a list of regions.\n"
           "\n"
           "Exit status: 0 when done, 1 when it failed, 2 when the options were wrong.");
}

static const char *
option_name (Option option)
{
  static char names[N_OPTIONS][32];

  if (names[option][0] == '\0')
    g_snprintf (names[option], sizeof names[option], "--%s", entries[option].long_name);

  return names[option];
}

/* The values of @option, in order, or %NULL when it was not given. */
static const char **
get_all (Option option)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();

  for (guint i = 0; given != NULL && i < given->len; i++)
    if (g_array_index (given, Given, i).option == option)
      g_ptr_array_add (values, g_array_index (given, Given, i).value);

  if (values->len == 0)
    return NULL;

  g_ptr_array_add (values, NULL);
  return (const char **) g_ptr_array_free (g_steal_pointer (&values), FALSE);
}

static const char *
get (Option option)
{
  for (guint i = 0; given != NULL && i < given->len; i++)
    if (g_array_index (given, Given, i).option == option)
      return g_array_index (given, Given, i).value;

  return NULL;
}

/* Which options were given, as a set of BIT (option). */
static guint
given_set (void)
{
  guint set = 0;

  for (guint i = 0; given != NULL && i < given->len; i++)
    set |= BIT (g_array_index (given, Given, i).option);

  return set;
}

/* Says which options @option needs one of. */
static void
print_needs (Option option)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (actions[i].with & BIT (option))
      g_string_append_printf (names, "%s%s", n++ > 0 ? ", " : "", option_name (actions[i].action));

  if (n == 1)
    /* Translators: an option, then another option it cannot go without */
    g_printerr (_("%s needs %s\n"), option_name (option), names->str);
  else
    /* Translators: an option, then the options it goes with, such as "--search, --routine" */
    g_printerr (_("%s needs one of: %s\n"), option_name (option), names->str);
}

/*
 * Finds what to do, and checks that everything given goes with it; a message on
 * standard error says what is wrong otherwise.
 *
 * Returns: the index in actions[], -1 for nothing (open the window), or -2 for an error
 */
static int
check_options (void)
{
  guint set = given_set ();
  int action = -1;

  if (given == NULL)
    return -1;

  for (guint i = 0; i < given->len; i++)
    {
      Given *item = &g_array_index (given, Given, i);

      if (item->value != NULL && !(FILE_NAMES & BIT (item->option))
          && !g_utf8_validate (item->value, -1, NULL))
        {
          /* Translators: the option whose value has bytes that are not text */
          g_printerr (_("The value of %s is not valid UTF-8\n"), option_name (item->option));
          return -2;
        }
    }

  for (Option option = 0; option < N_OPTIONS; option++)
    {
      guint n = 0;

      for (guint i = 0; i < given->len; i++)
        n += g_array_index (given, Given, i).option == option;

      if (n > 1 && !(REPEATABLE & BIT (option)))
        {
          /* Translators: an option given twice that may be given only once */
          g_printerr (_("%s may be given only once\n"), option_name (option));
          return -2;
        }
    }

  /* The first action given says what to do: the table lists --region last. */
  for (guint i = 0; i < given->len && action < 0; i++)
    for (guint j = 0; j + 1 < G_N_ELEMENTS (actions); j++)
      if (g_array_index (given, Given, i).option == actions[j].action)
        action = j;
  if (action < 0 && (set & BIT (OPTION_REGION)))
    action = G_N_ELEMENTS (actions) - 1;

  if (action < 0)
    {
      print_needs (g_array_index (given, Given, 0).option);
      return -2;
    }

  for (guint i = 0; i < given->len; i++)
    {
      Option option = g_array_index (given, Given, i).option;

      if (option != actions[action].action && !(actions[action].with & BIT (option)))
        {
          /* Translators: two options that may not be given together */
          g_printerr (_("%s cannot be combined with %s\n"), option_name (actions[action].action),
                      option_name (option));
          return -2;
        }
    }

  for (Option option = 0; option < N_OPTIONS; option++)
    if ((actions[action].needs & BIT (option)) && !(set & BIT (option)))
      {
        g_printerr (_("%s needs %s\n"), option_name (actions[action].action),
                    option_name (option));
        return -2;
      }

  return action;
}

static BmCatalog *
load_catalog (void)
{
  g_autoptr(GError) error = NULL;
  BmCatalog *catalog = bm_catalog_new_from_resource (&error);

  if (catalog == NULL)
    g_printerr (_("Cannot load the catalog: %s\n"), error->message);

  return catalog;
}

static int
run_action (BmCatalog *catalog,
            Option     action)
{
  g_autofree const char **spots = get_all (OPTION_REGION);
  g_autofree const char **techniques = get_all (OPTION_TECHNIQUE);
  g_autofree const char **red_flags = get_all (OPTION_RED_FLAG);
  g_autofree const char **logs = get_all (OPTION_LOG);
  gboolean json;

  switch ((int) action)
    {
    case OPTION_LIST_REGIONS:
      return bm_command_line_list_regions (catalog);

    case OPTION_REGION:
      return bm_command_line_show_regions (catalog, spots, get (OPTION_FORMAT));

    case OPTION_LIST_MUSCLES:
      return bm_command_line_list_muscles (catalog);

    case OPTION_MUSCLE:
      return bm_command_line_show_muscle (catalog, get (OPTION_MUSCLE), get (OPTION_FORMAT));

    case OPTION_SEARCH:
      return bm_command_line_search (catalog, get (OPTION_SEARCH), get (OPTION_FORMAT));

    case OPTION_ROUTINE:
      if (!bm_command_line_parse_format (get (OPTION_FORMAT), &json))
        return BM_EXIT_USAGE;
      return bm_command_line_show_routine (catalog, get (OPTION_ROUTINE), json);

    case OPTION_CARE_SHEET:
      return bm_command_line_write_sheet (catalog, get (OPTION_CARE_SHEET), spots, techniques,
                                          red_flags, get (OPTION_NOTES), get (OPTION_PAPER));

    case OPTION_LOG:
      return bm_command_line_log (catalog, logs, get (OPTION_INTENSITY), get (OPTION_QUALITY),
                                  get (OPTION_NOTE));

    case OPTION_EXPORT_DIARY:
      return bm_command_line_export_diary (catalog, get (OPTION_EXPORT_DIARY));

    default:
      g_assert_not_reached ();
    }
}

/**
 * bm_command_line_run:
 *
 * Does what the options given on the command line ask, if it needs no window.
 * Every option is checked before anything is written: when one is wrong, standard
 * output stays empty.
 *
 * Returns: the exit status, or -1 to go on and open the window
 */
int
bm_command_line_run (void)
{
  g_autoptr(BmCatalog) catalog = NULL;
  int action = check_options ();
  int status;

  if (action == -1)
    return -1;

  if (action >= 0 && actions[action].action == OPTION_VERSION)
    {
      g_print ("backmap %s\n", PACKAGE_VERSION);
      status = BM_EXIT_OK;
    }
  else if (action >= 0)
    {
      catalog = load_catalog ();
      status = catalog != NULL ? run_action (catalog, actions[action].action) : BM_EXIT_FAILURE;
    }
  else
    status = BM_EXIT_USAGE;

  g_clear_pointer (&given, g_array_unref);

  return status;
}
