/* focal-problem.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <glib-object.h>

#include <focal/focal-types.h>

G_BEGIN_DECLS

#define FOCAL_TYPE_PROBLEM (focal_problem_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalProblem, focal_problem, FOCAL, PROBLEM, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalError   focal_problem_get_code    (FocalProblem *self);
FOCAL_AVAILABLE_IN_ALL
const char  *focal_problem_get_message (FocalProblem *self);
FOCAL_AVAILABLE_IN_ALL
const char  *focal_problem_get_file    (FocalProblem *self);
FOCAL_AVAILABLE_IN_ALL
guint        focal_problem_get_line    (FocalProblem *self);
FOCAL_AVAILABLE_IN_ALL
guint        focal_problem_get_column  (FocalProblem *self);
FOCAL_AVAILABLE_IN_ALL
const char  *focal_problem_get_path    (FocalProblem *self);
FOCAL_AVAILABLE_IN_ALL
const char  *focal_problem_get_id      (FocalProblem *self);

G_END_DECLS
