/* focal-people.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-people.h"
#include "focal-view-private.h"

#include "focal-actor.h"
#include "focal-enum-types.h"
#include "focal-graph.h"
#include "focal-link.h"
#include "focal-network.h"

/**
 * FocalTie:
 *
 * Two organizations that are connected only through one person.
 *
 * The paper warns that the Canada–Mexico relationship, built on personal
 * exchanges, "is dependent upon the commitment of the people involved".
 * [method@View.dup_person_only_ties] finds where that dependence is
 * sharpest: pairs of bodies whose only connection in the actor network is
 * one person, so that they would lose touch if that person left.
 *
 * ```c
 * g_autoptr(GListModel) ties = focal_view_dup_person_only_ties (view);
 *
 * for (guint i = 0; i < g_list_model_get_n_items (ties); i++)
 *   {
 *     g_autoptr(FocalTie) tie = g_list_model_get_item (ties, i);
 *
 *     g_print ("%s and %s meet only through %s\n",
 *              focal_tie_get_organization_a (tie),
 *              focal_tie_get_organization_b (tie),
 *              focal_tie_get_person (tie));
 *   }
 * ```
 *
 * A tie is a result: its properties are read-only.
 */

/**
 * FocalDeparture:
 *
 * What the departure of one person would do to the actor network of a
 * view: which of the person's links go, and which organizations lose touch.
 *
 * Made by [method@View.simulate_departure]; the graph is not changed.
 *
 * ```c
 * g_autoptr(GError) error = NULL;
 * g_autoptr(FocalDeparture) departure = NULL;
 *
 * departure = focal_view_simulate_departure (view, "paul-martin", &error);
 * if (departure != NULL)
 *   g_print ("%u links go, %u pairs of organizations lose touch\n",
 *            focal_departure_get_links_removed (departure),
 *            focal_departure_get_disconnected_pairs (departure));
 * ```
 *
 * A departure is a result: its properties are read-only.
 */

struct _FocalTie
{
  GObject  parent_instance;

  char    *organization_a;
  char    *organization_b;
  char    *person;
};

G_DEFINE_FINAL_TYPE (FocalTie, focal_tie, G_TYPE_OBJECT)

enum {
  TIE_PROP_0,
  TIE_PROP_ORGANIZATION_A,
  TIE_PROP_ORGANIZATION_B,
  TIE_PROP_PERSON,
  TIE_N_PROPS
};

static GParamSpec *tie_properties[TIE_N_PROPS];

struct _FocalDeparture
{
  GObject     parent_instance;

  char       *person;
  GListStore *links;
  guint       disconnected_pairs;
  guint       components_before;
  guint       components_after;
};

G_DEFINE_FINAL_TYPE (FocalDeparture, focal_departure, G_TYPE_OBJECT)

enum {
  DEPARTURE_PROP_0,
  DEPARTURE_PROP_PERSON,
  DEPARTURE_PROP_LINKS_REMOVED,
  DEPARTURE_PROP_LINKS,
  DEPARTURE_PROP_DISCONNECTED_PAIRS,
  DEPARTURE_PROP_COMPONENTS_BEFORE,
  DEPARTURE_PROP_COMPONENTS_AFTER,
  DEPARTURE_N_PROPS
};

static GParamSpec *departure_properties[DEPARTURE_N_PROPS];

/* The actor network of a view as plain adjacency arrays, with who is a
 * person: a copy of the FocalNetwork snapshot that the algorithms below can
 * walk by index. */
typedef struct
{
  FocalNetwork *network;
  guint         n;
  gint32       *offsets;    /* n + 1: the neighbours of i are at offsets[i] .. */
  gint32       *neighbors;  /* .. offsets[i + 1], in node order */
  gboolean     *is_person;
} FocalPeopleNet;

static gboolean
focal_people_is_person (FocalEntity *entity)
{
  return FOCAL_IS_ACTOR (entity) &&
         focal_actor_get_kind (FOCAL_ACTOR (entity)) == FOCAL_ACTOR_KIND_PERSON;
}

