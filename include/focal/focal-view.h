/* focal-view.h
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
#include <focal/focal-actor.h>
#include <focal/focal-entity.h>
#include <focal/focal-graph.h>
#include <focal/focal-link.h>

G_BEGIN_DECLS

#define FOCAL_TYPE_VIEW (focal_view_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalView, focal_view, FOCAL, VIEW, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalView  *focal_view_new                (FocalGraph            *graph) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalView  *focal_view_at                 (FocalView             *self,
                                           FocalDate             *date) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalView  *focal_view_with_link_kinds    (FocalView             *self,
                                           const FocalLinkKind   *kinds,
                                           guint                  n_kinds) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalView  *focal_view_with_actor_kinds   (FocalView             *self,
                                           const FocalActorKind  *kinds,
                                           guint                  n_kinds) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalView  *focal_view_with_levels        (FocalView             *self,
                                           const FocalLevel      *levels,
                                           guint                  n_levels) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalView  *focal_view_with_countries     (FocalView             *self,
                                           const char * const    *codes) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalView  *focal_view_with_tags          (FocalView             *self,
                                           const char * const    *tags) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalGraph *focal_view_get_graph          (FocalView             *self);
FOCAL_AVAILABLE_IN_ALL
FocalView  *focal_view_get_parent         (FocalView             *self);

FOCAL_AVAILABLE_IN_ALL
gboolean    focal_view_contains           (FocalView             *self,
                                           FocalEntity           *entity);
FOCAL_AVAILABLE_IN_ALL
gboolean    focal_view_contains_link      (FocalView             *self,
                                           FocalLink             *link);
FOCAL_AVAILABLE_IN_ALL
GListModel *focal_view_dup_entities       (FocalView             *self) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel *focal_view_dup_links          (FocalView             *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
