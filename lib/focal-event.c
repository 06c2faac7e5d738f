/* focal-event.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-event.h"
#include "focal-graph-private.h"

#include "focal-entity-private.h"
#include "focal-hash-private.h"

#include "focal-actor.h"
#include "focal-date.h"
#include "focal-enum-types.h"
#include "focal-forum.h"
#include "focal-graph.h"

/**
 * FocalEvent:
 *
 * An encounter between actors, or a number of encounters exactly as a source
 * reports them.
 *
 * A single event is one meeting, visit, summit or mission at a date. An
 * aggregate event stands for several encounters that a source counts without
 * listing them: "the JMC met 13 times between 1968 and 1999, five of which
 * between 1989 and 1999" is an aggregate of 13 meetings over 1968/1999 and a
 * nested aggregate of 5 meetings over 1989/1999, whose
 * [property@Event:parent-id] is the first. The count keeps its
 * [enum@Qualifier] ("over 25 times" stays a lower bound) and
 * [method@Event.get_count_bounds] turns it into numbers.
 *
 * ```c
 * g_autoptr(FocalEvent) all = NULL;
 * g_autoptr(FocalEvent) late = NULL;
 * g_autoptr(FocalDate) period = NULL;
 *
 * all = focal_event_new_aggregate ("jmc-1968-1999", FOCAL_EVENT_KIND_MEETING,
 *                                  13, FOCAL_QUALIFIER_EXACT);
 * period = focal_date_new_from_string ("1968/1999", NULL);
 * focal_event_set_date (all, period);
 * focal_event_set_forum_id (all, "jmc");
 *
 * late = focal_event_new_aggregate ("jmc-1989-1999", FOCAL_EVENT_KIND_MEETING,
 *                                   5, FOCAL_QUALIFIER_EXACT);
 * focal_event_set_parent_id (late, "jmc-1968-1999");
 * ```
 */

struct _FocalEvent
{
  FocalEntity     parent_instance;

  FocalEventKind  kind;
  FocalDate      *date;
  char           *location;
  char           *forum_id;
  char           *parent_id;
  char          **participants;  /* NULL while there are none */
  guint           count;
  FocalQualifier  count_qualifier;
  guint           aggregate : 1;
};

G_DEFINE_FINAL_TYPE (FocalEvent, focal_event, FOCAL_TYPE_ENTITY)

G_STATIC_ASSERT (FOCAL_COUNT_UNBOUNDED == G_MAXUINT);

