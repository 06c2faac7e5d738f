/* focal-actor.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-actor.h"
#include "focal-graph-private.h"

#include "focal-entity-private.h"

#include "focal-enum-types.h"
#include "focal-graph.h"

/**
 * FocalActor:
 *
 * A body or person that takes part in a relationship: a state, a ministry,
 * an agency, a province, a firm, a person.
 *
 * An actor has a [enum@ActorKind], an optional country code (ISO 3166-1
 * alpha-2 such as `MX`, or an ISO 3166-2 subdivision such as `CA-QC`) and
 * an optional parent: the id of the actor it is part of. Its
 * [enum@Level] is derived from these unless it is set explicitly.
 *
 * ```c
 * g_autoptr(GError) error = NULL;
 * g_autoptr(FocalActor) ife = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
 *
 * if (!focal_actor_set_country (ife, "MX", &error))
 *   g_printerr ("%s\n", error->message);
 * focal_actor_set_parent_id (ife, "mexico");
 *
 * // FOCAL_LEVEL_FEDERAL, derived from the kind
 * FocalLevel level = focal_actor_get_level (ife);
 * ```
 */

struct _FocalActor
{
  FocalEntity     parent_instance;

  FocalActorKind  kind;
  char           *country;
  char           *parent_id;
  /* FOCAL_LEVEL_UNKNOWN while the level is derived */
  FocalLevel      level;
};

enum
{
  PROP_0,
  PROP_KIND,
  PROP_COUNTRY,
  PROP_PARENT_ID,
  PROP_LEVEL,
  PROP_LEVEL_IS_DERIVED,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FocalActor, focal_actor, FOCAL_TYPE_ENTITY)

static GParamSpec *properties[N_PROPS];

/* The level an actor has without looking at its parent: an explicit level,
 * a kind that fixes the level, or a subdivision country code. */
static gboolean
focal_actor_get_own_level (FocalActor *self,
                           FocalLevel *level)
{
  if (self->level != FOCAL_LEVEL_UNKNOWN)
    {
      *level = self->level;
      return TRUE;
    }

  switch (self->kind)
    {
    case FOCAL_ACTOR_KIND_PERSON:
      *level = FOCAL_LEVEL_PERSONAL;
      return TRUE;
    case FOCAL_ACTOR_KIND_MUNICIPALITY:
      *level = FOCAL_LEVEL_MUNICIPAL;
      return TRUE;
    case FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT:
      *level = FOCAL_LEVEL_SUBNATIONAL;
      return TRUE;
    case FOCAL_ACTOR_KIND_INTERNATIONAL_ORGANIZATION:
      *level = FOCAL_LEVEL_INTERNATIONAL;
      return TRUE;
    case FOCAL_ACTOR_KIND_NGO:
    case FOCAL_ACTOR_KIND_COMPANY:
    case FOCAL_ACTOR_KIND_UNIVERSITY:
    case FOCAL_ACTOR_KIND_RESEARCH_CENTRE:
    case FOCAL_ACTOR_KIND_POLITICAL_PARTY:
      *level = FOCAL_LEVEL_NON_GOVERNMENTAL;
      return TRUE;
    case FOCAL_ACTOR_KIND_OTHER:
    case FOCAL_ACTOR_KIND_STATE:
    case FOCAL_ACTOR_KIND_FEDERAL_GOVERNMENT:
    case FOCAL_ACTOR_KIND_MINISTRY:
    case FOCAL_ACTOR_KIND_AGENCY:
    case FOCAL_ACTOR_KIND_UNIT:
    case FOCAL_ACTOR_KIND_LEGISLATURE:
    case FOCAL_ACTOR_KIND_LEGISLATIVE_CHAMBER:
    case FOCAL_ACTOR_KIND_EMBASSY:
    case FOCAL_ACTOR_KIND_CONSULATE:
    case FOCAL_ACTOR_KIND_REPRESENTATION_OFFICE:
    case FOCAL_ACTOR_KIND_GROUP:
    default:
      break;
    }

  if (self->country != NULL && strchr (self->country, '-') != NULL)
    {
      *level = FOCAL_LEVEL_SUBNATIONAL;
      return TRUE;
    }

  return FALSE;
}

/* The level of a kind of public body when neither it nor its parents say
 * more. */
