/* focal-network.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <string.h>

#include "focal-network.h"
#include "focal-view-private.h"
#include "focal-hash-private.h"

#include "focal-actor.h"

/**
 * FocalNetwork:
 *
 * A compact snapshot of a [class@View] for graph algorithms: who connects
 * to whom, through whom, and who holds a relationship together.
 *
 * The nodes are the entities in the view, in graph order (see
 * [class@View]), or only its actors when the network is made with
 * `actors_only`. Node `i` has the id [method@Network.get_node_id] gives for
 * `i`; the arrays that algorithms return are indexed the same way. The
 * edges are the view's links whose two ends are nodes.
 *
 * For the algorithms the network is an **undirected simple graph**: the
 * direction of a link is ignored (a `member-of` link joins its two ends
 * like a `partners-with` link), and parallel links between the same two
 * nodes, of any kinds, merge into one edge. A merged edge costs the
 * smallest weight of its links in weighted paths, and is never a bridge.
 *
 * ```c
 * g_autoptr(FocalDate) y1995 = focal_date_new (1995, 0, 0);
 * g_autoptr(FocalView) all = focal_view_new (graph);
 * g_autoptr(FocalView) then = focal_view_at (all, y1995);
 * g_autoptr(FocalNetwork) network = focal_network_new (then, TRUE);
 * g_autoptr(GError) error = NULL;
 * g_auto(GStrv) path = NULL;
 *
 * path = focal_network_shortest_path (network, "elections-canada", "ife",
 *                                     FALSE, &error);
 * ```
 *
 * The network is built once, in O(n + m) for n entities and m links in
 * the graph, into compressed adjacency arrays; later changes to the graph
 * do not reach it. Costs below are for n nodes and m edges.
 */

struct _FocalNetwork
{
  GObject     parent_instance;

  FocalView  *view;
  gboolean    actors_only;

  guint       n_nodes;
  guint       n_edges;
  char      **ids;         /* n_nodes ids, NULL-terminated */
  GHashTable *index;       /* id (borrowed from ids) → index + 1 */

  /* Compressed sparse rows: the neighbours of node i are
   * neighbors[offsets[i] .. offsets[i + 1]), sorted by index; each edge
   * appears once from each end. */
  gint32     *offsets;
  gint32     *neighbors;
  double     *weights;     /* the smallest weight of the links of the edge */
  gint32     *edge_links;  /* the edge's link in link_rows, or -1 if merged */
  GArray     *link_rows;   /* guint32: the graph rows of the links kept, in graph order */
  GArray     *link_ends;   /* gint32: the two nodes of each link kept */
  guint64     link_stamp;  /* the graph's removal stamp when the rows were read */
};

G_DEFINE_FINAL_TYPE (FocalNetwork, focal_network, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_ACTORS_ONLY,
  PROP_N_NODES,
  PROP_N_EDGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Neighbour indices and the CSR arrays are 32-bit. */
#define FOCAL_NETWORK_MAX_ARCS ((guint) G_MAXINT32 - 1)

static void
focal_network_collect_nodes (FocalNetwork *self,
                             GPtrArray    *ids)
{
  FocalGraph *graph = focal_view_get_graph (self->view);
  GListModel *models[6];
  guint n_models = self->actors_only ? 1 : G_N_ELEMENTS (models);

  models[0] = focal_graph_get_actors (graph);
  models[1] = focal_graph_get_agreements (graph);
  models[2] = focal_graph_get_forums (graph);
  models[3] = focal_graph_get_issues (graph);
  models[4] = focal_graph_get_positions (graph);
  models[5] = focal_graph_get_events (graph);

  for (guint m = 0; m < n_models; m++)
    {
      guint n = g_list_model_get_n_items (models[m]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(FocalEntity) entity = g_list_model_get_item (models[m], i);

          if (_focal_view_accept_entity (self->view, entity))
            g_ptr_array_add (ids, g_strdup (focal_entity_get_id (entity)));
        }
    }
}

static gboolean
focal_network_find (FocalNetwork  *self,
                    const char    *id,
                    gint32        *index,
                    GError       **error)
{
  gpointer value = g_hash_table_lookup (self->index, id);

  if (value == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "\"%s\" is not a node of the network", id);
      return FALSE;
    }

  *index = GPOINTER_TO_INT (value) - 1;
  return TRUE;
}

/* Collects the links between two nodes, straight from the graph's link
 * table: their ends go to ends[2l], ends[2l+1]. O(n + m). */
static GArray *
focal_network_collect_links (FocalNetwork *self)
{
  FocalGraph *graph = focal_view_get_graph (self->view);
  guint n_graph_nodes = _focal_graph_get_n_nodes (graph);
  g_autofree gint32 *node_of = g_new (gint32, MAX (n_graph_nodes, 1));
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (gint32));
  FocalLinkColumns links;

  /* Graph node → network node; -1 when the entity is not a node. */
  for (guint node = 0; node < n_graph_nodes; node++)
    {
      FocalEntity *entity = _focal_graph_get_node (graph, node);
      gint32 index;

      node_of[node] = -1;
      if (entity != NULL && focal_network_find (self, focal_entity_get_id (entity), &index, NULL))
        node_of[node] = index;
    }

  _focal_graph_get_link_columns (graph, &links);
  self->link_stamp = _focal_graph_get_link_stamp (graph);
  for (guint l = 0; l < links.n_links; l++)
    {
      gint32 pair[2] = { node_of[links.source[l]], node_of[links.target[l]] };

      if (pair[0] < 0 || pair[1] < 0 || pair[0] == pair[1] ||
          !_focal_view_accept_row (self->view, &links, l))
        continue;

      if (ends->len + 2 > FOCAL_NETWORK_MAX_ARCS)
        {
          g_critical ("FocalNetwork: more than %u links, the rest are left out",
                      FOCAL_NETWORK_MAX_ARCS / 2);
          break;
        }

      g_array_append_vals (ends, pair, 2);
      g_array_append_val (self->link_rows, l);
    }

  return ends;
}

