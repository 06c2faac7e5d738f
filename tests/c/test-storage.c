/* test-storage.c: the graph's link table and the link objects made from it
 *
 * A loaded graph keeps its links as rows of a table; a FocalLink exists
 * only while someone holds it, and the graph returns that same object
 * meanwhile. These tests check what callers can observe of that: identity
 * while held, fields that persist through objects made later, removal that
 * renumbers the rows under held objects, links outliving their graph, one
 * items-changed for an entity's many links, and objects made concurrently.
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

#include "focal-graph-private.h"
#include "focal-link-private.h"

/* A hub "h" linked to n spokes, in order, then "a" → "b". */
static FocalDocument *
load_star (guint n)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"focal/1\", \"actors\": [");
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;

  g_string_append (text, "{\"id\": \"h\", \"kind\": \"ngo\"}, {\"id\": \"a\", \"kind\": \"ngo\"},"
                         " {\"id\": \"b\", \"kind\": \"ngo\"}");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, ", {\"id\": \"s%u\", \"kind\": \"company\"}", i);
  g_string_append (text, "], \"links\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "{\"source\": \"h\", \"kind\": \"cooperates-with\", \"target\": \"s%u\","
                                  " \"period\": \"%u/..\", \"attributes\": {\"n\": \"%u\"}}, ",
                            i, 1950 + i % 70, i);
  g_string_append (text, "{\"source\": \"a\", \"kind\": \"partners-with\", \"target\": \"b\","
                         " \"weight\": 2.5, \"description\": \"twinned\"}]}");

  g_assert_true (focal_document_load_from_data (document, text->str, -1, FOCAL_LOAD_FLAGS_NONE,
                                                &error));
  g_assert_no_error (error);

  return g_steal_pointer (&document);
}

static void
test_storage_identity_while_held (void)
{
  g_autoptr(FocalDocument) document = load_star (10);
  GListModel *links = focal_graph_get_links (focal_document_get_graph (document));
  g_autoptr(FocalLink) first = g_list_model_get_item (links, 3);
  g_autoptr(FocalLink) again = g_list_model_get_item (links, 3);
  gpointer weak;
  FocalLink *later;

  g_assert_true (first == again);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 11);
  g_assert_cmpstr (focal_link_get_source_id (first), ==, "h");
  g_assert_cmpstr (focal_link_get_target_id (first), ==, "s3");
  g_assert_cmpstr (focal_link_get_attribute (first, "n"), ==, "3");
  g_assert_null (g_list_model_get_item (links, 11));

  /* Released, the object goes; the row stays. */
  weak = first;
  g_object_add_weak_pointer (G_OBJECT (first), &weak);
  g_clear_object (&first);
  g_clear_object (&again);
  g_assert_null (weak);

  later = g_list_model_get_item (links, 3);
  g_assert_cmpstr (focal_link_get_target_id (later), ==, "s3");
  g_assert_finalize_object (later);
}

static void
test_storage_edits_persist (void)
{
  g_autoptr(FocalDocument) document = load_star (4);
  GListModel *links = focal_graph_get_links (focal_document_get_graph (document));
  FocalLink *link = g_list_model_get_item (links, 4);
  g_autoptr(FocalDate) period = focal_date_new_from_string ("1990/2000", NULL);
  g_autoptr(FocalCitation) citation = focal_citation_new ("nowhere");
  g_auto(GStrv) keys = NULL;

  g_assert_cmpstr (focal_link_get_description (link), ==, "twinned");
  g_assert_cmpfloat (focal_link_get_weight (link), ==, 2.5);

  focal_link_set_weight (link, 0.5);
  focal_link_set_description (link, NULL);
  focal_link_set_period (link, period);
  focal_link_set_attribute (link, "z", "last");
  focal_link_set_attribute (link, "m", "middle");
  focal_link_set_attribute (link, "m", NULL);
  focal_link_set_attribute (link, "a", "first");
  focal_link_add_citation (link, citation);
  g_assert_finalize_object (link);

  link = g_list_model_get_item (links, 4);
  g_assert_cmpfloat (focal_link_get_weight (link), ==, 0.5);
  g_assert_null (focal_link_get_description (link));
  g_assert_true (focal_date_equal (focal_link_get_period (link), period));
  keys = focal_link_dup_attribute_keys (link);
  g_assert_cmpstrv (keys, ((const char *[]) { "a", "z", NULL }));
  g_assert_cmpstr (focal_link_get_attribute (link, "z"), ==, "last");
  g_assert_null (focal_link_get_attribute (link, "m"));
  g_assert_cmpuint (g_list_model_get_n_items (focal_link_get_citations (link)), ==, 1);
  g_assert_finalize_object (link);

  /* The other links kept their weight of 1 and their own attribute. */
  link = g_list_model_get_item (links, 0);
  g_assert_cmpfloat (focal_link_get_weight (link), ==, 1.0);
  g_assert_cmpstr (focal_link_get_attribute (link, "n"), ==, "0");
  g_assert_finalize_object (link);
}

