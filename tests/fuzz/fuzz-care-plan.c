/* fuzz-care-plan.c: fuzz target: reading a saved care plan from any bytes
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-care-plan.h"
#include "bm-catalog.h"
#include "fuzz-target.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static BmCatalog *catalog;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCarePlan) plan = NULL;

  if (catalog == NULL)
    catalog = bm_catalog_new_from_resource (NULL);

  plan = bm_care_plan_new_from_bytes (catalog, bytes, &error);
  g_assert ((plan == NULL) != (error == NULL));

  /* What loads saves again as valid UTF-8, and loads the same. */
  if (plan != NULL)
    {
      g_autoptr(GBytes) saved = bm_care_plan_to_bytes (plan);
      g_autoptr(BmCarePlan) again = bm_care_plan_new_from_bytes (catalog, saved, NULL);
      g_autoptr(GBytes) saved_again = NULL;
      gsize saved_size;
      const char *saved_data = g_bytes_get_data (saved, &saved_size);

      g_assert (g_utf8_validate (saved_data, saved_size, NULL));
      g_assert (again != NULL);
      saved_again = bm_care_plan_to_bytes (again);
      g_assert (g_bytes_equal (saved, saved_again));
    }

  return 0;
}