/* Lists the arcs of every link from both of its ends (ends holds the two
 * nodes of link l at 2l and 2l + 1), grouped by their first node and, within
 * a group, sorted by their second: a counting sort by first node, then a
 * transposition, which visits the first nodes in order. Links between the
 * same two nodes end up adjacent, in graph order. O(n + m). */
static void
focal_network_sort_arcs (guint         n,
                         const gint32 *ends,
                         guint         n_arcs,
                         gint32       *row,
                         gint32       *sorted_nbr,
                         gint32       *sorted_link)
{
  g_autofree gint32 *cursor = NULL;
  g_autofree gint32 *raw_nbr = g_new (gint32, MAX (n_arcs, 1));
  g_autofree gint32 *raw_link = g_new (gint32, MAX (n_arcs, 1));

  for (guint a = 0; a < n_arcs; a++)
    row[ends[a] + 1]++;
  for (guint i = 0; i < n; i++)
    row[i + 1] += row[i];

  cursor = g_memdup2 (row, sizeof (gint32) * (n + 1));
  for (guint a = 0; a < n_arcs; a++)
    {
      gint32 pos = cursor[ends[a]]++;

      raw_nbr[pos] = ends[a ^ 1];
      raw_link[pos] = a / 2;
    }

  memcpy (cursor, row, sizeof (gint32) * (n + 1));
  for (guint u = 0; u < n; u++)
    {
      for (gint32 k = row[u]; k < row[u + 1]; k++)
        {
          gint32 pos = cursor[raw_nbr[k]]++;

          sorted_nbr[pos] = u;
          sorted_link[pos] = raw_link[k];
        }
    }
}

/* Builds the CSR arrays in O(n + m) from the sorted arcs, merging each run
 * of arcs to the same neighbour into one edge. */
static void
focal_network_build (FocalNetwork *self,
                     GArray       *ends)
{
  FocalLinkColumns weights = { 0, };
  const guint32 *rows = (const guint32 *) (gpointer) self->link_rows->data;
  guint n = self->n_nodes;
  guint n_arcs = ends->len;
  g_autofree gint32 *row = g_new0 (gint32, n + 1);
  g_autofree gint32 *sorted_nbr = g_new (gint32, MAX (n_arcs, 1));
  g_autofree gint32 *sorted_link = g_new (gint32, MAX (n_arcs, 1));
  guint out = 0;

  focal_network_sort_arcs (n, (const gint32 *) (gpointer) ends->data, n_arcs,
                           row, sorted_nbr, sorted_link);

  if (self->view != NULL)
    {
      _focal_graph_get_link_columns (focal_view_get_graph (self->view), &weights);
    }

  self->offsets = g_new (gint32, n + 1);
  self->neighbors = g_new (gint32, MAX (n_arcs, 1));
  self->weights = g_new (double, MAX (n_arcs, 1));
  self->edge_links = g_new (gint32, MAX (n_arcs, 1));
  for (guint v = 0; v < n; v++)
    {
      self->offsets[v] = out;
      for (gint32 k = row[v]; k < row[v + 1]; k++)
        {
          gint32 l = sorted_link[k];
          double weight = _focal_link_columns_weight (&weights, rows[l]);

          if (out > (guint) self->offsets[v] && self->neighbors[out - 1] == sorted_nbr[k])
            {
              self->weights[out - 1] = MIN (self->weights[out - 1], weight);
              self->edge_links[out - 1] = -1;
              continue;
            }

          self->neighbors[out] = sorted_nbr[k];
          self->weights[out] = weight;
          self->edge_links[out] = l;
          out++;
        }
    }
  self->offsets[n] = out;
  self->n_edges = out / 2;
}

static char **
focal_network_ids_of (FocalNetwork *self,
                      const gint32 *nodes,
                      guint         n_nodes)
{
  char **result = g_new (char *, n_nodes + 1);

  for (guint i = 0; i < n_nodes; i++)
    result[i] = g_strdup (self->ids[nodes[i]]);
  result[n_nodes] = NULL;

  return result;
}

static void
focal_network_constructed (GObject *object)
{
  FocalNetwork *self = FOCAL_NETWORK (object);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GArray) ends = NULL;

  G_OBJECT_CLASS (focal_network_parent_class)->constructed (object);

  if (self->view != NULL)
    focal_network_collect_nodes (self, ids);
  else
    g_critical ("FocalNetwork created without a view");

  if (ids->len > FOCAL_NETWORK_MAX_ARCS)
    {
      g_critical ("FocalNetwork: more than %u nodes, the rest are left out",
                  FOCAL_NETWORK_MAX_ARCS);
      for (guint i = FOCAL_NETWORK_MAX_ARCS; i < ids->len; i++)
        g_free (g_ptr_array_index (ids, i));
      g_ptr_array_set_size (ids, FOCAL_NETWORK_MAX_ARCS);
    }

  self->n_nodes = ids->len;
  g_ptr_array_add (ids, NULL);
  self->ids = (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
  for (guint i = 0; i < self->n_nodes; i++)
    g_hash_table_insert (self->index, self->ids[i], GUINT_TO_POINTER (i + 1));

  if (self->view != NULL)
    ends = focal_network_collect_links (self);
  else
    ends = g_array_new (FALSE, FALSE, sizeof (gint32));

  focal_network_build (self, ends);
  self->link_ends = g_steal_pointer (&ends);
}

