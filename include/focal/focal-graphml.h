/* focal-graphml.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <glib-object.h>

#include <focal/focal-types.h>
#include <focal/focal-graph.h>

G_BEGIN_DECLS

FOCAL_AVAILABLE_IN_ALL
char       *focal_graph_to_graphml       (FocalGraph  *graph,
                                          gsize       *length) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalGraph *focal_graph_new_from_graphml (const char  *data,
                                          gssize       length,
                                          GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