enum {
  PROP_0,
  PROP_KIND,
  PROP_DATE,
  PROP_LOCATION,
  PROP_FORUM_ID,
  PROP_PARENT_ID,
  PROP_PARTICIPANTS,
  PROP_AGGREGATE,
  PROP_COUNT,
  PROP_COUNT_QUALIFIER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const focal_event_no_participants[] = { NULL };

static gboolean
focal_event_participants_find (FocalEvent *self,
                               const char *actor_id)
{
  for (guint i = 0; self->participants != NULL && self->participants[i] != NULL; i++)
    {
      if (g_str_equal (self->participants[i], actor_id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
focal_event_participants_append (FocalEvent *self,
                                 const char *actor_id)
{
  guint n;

  if (focal_event_participants_find (self, actor_id))
    return FALSE;

  n = self->participants != NULL ? g_strv_length (self->participants) : 0;
  self->participants = g_renew (char *, self->participants, n + 2);
  self->participants[n] = g_strdup (actor_id);
  self->participants[n + 1] = NULL;
  return TRUE;
}

/* Follows the parent chain from @parent upwards and fails if it comes back
 * to an id it has already passed, @self's own included (@self need not be in
 * the graph yet). Every step adds a new id to the set, so the walk ends after
 * at most as many steps as the graph has entities. */
static gboolean
focal_event_check_cycle (FocalEvent  *self,
                         FocalGraph  *graph,
                         FocalEvent  *parent,
                         GError     **error)
{
  const char *id = focal_entity_get_id (FOCAL_ENTITY (self));
  g_autoptr(GHashTable) seen = _focal_str_table_new (NULL, NULL);
  g_autoptr(GString) chain = g_string_new (NULL);
  FocalEntity *current = FOCAL_ENTITY (parent);

  g_hash_table_add (seen, (gpointer) id);
  g_string_append_printf (chain, "\"%s\"", id);

  while (FOCAL_IS_EVENT (current))
    {
      const char *next_id = FOCAL_EVENT (current)->parent_id;

      g_hash_table_add (seen, (gpointer) focal_entity_get_id (current));
      g_string_append_printf (chain, " -> \"%s\"", focal_entity_get_id (current));

      if (next_id == NULL)
        break;

      if (g_hash_table_contains (seen, next_id))
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE,
                       "event \"%s\": the parent chain loops: %s -> \"%s\"",
                       id, chain->str, next_id);
          return FALSE;
        }

      current = focal_graph_lookup (graph, next_id);
    }

  return TRUE;
}

static gboolean
focal_event_check_within_parent (FocalEvent  *self,
                                 FocalEvent  *parent,
                                 GError     **error)
{
  const char *id = focal_entity_get_id (FOCAL_ENTITY (self));
  const char *parent_id = focal_entity_get_id (FOCAL_ENTITY (parent));
  guint min, parent_max;

  focal_event_get_count_bounds (self, &min, NULL);
  focal_event_get_count_bounds (parent, NULL, &parent_max);
  if (min > parent_max)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT,
                   "event \"%s\": at least %u encounters cannot be part of \"%s\" "
                   "with at most %u",
                   id, min, parent_id, parent_max);
      return FALSE;
    }

  if (self->date != NULL && parent->date != NULL &&
      !focal_date_contains (parent->date, self->date))
    {
      g_autofree char *date = focal_date_to_string (self->date);
      g_autofree char *parent_date = focal_date_to_string (parent->date);

      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT,
                   "event \"%s\": date %s lies outside %s, the date of \"%s\"",
                   id, date, parent_date, parent_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
focal_event_check_parent (FocalEvent  *self,
                          FocalGraph  *graph,
                          GError     **error)
{
  FocalEntity *parent;

  parent = _focal_entity_lookup_reference (FOCAL_ENTITY (self), graph, "parent",
                                           self->parent_id, FOCAL_TYPE_EVENT, "event", error);
  if (parent == NULL)
    return FALSE;

  if (!FOCAL_EVENT (parent)->aggregate)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "event \"%s\": parent \"%s\" is a single event, not an aggregate",
                   focal_entity_get_id (FOCAL_ENTITY (self)), self->parent_id);
      return FALSE;
    }

  /* O(depth), skipped by readers filling a new graph (see
   * focal_actor_validate). */
  return (_focal_graph_is_loading (graph) ||
          focal_event_check_cycle (self, graph, FOCAL_EVENT (parent), error)) &&
         focal_event_check_within_parent (self, FOCAL_EVENT (parent), error);
}

static gboolean
focal_event_check_own_values (FocalEvent  *self,
                              GError     **error)
{
  const char *id = focal_entity_get_id (FOCAL_ENTITY (self));

  if (self->aggregate && self->count == 0 &&
      self->count_qualifier == FOCAL_QUALIFIER_FEWER_THAN)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                   "event \"%s\": a count of fewer than 0 encounters is impossible", id);
      return FALSE;
    }

  if (self->parent_id != NULL && g_str_equal (self->parent_id, id))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE,
                   "event \"%s\": parent \"%s\" is the event itself", id, self->parent_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
focal_event_validate (FocalEntity  *entity,
                      FocalGraph   *graph,
                      GError      **error)
{
  FocalEvent *self = FOCAL_EVENT (entity);

  if (!FOCAL_ENTITY_CLASS (focal_event_parent_class)->validate (entity, graph, error))
    return FALSE;

  if (!focal_event_check_own_values (self, error))
    return FALSE;

  if (graph == NULL)
    return TRUE;

  if (self->forum_id != NULL &&
      _focal_entity_lookup_reference (FOCAL_ENTITY (self), graph, "forum", self->forum_id,
                                      FOCAL_TYPE_FORUM, "forum", error) == NULL)
    return FALSE;

  for (guint i = 0; self->participants != NULL && self->participants[i] != NULL; i++)
    {
      if (_focal_entity_lookup_reference (FOCAL_ENTITY (self), graph, "participant",
                                          self->participants[i],
                                          FOCAL_TYPE_ACTOR, "actor", error) == NULL)
        return FALSE;
    }

  if (self->parent_id != NULL && !focal_event_check_parent (self, graph, error))
    return FALSE;

  return TRUE;
}