static void
focal_network_dispose (GObject *object)
{
  FocalNetwork *self = FOCAL_NETWORK (object);

  g_clear_object (&self->view);

  G_OBJECT_CLASS (focal_network_parent_class)->dispose (object);
}

static void
focal_network_finalize (GObject *object)
{
  FocalNetwork *self = FOCAL_NETWORK (object);

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_strfreev);
  g_clear_pointer (&self->offsets, g_free);
  g_clear_pointer (&self->neighbors, g_free);
  g_clear_pointer (&self->weights, g_free);
  g_clear_pointer (&self->edge_links, g_free);
  g_clear_pointer (&self->link_rows, g_array_unref);
  g_clear_pointer (&self->link_ends, g_array_unref);

  G_OBJECT_CLASS (focal_network_parent_class)->finalize (object);
}

static void
focal_network_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FocalNetwork *self = FOCAL_NETWORK (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, focal_network_get_view (self));
      break;

    case PROP_ACTORS_ONLY:
      g_value_set_boolean (value, focal_network_get_actors_only (self));
      break;

    case PROP_N_NODES:
      g_value_set_uint (value, focal_network_get_n_nodes (self));
      break;

    case PROP_N_EDGES:
      g_value_set_uint (value, focal_network_get_n_edges (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_network_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FocalNetwork *self = FOCAL_NETWORK (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      self->view = g_value_dup_object (value);
      break;

    case PROP_ACTORS_ONLY:
      self->actors_only = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_network_class_init (FocalNetworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = focal_network_constructed;
  object_class->dispose = focal_network_dispose;
  object_class->finalize = focal_network_finalize;
  object_class->get_property = focal_network_get_property;
  object_class->set_property = focal_network_set_property;

  /**
   * FocalNetwork:view: (getter get_view)
   *
   * The view the network was taken from, fixed at construction.
   */
  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL,
                         FOCAL_TYPE_VIEW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalNetwork:actors-only: (getter get_actors_only)
   *
   * Whether the nodes are the view's actors only, rather than all its
   * entities; fixed at construction.
   */
  properties[PROP_ACTORS_ONLY] =
    g_param_spec_boolean ("actors-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalNetwork:n-nodes: (getter get_n_nodes)
   *
   * The number of nodes.
   */
  properties[PROP_N_NODES] =
    g_param_spec_uint ("n-nodes", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalNetwork:n-edges: (getter get_n_edges)
   *
   * The number of edges, parallel links counted once.
   */
  properties[PROP_N_EDGES] =
    g_param_spec_uint ("n-edges", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_network_init (FocalNetwork *self)
{
  self->index = _focal_str_table_new (NULL, NULL);
  self->link_rows = g_array_new (FALSE, FALSE, sizeof (guint32));
}

/**
 * focal_network_new:
 * @view: the view to take a snapshot of
 * @actors_only: whether to keep only the view's actors as nodes
 *
 * Takes a snapshot of a view as a network.
 *
 * Costs O(n + m) for the n entities and m links of the view's graph.
 *
 * Returns: (transfer full): a new network
 */
FocalNetwork *
focal_network_new (FocalView *view,
                   gboolean   actors_only)
{
  g_return_val_if_fail (FOCAL_IS_VIEW (view), NULL);

  return g_object_new (FOCAL_TYPE_NETWORK,
                       "view", view,
                       "actors-only", actors_only,
                       NULL);
}

/**
 * focal_network_get_view: (get-property view)
 * @self: a network
 *
 * Gets the view the network was taken from.
 *
 * Returns: (transfer none): the view
 */
FocalView *
focal_network_get_view (FocalNetwork *self)
{
  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);

  return self->view;
}

/**
 * focal_network_get_actors_only: (get-property actors-only)
 * @self: a network
 *
 * Tells whether the nodes are the view's actors only.
 *
 * Returns: `TRUE` if other kinds of entity were left out
 */
gboolean
focal_network_get_actors_only (FocalNetwork *self)
{
  g_return_val_if_fail (FOCAL_IS_NETWORK (self), FALSE);

  return self->actors_only;
}

/**
 * focal_network_get_n_nodes: (get-property n-nodes)
 * @self: a network
 *
 * Counts the nodes of the network.
 *
 * Returns: the number of nodes
 */
guint
focal_network_get_n_nodes (FocalNetwork *self)
{
  g_return_val_if_fail (FOCAL_IS_NETWORK (self), 0);

  return self->n_nodes;
}

/**
 * focal_network_get_n_edges: (get-property n-edges)
 * @self: a network
 *
 * Counts the edges of the network: pairs of nodes joined by at least one
 * link.
 *
 * Returns: the number of edges
 */
guint
focal_network_get_n_edges (FocalNetwork *self)
{
  g_return_val_if_fail (FOCAL_IS_NETWORK (self), 0);

  return self->n_edges;
}

/**
 * focal_network_get_node_id:
 * @self: a network
 * @index: a node index, below [property@Network:n-nodes]
 *
 * Gets the id of a node.
 *
 * Returns: (transfer none): the id of the entity at @index
 */
const char *
focal_network_get_node_id (FocalNetwork *self,
                           guint         index)
{
  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);
  g_return_val_if_fail (index < self->n_nodes, NULL);

  return self->ids[index];
}

/**
 * focal_network_lookup:
 * @self: a network
 * @id: an entity id
 * @index: (out) (optional): return location for the node index
 *
 * Finds the node of an entity. Costs O(1).
 *
 * Returns: `TRUE` if @id is a node of the network
 */
gboolean
focal_network_lookup (FocalNetwork *self,
                      const char   *id,
                      guint        *index)
{
  gint32 found;

  g_return_val_if_fail (FOCAL_IS_NETWORK (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!focal_network_find (self, id, &found, NULL))
    return FALSE;

  if (index != NULL)
    *index = found;
  return TRUE;
}

/**
 * focal_network_neighbors:
 * @self: a network
 * @id: the id of a node
 * @error: return location for an error
 *
 * Lists the nodes joined to a node by an edge, in node order.
 *
 * An id that is not a node is [error@Focal.Error.UNKNOWN_ID]. Costs
 * O(degree).
 *
 * Returns: (transfer full) (array zero-terminated=1) (nullable): the ids
 *   of the neighbours, possibly none, or `NULL` with @error set
 */
char **
focal_network_neighbors (FocalNetwork  *self,
                         const char    *id,
                         GError       **error)
{
  gint32 node;

  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!focal_network_find (self, id, &node, error))
    return NULL;

  return focal_network_ids_of (self, self->neighbors + self->offsets[node],
                               self->offsets[node + 1] - self->offsets[node]);
}

/* Breadth-first search from @start, at most @k edges deep: fills
 * @distance (n_nodes, G_MAXUINT for the nodes not reached) and @queue
 * (n_nodes) with the nodes reached, nearest first, and returns how many. */
static guint
focal_network_bfs (FocalNetwork *self,
                   gint32        start,
                   guint         k,
                   guint        *distance,
                   gint32       *queue)
{
  guint head = 0, tail = 0;

  memset (distance, 0xff, sizeof (guint) * self->n_nodes);
  distance[start] = 0;
  queue[tail++] = start;

  while (head < tail)
    {
      gint32 u = queue[head++];

      if (distance[u] >= k)
        continue;

      for (gint32 e = self->offsets[u]; e < self->offsets[u + 1]; e++)
        {
          gint32 v = self->neighbors[e];

          if (distance[v] != G_MAXUINT)
            continue;
          distance[v] = distance[u] + 1;
          queue[tail++] = v;
        }
    }

  return tail;
}

/**
 * focal_network_k_hop:
 * @self: a network
 * @id: the id of a node
 * @k: the largest number of edges to cross
 * @error: return location for an error
 *
 * Lists the nodes at most @k edges away from a node, the node itself
 * excluded: its neighbours for 1, their neighbours as well for 2.
 *
 * The nodes come nearest first (breadth-first order). An id that is not a
 * node is [error@Focal.Error.UNKNOWN_ID]. Costs O(n + m) at worst.
 *
 * Returns: (transfer full) (array zero-terminated=1) (nullable): the ids
 *   of the nodes reached, possibly none, or `NULL` with @error set
 */
char **
focal_network_k_hop (FocalNetwork  *self,
                     const char    *id,
                     guint          k,
                     GError       **error)
{
  g_autofree guint *distance = NULL;
  g_autofree gint32 *queue = NULL;
  guint reached;
  gint32 start;

  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!focal_network_find (self, id, &start, error))
    return NULL;

  distance = g_new (guint, self->n_nodes);
  queue = g_new (gint32, self->n_nodes);
  reached = focal_network_bfs (self, start, k, distance, queue);

  return focal_network_ids_of (self, queue + 1, reached - 1);
}

/**
 * focal_network_distances:
 * @self: a network
 * @id: the id of the node to start from
 * @n_nodes: (out): return location for the length of the array, the
 *   number of nodes
 * @error: return location for an error
 *
 * Counts the edges on a shortest path from a node to every node: a
 * breadth-first search of the whole network. The node's own distance is
 * 0, and that of a node it does not reach is `G_MAXUINT` (in another
 * component, see [method@Network.components]).
 *
 * An id that is not a node is [error@Focal.Error.UNKNOWN_ID]. Costs
 * O(n + m), and n words besides the result.
 *
 * Returns: (transfer full) (array length=n_nodes) (nullable): the
 *   distance of each node, by node index, or `NULL` with @error set
 */
guint *
focal_network_distances (FocalNetwork  *self,
                         const char    *id,
                         guint         *n_nodes,
                         GError       **error)
{
  g_autofree guint *distance = NULL;
  g_autofree gint32 *queue = NULL;
  gint32 start;

  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (n_nodes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *n_nodes = 0;
  if (!focal_network_find (self, id, &start, error))
    return NULL;

  distance = g_new (guint, self->n_nodes);
  queue = g_new (gint32, self->n_nodes);
  focal_network_bfs (self, start, G_MAXUINT, distance, queue);
  *n_nodes = self->n_nodes;

  return g_steal_pointer (&distance);
}

/* Follows pred from node back to its root; appends the nodes root first. */
static void
focal_network_append_chain (GArray       *path,
                            const gint32 *pred,
                            gint32        node,
                            gboolean      root_first)
{
  guint start = path->len;

  for (gint32 v = node; v >= 0; v = pred[v])
    g_array_append_val (path, v);

  if (!root_first)
    return;

  for (guint i = start, j = path->len - 1; i < j; i++, j--)
    {
      gint32 tmp = g_array_index (path, gint32, i);

      g_array_index (path, gint32, i) = g_array_index (path, gint32, j);
      g_array_index (path, gint32, j) = tmp;
    }
}

/* Expands one level [*lo, *hi) of one side of a bidirectional search.
 * Returns TRUE with the meeting edge in meet[] when it reaches the other
 * side. */
static gboolean
focal_network_expand_level (FocalNetwork *self,
                            guint8       *side,
                            gint32       *pred,
                            guint8        me,
                            gint32       *queue,
                            guint        *lo,
                            guint        *hi,
                            gint32        meet[2])
{
  guint len = *hi;

  for (guint i = *lo; i < *hi; i++)
    {
      gint32 v = queue[i];

      for (gint32 e = self->offsets[v]; e < self->offsets[v + 1]; e++)
        {
          gint32 w = self->neighbors[e];

          if (side[w] == 0)
            {
              side[w] = me;
              pred[w] = v;
              queue[len++] = w;
            }
          else if (side[w] != me)
            {
              meet[0] = v;
              meet[1] = w;
              return TRUE;
            }
        }
    }

  *lo = *hi;
  *hi = len;
  return FALSE;
}

/* Bidirectional breadth-first search: each round expands one whole level
 * of the smaller frontier; the first edge that joins the two searches lies
 * on a shortest path. */
static GArray *
focal_network_path_by_hops (FocalNetwork *self,
                            gint32        from,
                            gint32        to)
{
  guint n = self->n_nodes;
  g_autofree guint8 *side = g_new0 (guint8, n);
  g_autofree gint32 *pred = g_new (gint32, n);
  g_autofree gint32 *forward = g_new (gint32, n);
  g_autofree gint32 *backward = g_new (gint32, n);
  guint f_lo = 0, f_hi = 1, b_lo = 0, b_hi = 1;
  GArray *path = g_array_new (FALSE, FALSE, sizeof (gint32));
  gint32 meet[2];

  if (from == to)
    {
      g_array_append_val (path, from);
      return path;
    }

  side[from] = 1;
  side[to] = 2;
  pred[from] = pred[to] = -1;
  forward[0] = from;
  backward[0] = to;

  while (f_lo < f_hi && b_lo < b_hi)
    {
      if (f_hi - f_lo <= b_hi - b_lo)
        {
          if (focal_network_expand_level (self, side, pred, 1, forward, &f_lo, &f_hi, meet))
            {
              focal_network_append_chain (path, pred, meet[0], TRUE);
              focal_network_append_chain (path, pred, meet[1], FALSE);
              break;
            }
        }
      else if (focal_network_expand_level (self, side, pred, 2, backward, &b_lo, &b_hi, meet))
        {
          focal_network_append_chain (path, pred, meet[1], TRUE);
          focal_network_append_chain (path, pred, meet[0], FALSE);
          break;
        }
    }

  return path;
}

typedef struct
{
  double cost;
  gint32 node;
} FocalNetworkHeapItem;

static void
focal_network_heap_push (GArray *heap,
                         double  cost,
                         gint32  node)
{
  FocalNetworkHeapItem item = { cost, node };
  FocalNetworkHeapItem *items;
  guint i;

  g_array_append_val (heap, item);
  items = (FocalNetworkHeapItem *) (gpointer) heap->data;
  for (i = heap->len - 1; i > 0 && items[(i - 1) / 2].cost > cost; i = (i - 1) / 2)
    items[i] = items[(i - 1) / 2];
  items[i] = item;
}

static FocalNetworkHeapItem
focal_network_heap_pop (GArray *heap)
{
  FocalNetworkHeapItem *items = (FocalNetworkHeapItem *) (gpointer) heap->data;
  FocalNetworkHeapItem top = items[0];
  FocalNetworkHeapItem last = items[heap->len - 1];
  guint n = heap->len - 1;
  guint i = 0;

  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= n)
        break;
      if (child + 1 < n && items[child + 1].cost < items[child].cost)
        child++;
      if (items[child].cost >= last.cost)
        break;
      items[i] = items[child];
      i = child;
    }
  items[i] = last;
  g_array_set_size (heap, n);

  return top;
}

/* Dijkstra's algorithm with a binary heap and lazy deletion, stopping when
 * the target is settled. */
static GArray *
focal_network_path_by_weight (FocalNetwork *self,
                              gint32        from,
                              gint32        to)
{
  guint n = self->n_nodes;
  g_autofree double *cost = g_new (double, n);
  g_autofree gint32 *pred = g_new (gint32, n);
  g_autofree gboolean *settled = g_new0 (gboolean, n);
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (FocalNetworkHeapItem));
  GArray *path = g_array_new (FALSE, FALSE, sizeof (gint32));

  for (guint i = 0; i < n; i++)
    cost[i] = INFINITY;
  cost[from] = 0.0;
  pred[from] = -1;
  focal_network_heap_push (heap, 0.0, from);

  while (heap->len > 0)
    {
      FocalNetworkHeapItem item = focal_network_heap_pop (heap);
      gint32 u = item.node;

      if (settled[u])
        continue;
      settled[u] = TRUE;
      if (u == to)
        {
          focal_network_append_chain (path, pred, to, TRUE);
          break;
        }

      for (gint32 e = self->offsets[u]; e < self->offsets[u + 1]; e++)
        {
          gint32 v = self->neighbors[e];
          double through = cost[u] + self->weights[e];

          if (!settled[v] && through < cost[v])
            {
              cost[v] = through;
              pred[v] = u;
              focal_network_heap_push (heap, through, v);
            }
        }
    }

  return path;
}

/**
 * focal_network_shortest_path:
 * @self: a network
 * @from: the id of the node to start from
 * @to: the id of the node to reach
 * @weighted: `FALSE` to count edges, `TRUE` to add up weights
 * @error: return location for an error
 *
 * Finds a shortest path between two nodes: "how does Elections Canada
 * reach the IFE".
 *
 * Without @weighted the path crosses the fewest edges; it is found by a
 * breadth-first search from both ends at once, O(n + m) at worst and
 * usually far less. With @weighted the length of a path is the sum of the
 * weights of its edges ([property@Link:weight]; a merged edge weighs as
 * its lightest link): the weight is a cost, so give links a weight of
 * distance, not of strength. Weights are never negative; a weight of 0
 * makes an edge free to cross. The path is found by Dijkstra's algorithm
 * with a binary heap, O((n + m) log n).
 *
 * When several paths are shortest, any one of them is returned. An id
 * that is not a node is [error@Focal.Error.UNKNOWN_ID].
 *
 * Returns: (transfer full) (array zero-terminated=1) (nullable): the ids
 *   along the path, @from first and @to last (only @from when both are the
 *   same); an empty array when @to cannot be reached from @from; `NULL`
 *   with @error set for an unknown id
 */
char **
focal_network_shortest_path (FocalNetwork  *self,
                             const char    *from,
                             const char    *to,
                             gboolean       weighted,
                             GError       **error)
{
  g_autoptr(GArray) path = NULL;
  gint32 source, target;

  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!focal_network_find (self, from, &source, error) ||
      !focal_network_find (self, to, &target, error))
    return NULL;

  if (weighted)
    path = focal_network_path_by_weight (self, source, target);
  else
    path = focal_network_path_by_hops (self, source, target);

  return focal_network_ids_of (self, (const gint32 *) (gpointer) path->data, path->len);
}

/**
 * focal_network_components:
 * @self: a network
 * @n_nodes: (out): return location for the length of the array, the
 *   number of nodes
 * @n_components: (out) (optional): return location for the number of
 *   connected components
 *
 * Splits the network into connected components: groups of nodes that
 * reach each other.
 *
 * Components are numbered from 0 in the order of their first node, so node
 * 0 is always in component 0. Costs O(n + m).
 *
 * Returns: (transfer full) (array length=n_nodes): the component of each
 *   node, by node index
 */
guint *
focal_network_components (FocalNetwork *self,
                          guint        *n_nodes,
                          guint        *n_components)
{
  guint n, count = 0;
  guint *component;
  g_autofree gint32 *queue = NULL;

  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);
  g_return_val_if_fail (n_nodes != NULL, NULL);

  n = self->n_nodes;
  component = g_new (guint, MAX (n, 1));
  memset (component, 0xff, sizeof (guint) * n);
  queue = g_new (gint32, MAX (n, 1));

  for (guint root = 0; root < n; root++)
    {
      guint head = 0, tail = 0;

      if (component[root] != G_MAXUINT)
        continue;

      component[root] = count;
      queue[tail++] = root;
      while (head < tail)
        {
          gint32 u = queue[head++];

          for (gint32 e = self->offsets[u]; e < self->offsets[u + 1]; e++)
            {
              gint32 v = self->neighbors[e];

              if (component[v] == G_MAXUINT)
                {
                  component[v] = count;
                  queue[tail++] = v;
                }
            }
        }
      count++;
    }

  *n_nodes = n;
  if (n_components != NULL)
    *n_components = count;

  return component;
}

