/* focal-comparison.h
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
#include <focal/focal-view.h>

G_BEGIN_DECLS

/**
 * FocalCapacity:
 * @FOCAL_CAPACITY_EXPERTISE: knowledge, experience or a model to follow
 *   (Canada's expertise in democracy and good governance)
 * @FOCAL_CAPACITY_ACCESS: a channel to other actors or to a region (Mexico
 *   as "Canada's natural interlocutor with Latin America")
 * @FOCAL_CAPACITY_CAPACITY: people, training or other means of action
 *   (police training through the Federal Preventive Police)
 * @FOCAL_CAPACITY_FUNDING: money (CIDA's funds for local development
 *   initiatives)
 *
 * What an `offers` or `seeks` link ([enum@LinkKind.OFFERS],
 * [enum@LinkKind.SEEKS]) is about. The link's `capacity` attribute holds
 * the value's nick: `"expertise"`, `"access"`, `"capacity"` or `"funding"`.
 */
typedef enum
{
  FOCAL_CAPACITY_EXPERTISE,
  FOCAL_CAPACITY_ACCESS,
  FOCAL_CAPACITY_CAPACITY,
  FOCAL_CAPACITY_FUNDING,
} FocalCapacity;

#define FOCAL_TYPE_COMPLEMENTARITY (focal_complementarity_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalComplementarity, focal_complementarity, FOCAL, COMPLEMENTARITY, GObject)

FOCAL_AVAILABLE_IN_ALL
const char    *focal_complementarity_get_issue_id      (FocalComplementarity  *self);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_complementarity_get_provider      (FocalComplementarity  *self);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_complementarity_get_provider_side (FocalComplementarity  *self);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_complementarity_get_seeker        (FocalComplementarity  *self);
FOCAL_AVAILABLE_IN_ALL
FocalCapacity  focal_complementarity_get_capacity      (FocalComplementarity  *self);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_complementarity_get_matched       (FocalComplementarity  *self);
FOCAL_AVAILABLE_IN_ALL
GListModel    *focal_complementarity_get_links         (FocalComplementarity  *self);

FOCAL_AVAILABLE_IN_ALL
GListModel    *focal_view_dup_complementarities        (FocalView             *self,
                                                        const char            *actor_a,
                                                        const char            *actor_b,
                                                        GError               **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
