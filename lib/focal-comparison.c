/* focal-comparison.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-comparison.h"
#include "focal-comparison-private.h"
#include "focal-view-private.h"

#include "focal-actor.h"
#include "focal-enum-types.h"
#include "focal-graph.h"
#include "focal-link.h"

/**
 * FocalComplementarity:
 *
 * What one side of a relationship offers on an issue, and whether the
 * other side seeks it: the paper's third principle, complementarity.
 *
 * Complementarity is recorded as typed facts: an `offers` link
 * ([enum@LinkKind.OFFERS]) or a `seeks` link ([enum@LinkKind.SEEKS]) from
 * an actor to an issue, whose `capacity` attribute names a
 * [enum@Capacity]. [method@View.dup_complementarities] pairs the offers of
 * each side with what the other side seeks:
 *
 * ```c
 * g_autoptr(FocalView) view = focal_view_new (graph);
 * g_autoptr(GError) error = NULL;
 * g_autoptr(GListModel) found = NULL;
 *
 * found = focal_view_dup_complementarities (view, "canada", "mexico", &error);
 * for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
 *   {
 *     g_autoptr(FocalComplementarity) c = g_list_model_get_item (found, i);
 *     g_autofree char *capacity = g_enum_to_string (FOCAL_TYPE_CAPACITY,
 *                                                   focal_complementarity_get_capacity (c));
 *
 *     g_print ("%s offers %s on %s%s\n",
 *              focal_complementarity_get_provider (c), capacity,
 *              focal_complementarity_get_issue_id (c),
 *              focal_complementarity_get_matched (c) ? ", which is sought" : "");
 *   }
 * ```
 *
 * A complementarity is a result: its properties are read-only and it does
 * not follow later changes to the graph.
 */

struct _FocalComplementarity
{
  GObject        parent_instance;

  char          *issue_id;
  char          *provider;
  char          *provider_side;
  char          *seeker;
  FocalCapacity  capacity;
  GListStore    *links;
};

G_DEFINE_FINAL_TYPE (FocalComplementarity, focal_complementarity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ISSUE_ID,
  PROP_PROVIDER,
  PROP_PROVIDER_SIDE,
  PROP_SEEKER,
  PROP_CAPACITY,
  PROP_MATCHED,
  PROP_LINKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Keeps the walk up a chain of parents finite even if a chain loops. */
#define FOCAL_COMPARISON_MAX_DEPTH 4096

FocalEntity *
_focal_comparison_view_lookup (FocalView  *view,
                               const char *id)
{
  FocalEntity *entity = focal_graph_lookup (focal_view_get_graph (view), id);

  if (entity == NULL || !_focal_view_accept_entity (view, entity))
    return NULL;

  return entity;
}

static gboolean
focal_comparison_check_actor (FocalView   *view,
                              const char  *id,
                              GError     **error)
{
  FocalEntity *entity = focal_graph_lookup (focal_view_get_graph (view), id);

  if (entity == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "actor \"%s\" is not in the graph", id);
      return FALSE;
    }

  if (!FOCAL_IS_ACTOR (entity))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "%s \"%s\" is not an actor", focal_entity_get_kind_name (entity), id);
      return FALSE;
    }

  if (!_focal_view_accept_entity (view, entity))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "actor \"%s\" is not in the view", id);
      return FALSE;
    }

  return TRUE;
}

/* Whether the chain of parents above an actor (the actor excluded) reaches
 * another actor. */
static gboolean
focal_comparison_is_part_of (FocalGraph *graph,
                             const char *part_id,
                             const char *whole_id)
{
  FocalEntity *entity = focal_graph_lookup (graph, part_id);

  for (guint depth = 0; FOCAL_IS_ACTOR (entity) && depth < FOCAL_COMPARISON_MAX_DEPTH; depth++)
    {
      const char *parent = focal_actor_get_parent_id (FOCAL_ACTOR (entity));

      if (parent == NULL)
        return FALSE;
      if (g_str_equal (parent, whole_id))
        return TRUE;
      entity = focal_graph_lookup (graph, parent);
    }

  return FALSE;
}

