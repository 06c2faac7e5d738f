/* focal-position.h
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

#define FOCAL_TYPE_POSITION (focal_position_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalPosition, focal_position, FOCAL, POSITION, FocalEntity)

FOCAL_AVAILABLE_IN_ALL
FocalPosition *focal_position_new            (const char     *id,
                                              const char     *actor_id,
                                              const char     *issue_id) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
const char    *focal_position_get_actor_id   (FocalPosition  *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_position_set_actor_id   (FocalPosition  *self,
                                              const char     *actor_id);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_position_get_issue_id   (FocalPosition  *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_position_set_issue_id   (FocalPosition  *self,
                                              const char     *issue_id);
FOCAL_AVAILABLE_IN_ALL
FocalDate     *focal_position_get_date       (FocalPosition  *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_position_set_date       (FocalPosition  *self,
                                              FocalDate      *date);
FOCAL_AVAILABLE_IN_ALL
double         focal_position_get_stance     (FocalPosition  *self);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_position_set_stance     (FocalPosition  *self,
                                              double          stance,
                                              GError        **error);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_position_get_has_stance (FocalPosition  *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_position_clear_stance   (FocalPosition  *self);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_position_get_label      (FocalPosition  *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_position_set_label      (FocalPosition  *self,
                                              const char     *label);

G_END_DECLS
