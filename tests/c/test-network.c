/* test-network.c: FocalNetwork on small hand-made graphs with known answers
 * and on a Canada-Mexico slice of the founding paper
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

static FocalDate *
date (const char *text)
{
  g_autoptr(GError) error = NULL;
  FocalDate *d = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);
  return d;
}

static void
add_actor (FocalGraph     *graph,
           const char     *id,
           FocalActorKind  kind,
           const char     *country,
           const char     *valid)
{
  g_autoptr(FocalActor) actor = focal_actor_new (id, kind);
  g_autoptr(GError) error = NULL;

  if (country != NULL)
    g_assert_true (focal_actor_set_country (actor, country, &error));
  if (valid != NULL)
    {
      g_autoptr(FocalDate) d = date (valid);
      focal_entity_set_valid (FOCAL_ENTITY (actor), d);
    }
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (actor), &error));
  g_assert_no_error (error);
}

static FocalLink *
add_link (FocalGraph    *graph,
          const char    *source,
          FocalLinkKind  kind,
          const char    *target,
          const char    *period,
          double         weight)
{
  g_autoptr(FocalLink) link = focal_link_new (source, kind, target);
  g_autoptr(GError) error = NULL;

  if (period != NULL)
    {
      g_autoptr(FocalDate) d = date (period);
      focal_link_set_period (link, d);
    }
  focal_link_set_weight (link, weight);
  g_assert_true (focal_graph_add_link (graph, link, &error));
  g_assert_no_error (error);

  return link;  /* the graph holds it */
}

/* A graph of people from "a b c" and "a-b b-c:2.5" (weights after ':'). */
static FocalGraph *
make_graph (const char *nodes,
            const char *edges)
{
  FocalGraph *graph = focal_graph_new ();
  g_auto(GStrv) ids = g_strsplit (nodes, " ", -1);
  g_auto(GStrv) pairs = g_strsplit (edges, " ", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    add_actor (graph, ids[i], FOCAL_ACTOR_KIND_PERSON, NULL, NULL);

  for (guint i = 0; pairs[i] != NULL && pairs[i][0] != '\0'; i++)
    {
      g_auto(GStrv) weighted = g_strsplit (pairs[i], ":", 2);
      g_auto(GStrv) ends = g_strsplit (weighted[0], "-", 2);
      double weight = weighted[1] != NULL ? g_ascii_strtod (weighted[1], NULL) : 1.0;

      add_link (graph, ends[0], FOCAL_LINK_KIND_COOPERATES_WITH, ends[1], NULL, weight);
    }

  return graph;
}

static FocalNetwork *
make_network (FocalGraph *graph,
              gboolean    actors_only)
{
  g_autoptr(FocalView) view = focal_view_new (graph);

  return focal_network_new (view, actors_only);
}

static char *
join (char **ids)
{
  g_assert_nonnull (ids);
  return g_strjoinv (",", ids);
}

static char *
path (FocalNetwork *network,
      const char   *from,
      const char   *to,
      gboolean      weighted)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = focal_network_shortest_path (network, from, to, weighted, &error);

  g_assert_no_error (error);
  return join (ids);
}

static char *
bridge_ends (FocalNetwork *network)
{
  g_autoptr(GListModel) bridges = focal_network_dup_bridges (network);
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (bridges);

  g_assert_true (g_list_model_get_item_type (bridges) == FOCAL_TYPE_LINK);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (bridges, i);

      g_string_append_printf (out, "%s%s-%s", i > 0 ? "," : "",
                              focal_link_get_source_id (link), focal_link_get_target_id (link));
    }

  return g_string_free (out, FALSE);
}

/* A triangle a b c with a tail c-d-e, e forking to f and g; h alone. */
#define TAILED_NODES "a b c d e f g h"
#define TAILED_EDGES "a-b b-c c-a c-d d-e e-f e-g"

