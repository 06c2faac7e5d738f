/* bench-igraph.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The benchmark workload with igraph's C library, as the reference for
 * bench-focal.c: the same steps, the same JSON lines.
 *
 *   bench-igraph FILE [QUERIES]
 *
 * Load parses the document with json-glib, keeps every link's kind, period,
 * weight and attributes in arrays of its own (the JsonNode tree of each
 * entity is kept as its attributes), and builds an undirected igraph
 * multigraph. Periods are compared as whole years, which is what
 * generate.py writes.
 */

#include <igraph.h>
#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static double step_start;

/* Full breadth-first searches, one from each of the largest hubs. */
#define BFS_SOURCES 10

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static guint64
current_rss (void)
{
  unsigned long size = 0, resident = 0;
  FILE *f = fopen ("/proc/self/statm", "r");

  if (f == NULL)
    return 0;
  if (fscanf (f, "%lu %lu", &size, &resident) != 2)
    resident = 0;
  fclose (f);
  return (guint64) resident * (guint64) sysconf (_SC_PAGESIZE);
}

static guint64
peak_rss (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (guint64) usage.ru_maxrss * 1024;
}

/* Betweenness runs only up to $BENCH_BETWEENNESS_MAX_NODES nodes (10,000). */
static guint
max_betweenness_nodes (void)
{
  const char *value = g_getenv ("BENCH_BETWEENNESS_MAX_NODES");

  return value != NULL ? (guint) g_ascii_strtoull (value, NULL, 10) : 12000;
}

static void
begin (void)
{
  step_start = now ();
}

static void
end (const char *step,
     char       *extra)
{
  double wall = now () - step_start;

  printf ("{\"tool\": \"igraph-c\", \"step\": \"%s\", \"wall\": %.6f, "
          "\"peak_rss\": %" G_GUINT64_FORMAT ", \"rss\": %" G_GUINT64_FORMAT "%s%s}\n",
          step, wall, peak_rss (), current_rss (),
          extra != NULL ? ", " : "", extra != NULL ? extra : "");
  fflush (stdout);
  g_free (extra);
}

/* A plain breadth-first search over compact int32 adjacency arrays (CSR:
 * the neighbours of v are neighbors[offsets[v]] .. neighbors[offsets[v + 1]]),
 * the floor the issue measures libfocal's against. Fills @distance (-1 for
 * not reached); returns the nodes reached, and the deepest in *@depth. */
static guint
plain_bfs (const gint32 *offsets,
           const gint32 *neighbors,
           gint32        n,
           gint32        start,
           gint32       *distance,
           gint32       *queue,
           guint        *depth)
{
  guint head = 0, tail = 0;

  memset (distance, 0xff, sizeof (gint32) * n);
  distance[start] = 0;
  queue[tail++] = start;
  while (head < tail)
    {
      gint32 u = queue[head++];

      for (gint32 e = offsets[u]; e < offsets[u + 1]; e++)
        {
          gint32 v = neighbors[e];

          if (distance[v] < 0)
            {
              distance[v] = distance[u] + 1;
              queue[tail++] = v;
            }
        }
    }
  *depth = MAX (*depth, (guint) distance[queue[tail - 1]]);
  return tail;
}

typedef struct
{
  char       *kind;
  char       *period;
  double      weight;
  JsonObject *attributes;   /* nullable */
} Edge;

static gboolean
period_holds (const char *period,
              int         year)
{
  const char *slash;

  if (period == NULL)
    return TRUE;
  slash = strchr (period, '/');
  if (slash == NULL)
    return atoi (period) == year;
  return (period[0] == '.' || atoi (period) <= year) &&
         (slash[1] == '.' || year <= atoi (slash + 1));
}

static const char * const sections[] = {
  "actors", "issues", "forums", "agreements", "events", "positions",
};

