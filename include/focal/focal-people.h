/* focal-people.h
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

#define FOCAL_TYPE_TIE (focal_tie_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalTie, focal_tie, FOCAL, TIE, GObject)

FOCAL_AVAILABLE_IN_ALL
const char  *focal_tie_get_organization_a          (FocalTie       *self);
FOCAL_AVAILABLE_IN_ALL
const char  *focal_tie_get_organization_b          (FocalTie       *self);
FOCAL_AVAILABLE_IN_ALL
const char  *focal_tie_get_person                  (FocalTie       *self);

#define FOCAL_TYPE_DEPARTURE (focal_departure_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalDeparture, focal_departure, FOCAL, DEPARTURE, GObject)

FOCAL_AVAILABLE_IN_ALL
const char  *focal_departure_get_person             (FocalDeparture *self);
FOCAL_AVAILABLE_IN_ALL
guint        focal_departure_get_links_removed      (FocalDeparture *self);
FOCAL_AVAILABLE_IN_ALL
GListModel  *focal_departure_get_links              (FocalDeparture *self);
FOCAL_AVAILABLE_IN_ALL
guint        focal_departure_get_disconnected_pairs (FocalDeparture *self);
FOCAL_AVAILABLE_IN_ALL
guint        focal_departure_get_components_before  (FocalDeparture *self);
FOCAL_AVAILABLE_IN_ALL
guint        focal_departure_get_components_after   (FocalDeparture *self);

FOCAL_AVAILABLE_IN_ALL
char           **focal_view_dup_people_bridges      (FocalView      *self) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GListModel      *focal_view_dup_person_only_ties    (FocalView      *self) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalDeparture  *focal_view_simulate_departure      (FocalView      *self,
                                                     const char     *person_id,
                                                     GError        **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