static void
count_cb (gpointer  instance,
          gpointer  item,
          guint    *count)
{
  (*count)++;
}

typedef struct
{
  guint calls, position, removed, added;
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->calls++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static void
test_storage_remove_renumbers (void)
{
  g_autoptr(FocalDocument) document = load_star (6);
  FocalGraph *graph = focal_document_get_graph (document);
  GListModel *links = focal_graph_get_links (graph);
  g_autoptr(FocalLink) second = g_list_model_get_item (links, 2);
  g_autoptr(FocalLink) last = g_list_model_get_item (links, 6);
  g_autoptr(FocalLink) doomed = g_list_model_get_item (links, 1);
  g_autoptr(FocalLink) after = NULL;
  Changes changes = { 0, };
  guint removed = 0;

  g_signal_connect (links, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_signal_connect (graph, "link-removed", G_CALLBACK (count_cb), &removed);

  g_assert_true (focal_graph_remove_link (graph, doomed));
  g_assert_false (focal_graph_remove_link (graph, doomed));
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 6);

  /* The removed link keeps its fields; the held ones moved up a row. */
  g_assert_cmpstr (focal_link_get_target_id (doomed), ==, "s1");
  g_assert_cmpstr (focal_link_get_attribute (doomed, "n"), ==, "1");
  g_assert_cmpstr (focal_link_get_target_id (second), ==, "s2");
  after = g_list_model_get_item (links, 1);
  g_assert_true (after == second);
  g_assert_cmpstr (focal_link_get_description (last), ==, "twinned");

  /* It can be added again, at the end. */
  g_assert_true (focal_graph_add_link (graph, doomed, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 7);
  g_clear_object (&after);
  after = g_list_model_get_item (links, 6);
  g_assert_true (after == doomed);
  g_assert_cmpstr (focal_link_get_attribute (after, "n"), ==, "1");
}

static void
test_storage_remove_entity (void)
{
  g_autoptr(FocalDocument) document = load_star (300);
  FocalGraph *graph = focal_document_get_graph (document);
  GListModel *links = focal_graph_get_links (graph);
  g_autoptr(FocalLink) kept = g_list_model_get_item (links, 300);
  g_autoptr(FocalLink) spoke = g_list_model_get_item (links, 7);
  g_autoptr(GError) error = NULL;
  Changes changes = { 0, };
  guint removed = 0;

  g_signal_connect (links, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  g_signal_connect (graph, "link-removed", G_CALLBACK (count_cb), &removed);

  g_assert_true (focal_graph_remove (graph, "h", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 300);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 300);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 1);
  g_assert_cmpstr (focal_link_get_source_id (spoke), ==, "h");
  g_assert_cmpstr (focal_link_get_source_id (kept), ==, "a");
  g_assert_cmpfloat (focal_link_get_weight (kept), ==, 2.5);

  /* The freed node is reused, with no links of the old hub. */
  {
    g_autoptr(FocalActor) actor = focal_actor_new ("new", FOCAL_ACTOR_KIND_NGO);
    g_autoptr(GListModel) around = NULL;

    g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (actor), &error));
    around = focal_graph_dup_links_for (graph, "new", FOCAL_LINK_KIND_ANY,
                                        FOCAL_DIRECTION_BOTH, NULL, &error);
    g_assert_cmpuint (g_list_model_get_n_items (around), ==, 0);
    g_clear_object (&around);
    around = focal_graph_dup_links_for (graph, "b", FOCAL_LINK_KIND_ANY,
                                        FOCAL_DIRECTION_BOTH, NULL, &error);
    g_assert_cmpuint (g_list_model_get_n_items (around), ==, 1);
  }
}

