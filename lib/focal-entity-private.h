/* focal-entity-private.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "focal-entity.h"
#include "focal-agreement.h"
#include "focal-forum.h"

G_BEGIN_DECLS

/* Called by FocalGraph only: sets (or clears, with NULL) the weak back
 * pointer of an entity to the graph that owns it, and notifies "graph". */
void _focal_entity_set_graph (FocalEntity *self,
                              FocalGraph  *graph);

/* Looks up @ref_id, which @self refers to through @field ("forum",
 * "issue"), and checks that it is a @expected (called @expected_name in
 * messages). Returns it (transfer none), or NULL with an UNKNOWN_ID or
 * WRONG_KIND error naming @self, @field and @ref_id. */
FocalEntity *_focal_entity_lookup_reference (FocalEntity  *self,
                                             FocalGraph   *graph,
                                             const char   *field,
                                             const char   *ref_id,
                                             GType         expected,
                                             const char   *expected_name,
                                             GError      **error);

/* The collections of an entity as they are, without creating a store for
 * one never written to (a shared empty model stands in for it), for the
 * library's own readers: graph checks and writers would otherwise give every
 * entity its stores through the public getters. (transfer none) */
GListModel *_focal_entity_peek_citations   (FocalEntity    *self);
GListModel *_focal_entity_peek_indicators  (FocalEntity    *self);
GListModel *_focal_forum_peek_members      (FocalForum     *self);
GListModel *_focal_agreement_peek_parties  (FocalAgreement *self);

/* Implemented by FocalGraph; actors and events in @graph call it when their
 * parent id changes, so that the graph can update its index of parts. (A
 * notify::parent-id handler per entity cost some 330 bytes each.) */
void        _focal_graph_parent_changed   (FocalGraph     *graph,
                                           FocalEntity    *entity);

G_END_DECLS