static void
test_network_nodes (void)
{
  g_autoptr(FocalGraph) graph = make_graph (TAILED_NODES, TAILED_EDGES);
  g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
  g_autoptr(FocalView) view = NULL;
  guint index = 0, n_nodes = 0, n_edges = 0;
  gboolean actors_only = FALSE;

  g_assert_cmpuint (focal_network_get_n_nodes (network), ==, 8);
  g_assert_cmpuint (focal_network_get_n_edges (network), ==, 7);
  g_assert_true (focal_network_get_actors_only (network));
  g_assert_cmpstr (focal_network_get_node_id (network, 0), ==, "a");
  g_assert_cmpstr (focal_network_get_node_id (network, 7), ==, "h");
  g_assert_true (focal_network_lookup (network, "d", &index));
  g_assert_cmpuint (index, ==, 3);
  g_assert_true (focal_network_lookup (network, "h", NULL));
  g_assert_false (focal_network_lookup (network, "z", &index));
  g_assert_cmpuint (index, ==, 3);

  g_object_get (network,
                "n-nodes", &n_nodes,
                "n-edges", &n_edges,
                "actors-only", &actors_only,
                "view", &view,
                NULL);
  g_assert_cmpuint (n_nodes, ==, 8);
  g_assert_cmpuint (n_edges, ==, 7);
  g_assert_true (actors_only);
  g_assert_true (view == focal_network_get_view (network));
  g_assert_true (focal_view_get_graph (view) == graph);
}

static void
test_network_neighbors (void)
{
  g_autoptr(FocalGraph) graph = make_graph (TAILED_NODES, TAILED_EDGES);
  g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) of_c = focal_network_neighbors (network, "c", &error);
  g_auto(GStrv) of_h = focal_network_neighbors (network, "h", &error);
  g_autofree char *c = join (of_c);

  g_assert_no_error (error);
  /* In node order, whichever end each link started from. */
  g_assert_cmpstr (c, ==, "a,b,d");
  g_assert_cmpuint (g_strv_length (of_h), ==, 0);
}

static void
test_network_k_hop (void)
{
  g_autoptr(FocalGraph) graph = make_graph (TAILED_NODES, TAILED_EDGES);
  g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) hop0 = focal_network_k_hop (network, "a", 0, &error);
  g_auto(GStrv) hop1 = focal_network_k_hop (network, "a", 1, &error);
  g_auto(GStrv) hop2 = focal_network_k_hop (network, "a", 2, &error);
  g_auto(GStrv) hop10 = focal_network_k_hop (network, "a", 10, &error);
  g_auto(GStrv) from_e = focal_network_k_hop (network, "e", 1, &error);
  g_autofree char *one = join (hop1);
  g_autofree char *two = join (hop2);
  g_autofree char *ten = join (hop10);
  g_autofree char *e = join (from_e);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (hop0), ==, 0);
  g_assert_cmpstr (one, ==, "b,c");
  g_assert_cmpstr (two, ==, "b,c,d");
  /* h is in another component; the start is never listed. */
  g_assert_cmpstr (ten, ==, "b,c,d,e,f,g");
  g_assert_cmpstr (e, ==, "d,f,g");
}

