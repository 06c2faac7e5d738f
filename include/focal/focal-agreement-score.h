/* focal-agreement-score.h
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
#include <focal/focal-date.h>
#include <focal/focal-view.h>

G_BEGIN_DECLS

/**
 * FocalTrend:
 * @FOCAL_TREND_CONVERGING: the distance between two stances shrank
 * @FOCAL_TREND_DIVERGING: the distance between two stances grew
 * @FOCAL_TREND_STABLE: the distance did not change
 *
 * Which way the stances of two actors on an issue moved, as told by
 * [property@Convergence:change].
 */
typedef enum
{
  FOCAL_TREND_CONVERGING,
  FOCAL_TREND_DIVERGING,
  FOCAL_TREND_STABLE,
} FocalTrend;

#define FOCAL_TYPE_COINCIDENCE (focal_coincidence_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalCoincidence, focal_coincidence, FOCAL, COINCIDENCE, GObject)

FOCAL_AVAILABLE_IN_ALL
const char         *focal_coincidence_get_actor_a      (FocalCoincidence  *self);
FOCAL_AVAILABLE_IN_ALL
const char         *focal_coincidence_get_actor_b      (FocalCoincidence  *self);
FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_coincidence_get_as_of        (FocalCoincidence  *self);
FOCAL_AVAILABLE_IN_ALL
guint               focal_coincidence_get_n_issues     (FocalCoincidence  *self);
FOCAL_AVAILABLE_IN_ALL
guint               focal_coincidence_get_n_coinciding (FocalCoincidence  *self);
FOCAL_AVAILABLE_IN_ALL
double              focal_coincidence_get_share        (FocalCoincidence  *self);
FOCAL_AVAILABLE_IN_ALL
double              focal_coincidence_get_s_score      (FocalCoincidence  *self);
FOCAL_AVAILABLE_IN_ALL
double              focal_coincidence_get_kappa        (FocalCoincidence  *self);
FOCAL_AVAILABLE_IN_ALL
GListModel         *focal_coincidence_get_positions    (FocalCoincidence  *self);
FOCAL_AVAILABLE_IN_ALL
const char * const *focal_coincidence_get_issues       (FocalCoincidence  *self);

#define FOCAL_TYPE_CONVERGENCE (focal_convergence_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalConvergence, focal_convergence, FOCAL, CONVERGENCE, GObject)

FOCAL_AVAILABLE_IN_ALL
const char         *focal_convergence_get_issue_id       (FocalConvergence  *self);
FOCAL_AVAILABLE_IN_ALL
double              focal_convergence_get_first_distance (FocalConvergence  *self);
FOCAL_AVAILABLE_IN_ALL
double              focal_convergence_get_last_distance  (FocalConvergence  *self);
FOCAL_AVAILABLE_IN_ALL
double              focal_convergence_get_change         (FocalConvergence  *self);
FOCAL_AVAILABLE_IN_ALL
FocalTrend          focal_convergence_get_direction      (FocalConvergence  *self);
FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_convergence_get_first_date     (FocalConvergence  *self);
FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_convergence_get_last_date      (FocalConvergence  *self);
FOCAL_AVAILABLE_IN_ALL
GListModel         *focal_convergence_get_positions      (FocalConvergence  *self);

FOCAL_AVAILABLE_IN_ALL
double              focal_convergence_mean_change        (GListModel        *items);

FOCAL_AVAILABLE_IN_ALL
FocalCoincidence   *focal_view_compare_positions         (FocalView         *self,
                                                          const char        *actor_a,
                                                          const char        *actor_b,
                                                          FocalDate         *as_of,
                                                          GError           **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel         *focal_view_dup_convergence           (FocalView         *self,
                                                          const char        *actor_a,
                                                          const char        *actor_b,
                                                          GError           **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
