/* focal-inventory.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-inventory.h"

#include "focal-actor.h"
#include "focal-agreement.h"
#include "focal-date.h"
#include "focal-entity.h"
#include "focal-enum-types.h"
#include "focal-event.h"
#include "focal-forum.h"
#include "focal-graph.h"
#include "focal-issue.h"
#include "focal-link.h"
#include "focal-position.h"
#include "focal-view-private.h"

/**
 * FocalTally:
 *
 * One row of an inventory: how many entities and links of a view fall
 * under one key of a [enum@InventoryDimension].
 *
 * The paper calls the relationship "atomized" and "difficult to grasp in
 * its totality"; [method@View.dup_inventory] takes stock of all of it at
 * once, broken down by level of government, sector, kind, pair of
 * countries or decade.
 *
 * ```c
 * g_autoptr(FocalView) view = focal_view_new (graph);
 * g_autoptr(GListModel) rows = NULL;
 *
 * rows = focal_view_dup_inventory (view, FOCAL_INVENTORY_DIMENSION_LEVEL);
 * for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
 *   {
 *     g_autoptr(FocalTally) row = g_list_model_get_item (rows, i);
 *
 *     g_print ("%-18s %4u actors %4u links\n", focal_tally_get_key (row),
 *              focal_tally_get_entities (row), focal_tally_get_links (row));
 *   }
 * ```
 *
 * A tally never changes after the inventory that made it.
 */

struct _FocalTally
{
  GObject  parent_instance;

  char    *key;
  guint    entities;
  guint    links;
};

G_DEFINE_FINAL_TYPE (FocalTally, focal_tally, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_ENTITIES,
  PROP_LINKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static FocalTally *
focal_tally_new (const char *key)
{
  FocalTally *self = g_object_new (FOCAL_TYPE_TALLY, NULL);

  self->key = g_strdup (key);

  return self;
}

static int
focal_tally_compare (gconstpointer a,
                     gconstpointer b)
{
  FocalTally *ta = *(FocalTally **) a;
  FocalTally *tb = *(FocalTally **) b;

  if (ta->entities != tb->entities)
    return ta->entities > tb->entities ? -1 : 1;

  return strcmp (ta->key, tb->key);
}

static const char *
focal_inventory_nick (GType enum_type,
                      int   value)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);
  const char *nick = enum_value != NULL ? enum_value->value_nick : "unknown";

  /* The nicks are static strings of the generated enum types. */
  g_type_class_unref (klass);

  return nick;
}

/* The start of @date, or NULL when @date is NULL or an interval whose start
 * is open or unknown. */
static FocalDate *
focal_inventory_start (FocalDate *date)
{
  return date != NULL ? focal_date_get_start (date) : NULL;
}

/* The step date of @agreement that starts first, or NULL. */
static FocalDate *
focal_inventory_first_step (FocalAgreement *agreement)
{
  FocalDate *best = NULL;

  for (int step = FOCAL_AGREEMENT_STATUS_PROPOSED; step <= FOCAL_AGREEMENT_STATUS_WITHDRAWN; step++)
    {
      FocalDate *date = focal_agreement_get_step_date (agreement, step);
      FocalDate *start = focal_inventory_start (date);

      if (start != NULL &&
          (best == NULL ||
           focal_date_get_first_day (start) < focal_date_get_first_day (focal_inventory_start (best))))
        best = date;
    }

  return best;
}

static char *
focal_inventory_decade_of (FocalDate *date)
{
  FocalDate *start = focal_inventory_start (date);

  if (start == NULL)
    return NULL;

  /* The first year covered: 1990 for 199X. */
  return g_strdup_printf ("%ds", focal_date_get_year (start) / 10 * 10);
}

static char *
focal_inventory_entity_decade (FocalEntity *entity)
{
  FocalDate *own = NULL;
  char *decade = NULL;

  if (FOCAL_IS_AGREEMENT (entity))
    own = focal_inventory_first_step (FOCAL_AGREEMENT (entity));
  else if (FOCAL_IS_FORUM (entity))
    own = focal_forum_get_founded (FOCAL_FORUM (entity));
  else if (FOCAL_IS_POSITION (entity))
    own = focal_position_get_date (FOCAL_POSITION (entity));
  else if (FOCAL_IS_EVENT (entity))
    own = focal_event_get_date (FOCAL_EVENT (entity));

  decade = focal_inventory_decade_of (own);
  if (decade == NULL)
    decade = focal_inventory_decade_of (focal_entity_get_valid (entity));

  return decade != NULL ? decade : g_strdup ("undated");
}