static void
focal_event_collect_references (FocalEntity *entity,
                                GPtrArray   *ids)
{
  FocalEvent *self = FOCAL_EVENT (entity);

  FOCAL_ENTITY_CLASS (focal_event_parent_class)->collect_references (entity, ids);

  if (self->forum_id != NULL)
    g_ptr_array_add (ids, g_strdup (self->forum_id));
  if (self->parent_id != NULL)
    g_ptr_array_add (ids, g_strdup (self->parent_id));
  for (guint i = 0; self->participants != NULL && self->participants[i] != NULL; i++)
    g_ptr_array_add (ids, g_strdup (self->participants[i]));
}

static void
focal_event_finalize (GObject *object)
{
  FocalEvent *self = FOCAL_EVENT (object);

  g_clear_pointer (&self->date, focal_date_unref);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->forum_id, g_free);
  g_clear_pointer (&self->parent_id, g_free);
  g_clear_pointer (&self->participants, g_strfreev);

  G_OBJECT_CLASS (focal_event_parent_class)->finalize (object);
}

static void
focal_event_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FocalEvent *self = FOCAL_EVENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, focal_event_get_kind (self));
      break;

    case PROP_DATE:
      g_value_set_boxed (value, focal_event_get_date (self));
      break;

    case PROP_LOCATION:
      g_value_set_string (value, focal_event_get_location (self));
      break;

    case PROP_FORUM_ID:
      g_value_set_string (value, focal_event_get_forum_id (self));
      break;

    case PROP_PARENT_ID:
      g_value_set_string (value, focal_event_get_parent_id (self));
      break;

    case PROP_PARTICIPANTS:
      g_value_set_boxed (value, focal_event_get_participants (self));
      break;

    case PROP_AGGREGATE:
      g_value_set_boolean (value, focal_event_get_aggregate (self));
      break;

    case PROP_COUNT:
      g_value_set_uint (value, focal_event_get_count (self));
      break;

    case PROP_COUNT_QUALIFIER:
      g_value_set_enum (value, focal_event_get_count_qualifier (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_event_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FocalEvent *self = FOCAL_EVENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      focal_event_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_DATE:
      focal_event_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_LOCATION:
      focal_event_set_location (self, g_value_get_string (value));
      break;

    case PROP_FORUM_ID:
      focal_event_set_forum_id (self, g_value_get_string (value));
      break;

    case PROP_PARENT_ID:
      focal_event_set_parent_id (self, g_value_get_string (value));
      break;

    case PROP_PARTICIPANTS:
      focal_event_set_participants (self, g_value_get_boxed (value));
      break;

    case PROP_AGGREGATE:
      self->aggregate = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_event_class_init (FocalEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FocalEntityClass *entity_class = FOCAL_ENTITY_CLASS (klass);

  object_class->finalize = focal_event_finalize;
  object_class->get_property = focal_event_get_property;
  object_class->set_property = focal_event_set_property;

  entity_class->validate = focal_event_validate;
  entity_class->collect_references = focal_event_collect_references;

  /**
   * FocalEvent:kind: (getter get_kind) (setter set_kind)
   *
   * What kind of encounter the event is, or, for an aggregate, what kind of
   * encounters it counts.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       FOCAL_TYPE_EVENT_KIND,
                       FOCAL_EVENT_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEvent:date: (getter get_date) (setter set_date)
   *
   * The day or period of the encounter or, for an aggregate, the period the
   * count covers; `NULL` when the sources do not say.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        FOCAL_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEvent:location: (getter get_location) (setter set_location)
   *
   * Where the encounter took place, in words (`Ottawa`).
   */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEvent:forum-id: (getter get_forum_id) (setter set_forum_id)
   *
   * The id of the [class@Forum] the encounter belongs to, or `NULL`.
   */
  properties[PROP_FORUM_ID] =
    g_param_spec_string ("forum-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEvent:parent-id: (getter get_parent_id) (setter set_parent_id)
   *
   * The id of the aggregate event that encloses this one, or `NULL`: the
   * larger total of a nested total, or the total a single meeting is
   * counted in.
   */
  properties[PROP_PARENT_ID] =
    g_param_spec_string ("parent-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEvent:participants: (getter get_participants) (setter set_participants)
   *
   * The ids of the actors that took part, without duplicates, in the order
   * they were added.
   */
  properties[PROP_PARTICIPANTS] =
    g_param_spec_boxed ("participants", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEvent:aggregate: (getter get_aggregate)
   *
   * Whether the event stands for a number of encounters rather than one,
   * fixed at construction.
   */
  properties[PROP_AGGREGATE] =
    g_param_spec_boolean ("aggregate", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEvent:count: (getter get_count)
   *
   * The number of encounters as the source gives it: 1 for a single event.
   * Read it with [property@Event:count-qualifier]; change both with
   * [method@Event.set_count].
   */
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL,
                       0, G_MAXUINT, 1,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEvent:count-qualifier: (getter get_count_qualifier)
   *
   * How exactly the source states [property@Event:count].
   */
  properties[PROP_COUNT_QUALIFIER] =
    g_param_spec_enum ("count-qualifier", NULL, NULL,
                       FOCAL_TYPE_QUALIFIER,
                       FOCAL_QUALIFIER_EXACT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_event_init (FocalEvent *self)
{
  self->kind = FOCAL_EVENT_KIND_OTHER;
  self->count = 1;
  self->count_qualifier = FOCAL_QUALIFIER_EXACT;
}

/**
 * focal_event_new:
 * @id: the id of the event
 * @kind: what kind of encounter it is
 *
 * Creates a single encounter.
 *
 * Returns: (transfer full): a new event whose count is exactly 1
 */
FocalEvent *
focal_event_new (const char     *id,
                 FocalEventKind  kind)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (FOCAL_TYPE_EVENT,
                       "id", id,
                       "kind", kind,
                       NULL);
}

/**
 * focal_event_new_aggregate:
 * @id: the id of the event
 * @kind: what kind of encounters it counts
 * @count: the number of encounters the source gives
 * @qualifier: how exactly the source states @count
 *
 * Creates an aggregate of encounters, such as "13 meetings" or "over 25
 * visits".
 *
 * Returns: (transfer full): a new aggregate event
 */
FocalEvent *
focal_event_new_aggregate (const char     *id,
                           FocalEventKind  kind,
                           guint           count,
                           FocalQualifier  qualifier)
{
  FocalEvent *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (qualifier <= FOCAL_QUALIFIER_FEWER_THAN, NULL);

  self = g_object_new (FOCAL_TYPE_EVENT,
                       "id", id,
                       "kind", kind,
                       "aggregate", TRUE,
                       NULL);
  self->count = count;
  self->count_qualifier = qualifier;

  return self;
}

/**
 * focal_event_get_kind: (get-property kind)
 * @self: an event
 *
 * Gets what kind of encounter the event is.
 *
 * Returns: the kind of event
 */
FocalEventKind
focal_event_get_kind (FocalEvent *self)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), FOCAL_EVENT_KIND_OTHER);

  return self->kind;
}

/**
 * focal_event_set_kind: (set-property kind)
 * @self: an event
 * @kind: the kind of encounter
 *
 * Sets what kind of encounter the event is.
 */
void
focal_event_set_kind (FocalEvent     *self,
                      FocalEventKind  kind)
{
  g_return_if_fail (FOCAL_IS_EVENT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * focal_event_get_date: (get-property date)
 * @self: an event
 *
 * Gets the day or period of the encounter, or the period an aggregate
 * covers.
 *
 * Returns: (transfer none) (nullable): a date or interval, or `NULL` when
 *   unknown
 */
FocalDate *
focal_event_get_date (FocalEvent *self)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), NULL);

  return self->date;
}

/**
 * focal_event_set_date: (set-property date)
 * @self: an event
 * @date: (nullable): a date or interval, or `NULL` when unknown
 *
 * Sets the day or period of the encounter, or the period an aggregate
 * covers.
 */
void
focal_event_set_date (FocalEvent *self,
                      FocalDate  *date)
{
  g_return_if_fail (FOCAL_IS_EVENT (self));

  if (self->date == date ||
      (self->date != NULL && date != NULL && focal_date_equal (self->date, date)))
    return;

  g_clear_pointer (&self->date, focal_date_unref);
  if (date != NULL)
    self->date = focal_date_ref (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * focal_event_get_location: (get-property location)
 * @self: an event
 *
 * Gets where the encounter took place.
 *
 * Returns: (nullable): the location
 */
const char *
focal_event_get_location (FocalEvent *self)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), NULL);

  return self->location;
}

/**
 * focal_event_set_location: (set-property location)
 * @self: an event
 * @location: (nullable): a place, in words
 *
 * Sets where the encounter took place.
 */
void
focal_event_set_location (FocalEvent *self,
                          const char *location)
{
  g_return_if_fail (FOCAL_IS_EVENT (self));

  if (g_strcmp0 (self->location, location) == 0)
    return;

  g_free (self->location);
  self->location = g_strdup (location);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

/**
 * focal_event_get_forum_id: (get-property forum-id)
 * @self: an event
 *
 * Gets the id of the forum the encounter belongs to.
 *
 * Returns: (nullable): the forum id
 */
const char *
focal_event_get_forum_id (FocalEvent *self)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), NULL);

  return self->forum_id;
}

