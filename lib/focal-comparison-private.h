/* focal-comparison-private.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "focal-view.h"

G_BEGIN_DECLS

/* The two sides of a comparison between two actors ("canada", "mexico"),
 * shared by the complementarity and common-space queries. An actor is on a
 * side when it is the side's actor or when its chain of parents reaches
 * it: Elections Canada (parent: the Government of Canada, parent: Canada)
 * is on Canada's side. */

typedef enum
{
  FOCAL_SIDE_NONE = -1,
  FOCAL_SIDE_A = 0,
  FOCAL_SIDE_B = 1,
} FocalSide;

typedef struct
{
  FocalView  *view;     /* borrowed */
  FocalGraph *graph;    /* borrowed */
  const char *ids[2];   /* borrowed: the actors of sides A and B */
  GHashTable *memo;     /* actor id (borrowed from the graph) → side + 2 */
} FocalSides;

/* Checks the two ids (each an actor of the view's graph that the view
 * keeps, the two different and neither a part of the other) and sets up
 * sides; on failure sets error and leaves nothing to clear. */
gboolean   _focal_comparison_sides_init  (FocalSides  *sides,
                                          FocalView   *view,
                                          const char  *actor_a,
                                          const char  *actor_b,
                                          GError     **error);
void       _focal_comparison_sides_clear (FocalSides  *sides);

/* The side of an actor, FOCAL_SIDE_NONE for an actor of neither side or an
 * id that is not an actor. Costs O(depth) of the actor's chain of parents,
 * and each actor is walked once. */
FocalSide  _focal_comparison_side_of     (FocalSides  *sides,
                                          const char  *actor_id);

/* The entity of the view's graph with an id, if the view keeps it; else
 * NULL. */
FocalEntity *_focal_comparison_view_lookup (FocalView  *view,
                                            const char *id);

G_END_DECLS