/**
 * focal_network_degree_centrality:
 * @self: a network
 * @n_nodes: (out): return location for the length of the array, the
 *   number of nodes
 *
 * Computes the degree centrality of every node: the share of the other
 * nodes it has an edge to.
 *
 * A node's value is its number of edges divided by n - 1, as networkx's
 * `degree_centrality()` computes it; parallel links count once. In a
 * network of a single node its value is 1. Costs O(n).
 *
 * Returns: (transfer full) (array length=n_nodes): the centrality of each
 *   node, by node index
 */
double *
focal_network_degree_centrality (FocalNetwork *self,
                                 guint        *n_nodes)
{
  double *centrality;
  guint n;

  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);
  g_return_val_if_fail (n_nodes != NULL, NULL);

  n = self->n_nodes;
  centrality = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      if (n <= 1)
        centrality[i] = 1.0;
      else
        centrality[i] = (double) (self->offsets[i + 1] - self->offsets[i]) / (n - 1);
    }

  *n_nodes = n;
  return centrality;
}

/* One step of Brandes' algorithm: the dependencies of every node on the
 * shortest paths from source, added to centrality. */
static void
focal_network_brandes_source (FocalNetwork *self,
                              gint32        source,
                              gint32       *distance,
                              double       *sigma,
                              double       *delta,
                              gint32       *order,
                              double       *centrality)
{
  guint head = 0, tail = 0;

  distance[source] = 0;
  sigma[source] = 1.0;
  order[tail++] = source;
  while (head < tail)
    {
      gint32 u = order[head++];

      for (gint32 e = self->offsets[u]; e < self->offsets[u + 1]; e++)
        {
          gint32 v = self->neighbors[e];

          if (distance[v] < 0)
            {
              distance[v] = distance[u] + 1;
              order[tail++] = v;
            }
          if (distance[v] == distance[u] + 1)
            sigma[v] += sigma[u];
        }
    }

  for (guint i = tail; i-- > 1;)
    {
      gint32 w = order[i];

      for (gint32 e = self->offsets[w]; e < self->offsets[w + 1]; e++)
        {
          gint32 v = self->neighbors[e];

          if (distance[v] == distance[w] - 1)
            delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
        }
      centrality[w] += delta[w];
    }

  for (guint i = 0; i < tail; i++)
    {
      distance[order[i]] = -1;
      sigma[order[i]] = 0.0;
      delta[order[i]] = 0.0;
    }
}

