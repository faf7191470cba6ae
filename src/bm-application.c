/* bm-application.c: the application: actions, command line and windows
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-application"

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>

#include "bm-application.h"
#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "bm-command-line.h"
#include "bm-diary.h"
#include "bm-map-renderer.h"
#include "bm-window.h"

struct _BmApplication
{
  AdwApplication parent_instance;

  BmCatalog *catalog;
  BmMapRenderer *renderer;
  BmDocumentStore *plan_store;
  BmDocumentStore *diary_store;
  GPtrArray *notices;   /* what loading the stores had to say, until a window shows it */
  GSettings *settings;
  gboolean options_parsed;
};

G_DEFINE_FINAL_TYPE (BmApplication, bm_application, ADW_TYPE_APPLICATION)

/**
 * bm_application_get_locale_dir:
 *
 * `BACKMAP_LOCALEDIR` points the program at translations that are not installed,
 * such as those of the build tree the tests use.
 *
 * Returns: where the translations are
 */
const char *
bm_application_get_locale_dir (void)
{
  const char *dir = g_getenv ("BACKMAP_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

BmApplication *
bm_application_new (void)
{
  return g_object_new (BM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

static void
bm_application_finalize (GObject *object)
{
  BmApplication *self = (BmApplication *)object;

  g_clear_object (&self->plan_store);
  g_clear_object (&self->diary_store);
  g_clear_object (&self->renderer);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->notices, g_ptr_array_unref);

  G_OBJECT_CLASS (bm_application_parent_class)->finalize (object);
}

static int
bm_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  BM_APPLICATION (app)->options_parsed = TRUE;

  /* Work without a display happens here, before GTK starts. */
  return bm_command_line_run ();
}

/* GApplication ends with status 1 when it cannot parse the options (an unknown
 * one, a value missing): for the command line, that is a usage error. */
static gboolean
bm_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  GApplicationClass *parent_class = G_APPLICATION_CLASS (bm_application_parent_class);

  if (!parent_class->local_command_line (app, arguments, exit_status))
    return FALSE;

  if (*exit_status == BM_EXIT_FAILURE && !BM_APPLICATION (app)->options_parsed)
    *exit_status = BM_EXIT_USAGE;

  return TRUE;
}

static void
color_scheme_changed_cb (BmApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme color_scheme = g_str_equal (scheme, "light") ? ADW_COLOR_SCHEME_FORCE_LIGHT
                              : g_str_equal (scheme, "dark") ? ADW_COLOR_SCHEME_FORCE_DARK
                              : ADW_COLOR_SCHEME_DEFAULT;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

/* The content and the map load in a thread while GTK and libadwaita start. */
static gpointer
load_content_thread (gpointer data)
{
  BmApplication *self = data;
  g_autoptr(GError) error = NULL;

  /* Both ship inside the program and are tested: failing here is a bug. */
  if (!(self->catalog = bm_catalog_new_from_resource (&error)))
    g_error ("Cannot load the catalog: %s", error->message);
  if (!(self->renderer = bm_map_renderer_new_from_resource (self->catalog, &error)))
    g_error ("Cannot load the back map: %s", error->message);

  return NULL;
}

static void
notice_cb (BmApplication *self,
           const char    *message)
{
  g_ptr_array_add (self->notices, g_strdup (message));
}

static void
flush_stores (BmApplication *self)
{
  BmDocumentStore *stores[] = { self->plan_store, self->diary_store };

  for (guint i = 0; i < G_N_ELEMENTS (stores); i++)
    {
      g_autoptr(GError) error = NULL;

      if (stores[i] != NULL && !bm_document_store_flush (stores[i], &error))
        g_warning ("Cannot save %s: %s", bm_document_store_get_path (stores[i]),
                   error->message);
    }
}

/* A store of the user's data folder, loaded now; what it has to say waits for a window. */
static BmDocumentStore *
load_store (BmApplication *self,
            GType          document_type,
            const char    *name)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "backmap", name, NULL);
  g_autoptr(BmDocument) document = g_object_new (document_type, NULL);
  BmDocumentStore *store = bm_document_store_new (document, self->catalog, path);

  g_signal_connect_object (store, "notice", G_CALLBACK (notice_cb), self, G_CONNECT_SWAPPED);
  bm_document_store_load (store);
  g_signal_handlers_disconnect_by_func (store, notice_cb, self);

  return store;
}

/* A session that ends, or a kill, must not lose the last second of changes. */
static gboolean
terminate_cb (gpointer data)
{
  BmApplication *self = data;

  flush_stores (self);
  g_application_quit (G_APPLICATION (self));
  return G_SOURCE_CONTINUE;
}

static void
bm_application_startup (GApplication *app)
{
  static const char *setting_actions[] = {
    "color-scheme", "referred-overlay", "referred-direction", "paper-size", "routine-sounds"
  };
  BmApplication *self = BM_APPLICATION (app);
  GThread *loader = g_thread_new ("bm-load-content", load_content_thread, self);

  G_APPLICATION_CLASS (bm_application_parent_class)->startup (app);

  self->settings = g_settings_new (APPLICATION_ID);
  for (guint i = 0; i < G_N_ELEMENTS (setting_actions); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (self->settings, setting_actions[i]);

      g_action_map_add_action (G_ACTION_MAP (app), action);
    }
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (color_scheme_changed_cb), self, G_CONNECT_SWAPPED);
  color_scheme_changed_cb (self);

  g_thread_join (loader);

  self->plan_store = load_store (self, BM_TYPE_CARE_PLAN, "care-plan.json");
  self->diary_store = load_store (self, BM_TYPE_DIARY, "diary.json");
  g_unix_signal_add (SIGTERM, terminate_cb, self);
  g_unix_signal_add (SIGINT, terminate_cb, self);
}

