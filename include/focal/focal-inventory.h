/* focal-inventory.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <gio/gio.h>

#include <focal/focal-types.h>
#include <focal/focal-view.h>

G_BEGIN_DECLS

/**
 * FocalInventoryDimension:
 * @FOCAL_INVENTORY_DIMENSION_LEVEL: by the effective level of actors
 *   (`"federal"`, `"municipal"`, `"personal"` …)
 * @FOCAL_INVENTORY_DIMENSION_SECTOR: by the tags of entities (`"electoral"`,
 *   `"trade"` …)
 * @FOCAL_INVENTORY_DIMENSION_KIND: by the kind of entity and its own kind
 *   (`"actor:agency"`, `"forum:working-group"`), and by the kind of link
 *   (`"link:cooperates-with"`)
 * @FOCAL_INVENTORY_DIMENSION_COUNTRY_PAIR: by the pair of countries a link
 *   between two actors joins (`"CA-MX"`, `"CA-CA"`)
 * @FOCAL_INVENTORY_DIMENSION_DECADE: by the decade in which entities and
 *   links start (`"1990s"`, or `"undated"`)
 *
 * How [method@View.dup_inventory] breaks the relationship down into
 * [class@Tally] rows.
 */
typedef enum
{
  FOCAL_INVENTORY_DIMENSION_LEVEL,
  FOCAL_INVENTORY_DIMENSION_SECTOR,
  FOCAL_INVENTORY_DIMENSION_KIND,
  FOCAL_INVENTORY_DIMENSION_COUNTRY_PAIR,
  FOCAL_INVENTORY_DIMENSION_DECADE,
} FocalInventoryDimension;

#define FOCAL_TYPE_TALLY (focal_tally_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalTally, focal_tally, FOCAL, TALLY, GObject)

FOCAL_AVAILABLE_IN_ALL
const char *focal_tally_get_key             (FocalTally              *self);
FOCAL_AVAILABLE_IN_ALL
guint       focal_tally_get_entities        (FocalTally              *self);
FOCAL_AVAILABLE_IN_ALL
guint       focal_tally_get_links           (FocalTally              *self);

FOCAL_AVAILABLE_IN_ALL
GListModel *focal_view_dup_inventory        (FocalView               *self,
                                             FocalInventoryDimension  dimension) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
guint       focal_view_count_entities       (FocalView               *self);
FOCAL_AVAILABLE_IN_ALL
guint       focal_view_count_links          (FocalView               *self);

G_END_DECLS