/**
 * focal_event_set_forum_id: (set-property forum-id)
 * @self: an event
 * @forum_id: (nullable): the id of a forum
 *
 * Sets the id of the forum the encounter belongs to.
 */
void
focal_event_set_forum_id (FocalEvent *self,
                          const char *forum_id)
{
  g_return_if_fail (FOCAL_IS_EVENT (self));

  if (g_strcmp0 (self->forum_id, forum_id) == 0)
    return;

  g_free (self->forum_id);
  self->forum_id = g_strdup (forum_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORUM_ID]);
}

/**
 * focal_event_get_parent_id: (get-property parent-id)
 * @self: an event
 *
 * Gets the id of the aggregate event that encloses this one.
 *
 * Returns: (nullable): the parent id
 */
const char *
focal_event_get_parent_id (FocalEvent *self)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), NULL);

  return self->parent_id;
}

/**
 * focal_event_set_parent_id: (set-property parent-id)
 * @self: an event
 * @parent_id: (nullable): the id of an aggregate event
 *
 * Sets the id of the aggregate event that encloses this one.
 */
void
focal_event_set_parent_id (FocalEvent *self,
                           const char *parent_id)
{
  FocalGraph *graph;

  g_return_if_fail (FOCAL_IS_EVENT (self));

  if (g_strcmp0 (self->parent_id, parent_id) == 0)
    return;

  g_free (self->parent_id);
  self->parent_id = g_strdup (parent_id);

  graph = focal_entity_get_graph (FOCAL_ENTITY (self));
  if (graph != NULL)
    _focal_graph_parent_changed (graph, FOCAL_ENTITY (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

/**
 * focal_event_get_participants: (get-property participants)
 * @self: an event
 *
 * Gets the ids of the actors that took part.
 *
 * Returns: (transfer none) (array zero-terminated=1): the actor ids,
 *   possibly none, never `NULL`
 */
const char * const *
focal_event_get_participants (FocalEvent *self)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), NULL);

  if (self->participants == NULL)
    return focal_event_no_participants;

  return (const char * const *) self->participants;
}

