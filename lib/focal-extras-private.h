/* focal-extras-private.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Where on an object a set of unknown JSON members is kept: most objects
 * have one JSON object of their own, an agreement also has its "dates". */
typedef enum
{
  FOCAL_EXTRAS_MAIN,
  FOCAL_EXTRAS_DATES,
} FocalExtrasSlot;

/* The unknown members read with @object, in their original order, or NULL
 * when there are none. */
JsonObject *_focal_extras_get (gpointer         object,
                               FocalExtrasSlot  slot);

/* Replaces the unknown members of @object: takes a reference on @extras;
 * NULL or an empty object removes them. */
void        _focal_extras_set (gpointer         object,
                               FocalExtrasSlot  slot,
                               JsonObject      *extras);

G_END_DECLS