static void
test_network_distances (void)
{
  g_autoptr(FocalGraph) graph = make_graph (TAILED_NODES, TAILED_EDGES);
  g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree guint *from_a = NULL;
  g_autofree guint *from_h = NULL;
  guint n = 0;
  /* a-b a-c b-c c-d d-e e-f e-g, and h alone (the order of the nodes). */
  const guint expected[] = { 0, 1, 1, 2, 3, 4, 4, G_MAXUINT };

  from_a = focal_network_distances (network, "a", &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, focal_network_get_n_nodes (network));
  g_assert_cmpmem (from_a, n * sizeof (guint), expected, sizeof expected);

  /* Agrees with k_hop at every depth. */
  for (guint k = 0; k <= 5; k++)
    {
      g_auto(GStrv) hop = focal_network_k_hop (network, "a", k, &error);
      guint within = 0;

      g_assert_no_error (error);
      for (guint i = 0; i < n; i++)
        within += from_a[i] > 0 && from_a[i] <= k;
      g_assert_cmpuint (g_strv_length (hop), ==, within);
    }

  from_h = focal_network_distances (network, "h", &n, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (from_h[i], ==, i == 7 ? 0 : G_MAXUINT);
}

static void
test_network_paths (void)
{
  g_autoptr(FocalGraph) graph = make_graph (TAILED_NODES, TAILED_EDGES);
  g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) none_weighted = NULL;
  g_autofree char *a_g = path (network, "a", "g", FALSE);
  g_autofree char *g_a = path (network, "g", "a", FALSE);
  g_autofree char *f_g = path (network, "f", "g", TRUE);
  g_autofree char *same = path (network, "d", "d", FALSE);
  g_autofree char *same_weighted = path (network, "d", "d", TRUE);

  g_assert_cmpstr (a_g, ==, "a,c,d,e,g");
  g_assert_cmpstr (g_a, ==, "g,e,d,c,a");
  g_assert_cmpstr (f_g, ==, "f,e,g");
  g_assert_cmpstr (same, ==, "d");
  g_assert_cmpstr (same_weighted, ==, "d");

  /* Unreachable: an empty array, not an error. */
  none = focal_network_shortest_path (network, "a", "h", FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (none);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  none_weighted = focal_network_shortest_path (network, "h", "a", TRUE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (none_weighted);
  g_assert_cmpuint (g_strv_length (none_weighted), ==, 0);
}

static void
test_network_weighted (void)
{
  g_autoptr(FocalGraph) graph = make_graph ("p q r s t", "p-q:1 q-r:1 p-r:5 r-s:0 s-t:2 r-t:3");
  g_autoptr(FocalNetwork) network = NULL;
  g_autofree char *hops = NULL;
  g_autofree char *light = NULL;
  g_autofree char *free_step = NULL;
  g_autofree char *merged = NULL;

  network = make_network (graph, TRUE);
  hops = path (network, "p", "r", FALSE);
  light = path (network, "p", "r", TRUE);
  /* The weight is a cost; a weight of 0 is free: r-s-t costs 2, r-t 3. */
  free_step = path (network, "p", "t", TRUE);
  g_assert_cmpstr (hops, ==, "p,r");
  g_assert_cmpstr (light, ==, "p,q,r");
  g_assert_cmpstr (free_step, ==, "p,q,r,s,t");

  /* A parallel link merges into the same edge, with the smaller weight. */
  add_link (graph, "r", FOCAL_LINK_KIND_PARTNERS_WITH, "p", NULL, 0.5);
  g_clear_object (&network);
  network = make_network (graph, TRUE);
  merged = path (network, "p", "r", TRUE);
  g_assert_cmpstr (merged, ==, "p,r");
  g_assert_cmpuint (focal_network_get_n_edges (network), ==, 6);
}

static void
test_network_components (void)
{
  g_autoptr(FocalGraph) graph = make_graph ("x " TAILED_NODES " y", TAILED_EDGES " x-h");
  g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
  g_autofree guint *component = NULL;
  guint n_nodes = 0, n_components = 0;
  const guint expected[] = { 0, 1, 1, 1, 1, 1, 1, 1, 0, 2 };

  component = focal_network_components (network, &n_nodes, &n_components);
  g_assert_cmpuint (n_nodes, ==, 10);
  g_assert_cmpuint (n_components, ==, 3);
  /* Numbered by first node: x (and h, linked to it) are 0. */
  g_assert_cmpmem (component, n_nodes * sizeof (guint), expected, sizeof expected);
}

static void
test_network_degree (void)
{
  g_autoptr(FocalGraph) graph = make_graph (TAILED_NODES, TAILED_EDGES);
  g_autoptr(FocalGraph) single = make_graph ("alone", "");
  g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
  g_autoptr(FocalNetwork) one = make_network (single, TRUE);
  g_autofree double *degree = NULL;
  g_autofree double *degree_one = NULL;
  const double expected[] = { 2, 2, 3, 2, 3, 1, 1, 0 };
  guint n = 0;

  degree = focal_network_degree_centrality (network, &n);
  g_assert_cmpuint (n, ==, 8);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (degree[i], expected[i] / 7.0, 1e-12);

  /* As networkx: a lone node has centrality 1. */
  degree_one = focal_network_degree_centrality (one, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (degree_one[0], ==, 1.0);
}

static void
test_network_betweenness (void)
{
  g_autoptr(FocalGraph) graph = make_graph (TAILED_NODES, TAILED_EDGES);
  g_autoptr(FocalGraph) star_graph = make_graph ("hub l1 l2 l3 l4", "hub-l1 l2-hub hub-l3 l4-hub");
  g_autoptr(FocalGraph) square_graph = make_graph ("n e s w", "n-e e-s s-w w-n");
  g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
  g_autoptr(FocalNetwork) star = make_network (star_graph, TRUE);
  g_autoptr(FocalNetwork) square = make_network (square_graph, TRUE);
  g_autofree double *raw = NULL;
  g_autofree double *normalized = NULL;
  g_autofree double *star_b = NULL;
  g_autofree double *square_b = NULL;
  /* c lies between {a,b} and {d,e,f,g}; d between {a,b,c} and {e,f,g};
   * e between {a,b,c,d} and {f,g}, and between f and g. */
  const double expected[] = { 0, 0, 8, 9, 9, 0, 0, 0 };
  guint n = 0;

  raw = focal_network_betweenness_centrality (network, FALSE, &n);
  g_assert_cmpuint (n, ==, 8);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (raw[i], expected[i], 1e-12);

  normalized = focal_network_betweenness_centrality (network, TRUE, &n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (normalized[i], expected[i] / 21.0, 1e-12);

  /* The hub of a star is on every path between two leaves. */
  star_b = focal_network_betweenness_centrality (star, TRUE, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpfloat_with_epsilon (star_b[0], 1.0, 1e-12);
  g_assert_cmpfloat (star_b[1], ==, 0.0);

  /* Two shortest paths between opposite corners: each corner gets half. */
  square_b = focal_network_betweenness_centrality (square, FALSE, &n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (square_b[i], 0.5, 1e-12);
}

static void
test_network_cuts (void)
{
  g_autoptr(FocalGraph) graph = make_graph (TAILED_NODES, TAILED_EDGES);
  g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
  g_auto(GStrv) points = focal_network_articulation_points (network);
  g_autofree char *ids = join (points);
  g_autofree char *bridges = bridge_ends (network);

  g_assert_cmpstr (ids, ==, "c,d,e");
  g_assert_cmpstr (bridges, ==, "c-d,d-e,e-f,e-g");
}

static void
test_network_parallel_links (void)
{
  g_autoptr(FocalGraph) graph = make_graph ("x y z", "x-y y-z");
  g_autoptr(FocalNetwork) before = make_network (graph, TRUE);
  g_autoptr(FocalNetwork) after = NULL;
  g_autofree char *bridges_before = bridge_ends (before);
  g_autofree char *bridges_after = NULL;
  g_auto(GStrv) points = NULL;
  g_autofree char *ids = NULL;

  g_assert_cmpstr (bridges_before, ==, "x-y,y-z");

  /* A second link between y and z: removing one leaves the other. */
  add_link (graph, "z", FOCAL_LINK_KIND_PARTNERS_WITH, "y", NULL, 1.0);
  after = make_network (graph, TRUE);
  bridges_after = bridge_ends (after);
  g_assert_cmpuint (focal_network_get_n_edges (after), ==, 2);
  g_assert_cmpstr (bridges_after, ==, "x-y");
  points = focal_network_articulation_points (after);
  ids = join (points);
  g_assert_cmpstr (ids, ==, "y");
}

static void
test_network_deep (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalNetwork) network = NULL;
  g_autoptr(GListModel) bridges = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) points = NULL;
  g_auto(GStrv) ids = NULL;
  const guint n = 20000;

  /* A path this long would be deep recursion for a recursive DFS. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      add_actor (graph, id, FOCAL_ACTOR_KIND_PERSON, NULL, NULL);
      if (i > 0)
        {
          g_autofree char *previous = g_strdup_printf ("p%u", i - 1);
          add_link (graph, previous, FOCAL_LINK_KIND_COOPERATES_WITH, id, NULL, 1.0);
        }
    }

  network = make_network (graph, TRUE);
  points = focal_network_articulation_points (network);
  bridges = focal_network_dup_bridges (network);
  g_assert_cmpuint (g_strv_length (points), ==, n - 2);
  g_assert_cmpstr (points[0], ==, "p1");
  g_assert_cmpuint (g_list_model_get_n_items (bridges), ==, n - 1);

  ids = focal_network_shortest_path (network, "p0", "p19999", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (ids), ==, n);
  g_assert_cmpstr (ids[n / 2], ==, "p10000");
}

static void
test_network_snapshot (void)
{
  g_autoptr(FocalGraph) graph = make_graph ("a b c", "a-b");
  g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
  g_autofree char *before = path (network, "a", "c", FALSE);
  g_autofree char *after = NULL;

  /* Later changes to the graph do not reach a network. */
  add_link (graph, "b", FOCAL_LINK_KIND_COOPERATES_WITH, "c", NULL, 1.0);
  after = path (network, "a", "c", FALSE);
  g_assert_cmpstr (before, ==, "");
  g_assert_cmpstr (after, ==, "");
  g_assert_cmpuint (focal_network_get_n_edges (network), ==, 1);
}

static void
test_network_empty (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalNetwork) network = make_network (graph, FALSE);
  g_autofree guint *component = NULL;
  g_autofree double *degree = NULL;
  g_autofree double *betweenness = NULL;
  g_autoptr(GListModel) bridges = focal_network_dup_bridges (network);
  g_auto(GStrv) points = focal_network_articulation_points (network);
  guint n = 1, n_components = 1;

  component = focal_network_components (network, &n, &n_components);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (n_components, ==, 0);
  degree = focal_network_degree_centrality (network, &n);
  g_assert_cmpuint (n, ==, 0);
  betweenness = focal_network_betweenness_centrality (network, TRUE, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (g_strv_length (points), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (bridges), ==, 0);
}

static void
assert_unknown (GError     *error,
                const char *id)
{
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, id));
}

static void
test_network_errors (void)
{
  g_autoptr(FocalGraph) graph = make_graph ("a b", "a-b");
  g_autoptr(FocalForum) forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(FocalNetwork) network = NULL;
  g_autoptr(FocalNetwork) with_forum = NULL;
  g_autoptr(GError) error = NULL;
  char **result;

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (forum), &error));
  add_link (graph, "a", FOCAL_LINK_KIND_MEMBER_OF, "jmc", NULL, 1.0);
  network = make_network (graph, TRUE);
  with_forum = make_network (graph, FALSE);
  g_assert_cmpuint (focal_network_get_n_nodes (network), ==, 2);
  g_assert_cmpuint (focal_network_get_n_nodes (with_forum), ==, 3);
  g_assert_cmpuint (focal_network_get_n_edges (with_forum), ==, 2);

  result = focal_network_neighbors (network, "nobody", &error);
  g_assert_null (result);
  assert_unknown (error, "\"nobody\"");
  g_clear_error (&error);

  result = focal_network_k_hop (network, "nobody", 2, &error);
  g_assert_null (result);
  assert_unknown (error, "\"nobody\"");
  g_clear_error (&error);

  {
    guint n = 99;
    g_autofree guint *distances = focal_network_distances (network, "nobody", &n, &error);

    g_assert_null (distances);
    g_assert_cmpuint (n, ==, 0);
    assert_unknown (error, "\"nobody\"");
    g_clear_error (&error);
  }

  /* The forum is in the graph but not among an actors-only network's nodes. */
  result = focal_network_shortest_path (network, "jmc", "a", FALSE, &error);
  g_assert_null (result);
  assert_unknown (error, "\"jmc\"");
  g_clear_error (&error);

  result = focal_network_shortest_path (network, "a", "jmc", TRUE, &error);
  g_assert_null (result);
  assert_unknown (error, "\"jmc\"");
  g_clear_error (&error);

  result = focal_network_shortest_path (with_forum, "jmc", "b", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (result), ==, 3);
  g_strfreev (result);

  /* Calls with no error location just return NULL. */
  g_assert_null (focal_network_neighbors (network, "jmc", NULL));
}

