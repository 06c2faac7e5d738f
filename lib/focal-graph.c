/* focal-graph.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-graph.h"

#include "focal-actor.h"
#include "focal-agreement.h"
#include "focal-date.h"
#include "focal-entity-private.h"
#include "focal-enum-types.h"
#include "focal-event.h"
#include "focal-forum.h"
#include "focal-issue.h"
#include "focal-membership.h"
#include "focal-position.h"

/**
 * FocalGraph:
 *
 * The container of a relationship: it owns every entity, link and source,
 * keeps ids unique, refuses dangling references, and answers questions
 * about who is linked to whom and when.
 *
 * ```c
 * g_autoptr(FocalGraph) graph = focal_graph_new ();
 * g_autoptr(FocalActor) ec = focal_actor_new ("elections-canada", FOCAL_ACTOR_KIND_AGENCY);
 * g_autoptr(FocalActor) ife = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
 * g_autoptr(FocalLink) link = focal_link_new ("elections-canada",
 *                                             FOCAL_LINK_KIND_COOPERATES_WITH,
 *                                             "ife");
 * g_autoptr(GError) error = NULL;
 *
 * if (!focal_graph_add (graph, FOCAL_ENTITY (ec), &error) ||
 *     !focal_graph_add (graph, FOCAL_ENTITY (ife), &error) ||
 *     !focal_graph_add_link (graph, link, &error))
 *   g_printerr ("%s\n", error->message);
 * ```
 *
 * Each kind of entity is available as a [iface@Gio.ListModel]
 * ([method@Graph.get_actors], [method@Graph.get_links] …), so the graph can
 * be shown directly in GTK list views or iterated from Python and
 * JavaScript. The models keep the order in which things were added.
 *
 * Lookups by id are O(1); the links of an entity are indexed, so
 * [method@Graph.dup_links_for] and [method@Graph.dup_neighbors] cost
 * O(degree).
 */

struct _FocalGraph
{
  GObject     parent_instance;

  GHashTable *entities;     /* id → FocalEntity (owned) */
  GHashTable *sources;      /* id → FocalSource (owned) */
  GHashTable *adjacency;    /* id → GPtrArray of FocalLink (borrowed) */
  GHashTable *parts;        /* parent id → GPtrArray of FocalEntity (borrowed) */
  GHashTable *link_set;     /* FocalLink set (borrowed) */

  GListStore *actors;
  GListStore *agreements;
  GListStore *forums;
  GListStore *issues;
  GListStore *positions;
  GListStore *events;
  GListStore *links;
  GListStore *source_store;
};

G_DEFINE_FINAL_TYPE (FocalGraph, focal_graph, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_ENTITIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ENTITY_ADDED,
  ENTITY_REMOVED,
  LINK_ADDED,
  LINK_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GListStore *
focal_graph_store_for (FocalGraph  *self,
                       FocalEntity *entity)
{
  if (FOCAL_IS_ACTOR (entity))
    return self->actors;
  if (FOCAL_IS_AGREEMENT (entity))
    return self->agreements;
  if (FOCAL_IS_FORUM (entity))
    return self->forums;
  if (FOCAL_IS_ISSUE (entity))
    return self->issues;
  if (FOCAL_IS_POSITION (entity))
    return self->positions;
  if (FOCAL_IS_EVENT (entity))
    return self->events;

  return NULL;
}

static const char *
focal_graph_parent_id_of (FocalEntity *entity)
{
  if (FOCAL_IS_ACTOR (entity))
    return focal_actor_get_parent_id (FOCAL_ACTOR (entity));
  if (FOCAL_IS_EVENT (entity))
    return focal_event_get_parent_id (FOCAL_EVENT (entity));

  return NULL;
}

static void
focal_graph_index_append (GHashTable *index,
                          const char *key,
                          gpointer    item)
{
  GPtrArray *array = g_hash_table_lookup (index, key);

  if (array == NULL)
    {
      array = g_ptr_array_new ();
      g_hash_table_insert (index, g_strdup (key), array);
    }

  g_ptr_array_add (array, item);
}

static void
focal_graph_index_remove (GHashTable *index,
                          const char *key,
                          gpointer    item)
{
  GPtrArray *array;

  if (key == NULL)
    return;

  array = g_hash_table_lookup (index, key);
  if (array == NULL)
    return;

  g_ptr_array_remove (array, item);
  if (array->len == 0)
    g_hash_table_remove (index, key);
}

static void
focal_graph_reindex_parts (FocalGraph *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_remove_all (self->parts);

  g_hash_table_iter_init (&iter, self->entities);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const char *parent_id = focal_graph_parent_id_of (value);

      if (parent_id != NULL)
        focal_graph_index_append (self->parts, parent_id, value);
    }
}

static void
focal_graph_parent_changed_cb (FocalEntity *entity,
                               GParamSpec  *pspec,
                               FocalGraph  *self)
{
  /* A parent changed after the entity was added: the previous parent id is
   * gone, so rebuild the index. Parent changes are rare edits; adding and
   * removing keep the index up to date incrementally. */
  focal_graph_reindex_parts (self);
}

static char *
focal_graph_describe (FocalEntity *entity)
{
  return g_strdup_printf ("%s \"%s\"",
                          focal_entity_get_kind_name (entity),
                          focal_entity_get_id (entity));
}

