/* test-resource.c: the dataset compiled into libfocal, and
 * focal_document_load_from_resource()
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

#include <string.h>

#include <glib/gstdio.h>

static char *
dataset_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                "canada-mexico-2004.json", NULL);
}

/* The embedded dataset loads strictly, with no problem, and holds what the
 * paper says about the IFE and Elections Canada. */
static void
test_dataset_loads (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;
  FocalGraph *graph;
  FocalEntity *ife;
  gboolean ok;

  ok = focal_document_load_from_resource (document, FOCAL_DATASET_CANADA_MEXICO_2004,
                                          FOCAL_LOAD_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 0);
  g_assert_cmpfloat (focal_document_get_progress (document), ==, 1.0);
  g_assert_nonnull (strstr (focal_document_get_title (document), "Canada-Mexico"));

  graph = focal_document_get_graph (document);
  g_assert_cmpuint (focal_graph_get_n_entities (graph), >, 300);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_actors (graph)), >=, 100);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), >=, 200);

  ife = focal_graph_lookup (graph, "ife");
  g_assert_true (FOCAL_IS_ACTOR (ife));
  g_assert_cmpint (focal_actor_get_kind (FOCAL_ACTOR (ife)), ==, FOCAL_ACTOR_KIND_AGENCY);
  g_assert_cmpstr (focal_actor_get_country (FOCAL_ACTOR (ife)), ==, "MX");
  g_assert_true (FOCAL_IS_ACTOR (focal_graph_lookup (graph, "elections-canada")));
  g_assert_true (FOCAL_IS_FORUM (focal_graph_lookup (graph, "jmc")));

  g_assert_finalize_object (g_steal_pointer (&document));
}

/* A lenient load of the dataset has nothing to report either. */
static void
test_dataset_lenient (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_document_load_from_resource (document, FOCAL_DATASET_CANADA_MEXICO_2004,
                                                    FOCAL_LOAD_FLAGS_LENIENT, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&document));
}

/* The resource is the file in examples/data, byte for byte, and loads to
 * the same graph. */
