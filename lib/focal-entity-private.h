/* focal-entity-private.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "focal-entity.h"

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

G_END_DECLS
