/* test-lifecycle.c: what a graph owns dies with it, and graphs and threads
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The first tests load documents and put a weak reference on every object
 * the graph owns (entities, sources, citations, indicators,
 * memberships; link objects are made on demand and checked to go with
 * their last holder), then drop the last reference and check that every one of
 * them was finalized. The thread tests check the threading model of
 * docs/robustness.md: separate graphs in separate threads, a loaded graph
 * read concurrently through the calls that promise it, a built network
 * shared between threads, and a graph handed from one thread to another.
 */

#include <focal/focal.h>

#include <string.h>

/* Objects under watch: object → a description, removed on finalization. */
typedef struct
{
  GHashTable *alive;
  guint       watched;
} Watch;

static void
watch_notify_cb (gpointer  data,
                 GObject  *where_the_object_was)
{
  Watch *watch = data;

  g_assert_true (g_hash_table_remove (watch->alive, where_the_object_was));
}

static void
watch_init (Watch *watch)
{
  watch->alive = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  watch->watched = 0;
}

static void
watch_clear (Watch *watch)
{
  GHashTableIter iter;
  gpointer object;

  /* Whatever is still alive must not call back into a freed watch. */
  g_hash_table_iter_init (&iter, watch->alive);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    g_object_weak_unref (object, watch_notify_cb, watch);
  g_clear_pointer (&watch->alive, g_hash_table_unref);
}

static void
watch_object (Watch      *watch,
              gpointer    object,
              const char *what)
{
  if (g_hash_table_contains (watch->alive, object))
    return;

  g_hash_table_insert (watch->alive, object,
                       g_strdup_printf ("%s %s", G_OBJECT_TYPE_NAME (object), what));
  g_object_weak_ref (object, watch_notify_cb, watch);
  watch->watched++;
}

static void
watch_model (Watch      *watch,
             GListModel *model,
             const char *owner)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *what = NULL;

      if (FOCAL_IS_ENTITY (item))
        what = g_strdup (focal_entity_get_id (FOCAL_ENTITY (item)));
      else if (FOCAL_IS_LINK (item))
        what = g_strdup_printf ("%s→%s", focal_link_get_source_id (FOCAL_LINK (item)),
                                focal_link_get_target_id (FOCAL_LINK (item)));
      else if (FOCAL_IS_SOURCE (item))
        what = g_strdup (focal_source_get_id (FOCAL_SOURCE (item)));
      else
        what = g_strdup_printf ("%u of %s", i, owner);

      if (FOCAL_IS_LINK (item) && !G_IS_LIST_STORE (model))
        {
          /* A loaded graph keeps its links in a table: the object is made
           * for the caller and goes with its last reference, while its
           * citations stay with the graph. */
          gpointer weak = item;

          g_object_add_weak_pointer (item, &weak);
          watch_model (watch, focal_link_get_citations (FOCAL_LINK (item)), what);
          g_clear_object (&item);
          g_assert_null (weak);
          continue;
        }

      watch_object (watch, item, what);

      if (FOCAL_IS_ENTITY (item))
        {
          FocalEntity *entity = FOCAL_ENTITY (item);
          GListModel *indicators = focal_entity_get_indicators (entity);

          watch_model (watch, focal_entity_get_citations (entity), what);
          watch_model (watch, indicators, what);
          for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
            {
              g_autoptr(FocalIndicator) indicator = g_list_model_get_item (indicators, j);

              watch_model (watch, focal_indicator_get_citations (indicator), what);
            }
        }
      if (FOCAL_IS_FORUM (item))
        watch_model (watch, focal_forum_get_members (FOCAL_FORUM (item)), what);
      if (FOCAL_IS_AGREEMENT (item))
        watch_model (watch, focal_agreement_get_parties (FOCAL_AGREEMENT (item)), what);
      if (FOCAL_IS_MEMBERSHIP (item))
        watch_model (watch, focal_membership_get_citations (FOCAL_MEMBERSHIP (item)), what);
      if (FOCAL_IS_LINK (item))
        watch_model (watch, focal_link_get_citations (FOCAL_LINK (item)), what);
    }
}