static void
test_dataset_matches_file (void)
{
  g_autoptr(FocalDocument) from_resource = focal_document_new ();
  g_autoptr(FocalDocument) from_file = focal_document_new ();
  g_autofree char *path = dataset_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) resource_bytes = NULL;
  g_autoptr(GBytes) file_bytes = NULL;
  g_autoptr(GError) error = NULL;

  /* Registered with the library: no call into libfocal needed first. */
  resource_bytes = g_resources_lookup_data (FOCAL_DATASET_CANADA_MEXICO_2004,
                                            G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  file_bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (resource_bytes, file_bytes));

  g_assert_true (focal_document_load_from_resource (from_resource,
                                                    FOCAL_DATASET_CANADA_MEXICO_2004,
                                                    FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (focal_document_load_from_file (from_file, file, FOCAL_LOAD_FLAGS_NONE,
                                                NULL, &error));
  g_assert_no_error (error);
  g_assert_true (focal_document_equal (from_resource, from_file));
  g_assert_true (focal_graph_equal (focal_document_get_graph (from_resource),
                                    focal_document_get_graph (from_file)));

  g_assert_finalize_object (g_steal_pointer (&from_resource));
  g_assert_finalize_object (g_steal_pointer (&from_file));
}

/* An unknown path is FOCAL_ERROR_IO naming the path, and the document
 * keeps what it had. */
static void
test_unknown_path (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;
  FocalGraph *graph;

  g_assert_true (focal_document_load_from_resource (document, FOCAL_DATASET_CANADA_MEXICO_2004,
                                                    FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_no_error (error);
  graph = focal_document_get_graph (document);

  g_assert_false (focal_document_load_from_resource (document,
                                                     "/org/libfocal/Focal/no-such-dataset.json",
                                                     FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/org/libfocal/Focal/no-such-dataset.json"));
  g_clear_error (&error);

  g_assert_false (focal_document_load_from_resource (document, "/org/libfocal/Focal/no-such-dataset.json",
                                                     FOCAL_LOAD_FLAGS_LENIENT, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);

  g_assert_true (focal_document_get_graph (document) == graph);
  g_assert_nonnull (focal_graph_lookup (graph, "ife"));

  g_assert_finalize_object (g_steal_pointer (&document));
}

/* Compiles @json into a resource at /test/focal/@name and registers it. */
static GResource *
register_test_resource (const char *dir,
                        const char *name,
                        const char *json)
{
  g_autofree char *json_path = g_build_filename (dir, name, NULL);
  g_autofree char *xml_path = g_build_filename (dir, "test.gresource.xml", NULL);
  g_autofree char *target = g_build_filename (dir, "test.gresource", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *compiler = g_find_program_in_path ("glib-compile-resources");
  g_autoptr(GError) error = NULL;
  GResource *resource;
  int status = -1;

  if (compiler == NULL)
    return NULL;

  xml = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<gresources><gresource prefix=\"/test/focal\">"
                         "<file>%s</file></gresource></gresources>\n", name);
  g_file_set_contents (json_path, json, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (xml_path, xml, -1, &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { compiler, "--sourcedir", dir, "--target", target, xml_path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                  &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  resource = g_resource_load (target, &error);
  g_assert_no_error (error);
  g_resources_register (resource);

  g_unlink (json_path);
  g_unlink (xml_path);
  g_unlink (target);
  return resource;
}

/* Messages name the resource by its basename, as file loads do; strict
 * loads stop at the problem, lenient ones list it. */
static void
test_messages_name_basename (void)
{
  static const char json[] =
    "{\n"
    "  \"format\": \"focal/1\",\n"
    "  \"actors\": [\n"
    "    { \"id\": \"ife\", \"kind\": \"agency\", \"country\": \"mexico\" }\n"
    "  ]\n"
    "}\n";
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  GResource *resource;
  FocalProblem *problem;

  dir = g_dir_make_tmp ("focal-resource-XXXXXX", &error);
  g_assert_no_error (error);
  resource = register_test_resource (dir, "bad-country.json", json);
  g_rmdir (dir);
  if (resource == NULL)
    {
      g_test_skip ("glib-compile-resources is not installed");
      return;
    }

  g_assert_false (focal_document_load_from_resource (document, "/test/focal/bad-country.json",
                                                     FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE);
  g_assert_true (g_str_has_prefix (error->message, "bad-country.json:4:"));
  g_assert_nonnull (strstr (error->message, "mexico"));
  g_clear_error (&error);

  g_assert_true (focal_document_load_from_resource (document, "/test/focal/bad-country.json",
                                                    FOCAL_LOAD_FLAGS_LENIENT, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 1);
  problem = g_list_model_get_item (focal_document_get_problems (document), 0);
  g_assert_cmpstr (focal_problem_get_file (problem), ==, "bad-country.json");
  g_object_unref (problem);

  g_resources_unregister (resource);
  g_resource_unref (resource);
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalDocument) document = focal_document_new ();

      g_assert_false (focal_document_load_from_resource (document, NULL,
                                                         FOCAL_LOAD_FLAGS_NONE, NULL));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*path != NULL*");
}

static void
test_preconditions_self (void)
{
  if (g_test_subprocess ())
    {
      g_assert_false (focal_document_load_from_resource (NULL, FOCAL_DATASET_CANADA_MEXICO_2004,
                                                         FOCAL_LOAD_FLAGS_NONE, NULL));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_DOCUMENT*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/resource/dataset/loads", test_dataset_loads);
  g_test_add_func ("/focal/resource/dataset/lenient", test_dataset_lenient);
  g_test_add_func ("/focal/resource/dataset/matches-file", test_dataset_matches_file);
  g_test_add_func ("/focal/resource/unknown-path", test_unknown_path);
  g_test_add_func ("/focal/resource/messages", test_messages_name_basename);
  g_test_add_func ("/focal/resource/preconditions/path", test_preconditions);
  g_test_add_func ("/focal/resource/preconditions/self", test_preconditions_self);

  return g_test_run ();
}
