/* focal-view-private.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "focal-view.h"
#include "focal-graph-private.h"

G_BEGIN_DECLS

/* Used by FocalNetwork, which walks the graph itself: the entity predicates
 * of the view and its ancestors, without checking that the graph holds the
 * entity. */
gboolean _focal_view_accept_entity (FocalView   *self,
                                    FocalEntity *entity);

/* The link predicates (period, kinds) of the view and its ancestors only:
 * the ends are left to the caller. */
gboolean _focal_view_accept_link   (FocalView   *self,
                                    FocalLink   *link);

/* The same on row @l of the link table (its kind and the days of its
 * interned period). */
gboolean _focal_view_accept_row    (FocalView              *self,
                                    const FocalLinkColumns *links,
                                    guint                   l);

/* For each node of the graph (see focal-graph-private.h), 1 when the entity
 * is in the view, 0 when not or for a free slot. O(n · depth). */
guint8  *_focal_view_dup_node_mask (FocalView     *self);

G_END_DECLS
