/* focal-source.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <focal/focal-types.h>

G_BEGIN_DECLS

#define FOCAL_TYPE_SOURCE (focal_source_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalSource, focal_source, FOCAL, SOURCE, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalSource *focal_source_new           (const char  *id) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
const char  *focal_source_get_id        (FocalSource *self);
FOCAL_AVAILABLE_IN_ALL
const char  *focal_source_get_author    (FocalSource *self);
FOCAL_AVAILABLE_IN_ALL
void         focal_source_set_author    (FocalSource *self,
                                         const char  *author);
FOCAL_AVAILABLE_IN_ALL
const char  *focal_source_get_title     (FocalSource *self);
FOCAL_AVAILABLE_IN_ALL
void         focal_source_set_title     (FocalSource *self,
                                         const char  *title);
FOCAL_AVAILABLE_IN_ALL
const char  *focal_source_get_publisher (FocalSource *self);
FOCAL_AVAILABLE_IN_ALL
void         focal_source_set_publisher (FocalSource *self,
                                         const char  *publisher);
FOCAL_AVAILABLE_IN_ALL
int          focal_source_get_year      (FocalSource *self);
FOCAL_AVAILABLE_IN_ALL
void         focal_source_set_year      (FocalSource *self,
                                         int          year);
FOCAL_AVAILABLE_IN_ALL
const char  *focal_source_get_url       (FocalSource *self);
FOCAL_AVAILABLE_IN_ALL
void         focal_source_set_url       (FocalSource *self,
                                         const char  *url);

G_END_DECLS
