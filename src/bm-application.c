/* bm-application.c: the application: actions, command line and windows
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-application"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-application.h"
#include "bm-catalog.h"
#include "bm-command-line.h"
#include "bm-window.h"

struct _BmApplication
{
  AdwApplication parent_instance;

  BmCatalog *catalog;
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

  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (bm_application_parent_class)->finalize (object);
}

static int
bm_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  /* Work without a display happens here, before GTK starts. */
  return bm_command_line_run (options);
}

static void
bm_application_startup (GApplication *app)
{
  BmApplication *self = BM_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (bm_application_parent_class)->startup (app);

  self->catalog = bm_catalog_new_from_resource (&error);
  /* The catalog ships inside the program and is tested: failing here is a bug. */
  if (self->catalog == NULL)
    g_error ("Cannot load the catalog: %s", error->message);
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

  app_class->handle_local_options = bm_application_handle_local_options;
  app_class->startup = bm_application_startup;
  app_class->activate = bm_application_activate;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
};

static void
bm_application_init (BmApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  g_application_add_main_option_entries (G_APPLICATION (self), bm_command_line_get_options ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Find what may cause back pain, what helps, "
                                              "and when to see a doctor."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
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
