/* focal-types.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <glib-object.h>

#include <focal/focal-version-macros.h>

G_BEGIN_DECLS

/**
 * FOCAL_ERROR:
 *
 * The error domain of libfocal: every error the library reports is in it.
 */
#define FOCAL_ERROR (focal_error_quark ())

/**
 * FocalError:
 * @FOCAL_ERROR_FAILED: a failure with no more specific code
 * @FOCAL_ERROR_PARSE: text that cannot be parsed (malformed JSON, a bad date)
 * @FOCAL_ERROR_INVALID_VALUE: a value of the right type that is not allowed
 *   (an unknown enum nick, a malformed country code, a reversed interval)
 * @FOCAL_ERROR_OUT_OF_RANGE: a number outside its range (a stance outside
 *   [-1, 1])
 * @FOCAL_ERROR_DUPLICATE_ID: an id that is already used in the graph
 * @FOCAL_ERROR_UNKNOWN_ID: a reference to an id that the graph does not hold
 * @FOCAL_ERROR_WRONG_KIND: a reference to an id of the wrong kind of entity
 *   (a position whose issue is an actor)
 * @FOCAL_ERROR_CYCLE: a part-of relation that loops back on itself
 * @FOCAL_ERROR_INCONSISTENT: facts that contradict each other (nested
 *   encounter totals larger than their enclosing total)
 * @FOCAL_ERROR_IN_USE: an entity that cannot be removed because others refer
 *   to it
 * @FOCAL_ERROR_MISSING_FIELD: a required field is absent
 * @FOCAL_ERROR_WRONG_TYPE: a value of the wrong JSON type
 * @FOCAL_ERROR_UNSUPPORTED_VERSION: a document format version this library
 *   cannot read
 * @FOCAL_ERROR_LIMIT_EXCEEDED: input beyond a configured limit (size, depth,
 *   string length)
 * @FOCAL_ERROR_IO: reading or writing a file or stream failed
 *
 * Error codes of libfocal's error domain, `FOCAL_ERROR`.
 */
typedef enum
{
  FOCAL_ERROR_FAILED,
  FOCAL_ERROR_PARSE,
  FOCAL_ERROR_INVALID_VALUE,
  FOCAL_ERROR_OUT_OF_RANGE,
  FOCAL_ERROR_DUPLICATE_ID,
  FOCAL_ERROR_UNKNOWN_ID,
  FOCAL_ERROR_WRONG_KIND,
  FOCAL_ERROR_CYCLE,
  FOCAL_ERROR_INCONSISTENT,
  FOCAL_ERROR_IN_USE,
  FOCAL_ERROR_MISSING_FIELD,
  FOCAL_ERROR_WRONG_TYPE,
  FOCAL_ERROR_UNSUPPORTED_VERSION,
  FOCAL_ERROR_LIMIT_EXCEEDED,
  FOCAL_ERROR_IO,
} FocalError;

FOCAL_AVAILABLE_IN_ALL
GQuark focal_error_quark (void);

/**
 * FocalQualifier:
 * @FOCAL_QUALIFIER_EXACT: the number is exact ("13 times")
 * @FOCAL_QUALIFIER_APPROXIMATE: the number is an approximation ("approximately
 *   50 staff", "about US$12 billion"); it gives no bound
 * @FOCAL_QUALIFIER_AT_LEAST: the number is a lower bound, included
 * @FOCAL_QUALIFIER_AT_MOST: the number is an upper bound, included
 * @FOCAL_QUALIFIER_MORE_THAN: the number is a lower bound, excluded ("over 25
 *   times")
 * @FOCAL_QUALIFIER_FEWER_THAN: the number is an upper bound, excluded
 *
 * How exactly a source states a number: a count of encounters or the value of
 * an indicator. libfocal keeps the number as the source gives it and derives
 * bounds from the qualifier, so vague statements stay vague.
 */
typedef enum
{
  FOCAL_QUALIFIER_EXACT,
  FOCAL_QUALIFIER_APPROXIMATE,
  FOCAL_QUALIFIER_AT_LEAST,
  FOCAL_QUALIFIER_AT_MOST,
  FOCAL_QUALIFIER_MORE_THAN,
  FOCAL_QUALIFIER_FEWER_THAN,
} FocalQualifier;

/**
 * FocalDirection:
 * @FOCAL_DIRECTION_OUTGOING: links whose source is the entity
 * @FOCAL_DIRECTION_INCOMING: links whose target is the entity
 * @FOCAL_DIRECTION_BOTH: links in either direction
 *
 * Which ends of a directed link a query follows.
 */
typedef enum
{
  FOCAL_DIRECTION_OUTGOING = 1,
  FOCAL_DIRECTION_INCOMING = 2,
  FOCAL_DIRECTION_BOTH = 3,
} FocalDirection;

typedef struct _FocalDate FocalDate;
typedef struct _FocalGraph FocalGraph;

G_END_DECLS