/**
 * focal_event_set_participants: (set-property participants)
 * @self: an event
 * @participants: (nullable) (array zero-terminated=1): actor ids
 *
 * Replaces the ids of the actors that took part.
 *
 * Repeated ids are kept once, at their first place.
 */
void
focal_event_set_participants (FocalEvent         *self,
                              const char * const *participants)
{
  g_auto(GStrv) old = NULL;

  g_return_if_fail (FOCAL_IS_EVENT (self));

  old = g_steal_pointer (&self->participants);

  for (guint i = 0; participants != NULL && participants[i] != NULL; i++)
    focal_event_participants_append (self, participants[i]);

  if (!g_strv_equal (old != NULL ? (const char * const *) old : focal_event_no_participants,
                     focal_event_get_participants (self)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
}

/**
 * focal_event_add_participant:
 * @self: an event
 * @actor_id: the id of an actor
 *
 * Adds an actor to those that took part, unless it is there already.
 *
 * Returns: `TRUE` if the actor was added
 */
gboolean
focal_event_add_participant (FocalEvent *self,
                             const char *actor_id)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), FALSE);
  g_return_val_if_fail (actor_id != NULL, FALSE);

  if (!focal_event_participants_append (self, actor_id))
    return FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
  return TRUE;
}

/**
 * focal_event_has_participant:
 * @self: an event
 * @actor_id: the id of an actor
 *
 * Checks whether an actor took part.
 *
 * Returns: `TRUE` if @actor_id is among the participants
 */