/**
 * focal_network_betweenness_centrality:
 * @self: a network
 * @normalized: whether to divide by the number of pairs of other nodes
 * @n_nodes: (out): return location for the length of the array, the
 *   number of nodes
 *
 * Computes the betweenness centrality of every node: how much of the
 * traffic between other nodes passes through it.
 *
 * A node's value is the sum, over the unordered pairs of other nodes, of
 * the share of the pair's shortest paths (counted in edges, the network
 * being undirected) that go through the node. With @normalized the sum is
 * divided by (n - 1)(n - 2) / 2, the number of such pairs, when n > 2. The
 * values equal those of networkx's `betweenness_centrality()` on the same
 * undirected graph. Computed with Brandes' algorithm (unweighted) in
 * O(n m) time, O(n (n + m)) when many nodes are isolated, and O(n + m)
 * memory.
 *
 * Returns: (transfer full) (array length=n_nodes): the centrality of each
 *   node, by node index
 */
double *
focal_network_betweenness_centrality (FocalNetwork *self,
                                      gboolean      normalized,
                                      guint        *n_nodes)
{
  g_autofree gint32 *distance = NULL;
  g_autofree double *sigma = NULL;
  g_autofree double *delta = NULL;
  g_autofree gint32 *order = NULL;
  double *centrality;
  double scale;
  guint n;

  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);
  g_return_val_if_fail (n_nodes != NULL, NULL);

  n = self->n_nodes;
  centrality = g_new0 (double, MAX (n, 1));
  distance = g_new (gint32, MAX (n, 1));
  memset (distance, 0xff, sizeof (gint32) * n);
  sigma = g_new0 (double, MAX (n, 1));
  delta = g_new0 (double, MAX (n, 1));
  order = g_new (gint32, MAX (n, 1));

  for (guint s = 0; s < n; s++)
    focal_network_brandes_source (self, s, distance, sigma, delta, order, centrality);

  /* Each unordered pair was counted from both of its ends. */
  if (!normalized)
    scale = 0.5;
  else if (n > 2)
    scale = 1.0 / ((double) (n - 1) * (double) (n - 2));
  else
    scale = 1.0;

  for (guint i = 0; i < n; i++)
    centrality[i] *= scale;

  *n_nodes = n;
  return centrality;
}