static gboolean
focal_graph_check_citations (FocalGraph  *self,
                             GListModel  *citations,
                             const char  *owner,
                             GError     **error)
{
  guint n = g_list_model_get_n_items (citations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalCitation) citation = g_list_model_get_item (citations, i);
      const char *source_id = focal_citation_get_source_id (citation);

      if (g_hash_table_lookup (self->sources, source_id) == NULL)
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                       "%s: citation %u refers to unknown source \"%s\"",
                       owner, i, source_id);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
focal_graph_check_memberships (FocalGraph  *self,
                               GListModel  *memberships,
                               const char  *owner,
                               GError     **error)
{
  guint n = g_list_model_get_n_items (memberships);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalMembership) membership = g_list_model_get_item (memberships, i);
      g_autofree char *where = g_strdup_printf ("%s, member %u", owner, i);

      if (!focal_graph_check_citations (self, focal_membership_get_citations (membership),
                                        where, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
focal_graph_check_entity_citations (FocalGraph   *self,
                                    FocalEntity  *entity,
                                    GError      **error)
{
  g_autofree char *owner = focal_graph_describe (entity);
  GListModel *indicators = focal_entity_get_indicators (entity);
  guint n;

  if (!focal_graph_check_citations (self, focal_entity_get_citations (entity), owner, error))
    return FALSE;

  n = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autofree char *where = g_strdup_printf ("%s, indicator \"%s\"", owner,
                                                focal_indicator_get_name (indicator));

      if (!focal_graph_check_citations (self, focal_indicator_get_citations (indicator),
                                        where, error))
        return FALSE;
    }

  if (FOCAL_IS_FORUM (entity))
    return focal_graph_check_memberships (self,
                                          focal_forum_get_members (FOCAL_FORUM (entity)),
                                          owner, error);
  if (FOCAL_IS_AGREEMENT (entity))
    return focal_graph_check_memberships (self,
                                          focal_agreement_get_parties (FOCAL_AGREEMENT (entity)),
                                          owner, error);

  return TRUE;
}

/* Nested encounter totals must not be contradicted by the totals nested in
 * them: the smallest possible sum of the parts may not exceed the largest
 * possible count of the whole. */
static gboolean
focal_graph_check_event_total (FocalGraph   *self,
                               FocalEvent   *event,
                               GError      **error)
{
  const char *parent_id = focal_event_get_parent_id (event);
  FocalEntity *parent;
  GPtrArray *siblings;
  guint parent_min, parent_max, own_min;
  guint64 sum;

  if (parent_id == NULL)
    return TRUE;

  parent = g_hash_table_lookup (self->entities, parent_id);
  if (!FOCAL_IS_EVENT (parent))
    return TRUE;  /* validate() already reported it */

  focal_event_get_count_bounds (FOCAL_EVENT (parent), &parent_min, &parent_max);
  if (parent_max == FOCAL_COUNT_UNBOUNDED)
    return TRUE;

  focal_event_get_count_bounds (event, &own_min, NULL);
  sum = own_min;
  siblings = g_hash_table_lookup (self->parts, parent_id);
  for (guint i = 0; siblings != NULL && i < siblings->len; i++)
    {
      guint min;

      focal_event_get_count_bounds (g_ptr_array_index (siblings, i), &min, NULL);
      sum += min;
    }

  if (sum > parent_max)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT,
                   "event \"%s\": the encounters nested in \"%s\" add up to at least %"
                   G_GUINT64_FORMAT ", more than its at most %u",
                   focal_entity_get_id (FOCAL_ENTITY (event)), parent_id, sum, parent_max);
      return FALSE;
    }

  return TRUE;
}

static void
focal_graph_dispose (GObject *object)
{
  FocalGraph *self = FOCAL_GRAPH (object);

  if (self->entities != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->entities);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          g_signal_handlers_disconnect_by_func (value, focal_graph_parent_changed_cb, self);
          _focal_entity_set_graph (value, NULL);
        }
    }

  g_clear_pointer (&self->adjacency, g_hash_table_unref);
  g_clear_pointer (&self->parts, g_hash_table_unref);
  g_clear_pointer (&self->link_set, g_hash_table_unref);
  g_clear_pointer (&self->entities, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_object (&self->actors);
  g_clear_object (&self->agreements);
  g_clear_object (&self->forums);
  g_clear_object (&self->issues);
  g_clear_object (&self->positions);
  g_clear_object (&self->events);
  g_clear_object (&self->links);
  g_clear_object (&self->source_store);

  G_OBJECT_CLASS (focal_graph_parent_class)->dispose (object);
}

