/* focal-date.h
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

/**
 * FocalDatePrecision:
 * @FOCAL_DATE_PRECISION_YEAR: a year, such as `2004`
 * @FOCAL_DATE_PRECISION_MONTH: a month, such as `2004-10`
 * @FOCAL_DATE_PRECISION_DAY: a day, such as `2004-10-15`
 * @FOCAL_DATE_PRECISION_INTERVAL: an interval, such as `1989/1999`
 *
 * How precisely a [struct@Date] is known.
 */
typedef enum
{
  FOCAL_DATE_PRECISION_YEAR,
  FOCAL_DATE_PRECISION_MONTH,
  FOCAL_DATE_PRECISION_DAY,
  FOCAL_DATE_PRECISION_INTERVAL,
} FocalDatePrecision;

/**
 * FOCAL_DATE_DAY_MIN:
 *
 * The day number that stands for an open or unknown start of an interval.
 *
 * It equals `G_MININT32`, written out so that introspection sees it.
 */
#define FOCAL_DATE_DAY_MIN (-2147483647 - 1)

/**
 * FOCAL_DATE_DAY_MAX:
 *
 * The day number that stands for an open or unknown end of an interval.
 *
 * It equals `G_MAXINT32`, written out so that introspection sees it.
 */
#define FOCAL_DATE_DAY_MAX 2147483647

#define FOCAL_TYPE_DATE (focal_date_get_type ())

FOCAL_AVAILABLE_IN_ALL
GType               focal_date_get_type           (void) G_GNUC_CONST;

FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_date_new                (int                 year,
                                                   int                 month,
                                                   int                 day) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_date_new_from_string    (const char         *text,
                                                   GError            **error) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_date_new_interval       (FocalDate          *start,
                                                   FocalDate          *end) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_date_ref                (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_date_unref              (FocalDate          *self);

FOCAL_AVAILABLE_IN_ALL
char               *focal_date_to_string          (FocalDate          *self) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalDatePrecision  focal_date_get_precision      (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_date_is_interval        (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
int                 focal_date_get_year           (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
int                 focal_date_get_month          (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
int                 focal_date_get_day            (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_date_is_uncertain       (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_date_is_approximate     (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_date_get_start          (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_date_get_end            (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_date_is_start_open      (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_date_is_end_open        (FocalDate          *self);

FOCAL_AVAILABLE_IN_ALL
gint32              focal_date_get_first_day      (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
gint32              focal_date_get_last_day       (FocalDate          *self);

FOCAL_AVAILABLE_IN_ALL
int                 focal_date_compare            (FocalDate          *a,
                                                   FocalDate          *b);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_date_equal              (FocalDate          *a,
                                                   FocalDate          *b);
FOCAL_AVAILABLE_IN_ALL
guint               focal_date_hash               (FocalDate          *self);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_date_contains           (FocalDate          *self,
                                                   FocalDate          *other);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_date_overlaps           (FocalDate          *self,
                                                   FocalDate          *other);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FocalDate, focal_date_unref)

G_END_DECLS
