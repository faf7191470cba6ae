/* bm-sheet-file.h: a paginated sheet written to a PDF file
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bm-care-sheet.h"

G_BEGIN_DECLS

gboolean bm_sheet_file_write_pdf (BmCareSheet  *sheet,
                                  const char   *path,
                                  GError      **error);

G_END_DECLS