static void
focal_graph_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FocalGraph *self = FOCAL_GRAPH (object);

  switch (prop_id)
    {
    case PROP_N_ENTITIES:
      g_value_set_uint (value, focal_graph_get_n_entities (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_graph_class_init (FocalGraphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = focal_graph_dispose;
  object_class->get_property = focal_graph_get_property;

  /**
   * FocalGraph:n-entities: (getter get_n_entities)
   *
   * The number of entities in the graph, of every kind; links and sources
   * are not counted.
   */
  properties[PROP_N_ENTITIES] =
    g_param_spec_uint ("n-entities", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FocalGraph::entity-added:
   * @self: the graph
   * @entity: the entity that was added
   *
   * Emitted after an entity was added, once the graph and its list models
   * hold it.
   */
  signals[ENTITY_ADDED] =
    g_signal_new ("entity-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FOCAL_TYPE_ENTITY);

  /**
   * FocalGraph::entity-removed:
   * @self: the graph
   * @entity: the entity that was removed
   *
   * Emitted after an entity was removed, once the graph and its list models
   * no longer hold it.
   */
  signals[ENTITY_REMOVED] =
    g_signal_new ("entity-removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FOCAL_TYPE_ENTITY);

  /**
   * FocalGraph::link-added:
   * @self: the graph
   * @link: the link that was added
   *
   * Emitted after a link was added and indexed.
   */
  signals[LINK_ADDED] =
    g_signal_new ("link-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FOCAL_TYPE_LINK);

  /**
   * FocalGraph::link-removed:
   * @self: the graph
   * @link: the link that was removed
   *
   * Emitted after a link was removed from the graph and its index.
   */
  signals[LINK_REMOVED] =
    g_signal_new ("link-removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FOCAL_TYPE_LINK);
}

static void
focal_graph_init (FocalGraph *self)
{
  self->entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->adjacency = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  self->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  self->link_set = g_hash_table_new (NULL, NULL);

  self->actors = g_list_store_new (FOCAL_TYPE_ACTOR);
  self->agreements = g_list_store_new (FOCAL_TYPE_AGREEMENT);
  self->forums = g_list_store_new (FOCAL_TYPE_FORUM);
  self->issues = g_list_store_new (FOCAL_TYPE_ISSUE);
  self->positions = g_list_store_new (FOCAL_TYPE_POSITION);
  self->events = g_list_store_new (FOCAL_TYPE_EVENT);
  self->links = g_list_store_new (FOCAL_TYPE_LINK);
  self->source_store = g_list_store_new (FOCAL_TYPE_SOURCE);
}

/**
 * focal_graph_new:
 *
 * Creates an empty graph.
 *
 * Returns: (transfer full): a new graph
 */
FocalGraph *
focal_graph_new (void)
{
  return g_object_new (FOCAL_TYPE_GRAPH, NULL);
}

/**
 * focal_graph_add:
 * @self: a graph
 * @entity: an actor, agreement, forum, issue, position or event that is in
 *   no graph yet
 * @error: return location for an error
 *
 * Adds an entity to the graph, after checking it.
 *
 * The graph refuses, with an error naming the id and the value:
 *
 * - an id already used in the graph (`FOCAL_ERROR_DUPLICATE_ID`);
 * - a reference to an id the graph does not hold
 *   (`FOCAL_ERROR_UNKNOWN_ID`), or to the wrong kind of entity
 *   (`FOCAL_ERROR_WRONG_KIND`), as checked by
 *   [method@Entity.validate];
 * - a citation of a source not in the graph's registry;
 * - a nested encounter total that, with its siblings, exceeds its parent
 *   (`FOCAL_ERROR_INCONSISTENT`).
 *
 * So entities that refer to others are added after them: actors before
 * their parts, issues and actors before positions.
 *
 * Returns: `TRUE` if the entity was added
 */
gboolean
focal_graph_add (FocalGraph   *self,
                 FocalEntity  *entity,
                 GError      **error)
{
  const char *id;
  const char *parent_id;
  GListStore *store;
  FocalEntity *existing;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (FOCAL_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = focal_graph_store_for (self, entity);
  g_return_val_if_fail (store != NULL, FALSE);

  id = focal_entity_get_id (entity);
  if (id == NULL || id[0] == '\0')
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD,
                   "%s without an id", focal_entity_get_kind_name (entity));
      return FALSE;
    }

  existing = g_hash_table_lookup (self->entities, id);
  if (existing != NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_DUPLICATE_ID,
                   "duplicate id \"%s\": already used by a%s %s",
                   id,
                   strchr ("aeiou", focal_entity_get_kind_name (existing)[0]) ? "n" : "",
                   focal_entity_get_kind_name (existing));
      return FALSE;
    }

  g_return_val_if_fail (focal_entity_get_graph (entity) == NULL, FALSE);

  if (!focal_entity_validate (entity, self, error) ||
      !focal_graph_check_entity_citations (self, entity, error))
    return FALSE;

  if (FOCAL_IS_EVENT (entity) && !focal_graph_check_event_total (self, FOCAL_EVENT (entity), error))
    return FALSE;

  g_hash_table_insert (self->entities, g_strdup (id), g_object_ref (entity));
  parent_id = focal_graph_parent_id_of (entity);
  if (parent_id != NULL)
    focal_graph_index_append (self->parts, parent_id, entity);
  if (FOCAL_IS_ACTOR (entity) || FOCAL_IS_EVENT (entity))
    g_signal_connect_object (entity, "notify::parent-id",
                             G_CALLBACK (focal_graph_parent_changed_cb), self, 0);

  _focal_entity_set_graph (entity, self);
  g_list_store_append (store, entity);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ENTITIES]);
  g_signal_emit (self, signals[ENTITY_ADDED], 0, entity);

  return TRUE;
}

static void
focal_graph_unindex_link (FocalGraph *self,
                          FocalLink  *link)
{
  focal_graph_index_remove (self->adjacency, focal_link_get_source_id (link), link);
  focal_graph_index_remove (self->adjacency, focal_link_get_target_id (link), link);
}

/**
 * focal_graph_remove:
 * @self: a graph
 * @id: the id of an entity in the graph
 * @error: return location for an error
 *
 * Removes an entity and every link that touches it.
 *
 * An entity that other entities refer to (the parent of an actor, the issue
 * of a position, a member of a forum) cannot be removed: the graph reports
 * `FOCAL_ERROR_IN_USE` naming the first one that refers to it.
 * An unknown id is `FOCAL_ERROR_UNKNOWN_ID`.
 *
 * The links are removed first, each with [signal@Graph::link-removed], then
 * the entity, with [signal@Graph::entity-removed].
 *
 * Returns: `TRUE` if the entity was removed
 */
gboolean
focal_graph_remove (FocalGraph   *self,
                    const char   *id,
                    GError      **error)
{
  g_autoptr(FocalEntity) entity = NULL;
  g_autoptr(GListModel) referrers = NULL;
  GPtrArray *adjacent;
  GListStore *store;
  guint position;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  entity = g_hash_table_lookup (self->entities, id);
  if (entity == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "cannot remove \"%s\": no such entity", id);
      return FALSE;
    }
  g_object_ref (entity);

  referrers = focal_graph_dup_referrers (self, id);
  if (g_list_model_get_n_items (referrers) > 0)
    {
      g_autoptr(FocalEntity) first = g_list_model_get_item (referrers, 0);

      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_IN_USE,
                   "cannot remove %s \"%s\": %s \"%s\" refers to it",
                   focal_entity_get_kind_name (entity), id,
                   focal_entity_get_kind_name (first), focal_entity_get_id (first));
      return FALSE;
    }

  adjacent = g_hash_table_lookup (self->adjacency, id);
  while (adjacent != NULL && adjacent->len > 0)
    {
      focal_graph_remove_link (self, g_ptr_array_index (adjacent, adjacent->len - 1));
      adjacent = g_hash_table_lookup (self->adjacency, id);
    }

  g_signal_handlers_disconnect_by_func (entity, focal_graph_parent_changed_cb, self);
  focal_graph_index_remove (self->parts, focal_graph_parent_id_of (entity), entity);

  store = focal_graph_store_for (self, entity);
  if (g_list_store_find (store, entity, &position))
    g_list_store_remove (store, position);
  g_hash_table_remove (self->entities, id);
  _focal_entity_set_graph (entity, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ENTITIES]);
  g_signal_emit (self, signals[ENTITY_REMOVED], 0, entity);

  return TRUE;
}

/**
 * focal_graph_lookup:
 * @self: a graph
 * @id: an id
 *
 * Finds the entity with the given id.
 *
 * Returns: (transfer none) (nullable): the entity, or `NULL` if the graph
 *   holds none with that id
 */
FocalEntity *
focal_graph_lookup (FocalGraph *self,
                    const char *id)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->entities, id);
}

