/* focal-actor.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <focal/focal-entity.h>

G_BEGIN_DECLS

/**
 * FocalActorKind:
 * @FOCAL_ACTOR_KIND_OTHER: an actor of no listed kind
 * @FOCAL_ACTOR_KIND_STATE: a country as a whole (Canada, Mexico)
 * @FOCAL_ACTOR_KIND_FEDERAL_GOVERNMENT: a national government or its executive
 * @FOCAL_ACTOR_KIND_MINISTRY: a ministry, department or secretariat (DFAIT, SRE)
 * @FOCAL_ACTOR_KIND_AGENCY: a public agency or institute (Elections Canada, IFE,
 *   CIDA, EDC)
 * @FOCAL_ACTOR_KIND_UNIT: a division, unit or under-secretariat inside a larger
 *   body (the Under Secretariat for North America)
 * @FOCAL_ACTOR_KIND_LEGISLATURE: a parliament or congress
 * @FOCAL_ACTOR_KIND_LEGISLATIVE_CHAMBER: one chamber of a legislature (the
 *   Senate, the Chamber of Deputies)
 * @FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT: a province or state government
 * @FOCAL_ACTOR_KIND_MUNICIPALITY: a city or municipal government
 * @FOCAL_ACTOR_KIND_INTERNATIONAL_ORGANIZATION: an intergovernmental
 *   organization as an actor (the UN, the OAS)
 * @FOCAL_ACTOR_KIND_EMBASSY: an embassy
 * @FOCAL_ACTOR_KIND_CONSULATE: a consulate or consulate general, honorary or not
 * @FOCAL_ACTOR_KIND_REPRESENTATION_OFFICE: an office of representation of a
 *   province, state or agency abroad
 * @FOCAL_ACTOR_KIND_NGO: a non-governmental organization
 * @FOCAL_ACTOR_KIND_COMPANY: a firm
 * @FOCAL_ACTOR_KIND_UNIVERSITY: a university
 * @FOCAL_ACTOR_KIND_RESEARCH_CENTRE: a research, training or policy centre
 *   (the Pearson Peacekeeping Centre)
 * @FOCAL_ACTOR_KIND_POLITICAL_PARTY: a political party
 * @FOCAL_ACTOR_KIND_PERSON: a person
 * @FOCAL_ACTOR_KIND_GROUP: an informal group of people (a group of friends of
 *   legislators, migrant families)
 *
 * What kind of body or person an [class@Actor] is.
 */
typedef enum
{
  FOCAL_ACTOR_KIND_OTHER,
  FOCAL_ACTOR_KIND_STATE,
  FOCAL_ACTOR_KIND_FEDERAL_GOVERNMENT,
  FOCAL_ACTOR_KIND_MINISTRY,
  FOCAL_ACTOR_KIND_AGENCY,
  FOCAL_ACTOR_KIND_UNIT,
  FOCAL_ACTOR_KIND_LEGISLATURE,
  FOCAL_ACTOR_KIND_LEGISLATIVE_CHAMBER,
  FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT,
  FOCAL_ACTOR_KIND_MUNICIPALITY,
  FOCAL_ACTOR_KIND_INTERNATIONAL_ORGANIZATION,
  FOCAL_ACTOR_KIND_EMBASSY,
  FOCAL_ACTOR_KIND_CONSULATE,
  FOCAL_ACTOR_KIND_REPRESENTATION_OFFICE,
  FOCAL_ACTOR_KIND_NGO,
  FOCAL_ACTOR_KIND_COMPANY,
  FOCAL_ACTOR_KIND_UNIVERSITY,
  FOCAL_ACTOR_KIND_RESEARCH_CENTRE,
  FOCAL_ACTOR_KIND_POLITICAL_PARTY,
  FOCAL_ACTOR_KIND_PERSON,
  FOCAL_ACTOR_KIND_GROUP,
} FocalActorKind;

/**
 * FocalLevel:
 * @FOCAL_LEVEL_UNKNOWN: the level cannot be told
 * @FOCAL_LEVEL_FEDERAL: national government and its bodies
 * @FOCAL_LEVEL_SUBNATIONAL: provinces, states and their bodies
 * @FOCAL_LEVEL_MUNICIPAL: cities and municipalities
 * @FOCAL_LEVEL_PERSONAL: individual people
 * @FOCAL_LEVEL_INTERNATIONAL: intergovernmental organizations
 * @FOCAL_LEVEL_NON_GOVERNMENTAL: NGOs, firms, universities, parties and
 *   research centres
 *
 * The level of a relationship an actor works at: the paper's contrast between
 * federal, provincial and municipal ties and person-to-person exchanges.
 */
typedef enum
{
  FOCAL_LEVEL_UNKNOWN,
  FOCAL_LEVEL_FEDERAL,
  FOCAL_LEVEL_SUBNATIONAL,
  FOCAL_LEVEL_MUNICIPAL,
  FOCAL_LEVEL_PERSONAL,
  FOCAL_LEVEL_INTERNATIONAL,
  FOCAL_LEVEL_NON_GOVERNMENTAL,
} FocalLevel;

#define FOCAL_TYPE_ACTOR (focal_actor_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalActor, focal_actor, FOCAL, ACTOR, FocalEntity)

FOCAL_AVAILABLE_IN_ALL
FocalActor     *focal_actor_new                  (const char      *id,
                                                  FocalActorKind   kind) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalActorKind  focal_actor_get_kind             (FocalActor      *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_actor_set_kind             (FocalActor      *self,
                                                  FocalActorKind   kind);
FOCAL_AVAILABLE_IN_ALL
const char     *focal_actor_get_country          (FocalActor      *self);
FOCAL_AVAILABLE_IN_ALL
gboolean        focal_actor_set_country          (FocalActor      *self,
                                                  const char      *country,
                                                  GError         **error);
FOCAL_AVAILABLE_IN_ALL
const char     *focal_actor_get_parent_id        (FocalActor      *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_actor_set_parent_id        (FocalActor      *self,
                                                  const char      *parent_id);
FOCAL_AVAILABLE_IN_ALL
FocalLevel      focal_actor_get_level            (FocalActor      *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_actor_set_level            (FocalActor      *self,
                                                  FocalLevel       level);
FOCAL_AVAILABLE_IN_ALL
gboolean        focal_actor_get_level_is_derived (FocalActor      *self);

FOCAL_AVAILABLE_IN_ALL
gboolean        focal_country_code_is_valid      (const char      *code);

G_END_DECLS