typedef struct
{
  gint32   *disc;         /* discovery time, -1 while unvisited */
  gint32   *low;          /* lowest discovery time reachable by one back edge */
  gint32   *parent;       /* DFS parent, -1 for a root */
  gint32   *parent_edge;  /* the CSR slot of the edge from the parent */
  gint32   *next;         /* the next CSR slot to explore */
  gint32   *stack;
  gint32    time;
  gboolean *is_cut;       /* articulation points, by node */
  GArray   *bridges;      /* gint32 indices into links */
} FocalNetworkCuts;

/* Called when the DFS leaves v: passes its low value up and judges the
 * edge from its parent and the parent itself. */
static void
focal_network_cuts_leave (FocalNetwork     *self,
                          FocalNetworkCuts *cuts,
                          gint32            v)
{
  gint32 p = cuts->parent[v];
  gint32 link;

  if (p < 0)
    return;

  cuts->low[p] = MIN (cuts->low[p], cuts->low[v]);

  link = self->edge_links[cuts->parent_edge[v]];
  if (cuts->low[v] > cuts->disc[p] && link >= 0)
    g_array_append_val (cuts->bridges, link);

  if (cuts->parent[p] >= 0 && cuts->low[v] >= cuts->disc[p])
    cuts->is_cut[p] = TRUE;
}