/* Watches the graph, its models and everything in them. */
static void
watch_graph (Watch      *watch,
             FocalGraph *graph)
{
  GListModel *models[] = {
    focal_graph_get_actors (graph),
    focal_graph_get_agreements (graph),
    focal_graph_get_forums (graph),
    focal_graph_get_issues (graph),
    focal_graph_get_positions (graph),
    focal_graph_get_events (graph),
    focal_graph_get_links (graph),
    focal_graph_get_sources (graph),
  };

  watch_object (watch, graph, "graph");
  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      watch_object (watch, models[m], "model of the graph");
      watch_model (watch, models[m], "graph");
    }
}

static guint
watch_count_type (Watch *watch,
                  GType  type)
{
  GHashTableIter iter;
  gpointer object;
  guint n = 0;

  g_hash_table_iter_init (&iter, watch->alive);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    if (G_TYPE_CHECK_INSTANCE_TYPE (object, type))
      n++;

  return n;
}

static void
watch_assert_all_finalized (Watch *watch)
{
  GHashTableIter iter;
  gpointer description;

  g_hash_table_iter_init (&iter, watch->alive);
  while (g_hash_table_iter_next (&iter, NULL, &description))
    g_test_message ("still alive: %s", (const char *) description);

  g_assert_cmpuint (g_hash_table_size (watch->alive), ==, 0);
}

static char *
dataset_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                "canada-mexico-2004.json", NULL);
}

static FocalDocument *
load_file (const char     *path,
           FocalLoadFlags  flags)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  FocalDocument *document = focal_document_new ();

  g_assert_true (focal_document_load_from_file (document, file, flags, NULL, &error));
  g_assert_no_error (error);

  return document;
}

/* Runs the queries that make new objects around the graph: they must not
 * keep any of its objects alive. */
static void
query_graph (FocalGraph *graph)
{
  GListModel *actors = focal_graph_get_actors (graph);
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(FocalDate) year = focal_date_new (1995, 0, 0);
  g_autoptr(FocalView) then = focal_view_at (view, year);
  g_autoptr(GListModel) entities = focal_view_dup_entities (then);
  g_autoptr(GListModel) links = focal_view_dup_links (view);
  g_autoptr(FocalNetwork) network = focal_network_new (view, FALSE);
  g_autoptr(GListModel) bridges = focal_network_dup_bridges (network);
  g_autoptr(FocalCount) count = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(FocalEntity) actor = g_list_model_get_item (actors, i);
      g_autoptr(GListModel) neighbors = NULL;
      g_autoptr(GListModel) referrers = NULL;

      neighbors = focal_graph_dup_neighbors (graph, focal_entity_get_id (actor),
                                             FOCAL_LINK_KIND_ANY, FOCAL_DIRECTION_BOTH,
                                             NULL, &error);
      g_assert_no_error (error);
      referrers = focal_graph_dup_referrers (graph, focal_entity_get_id (actor));
    }

  count = focal_graph_count_encounters (graph, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (count);
}

static void
test_dataset_finalizes_everything (void)
{
  g_autofree char *path = dataset_path ();
  FocalDocument *document = load_file (path, FOCAL_LOAD_FLAGS_NONE);
  FocalGraph *graph = focal_document_get_graph (document);
  Watch watch;

  watch_init (&watch);
  watch_graph (&watch, graph);
  watch_object (&watch, document, "document");

  /* The dataset has every kind of object the graph owns. */
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_ACTOR), ==,
                    g_list_model_get_n_items (focal_graph_get_actors (graph)));
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_ACTOR), >, 100);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), >, 200);
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_LINK), ==, 0);
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_SOURCE), >, 0);
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_CITATION), >, 200);
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_INDICATOR), >, 0);
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_MEMBERSHIP), >, 0);
  g_test_message ("watching %u objects", watch.watched);

  query_graph (graph);
  g_assert_cmpuint (g_hash_table_size (watch.alive), ==, watch.watched);

  /* The document holds the only reference to the graph. */
  g_assert_finalize_object (document);
  watch_assert_all_finalized (&watch);
  watch_clear (&watch);
}

