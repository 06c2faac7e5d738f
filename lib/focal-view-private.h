/* focal-view-private.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "focal-view.h"

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

G_END_DECLS