/**
 * focal_graph_add_source:
 * @self: a graph
 * @source: a source
 * @error: return location for an error
 *
 * Adds a source to the graph's registry, so that citations can point to
 * it.
 *
 * Source ids are unique among sources: a repeated id is
 * `FOCAL_ERROR_DUPLICATE_ID`.
 *
 * Returns: `TRUE` if the source was added
 */
gboolean
focal_graph_add_source (FocalGraph   *self,
                        FocalSource  *source,
                        GError      **error)
{
  const char *id;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (FOCAL_IS_SOURCE (source), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = focal_source_get_id (source);
  if (g_hash_table_contains (self->sources, id))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_DUPLICATE_ID,
                   "duplicate source id \"%s\"", id);
      return FALSE;
    }

  g_hash_table_insert (self->sources, g_strdup (id), g_object_ref (source));
  g_list_store_append (self->source_store, source);

  return TRUE;
}

static gboolean
focal_graph_model_cites (GListModel *citations,
                         const char *source_id)
{
  guint n = g_list_model_get_n_items (citations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalCitation) citation = g_list_model_get_item (citations, i);

      if (g_str_equal (focal_citation_get_source_id (citation), source_id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
focal_graph_memberships_cite (GListModel *memberships,
                              const char *source_id)
{
  guint n = g_list_model_get_n_items (memberships);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalMembership) membership = g_list_model_get_item (memberships, i);

      if (focal_graph_model_cites (focal_membership_get_citations (membership), source_id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
focal_graph_entity_cites (FocalEntity *entity,
                          const char  *source_id)
{
  GListModel *indicators = focal_entity_get_indicators (entity);
  guint n = g_list_model_get_n_items (indicators);

  if (focal_graph_model_cites (focal_entity_get_citations (entity), source_id))
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalIndicator) indicator = g_list_model_get_item (indicators, i);

      if (focal_graph_model_cites (focal_indicator_get_citations (indicator), source_id))
        return TRUE;
    }

  if (FOCAL_IS_FORUM (entity))
    return focal_graph_memberships_cite (focal_forum_get_members (FOCAL_FORUM (entity)),
                                         source_id);
  if (FOCAL_IS_AGREEMENT (entity))
    return focal_graph_memberships_cite (focal_agreement_get_parties (FOCAL_AGREEMENT (entity)),
                                         source_id);

  return FALSE;
}

/**
 * focal_graph_remove_source:
 * @self: a graph
 * @id: the id of a source in the registry
 * @error: return location for an error
 *
 * Removes a source from the registry.
 *
 * A source that is still cited is `FOCAL_ERROR_IN_USE`, and an unknown
 * id is `FOCAL_ERROR_UNKNOWN_ID`.
 *
 * Returns: `TRUE` if the source was removed
 */
gboolean
focal_graph_remove_source (FocalGraph   *self,
                           const char   *id,
                           GError      **error)
{
  FocalSource *source;
  GHashTableIter iter;
  gpointer value;
  guint n, position;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  source = g_hash_table_lookup (self->sources, id);
  if (source == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "cannot remove source \"%s\": no such source", id);
      return FALSE;
    }

  g_hash_table_iter_init (&iter, self->entities);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (focal_graph_entity_cites (value, id))
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_IN_USE,
                       "cannot remove source \"%s\": %s \"%s\" cites it", id,
                       focal_entity_get_kind_name (value), focal_entity_get_id (value));
          return FALSE;
        }
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->links));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (G_LIST_MODEL (self->links), i);

      if (focal_graph_model_cites (focal_link_get_citations (link), id))
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_IN_USE,
                       "cannot remove source \"%s\": the link %s → %s cites it", id,
                       focal_link_get_source_id (link), focal_link_get_target_id (link));
          return FALSE;
        }
    }

  if (g_list_store_find (self->source_store, source, &position))
    g_list_store_remove (self->source_store, position);
  g_hash_table_remove (self->sources, id);

  return TRUE;
}