/* The slice of the relationship the paper describes: who is connected to
 * whom depends on the date. */
static FocalGraph *
make_slice (void)
{
  FocalGraph *graph = focal_graph_new ();
  g_autoptr(FocalAgreement) nafta = focal_agreement_new ("nafta", FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);
  g_autoptr(FocalForum) jmc = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(GError) error = NULL;

  add_actor (graph, "canada", FOCAL_ACTOR_KIND_STATE, "CA", NULL);
  add_actor (graph, "mexico", FOCAL_ACTOR_KIND_STATE, "MX", NULL);
  add_actor (graph, "dfait", FOCAL_ACTOR_KIND_MINISTRY, "CA", NULL);
  add_actor (graph, "sre", FOCAL_ACTOR_KIND_MINISTRY, "MX", NULL);
  add_actor (graph, "elections-canada", FOCAL_ACTOR_KIND_AGENCY, "CA", NULL);
  add_actor (graph, "ife", FOCAL_ACTOR_KIND_AGENCY, "MX", "1990/2014");
  add_actor (graph, "axworthy", FOCAL_ACTOR_KIND_PERSON, "CA", NULL);
  add_actor (graph, "green", FOCAL_ACTOR_KIND_PERSON, "MX", NULL);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (nafta), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (jmc), &error));
  g_assert_no_error (error);

  add_link (graph, "dfait", FOCAL_LINK_KIND_PART_OF, "canada", NULL, 1.0);
  add_link (graph, "sre", FOCAL_LINK_KIND_PART_OF, "mexico", NULL, 1.0);
  add_link (graph, "elections-canada", FOCAL_LINK_KIND_PART_OF, "canada", NULL, 1.0);
  add_link (graph, "ife", FOCAL_LINK_KIND_PART_OF, "mexico", NULL, 1.0);
  add_link (graph, "axworthy", FOCAL_LINK_KIND_LEADS, "dfait", "1996/2000", 1.0);
  add_link (graph, "green", FOCAL_LINK_KIND_LEADS, "sre", "1998/2000", 1.0);
  add_link (graph, "axworthy", FOCAL_LINK_KIND_COOPERATES_WITH, "green", "1998/2000", 1.0);
  add_link (graph, "elections-canada", FOCAL_LINK_KIND_COOPERATES_WITH, "ife", "1996/..", 1.0);
  add_link (graph, "canada", FOCAL_LINK_KIND_PARTY_TO, "nafta", "1994/..", 1.0);
  add_link (graph, "mexico", FOCAL_LINK_KIND_PARTY_TO, "nafta", "1994/..", 1.0);
  add_link (graph, "dfait", FOCAL_LINK_KIND_MEMBER_OF, "jmc", NULL, 1.0);
  add_link (graph, "sre", FOCAL_LINK_KIND_MEMBER_OF, "jmc", NULL, 1.0);

  return graph;
}

