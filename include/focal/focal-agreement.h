/* focal-agreement.h
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
 * FocalAgreementKind:
 * @FOCAL_AGREEMENT_KIND_OTHER: an agreement of no listed kind
 * @FOCAL_AGREEMENT_KIND_TREATY: a treaty or convention (the Ottawa Treaty on
 *   land mines)
 * @FOCAL_AGREEMENT_KIND_MEMORANDUM_OF_UNDERSTANDING: a memorandum of
 *   understanding between governments or agencies
 * @FOCAL_AGREEMENT_KIND_DECLARATION: a joint declaration or statement of
 *   objectives
 * @FOCAL_AGREEMENT_KIND_LAW: an act or law (the Access to Information Acts)
 * @FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT: a trade agreement (NAFTA, the FTAA)
 * @FOCAL_AGREEMENT_KIND_TWINNING: a twinning or sister-city or sister-province
 *   agreement
 * @FOCAL_AGREEMENT_KIND_PROGRAMME: a programme, plan or partnership (SAWP, the
 *   Plan Puebla Panama)
 *
 * What kind of instrument an [class@Agreement] is.
 */
typedef enum
{
  FOCAL_AGREEMENT_KIND_OTHER,
  FOCAL_AGREEMENT_KIND_TREATY,
  FOCAL_AGREEMENT_KIND_MEMORANDUM_OF_UNDERSTANDING,
  FOCAL_AGREEMENT_KIND_DECLARATION,
  FOCAL_AGREEMENT_KIND_LAW,
  FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT,
  FOCAL_AGREEMENT_KIND_TWINNING,
  FOCAL_AGREEMENT_KIND_PROGRAMME,
} FocalAgreementKind;

/**
 * FocalAgreementStatus:
 * @FOCAL_AGREEMENT_STATUS_UNKNOWN: the source does not say
 * @FOCAL_AGREEMENT_STATUS_PROPOSED: proposed by one side
 * @FOCAL_AGREEMENT_STATUS_NEGOTIATING: under negotiation
 * @FOCAL_AGREEMENT_STATUS_SIGNED: signed, not yet in force
 * @FOCAL_AGREEMENT_STATUS_IN_FORCE: in force (enacted, for a law)
 * @FOCAL_AGREEMENT_STATUS_STALLED: stalled ("in serious trouble")
 * @FOCAL_AGREEMENT_STATUS_LAPSED: lapsed or expired
 * @FOCAL_AGREEMENT_STATUS_WITHDRAWN: withdrawn or abandoned
 *
 * The steps of an agreement's life. Each step can also carry the date it was
 * reached, see [method@Agreement.set_step_date].
 */
typedef enum
{
  FOCAL_AGREEMENT_STATUS_UNKNOWN,
  FOCAL_AGREEMENT_STATUS_PROPOSED,
  FOCAL_AGREEMENT_STATUS_NEGOTIATING,
  FOCAL_AGREEMENT_STATUS_SIGNED,
  FOCAL_AGREEMENT_STATUS_IN_FORCE,
  FOCAL_AGREEMENT_STATUS_STALLED,
  FOCAL_AGREEMENT_STATUS_LAPSED,
  FOCAL_AGREEMENT_STATUS_WITHDRAWN,
} FocalAgreementStatus;

#define FOCAL_TYPE_AGREEMENT (focal_agreement_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalAgreement, focal_agreement, FOCAL, AGREEMENT, FocalEntity)

FOCAL_AVAILABLE_IN_ALL
FocalAgreement       *focal_agreement_new           (const char           *id,
                                                     FocalAgreementKind    kind) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalAgreementKind    focal_agreement_get_kind      (FocalAgreement       *self);
FOCAL_AVAILABLE_IN_ALL
void                  focal_agreement_set_kind      (FocalAgreement       *self,
                                                     FocalAgreementKind    kind);
FOCAL_AVAILABLE_IN_ALL
FocalAgreementStatus  focal_agreement_get_status    (FocalAgreement       *self);
FOCAL_AVAILABLE_IN_ALL
void                  focal_agreement_set_status    (FocalAgreement       *self,
                                                     FocalAgreementStatus  status);
FOCAL_AVAILABLE_IN_ALL
FocalDate            *focal_agreement_get_step_date (FocalAgreement       *self,
                                                     FocalAgreementStatus  step);
FOCAL_AVAILABLE_IN_ALL
void                  focal_agreement_set_step_date (FocalAgreement       *self,
                                                     FocalAgreementStatus  step,
                                                     FocalDate            *date);
FOCAL_AVAILABLE_IN_ALL
GListModel           *focal_agreement_get_parties   (FocalAgreement       *self);
FOCAL_AVAILABLE_IN_ALL
void                  focal_agreement_add_party     (FocalAgreement       *self,
                                                     FocalMembership      *party);
FOCAL_AVAILABLE_IN_ALL
gboolean              focal_agreement_remove_party  (FocalAgreement       *self,
                                                     const char           *actor_id);
FOCAL_AVAILABLE_IN_ALL
FocalMembership      *focal_agreement_find_party    (FocalAgreement       *self,
                                                     const char           *actor_id);

G_END_DECLS
