/* focal-membership.h
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
#include <focal/focal-citation.h>

G_BEGIN_DECLS

/**
 * FocalRole:
 * @FOCAL_ROLE_MEMBER: a full member of a forum
 * @FOCAL_ROLE_OBSERVER: an observer
 * @FOCAL_ROLE_CHAIR: the chair or head (the foreign ministers who head the JMC)
 * @FOCAL_ROLE_SECRETARIAT: the body that runs a forum's secretariat or
 *   coordinates it
 * @FOCAL_ROLE_HOST: the host of a forum or meeting
 * @FOCAL_ROLE_PARTY: a party to an agreement
 * @FOCAL_ROLE_SIGNATORY: a signatory that is not (yet) a party
 * @FOCAL_ROLE_PARTICIPANT: a participant of unstated standing
 *
 * The standing of an actor in a forum or an agreement.
 */
typedef enum
{
  FOCAL_ROLE_MEMBER,
  FOCAL_ROLE_OBSERVER,
  FOCAL_ROLE_CHAIR,
  FOCAL_ROLE_SECRETARIAT,
  FOCAL_ROLE_HOST,
  FOCAL_ROLE_PARTY,
  FOCAL_ROLE_SIGNATORY,
  FOCAL_ROLE_PARTICIPANT,
} FocalRole;

#define FOCAL_TYPE_MEMBERSHIP (focal_membership_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalMembership, focal_membership, FOCAL, MEMBERSHIP, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalMembership *focal_membership_new           (const char      *actor_id,
                                                 FocalRole        role) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
const char      *focal_membership_get_actor_id  (FocalMembership *self);
FOCAL_AVAILABLE_IN_ALL
FocalRole        focal_membership_get_role      (FocalMembership *self);
FOCAL_AVAILABLE_IN_ALL
void             focal_membership_set_role      (FocalMembership *self,
                                                 FocalRole        role);
FOCAL_AVAILABLE_IN_ALL
FocalDate       *focal_membership_get_period    (FocalMembership *self);
FOCAL_AVAILABLE_IN_ALL
void             focal_membership_set_period    (FocalMembership *self,
                                                 FocalDate       *period);
FOCAL_AVAILABLE_IN_ALL
gboolean         focal_membership_is_valid_at   (FocalMembership *self,
                                                 FocalDate       *date);
FOCAL_AVAILABLE_IN_ALL
GListModel      *focal_membership_get_citations (FocalMembership *self);
FOCAL_AVAILABLE_IN_ALL
void             focal_membership_add_citation  (FocalMembership *self,
                                                 FocalCitation   *citation);

G_END_DECLS