static FocalNetwork *
slice_network (FocalGraph *graph,
               const char *when,
               gboolean    actors_only)
{
  g_autoptr(FocalView) all = focal_view_new (graph);
  g_autoptr(FocalDate) d = date (when);
  g_autoptr(FocalView) then = focal_view_at (all, d);

  return focal_network_new (then, actors_only);
}

static void
test_network_slice_dates (void)
{
  g_autoptr(FocalGraph) graph = make_slice ();
  g_autoptr(FocalNetwork) in_1995 = slice_network (graph, "1995", TRUE);
  g_autoptr(FocalNetwork) in_1999 = slice_network (graph, "1999", TRUE);
  g_autoptr(FocalNetwork) in_2016 = slice_network (graph, "2016", TRUE);
  g_autoptr(FocalNetwork) everything_1995 = slice_network (graph, "1995", FALSE);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ife_1999 = NULL;
  g_auto(GStrv) ife_2016 = NULL;
  g_autofree guint *component = NULL;
  g_autofree char *apart = path (in_1995, "canada", "mexico", FALSE);
  g_autofree char *by_nafta = path (everything_1995, "canada", "mexico", FALSE);
  g_autofree char *electoral = path (in_1999, "canada", "mexico", FALSE);
  g_autofree char *neighbors = NULL;
  guint n = 0, n_components = 0;

  /* As of 1995 the two governments' actors are not linked to each other;
   * only NAFTA and the joint committee, which are not actors, join them. */
  g_assert_cmpstr (apart, ==, "");
  g_assert_cmpstr (by_nafta, ==, "canada,nafta,mexico");
  component = focal_network_components (in_1995, &n, &n_components);
  g_assert_cmpuint (n, ==, 8);
  g_assert_cmpuint (n_components, ==, 4);
  g_assert_cmpuint (component[4], ==, 0);   /* elections-canada with canada */
  g_assert_cmpuint (component[5], ==, 1);   /* ife with mexico */

  /* By 1999 the electoral agencies cooperate: the shortest tie. */
  g_assert_cmpstr (electoral, ==, "canada,elections-canada,ife,mexico");
  ife_1999 = focal_network_neighbors (in_1999, "ife", &error);
  g_assert_no_error (error);
  neighbors = join (ife_1999);
  g_assert_cmpstr (neighbors, ==, "mexico,elections-canada");

  /* In 2016 the IFE is gone: not a node of the network. */
  ife_2016 = focal_network_neighbors (in_2016, "ife", &error);
  g_assert_null (ife_2016);
  assert_unknown (error, "\"ife\"");
  g_assert_cmpuint (focal_network_get_n_nodes (in_2016), ==, 7);
}

