/* bm-paper.h: the paper a care sheet is printed on
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  BM_PAPER_A4,
  BM_PAPER_LETTER,
} BmPaper;

BmPaper bm_paper_from_locale (void);
void    bm_paper_get_size    (BmPaper  paper,
                              double  *width,
                              double  *height);

G_END_DECLS