/* Tarjan's low-link DFS over the component of root, with an explicit stack
 * so that deep graphs cannot overflow the C stack. */
static void
focal_network_cuts_from (FocalNetwork     *self,
                         FocalNetworkCuts *cuts,
                         gint32            root)
{
  guint depth = 0, root_children = 0;

  cuts->disc[root] = cuts->low[root] = cuts->time++;
  cuts->parent[root] = -1;
  cuts->next[root] = self->offsets[root];
  cuts->stack[depth++] = root;

  while (depth > 0)
    {
      gint32 v = cuts->stack[depth - 1];
      gint32 e, w;

      if (cuts->next[v] == self->offsets[v + 1])
        {
          depth--;
          focal_network_cuts_leave (self, cuts, v);
          continue;
        }

      e = cuts->next[v]++;
      w = self->neighbors[e];
      if (cuts->disc[w] < 0)
        {
          cuts->disc[w] = cuts->low[w] = cuts->time++;
          cuts->parent[w] = v;
          cuts->parent_edge[w] = e;
          cuts->next[w] = self->offsets[w];
          cuts->stack[depth++] = w;
          if (v == root)
            root_children++;
        }
      else if (w != cuts->parent[v])
        {
          cuts->low[v] = MIN (cuts->low[v], cuts->disc[w]);
        }
    }

  if (root_children >= 2)
    cuts->is_cut[root] = TRUE;
}