gboolean
_focal_comparison_sides_init (FocalSides  *sides,
                              FocalView   *view,
                              const char  *actor_a,
                              const char  *actor_b,
                              GError     **error)
{
  FocalGraph *graph = focal_view_get_graph (view);

  if (!focal_comparison_check_actor (view, actor_a, error) ||
      !focal_comparison_check_actor (view, actor_b, error))
    return FALSE;

  if (g_str_equal (actor_a, actor_b))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                   "both sides are the same actor \"%s\"", actor_a);
      return FALSE;
    }

  if (focal_comparison_is_part_of (graph, actor_a, actor_b) ||
      focal_comparison_is_part_of (graph, actor_b, actor_a))
    {
      gboolean a_in_b = focal_comparison_is_part_of (graph, actor_a, actor_b);

      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                   "actor \"%s\" is a part of \"%s\": the two sides overlap",
                   a_in_b ? actor_a : actor_b, a_in_b ? actor_b : actor_a);
      return FALSE;
    }

  sides->view = view;
  sides->graph = graph;
  sides->ids[FOCAL_SIDE_A] = actor_a;
  sides->ids[FOCAL_SIDE_B] = actor_b;
  sides->memo = g_hash_table_new (g_str_hash, g_str_equal);

  return TRUE;
}

void
_focal_comparison_sides_clear (FocalSides *sides)
{
  g_clear_pointer (&sides->memo, g_hash_table_unref);
}

/* Walks up from actor_id until it meets a side's actor, an actor already
 * walked, or the top of the chain, then remembers the answer for every
 * actor on the way. */
FocalSide
_focal_comparison_side_of (FocalSides *sides,
                           const char *actor_id)
{
  g_autoptr(GPtrArray) walked = g_ptr_array_new ();
  FocalSide side = FOCAL_SIDE_NONE;
  const char *id = actor_id;

  for (guint depth = 0; id != NULL && depth < FOCAL_COMPARISON_MAX_DEPTH; depth++)
    {
      FocalEntity *entity;
      gpointer memo;

      if (g_str_equal (id, sides->ids[FOCAL_SIDE_A]))
        {
          side = FOCAL_SIDE_A;
          break;
        }
      if (g_str_equal (id, sides->ids[FOCAL_SIDE_B]))
        {
          side = FOCAL_SIDE_B;
          break;
        }

      memo = g_hash_table_lookup (sides->memo, id);
      if (memo != NULL)
        {
          side = GPOINTER_TO_INT (memo) - 2;
          break;
        }

      entity = focal_graph_lookup (sides->graph, id);
      if (!FOCAL_IS_ACTOR (entity))
        break;

      /* Keys are borrowed from the graph's entities, which outlive sides. */
      g_ptr_array_add (walked, (gpointer) focal_entity_get_id (entity));
      id = focal_actor_get_parent_id (FOCAL_ACTOR (entity));
    }

  for (guint i = 0; i < walked->len; i++)
    g_hash_table_insert (sides->memo, g_ptr_array_index (walked, i), GINT_TO_POINTER (side + 2));

  return side;
}

static void
focal_complementarity_dispose (GObject *object)
{
  FocalComplementarity *self = FOCAL_COMPLEMENTARITY (object);

  g_clear_object (&self->links);

  G_OBJECT_CLASS (focal_complementarity_parent_class)->dispose (object);
}

static void
focal_complementarity_finalize (GObject *object)
{
  FocalComplementarity *self = FOCAL_COMPLEMENTARITY (object);

  g_clear_pointer (&self->issue_id, g_free);
  g_clear_pointer (&self->provider, g_free);
  g_clear_pointer (&self->provider_side, g_free);
  g_clear_pointer (&self->seeker, g_free);

  G_OBJECT_CLASS (focal_complementarity_parent_class)->finalize (object);
}

