/* focal-issue.h
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
 * FocalIssueArea:
 * @FOCAL_ISSUE_AREA_OTHER: an issue of no listed area
 * @FOCAL_ISSUE_AREA_ECONOMIC: trade, investment, economic integration
 * @FOCAL_ISSUE_AREA_POLITICAL: democracy, governance, foreign policy
 * @FOCAL_ISSUE_AREA_SOCIAL: social policy, migration, human rights at home
 * @FOCAL_ISSUE_AREA_SECURITY: security, peacekeeping, disarmament
 * @FOCAL_ISSUE_AREA_DEVELOPMENT: development and poverty reduction
 *
 * The broad policy area of an [class@Issue].
 */
typedef enum
{
  FOCAL_ISSUE_AREA_OTHER,
  FOCAL_ISSUE_AREA_ECONOMIC,
  FOCAL_ISSUE_AREA_POLITICAL,
  FOCAL_ISSUE_AREA_SOCIAL,
  FOCAL_ISSUE_AREA_SECURITY,
  FOCAL_ISSUE_AREA_DEVELOPMENT,
} FocalIssueArea;

#define FOCAL_TYPE_ISSUE (focal_issue_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalIssue, focal_issue, FOCAL, ISSUE, FocalEntity)

FOCAL_AVAILABLE_IN_ALL
FocalIssue     *focal_issue_new      (const char     *id,
                                      FocalIssueArea  area) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalIssueArea  focal_issue_get_area (FocalIssue     *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_issue_set_area (FocalIssue     *self,
                                      FocalIssueArea  area);

G_END_DECLS