gboolean
focal_event_has_participant (FocalEvent *self,
                             const char *actor_id)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), FALSE);
  g_return_val_if_fail (actor_id != NULL, FALSE);

  return focal_event_participants_find (self, actor_id);
}

/**
 * focal_event_get_aggregate: (get-property aggregate)
 * @self: an event
 *
 * Checks whether the event stands for a number of encounters.
 *
 * Returns: `TRUE` for an aggregate, `FALSE` for a single encounter
 */
gboolean
focal_event_get_aggregate (FocalEvent *self)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), FALSE);

  return self->aggregate;
}

/**
 * focal_event_get_count: (get-property count)
 * @self: an event
 *
 * Gets the number of encounters as the source gives it.
 *
 * Returns: the count, 1 for a single event
 */
guint
focal_event_get_count (FocalEvent *self)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), 0);

  return self->count;
}

/**
 * focal_event_get_count_qualifier: (get-property count-qualifier)
 * @self: an event
 *
 * Gets how exactly the source states the count.
 *
 * Returns: the qualifier of the count
 */
FocalQualifier
focal_event_get_count_qualifier (FocalEvent *self)
{
  g_return_val_if_fail (FOCAL_IS_EVENT (self), FOCAL_QUALIFIER_EXACT);

  return self->count_qualifier;
}

/**
 * focal_event_set_count:
 * @self: an aggregate event
 * @count: the number of encounters the source gives
 * @qualifier: how exactly the source states @count
 *
 * Sets the number of encounters of an aggregate.
 *
 * Only aggregates have a count to set; a single event always counts 1.
 */
void
focal_event_set_count (FocalEvent     *self,
                       guint           count,
                       FocalQualifier  qualifier)
{
  g_return_if_fail (FOCAL_IS_EVENT (self));
  g_return_if_fail (self->aggregate);
  g_return_if_fail (qualifier <= FOCAL_QUALIFIER_FEWER_THAN);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->count != count)
    {
      self->count = count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
    }

  if (self->count_qualifier != qualifier)
    {
      self->count_qualifier = qualifier;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT_QUALIFIER]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * focal_event_get_count_bounds:
 * @self: an event
 * @min: (out) (optional): return location for the least number of
 *   encounters
 * @max: (out) (optional): return location for the greatest number of
 *   encounters, or [const@COUNT_UNBOUNDED]
 *
 * Gives the range of encounter numbers the count allows.
 *
 * A single event gives [1, 1]. For an aggregate of count n: exactly n gives
 * [n, n]; at least n gives [n, unbounded]; more than n gives [n + 1,
 * unbounded]; at most n gives [0, n]; fewer than n gives [0, n - 1] (and
 * [0, 0] for the impossible "fewer than 0", which [method@Entity.validate]
 * reports). An approximate count gives no bound at all: [0, unbounded].
 */
void
focal_event_get_count_bounds (FocalEvent *self,
                              guint      *min,
                              guint      *max)
{
  guint lo = 1, hi = 1;
  guint n;

  g_return_if_fail (FOCAL_IS_EVENT (self));

  n = self->count;
  if (self->aggregate)
    {
      switch (self->count_qualifier)
        {
        case FOCAL_QUALIFIER_EXACT:
          lo = hi = n;
          break;

        case FOCAL_QUALIFIER_AT_LEAST:
          lo = n;
          hi = FOCAL_COUNT_UNBOUNDED;
          break;

        case FOCAL_QUALIFIER_MORE_THAN:
          lo = n < G_MAXUINT ? n + 1 : n;
          hi = FOCAL_COUNT_UNBOUNDED;
          break;

        case FOCAL_QUALIFIER_AT_MOST:
          lo = 0;
          hi = n;
          break;

        case FOCAL_QUALIFIER_FEWER_THAN:
          lo = 0;
          hi = n > 0 ? n - 1 : 0;
          break;

        case FOCAL_QUALIFIER_APPROXIMATE:
        default:
          lo = 0;
          hi = FOCAL_COUNT_UNBOUNDED;
          break;
        }
    }

  if (min != NULL)
    *min = lo;
  if (max != NULL)
    *max = hi;
}