/* Builds the arrays in O(n + m) from the network's neighbour lists. */
static void
focal_people_net_init (FocalPeopleNet *net,
                       FocalView      *view)
{
  FocalGraph *graph = focal_view_get_graph (view);
  GArray *neighbors = g_array_new (FALSE, FALSE, sizeof (gint32));

  net->network = focal_network_new (view, TRUE);
  net->n = focal_network_get_n_nodes (net->network);
  net->offsets = g_new (gint32, net->n + 1);
  net->is_person = g_new0 (gboolean, MAX (net->n, 1));

  for (guint i = 0; i < net->n; i++)
    {
      const char *id = focal_network_get_node_id (net->network, i);
      g_auto(GStrv) ids = focal_network_neighbors (net->network, id, NULL);

      net->is_person[i] = focal_people_is_person (focal_graph_lookup (graph, id));
      net->offsets[i] = neighbors->len;
      for (guint k = 0; ids[k] != NULL; k++)
        {
          guint index = 0;
          gint32 node;

          focal_network_lookup (net->network, ids[k], &index);
          node = index;
          g_array_append_val (neighbors, node);
        }
    }
  net->offsets[net->n] = neighbors->len;
  net->neighbors = (gint32 *) (gpointer) g_array_free (neighbors, FALSE);
}

static void
focal_people_net_clear (FocalPeopleNet *net)
{
  g_clear_object (&net->network);
  g_clear_pointer (&net->offsets, g_free);
  g_clear_pointer (&net->neighbors, g_free);
  g_clear_pointer (&net->is_person, g_free);
}

/* A depth-first search of the whole network: discovery times, low values
 * (the earliest discovery time a subtree reaches by one non-tree edge),
 * tree parents, the last discovery time inside each subtree, and each
 * node's tree children sorted by discovery time. */
typedef struct
{
  gint32 *disc;
  gint32 *low;
  gint32 *parent;
  gint32 *last;
  gint32 *child_offsets;  /* n + 1 */
  gint32 *children;
} FocalPeopleDfs;

static void
focal_people_dfs_from (FocalPeopleNet *net,
                       FocalPeopleDfs *dfs,
                       gint32          root,
                       gint32         *next,
                       gint32         *stack,
                       gint32         *time)
{
  guint depth = 0;

  dfs->disc[root] = dfs->low[root] = (*time)++;
  dfs->parent[root] = -1;
  next[root] = net->offsets[root];
  stack[depth++] = root;

  while (depth > 0)
    {
      gint32 v = stack[depth - 1];
      gint32 w;

      if (next[v] == net->offsets[v + 1])
        {
          depth--;
          dfs->last[v] = *time - 1;
          if (dfs->parent[v] >= 0)
            dfs->low[dfs->parent[v]] = MIN (dfs->low[dfs->parent[v]], dfs->low[v]);
          continue;
        }

      w = net->neighbors[next[v]++];
      if (dfs->disc[w] < 0)
        {
          dfs->disc[w] = dfs->low[w] = (*time)++;
          dfs->parent[w] = v;
          next[w] = net->offsets[w];
          stack[depth++] = w;
        }
      else if (w != dfs->parent[v])
        {
          dfs->low[v] = MIN (dfs->low[v], dfs->disc[w]);
        }
    }
}

static void
focal_people_dfs_init (FocalPeopleDfs *dfs,
                       FocalPeopleNet *net)
{
  guint size = MAX (net->n, 1);
  g_autofree gint32 *next = g_new (gint32, size);
  g_autofree gint32 *stack = g_new (gint32, size);
  g_autofree gint32 *order = g_new (gint32, size);
  g_autofree gint32 *cursor = NULL;
  gint32 time = 0;

  dfs->disc = g_new (gint32, size);
  dfs->low = g_new (gint32, size);
  dfs->parent = g_new (gint32, size);
  dfs->last = g_new (gint32, size);
  dfs->child_offsets = g_new0 (gint32, net->n + 1);
  dfs->children = g_new (gint32, size);

  memset (dfs->disc, 0xff, sizeof (gint32) * net->n);
  for (guint root = 0; root < net->n; root++)
    {
      if (dfs->disc[root] < 0)
        focal_people_dfs_from (net, dfs, root, next, stack, &time);
    }

  /* Children grouped by parent, each group in discovery order. */
  for (guint v = 0; v < net->n; v++)
    {
      order[dfs->disc[v]] = v;
      if (dfs->parent[v] >= 0)
        dfs->child_offsets[dfs->parent[v] + 1]++;
    }
  for (guint v = 0; v < net->n; v++)
    dfs->child_offsets[v + 1] += dfs->child_offsets[v];
  cursor = g_memdup2 (dfs->child_offsets, sizeof (gint32) * (net->n + 1));
  for (guint t = 0; t < net->n; t++)
    {
      gint32 v = order[t];

      if (dfs->parent[v] >= 0)
        dfs->children[cursor[dfs->parent[v]]++] = v;
    }
}

