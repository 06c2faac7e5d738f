/* focal-graph.h
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
#include <focal/focal-entity.h>
#include <focal/focal-link.h>
#include <focal/focal-source.h>

G_BEGIN_DECLS

/**
 * FocalLinkColumn:
 * @FOCAL_LINK_COLUMN_SOURCE: the node of each link's source, as `guint32`
 * @FOCAL_LINK_COLUMN_TARGET: the node of each link's target, as `guint32`
 * @FOCAL_LINK_COLUMN_KIND: each link's [enum@LinkKind], as `guint8`
 * @FOCAL_LINK_COLUMN_FIRST_DAY: the first day of each link's period, as
 *   `gint32` (see [method@Date.get_first_day]); `G_MININT32` when it has
 *   no period or an open start
 * @FOCAL_LINK_COLUMN_LAST_DAY: the last day of each link's period, as
 *   `gint32`; `G_MAXINT32` when it has no period or an open end
 * @FOCAL_LINK_COLUMN_WEIGHT: each link's weight, as `double`
 *
 * A column of the graph's link table, for [method@Graph.dup_link_column].
 * Nodes are numbered as in [method@Graph.dup_node_ids]; values are in the
 * machine's byte order.
 */
typedef enum
{
  FOCAL_LINK_COLUMN_SOURCE,
  FOCAL_LINK_COLUMN_TARGET,
  FOCAL_LINK_COLUMN_KIND,
  FOCAL_LINK_COLUMN_FIRST_DAY,
  FOCAL_LINK_COLUMN_LAST_DAY,
  FOCAL_LINK_COLUMN_WEIGHT,
} FocalLinkColumn;

#define FOCAL_TYPE_GRAPH (focal_graph_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalGraph, focal_graph, FOCAL, GRAPH, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalGraph   *focal_graph_new                 (void) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
gboolean      focal_graph_add                 (FocalGraph      *self,
                                               FocalEntity     *entity,
                                               GError         **error);
FOCAL_AVAILABLE_IN_ALL
gboolean      focal_graph_remove              (FocalGraph      *self,
                                               const char      *id,
                                               GError         **error);
FOCAL_AVAILABLE_IN_ALL
FocalEntity  *focal_graph_lookup              (FocalGraph      *self,
                                               const char      *id);

FOCAL_AVAILABLE_IN_ALL
gboolean      focal_graph_add_source          (FocalGraph      *self,
                                               FocalSource     *source,
                                               GError         **error);
FOCAL_AVAILABLE_IN_ALL
gboolean      focal_graph_remove_source       (FocalGraph      *self,
                                               const char      *id,
                                               GError         **error);
FOCAL_AVAILABLE_IN_ALL
FocalSource  *focal_graph_lookup_source       (FocalGraph      *self,
                                               const char      *id);

FOCAL_AVAILABLE_IN_ALL
gboolean      focal_graph_add_link            (FocalGraph      *self,
                                               FocalLink       *link,
                                               GError         **error);
FOCAL_AVAILABLE_IN_ALL
gboolean      focal_graph_remove_link         (FocalGraph      *self,
                                               FocalLink       *link);

FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_get_actors          (FocalGraph      *self);
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_get_agreements      (FocalGraph      *self);
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_get_forums          (FocalGraph      *self);
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_get_issues          (FocalGraph      *self);
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_get_positions       (FocalGraph      *self);
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_get_events          (FocalGraph      *self);
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_get_links           (FocalGraph      *self);
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_get_sources         (FocalGraph      *self);
FOCAL_AVAILABLE_IN_ALL
guint         focal_graph_get_n_entities      (FocalGraph      *self);

FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_dup_links_for       (FocalGraph      *self,
                                               const char      *id,
                                               FocalLinkKind    kind,
                                               FocalDirection   direction,
                                               FocalDate       *as_of,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_dup_neighbors       (FocalGraph      *self,
                                               const char      *id,
                                               FocalLinkKind    kind,
                                               FocalDirection   direction,
                                               FocalDate       *as_of,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GBytes       *focal_graph_dup_neighbor_nodes  (FocalGraph      *self,
                                               const char      *id,
                                               FocalLinkKind    kind,
                                               FocalDirection   direction,
                                               FocalDate       *as_of,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_dup_positions_for   (FocalGraph      *self,
                                               const char      *actor_id,
                                               const char      *issue_id) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_dup_parts           (FocalGraph      *self,
                                               const char      *id) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel   *focal_graph_dup_referrers       (FocalGraph      *self,
                                               const char      *id) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
GBytes       *focal_graph_dup_link_column     (FocalGraph      *self,
                                               FocalLinkColumn  column) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
char        **focal_graph_dup_node_ids        (FocalGraph      *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
