/* bm-paper.c: the paper a care sheet is printed on
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <langinfo.h>

#include "bm-paper.h"

/**
 * bm_paper_from_locale:
 *
 * Returns: Letter where the locale's paper is US Letter, A4 elsewhere
 */
BmPaper
bm_paper_from_locale (void)
{
#ifdef _NL_PAPER_WIDTH
  /* glibc gives the paper size in millimetres. */
  if ((guintptr) nl_langinfo (_NL_PAPER_WIDTH) == 216)
    return BM_PAPER_LETTER;
#endif
  return BM_PAPER_A4;
}

/**
 * bm_paper_get_size:
 * @width: (out): in points
 * @height: (out): in points
 */
void
bm_paper_get_size (BmPaper  paper,
                   double  *width,
                   double  *height)
{
  if (paper == BM_PAPER_LETTER)
    {
      *width = 612;
      *height = 792;
    }
  else
    {
      *width = 595.276;
      *height = 841.89;
    }
}