static void
focal_people_dfs_clear (FocalPeopleDfs *dfs)
{
  g_clear_pointer (&dfs->disc, g_free);
  g_clear_pointer (&dfs->low, g_free);
  g_clear_pointer (&dfs->parent, g_free);
  g_clear_pointer (&dfs->last, g_free);
  g_clear_pointer (&dfs->child_offsets, g_free);
  g_clear_pointer (&dfs->children, g_free);
}

/* The child of p whose subtree holds the descendant u: the last child
 * discovered no later than u. O(log children). */
static gint32
focal_people_child_above (FocalPeopleDfs *dfs,
                          gint32          p,
                          gint32          u)
{
  gint32 lo = dfs->child_offsets[p];
  gint32 hi = dfs->child_offsets[p + 1] - 1;

  while (lo < hi)
    {
      gint32 mid = lo + (hi - lo + 1) / 2;

      if (dfs->disc[dfs->children[mid]] <= dfs->disc[u])
        lo = mid;
      else
        hi = mid - 1;
    }

  return dfs->children[lo];
}

/* Which component of the network without p the neighbour u of p falls in,
 * as a node id standing for it: the child of p heading a subtree that only
 * p connects to the rest, or -1 for the component of p's parent. Two
 * neighbours of p are connected without p exactly when their keys agree. */
static gint32
focal_people_block_key (FocalPeopleDfs *dfs,
                        gint32          p,
                        gint32          u)
{
  gint32 child;

  if (dfs->parent[u] == p)
    child = u;
  else if (dfs->disc[u] < dfs->disc[p])
    return -1;  /* p's parent or another ancestor */
  else
    child = focal_people_child_above (dfs, p, u);

  return dfs->low[child] >= dfs->disc[p] ? child : -1;
}

/* Counts the components that hold at least one organization, and the pairs
 * of organizations that reach each other, in the network without the node
 * skip (-1 to skip none). O(n + m). */
static void
focal_people_count (FocalPeopleNet *net,
                    gint32          skip,
                    guint          *components,
                    guint64        *pairs)
{
  g_autofree gboolean *seen = g_new0 (gboolean, MAX (net->n, 1));
  g_autofree gint32 *queue = g_new (gint32, MAX (net->n, 1));

  *components = 0;
  *pairs = 0;
  for (guint root = 0; root < net->n; root++)
    {
      guint head = 0, tail = 0;
      guint64 organizations = 0;

      if (seen[root] || (gint32) root == skip)
        continue;

      seen[root] = TRUE;
      queue[tail++] = root;
      while (head < tail)
        {
          gint32 u = queue[head++];

          if (!net->is_person[u])
            organizations++;
          for (gint32 e = net->offsets[u]; e < net->offsets[u + 1]; e++)
            {
              gint32 v = net->neighbors[e];

              if (!seen[v] && v != skip)
                {
                  seen[v] = TRUE;
                  queue[tail++] = v;
                }
            }
        }

      if (organizations > 0)
        {
          (*components)++;
          *pairs += organizations * (organizations - 1) / 2;
        }
    }
}

static void
focal_tie_finalize (GObject *object)
{
  FocalTie *self = FOCAL_TIE (object);

  g_clear_pointer (&self->organization_a, g_free);
  g_clear_pointer (&self->organization_b, g_free);
  g_clear_pointer (&self->person, g_free);

  G_OBJECT_CLASS (focal_tie_parent_class)->finalize (object);
}