static void
test_storage_link_outlives_graph (void)
{
  FocalDocument *document = load_star (3);
  GListModel *links = focal_graph_get_links (focal_document_get_graph (document));
  g_autoptr(GListModel) held_model = g_object_ref (links);
  FocalLink *link = g_list_model_get_item (links, 3);

  g_assert_finalize_object (document);
  g_assert_cmpstr (focal_link_get_source_id (link), ==, "a");
  g_assert_cmpstr (focal_link_get_target_id (link), ==, "b");
  g_assert_cmpstr (focal_link_get_description (link), ==, "twinned");
  g_assert_cmpfloat (focal_link_get_weight (link), ==, 2.5);
  g_assert_cmpuint (g_list_model_get_n_items (held_model), ==, 0);
  g_assert_finalize_object (link);
}

#define N_THREADS 4

static gpointer
read_links_thread (gpointer data)
{
  GListModel *links = data;
  guint n = g_list_model_get_n_items (links);
  GPtrArray *seen = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint round = 0; round < 20; round++)
    for (guint i = 0; i < n; i++)
      {
        FocalLink *link = g_list_model_get_item (links, i);

        if (round == 0)
          g_ptr_array_add (seen, link);
        else
          g_object_unref (link);
      }

  return seen;
}

static void
test_storage_threads (void)
{
  g_autoptr(FocalDocument) document = load_star (500);
  GListModel *links = focal_graph_get_links (focal_document_get_graph (document));
  GThread *threads[N_THREADS];
  GPtrArray *seen[N_THREADS];

  for (guint t = 0; t < N_THREADS; t++)
    threads[t] = g_thread_new ("reader", read_links_thread, links);
  for (guint t = 0; t < N_THREADS; t++)
    seen[t] = g_thread_join (threads[t]);

  /* Each thread held every link from its first round on: all saw the same
   * objects. */
  for (guint i = 0; i < seen[0]->len; i++)
    for (guint t = 1; t < N_THREADS; t++)
      g_assert_true (g_ptr_array_index (seen[0], i) == g_ptr_array_index (seen[t], i));
  for (guint t = 0; t < N_THREADS; t++)
    g_ptr_array_unref (seen[t]);
}

static void
test_storage_columns (void)
{
  g_autoptr(FocalDocument) document = load_star (5);
  FocalGraph *graph = focal_document_get_graph (document);
  GListModel *links = focal_graph_get_links (graph);
  g_auto(GStrv) ids = focal_graph_dup_node_ids (graph);
  g_autoptr(GBytes) source = focal_graph_dup_link_column (graph, FOCAL_LINK_COLUMN_SOURCE);
  g_autoptr(GBytes) target = focal_graph_dup_link_column (graph, FOCAL_LINK_COLUMN_TARGET);
  g_autoptr(GBytes) kind = focal_graph_dup_link_column (graph, FOCAL_LINK_COLUMN_KIND);
  g_autoptr(GBytes) first = focal_graph_dup_link_column (graph, FOCAL_LINK_COLUMN_FIRST_DAY);
  g_autoptr(GBytes) last = focal_graph_dup_link_column (graph, FOCAL_LINK_COLUMN_LAST_DAY);
  g_autoptr(GBytes) weight = focal_graph_dup_link_column (graph, FOCAL_LINK_COLUMN_WEIGHT);
  guint n = g_list_model_get_n_items (links);
  const guint32 *s = g_bytes_get_data (source, NULL), *t = g_bytes_get_data (target, NULL);
  const guint8 *k = g_bytes_get_data (kind, NULL);
  const gint32 *f = g_bytes_get_data (first, NULL), *l = g_bytes_get_data (last, NULL);
  const double *w = g_bytes_get_data (weight, NULL);

  g_assert_cmpuint (g_strv_length (ids), ==, 8);
  g_assert_cmpuint (g_bytes_get_size (source), ==, n * sizeof (guint32));
  g_assert_cmpuint (g_bytes_get_size (kind), ==, n);
  g_assert_cmpuint (g_bytes_get_size (weight), ==, n * sizeof (double));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      FocalDate *period = focal_link_get_period (link);

      g_assert_cmpstr (ids[s[i]], ==, focal_link_get_source_id (link));
      g_assert_cmpstr (ids[t[i]], ==, focal_link_get_target_id (link));
      g_assert_cmpint (k[i], ==, focal_link_get_kind (link));
      g_assert_cmpfloat (w[i], ==, focal_link_get_weight (link));
      g_assert_cmpint (f[i], ==, period != NULL ? focal_date_get_first_day (period) : G_MININT32);
      g_assert_cmpint (l[i], ==, period != NULL ? focal_date_get_last_day (period) : G_MAXINT32);
    }
  /* Open ends read as unbounded. */
  g_assert_cmpint (l[0], ==, G_MAXINT32);
  g_assert_cmpfloat (w[n - 1], ==, 2.5);
}

