/* fuzz-diary.c: fuzz target: reading a saved pain diary from any bytes
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-diary.h"
#include "fuzz-target.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmDiary) diary = bm_diary_new_from_bytes (bytes, &error);

  g_assert ((diary == NULL) != (error == NULL));

  /* What loads saves again as valid UTF-8 that json-glib reads too, and loads the same. */
  if (diary != NULL)
    {
      g_autoptr(GBytes) saved = bm_diary_to_bytes (diary);
      g_autoptr(BmDiary) again = bm_diary_new_from_bytes (saved, NULL);
      g_autoptr(JsonNode) tree = bm_diary_to_json (diary);
      g_autoptr(GBytes) saved_again = NULL;
      gsize saved_size;
      const char *saved_data = g_bytes_get_data (saved, &saved_size);

      g_assert (g_utf8_validate (saved_data, saved_size, NULL));
      g_assert (again != NULL);
      g_assert (tree != NULL);
      saved_again = bm_diary_to_bytes (again);
      g_assert (g_bytes_equal (saved, saved_again));
    }

  return 0;
}
