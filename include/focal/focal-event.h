/* focal-event.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <focal/focal-entity.h>

G_BEGIN_DECLS

/**
 * FocalEventKind:
 * @FOCAL_EVENT_KIND_OTHER: an encounter of no listed kind
 * @FOCAL_EVENT_KIND_MEETING: a meeting
 * @FOCAL_EVENT_KIND_VISIT: a visit by one side to the other
 * @FOCAL_EVENT_KIND_SUMMIT: a summit of leaders
 * @FOCAL_EVENT_KIND_WORKSHOP: a workshop or training course
 * @FOCAL_EVENT_KIND_MISSION: a trade or political mission
 * @FOCAL_EVENT_KIND_DISPUTE: a dispute, from its start to its settlement
 * @FOCAL_EVENT_KIND_SIGNING: the signing of an agreement
 *
 * What kind of encounter an [class@Event] is, or, for an aggregate, what kind
 * of encounters it counts.
 */
typedef enum
{
  FOCAL_EVENT_KIND_OTHER,
  FOCAL_EVENT_KIND_MEETING,
  FOCAL_EVENT_KIND_VISIT,
  FOCAL_EVENT_KIND_SUMMIT,
  FOCAL_EVENT_KIND_WORKSHOP,
  FOCAL_EVENT_KIND_MISSION,
  FOCAL_EVENT_KIND_DISPUTE,
  FOCAL_EVENT_KIND_SIGNING,
} FocalEventKind;

/**
 * FOCAL_COUNT_UNBOUNDED:
 *
 * The upper bound of a count that the source leaves open ("over 25 times"):
 * the largest `guint`, `G_MAXUINT`, spelled out so that bindings see it.
 */
#define FOCAL_COUNT_UNBOUNDED ((guint) 0xffffffff)

#define FOCAL_TYPE_EVENT (focal_event_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalEvent, focal_event, FOCAL, EVENT, FocalEntity)

FOCAL_AVAILABLE_IN_ALL
FocalEvent         *focal_event_new                  (const char      *id,
                                                      FocalEventKind   kind) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalEvent         *focal_event_new_aggregate        (const char      *id,
                                                      FocalEventKind   kind,
                                                      guint            count,
                                                      FocalQualifier   qualifier) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalEventKind      focal_event_get_kind             (FocalEvent      *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_event_set_kind             (FocalEvent      *self,
                                                      FocalEventKind   kind);
FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_event_get_date             (FocalEvent      *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_event_set_date             (FocalEvent      *self,
                                                      FocalDate       *date);
FOCAL_AVAILABLE_IN_ALL
const char         *focal_event_get_location         (FocalEvent      *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_event_set_location         (FocalEvent      *self,
                                                      const char      *location);
FOCAL_AVAILABLE_IN_ALL
const char         *focal_event_get_forum_id         (FocalEvent      *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_event_set_forum_id         (FocalEvent      *self,
                                                      const char      *forum_id);
FOCAL_AVAILABLE_IN_ALL
const char         *focal_event_get_parent_id        (FocalEvent      *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_event_set_parent_id        (FocalEvent      *self,
                                                      const char      *parent_id);

FOCAL_AVAILABLE_IN_ALL
const char * const *focal_event_get_participants     (FocalEvent      *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_event_set_participants     (FocalEvent      *self,
                                                      const char * const *participants);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_event_add_participant      (FocalEvent      *self,
                                                      const char      *actor_id);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_event_has_participant      (FocalEvent      *self,
                                                      const char      *actor_id);

FOCAL_AVAILABLE_IN_ALL
gboolean            focal_event_get_aggregate        (FocalEvent      *self);
FOCAL_AVAILABLE_IN_ALL
guint               focal_event_get_count            (FocalEvent      *self);
FOCAL_AVAILABLE_IN_ALL
FocalQualifier      focal_event_get_count_qualifier  (FocalEvent      *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_event_set_count            (FocalEvent      *self,
                                                      guint            count,
                                                      FocalQualifier   qualifier);
FOCAL_AVAILABLE_IN_ALL
void                focal_event_get_count_bounds     (FocalEvent      *self,
                                                      guint           *min,
                                                      guint           *max);

G_END_DECLS