static void
focal_tie_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FocalTie *self = FOCAL_TIE (object);

  switch (prop_id)
    {
    case TIE_PROP_ORGANIZATION_A:
      g_value_set_string (value, focal_tie_get_organization_a (self));
      break;

    case TIE_PROP_ORGANIZATION_B:
      g_value_set_string (value, focal_tie_get_organization_b (self));
      break;

    case TIE_PROP_PERSON:
      g_value_set_string (value, focal_tie_get_person (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_tie_class_init (FocalTieClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = focal_tie_finalize;
  object_class->get_property = focal_tie_get_property;

  /**
   * FocalTie:organization-a: (getter get_organization_a)
   *
   * The id of the first organization, the one that comes first in graph
   * order.
   */
  tie_properties[TIE_PROP_ORGANIZATION_A] =
    g_param_spec_string ("organization-a", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalTie:organization-b: (getter get_organization_b)
   *
   * The id of the second organization.
   */
  tie_properties[TIE_PROP_ORGANIZATION_B] =
    g_param_spec_string ("organization-b", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalTie:person: (getter get_person)
   *
   * The id of the person through whom alone the two organizations are
   * connected.
   */
  tie_properties[TIE_PROP_PERSON] =
    g_param_spec_string ("person", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, TIE_N_PROPS, tie_properties);
}

static void
focal_tie_init (FocalTie *self)
{
}

/**
 * focal_tie_get_organization_a: (get-property organization-a)
 * @self: a tie
 *
 * Gets the id of the first organization of the tie.
 *
 * Returns: (transfer none) (nullable): an actor id
 */
const char *
focal_tie_get_organization_a (FocalTie *self)
{
  g_return_val_if_fail (FOCAL_IS_TIE (self), NULL);

  return self->organization_a;
}

/**
 * focal_tie_get_organization_b: (get-property organization-b)
 * @self: a tie
 *
 * Gets the id of the second organization of the tie.
 *
 * Returns: (transfer none) (nullable): an actor id
 */
const char *
focal_tie_get_organization_b (FocalTie *self)
{
  g_return_val_if_fail (FOCAL_IS_TIE (self), NULL);

  return self->organization_b;
}

/**
 * focal_tie_get_person: (get-property person)
 * @self: a tie
 *
 * Gets the id of the person who alone connects the two organizations.
 *
 * Returns: (transfer none) (nullable): the id of an actor of kind
 *   [enum@ActorKind.PERSON]
 */
const char *
focal_tie_get_person (FocalTie *self)
{
  g_return_val_if_fail (FOCAL_IS_TIE (self), NULL);

  return self->person;
}

static void
focal_departure_dispose (GObject *object)
{
  FocalDeparture *self = FOCAL_DEPARTURE (object);

  g_clear_object (&self->links);

  G_OBJECT_CLASS (focal_departure_parent_class)->dispose (object);
}

static void
focal_departure_finalize (GObject *object)
{
  FocalDeparture *self = FOCAL_DEPARTURE (object);

  g_clear_pointer (&self->person, g_free);

  G_OBJECT_CLASS (focal_departure_parent_class)->finalize (object);
}

static void
focal_departure_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FocalDeparture *self = FOCAL_DEPARTURE (object);

  switch (prop_id)
    {
    case DEPARTURE_PROP_PERSON:
      g_value_set_string (value, focal_departure_get_person (self));
      break;

    case DEPARTURE_PROP_LINKS_REMOVED:
      g_value_set_uint (value, focal_departure_get_links_removed (self));
      break;

    case DEPARTURE_PROP_LINKS:
      g_value_set_object (value, focal_departure_get_links (self));
      break;

    case DEPARTURE_PROP_DISCONNECTED_PAIRS:
      g_value_set_uint (value, focal_departure_get_disconnected_pairs (self));
      break;

    case DEPARTURE_PROP_COMPONENTS_BEFORE:
      g_value_set_uint (value, focal_departure_get_components_before (self));
      break;

    case DEPARTURE_PROP_COMPONENTS_AFTER:
      g_value_set_uint (value, focal_departure_get_components_after (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_departure_class_init (FocalDepartureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = focal_departure_dispose;
  object_class->finalize = focal_departure_finalize;
  object_class->get_property = focal_departure_get_property;

  /**
   * FocalDeparture:person: (getter get_person)
   *
   * The id of the person who leaves.
   */
  departure_properties[DEPARTURE_PROP_PERSON] =
    g_param_spec_string ("person", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalDeparture:links-removed: (getter get_links_removed)
   *
   * The number of links that go with the person: the length of
   * [property@Departure:links].
   */
  departure_properties[DEPARTURE_PROP_LINKS_REMOVED] =
    g_param_spec_uint ("links-removed", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalDeparture:links: (getter get_links)
   *
   * The links of the view that have the person at one end, of every kind
   * and to every kind of entity, in graph order: a list model of
   * [class@Link].
   */
  departure_properties[DEPARTURE_PROP_LINKS] =
    g_param_spec_object ("links", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalDeparture:disconnected-pairs: (getter get_disconnected_pairs)
   *
   * The number of unordered pairs of organizations (actors other than
   * persons) that reach each other in the actor network before the person
   * leaves and not after; `G_MAXUINT` if there are more.
   */
  departure_properties[DEPARTURE_PROP_DISCONNECTED_PAIRS] =
    g_param_spec_uint ("disconnected-pairs", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalDeparture:components-before: (getter get_components_before)
   *
   * The number of connected components of the actor network that hold at
   * least one organization, before the person leaves.
   */
  departure_properties[DEPARTURE_PROP_COMPONENTS_BEFORE] =
    g_param_spec_uint ("components-before", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalDeparture:components-after: (getter get_components_after)
   *
   * The number of connected components of the actor network that hold at
   * least one organization, after the person leaves.
   */
  departure_properties[DEPARTURE_PROP_COMPONENTS_AFTER] =
    g_param_spec_uint ("components-after", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, DEPARTURE_N_PROPS, departure_properties);
}

static void
focal_departure_init (FocalDeparture *self)
{
  self->links = g_list_store_new (FOCAL_TYPE_LINK);
}

/**
 * focal_departure_get_person: (get-property person)
 * @self: a departure
 *
 * Gets the id of the person who leaves.
 *
 * Returns: (transfer none) (nullable): an actor id
 */
const char *
focal_departure_get_person (FocalDeparture *self)
{
  g_return_val_if_fail (FOCAL_IS_DEPARTURE (self), NULL);

  return self->person;
}

/**
 * focal_departure_get_links_removed: (get-property links-removed)
 * @self: a departure
 *
 * Counts the links that go with the person.
 *
 * Returns: the number of links removed
 */
guint
focal_departure_get_links_removed (FocalDeparture *self)
{
  g_return_val_if_fail (FOCAL_IS_DEPARTURE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->links));
}

/**
 * focal_departure_get_links: (get-property links)
 * @self: a departure
 *
 * Gets the links that go with the person.
 *
 * Returns: (transfer none): a list model of [class@Link]
 */
GListModel *
focal_departure_get_links (FocalDeparture *self)
{
  g_return_val_if_fail (FOCAL_IS_DEPARTURE (self), NULL);

  return G_LIST_MODEL (self->links);
}

/**
 * focal_departure_get_disconnected_pairs: (get-property disconnected-pairs)
 * @self: a departure
 *
 * Counts the pairs of organizations that lose touch when the person leaves.
 *
 * Returns: the number of pairs of organizations connected before and not
 *   after
 */
guint
focal_departure_get_disconnected_pairs (FocalDeparture *self)
{
  g_return_val_if_fail (FOCAL_IS_DEPARTURE (self), 0);

  return self->disconnected_pairs;
}

/**
 * focal_departure_get_components_before: (get-property components-before)
 * @self: a departure
 *
 * Counts the components holding an organization before the person leaves.
 *
 * Returns: the number of components
 */
guint
focal_departure_get_components_before (FocalDeparture *self)
{
  g_return_val_if_fail (FOCAL_IS_DEPARTURE (self), 0);

  return self->components_before;
}

/**
 * focal_departure_get_components_after: (get-property components-after)
 * @self: a departure
 *
 * Counts the components holding an organization after the person leaves.
 *
 * Returns: the number of components
 */
guint
focal_departure_get_components_after (FocalDeparture *self)
{
  g_return_val_if_fail (FOCAL_IS_DEPARTURE (self), 0);

  return self->components_after;
}

/**
 * focal_view_dup_people_bridges:
 * @self: a view
 *
 * Lists the people who hold the actor network together: the persons that
 * are articulation points of it.
 *
 * The actor network is the [class@Network] of the view's actors
 * (`actors_only`): links to forums, agreements and events do not count, and
 * neither does [property@Actor:parent-id], which is not a link. A person
 * is listed when removing them would split their component, so that some
 * bodies would reach each other only through them; see
 * [method@View.dup_person_only_ties] for which. The ids come in graph
 * order. Costs O(n + m) (Tarjan's algorithm, see
 * [method@Network.articulation_points]).
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids of the
 *   persons, possibly none
 */
char **
focal_view_dup_people_bridges (FocalView *self)
{
  g_autoptr(FocalNetwork) network = NULL;
  g_auto(GStrv) points = NULL;
  GPtrArray *people;
  FocalGraph *graph;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);

  graph = focal_view_get_graph (self);
  network = focal_network_new (self, TRUE);
  points = focal_network_articulation_points (network);
  people = g_ptr_array_new ();
  for (guint i = 0; points[i] != NULL; i++)
    {
      if (focal_people_is_person (focal_graph_lookup (graph, points[i])))
        g_ptr_array_add (people, g_strdup (points[i]));
    }
  g_ptr_array_add (people, NULL);

  return (char **) g_ptr_array_free (people, FALSE);
}

static FocalTie *
focal_people_new_tie (FocalPeopleNet *net,
                      gint32          a,
                      gint32          b,
                      gint32          person)
{
  FocalTie *tie = g_object_new (FOCAL_TYPE_TIE, NULL);

  tie->organization_a = g_strdup (focal_network_get_node_id (net->network, a));
  tie->organization_b = g_strdup (focal_network_get_node_id (net->network, b));
  tie->person = g_strdup (focal_network_get_node_id (net->network, person));

  return tie;
}

/* Appends the ties of one person p: pairs of organizations among p's
 * neighbours that fall in different components of the network without p. */
static void
focal_people_ties_of (FocalPeopleNet *net,
                      FocalPeopleDfs *dfs,
                      gint32          p,
                      GPtrArray      *ties)
{
  gint32 start = net->offsets[p];
  gint32 degree = net->offsets[p + 1] - start;
  g_autofree gint32 *keys = g_new (gint32, MAX (degree, 1));

  for (gint32 i = 0; i < degree; i++)
    keys[i] = focal_people_block_key (dfs, p, net->neighbors[start + i]);

  for (gint32 i = 0; i < degree; i++)
    {
      gint32 u = net->neighbors[start + i];

      if (net->is_person[u])
        continue;

      for (gint32 j = i + 1; j < degree; j++)
        {
          gint32 v = net->neighbors[start + j];

          if (!net->is_person[v] && keys[i] != keys[j])
            g_ptr_array_add (ties, focal_people_new_tie (net, u, v, p));
        }
    }
}

/**
 * focal_view_dup_person_only_ties:
 * @self: a view
 *
 * Finds the pairs of organizations that are connected only through one
 * person.
 *
 * The network is the view's actor network, as for
 * [method@View.dup_people_bridges]; an organization is any actor that is
 * not of kind [enum@ActorKind.PERSON]. Two organizations A and B form a
 * [class@Tie] with person P when
 *
 * - A and B are both linked to P (a path A–P–B of length 2),
 * - A and B are not linked to each other, and
 * - every path between A and B goes through P: without P, they are in
 *   different components.
 *
 * The last condition implies that P is their only common neighbour, and
 * it makes P unique: the person of a tie is an articulation point (see
 * [method@View.dup_people_bridges]). Organizations that reach each other
 * only through a chain of two people or more are not ties.
 *
 * Ties come grouped by person in graph order; within a person, by A then
 * B in graph order, A coming before B.
 *
 * Costs O(n + m) for one depth-first search that finds, for each person,
 * which components the removal of that person leaves (Hopcroft and
 * Tarjan's low values), then O(d log d + d²) for each person of degree d,
 * to compare their neighbours pairwise.
 *
 * Returns: (transfer full): a list model of [class@Tie], possibly empty
 */
GListModel *
focal_view_dup_person_only_ties (FocalView *self)
{
  g_autoptr(GPtrArray) ties = NULL;
  FocalPeopleNet net = { NULL, };
  FocalPeopleDfs dfs = { NULL, };
  GListStore *result;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);

  focal_people_net_init (&net, self);
  focal_people_dfs_init (&dfs, &net);

  ties = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint p = 0; p < net.n; p++)
    {
      if (net.is_person[p])
        focal_people_ties_of (&net, &dfs, p, ties);
    }

  result = g_list_store_new (FOCAL_TYPE_TIE);
  g_list_store_splice (result, 0, 0, ties->pdata, ties->len);

  focal_people_dfs_clear (&dfs);
  focal_people_net_clear (&net);

  return G_LIST_MODEL (result);
}

static gboolean
focal_people_check_person (FocalView   *view,
                           const char  *person_id,
                           GError     **error)
{
  FocalEntity *entity = focal_graph_lookup (focal_view_get_graph (view), person_id);

  if (entity == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "person \"%s\" is not in the graph", person_id);
      return FALSE;
    }

  if (!FOCAL_IS_ACTOR (entity))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "%s \"%s\" is not a person", focal_entity_get_kind_name (entity),
                   person_id);
      return FALSE;
    }

  if (!focal_people_is_person (entity))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (FOCAL_TYPE_ACTOR_KIND);
      GEnumValue *kind = g_enum_get_value (klass, focal_actor_get_kind (FOCAL_ACTOR (entity)));

      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "actor \"%s\" is not a person (kind %s)", person_id,
                   kind != NULL ? kind->value_nick : "?");
      return FALSE;
    }

  if (!_focal_view_accept_entity (view, entity))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "person \"%s\" is not in the view", person_id);
      return FALSE;
    }

  return TRUE;
}

/* The links of the view that touch an entity the view keeps. O(degree). */
static void
focal_people_collect_links (FocalView  *view,
                            const char *id,
                            GListStore *into)
{
  FocalGraph *graph = focal_view_get_graph (view);
  g_autoptr(GListModel) links = NULL;
  guint n;

  links = focal_graph_dup_links_for (graph, id, FOCAL_LINK_KIND_ANY, FOCAL_DIRECTION_BOTH,
                                     NULL, NULL);
  n = links != NULL ? g_list_model_get_n_items (links) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      FocalEntity *other = focal_graph_lookup (graph, focal_link_get_other_end (link, id));

      if (_focal_view_accept_link (view, link) &&
          other != NULL && _focal_view_accept_entity (view, other))
        g_list_store_append (into, link);
    }
}

/**
 * focal_view_simulate_departure:
 * @self: a view
 * @person_id: the id of a person
 * @error: return location for an error
 *
 * Works out what the departure of one person would cost the relationship,
 * without changing the graph.
 *
 * The person's links are those of the view that have the person at either
 * end, of every kind. The components are those of the view's actor
 * network (see [method@View.dup_people_bridges]) that hold at least one
 * organization (an actor that is not a person), counted with the person
 * ([property@Departure:components-before]) and without
 * ([property@Departure:components-after]); groups of persons alone are not
 * counted. [property@Departure:disconnected-pairs] is the number of pairs
 * of organizations connected before and not after, computed from the
 * number of organizations in each component: the sum of k(k − 1)/2 over
 * the components before, minus the same sum after.
 *
 * An id that the graph does not hold, or that the view leaves out, is
 * [error@Focal.Error.UNKNOWN_ID]; an entity that is not an actor of kind
 * [enum@ActorKind.PERSON] is [error@Focal.Error.WRONG_KIND].
 *
 * Costs O(n + m): two breadth-first searches of the network.
 *
 * Returns: (transfer full) (nullable): the departure, or `NULL` with
 *   @error set
 */
FocalDeparture *
focal_view_simulate_departure (FocalView   *self,
                               const char  *person_id,
                               GError     **error)
{
  FocalPeopleNet net = { NULL, };
  FocalDeparture *departure;
  guint64 pairs_before, pairs_after;
  guint person = 0;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!focal_people_check_person (self, person_id, error))
    return NULL;

  departure = g_object_new (FOCAL_TYPE_DEPARTURE, NULL);
  departure->person = g_strdup (person_id);
  focal_people_collect_links (self, person_id, departure->links);

  focal_people_net_init (&net, self);
  if (!focal_network_lookup (net.network, person_id, &person))
    g_assert_not_reached ();

  focal_people_count (&net, -1, &departure->components_before, &pairs_before);
  focal_people_count (&net, person, &departure->components_after, &pairs_after);
  departure->disconnected_pairs = (guint) MIN (pairs_before - pairs_after, G_MAXUINT);

  focal_people_net_clear (&net);

  return departure;
}
