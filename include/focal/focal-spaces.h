/* focal-spaces.h
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
#include <focal/focal-link.h>
#include <focal/focal-view.h>

G_BEGIN_DECLS

/**
 * FocalSetting:
 * @FOCAL_SETTING_BILATERAL: the bilateral relationship itself (the Joint
 *   Ministerial Committee, the inter-parliamentary meetings); forum tag
 *   `setting:bilateral`
 * @FOCAL_SETTING_NORTH_AMERICA: North America (the North American Energy
 *   Working Group); forum tag `setting:north-america`
 * @FOCAL_SETTING_AMERICAS: the Americas (the OAS, the Summit of the
 *   Americas, FIPA); forum tag `setting:americas`
 * @FOCAL_SETTING_GLOBAL: the United Nations and other world bodies; forum
 *   tag `setting:global`
 * @FOCAL_SETTING_OTHER: a forum with no `setting:` tag
 *
 * The regional setting of a forum, as the paper's "Mapping out common
 * spaces" orders them: bilateral relations, North America, the Americas,
 * the United Nations.
 */
typedef enum
{
  FOCAL_SETTING_BILATERAL,
  FOCAL_SETTING_NORTH_AMERICA,
  FOCAL_SETTING_AMERICAS,
  FOCAL_SETTING_GLOBAL,
  FOCAL_SETTING_OTHER,
} FocalSetting;

#define FOCAL_TYPE_SPACE (focal_space_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalSpace, focal_space, FOCAL, SPACE, GObject)

FOCAL_AVAILABLE_IN_ALL
const char         *focal_space_get_forum_id          (FocalSpace   *self);
FOCAL_AVAILABLE_IN_ALL
FocalSetting        focal_space_get_setting           (FocalSpace   *self);
FOCAL_AVAILABLE_IN_ALL
const char * const *focal_space_get_members_a         (FocalSpace   *self);
FOCAL_AVAILABLE_IN_ALL
const char * const *focal_space_get_members_b         (FocalSpace   *self);
FOCAL_AVAILABLE_IN_ALL
const char * const *focal_space_get_coinciding_issues (FocalSpace   *self);
FOCAL_AVAILABLE_IN_ALL
double              focal_space_get_score             (FocalSpace   *self);

#define FOCAL_TYPE_PATTERN (focal_pattern_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalPattern, focal_pattern, FOCAL, PATTERN, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalLink          *focal_pattern_get_link            (FocalPattern *self);
FOCAL_AVAILABLE_IN_ALL
const char         *focal_pattern_get_source_kind     (FocalPattern *self);
FOCAL_AVAILABLE_IN_ALL
const char         *focal_pattern_get_target_kind     (FocalPattern *self);
FOCAL_AVAILABLE_IN_ALL
const char * const *focal_pattern_get_sectors         (FocalPattern *self);
FOCAL_AVAILABLE_IN_ALL
const char * const *focal_pattern_get_missing         (FocalPattern *self);

FOCAL_AVAILABLE_IN_ALL
GListModel         *focal_view_dup_common_spaces      (FocalView    *self,
                                                       const char   *actor_a,
                                                       const char   *actor_b,
                                                       FocalDate    *period,
                                                       GError      **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel         *focal_view_dup_success_patterns   (FocalView    *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