/* Every valid file, with the graph outliving its document for a while. */
static void
test_files_finalize_everything (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      FocalDocument *document;
      FocalGraph *graph;
      Watch watch;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      document = load_file (path, FOCAL_LOAD_FLAGS_NONE);
      graph = g_object_ref (focal_document_get_graph (document));
      watch_init (&watch);
      watch_graph (&watch, graph);
      g_assert_cmpuint (watch.watched, >=, 9);

      g_assert_finalize_object (document);
      g_assert_cmpuint (g_hash_table_size (watch.alive), ==, watch.watched);

      query_graph (graph);
      g_assert_finalize_object (graph);
      watch_assert_all_finalized (&watch);
      watch_clear (&watch);
      n_files++;
    }

  g_assert_cmpuint (n_files, >=, 5);
}

/* A lenient load skips records: what it kept, and its problems, go with
 * the document. */
static void
test_lenient_finalizes_everything (void)
{
  static const char text[] =
    "{\"format\": \"focal/1\","
    " \"sources\": [{\"id\": \"s\"}],"
    " \"actors\": [{\"id\": \"ca\", \"kind\": \"state\", \"country\": \"CA\","
    "               \"citations\": [{\"source\": \"s\"}]},"
    "              {\"id\": \"mx\", \"kind\": \"state\", \"country\": \"MX\","
    "               \"citations\": [{\"source\": \"s\"}, {\"source\": \"nowhere\"}]},"
    "              {\"id\": \"qc\", \"kind\": \"subnational-government\", \"parent\": \"ca\"}],"
    " \"links\": [{\"source\": \"ca\", \"kind\": \"cooperates-with\", \"target\": \"mx\"},"
    "             {\"source\": \"qc\", \"kind\": \"part-of\", \"target\": \"ca\","
    "              \"citations\": [{\"source\": \"s\", \"page\": \"3\"}]}]}";
  g_autoptr(GError) error = NULL;
  FocalDocument *document = focal_document_new ();
  GListModel *problems = focal_document_get_problems (document);
  Watch watch;

  g_assert_true (focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_LENIENT,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (problems), >=, 2);

  watch_init (&watch);
  watch_graph (&watch, focal_document_get_graph (document));
  watch_model (&watch, problems, "problems");
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_PROBLEM), >=, 2);
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_ACTOR), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (focal_document_get_graph (document))), ==, 1);
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_CITATION), ==, 2);

  g_assert_finalize_object (document);
  watch_assert_all_finalized (&watch);
  watch_clear (&watch);
}

/* A failed load keeps the old graph, and the old graph still dies with the
 * document; reloading replaces and frees the previous graph. */
