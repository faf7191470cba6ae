/* bm-diary-labels.c: the words for a diary's pain qualities and answers, as people read them
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bm-diary"

#include "config.h"

#include <glib/gi18n.h>

#include "bm-diary-labels.h"

/**
 * bm_pain_quality_to_label:
 *
 * Returns: how @quality reads in the user's language, "Not said" for
 *   %BM_PAIN_QUALITY_UNSAID
 */
const char *
bm_pain_quality_to_label (BmPainQuality quality)
{
  static const char *labels[] = {
    /* Translators: how the pain feels was not said */
    [BM_PAIN_QUALITY_UNSAID] = N_("Not said"),
    [BM_PAIN_QUALITY_ACHING] = N_("Aching"),
    [BM_PAIN_QUALITY_BURNING] = N_("Burning"),
    [BM_PAIN_QUALITY_SHOOTING] = N_("Shooting"),
    [BM_PAIN_QUALITY_TINGLING] = N_("Tingling"),
    [BM_PAIN_QUALITY_STIFFNESS] = N_("Stiffness"),
    [BM_PAIN_QUALITY_CRAMPING] = N_("Cramping"),
  };

  g_return_val_if_fail (quality < G_N_ELEMENTS (labels), NULL);

  return _(labels[quality]);
}

/**
 * bm_helped_to_label:
 *
 * Returns: how the answer to "Did it help?" reads in the user's language
 */
const char *
bm_helped_to_label (BmHelped helped)
{
  static const char *labels[] = {
    /* Translators: whether a technique helped was not said */
    [BM_HELPED_UNSAID] = N_("Not said"),
    [BM_HELPED_YES] = N_("Helped"),
    [BM_HELPED_A_LITTLE] = N_("Helped a little"),
    [BM_HELPED_NO] = N_("Did not help"),
  };

  g_return_val_if_fail (helped < G_N_ELEMENTS (labels), NULL);

  return _(labels[helped]);
}
