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

G_END_DECLS
