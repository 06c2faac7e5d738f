/* focal-count.h
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
#include <focal/focal-date.h>

G_BEGIN_DECLS

#define FOCAL_TYPE_COUNT (focal_count_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalCount, focal_count, FOCAL, COUNT, GObject)

FOCAL_AVAILABLE_IN_ALL
guint       focal_count_get_min    (FocalCount *self);
FOCAL_AVAILABLE_IN_ALL
guint       focal_count_get_max    (FocalCount *self);
FOCAL_AVAILABLE_IN_ALL
gboolean    focal_count_get_exact  (FocalCount *self);
FOCAL_AVAILABLE_IN_ALL
FocalDate  *focal_count_get_period (FocalCount *self);
FOCAL_AVAILABLE_IN_ALL
GListModel *focal_count_get_events (FocalCount *self);

G_END_DECLS
