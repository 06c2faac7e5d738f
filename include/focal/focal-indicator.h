/* focal-indicator.h
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

#define FOCAL_TYPE_INDICATOR (focal_indicator_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalIndicator, focal_indicator, FOCAL, INDICATOR, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalIndicator *focal_indicator_new            (const char      *name,
                                                double           value) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
const char     *focal_indicator_get_name       (FocalIndicator  *self);
FOCAL_AVAILABLE_IN_ALL
double          focal_indicator_get_value      (FocalIndicator  *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_indicator_set_value      (FocalIndicator  *self,
                                                double           value);
FOCAL_AVAILABLE_IN_ALL
FocalQualifier  focal_indicator_get_qualifier  (FocalIndicator  *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_indicator_set_qualifier  (FocalIndicator  *self,
                                                FocalQualifier   qualifier);
FOCAL_AVAILABLE_IN_ALL
const char     *focal_indicator_get_unit       (FocalIndicator  *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_indicator_set_unit       (FocalIndicator  *self,
                                                const char      *unit);
FOCAL_AVAILABLE_IN_ALL
FocalDate      *focal_indicator_get_date       (FocalIndicator  *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_indicator_set_date       (FocalIndicator  *self,
                                                FocalDate       *date);
FOCAL_AVAILABLE_IN_ALL
const char     *focal_indicator_get_part_of    (FocalIndicator  *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_indicator_set_part_of    (FocalIndicator  *self,
                                                const char      *part_of);
FOCAL_AVAILABLE_IN_ALL
const char     *focal_indicator_get_label      (FocalIndicator  *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_indicator_set_label      (FocalIndicator  *self,
                                                const char      *label);
FOCAL_AVAILABLE_IN_ALL
void            focal_indicator_get_bounds     (FocalIndicator  *self,
                                                double          *min,
                                                double          *max);
FOCAL_AVAILABLE_IN_ALL
GListModel     *focal_indicator_get_citations  (FocalIndicator  *self);
FOCAL_AVAILABLE_IN_ALL
void            focal_indicator_add_citation   (FocalIndicator  *self,
                                                FocalCitation   *citation);

G_END_DECLS