/**
 * focal_graph_lookup_source:
 * @self: a graph
 * @id: a source id
 *
 * Finds a source in the graph's registry.
 *
 * Returns: (transfer none) (nullable): the source, or `NULL`
 */
FocalSource *
focal_graph_lookup_source (FocalGraph *self,
                           const char *id)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->sources, id);
}

typedef enum
{
  END_ACTOR     = 1 << 0,
  END_AGREEMENT = 1 << 1,
  END_FORUM     = 1 << 2,
  END_ISSUE     = 1 << 3,
  END_POSITION  = 1 << 4,
  END_EVENT     = 1 << 5,
  END_SAME      = 1 << 6,  /* the target must be of the source's kind */
} FocalGraphEnds;

typedef struct
{
  guint sources;
  guint targets;
} FocalLinkRule;

/* Which kinds of entity each kind of link may join, indexed by FocalLinkKind. */
static const FocalLinkRule link_rules[] = {
  [FOCAL_LINK_KIND_MEMBER_OF]       = { END_ACTOR, END_ACTOR | END_FORUM },
  [FOCAL_LINK_KIND_PARTY_TO]        = { END_ACTOR, END_AGREEMENT },
  [FOCAL_LINK_KIND_PART_OF]         = { END_ACTOR | END_AGREEMENT | END_FORUM | END_EVENT, END_SAME },
  [FOCAL_LINK_KIND_REPRESENTED_IN]  = { END_ACTOR, END_ACTOR },
  [FOCAL_LINK_KIND_HOSTS]           = { END_ACTOR, END_ACTOR | END_FORUM | END_EVENT },
  [FOCAL_LINK_KIND_PARTNERS_WITH]   = { END_ACTOR, END_ACTOR },
  [FOCAL_LINK_KIND_MODELLED_ON]     = { END_ACTOR | END_AGREEMENT | END_FORUM, END_SAME },
  [FOCAL_LINK_KIND_COOPERATES_WITH] = { END_ACTOR, END_ACTOR },
  [FOCAL_LINK_KIND_DISPUTES_WITH]   = { END_ACTOR, END_ACTOR },
  [FOCAL_LINK_KIND_PARTICIPATES_IN] = { END_ACTOR, END_FORUM | END_EVENT | END_AGREEMENT },
  [FOCAL_LINK_KIND_LEADS]           = { END_ACTOR, END_ACTOR | END_FORUM | END_EVENT | END_AGREEMENT },
  [FOCAL_LINK_KIND_WORKS_FOR]       = { END_ACTOR, END_ACTOR },
  [FOCAL_LINK_KIND_SUCCEEDED_BY]    = { END_ACTOR | END_AGREEMENT | END_FORUM | END_ISSUE, END_SAME },
  [FOCAL_LINK_KIND_OFFERS]          = { END_ACTOR, END_ISSUE },
  [FOCAL_LINK_KIND_SEEKS]           = { END_ACTOR, END_ISSUE },
};

static guint
focal_graph_end_of (FocalEntity *entity)
{
  if (FOCAL_IS_ACTOR (entity))
    return END_ACTOR;
  if (FOCAL_IS_AGREEMENT (entity))
    return END_AGREEMENT;
  if (FOCAL_IS_FORUM (entity))
    return END_FORUM;
  if (FOCAL_IS_ISSUE (entity))
    return END_ISSUE;
  if (FOCAL_IS_POSITION (entity))
    return END_POSITION;
  if (FOCAL_IS_EVENT (entity))
    return END_EVENT;
  return 0;
}