static FocalLevel
focal_actor_kind_get_fallback_level (FocalActorKind kind)
{
  switch (kind)
    {
    case FOCAL_ACTOR_KIND_STATE:
    case FOCAL_ACTOR_KIND_FEDERAL_GOVERNMENT:
    case FOCAL_ACTOR_KIND_MINISTRY:
    case FOCAL_ACTOR_KIND_AGENCY:
    case FOCAL_ACTOR_KIND_UNIT:
    case FOCAL_ACTOR_KIND_LEGISLATURE:
    case FOCAL_ACTOR_KIND_LEGISLATIVE_CHAMBER:
    case FOCAL_ACTOR_KIND_EMBASSY:
    case FOCAL_ACTOR_KIND_CONSULATE:
      return FOCAL_LEVEL_FEDERAL;
    default:
      return FOCAL_LEVEL_UNKNOWN;
    }
}

static FocalActor *
focal_actor_lookup_parent (FocalActor *self,
                           FocalGraph *graph)
{
  FocalEntity *parent;

  if (self->parent_id == NULL)
    return NULL;

  parent = focal_graph_lookup (graph, self->parent_id);

  return FOCAL_IS_ACTOR (parent) ? FOCAL_ACTOR (parent) : NULL;
}

/* Walks up the parent chain until an actor has a level of its own. When the
 * chain ends without one, the fallback level of the highest actor that has
 * one wins, so that a unit of a ministry of a state is federal. The walk is
 * bounded by the size of the graph, so a cycle cannot hang it. */
static FocalLevel
focal_actor_compute_level (FocalActor *self)
{
  FocalGraph *graph = focal_entity_get_graph (FOCAL_ENTITY (self));
  FocalLevel candidate = FOCAL_LEVEL_UNKNOWN;
  FocalActor *current = self;
  guint bound = graph != NULL ? focal_graph_get_n_entities (graph) : 0;

  for (guint step = 0; current != NULL; step++)
    {
      FocalLevel level;
      FocalLevel fallback;

      if (focal_actor_get_own_level (current, &level))
        return level;

      fallback = focal_actor_kind_get_fallback_level (current->kind);
      if (fallback != FOCAL_LEVEL_UNKNOWN)
        candidate = fallback;

      if (graph == NULL || step >= bound)
        break;

      current = focal_actor_lookup_parent (current, graph);
    }

  return candidate;
}

static void
focal_actor_notify_level_if_changed (FocalActor *self,
                                     FocalLevel  old_level)
{
  if (focal_actor_compute_level (self) != old_level)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

static gboolean
focal_actor_check_parent (FocalActor  *self,
                          FocalGraph  *graph,
                          GError     **error)
{
  const char *id = focal_entity_get_id (FOCAL_ENTITY (self));
  FocalEntity *parent;

  parent = focal_graph_lookup (graph, self->parent_id);
  if (parent == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "actor \"%s\": parent \"%s\" is not in the graph",
                   id, self->parent_id);
      return FALSE;
    }

  if (!FOCAL_IS_ACTOR (parent))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "actor \"%s\": parent \"%s\" is of kind \"%s\", not an actor",
                   id, self->parent_id, focal_entity_get_kind_name (parent));
      return FALSE;
    }

  return TRUE;
}

/* Follows the parent chain from @self and fails when it comes back to
 * @self. The walk stops after as many steps as the graph has entities, so
 * a cycle that does not pass through @self (another actor's error) ends it
 * too. */
static gboolean
focal_actor_check_cycle (FocalActor  *self,
                         FocalGraph  *graph,
                         GError     **error)
{
  const char *id = focal_entity_get_id (FOCAL_ENTITY (self));
  g_autoptr(GString) path = g_string_new (id);
  const char *next = self->parent_id;
  guint bound = focal_graph_get_n_entities (graph) + 1;

  for (guint step = 0; next != NULL && step < bound; step++)
    {
      FocalEntity *entity;

      g_string_append_printf (path, " -> %s", next);
      if (g_strcmp0 (next, id) == 0)
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE,
                       "actor \"%s\": the part-of chain loops back: %s",
                       id, path->str);
          return FALSE;
        }

      entity = focal_graph_lookup (graph, next);
      if (!FOCAL_IS_ACTOR (entity))
        break;

      next = FOCAL_ACTOR (entity)->parent_id;
    }

  return TRUE;
}

