/* focal-link.h
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
 * FocalLinkKind:
 * @FOCAL_LINK_KIND_ANY: matches every kind in queries; never the kind of a
 *   stored link
 * @FOCAL_LINK_KIND_MEMBER_OF: the source is a member of the target (an actor
 *   of a forum or organization)
 * @FOCAL_LINK_KIND_PARTY_TO: the source is a party to the target agreement
 * @FOCAL_LINK_KIND_PART_OF: the source is a part of the target
 * @FOCAL_LINK_KIND_REPRESENTED_IN: the source has a representation (embassy,
 *   consulate, provincial office) in the target
 * @FOCAL_LINK_KIND_HOSTS: the source hosts the target (an embassy hosting
 *   another ministry's staff)
 * @FOCAL_LINK_KIND_PARTNERS_WITH: the two ends are twinned (sister cities and
 *   provinces)
 * @FOCAL_LINK_KIND_MODELLED_ON: the source was modelled on the target (a law on
 *   another law)
 * @FOCAL_LINK_KIND_COOPERATES_WITH: the two ends cooperate
 * @FOCAL_LINK_KIND_DISPUTES_WITH: the two ends are in a dispute
 * @FOCAL_LINK_KIND_PARTICIPATES_IN: the source takes part in the target (an
 *   event, a programme)
 * @FOCAL_LINK_KIND_LEADS: the source leads or heads the target
 * @FOCAL_LINK_KIND_WORKS_FOR: the source, a person, works for the target
 * @FOCAL_LINK_KIND_SUCCEEDED_BY: the source was succeeded by the target (SECOFI
 *   by the Ministry of the Economy)
 * @FOCAL_LINK_KIND_OFFERS: the source, an actor, offers expertise, access,
 *   capacity or funding on the target, an issue (Canada's expertise in
 *   democracy and good governance); the link's `capacity` attribute says
 *   which (see [method@View.dup_complementarities])
 * @FOCAL_LINK_KIND_SEEKS: the source, an actor, seeks expertise, access,
 *   capacity or funding on the target, an issue (Mexico seeking Canada's
 *   support for its development projects); the link's `capacity` attribute
 *   says which
 *
 * The relation a [class@Link] states.
 */
typedef enum
{
  FOCAL_LINK_KIND_ANY,
  FOCAL_LINK_KIND_MEMBER_OF,
  FOCAL_LINK_KIND_PARTY_TO,
  FOCAL_LINK_KIND_PART_OF,
  FOCAL_LINK_KIND_REPRESENTED_IN,
  FOCAL_LINK_KIND_HOSTS,
  FOCAL_LINK_KIND_PARTNERS_WITH,
  FOCAL_LINK_KIND_MODELLED_ON,
  FOCAL_LINK_KIND_COOPERATES_WITH,
  FOCAL_LINK_KIND_DISPUTES_WITH,
  FOCAL_LINK_KIND_PARTICIPATES_IN,
  FOCAL_LINK_KIND_LEADS,
  FOCAL_LINK_KIND_WORKS_FOR,
  FOCAL_LINK_KIND_SUCCEEDED_BY,
  FOCAL_LINK_KIND_OFFERS,
  FOCAL_LINK_KIND_SEEKS,
} FocalLinkKind;

#define FOCAL_TYPE_LINK (focal_link_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalLink, focal_link, FOCAL, LINK, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalLink     *focal_link_new                 (const char     *source_id,
                                               FocalLinkKind   kind,
                                               const char     *target_id) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
const char    *focal_link_get_source_id       (FocalLink      *self);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_link_get_target_id       (FocalLink      *self);
FOCAL_AVAILABLE_IN_ALL
FocalLinkKind  focal_link_get_kind            (FocalLink      *self);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_link_kind_is_symmetric   (FocalLinkKind   kind);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_link_get_other_end       (FocalLink      *self,
                                               const char     *entity_id);

FOCAL_AVAILABLE_IN_ALL
FocalDate     *focal_link_get_period          (FocalLink      *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_link_set_period          (FocalLink      *self,
                                               FocalDate      *period);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_link_is_valid_at         (FocalLink      *self,
                                               FocalDate      *date);
FOCAL_AVAILABLE_IN_ALL
double         focal_link_get_weight          (FocalLink      *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_link_set_weight          (FocalLink      *self,
                                               double          weight);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_link_get_description     (FocalLink      *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_link_set_description     (FocalLink      *self,
                                               const char     *description);

FOCAL_AVAILABLE_IN_ALL
const char    *focal_link_get_attribute       (FocalLink      *self,
                                               const char     *key);
FOCAL_AVAILABLE_IN_ALL
void           focal_link_set_attribute       (FocalLink      *self,
                                               const char     *key,
                                               const char     *value);
FOCAL_AVAILABLE_IN_ALL
char         **focal_link_dup_attribute_keys  (FocalLink      *self) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
GListModel    *focal_link_get_citations       (FocalLink      *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_link_add_citation        (FocalLink      *self,
                                               FocalCitation  *citation);

G_END_DECLS
