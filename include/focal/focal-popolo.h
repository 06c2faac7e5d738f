/* focal-popolo.h
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
#include <focal/focal-graph.h>

G_BEGIN_DECLS

FOCAL_AVAILABLE_IN_ALL
FocalGraph *focal_popolo_import_file (GFile         *file,
                                      GListModel   **report,
                                      GCancellable  *cancellable,
                                      GError       **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalGraph *focal_popolo_import_data (const char    *data,
                                      gssize         length,
                                      GListModel   **report,
                                      GError       **error) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
char       *focal_popolo_export      (FocalGraph    *graph,
                                      gsize         *length) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