static char *
focal_graph_describe_ends (guint ends)
{
  static const char * const names[] = {
    "an actor", "an agreement", "a forum", "an issue", "a position", "an event",
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if ((ends & (1u << i)) == 0)
        continue;
      if (out->len > 0)
        g_string_append (out, " or ");
      g_string_append (out, names[i]);
    }

  return g_string_free (out, FALSE);
}

static const char *
focal_graph_link_kind_nick (FocalLinkKind kind)
{
  GEnumClass *klass = g_type_class_peek (FOCAL_TYPE_LINK_KIND);
  GEnumValue *value;

  if (klass == NULL)
    klass = g_type_class_ref (FOCAL_TYPE_LINK_KIND);  /* kept for the process */
  value = g_enum_get_value (klass, kind);

  return value != NULL ? value->value_nick : "?";
}

static gboolean
focal_graph_check_link_end (FocalGraph   *self,
                            FocalLink    *link,
                            const char   *role,
                            const char   *id,
                            guint         allowed,
                            FocalEntity **out_entity,
                            GError      **error)
{
  FocalEntity *entity = g_hash_table_lookup (self->entities, id);
  const char *kind_nick = focal_graph_link_kind_nick (focal_link_get_kind (link));

  if (entity == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "link %s → %s (%s): unknown %s \"%s\"",
                   focal_link_get_source_id (link), focal_link_get_target_id (link),
                   kind_nick, role, id);
      return FALSE;
    }

  if ((focal_graph_end_of (entity) & allowed) == 0)
    {
      g_autofree char *expected = focal_graph_describe_ends (allowed);

      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "link %s → %s (%s): %s \"%s\" is a%s %s, expected %s",
                   focal_link_get_source_id (link), focal_link_get_target_id (link),
                   kind_nick, role, id,
                   strchr ("aeiou", focal_entity_get_kind_name (entity)[0]) ? "n" : "",
                   focal_entity_get_kind_name (entity), expected);
      return FALSE;
    }

  *out_entity = entity;
  return TRUE;
}

/**
 * focal_graph_add_link:
 * @self: a graph
 * @link: a link that is in no graph yet
 * @error: return location for an error
 *
 * Adds a link between two entities of the graph.
 *
 * Both ends must be in the graph (`FOCAL_ERROR_UNKNOWN_ID`) and be of
 * kinds the link's kind can join (`FOCAL_ERROR_WRONG_KIND`): a
 * `party-to` link goes from an actor to an agreement, a `member-of` link
 * from an actor to a forum or actor, a `part-of`, `modelled-on` or
 * `succeeded-by` link joins two entities of the same kind. A link from an
 * entity to itself is `FOCAL_ERROR_INVALID_VALUE`, and a citation of
 * a source not in the registry is `FOCAL_ERROR_UNKNOWN_ID`.
 *
 * Returns: `TRUE` if the link was added
 */
gboolean
focal_graph_add_link (FocalGraph   *self,
                      FocalLink    *link,
                      GError      **error)
{
  const FocalLinkRule *rule;
  FocalEntity *source = NULL;
  FocalEntity *target = NULL;
  const char *source_id, *target_id;
  g_autofree char *owner = NULL;
  guint targets;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (FOCAL_IS_LINK (link), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (!g_hash_table_contains (self->link_set, link), FALSE);

  g_return_val_if_fail (focal_link_get_kind (link) > FOCAL_LINK_KIND_ANY &&
                        focal_link_get_kind (link) < G_N_ELEMENTS (link_rules), FALSE);
  rule = &link_rules[focal_link_get_kind (link)];
  source_id = focal_link_get_source_id (link);
  target_id = focal_link_get_target_id (link);

  if (g_str_equal (source_id, target_id))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                   "link %s → %s (%s): an entity cannot be linked to itself",
                   source_id, target_id,
                   focal_graph_link_kind_nick (focal_link_get_kind (link)));
      return FALSE;
    }

  if (!focal_graph_check_link_end (self, link, "source", source_id, rule->sources,
                                   &source, error))
    return FALSE;

  targets = rule->targets == END_SAME ? focal_graph_end_of (source) : rule->targets;
  if (!focal_graph_check_link_end (self, link, "target", target_id, targets, &target, error))
    return FALSE;

  owner = g_strdup_printf ("link %s → %s", source_id, target_id);
  if (!focal_graph_check_citations (self, focal_link_get_citations (link), owner, error))
    return FALSE;

  g_hash_table_add (self->link_set, link);
  focal_graph_index_append (self->adjacency, source_id, link);
  focal_graph_index_append (self->adjacency, target_id, link);
  g_list_store_append (self->links, link);

  g_signal_emit (self, signals[LINK_ADDED], 0, link);

  return TRUE;
}

/**
 * focal_graph_remove_link:
 * @self: a graph
 * @link: a link
 *
 * Removes a link from the graph.
 *
 * Returns: `TRUE` if the graph held @link
 */