static char *
focal_inventory_entity_kind (FocalEntity *entity)
{
  const char *kind_name = focal_entity_get_kind_name (entity);
  const char *nick = NULL;

  if (FOCAL_IS_ACTOR (entity))
    nick = focal_inventory_nick (FOCAL_TYPE_ACTOR_KIND, focal_actor_get_kind (FOCAL_ACTOR (entity)));
  else if (FOCAL_IS_AGREEMENT (entity))
    nick = focal_inventory_nick (FOCAL_TYPE_AGREEMENT_KIND,
                                 focal_agreement_get_kind (FOCAL_AGREEMENT (entity)));
  else if (FOCAL_IS_FORUM (entity))
    nick = focal_inventory_nick (FOCAL_TYPE_FORUM_KIND, focal_forum_get_kind (FOCAL_FORUM (entity)));
  else if (FOCAL_IS_ISSUE (entity))
    nick = focal_inventory_nick (FOCAL_TYPE_ISSUE_AREA, focal_issue_get_area (FOCAL_ISSUE (entity)));
  else if (FOCAL_IS_EVENT (entity))
    nick = focal_inventory_nick (FOCAL_TYPE_EVENT_KIND, focal_event_get_kind (FOCAL_EVENT (entity)));

  if (nick == NULL)
    return g_strdup (kind_name);

  return g_strconcat (kind_name, ":", nick, NULL);
}

/* Appends to @keys (owned strings) the keys @entity falls under. The
 * country-pair dimension has none for entities. */
static void
focal_inventory_entity_keys (FocalEntity             *entity,
                             FocalInventoryDimension  dimension,
                             GPtrArray               *keys)
{
  const char * const *tags;

  switch (dimension)
    {
    case FOCAL_INVENTORY_DIMENSION_LEVEL:
      if (FOCAL_IS_ACTOR (entity))
        g_ptr_array_add (keys, g_strdup (focal_inventory_nick (FOCAL_TYPE_LEVEL,
                                                               focal_actor_get_level (FOCAL_ACTOR (entity)))));
      break;

    case FOCAL_INVENTORY_DIMENSION_SECTOR:
      tags = focal_entity_get_tags (entity);
      for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
        g_ptr_array_add (keys, g_strdup (tags[i]));
      break;

    case FOCAL_INVENTORY_DIMENSION_KIND:
      g_ptr_array_add (keys, focal_inventory_entity_kind (entity));
      break;

    case FOCAL_INVENTORY_DIMENSION_COUNTRY_PAIR:
      break;

    case FOCAL_INVENTORY_DIMENSION_DECADE:
      g_ptr_array_add (keys, focal_inventory_entity_decade (entity));
      break;

    default:
      g_assert_not_reached ();
    }
}

static char *
focal_inventory_country_pair (FocalEntity *source,
                              FocalEntity *target)
{
  const char *a, *b;

  if (!FOCAL_IS_ACTOR (source) || !FOCAL_IS_ACTOR (target))
    return NULL;

  a = focal_actor_get_country (FOCAL_ACTOR (source));
  b = focal_actor_get_country (FOCAL_ACTOR (target));
  if (a == NULL || b == NULL || strlen (a) < 2 || strlen (b) < 2)
    return NULL;

  if (strncmp (a, b, 2) > 0)
    {
      const char *swap = a;

      a = b;
      b = swap;
    }

  return g_strdup_printf ("%.2s-%.2s", a, b);
}

