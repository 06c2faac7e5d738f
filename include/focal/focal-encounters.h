/* focal-encounters.h
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
#include <focal/focal-count.h>
#include <focal/focal-date.h>
#include <focal/focal-graph.h>
#include <focal/focal-view.h>

G_BEGIN_DECLS

FOCAL_AVAILABLE_IN_ALL
FocalCount *focal_graph_count_encounters        (FocalGraph         *self,
                                                 const char         *forum_id,
                                                 const char * const *participants,
                                                 const char         *series_id,
                                                 FocalDate          *period,
                                                 GError            **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel *focal_graph_count_encounters_series (FocalGraph         *self,
                                                 const char         *forum_id,
                                                 const char * const *participants,
                                                 const char         *series_id,
                                                 const int          *breaks,
                                                 guint               n_breaks,
                                                 GError            **error) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalCount *focal_view_count_encounters         (FocalView          *self,
                                                 const char         *forum_id,
                                                 const char * const *participants,
                                                 const char         *series_id,
                                                 FocalDate          *period,
                                                 GError            **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel *focal_view_count_encounters_series  (FocalView          *self,
                                                 const char         *forum_id,
                                                 const char * const *participants,
                                                 const char         *series_id,
                                                 const int          *breaks,
                                                 guint               n_breaks,
                                                 GError            **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