gboolean
focal_graph_remove_link (FocalGraph *self,
                         FocalLink  *link)
{
  g_autoptr(FocalLink) held = NULL;
  guint position;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (FOCAL_IS_LINK (link), FALSE);

  if (!g_hash_table_remove (self->link_set, link))
    return FALSE;

  held = g_object_ref (link);
  focal_graph_unindex_link (self, link);
  if (g_list_store_find (self->links, link, &position))
    g_list_store_remove (self->links, position);

  g_signal_emit (self, signals[LINK_REMOVED], 0, link);

  return TRUE;
}

/**
 * focal_graph_get_actors:
 * @self: a graph
 *
 * Gets the actors of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Actor]
 */
GListModel *
focal_graph_get_actors (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->actors);
}

/**
 * focal_graph_get_agreements:
 * @self: a graph
 *
 * Gets the agreements of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Agreement]
 */
GListModel *
focal_graph_get_agreements (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->agreements);
}

/**
 * focal_graph_get_forums:
 * @self: a graph
 *
 * Gets the forums of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Forum]
 */
GListModel *
focal_graph_get_forums (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->forums);
}

/**
 * focal_graph_get_issues:
 * @self: a graph
 *
 * Gets the issues of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Issue]
 */
GListModel *
focal_graph_get_issues (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->issues);
}

/**
 * focal_graph_get_positions:
 * @self: a graph
 *
 * Gets the positions of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Position]
 */
GListModel *
focal_graph_get_positions (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->positions);
}

/**
 * focal_graph_get_events:
 * @self: a graph
 *
 * Gets the events of the graph, single encounters and aggregates, in the
 * order they were added.
 *
 * Returns: (transfer none): a list model of [class@Event]
 */
GListModel *
focal_graph_get_events (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->events);
}

/**
 * focal_graph_get_links:
 * @self: a graph
 *
 * Gets the links of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Link]
 */
GListModel *
focal_graph_get_links (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->links);
}

/**
 * focal_graph_get_sources:
 * @self: a graph
 *
 * Gets the graph's source registry, in the order sources were added.
 *
 * Returns: (transfer none): a list model of [class@Source]
 */
GListModel *
focal_graph_get_sources (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->source_store);
}

/**
 * focal_graph_get_n_entities: (get-property n-entities)
 * @self: a graph
 *
 * Counts the entities of every kind in the graph.
 *
 * Returns: the number of entities
 */
guint
focal_graph_get_n_entities (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), 0);

  return g_hash_table_size (self->entities);
}

static gboolean
focal_graph_link_matches (FocalLink      *link,
                          const char     *id,
                          FocalLinkKind   kind,
                          FocalDirection  direction,
                          FocalDate      *as_of)
{
  FocalLinkKind link_kind = focal_link_get_kind (link);

  if (kind != FOCAL_LINK_KIND_ANY && kind != link_kind)
    return FALSE;

  if (!focal_link_kind_is_symmetric (link_kind))
    {
      gboolean outgoing = g_str_equal (focal_link_get_source_id (link), id);

      if (outgoing && (direction & FOCAL_DIRECTION_OUTGOING) == 0)
        return FALSE;
      if (!outgoing && (direction & FOCAL_DIRECTION_INCOMING) == 0)
        return FALSE;
    }

  return focal_link_is_valid_at (link, as_of);
}

/**
 * focal_graph_dup_links_for:
 * @self: a graph
 * @id: the id of an entity in the graph
 * @kind: the kind of links wanted, or [enum@Focal.LinkKind.ANY]
 * @direction: which ends to follow; symmetric kinds such as `partners-with`
 *   match in either direction
 * @as_of: (nullable): a date or interval the links must overlap, or `NULL`
 *   for links at any time
 * @error: return location for an error
 *
 * Collects the links that touch an entity.
 *
 * A link with no period is taken to hold at every date. Costs O(degree).
 *
 * Returns: (transfer full) (nullable): a list model of [class@Link], or
 *   `NULL` with @error set when @id is unknown
 */
GListModel *
focal_graph_dup_links_for (FocalGraph      *self,
                           const char      *id,
                           FocalLinkKind    kind,
                           FocalDirection   direction,
                           FocalDate       *as_of,
                           GError         **error)
{
  g_autoptr(GListStore) result = NULL;
  GPtrArray *adjacent;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_hash_table_contains (self->entities, id))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "no entity with id \"%s\"", id);
      return NULL;
    }

  result = g_list_store_new (FOCAL_TYPE_LINK);
  adjacent = g_hash_table_lookup (self->adjacency, id);
  for (guint i = 0; adjacent != NULL && i < adjacent->len; i++)
    {
      FocalLink *link = g_ptr_array_index (adjacent, i);

      if (focal_graph_link_matches (link, id, kind, direction, as_of))
        g_list_store_append (result, link);
    }

  return G_LIST_MODEL (g_steal_pointer (&result));
}

/**
 * focal_graph_dup_neighbors:
 * @self: a graph
 * @id: the id of an entity in the graph
 * @kind: the kind of links to follow, or [enum@Focal.LinkKind.ANY]
 * @direction: which ends to follow
 * @as_of: (nullable): a date or interval, or `NULL` for any time
 * @error: return location for an error
 *
 * Collects the entities linked to an entity.
 *
 * With @as_of, only links that hold then are followed, and only neighbours
 * whose own validity overlaps @as_of are kept: "who was the SRE linked to
 * as of 1995". Each neighbour appears once, in the order of the first link
 * that reaches it. Costs O(degree).
 *
 * Returns: (transfer full) (nullable): a list model of [class@Entity], or
 *   `NULL` with @error set when @id is unknown
 */
