/* fuzz-catalog.c: fuzz target: loading a catalog from any bytes
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bm-catalog.h"
#include "fuzz-target.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmCatalog) catalog = bm_catalog_new_from_bytes (bytes, &error);

  /* Either a catalog or an error that says where, never both, never neither. */
  g_assert ((catalog == NULL) != (error == NULL));
  g_assert (error == NULL || error->message[0] != '\0');

  return 0;
}