static void
focal_network_find_cuts (FocalNetwork *self,
                         gboolean     *is_cut,
                         GArray       *bridges)
{
  guint size = MAX (self->n_nodes, 1);
  g_autofree gint32 *disc = g_new (gint32, size);
  g_autofree gint32 *low = g_new (gint32, size);
  g_autofree gint32 *parent = g_new (gint32, size);
  g_autofree gint32 *parent_edge = g_new (gint32, size);
  g_autofree gint32 *next = g_new (gint32, size);
  g_autofree gint32 *stack = g_new (gint32, size);
  FocalNetworkCuts cuts = {
    disc, low, parent, parent_edge, next, stack, 0, is_cut, bridges,
  };

  memset (disc, 0xff, sizeof (gint32) * self->n_nodes);
  for (guint root = 0; root < self->n_nodes; root++)
    {
      if (disc[root] < 0)
        focal_network_cuts_from (self, &cuts, root);
    }
}

static int
focal_network_compare_int32 (gconstpointer a,
                             gconstpointer b)
{
  gint32 x = *(const gint32 *) a;
  gint32 y = *(const gint32 *) b;

  return (x > y) - (x < y);
}

/**
 * focal_network_articulation_points:
 * @self: a network
 *
 * Lists the articulation points: the nodes whose removal would split their
 * component, such as the one person who connects two ministries.
 *
 * The nodes come in node order. Computed with Tarjan's algorithm on an
 * explicit stack, O(n + m).
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids of the
 *   articulation points, possibly none
 */
char **
focal_network_articulation_points (FocalNetwork *self)
{
  g_autofree gboolean *is_cut = NULL;
  g_autoptr(GArray) bridges = NULL;
  g_autoptr(GArray) points = NULL;

  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);

  is_cut = g_new0 (gboolean, MAX (self->n_nodes, 1));
  bridges = g_array_new (FALSE, FALSE, sizeof (gint32));
  focal_network_find_cuts (self, is_cut, bridges);

  points = g_array_new (FALSE, FALSE, sizeof (gint32));
  for (guint i = 0; i < self->n_nodes; i++)
    {
      gint32 node = i;

      if (is_cut[i])
        g_array_append_val (points, node);
    }

  return focal_network_ids_of (self, (const gint32 *) (gpointer) points->data, points->len);
}

/* The object of the network's link @l: its graph row if the graph lost no
 * link since the network was built, else the link of the graph that still
 * joins the two entities and is in the view (NULL if none is left). */
static FocalLink *
focal_network_dup_link (FocalNetwork *self,
                        gint32        l)
{
  FocalGraph *graph = focal_view_get_graph (self->view);
  const char *ends[2];
  const guint32 *rows;
  guint node, other, n_rows;
  FocalLinkColumns links;

  if (_focal_graph_get_link_stamp (graph) == self->link_stamp)
    return _focal_graph_dup_link (graph, g_array_index (self->link_rows, guint32, l));

  ends[0] = self->ids[g_array_index (self->link_ends, gint32, 2 * l)];
  ends[1] = self->ids[g_array_index (self->link_ends, gint32, 2 * l + 1)];
  if (!_focal_graph_find_node (graph, ends[0], &node) ||
      !_focal_graph_find_node (graph, ends[1], &other))
    return NULL;

  _focal_graph_get_link_columns (graph, &links);
  rows = _focal_graph_get_node_links (graph, node, &n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      guint32 r = rows[i];

      if ((links.source[r] == other || links.target[r] == other) &&
          _focal_view_accept_row (self->view, &links, r))
        return _focal_graph_dup_link (graph, r);
    }

  return NULL;
}

/**
 * focal_network_dup_bridges:
 * @self: a network
 *
 * Collects the bridges: the links whose removal would split their
 * component.
 *
 * Two nodes joined by several links are joined by no bridge, since
 * removing one link leaves the others. The links come in the order they
 * were added to the graph. Computed with Tarjan's algorithm on an explicit
 * stack, O(n + m).
 *
 * Returns: (transfer full): a list model of [class@Link], possibly empty
 */
GListModel *
focal_network_dup_bridges (FocalNetwork *self)
{
  g_autofree gboolean *is_cut = NULL;
  g_autoptr(GArray) bridges = NULL;
  GListStore *result;

  g_return_val_if_fail (FOCAL_IS_NETWORK (self), NULL);

  is_cut = g_new0 (gboolean, MAX (self->n_nodes, 1));
  bridges = g_array_new (FALSE, FALSE, sizeof (gint32));
  focal_network_find_cuts (self, is_cut, bridges);
  g_array_sort (bridges, focal_network_compare_int32);

  result = g_list_store_new (FOCAL_TYPE_LINK);
  for (guint i = 0; i < bridges->len; i++)
    {
      g_autoptr(FocalLink) link = focal_network_dup_link (self, g_array_index (bridges, gint32, i));

      if (link != NULL)
        g_list_store_append (result, link);
    }

  return G_LIST_MODEL (result);
}