GListModel *
focal_graph_dup_neighbors (FocalGraph      *self,
                           const char      *id,
                           FocalLinkKind    kind,
                           FocalDirection   direction,
                           FocalDate       *as_of,
                           GError         **error)
{
  g_autoptr(GListModel) links = NULL;
  g_autoptr(GListStore) result = NULL;
  g_autoptr(GHashTable) seen = NULL;
  guint n;

  links = focal_graph_dup_links_for (self, id, kind, direction, as_of, error);
  if (links == NULL)
    return NULL;

  result = g_list_store_new (FOCAL_TYPE_ENTITY);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  n = g_list_model_get_n_items (links);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      const char *other_id = focal_link_get_other_end (link, id);
      FocalEntity *other = g_hash_table_lookup (self->entities, other_id);

      if (other == NULL || !focal_entity_is_valid_at (other, as_of))
        continue;
      if (g_hash_table_add (seen, (gpointer) focal_entity_get_id (other)))
        g_list_store_append (result, other);
    }

  return G_LIST_MODEL (g_steal_pointer (&result));
}

static int
focal_graph_compare_positions (gconstpointer a,
                               gconstpointer b)
{
  FocalDate *da = focal_position_get_date (*(FocalPosition **) a);
  FocalDate *db = focal_position_get_date (*(FocalPosition **) b);

  /* Undated positions come first: nothing says when they held. */
  if (da == NULL || db == NULL)
    return (da != NULL) - (db != NULL);

  return focal_date_compare (da, db);
}

/**
 * focal_graph_dup_positions_for:
 * @self: a graph
 * @actor_id: (nullable): the actor whose positions are wanted, or `NULL`
 *   for every actor
 * @issue_id: (nullable): the issue, or `NULL` for every issue
 *
 * Collects positions, oldest first: with both ids, the history of one
 * actor's stance on one issue.
 *
 * Undated positions come first; positions of the same date keep the order
 * they were added in. Costs O(p log p) for p positions.
 *
 * Returns: (transfer full): a list model of [class@Position]
 */
GListModel *
focal_graph_dup_positions_for (FocalGraph *self,
                               const char *actor_id,
                               const char *issue_id)
{
  g_autoptr(GPtrArray) matches = NULL;
  GListStore *result;
  guint n;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  matches = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->positions));
  for (guint i = 0; i < n; i++)
    {
      FocalPosition *position = g_list_model_get_item (G_LIST_MODEL (self->positions), i);

      if ((actor_id == NULL || g_strcmp0 (focal_position_get_actor_id (position), actor_id) == 0) &&
          (issue_id == NULL || g_strcmp0 (focal_position_get_issue_id (position), issue_id) == 0))
        g_ptr_array_add (matches, position);
      else
        g_object_unref (position);
    }

  g_ptr_array_sort (matches, focal_graph_compare_positions);

  result = g_list_store_new (FOCAL_TYPE_POSITION);
  g_list_store_splice (result, 0, 0, matches->pdata, matches->len);

  return G_LIST_MODEL (result);
}

/**
 * focal_graph_dup_parts:
 * @self: a graph
 * @id: an id
 *
 * Collects the entities whose parent is @id: the actors that are part of
 * an actor, or the totals and encounters nested in an aggregate event.
 *
 * Costs O(parts).
 *
 * Returns: (transfer full): a list model of [class@Entity], possibly empty
 */
GListModel *
focal_graph_dup_parts (FocalGraph *self,
                       const char *id)
{
  GListStore *result;
  GPtrArray *parts;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  result = g_list_store_new (FOCAL_TYPE_ENTITY);
  parts = g_hash_table_lookup (self->parts, id);
  if (parts != NULL)
    g_list_store_splice (result, 0, 0, parts->pdata, parts->len);

  return G_LIST_MODEL (result);
}

/**
 * focal_graph_dup_referrers:
 * @self: a graph
 * @id: an id
 *
 * Collects the entities that refer to @id through their own fields (see
 * [method@Entity.dup_references]); links are not counted.
 *
 * Costs O(n) over the graph's entities.
 *
 * Returns: (transfer full): a list model of [class@Entity], possibly empty
 */
GListModel *
focal_graph_dup_referrers (FocalGraph *self,
                           const char *id)
{
  GListStore *result;
  GListStore *stores[6];

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stores[0] = self->actors;
  stores[1] = self->agreements;
  stores[2] = self->forums;
  stores[3] = self->issues;
  stores[4] = self->positions;
  stores[5] = self->events;

  result = g_list_store_new (FOCAL_TYPE_ENTITY);
  for (guint s = 0; s < G_N_ELEMENTS (stores); s++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (stores[s]));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(FocalEntity) entity = g_list_model_get_item (G_LIST_MODEL (stores[s]), i);
          g_auto(GStrv) references = focal_entity_dup_references (entity);

          if (g_strv_contains ((const char * const *) references, id))
            g_list_store_append (result, entity);
        }
    }

  return G_LIST_MODEL (result);
}
