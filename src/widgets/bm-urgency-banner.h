/* bm-urgency-banner.h: what to do now, when a red flag was answered yes
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bm-types.h"

G_BEGIN_DECLS

#define BM_TYPE_URGENCY_BANNER (bm_urgency_banner_get_type ())

G_DECLARE_FINAL_TYPE (BmUrgencyBanner, bm_urgency_banner, BM, URGENCY_BANNER, GtkWidget)

BmCarePlan *bm_urgency_banner_get_plan          (BmUrgencyBanner *self);
void        bm_urgency_banner_set_plan          (BmUrgencyBanner *self,
                                                 BmCarePlan      *plan);
gboolean    bm_urgency_banner_get_shown_urgency (BmUrgencyBanner *self,
                                                 BmUrgency       *urgency);

G_END_DECLS