static void
test_network_slice_person (void)
{
  g_autoptr(FocalGraph) graph = make_slice ();
  const FocalActorKind governments[] = {
    FOCAL_ACTOR_KIND_STATE, FOCAL_ACTOR_KIND_MINISTRY, FOCAL_ACTOR_KIND_PERSON,
  };
  g_autoptr(FocalView) all = focal_view_new (graph);
  g_autoptr(FocalDate) d1999 = date ("1999");
  g_autoptr(FocalView) then = focal_view_at (all, d1999);
  g_autoptr(FocalView) view = focal_view_with_actor_kinds (then, governments,
                                                           G_N_ELEMENTS (governments));
  g_autoptr(FocalNetwork) actors = focal_network_new (view, TRUE);
  g_autoptr(FocalNetwork) everything = focal_network_new (view, FALSE);
  g_auto(GStrv) points = focal_network_articulation_points (actors);
  g_auto(GStrv) no_points = focal_network_articulation_points (everything);
  g_autofree char *ids = join (points);
  g_autofree char *bridges = bridge_ends (actors);
  g_autofree char *no_bridges = bridge_ends (everything);
  g_autofree char *ministers = path (actors, "canada", "mexico", FALSE);
  g_autofree double *betweenness = NULL;
  guint n = 0, axworthy = 0;

  /* Among governments, in 1999 the ministries talk through their
   * ministers: Axworthy is an articulation point, his tie to Green a
   * bridge, and he lies on every path between the two sides. */
  g_assert_cmpstr (ministers, ==, "canada,dfait,axworthy,green,sre,mexico");
  g_assert_cmpstr (ids, ==, "dfait,sre,axworthy,green");
  g_assert_cmpstr (bridges, ==,
                   "dfait-canada,sre-mexico,axworthy-dfait,green-sre,axworthy-green");
  g_assert_true (focal_network_lookup (actors, "axworthy", &axworthy));
  betweenness = focal_network_betweenness_centrality (actors, FALSE, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpfloat_with_epsilon (betweenness[axworthy], 6.0, 1e-12);

  /* The joint committee and NAFTA close the loops: no single point of failure. */
  g_assert_cmpuint (g_strv_length (no_points), ==, 0);
  g_assert_cmpstr (no_bridges, ==, "");
}

static void
test_network_precondition_view (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalNetwork) network = focal_network_new (NULL, FALSE);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_VIEW*");
}