static void
focal_complementarity_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  FocalComplementarity *self = FOCAL_COMPLEMENTARITY (object);

  switch (prop_id)
    {
    case PROP_ISSUE_ID:
      g_value_set_string (value, focal_complementarity_get_issue_id (self));
      break;

    case PROP_PROVIDER:
      g_value_set_string (value, focal_complementarity_get_provider (self));
      break;

    case PROP_PROVIDER_SIDE:
      g_value_set_string (value, focal_complementarity_get_provider_side (self));
      break;

    case PROP_SEEKER:
      g_value_set_string (value, focal_complementarity_get_seeker (self));
      break;

    case PROP_CAPACITY:
      g_value_set_enum (value, focal_complementarity_get_capacity (self));
      break;

    case PROP_MATCHED:
      g_value_set_boolean (value, focal_complementarity_get_matched (self));
      break;

    case PROP_LINKS:
      g_value_set_object (value, focal_complementarity_get_links (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_complementarity_class_init (FocalComplementarityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = focal_complementarity_dispose;
  object_class->finalize = focal_complementarity_finalize;
  object_class->get_property = focal_complementarity_get_property;

  /**
   * FocalComplementarity:issue-id: (getter get_issue_id)
   *
   * The id of the issue on which something is offered.
   */
  properties[PROP_ISSUE_ID] =
    g_param_spec_string ("issue-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalComplementarity:provider: (getter get_provider)
   *
   * The id of the actor that offers: the source of the `offers` links,
   * which is a side's actor or one of its parts (Elections Canada for
   * Canada).
   */
  properties[PROP_PROVIDER] =
    g_param_spec_string ("provider", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalComplementarity:provider-side: (getter get_provider_side)
   *
   * The id of the side the provider is on: one of the two actors given to
   * [method@View.dup_complementarities].
   */
  properties[PROP_PROVIDER_SIDE] =
    g_param_spec_string ("provider-side", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalComplementarity:seeker: (getter get_seeker)
   *
   * The id of the actor of the other side that seeks the same capacity on
   * the same issue (the first such `seeks` link's source), or `NULL` when
   * the other side does not explicitly seek it.
   */
  properties[PROP_SEEKER] =
    g_param_spec_string ("seeker", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalComplementarity:capacity: (getter get_capacity)
   *
   * What is offered.
   */
  properties[PROP_CAPACITY] =
    g_param_spec_enum ("capacity", NULL, NULL,
                       FOCAL_TYPE_CAPACITY,
                       FOCAL_CAPACITY_EXPERTISE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalComplementarity:matched: (getter get_matched)
   *
   * Whether the other side seeks what is offered: `TRUE` exactly when
   * [property@Complementarity:seeker] is set.
   */
  properties[PROP_MATCHED] =
    g_param_spec_boolean ("matched", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalComplementarity:links: (getter get_links)
   *
   * The facts behind the complementarity, a list model of [class@Link]:
   * the provider's `offers` links, then the other side's matching `seeks`
   * links, in graph order.
   */
  properties[PROP_LINKS] =
    g_param_spec_object ("links", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_complementarity_init (FocalComplementarity *self)
{
  self->links = g_list_store_new (FOCAL_TYPE_LINK);
}

/**
 * focal_complementarity_get_issue_id: (get-property issue-id)
 * @self: a complementarity
 *
 * Gets the id of the issue on which something is offered.
 *
 * Returns: (transfer none) (nullable): the issue's id
 */
const char *
focal_complementarity_get_issue_id (FocalComplementarity *self)
{
  g_return_val_if_fail (FOCAL_IS_COMPLEMENTARITY (self), NULL);

  return self->issue_id;
}

/**
 * focal_complementarity_get_provider: (get-property provider)
 * @self: a complementarity
 *
 * Gets the id of the actor that offers.
 *
 * Returns: (transfer none) (nullable): the provider's id
 */
const char *
focal_complementarity_get_provider (FocalComplementarity *self)
{
  g_return_val_if_fail (FOCAL_IS_COMPLEMENTARITY (self), NULL);

  return self->provider;
}

/**
 * focal_complementarity_get_provider_side: (get-property provider-side)
 * @self: a complementarity
 *
 * Gets the id of the side the provider is on.
 *
 * Returns: (transfer none) (nullable): one of the two actors compared
 */
const char *
focal_complementarity_get_provider_side (FocalComplementarity *self)
{
  g_return_val_if_fail (FOCAL_IS_COMPLEMENTARITY (self), NULL);

  return self->provider_side;
}

/**
 * focal_complementarity_get_seeker: (get-property seeker)
 * @self: a complementarity
 *
 * Gets the id of the actor of the other side that seeks what is offered.
 *
 * Returns: (transfer none) (nullable): the seeker's id, or `NULL` when the
 *   other side does not explicitly seek it
 */
const char *
focal_complementarity_get_seeker (FocalComplementarity *self)
{
  g_return_val_if_fail (FOCAL_IS_COMPLEMENTARITY (self), NULL);

  return self->seeker;
}

/**
 * focal_complementarity_get_capacity: (get-property capacity)
 * @self: a complementarity
 *
 * Gets what is offered.
 *
 * Returns: the capacity
 */
FocalCapacity
focal_complementarity_get_capacity (FocalComplementarity *self)
{
  g_return_val_if_fail (FOCAL_IS_COMPLEMENTARITY (self), FOCAL_CAPACITY_EXPERTISE);

  return self->capacity;
}

/**
 * focal_complementarity_get_matched: (get-property matched)
 * @self: a complementarity
 *
 * Tells whether the other side seeks what is offered.
 *
 * Returns: `TRUE` if the offer is matched by a `seeks` link of the other
 *   side
 */
gboolean
focal_complementarity_get_matched (FocalComplementarity *self)
{
  g_return_val_if_fail (FOCAL_IS_COMPLEMENTARITY (self), FALSE);

  return self->seeker != NULL;
}

/**
 * focal_complementarity_get_links: (get-property links)
 * @self: a complementarity
 *
 * Gets the facts behind the complementarity: the offers, then the matching
 * seeks.
 *
 * Returns: (transfer none): a list model of [class@Link]
 */
GListModel *
focal_complementarity_get_links (FocalComplementarity *self)
{
  g_return_val_if_fail (FOCAL_IS_COMPLEMENTARITY (self), NULL);

  return G_LIST_MODEL (self->links);
}

static const char *
focal_comparison_link_kind_nick (FocalLinkKind kind)
{
  GEnumClass *klass = g_type_class_ref (FOCAL_TYPE_LINK_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_type_class_unref (klass);

  return value != NULL ? value->value_nick : "?";
}

/* Reads the capacity attribute of an offers or seeks link. */
static gboolean
focal_comparison_link_capacity (FocalLink      *link,
                                FocalCapacity  *capacity,
                                GError        **error)
{
  const char *text = focal_link_get_attribute (link, "capacity");
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  if (text == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD,
                   "link %s → %s (%s): no \"capacity\" attribute",
                   focal_link_get_source_id (link), focal_link_get_target_id (link),
                   focal_comparison_link_kind_nick (focal_link_get_kind (link)));
      return FALSE;
    }

  klass = g_type_class_ref (FOCAL_TYPE_CAPACITY);
  value = g_enum_get_value_by_nick (klass, text);
  if (value == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                   "link %s → %s (%s): capacity \"%s\" is not one of "
                   "expertise, access, capacity, funding",
                   focal_link_get_source_id (link), focal_link_get_target_id (link),
                   focal_comparison_link_kind_nick (focal_link_get_kind (link)), text);
      return FALSE;
    }

  *capacity = value->value;
  return TRUE;
}

typedef struct
{
  FocalLink     *link;       /* borrowed from the view's list */
  FocalSide      side;
  FocalCapacity  capacity;
} FocalComparisonFact;

/* A key that joins an issue, an actor or side, and a capacity. */
static char *
focal_comparison_key (const char    *issue_id,
                      const char    *who,
                      FocalCapacity  capacity)
{
  return g_strdup_printf ("%s\x1f%s\x1f%d", issue_id, who, capacity);
}

/* Sorts the view's offers and seeks links of either side into facts:
 * offers in graph order, seeks indexed by (issue, side, capacity). */
static gboolean
focal_comparison_collect (FocalSides  *sides,
                          GListModel  *links,
                          GArray      *offers,
                          GHashTable  *seeks,
                          GError     **error)
{
  guint n = g_list_model_get_n_items (links);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      FocalLinkKind kind = focal_link_get_kind (link);
      FocalComparisonFact fact = { link, FOCAL_SIDE_NONE, FOCAL_CAPACITY_EXPERTISE };
      GPtrArray *matching;
      char *key;

      if (kind != FOCAL_LINK_KIND_OFFERS && kind != FOCAL_LINK_KIND_SEEKS)
        continue;

      fact.side = _focal_comparison_side_of (sides, focal_link_get_source_id (link));
      if (fact.side == FOCAL_SIDE_NONE)
        continue;

      if (!focal_comparison_link_capacity (link, &fact.capacity, error))
        return FALSE;

      if (kind == FOCAL_LINK_KIND_OFFERS)
        {
          g_array_append_val (offers, fact);
          continue;
        }

      key = focal_comparison_key (focal_link_get_target_id (link), sides->ids[fact.side],
                                  fact.capacity);
      matching = g_hash_table_lookup (seeks, key);
      if (matching == NULL)
        {
          matching = g_ptr_array_new ();
          g_hash_table_insert (seeks, key, matching);
        }
      else
        {
          g_free (key);
        }
      g_ptr_array_add (matching, link);
    }

  return TRUE;
}

/* Makes the complementarity of one offer; the seeks are those of the other
 * side on the same issue with the same capacity, or NULL. */
static FocalComplementarity *
focal_comparison_new_result (FocalSides          *sides,
                             FocalComparisonFact *offer,
                             GPtrArray           *seeks)
{
  FocalComplementarity *result = g_object_new (FOCAL_TYPE_COMPLEMENTARITY, NULL);

  result->issue_id = g_strdup (focal_link_get_target_id (offer->link));
  result->provider = g_strdup (focal_link_get_source_id (offer->link));
  result->provider_side = g_strdup (sides->ids[offer->side]);
  result->capacity = offer->capacity;
  if (seeks != NULL && seeks->len > 0)
    result->seeker = g_strdup (focal_link_get_source_id (g_ptr_array_index (seeks, 0)));

  return result;
}

/**
 * focal_view_dup_complementarities:
 * @self: a view
 * @actor_a: the id of the actor of one side, such as `"canada"`
 * @actor_b: the id of the actor of the other side, such as `"mexico"`
 * @error: return location for an error
 *
 * Pairs what each side offers with what the other side seeks.
 *
 * The facts are the view's links of kinds [enum@LinkKind.OFFERS] and
 * [enum@LinkKind.SEEKS], from an actor to an issue, whose `capacity`
 * attribute is the nick of a [enum@Capacity]. An actor's facts count for a
 * side when the actor is the side's actor or one of its parts: its chain
 * of parents ([property@Actor:parent-id]) reaches the side's actor, so an
 * offer by Elections Canada counts for Canada. Facts of actors of neither
 * side are left out.
 *
 * There is one [class@Complementarity] for each provider, issue and
 * capacity that a side offers. It is *matched* when the other side seeks
 * the same capacity on the same issue; an offer that the other side does
 * not explicitly seek is still listed, unmatched, with no seeker, so that
 * the result shows both what fits and what is on offer without a taker.
 * What one side seeks and the other does not offer is not listed. The
 * results come in the order of their first `offers` link in the graph.
 *
 * An id that the graph does not hold, or that the view leaves out, is
 * [error@Focal.Error.UNKNOWN_ID]; an entity that is not an actor is
 * [error@Focal.Error.WRONG_KIND]; the same actor twice, or an actor that is
 * a part of the other, is [error@Focal.Error.INVALID_VALUE]. An `offers` or
 * `seeks` link of either side without a `capacity` attribute is
 * [error@Focal.Error.MISSING_FIELD], and one whose capacity is not a known
 * nick is [error@Focal.Error.INVALID_VALUE].
 *
 * Costs O(n + m) for the n entities and m links of the view's graph, each
 * actor's chain of parents being walked once.
 *
 * Returns: (transfer full) (nullable): a list model of
 *   [class@Complementarity], or `NULL` with @error set
 */
GListModel *
focal_view_dup_complementarities (FocalView   *self,
                                  const char  *actor_a,
                                  const char  *actor_b,
                                  GError     **error)
{
  g_autoptr(GListModel) links = NULL;
  g_autoptr(GArray) offers = NULL;
  g_autoptr(GHashTable) seeks = NULL;
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GListStore) result = NULL;
  FocalSides sides;
  gboolean ok;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (actor_a != NULL, NULL);
  g_return_val_if_fail (actor_b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_focal_comparison_sides_init (&sides, self, actor_a, actor_b, error))
    return NULL;

  links = focal_view_dup_links (self);
  offers = g_array_new (FALSE, FALSE, sizeof (FocalComparisonFact));
  seeks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                 (GDestroyNotify) g_ptr_array_unref);
  ok = focal_comparison_collect (&sides, links, offers, seeks, error);
  if (!ok)
    {
      _focal_comparison_sides_clear (&sides);
      return NULL;
    }

  result = g_list_store_new (FOCAL_TYPE_COMPLEMENTARITY);
  groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < offers->len; i++)
    {
      FocalComparisonFact *offer = &g_array_index (offers, FocalComparisonFact, i);
      const char *issue_id = focal_link_get_target_id (offer->link);
      g_autofree char *group_key = focal_comparison_key (issue_id,
                                                         focal_link_get_source_id (offer->link),
                                                         offer->capacity);
      g_autofree char *seek_key = focal_comparison_key (issue_id,
                                                        sides.ids[1 - offer->side],
                                                        offer->capacity);
      GPtrArray *matching = g_hash_table_lookup (seeks, seek_key);
      FocalComplementarity *item = g_hash_table_lookup (groups, group_key);

      if (item == NULL)
        {
          item = focal_comparison_new_result (&sides, offer, matching);
          g_hash_table_insert (groups, g_steal_pointer (&group_key), item);
          g_list_store_append (result, item);
          g_object_unref (item);  /* the store holds it */
        }
      g_list_store_append (item->links, offer->link);
    }

  /* The matching seeks come after all the offers of their group. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (result)); i++)
    {
      g_autoptr(FocalComplementarity) item = g_list_model_get_item (G_LIST_MODEL (result), i);
      g_autofree char *seek_key = NULL;
      FocalSide other;
      GPtrArray *matching;

      other = g_str_equal (item->provider_side, actor_a) ? FOCAL_SIDE_B : FOCAL_SIDE_A;
      seek_key = focal_comparison_key (item->issue_id, sides.ids[other], item->capacity);
      matching = g_hash_table_lookup (seeks, seek_key);
      if (matching != NULL)
        g_list_store_splice (item->links, g_list_model_get_n_items (G_LIST_MODEL (item->links)),
                             0, matching->pdata, matching->len);
    }

  _focal_comparison_sides_clear (&sides);

  return G_LIST_MODEL (g_steal_pointer (&result));
}
