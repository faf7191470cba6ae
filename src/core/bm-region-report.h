/* bm-region-report.h: a region's details as text or JSON, for the command line
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "bm-types.h"

G_BEGIN_DECLS

char     *bm_region_report_to_text (BmRegion *region,
                                    BmSide    sides);
JsonNode *bm_region_report_to_json (BmRegion *region,
                                    BmSide    sides);

G_END_DECLS