static void
test_network_precondition_index (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = make_graph ("a b", "a-b");
      g_autoptr(FocalNetwork) network = make_network (graph, TRUE);

      focal_network_get_node_id (network, 2);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*index < self->n_nodes*");
}

static void
test_network_precondition_id (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = make_graph ("a b", "a-b");
      g_autoptr(FocalNetwork) network = make_network (graph, TRUE);
      g_auto(GStrv) ids = focal_network_shortest_path (network, "a", NULL, FALSE, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*to != NULL*");
}

static void
test_network_references (void)
{
  FocalGraph *graph = make_graph ("a b", "a-b");
  FocalView *view = focal_view_new (graph);
  FocalNetwork *network = focal_network_new (view, FALSE);
  g_autoptr(GListModel) bridges = NULL;

  /* The network keeps its view (and so the graph) and its bridges' links. */
  g_object_unref (view);
  g_object_unref (graph);
  bridges = focal_network_dup_bridges (network);
  g_object_add_weak_pointer (G_OBJECT (graph), (gpointer *) &graph);
  g_assert_finalize_object (network);
  g_assert_null (graph);
  g_assert_cmpuint (g_list_model_get_n_items (bridges), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/network/nodes", test_network_nodes);
  g_test_add_func ("/focal/network/neighbors", test_network_neighbors);
  g_test_add_func ("/focal/network/k-hop", test_network_k_hop);
  g_test_add_func ("/focal/network/distances", test_network_distances);
  g_test_add_func ("/focal/network/paths", test_network_paths);
  g_test_add_func ("/focal/network/weighted", test_network_weighted);
  g_test_add_func ("/focal/network/components", test_network_components);
  g_test_add_func ("/focal/network/degree", test_network_degree);
  g_test_add_func ("/focal/network/betweenness", test_network_betweenness);
  g_test_add_func ("/focal/network/cuts", test_network_cuts);
  g_test_add_func ("/focal/network/parallel-links", test_network_parallel_links);
  g_test_add_func ("/focal/network/deep", test_network_deep);
  g_test_add_func ("/focal/network/snapshot", test_network_snapshot);
  g_test_add_func ("/focal/network/empty", test_network_empty);
  g_test_add_func ("/focal/network/errors", test_network_errors);
  g_test_add_func ("/focal/network/slice-dates", test_network_slice_dates);
  g_test_add_func ("/focal/network/slice-person", test_network_slice_person);
  g_test_add_func ("/focal/network/references", test_network_references);
  g_test_add_func ("/focal/network/precondition/view", test_network_precondition_view);
  g_test_add_func ("/focal/network/precondition/index", test_network_precondition_index);
  g_test_add_func ("/focal/network/precondition/id", test_network_precondition_id);

  return g_test_run ();
}
