/* focal-forum.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <focal/focal-entity.h>
#include <focal/focal-membership.h>

G_BEGIN_DECLS

/**
 * FocalForumKind:
 * @FOCAL_FORUM_KIND_OTHER: a forum of no listed kind
 * @FOCAL_FORUM_KIND_JOINT_COMMITTEE: a standing joint committee (the Joint
 *   Ministerial Committee)
 * @FOCAL_FORUM_KIND_SUMMIT: meetings of leaders (the Summit of the Americas)
 * @FOCAL_FORUM_KIND_INTER_PARLIAMENTARY: meetings of legislators
 * @FOCAL_FORUM_KIND_WORKING_GROUP: a working or technical group
 * @FOCAL_FORUM_KIND_MULTILATERAL_ORGANIZATION: a multilateral organization as a
 *   setting (the OAS, the UN, IDEA)
 * @FOCAL_FORUM_KIND_NETWORK: an informal network
 * @FOCAL_FORUM_KIND_POLICY_DIALOGUE: a regular policy dialogue between
 *   officials
 *
 * What kind of setting a [class@Forum] is.
 */
typedef enum
{
  FOCAL_FORUM_KIND_OTHER,
  FOCAL_FORUM_KIND_JOINT_COMMITTEE,
  FOCAL_FORUM_KIND_SUMMIT,
  FOCAL_FORUM_KIND_INTER_PARLIAMENTARY,
  FOCAL_FORUM_KIND_WORKING_GROUP,
  FOCAL_FORUM_KIND_MULTILATERAL_ORGANIZATION,
  FOCAL_FORUM_KIND_NETWORK,
  FOCAL_FORUM_KIND_POLICY_DIALOGUE,
} FocalForumKind;

#define FOCAL_TYPE_FORUM (focal_forum_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalForum, focal_forum, FOCAL, FORUM, FocalEntity)

FOCAL_AVAILABLE_IN_ALL
FocalForum      *focal_forum_new           (const char      *id,
                                            FocalForumKind   kind) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalForumKind   focal_forum_get_kind      (FocalForum      *self);
FOCAL_AVAILABLE_IN_ALL
void             focal_forum_set_kind      (FocalForum      *self,
                                            FocalForumKind   kind);
FOCAL_AVAILABLE_IN_ALL
FocalDate       *focal_forum_get_founded   (FocalForum      *self);
FOCAL_AVAILABLE_IN_ALL
void             focal_forum_set_founded   (FocalForum      *self,
                                            FocalDate       *founded);
FOCAL_AVAILABLE_IN_ALL
const char      *focal_forum_get_cadence   (FocalForum      *self);
FOCAL_AVAILABLE_IN_ALL
void             focal_forum_set_cadence   (FocalForum      *self,
                                            const char      *cadence);
FOCAL_AVAILABLE_IN_ALL
GListModel      *focal_forum_get_members   (FocalForum      *self);
FOCAL_AVAILABLE_IN_ALL
void             focal_forum_add_member    (FocalForum      *self,
                                            FocalMembership *member);
FOCAL_AVAILABLE_IN_ALL
gboolean         focal_forum_remove_member (FocalForum      *self,
                                            const char      *actor_id);
FOCAL_AVAILABLE_IN_ALL
GPtrArray       *focal_forum_dup_members_at (FocalForum     *self,
                                             FocalDate      *date) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