/* Links read with equal attributes share one block; changing the
 * attributes of one link gives it a block of its own. */
static void
test_storage_shared_attributes (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalLink) first = NULL;
  g_autoptr(FocalLink) second = NULL;
  g_autoptr(FocalLink) third = NULL;
  FocalGraph *graph;
  const char *text =
    "{\"format\": \"focal/1\",\n"
    " \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}, {\"id\": \"b\", \"kind\": \"state\"}],\n"
    " \"links\": [\n"
    "  {\"source\": \"a\", \"kind\": \"cooperates-with\", \"target\": \"b\",\n"
    "   \"attributes\": {\"area\": \"energy\", \"level\": \"federal\"}},\n"
    "  {\"source\": \"b\", \"kind\": \"cooperates-with\", \"target\": \"a\",\n"
    "   \"attributes\": {\"level\": \"federal\", \"area\": \"energy\"}},\n"
    "  {\"source\": \"b\", \"kind\": \"partners-with\", \"target\": \"a\",\n"
    "   \"attributes\": {\"area\": \"mining\"}}]}\n";

  g_assert_true (focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_NONE,
                                                &error));
  g_assert_no_error (error);
  graph = focal_document_get_graph (document);

  /* Same pairs in another order: the same block. */
  g_assert_true (_focal_graph_link_data (graph, 0, FALSE)->attributes ==
                 _focal_graph_link_data (graph, 1, FALSE)->attributes);
  g_assert_false (_focal_graph_link_data (graph, 0, FALSE)->attributes ==
                  _focal_graph_link_data (graph, 2, FALSE)->attributes);

  first = g_list_model_get_item (focal_graph_get_links (graph), 0);
  second = g_list_model_get_item (focal_graph_get_links (graph), 1);
  third = g_list_model_get_item (focal_graph_get_links (graph), 2);
  focal_link_set_attribute (first, "area", "water");
  g_assert_cmpstr (focal_link_get_attribute (first, "area"), ==, "water");
  g_assert_cmpstr (focal_link_get_attribute (second, "area"), ==, "energy");
  g_assert_cmpstr (focal_link_get_attribute (second, "level"), ==, "federal");
  g_assert_false (_focal_graph_link_data (graph, 0, FALSE)->attributes ==
                  _focal_graph_link_data (graph, 1, FALSE)->attributes);

  /* Giving a shared link a description gives it parts of its own, with
   * its attributes. */
  focal_link_set_description (third, "mines");
  g_assert_cmpstr (focal_link_get_attribute (third, "area"), ==, "mining");
  g_assert_cmpstr (focal_link_get_description (third), ==, "mines");

  /* A link taken out of the graph keeps its share; the others are intact. */
  g_assert_true (focal_graph_remove_link (graph, second));
  g_assert_no_error (error);
  g_assert_cmpstr (focal_link_get_attribute (second, "area"), ==, "energy");
  g_assert_cmpstr (focal_link_get_attribute (third, "area"), ==, "mining");
  g_clear_object (&document);
  g_assert_cmpstr (focal_link_get_attribute (second, "level"), ==, "federal");
  g_assert_cmpstr (focal_link_get_attribute (first, "area"), ==, "water");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/storage/identity-while-held", test_storage_identity_while_held);
  g_test_add_func ("/focal/storage/edits-persist", test_storage_edits_persist);
  g_test_add_func ("/focal/storage/remove-renumbers", test_storage_remove_renumbers);
  g_test_add_func ("/focal/storage/remove-entity", test_storage_remove_entity);
  g_test_add_func ("/focal/storage/link-outlives-graph", test_storage_link_outlives_graph);
  g_test_add_func ("/focal/storage/threads", test_storage_threads);
  g_test_add_func ("/focal/storage/columns", test_storage_columns);
  g_test_add_func ("/focal/storage/shared-attributes", test_storage_shared_attributes);

  return g_test_run ();
}