static gboolean
focal_actor_validate (FocalEntity  *entity,
                      FocalGraph   *graph,
                      GError      **error)
{
  FocalActor *self = FOCAL_ACTOR (entity);
  const char *id = focal_entity_get_id (entity);

  if (!FOCAL_ENTITY_CLASS (focal_actor_parent_class)->validate (entity, graph, error))
    return FALSE;

  if (self->country != NULL && !focal_country_code_is_valid (self->country))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                   "actor \"%s\": \"%s\" is not a valid country code",
                   id, self->country);
      return FALSE;
    }

  if (self->parent_id == NULL)
    return TRUE;

  if (g_strcmp0 (self->parent_id, id) == 0)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE,
                   "actor \"%s\": the part-of chain loops back: %s -> %s",
                   id, id, id);
      return FALSE;
    }

  if (graph == NULL)
    return TRUE;

  /* The walk is O(depth). A reader filling a new graph adds parents
   * before their parts and reports part-of loops itself, so it skips the
   * walk, which would make a deep hierarchy cost O(depth²). */
  return focal_actor_check_parent (self, graph, error) &&
         (_focal_graph_is_loading (graph) || focal_actor_check_cycle (self, graph, error));
}

static void
focal_actor_collect_references (FocalEntity *entity,
                                GPtrArray   *ids)
{
  FocalActor *self = FOCAL_ACTOR (entity);
  FocalEntityClass *parent_class = FOCAL_ENTITY_CLASS (focal_actor_parent_class);

  if (parent_class->collect_references != NULL)
    parent_class->collect_references (entity, ids);

  if (self->parent_id != NULL)
    g_ptr_array_add (ids, g_strdup (self->parent_id));
}

static void
focal_actor_finalize (GObject *object)
{
  FocalActor *self = FOCAL_ACTOR (object);

  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->parent_id, g_free);

  G_OBJECT_CLASS (focal_actor_parent_class)->finalize (object);
}

