/* bench-focal.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Runs the benchmark workload with libfocal on one focal/1 document and
 * prints one JSON line per step: wall seconds, peak RSS (getrusage
 * ru_maxrss) and current RSS (/proc/self/statm) after the step. The last
 * two steps save the document as a binary snapshot (FILE.focal-snapshot,
 * deleted afterwards unless $BENCH_KEEP_SNAPSHOT is set) and load it back.
 *
 *   bench-focal FILE [QUERIES]
 *
 * QUERIES defaults to FILE.queries.json, as written by generate.py.
 */

#include <focal/focal.h>
#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
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
     const char *extra)
{
  double wall = now () - step_start;

  printf ("{\"tool\": \"focal-c\", \"step\": \"%s\", \"wall\": %.6f, "
          "\"peak_rss\": %" G_GUINT64_FORMAT ", \"rss\": %" G_GUINT64_FORMAT "%s%s}\n",
          step, wall, peak_rss (), current_rss (),
          extra != NULL ? ", " : "", extra != NULL ? extra : "");
  fflush (stdout);
}

static guint
count_components (FocalNetwork *network)
{
  g_autofree guint *labels = NULL;
  guint n_nodes = 0, n_components = 0;

  labels = focal_network_components (network, &n_nodes, &n_components);
  return n_components;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalView) view = NULL;
  g_autoptr(FocalNetwork) network = NULL;
  g_autofree char *queries_path = NULL;
  g_autofree char *extra = NULL;
  JsonObject *queries;
  JsonArray *hubs, *pairs;
  FocalGraph *graph;
  guint64 rss_before;
  guint n_links, n_found = 0, total_length = 0;
  gsize length = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE [QUERIES]\n", argv[0]);
      return 2;
    }

  queries_path = argc > 2 ? g_strdup (argv[2]) : g_strconcat (argv[1], ".queries.json", NULL);
  if (!json_parser_load_from_file (parser, queries_path, &error))
    g_error ("%s: %s", queries_path, error->message);
  queries = json_node_get_object (json_parser_get_root (parser));
  hubs = json_object_get_array_member (queries, "hubs");
  pairs = json_object_get_array_member (queries, "pairs");

  /* Make the library's own one-time setup (types, enums) not count as load. */
  g_type_ensure (FOCAL_TYPE_DOCUMENT);
  malloc_trim (0);
  rss_before = current_rss ();

  /* load */
  file = g_file_new_for_path (argv[1]);
  begin ();
  if (!focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_NONE, NULL, &error))
    g_error ("%s", error->message);
  graph = focal_document_get_graph (document);
  n_links = g_list_model_get_n_items (focal_graph_get_links (graph));
  {
    guint64 rss = current_rss ();
    guint64 rss_trimmed;

    malloc_trim (0);
    rss_trimmed = current_rss ();
    extra = g_strdup_printf ("\"n_links\": %u, \"n_entities\": %u, "
                             "\"bytes_per_link\": %.1f, \"bytes_per_link_trimmed\": %.1f",
                             n_links, focal_graph_get_n_entities (graph),
                             (double) (rss - rss_before) / n_links,
                             (double) (rss_trimmed - rss_before) / n_links);
  }
  end ("load", extra);
  g_clear_pointer (&extra, g_free);

  /* neighbours of the 100 largest hubs */
  begin ();
  for (guint i = 0; i < json_array_get_length (hubs); i++)
    {
      g_autoptr(GListModel) neighbors = NULL;

      neighbors = focal_graph_dup_neighbors (graph, json_array_get_string_element (hubs, i),
                                             FOCAL_LINK_KIND_ANY, FOCAL_DIRECTION_BOTH,
                                             NULL, &error);
      if (neighbors == NULL)
        g_error ("%s", error->message);
      n_found += g_list_model_get_n_items (neighbors);
    }
  extra = g_strdup_printf ("\"result\": %u", n_found);
  end ("neighbors", extra);
  g_clear_pointer (&extra, g_free);

  /* the same, as node numbers */
  n_found = 0;
  begin ();
  for (guint i = 0; i < json_array_get_length (hubs); i++)
    {
      g_autoptr(GBytes) nodes = NULL;

      nodes = focal_graph_dup_neighbor_nodes (graph, json_array_get_string_element (hubs, i),
                                              FOCAL_LINK_KIND_ANY, FOCAL_DIRECTION_BOTH,
                                              NULL, &error);
      if (nodes == NULL)
        g_error ("%s", error->message);
      n_found += g_bytes_get_size (nodes) / sizeof (guint32);
    }
  extra = g_strdup_printf ("\"result\": %u", n_found);
  end ("neighbor-nodes", extra);
  g_clear_pointer (&extra, g_free);

  /* the network (a snapshot of the whole graph) */
  begin ();
  view = focal_view_new (graph);
  network = focal_network_new (view, FALSE);
  extra = g_strdup_printf ("\"result\": %u", focal_network_get_n_edges (network));
  end ("network", extra);
  g_clear_pointer (&extra, g_free);

  /* 1,000 shortest paths by hops */
  begin ();
  for (guint i = 0; i < json_array_get_length (pairs); i++)
    {
      JsonArray *pair = json_array_get_array_element (pairs, i);
      g_auto(GStrv) path = NULL;

      path = focal_network_shortest_path (network,
                                          json_array_get_string_element (pair, 0),
                                          json_array_get_string_element (pair, 1),
                                          FALSE, NULL);
      if (path != NULL)
        total_length += g_strv_length (path);
    }
  extra = g_strdup_printf ("\"result\": %u", total_length);
  end ("paths", extra);
  g_clear_pointer (&extra, g_free);

  /* full breadth-first searches from the ten largest hubs */
  begin ();
  {
    guint reached = 0, deepest = 0;

    for (guint i = 0; i < BFS_SOURCES && i < json_array_get_length (hubs); i++)
      {
        g_autofree guint *distances = NULL;
        guint n = 0;

        distances = focal_network_distances (network, json_array_get_string_element (hubs, i),
                                             &n, &error);
        if (distances == NULL)
          g_error ("%s", error->message);
        for (guint v = 0; v < n; v++)
          if (distances[v] != G_MAXUINT)
            {
              reached++;
              deepest = MAX (deepest, distances[v]);
            }
      }
    extra = g_strdup_printf ("\"result\": %u, \"depth\": %u", reached, deepest);
  }
  end ("bfs", extra);
  g_clear_pointer (&extra, g_free);

  /* connected components */
  begin ();
  extra = g_strdup_printf ("\"result\": %u", count_components (network));
  end ("components", extra);
  g_clear_pointer (&extra, g_free);

  /* degree centrality */
  begin ();
  {
    g_autofree double *degree = NULL;
    guint n = 0;
    double max = 0;

    degree = focal_network_degree_centrality (network, &n);
    for (guint i = 0; i < n; i++)
      max = MAX (max, degree[i]);
    extra = g_strdup_printf ("\"result\": %.6f", max);
  }
  end ("degree", extra);
  g_clear_pointer (&extra, g_free);

  /* a view as of a date, then its components */
  begin ();
  {
    g_autoptr(FocalDate) as_of = NULL;
    g_autoptr(FocalView) then = NULL;
    g_autoptr(FocalNetwork) then_network = NULL;

    as_of = focal_date_new_from_string (json_object_get_string_member (queries, "as-of"),
                                        &error);
    g_assert_no_error (error);
    then = focal_view_at (view, as_of);
    then_network = focal_network_new (then, FALSE);
    extra = g_strdup_printf ("\"result\": %u, \"edges\": %u", count_components (then_network),
                             focal_network_get_n_edges (then_network));
  }
  end ("view-components", extra);
  g_clear_pointer (&extra, g_free);

  /* betweenness, on small graphs only */
  if (focal_network_get_n_nodes (network) <= max_betweenness_nodes ())
    {
      g_autofree double *betweenness = NULL;
      guint n = 0;
      double max = 0;

      begin ();
      betweenness = focal_network_betweenness_centrality (network, TRUE, &n);
      for (guint i = 0; i < n; i++)
        max = MAX (max, betweenness[i]);
      extra = g_strdup_printf ("\"result\": %.6f", max);
      end ("betweenness", extra);
      g_clear_pointer (&extra, g_free);
    }

  /* save to data */
  begin ();
  {
    g_autofree char *data = focal_document_to_data (document, FOCAL_SAVE_FLAGS_COMPACT, &length);

    extra = g_strdup_printf ("\"result\": %" G_GSIZE_FORMAT, length);
  }
  end ("save", extra);
  g_clear_pointer (&extra, g_free);

  /* snapshot: save the whole document to a binary snapshot file, then load
   * it into a new document */
  {
    g_autofree char *snapshot_path = g_strconcat (argv[1], ".focal-snapshot", NULL);
    g_autoptr(GFile) snapshot_file = g_file_new_for_path (snapshot_path);
    g_autoptr(FocalDocument) loaded = focal_document_new ();
    g_autoptr(GFileInfo) info = NULL;
    guint64 snapshot_size;

    begin ();
    if (!focal_document_save_snapshot (document, snapshot_file, NULL, &error))
      g_error ("%s", error->message);
    info = g_file_query_info (snapshot_file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                              G_FILE_QUERY_INFO_NONE, NULL, &error);
    if (info == NULL)
      g_error ("%s", error->message);
    snapshot_size = g_file_info_get_size (info);
    extra = g_strdup_printf ("\"result\": %" G_GUINT64_FORMAT, snapshot_size);
    end ("snapshot-save", extra);
    g_clear_pointer (&extra, g_free);

    begin ();
    if (!focal_document_load_snapshot_file (loaded, snapshot_file, NULL, &error))
      g_error ("%s", error->message);
    extra = g_strdup_printf ("\"result\": %u, \"bytes\": %" G_GUINT64_FORMAT,
                             g_list_model_get_n_items (
                               focal_graph_get_links (focal_document_get_graph (loaded))),
                             snapshot_size);
    end ("snapshot-load", extra);
    g_clear_pointer (&extra, g_free);

    if (!g_getenv ("BENCH_KEEP_SNAPSHOT"))
      g_file_delete (snapshot_file, NULL, NULL);
  }

  return 0;
}