static gboolean
focal_inventory_keys_contain (GPtrArray  *keys,
                              guint       n,
                              const char *key)
{
  for (guint i = 0; i < n; i++)
    {
      if (strcmp (g_ptr_array_index (keys, i), key) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Appends to @keys the keys @link falls under, each once. */
static void
focal_inventory_link_keys (FocalGraph              *graph,
                           FocalLink               *link,
                           FocalInventoryDimension  dimension,
                           GPtrArray               *keys)
{
  FocalEntity *source = focal_graph_lookup (graph, focal_link_get_source_id (link));
  FocalEntity *target = focal_graph_lookup (graph, focal_link_get_target_id (link));
  char *key = NULL;
  guint n_source;

  switch (dimension)
    {
    case FOCAL_INVENTORY_DIMENSION_LEVEL:
    case FOCAL_INVENTORY_DIMENSION_SECTOR:
      focal_inventory_entity_keys (source, dimension, keys);
      n_source = keys->len;
      focal_inventory_entity_keys (target, dimension, keys);
      for (guint i = keys->len; i > n_source; i--)
        {
          if (focal_inventory_keys_contain (keys, n_source, g_ptr_array_index (keys, i - 1)))
            g_ptr_array_remove_index (keys, i - 1);
        }
      return;

    case FOCAL_INVENTORY_DIMENSION_KIND:
      key = g_strconcat ("link:", focal_inventory_nick (FOCAL_TYPE_LINK_KIND,
                                                        focal_link_get_kind (link)), NULL);
      break;

    case FOCAL_INVENTORY_DIMENSION_COUNTRY_PAIR:
      key = focal_inventory_country_pair (source, target);
      break;

    case FOCAL_INVENTORY_DIMENSION_DECADE:
      key = focal_inventory_decade_of (focal_link_get_period (link));
      if (key == NULL)
        key = g_strdup ("undated");
      break;

    default:
      g_assert_not_reached ();
    }

  if (key != NULL)
    g_ptr_array_add (keys, key);
}

static void
focal_inventory_count (GHashTable *rows,
                       GPtrArray  *keys,
                       gboolean    is_link)
{
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      FocalTally *row = g_hash_table_lookup (rows, key);

      if (row == NULL)
        {
          row = focal_tally_new (key);
          g_hash_table_insert (rows, row->key, row);
        }

      if (is_link)
        row->links++;
      else
        row->entities++;
    }

  g_ptr_array_set_size (keys, 0);
}

static void
focal_tally_finalize (GObject *object)
{
  FocalTally *self = FOCAL_TALLY (object);

  g_clear_pointer (&self->key, g_free);

  G_OBJECT_CLASS (focal_tally_parent_class)->finalize (object);
}

static void
focal_tally_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FocalTally *self = FOCAL_TALLY (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, focal_tally_get_key (self));
      break;

    case PROP_ENTITIES:
      g_value_set_uint (value, focal_tally_get_entities (self));
      break;

    case PROP_LINKS:
      g_value_set_uint (value, focal_tally_get_links (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_tally_class_init (FocalTallyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = focal_tally_finalize;
  object_class->get_property = focal_tally_get_property;

  /**
   * FocalTally:key: (getter get_key)
   *
   * What the row counts: a level, a tag, a kind, a pair of countries or a
   * decade, as listed under [enum@InventoryDimension] and
   * [method@View.dup_inventory].
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalTally:entities: (getter get_entities)
   *
   * The number of entities of the view under [property@Tally:key].
   */
  properties[PROP_ENTITIES] =
    g_param_spec_uint ("entities", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalTally:links: (getter get_links)
   *
   * The number of links of the view under [property@Tally:key].
   */
  properties[PROP_LINKS] =
    g_param_spec_uint ("links", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_tally_init (FocalTally *self)
{
}

/**
 * focal_tally_get_key: (get-property key)
 * @self: a tally
 *
 * Gets what the row counts.
 *
 * Returns: (transfer none): the key, such as `"federal"`, `"actor:agency"`,
 *   `"CA-MX"` or `"1990s"`
 */
const char *
focal_tally_get_key (FocalTally *self)
{
  g_return_val_if_fail (FOCAL_IS_TALLY (self), NULL);

  return self->key;
}

/**
 * focal_tally_get_entities: (get-property entities)
 * @self: a tally
 *
 * Gets the number of entities under the key.
 *
 * Returns: the number of entities, 0 for a row of links only
 */
guint
focal_tally_get_entities (FocalTally *self)
{
  g_return_val_if_fail (FOCAL_IS_TALLY (self), 0);

  return self->entities;
}

/**
 * focal_tally_get_links: (get-property links)
 * @self: a tally
 *
 * Gets the number of links under the key.
 *
 * Returns: the number of links
 */
guint
focal_tally_get_links (FocalTally *self)
{
  g_return_val_if_fail (FOCAL_IS_TALLY (self), 0);

  return self->links;
}

/**
 * focal_view_dup_inventory:
 * @self: a view
 * @dimension: how to break the view down
 *
 * Takes stock of the whole relationship a view shows: how many entities
 * and links fall under each key of @dimension.
 *
 * The keys are:
 *
 * - [enum@InventoryDimension.LEVEL]: the nick of an actor's effective level
 *   ([property@Actor:level]: `"federal"`, `"subnational"`, `"personal"` …).
 *   Only actors are counted as entities. A link counts once under the level
 *   of each of its ends that is an actor, so a link between a federal and a
 *   municipal actor counts under both, and one between two federal actors
 *   once.
 * - [enum@InventoryDimension.SECTOR]: the tags of entities. An entity counts
 *   once under each of its tags, and not at all when it has none. A link
 *   counts once under each tag that either of its ends has.
 * - [enum@InventoryDimension.KIND]: the kind name of an entity, a colon and
 *   the nick of its own kind: `"actor:agency"`, `"agreement:treaty"`,
 *   `"forum:working-group"`, `"event:meeting"`, and for issues their area,
 *   `"issue:security"`. Positions have no kind of their own and count as
 *   `"position"`. A link counts as `"link:"` and the nick of its kind,
 *   `"link:cooperates-with"`.
 * - [enum@InventoryDimension.COUNTRY_PAIR]: links between two actors that
 *   both have a country, under the two-letter country prefixes of their ends
 *   in alphabetical order joined by a hyphen: a link from `"MX-JAL"` to
 *   `"CA-AB"` counts as `"CA-MX"`, one inside Canada as `"CA-CA"`. Other
 *   links and all entities are not counted, so every row has 0 entities.
 * - [enum@InventoryDimension.DECADE]: the decade of the first year in which
 *   a date starts, such as `"1990s"`, or `"undated"`. The date of an entity
 *   is, for an agreement, its step date ([method@Agreement.get_step_date])
 *   that starts first; for a forum its [property@Forum:founded]; for a
 *   position its [property@Position:date]; for an event its
 *   [property@Event:date]; and for an actor or an issue none of its own.
 *   When that date is missing, or is an interval whose start is open or
 *   unknown (`../2004`), the entity's [property@Entity:valid] is used in
 *   the same way, and failing that it is `"undated"`. A link uses its
 *   [property@Link:period] alike. A year with unspecified digits starts
 *   in its first year: `199X` is in the 1990s.
 *
 * Rows are sorted by decreasing number of entities, then by key in byte
 * order; only keys with at least one entity or link appear. The entities
 * and links counted are those of [method@View.dup_entities] and
 * [method@View.dup_links].
 *
 * Costs O(n + m) for the n entities and m links of the graph, times the
 * number of tags per entity for [enum@InventoryDimension.SECTOR], plus
 * O(r log r) to sort the r rows.
 *
 * Returns: (transfer full): a list model of [class@Tally]
 */
GListModel *
focal_view_dup_inventory (FocalView               *self,
                          FocalInventoryDimension  dimension)
{
  g_autoptr(GListModel) entities = NULL;
  g_autoptr(GListModel) links = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  FocalGraph *graph;
  GListStore *result;
  GHashTableIter iter;
  gpointer row;
  guint n;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (dimension <= FOCAL_INVENTORY_DIMENSION_DECADE, NULL);

  graph = focal_view_get_graph (self);
  rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  keys = g_ptr_array_new_with_free_func (g_free);

  entities = focal_view_dup_entities (self);
  n = g_list_model_get_n_items (entities);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalEntity) entity = g_list_model_get_item (entities, i);

      focal_inventory_entity_keys (entity, dimension, keys);
      focal_inventory_count (rows, keys, FALSE);
    }

  links = focal_view_dup_links (self);
  n = g_list_model_get_n_items (links);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);

      focal_inventory_link_keys (graph, link, dimension, keys);
      focal_inventory_count (rows, keys, TRUE);
    }

  sorted = g_ptr_array_new_full (g_hash_table_size (rows), g_object_unref);
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    {
      g_ptr_array_add (sorted, row);
      g_hash_table_iter_steal (&iter);
    }
  g_ptr_array_sort (sorted, focal_tally_compare);

  result = g_list_store_new (FOCAL_TYPE_TALLY);
  g_list_store_splice (result, 0, 0, sorted->pdata, sorted->len);

  return G_LIST_MODEL (result);
}

/**
 * focal_view_count_entities:
 * @self: a view
 *
 * Counts the entities in the view without collecting them: the length of
 * [method@View.dup_entities].
 *
 * Costs O(n) over the graph's entities.
 *
 * Returns: the number of entities in the view
 */
guint
focal_view_count_entities (FocalView *self)
{
  FocalGraph *graph;
  GListModel *models[6];
  guint count = 0;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), 0);

  graph = focal_view_get_graph (self);
  models[0] = focal_graph_get_actors (graph);
  models[1] = focal_graph_get_agreements (graph);
  models[2] = focal_graph_get_forums (graph);
  models[3] = focal_graph_get_issues (graph);
  models[4] = focal_graph_get_positions (graph);
  models[5] = focal_graph_get_events (graph);

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      guint n = g_list_model_get_n_items (models[m]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(FocalEntity) entity = g_list_model_get_item (models[m], i);

          if (_focal_view_accept_entity (self, entity))
            count++;
        }
    }

  return count;
}

/**
 * focal_view_count_links:
 * @self: a view
 *
 * Counts the links in the view without collecting them: the length of
 * [method@View.dup_links].
 *
 * Costs O(n + m) over the graph's entities and links, reading the link
 * table without making link objects.
 *
 * Returns: the number of links in the view
 */
guint
focal_view_count_links (FocalView *self)
{
  g_autofree guint8 *nodes = NULL;
  FocalLinkColumns links;
  guint count = 0;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), 0);

  nodes = _focal_view_dup_node_mask (self);
  _focal_graph_get_link_columns (focal_view_get_graph (self), &links);
  for (guint l = 0; l < links.n_links; l++)
    {
      if (nodes[links.source[l]] && nodes[links.target[l]] &&
          _focal_view_accept_row (self, &links, l))
        count++;
    }

  return count;
}