static void
focal_actor_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FocalActor *self = FOCAL_ACTOR (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, focal_actor_get_kind (self));
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, focal_actor_get_country (self));
      break;
    case PROP_PARENT_ID:
      g_value_set_string (value, focal_actor_get_parent_id (self));
      break;
    case PROP_LEVEL:
      g_value_set_enum (value, focal_actor_get_level (self));
      break;
    case PROP_LEVEL_IS_DERIVED:
      g_value_set_boolean (value, focal_actor_get_level_is_derived (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_actor_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FocalActor *self = FOCAL_ACTOR (object);

  switch (prop_id)
    {
    case PROP_KIND:
      focal_actor_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_COUNTRY:
      {
        g_autoptr(GError) error = NULL;

        /* A property set has no error to return: a bad code here is the
         * caller's mistake, unlike one read from a file. */
        if (!focal_actor_set_country (self, g_value_get_string (value), &error))
          g_warning ("%s", error->message);
      }
      break;
    case PROP_PARENT_ID:
      focal_actor_set_parent_id (self, g_value_get_string (value));
      break;
    case PROP_LEVEL:
      focal_actor_set_level (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_actor_class_init (FocalActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FocalEntityClass *entity_class = FOCAL_ENTITY_CLASS (klass);

  object_class->finalize = focal_actor_finalize;
  object_class->get_property = focal_actor_get_property;
  object_class->set_property = focal_actor_set_property;

  entity_class->validate = focal_actor_validate;
  entity_class->collect_references = focal_actor_collect_references;

  /**
   * FocalActor:kind:
   *
   * What kind of body or person the actor is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       FOCAL_TYPE_ACTOR_KIND,
                       FOCAL_ACTOR_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalActor:country:
   *
   * The country code of the actor: ISO 3166-1 alpha-2 (`CA`, `MX`) or an
   * ISO 3166-2 subdivision (`CA-QC`, `MX-JAL`), or `NULL`.
   *
   * Setting an invalid code through the property is a programming error
   * and only warns; use [method@Actor.set_country] for codes read from data.
   */
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalActor:parent-id:
   *
   * The id of the actor this one is part of (the SRE for one of its
   * under-secretariats), or `NULL`.
   */
  properties[PROP_PARENT_ID] =
    g_param_spec_string ("parent-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalActor:level:
   *
   * The level the actor works at.
   *
   * Reading gives the effective level: the one set explicitly, or else the
   * one derived from the kind, the country code and the parent. Setting
   * [enum@Level.UNKNOWN] returns to the derived level.
   *
   * The property is notified when a change to this actor's kind, country,
   * parent id or explicit level changes its effective level; changes to
   * its parents are not followed.
   */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL,
                       FOCAL_TYPE_LEVEL,
                       FOCAL_LEVEL_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalActor:level-is-derived:
   *
   * Whether [property@Actor:level] is derived rather than set explicitly.
   */
  properties[PROP_LEVEL_IS_DERIVED] =
    g_param_spec_boolean ("level-is-derived", NULL, NULL,
                          TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_actor_init (FocalActor *self)
{
  self->kind = FOCAL_ACTOR_KIND_OTHER;
  self->level = FOCAL_LEVEL_UNKNOWN;
}

/**
 * focal_actor_new:
 * @id: the unique id of the actor, such as `ife`
 * @kind: what kind of body or person the actor is
 *
 * Creates an actor with no country, no parent and a derived level.
 *
 * Returns: (transfer full): a new actor
 */
FocalActor *
focal_actor_new (const char     *id,
                 FocalActorKind  kind)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (FOCAL_TYPE_ACTOR,
                       "id", id,
                       "kind", kind,
                       NULL);
}

/**
 * focal_actor_get_kind:
 * @self: an actor
 *
 * Gets what kind of body or person the actor is.
 *
 * Returns: the kind of the actor
 */
FocalActorKind
focal_actor_get_kind (FocalActor *self)
{
  g_return_val_if_fail (FOCAL_IS_ACTOR (self), FOCAL_ACTOR_KIND_OTHER);

  return self->kind;
}

/**
 * focal_actor_set_kind:
 * @self: an actor
 * @kind: the new kind
 *
 * Sets what kind of body or person the actor is.
 *
 * This may change a derived [property@Actor:level].
 */
void
focal_actor_set_kind (FocalActor     *self,
                      FocalActorKind  kind)
{
  FocalLevel old_level;

  g_return_if_fail (FOCAL_IS_ACTOR (self));

  if (self->kind == kind)
    return;

  old_level = focal_actor_compute_level (self);

  g_object_freeze_notify (G_OBJECT (self));
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  focal_actor_notify_level_if_changed (self, old_level);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * focal_actor_get_country:
 * @self: an actor
 *
 * Gets the country code of the actor.
 *
 * Returns: (nullable): the ISO 3166-1 alpha-2 or ISO 3166-2 code, or `NULL`
 */
const char *
focal_actor_get_country (FocalActor *self)
{
  g_return_val_if_fail (FOCAL_IS_ACTOR (self), NULL);

  return self->country;
}

/**
 * focal_actor_set_country:
 * @self: an actor
 * @country: (nullable): an ISO 3166-1 alpha-2 code such as `MX` or an
 *   ISO 3166-2 code such as `MX-JAL`, or `NULL` to clear it
 * @error: return location for an error
 *
 * Sets the country code of the actor.
 *
 * A malformed code leaves the actor unchanged and fails with
 * [error@Error.INVALID_VALUE]. A subdivision code makes a derived
 * [property@Actor:level] subnational for kinds that do not fix the level.
 *
 * Returns: `TRUE` on success, `FALSE` with @error set if @country is not a
 *   valid code
 */
gboolean
focal_actor_set_country (FocalActor  *self,
                         const char  *country,
                         GError     **error)
{
  FocalLevel old_level;

  g_return_val_if_fail (FOCAL_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (country != NULL && !focal_country_code_is_valid (country))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                   "actor \"%s\": \"%s\" is not a valid country code "
                   "(expected ISO 3166-1 alpha-2 like \"MX\" or ISO 3166-2 like \"MX-JAL\")",
                   focal_entity_get_id (FOCAL_ENTITY (self)), country);
      return FALSE;
    }

  if (g_strcmp0 (self->country, country) == 0)
    return TRUE;

  old_level = focal_actor_compute_level (self);

  g_object_freeze_notify (G_OBJECT (self));
  g_free (self->country);
  self->country = g_strdup (country);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
  focal_actor_notify_level_if_changed (self, old_level);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/**
 * focal_actor_get_parent_id:
 * @self: an actor
 *
 * Gets the id of the actor this one is part of.
 *
 * Returns: (nullable): the id of the parent actor, or `NULL`
 */
const char *
focal_actor_get_parent_id (FocalActor *self)
{
  g_return_val_if_fail (FOCAL_IS_ACTOR (self), NULL);

  return self->parent_id;
}

/**
 * focal_actor_set_parent_id:
 * @self: an actor
 * @parent_id: (nullable): the id of the actor this one is part of, or
 *   `NULL`
 *
 * Sets the id of the actor this one is part of.
 *
 * The id is not checked here: [method@Entity.validate] with a graph checks
 * that it names an actor and that the part-of chain has no cycle.
 */
void
focal_actor_set_parent_id (FocalActor *self,
                           const char *parent_id)
{
  FocalLevel old_level;
  FocalGraph *graph;

  g_return_if_fail (FOCAL_IS_ACTOR (self));

  if (g_strcmp0 (self->parent_id, parent_id) == 0)
    return;

  old_level = focal_actor_compute_level (self);

  g_object_freeze_notify (G_OBJECT (self));
  g_free (self->parent_id);
  self->parent_id = g_strdup (parent_id);

  graph = focal_entity_get_graph (FOCAL_ENTITY (self));
  if (graph != NULL)
    _focal_graph_parent_changed (graph, FOCAL_ENTITY (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
  focal_actor_notify_level_if_changed (self, old_level);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * focal_actor_get_level:
 * @self: an actor
 *
 * Gets the effective level the actor works at.
 *
 * An explicit level wins. Otherwise the level follows from the kind
 * (persons are personal, municipalities municipal, subnational governments
 * subnational, international organizations international, NGOs, firms,
 * universities, research centres and parties non-governmental), then from
 * a subdivision country code (`CA-QC` is subnational), then, for an actor
 * in a graph, from its parent actor, and finally from the kind again:
 * the other public bodies are federal, the rest unknown.
 *
 * Returns: the effective level
 */
FocalLevel
focal_actor_get_level (FocalActor *self)
{
  g_return_val_if_fail (FOCAL_IS_ACTOR (self), FOCAL_LEVEL_UNKNOWN);

  return focal_actor_compute_level (self);
}

/**
 * focal_actor_set_level:
 * @self: an actor
 * @level: the explicit level, or [enum@Level.UNKNOWN] to derive it again
 *
 * Overrides the derived level of the actor, or returns to it.
 */
void
focal_actor_set_level (FocalActor *self,
                       FocalLevel  level)
{
  FocalLevel old_level;
  gboolean was_derived;

  g_return_if_fail (FOCAL_IS_ACTOR (self));

  if (self->level == level)
    return;

  old_level = focal_actor_compute_level (self);
  was_derived = self->level == FOCAL_LEVEL_UNKNOWN;

  g_object_freeze_notify (G_OBJECT (self));
  self->level = level;
  focal_actor_notify_level_if_changed (self, old_level);
  if (was_derived != (level == FOCAL_LEVEL_UNKNOWN))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL_IS_DERIVED]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * focal_actor_get_level_is_derived:
 * @self: an actor
 *
 * Tells whether the level of the actor is derived rather than set.
 *
 * Returns: `TRUE` if no explicit level is set
 */
gboolean
focal_actor_get_level_is_derived (FocalActor *self)
{
  g_return_val_if_fail (FOCAL_IS_ACTOR (self), TRUE);

  return self->level == FOCAL_LEVEL_UNKNOWN;
}

/**
 * focal_country_code_is_valid:
 * @code: (nullable): a string to check
 *
 * Checks the form of a country code.
 *
 * A valid code is two uppercase ASCII letters (ISO 3166-1 alpha-2, `MX`),
 * optionally followed by `-` and one to three uppercase letters or digits
 * (an ISO 3166-2 subdivision, `MX-JAL`, `CA-QC`). Only the form is checked,
 * not that the code is assigned.
 *
 * Returns: `TRUE` if @code is a well-formed country code
 */
gboolean
focal_country_code_is_valid (const char *code)
{
  gsize n = 0;

  if (code == NULL ||
      !g_ascii_isupper (code[0]) ||
      !g_ascii_isupper (code[1]))
    return FALSE;

  if (code[2] == '\0')
    return TRUE;

  if (code[2] != '-')
    return FALSE;

  for (const char *p = code + 3; *p != '\0'; p++, n++)
    {
      if (n >= 3 || !(g_ascii_isupper (*p) || g_ascii_isdigit (*p)))
        return FALSE;
    }

  return n >= 1;
}
