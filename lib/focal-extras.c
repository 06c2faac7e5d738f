/* focal-extras.c: unknown JSON members kept on the objects they came with
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-extras-private.h"
#include "focal-link-private.h"

/* The members are kept as object data so that the model types need not
 * know about JSON at all: a reader attaches what it did not understand, a
 * writer puts it back, and the JsonObject goes away with the object.
 * Links are the exception: a graph keeps theirs in its link table, since
 * a link object only exists while someone holds it. */

static GQuark
focal_extras_quark_for (FocalExtrasSlot slot)
{
  switch (slot)
    {
    case FOCAL_EXTRAS_MAIN:
      return g_quark_from_static_string ("focal-extras-main");

    case FOCAL_EXTRAS_DATES:
      return g_quark_from_static_string ("focal-extras-dates");

    default:
      g_assert_not_reached ();
    }
}

JsonObject *
_focal_extras_get (gpointer        object,
                   FocalExtrasSlot slot)
{
  g_assert (G_IS_OBJECT (object));

  if (FOCAL_IS_LINK (object) && slot == FOCAL_EXTRAS_MAIN)
    return _focal_link_get_unknown (object);

  return g_object_get_qdata (object, focal_extras_quark_for (slot));
}

void
_focal_extras_set (gpointer         object,
                   FocalExtrasSlot  slot,
                   JsonObject      *extras)
{
  g_assert (G_IS_OBJECT (object));

  if (extras != NULL && json_object_get_size (extras) == 0)
    extras = NULL;

  if (FOCAL_IS_LINK (object) && slot == FOCAL_EXTRAS_MAIN)
    {
      _focal_link_set_unknown (object, extras);
      return;
    }

  g_object_set_qdata_full (object, focal_extras_quark_for (slot),
                           extras != NULL ? json_object_ref (extras) : NULL,
                           (GDestroyNotify) json_object_unref);
}