static void
test_reload_finalizes_previous (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  g_autofree char *path = g_build_filename (dir_path, "links.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  FocalDocument *document = load_file (path, FOCAL_LOAD_FLAGS_NONE);
  Watch first, second;

  watch_init (&first);
  watch_graph (&first, focal_document_get_graph (document));

  g_assert_false (focal_document_load_from_data (document, "{\"format\": \"focal/1\", \"actors\": 3}",
                                                 -1, FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_TYPE);
  g_clear_error (&error);
  g_assert_cmpuint (g_hash_table_size (first.alive), ==, first.watched);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (focal_document_load_from_data (document, contents, -1, FOCAL_LOAD_FLAGS_NONE,
                                                &error));
  g_assert_no_error (error);
  watch_assert_all_finalized (&first);
  watch_clear (&first);

  watch_init (&second);
  watch_graph (&second, focal_document_get_graph (document));
  g_assert_finalize_object (document);
  watch_assert_all_finalized (&second);
  watch_clear (&second);
}

/* Removes @id after what refers to it, which the graph would refuse to
 * leave dangling. */
static void
remove_with_referrers (FocalGraph *graph,
                       const char *id,
                       guint       depth)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (depth, <, 100);

  for (;;)
    {
      g_autoptr(GListModel) referrers = focal_graph_dup_referrers (graph, id);
      g_autoptr(FocalEntity) referrer = NULL;

      if (g_list_model_get_n_items (referrers) == 0)
        break;
      referrer = g_list_model_get_item (referrers, 0);
      remove_with_referrers (graph, focal_entity_get_id (referrer), depth + 1);
    }

  g_assert_true (focal_graph_remove (graph, id, &error));
  g_assert_no_error (error);
}

/* Removing an entity drops the graph's references to it and to its links. */
static void
test_remove_finalizes (void)
{
  g_autofree char *path = dataset_path ();
  FocalDocument *document = load_file (path, FOCAL_LOAD_FLAGS_NONE);
  FocalGraph *graph = focal_document_get_graph (document);
  FocalEntity *ife = focal_graph_lookup (graph, "ife");
  g_autoptr(GListModel) links = NULL;
  g_autoptr(GError) error = NULL;
  Watch watch;

  g_assert_nonnull (ife);
  links = focal_graph_dup_links_for (graph, "ife", FOCAL_LINK_KIND_ANY, FOCAL_DIRECTION_BOTH,
                                     NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (links), >, 0);

  watch_init (&watch);
  watch_object (&watch, ife, "ife");
  watch_model (&watch, focal_entity_get_citations (ife), "ife");
  watch_model (&watch, focal_entity_get_indicators (ife), "ife");
  watch_model (&watch, links, "links of ife");
  g_clear_object (&links);

  remove_with_referrers (graph, "ife", 0);
  g_assert_null (focal_graph_lookup (graph, "ife"));

  /* The graph is alive, the entity and its links are not. */
  watch_assert_all_finalized (&watch);
  watch_clear (&watch);
  g_assert_finalize_object (document);
}

static void
async_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_document_load_from_file_finish (FOCAL_DOCUMENT (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* A graph built in a worker thread: neither the worker nor the task keeps
 * anything of it. */
static void
test_async_finalizes_everything (void)
{
  g_autofree char *path = dataset_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FocalDocument *document = focal_document_new ();
  gboolean done = FALSE;
  gint64 deadline;
  Watch watch;

  focal_document_load_from_file_async (document, file, FOCAL_LOAD_FLAGS_NONE, NULL,
                                       async_loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  watch_init (&watch);
  watch_graph (&watch, focal_document_get_graph (document));
  g_assert_cmpuint (watch_count_type (&watch, FOCAL_TYPE_ACTOR), >, 100);

  /* The tasks let the document go soon after the callback, the inner one
   * possibly from the worker thread. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (g_atomic_int_get ((int *) &G_OBJECT (document)->ref_count) > 1)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_assert_finalize_object (document);
  watch_assert_all_finalized (&watch);
  watch_clear (&watch);
}

/* Threads. */

#define N_THREADS 4

static GBytes *
dataset_bytes (void)
{
  g_autofree char *path = dataset_path ();
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
append_ids (GString  *out,
            char    **ids)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_string_append_printf (out, " %s", ids[i]);
  g_string_append_c (out, '\n');
}

/* Everything a whole graph answers: its saved text, its network, its
 * encounters. Touches the graph's list models, so one thread per graph. */
static char *
digest_whole (FocalDocument *document)
{
  FocalGraph *graph = focal_document_get_graph (document);
  GListModel *forums = focal_graph_get_forums (graph);
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(FocalNetwork) network = focal_network_new (view, TRUE);
  g_autofree char *text = focal_document_to_data (document, FOCAL_SAVE_FLAGS_COMPACT, NULL);
  g_autofree guint *components = NULL;
  g_autofree double *betweenness = NULL;
  g_auto(GStrv) cuts = NULL;
  GString *out = g_string_new (text);
  guint n, n_components;

  components = focal_network_components (network, &n, &n_components);
  betweenness = focal_network_betweenness_centrality (network, TRUE, &n);
  cuts = focal_network_articulation_points (network);
  g_string_append_printf (out, "%u nodes, %u edges, %u components\n",
                          focal_network_get_n_nodes (network),
                          focal_network_get_n_edges (network), n_components);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s %u %.12f\n", focal_network_get_node_id (network, i),
                            components[i], betweenness[i]);
  append_ids (out, cuts);

  for (guint i = 0; i < g_list_model_get_n_items (forums); i++)
    {
      g_autoptr(FocalEntity) forum = g_list_model_get_item (forums, i);
      g_autoptr(FocalCount) count = NULL;
      g_autoptr(GError) error = NULL;

      count = focal_graph_count_encounters (graph, focal_entity_get_id (forum), NULL, NULL,
                                            NULL, &error);
      g_assert_no_error (error);
      g_string_append_printf (out, "%s %u..%u\n", focal_entity_get_id (forum),
                              focal_count_get_min (count), focal_count_get_max (count));
    }

  return g_string_free (out, FALSE);
}

static gpointer
separate_graph_thread (gpointer data)
{
  GBytes *bytes = data;
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_document_load_from_bytes (document, bytes, FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_no_error (error);

  return digest_whole (document);
}

/* Separate graphs share nothing: the library keeps no global state that
 * threads working on their own graphs could trip over. */
static void
test_threads_separate_graphs (void)
{
  g_autoptr(GBytes) bytes = dataset_bytes ();
  g_autofree char *expected = NULL;
  GThread *threads[N_THREADS];

  expected = separate_graph_thread (bytes);
  g_assert_cmpuint (strlen (expected), >, 100000);

  for (guint t = 0; t < N_THREADS; t++)
    threads[t] = g_thread_new ("separate", separate_graph_thread, bytes);
  for (guint t = 0; t < N_THREADS; t++)
    {
      g_autofree char *digest = g_thread_join (threads[t]);

      g_assert_cmpstr (digest, ==, expected);
    }
}

typedef struct
{
  FocalGraph    *graph;
  FocalNetwork  *network;
  char         **ids;       /* every entity id, taken before the threads start */
  char         **source_ids;
  guint          rounds;
} SharedGraph;

/* What the calls promised safe for concurrent readers answer, for every
 * entity: lookups, links and neighbours, parts, and plain getters. Nothing
 * here may read a GListModel that the graph or its objects own (the graph's
 * models, citations, members, parties, nor focal_entity_dup_references(),
 * which reads members and parties): GListStore caches the last position
 * it was asked for, without a lock. */
static char *
digest_shared (SharedGraph *shared)
{
  g_autoptr(FocalDate) year = focal_date_new (1995, 0, 0);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%u entities\n", focal_graph_get_n_entities (shared->graph));

  for (guint i = 0; shared->source_ids[i] != NULL; i++)
    {
      FocalSource *source = focal_graph_lookup_source (shared->graph, shared->source_ids[i]);

      g_assert_nonnull (source);
      g_string_append_printf (out, "source %s %d \"%s\"\n", focal_source_get_id (source),
                              focal_source_get_year (source), focal_source_get_title (source));
    }

  for (guint i = 0; shared->ids[i] != NULL; i++)
    {
      const char *id = shared->ids[i];
      FocalEntity *entity = focal_graph_lookup (shared->graph, id);
      g_autoptr(GListModel) links = NULL;
      g_autoptr(GListModel) neighbors = NULL;
      g_autoptr(GListModel) then = NULL;
      g_autoptr(GListModel) parts = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (entity);
      g_string_append_printf (out, "%s %s \"%s\"", G_OBJECT_TYPE_NAME (entity),
                              focal_entity_get_id (entity), focal_entity_get_name (entity));
      if (FOCAL_IS_ACTOR (entity))
        g_string_append_printf (out, " level %d", focal_actor_get_level (FOCAL_ACTOR (entity)));
      if (focal_entity_get_valid (entity) != NULL)
        {
          g_autofree char *valid = focal_date_to_string (focal_entity_get_valid (entity));

          g_string_append_printf (out, " valid %s", valid);
        }
      g_string_append_c (out, '\n');

      links = focal_graph_dup_links_for (shared->graph, id, FOCAL_LINK_KIND_ANY,
                                         FOCAL_DIRECTION_BOTH, NULL, &error);
      g_assert_no_error (error);
      for (guint j = 0; j < g_list_model_get_n_items (links); j++)
        {
          g_autoptr(FocalLink) link = g_list_model_get_item (links, j);
          g_autofree char *period = NULL;

          if (focal_link_get_period (link) != NULL)
            period = focal_date_to_string (focal_link_get_period (link));
          g_string_append_printf (out, "  %s %d %s %g %s\n", focal_link_get_source_id (link),
                                  focal_link_get_kind (link), focal_link_get_other_end (link, id),
                                  focal_link_get_weight (link), period != NULL ? period : "-");
        }

      neighbors = focal_graph_dup_neighbors (shared->graph, id, FOCAL_LINK_KIND_ANY,
                                             FOCAL_DIRECTION_BOTH, year, &error);
      g_assert_no_error (error);
      then = focal_graph_dup_neighbors (shared->graph, id, FOCAL_LINK_KIND_MEMBER_OF,
                                        FOCAL_DIRECTION_OUTGOING, NULL, &error);
      g_assert_no_error (error);
      parts = focal_graph_dup_parts (shared->graph, id);
      g_string_append_printf (out, "  neighbours %u, members of %u, parts %u\n",
                              g_list_model_get_n_items (neighbors),
                              g_list_model_get_n_items (then), g_list_model_get_n_items (parts));
      for (guint j = 0; j < g_list_model_get_n_items (neighbors); j++)
        {
          g_autoptr(FocalEntity) neighbor = g_list_model_get_item (neighbors, j);

          g_string_append_printf (out, "  ~ %s\n", focal_entity_get_id (neighbor));
        }
    }

  /* A network, once built, answers from its own arrays. */
  if (shared->network != NULL)
    {
      g_autofree guint *components = NULL;
      g_autofree double *degree = NULL;
      g_auto(GStrv) cuts = NULL;
      guint n_nodes = focal_network_get_n_nodes (shared->network);
      guint n, n_components;

      components = focal_network_components (shared->network, &n, &n_components);
      degree = focal_network_degree_centrality (shared->network, &n);
      cuts = focal_network_articulation_points (shared->network);
      append_ids (out, cuts);
      for (guint i = 0; i < n_nodes; i++)
        {
          const char *from = focal_network_get_node_id (shared->network, i);
          const char *to = focal_network_get_node_id (shared->network, (i * 7) % n_nodes);
          g_auto(GStrv) near = focal_network_k_hop (shared->network, from, 2, NULL);
          g_auto(GStrv) path = focal_network_shortest_path (shared->network, from, to, FALSE,
                                                            NULL);

          g_string_append_printf (out, "%s %u %.12f %u\n", from, components[i], degree[i],
                                  g_strv_length (near));
          append_ids (out, path);
        }
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  SharedGraph *shared;
  const char  *expected;
  GMutex      *start_lock;
} SharedReader;

static gpointer
shared_reader_thread (gpointer data)
{
  SharedReader *reader = data;
  guint mismatches = 0;

  /* Start together. */
  g_mutex_lock (reader->start_lock);
  g_mutex_unlock (reader->start_lock);

  for (guint round = 0; round < reader->shared->rounds; round++)
    {
      g_autofree char *digest = digest_shared (reader->shared);

      if (g_strcmp0 (digest, reader->expected) != 0)
        mismatches++;
    }

  return GUINT_TO_POINTER (mismatches);
}

static char **
collect_source_ids (FocalGraph *graph)
{
  GListModel *sources = focal_graph_get_sources (graph);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FocalSource) source = g_list_model_get_item (sources, i);

      g_strv_builder_add (builder, focal_source_get_id (source));
    }

  return g_strv_builder_end (builder);
}

static char **
collect_ids (FocalGraph *graph)
{
  GListModel *models[] = {
    focal_graph_get_actors (graph),
    focal_graph_get_agreements (graph),
    focal_graph_get_forums (graph),
    focal_graph_get_issues (graph),
    focal_graph_get_positions (graph),
    focal_graph_get_events (graph),
  };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
      {
        g_autoptr(FocalEntity) entity = g_list_model_get_item (models[m], i);

        g_strv_builder_add (builder, focal_entity_get_id (entity));
      }

  return g_strv_builder_end (builder);
}

/* Several threads read one loaded, unmodified graph and one built network
 * through the calls docs/robustness.md lists as safe for that, and get
 * what a single thread gets. */
static void
test_threads_shared_readers (void)
{
  g_autoptr(GBytes) bytes = dataset_bytes ();
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(FocalView) view = NULL;
  g_autoptr(FocalNetwork) network = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) source_ids = NULL;
  g_autofree char *expected = NULL;
  SharedGraph shared;
  SharedReader readers[N_THREADS];
  GThread *threads[N_THREADS];
  GMutex start_lock;

  g_assert_true (focal_document_load_from_bytes (document, bytes, FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_no_error (error);

  /* Built before the threads start: they only read it. */
  ids = collect_ids (focal_document_get_graph (document));
  source_ids = collect_source_ids (focal_document_get_graph (document));
  view = focal_view_new (focal_document_get_graph (document));
  network = focal_network_new (view, FALSE);

  shared.graph = focal_document_get_graph (document);
  shared.network = network;
  shared.ids = ids;
  shared.source_ids = source_ids;
  shared.rounds = 4;

  expected = digest_shared (&shared);
  g_assert_cmpuint (g_strv_length (ids), >, 250);
  g_assert_nonnull (strstr (expected, "FocalActor ife "));

  g_mutex_init (&start_lock);
  g_mutex_lock (&start_lock);
  for (guint t = 0; t < N_THREADS; t++)
    {
      readers[t].shared = &shared;
      readers[t].expected = expected;
      readers[t].start_lock = &start_lock;
      threads[t] = g_thread_new ("reader", shared_reader_thread, &readers[t]);
    }
  g_mutex_unlock (&start_lock);

  for (guint t = 0; t < N_THREADS; t++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[t])), ==, 0);
  g_mutex_clear (&start_lock);

  /* Nothing was changed, and nothing was left behind: the same answers,
   * and the graph still dies with the document. */
  {
    g_autofree char *after = digest_shared (&shared);
    Watch watch;

    g_assert_cmpstr (after, ==, expected);
    g_clear_object (&network);
    g_clear_object (&view);
    watch_init (&watch);
    watch_graph (&watch, focal_document_get_graph (document));
    g_assert_finalize_object (g_steal_pointer (&document));
    watch_assert_all_finalized (&watch);
    watch_clear (&watch);
  }
}

static gpointer
load_in_thread (gpointer data)
{
  GBytes *bytes = data;
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_document_load_from_bytes (document, bytes, FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_no_error (error);

  /* The graph leaves this thread with the only reference to it. */
  return g_object_ref (focal_document_get_graph (document));
}

static gpointer
finalize_in_thread (gpointer data)
{
  g_object_unref (data);
  return NULL;
}

/* A graph belongs to one thread at a time: built in one, used in another,
 * freed in a third. g_thread_join() is the hand-over. */
static void
test_threads_handover (void)
{
  g_autoptr(GBytes) bytes = dataset_bytes ();
  FocalGraph *graph = g_thread_join (g_thread_new ("loader", load_in_thread, bytes));
  g_autoptr(FocalDocument) document = focal_document_new_for_graph (graph);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(FocalDocument) direct = focal_document_new ();
  g_autoptr(GError) error = NULL;
  Watch watch;

  g_assert_true (focal_document_load_from_bytes (direct, bytes, FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (focal_graph_equal (graph, focal_document_get_graph (direct)));

  text = focal_document_to_data (document, FOCAL_SAVE_FLAGS_NONE, NULL);
  g_assert_cmpuint (strlen (text), >, 100000);

  watch_init (&watch);
  watch_graph (&watch, graph);
  g_clear_object (&document);
  g_thread_join (g_thread_new ("finalizer", finalize_in_thread, graph));
  watch_assert_all_finalized (&watch);
  watch_clear (&watch);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/lifecycle/dataset-finalizes-everything",
                   test_dataset_finalizes_everything);
  g_test_add_func ("/focal/lifecycle/files-finalize-everything",
                   test_files_finalize_everything);
  g_test_add_func ("/focal/lifecycle/lenient-finalizes-everything",
                   test_lenient_finalizes_everything);
  g_test_add_func ("/focal/lifecycle/reload-finalizes-previous",
                   test_reload_finalizes_previous);
  g_test_add_func ("/focal/lifecycle/remove-finalizes", test_remove_finalizes);
  g_test_add_func ("/focal/lifecycle/async-finalizes-everything",
                   test_async_finalizes_everything);
  g_test_add_func ("/focal/lifecycle/threads/separate-graphs", test_threads_separate_graphs);
  g_test_add_func ("/focal/lifecycle/threads/shared-readers", test_threads_shared_readers);
  g_test_add_func ("/focal/lifecycle/threads/handover", test_threads_handover);

  return g_test_run ();
}