static void
bm_application_shutdown (GApplication *app)
{
  flush_stores (BM_APPLICATION (app));

  G_APPLICATION_CLASS (bm_application_parent_class)->shutdown (app);
}

static void
bm_application_activate (GApplication *app)
{
  BmApplication *self = BM_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (bm_window_new (self));

  gtk_window_present (window);
}

static void
bm_application_class_init (BmApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = bm_application_finalize;

  app_class->local_command_line = bm_application_local_command_line;
  app_class->handle_local_options = bm_application_handle_local_options;
  app_class->startup = bm_application_startup;
  app_class->activate = bm_application_activate;
  app_class->shutdown = bm_application_shutdown;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  static const char *developers[] = { "The Backmap authors", NULL };
  /* The guidelines and reviews the catalog rests on; every entry cites its own. */
  static const char *sources[] = {
    "NICE guideline NG59 https://www.nice.org.uk/guidance/ng59",
    "American College of Physicians, Qaseem et al. 2017 "
    "https://www.acpjournals.org/doi/10.7326/M16-2367",
    "Cochrane, Furlan et al. 2015 "
    "https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001929.pub3/full",
    "The Lancet low back pain series 2018 https://www.thelancet.com/series/low-back-pain",
    "NHS https://www.nhs.uk/conditions/back-pain/",
    NULL
  };
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Backmap"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Backmap authors"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/backmap/backmap",
                        "issue-url", "https://github.com/backmap/backmap/issues",
                        "comments", _("Find what may cause back pain, where it may come from, "
                                      "what may help, and when to see a doctor."),
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);

  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Medical Disclaimer"), NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("Backmap gives general information, not a diagnosis, and "
                                        "does not replace a doctor, physiotherapist or massage "
                                        "therapist. If a warning sign appears, stop self-care "
                                        "and get help as Backmap says."));
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), _("Medical Sources"),
                                                sources);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

/* Every accelerator lives here, where the Shortcuts window finds it. */
static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.export-pdf", { "<Control>e", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.show-techniques", { "<Control>t", NULL } },
  { "win.go-back", { "<Alt>Left", NULL } },
  { "win.red-flag-check", { "<Control>r", NULL } },
  { "win.log-pain", { "<Control>l", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "plan.redo-selection", { "<Control><Shift>z", NULL } },
};

static void
bm_application_init (BmApplication *self)
{

  g_application_add_main_option_entries (G_APPLICATION (self), bm_command_line_get_options ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Find what may cause back pain, what helps, "
                                              "and when to see a doctor."));
  g_application_set_option_context_description (G_APPLICATION (self),
                                                 bm_command_line_get_description ());

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
  self->notices = g_ptr_array_new_with_free_func (g_free);
}

/**
 * bm_application_get_catalog:
 *
 * Returns: (transfer none): the content, loaded at startup
 */
BmCatalog *
bm_application_get_catalog (BmApplication *self)
{
  g_return_val_if_fail (BM_IS_APPLICATION (self), NULL);

  return self->catalog;
}

/**
 * bm_application_get_renderer:
 *
 * Returns: (transfer none): what draws the map, loaded at startup
 */
BmMapRenderer *
bm_application_get_renderer (BmApplication *self)
{
  g_return_val_if_fail (BM_IS_APPLICATION (self), NULL);

  return self->renderer;
}

/**
 * bm_application_get_settings:
 *
 * Returns: (transfer none): the preferences, from startup on
 */
GSettings *
bm_application_get_settings (BmApplication *self)
{
  g_return_val_if_fail (BM_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * bm_application_get_plan_store:
 *
 * Returns: (transfer none): the store of the user's care plan (a #BmCarePlan), from
 *   startup on
 */
BmDocumentStore *
bm_application_get_plan_store (BmApplication *self)
{
  g_return_val_if_fail (BM_IS_APPLICATION (self), NULL);

  return self->plan_store;
}

/**
 * bm_application_get_diary_store:
 *
 * Returns: (transfer none): the store of the user's pain diary, from startup on
 */
BmDocumentStore *
bm_application_get_diary_store (BmApplication *self)
{
  g_return_val_if_fail (BM_IS_APPLICATION (self), NULL);

  return self->diary_store;
}

/**
 * bm_application_get_diary:
 *
 * Returns: (transfer none): the user's pain diary, the same from startup on
 */
BmDiary *
bm_application_get_diary (BmApplication *self)
{
  g_return_val_if_fail (BM_IS_APPLICATION (self), NULL);

  return BM_DIARY (bm_document_store_get_document (self->diary_store));
}

/**
 * bm_application_take_notices:
 *
 * What loading the plan and the diary had to tell the user, for the first window to show; later
 * windows get none.
 *
 * Returns: (transfer full) (element-type utf8): the messages
 */
GPtrArray *
bm_application_take_notices (BmApplication *self)
{
  GPtrArray *notices;

  g_return_val_if_fail (BM_IS_APPLICATION (self), NULL);

  notices = g_steal_pointer (&self->notices);
  self->notices = g_ptr_array_new_with_free_func (g_free);
  return notices;
}
