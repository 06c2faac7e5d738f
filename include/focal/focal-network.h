/* focal-network.h
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

#define FOCAL_TYPE_NETWORK (focal_network_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalNetwork, focal_network, FOCAL, NETWORK, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalNetwork  *focal_network_new                       (FocalView     *view,
                                                        gboolean       actors_only) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalView     *focal_network_get_view                  (FocalNetwork  *self);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_network_get_actors_only           (FocalNetwork  *self);
FOCAL_AVAILABLE_IN_ALL
guint          focal_network_get_n_nodes               (FocalNetwork  *self);
FOCAL_AVAILABLE_IN_ALL
guint          focal_network_get_n_edges               (FocalNetwork  *self);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_network_get_node_id               (FocalNetwork  *self,
                                                        guint          index);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_network_lookup                    (FocalNetwork  *self,
                                                        const char    *id,
                                                        guint         *index);

FOCAL_AVAILABLE_IN_ALL
char         **focal_network_neighbors                 (FocalNetwork  *self,
                                                        const char    *id,
                                                        GError       **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
char         **focal_network_k_hop                     (FocalNetwork  *self,
                                                        const char    *id,
                                                        guint          k,
                                                        GError       **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
guint         *focal_network_distances                 (FocalNetwork  *self,
                                                        const char    *id,
                                                        guint         *n_nodes,
                                                        GError       **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
char         **focal_network_shortest_path             (FocalNetwork  *self,
                                                        const char    *from,
                                                        const char    *to,
                                                        gboolean       weighted,
                                                        GError       **error) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
guint         *focal_network_components                (FocalNetwork  *self,
                                                        guint         *n_nodes,
                                                        guint         *n_components) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
double        *focal_network_degree_centrality         (FocalNetwork  *self,
                                                        guint         *n_nodes) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
double        *focal_network_betweenness_centrality    (FocalNetwork  *self,
                                                        gboolean       normalized,
                                                        guint         *n_nodes) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
char         **focal_network_articulation_points       (FocalNetwork  *self) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel    *focal_network_dup_bridges               (FocalNetwork  *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