int
main (int    argc,
      char **argv)
{
  g_autoptr(JsonParser) qparser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *queries_path = NULL;
  JsonObject *queries;
  JsonArray *hubs, *pairs;
  JsonParser *parser;
  GHashTable *index;
  GPtrArray *ids, *entities;
  GArray *edges;
  igraph_t graph;
  igraph_vector_int_t edge_list;
  guint64 rss_before;
  guint n_links = 0;
  int as_of;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE [QUERIES]\n", argv[0]);
      return 2;
    }

  queries_path = argc > 2 ? g_strdup (argv[2]) : g_strconcat (argv[1], ".queries.json", NULL);
  if (!json_parser_load_from_file (qparser, queries_path, &error))
    g_error ("%s: %s", queries_path, error->message);
  queries = json_node_get_object (json_parser_get_root (qparser));
  hubs = json_object_get_array_member (queries, "hubs");
  pairs = json_object_get_array_member (queries, "pairs");
  as_of = atoi (json_object_get_string_member (queries, "as-of"));

  igraph_set_warning_handler (igraph_warning_handler_ignore);
  malloc_trim (0);
  rss_before = current_rss ();

  /* load */
  begin ();
  {
    JsonObject *root;
    JsonArray *links;

    parser = json_parser_new ();
    if (!json_parser_load_from_file (parser, argv[1], &error))
      g_error ("%s", error->message);
    root = json_node_get_object (json_parser_get_root (parser));
    index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
    ids = g_ptr_array_new_with_free_func (g_free);
    entities = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
    for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
      {
        JsonArray *array;

        if (!json_object_has_member (root, sections[s]))
          continue;
        array = json_object_get_array_member (root, sections[s]);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonObject *entity = json_array_get_object_element (array, i);
            char *id = g_strdup (json_object_get_string_member (entity, "id"));

            g_hash_table_insert (index, id, GUINT_TO_POINTER (ids->len));
            g_ptr_array_add (ids, id);
            g_ptr_array_add (entities, json_object_ref (entity));
          }
      }

    links = json_object_get_array_member (root, "links");
    n_links = json_array_get_length (links);
    edges = g_array_sized_new (FALSE, FALSE, sizeof (Edge), n_links);
    igraph_vector_int_init (&edge_list, 2 * n_links);
    for (guint i = 0; i < n_links; i++)
      {
        JsonObject *link = json_array_get_object_element (links, i);
        Edge edge = { 0 };

        VECTOR (edge_list)[2 * i] = GPOINTER_TO_UINT (
          g_hash_table_lookup (index, json_object_get_string_member (link, "source")));
        VECTOR (edge_list)[2 * i + 1] = GPOINTER_TO_UINT (
          g_hash_table_lookup (index, json_object_get_string_member (link, "target")));
        edge.kind = g_strdup (json_object_get_string_member (link, "kind"));
        edge.period = g_strdup (json_object_get_string_member_with_default (link, "period", NULL));
        edge.weight = json_object_get_double_member_with_default (link, "weight", 1.0);
        if (json_object_has_member (link, "attributes"))
          edge.attributes = json_object_ref (json_object_get_object_member (link, "attributes"));
        g_array_append_val (edges, edge);
      }
    igraph_create (&graph, &edge_list, ids->len, IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy (&edge_list);
    /* entities keep their JSON objects; drop the rest of the tree */
    g_object_unref (parser);
  }
  end ("load", g_strdup_printf ("\"n_links\": %u, \"n_entities\": %u, \"bytes_per_link\": %.1f",
                                n_links, ids->len,
                                (double) (current_rss () - rss_before) / n_links));

  /* neighbours of the 100 largest hubs (distinct neighbours) */
  begin ();
  {
    igraph_vector_int_t neis;
    guint total = 0;

    igraph_vector_int_init (&neis, 0);
    for (guint i = 0; i < json_array_get_length (hubs); i++)
      {
        guint v = GPOINTER_TO_UINT (g_hash_table_lookup (index, json_array_get_string_element (hubs, i)));
        igraph_integer_t n;

        igraph_neighbors (&graph, &neis, v, IGRAPH_ALL);
        n = igraph_vector_int_size (&neis);
        /* igraph_neighbors returns a sorted list; count distinct */
        for (igraph_integer_t j = 0; j < n; j++)
          if (j == 0 || VECTOR (neis)[j] != VECTOR (neis)[j - 1])
            total++;
      }
    igraph_vector_int_destroy (&neis);
    end ("neighbors", g_strdup_printf ("\"result\": %u", total));
  }

  begin ();
  end ("network", g_strdup ("\"result\": 0"));

  /* 1,000 shortest paths by hops */
  begin ();
  {
    igraph_vector_int_t vertices;
    guint total = 0;

    igraph_vector_int_init (&vertices, 0);
    for (guint i = 0; i < json_array_get_length (pairs); i++)
      {
        JsonArray *pair = json_array_get_array_element (pairs, i);
        guint a = GPOINTER_TO_UINT (g_hash_table_lookup (index, json_array_get_string_element (pair, 0)));
        guint b = GPOINTER_TO_UINT (g_hash_table_lookup (index, json_array_get_string_element (pair, 1)));

        igraph_get_shortest_path (&graph, &vertices, NULL, a, b, IGRAPH_ALL);
        total += igraph_vector_int_size (&vertices);
      }
    igraph_vector_int_destroy (&vertices);
    end ("paths", g_strdup_printf ("\"result\": %u", total));
  }

  /* full breadth-first searches from the ten largest hubs: igraph's, then
   * a plain one over compact arrays made from the edge list beforehand */
  begin ();
  {
    igraph_vector_int_t order, layers;
    guint reached = 0, deepest = 0;

    igraph_vector_int_init (&order, 0);
    igraph_vector_int_init (&layers, 0);
    for (guint i = 0; i < BFS_SOURCES && i < json_array_get_length (hubs); i++)
      {
        guint v = GPOINTER_TO_UINT (g_hash_table_lookup (index, json_array_get_string_element (hubs, i)));

        igraph_bfs_simple (&graph, v, IGRAPH_ALL, &order, &layers, NULL);
        reached += igraph_vector_int_size (&order);
        deepest = MAX (deepest, (guint) igraph_vector_int_size (&layers) - 2);
      }
    igraph_vector_int_destroy (&order);
    igraph_vector_int_destroy (&layers);
    end ("bfs", g_strdup_printf ("\"result\": %u, \"depth\": %u", reached, deepest));
  }
  {
    gint32 n = igraph_vcount (&graph);
    igraph_integer_t m = igraph_ecount (&graph);
    g_autofree gint32 *offsets = g_new0 (gint32, n + 1);
    g_autofree gint32 *neighbors = g_new (gint32, 2 * m);
    g_autofree gint32 *fill = g_new (gint32, n);
    g_autofree gint32 *distance = g_new (gint32, n);
    g_autofree gint32 *queue = g_new (gint32, n);
    guint reached = 0, deepest = 0;

    for (igraph_integer_t e = 0; e < m; e++)
      {
        offsets[IGRAPH_FROM (&graph, e) + 1]++;
        offsets[IGRAPH_TO (&graph, e) + 1]++;
      }
    for (gint32 v = 0; v < n; v++)
      offsets[v + 1] += offsets[v];
    memcpy (fill, offsets, sizeof (gint32) * n);
    for (igraph_integer_t e = 0; e < m; e++)
      {
        gint32 a = IGRAPH_FROM (&graph, e), b = IGRAPH_TO (&graph, e);

        neighbors[fill[a]++] = b;
        neighbors[fill[b]++] = a;
      }

    begin ();
    for (guint i = 0; i < BFS_SOURCES && i < json_array_get_length (hubs); i++)
      {
        guint v = GPOINTER_TO_UINT (g_hash_table_lookup (index, json_array_get_string_element (hubs, i)));

        reached += plain_bfs (offsets, neighbors, n, v, distance, queue, &deepest);
      }
    end ("bfs-arrays", g_strdup_printf ("\"result\": %u, \"depth\": %u", reached, deepest));
  }

  /* connected components */
  begin ();
  {
    igraph_integer_t n_components;

    igraph_connected_components (&graph, NULL, NULL, &n_components, IGRAPH_WEAK);
    end ("components", g_strdup_printf ("\"result\": %ld", (long) n_components));
  }

  /* degree centrality */
  begin ();
  {
    igraph_vector_int_t degree;
    igraph_integer_t n = igraph_vcount (&graph), max = 0;

    igraph_vector_int_init (&degree, 0);
    igraph_degree (&graph, &degree, igraph_vss_all (), IGRAPH_ALL, IGRAPH_LOOPS);
    for (igraph_integer_t i = 0; i < n; i++)
      max = MAX (max, VECTOR (degree)[i]);
    igraph_vector_int_destroy (&degree);
    end ("degree", g_strdup_printf ("\"result\": %.6f", (double) max / (n - 1)));
  }

  /* the links that hold as of a date, then components */
  begin ();
  {
    igraph_vector_int_t keep;

    igraph_t then;
    igraph_integer_t n_components;

    igraph_vector_int_init (&keep, 0);
    for (guint e = 0; e < edges->len; e++)
      if (period_holds (g_array_index (edges, Edge, e).period, as_of))
        igraph_vector_int_push_back (&keep, e);
    igraph_subgraph_edges (&graph, &then, igraph_ess_vector (&keep), FALSE);
    igraph_connected_components (&then, NULL, NULL, &n_components, IGRAPH_WEAK);
    end ("view-components", g_strdup_printf ("\"result\": %ld, \"edges\": %ld",
                                             (long) n_components,
                                             (long) igraph_vector_int_size (&keep)));
    igraph_destroy (&then);
    igraph_vector_int_destroy (&keep);

  }

  if (igraph_vcount (&graph) <= max_betweenness_nodes ())
    {
      igraph_vector_t betweenness;
      igraph_integer_t n = igraph_vcount (&graph);
      igraph_t simple;
      double max = 0;

      /* On a multigraph igraph counts parallel edges as distinct paths;
       * libfocal's network merges them, so compare on the simple graph
       * (the copy is timed too). */
      begin ();
      igraph_copy (&simple, &graph);
      igraph_simplify (&simple, TRUE, TRUE, NULL);
      igraph_vector_init (&betweenness, 0);
      igraph_betweenness (&simple, &betweenness, igraph_vss_all (), IGRAPH_UNDIRECTED, NULL);
      igraph_destroy (&simple);
      for (igraph_integer_t i = 0; i < n; i++)
        max = MAX (max, VECTOR (betweenness)[i]);
      igraph_vector_destroy (&betweenness);
      end ("betweenness", g_strdup_printf ("\"result\": %.6f",
                                           max * 2 / ((double) (n - 1) * (n - 2))));
    }

  /* save: entities as they were read, links from the arrays */
  begin ();
  {
    g_autoptr(JsonBuilder) builder = json_builder_new ();
    g_autoptr(JsonGenerator) generator = json_generator_new ();
    g_autoptr(JsonNode) root = NULL;
    g_autofree char *data = NULL;
    gsize length = 0;

    json_builder_begin_object (builder);
    json_builder_set_member_name (builder, "format");
    json_builder_add_string_value (builder, "focal/1");
    json_builder_set_member_name (builder, "entities");
    json_builder_begin_array (builder);
    for (guint i = 0; i < entities->len; i++)
      {
        JsonNode *node = json_node_alloc ();

        json_node_init_object (node, g_ptr_array_index (entities, i));
        json_builder_add_value (builder, node);
      }
    json_builder_end_array (builder);
    json_builder_set_member_name (builder, "links");
    json_builder_begin_array (builder);
    for (guint e = 0; e < edges->len; e++)
      {
        Edge *edge = &g_array_index (edges, Edge, e);

        json_builder_begin_object (builder);
        json_builder_set_member_name (builder, "source");
        json_builder_add_string_value (builder, g_ptr_array_index (ids, IGRAPH_FROM (&graph, e)));
        json_builder_set_member_name (builder, "kind");
        json_builder_add_string_value (builder, edge->kind);
        json_builder_set_member_name (builder, "target");
        json_builder_add_string_value (builder, g_ptr_array_index (ids, IGRAPH_TO (&graph, e)));
        if (edge->period != NULL)
          {
            json_builder_set_member_name (builder, "period");
            json_builder_add_string_value (builder, edge->period);
          }
        if (edge->weight != 1.0)
          {
            json_builder_set_member_name (builder, "weight");
            json_builder_add_double_value (builder, edge->weight);
          }
        if (edge->attributes != NULL)
          {
            JsonNode *node = json_node_alloc ();

            json_node_init_object (node, edge->attributes);
            json_builder_set_member_name (builder, "attributes");
            json_builder_add_value (builder, node);
          }
        json_builder_end_object (builder);
      }
    json_builder_end_array (builder);
    json_builder_end_object (builder);
    root = json_builder_get_root (builder);
    json_generator_set_root (generator, root);
    data = json_generator_to_data (generator, &length);
    end ("save", g_strdup_printf ("\"result\": %" G_GSIZE_FORMAT, length));
  }

  return 0;
}
