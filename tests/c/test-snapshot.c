/* test-snapshot.c: binary snapshots of documents
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#define BODY_TYPE_1 "(sasauauayauadasa(umsaya(smsmsumsms)ms))"
#define BODY_TYPE "(sasauauayauadasa(umsaya(smsmsumsms)ms)auaay)"

/* Two actors, a forum, an agreement and links with every optional part. */
static const char small[] =
  "{\n"
  "  \"format\": \"focal/1\",\n"
  "  \"title\": \"Small\",\n"
  "  \"as-of\": \"2004\",\n"
  "  \"sources\": [{\"id\": \"paper\", \"title\": \"A paper\", \"year\": 2004}],\n"
  "  \"actors\": [\n"
  "    {\"id\": \"canada\", \"kind\": \"federal-government\", \"country\": \"CA\"},\n"
  "    {\"id\": \"mexico\", \"kind\": \"federal-government\", \"country\": \"MX\",\n"
  "     \"x-note\": [1, {\"a\": \"b\"}]}\n"
  "  ],\n"
  "  \"agreements\": [{\"id\": \"nafta\", \"kind\": \"trade-agreement\"}],\n"
  "  \"links\": [\n"
  "    {\"source\": \"canada\", \"kind\": \"cooperates-with\", \"target\": \"mexico\",\n"
  "     \"period\": \"1990/2004\", \"weight\": 2.5},\n"
  "    {\"source\": \"canada\", \"kind\": \"party-to\", \"target\": \"nafta\",\n"
  "     \"period\": \"1994/..\", \"description\": \"signed\",\n"
  "     \"attributes\": {\"b\": \"2\", \"a\": \"1\"},\n"
  "     \"citations\": [{\"source\": \"paper\", \"page\": \"4\", \"note\": 3,\n"
  "                    \"x-seen\": true}],\n"
  "     \"x-review\": {\"by\": [\"analyst\"]}},\n"
  "    {\"source\": \"mexico\", \"kind\": \"party-to\", \"target\": \"nafta\"}\n"
  "  ],\n"
  "  \"x-generator\": \"test\"\n"
  "}\n";

static FocalDocument *
load_text (const char *text)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;

  focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_NONE, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&document);
}

static FocalDocument *
load_dataset (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;

  focal_document_load_from_resource (document, FOCAL_DATASET_CANADA_MEXICO_2004,
                                     FOCAL_LOAD_FLAGS_NONE, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&document);
}

/* Loads @snapshot into a new document and checks it equals @document, down
 * to the bytes of its JSON text. */
static void
assert_round_trip (FocalDocument *document,
                   GBytes        *snapshot)
{
  g_autoptr(FocalDocument) copy = focal_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *copy_text = NULL;

  g_assert_true (focal_document_load_from_snapshot (copy, snapshot, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (copy)), ==, 0);
  g_assert_true (focal_document_equal (document, copy));

  text = focal_document_to_data (document, FOCAL_SAVE_FLAGS_NONE, NULL);
  copy_text = focal_document_to_data (copy, FOCAL_SAVE_FLAGS_NONE, NULL);
  g_assert_cmpstr (text, ==, copy_text);
  g_assert_cmpfloat (focal_document_get_progress (copy), ==, 1.0);
}

static void
test_round_trip_dataset (void)
{
  g_autoptr(FocalDocument) document = load_dataset ();
  g_autoptr(GBytes) snapshot = focal_document_to_snapshot (document);
  g_autoptr(GBytes) again = NULL;
  FocalGraph *graph = focal_document_get_graph (document);

  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), >, 0);
  assert_round_trip (document, snapshot);

  /* Snapshots are deterministic. */
  again = focal_document_to_snapshot (document);
  g_assert_true (g_bytes_equal (snapshot, again));
}

static void
test_round_trip_valid (void)
{
  const char *names[] = {
    "minimal.json", "actors.json", "agreements.json", "events.json", "extensions.json",
    "format-example.json", "forums.json", "links.json", "positions.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", names[i], NULL);
      g_autofree char *text = NULL;
      g_autoptr(FocalDocument) document = NULL;
      g_autoptr(GBytes) snapshot = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", names[i]);
      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);
      document = load_text (text);
      snapshot = focal_document_to_snapshot (document);
      assert_round_trip (document, snapshot);
    }

  {
    g_autoptr(FocalDocument) document = load_text (small);
    g_autoptr(GBytes) snapshot = focal_document_to_snapshot (document);

    assert_round_trip (document, snapshot);
  }

  /* A link whose citations model was handed out keeps it, empty: it has
   * nothing to write. */
  {
    g_autoptr(FocalDocument) document = load_text (small);
    GListModel *links = focal_graph_get_links (focal_document_get_graph (document));
    g_autoptr(FocalLink) first = g_list_model_get_item (links, 0);
    g_autoptr(FocalLink) last = g_list_model_get_item (links, 2);
    g_autoptr(GBytes) snapshot = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (focal_link_get_citations (first)), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (focal_link_get_citations (last)), ==, 0);
    snapshot = focal_document_to_snapshot (document);
    assert_round_trip (document, snapshot);
  }
}

static void
test_round_trip_holes (void)
{
  g_autoptr(FocalDocument) document = load_dataset ();
  FocalGraph *graph = focal_document_get_graph (document);
  g_autoptr(FocalActor) late = focal_actor_new ("late-actor", FOCAL_ACTOR_KIND_NGO);
  g_autoptr(FocalActor) later = focal_actor_new ("later-actor", FOCAL_ACTOR_KIND_NGO);
  g_autoptr(FocalLink) link = NULL;
  g_autoptr(GBytes) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  guint removed = 0;

  /* Remove the entities nothing refers to, leaving holes in the node
   * numbering; then add new ones that may fill some. */
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (late), &error));
  g_assert_no_error (error);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (later), &error));
  g_assert_true (focal_graph_remove (graph, "late-actor", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (focal_graph_get_actors (graph)) && removed < 3;
       i++)
    {
      g_autoptr(FocalEntity) actor = g_list_model_get_item (focal_graph_get_actors (graph), i);

      if (focal_graph_remove (graph, focal_entity_get_id (actor), NULL))
        {
          removed++;
          i--;
        }
    }
  g_assert_cmpuint (removed, >, 0);
  link = focal_link_new ("later-actor", FOCAL_LINK_KIND_COOPERATES_WITH, "canada");
  g_assert_true (focal_graph_add_link (graph, link, &error));
  g_assert_no_error (error);

  snapshot = focal_document_to_snapshot (document);
  assert_round_trip (document, snapshot);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("focal-snapshot-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_chmod (path, 0755);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
assert_no_temporary_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (name[0] == '.')
      g_error ("temporary file %s left in %s", name, dir);
}

static void
test_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "dataset.focal-snapshot", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.focal-snapshot", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(FocalDocument) document = load_dataset ();
  g_autoptr(FocalDocument) copy = focal_document_new ();
  g_autoptr(GBytes) snapshot = focal_document_to_snapshot (document);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  FocalGraph *graph;

  g_assert_true (focal_document_save_snapshot (document, file, NULL, &error));
  g_assert_no_error (error);
  assert_no_temporary_files (dir);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (snapshot, NULL), g_bytes_get_size (snapshot));

  g_assert_true (focal_document_load_snapshot_file (copy, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (focal_document_equal (document, copy));

  /* Overwriting keeps working, and a missing file is an I/O error that
   * leaves the document as it was. */
  g_assert_true (focal_document_save_snapshot (copy, file, NULL, &error));
  g_assert_no_error (error);
  graph = focal_document_get_graph (copy);
  g_assert_false (focal_document_load_snapshot_file (copy, missing, NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "missing.focal-snapshot"));
  g_assert_true (focal_document_get_graph (copy) == graph);
  g_clear_error (&error);

  /* A JSON file is not a snapshot; the message names the file. */
  g_assert_true (focal_document_save_to_file (document, file, FOCAL_SAVE_FLAGS_NONE, NULL,
                                              &error));
  g_assert_false (focal_document_load_snapshot_file (copy, file, NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "dataset.focal-snapshot: "));
  g_assert_true (focal_document_get_graph (copy) == graph);

  remove_tree (dir);
}

static void
test_save_to_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "doc.focal-snapshot", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FocalDocument) document = load_text (small);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_assert_false (focal_document_save_snapshot (document, file, NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, g_strerror (EISDIR)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  assert_no_temporary_files (dir);

  remove_tree (dir);
}

static char *
child_test_dir (pid_t parent)
{
  g_autofree char *name = g_strdup_printf ("focal-snapshot-test-%d", (int) parent);

  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

static void
test_save_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *mark = NULL;
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(FocalDocument) document = load_text (small);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;

      dir = child_test_dir (getppid ());
      path = g_build_filename (dir, "doc.focal-snapshot", NULL);
      /* Root writes anywhere: the child gives up root first, or, when it
       * cannot, leaves a mark for the parent to skip the test. */
      if (getuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        {
          mark = g_build_filename (dir, "cannot-drop-root", NULL);
          g_file_set_contents (mark, "", 0, NULL);
          return;
        }

      file = g_file_new_for_path (path);
      g_assert_false (focal_document_save_snapshot (document, file, NULL, &error));
      g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_nonnull (strstr (error->message, g_strerror (EACCES)));
      return;
    }

  dir = child_test_dir (getpid ());
  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  path = g_build_filename (dir, "doc.focal-snapshot", NULL);
  g_assert_true (g_file_set_contents (path, "previous", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  mark = g_build_filename (dir, "cannot-drop-root", NULL);
  if (g_file_test (mark, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("running as root and unable to drop privileges: permissions are not checked");
      remove_tree (dir);
      return;
    }

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "previous");
  assert_no_temporary_files (dir);
  remove_tree (dir);
}

/* Bad input ---------------------------------------------------------------- */

/* Loads @bytes into a document holding the small graph and checks the load
 * fails with @code, a message that starts with "snapshot: " and holds
 * @fragment, one problem, and the document unchanged. */
static void
assert_refused (GBytes     *bytes,
                FocalError  code,
                const char *fragment)
{
  g_autoptr(FocalDocument) document = load_text (small);
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalProblem) problem = NULL;
  FocalGraph *graph = focal_document_get_graph (document);
  GListModel *problems = focal_document_get_problems (document);

  g_assert_false (focal_document_load_from_snapshot (document, bytes, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, FOCAL_ERROR, (int) code);
  g_assert_true (g_str_has_prefix (error->message, "snapshot:"));
  if (strstr (error->message, fragment) == NULL)
    g_error ("\"%s\" does not mention \"%s\"", error->message, fragment);
  g_assert_true (focal_document_get_graph (document) == graph);
  g_assert_cmpstr (focal_document_get_title (document), ==, "Small");
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
  problem = g_list_model_get_item (problems, 0);
  g_assert_cmpint (focal_problem_get_code (problem), ==, code);
  g_assert_cmpstr (focal_problem_get_message (problem), ==, error->message);
}

static GBytes *
small_snapshot (void)
{
  g_autoptr(FocalDocument) document = load_text (small);

  return focal_document_to_snapshot (document);
}

/* The body of the snapshot in @bytes. */
static GVariant *
snapshot_body (GBytes *bytes)
{
  g_autoptr(GVariant) snapshot = NULL;
  GVariant *body = NULL;

  snapshot = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE ("(suv)"), bytes, TRUE));
  g_variant_get (snapshot, "(&suv)", NULL, NULL, &body);
  return body;
}

/* A snapshot of @version whose body is the tuple of @n @children. */
static GBytes *
forge_body (guint      version,
            GVariant **children,
            gsize      n)
{
  g_autoptr(GVariant) forged = NULL;

  forged = g_variant_ref_sink (g_variant_new ("(su@v)", "focal-snapshot", version,
                                              g_variant_new_variant (
                                                g_variant_new_tuple (children, n))));
  return g_variant_get_data_as_bytes (forged);
}

/* The children of the small graph's snapshot's body. */
static GPtrArray *
small_body_children (void)
{
  g_autoptr(GBytes) bytes = small_snapshot ();
  g_autoptr(GVariant) body = snapshot_body (bytes);
  GPtrArray *children = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  g_assert_true (g_variant_is_of_type (body, G_VARIANT_TYPE (BODY_TYPE)));
  for (gsize i = 0; i < g_variant_n_children (body); i++)
    g_ptr_array_add (children, g_variant_get_child_value (body, i));
  return children;
}

/* The snapshot of the small graph with children @indexes of its body
 * replaced by @values (floating), @indexes ending with G_MAXUINT, and
 * @version. */
static GBytes *
forge_many (guint         version,
            const guint  *indexes,
            GVariant    **values)
{
  g_autoptr(GPtrArray) children = small_body_children ();

  for (guint k = 0; indexes[k] != G_MAXUINT; k++)
    {
      g_variant_unref (g_ptr_array_index (children, indexes[k]));
      g_ptr_array_index (children, indexes[k]) = g_variant_take_ref (values[k]);
    }

  return forge_body (version, (GVariant **) children->pdata, children->len);
}

/* The same with child @index replaced by @value (floating); G_MAXUINT for none. */
static GBytes *
forge (guint     version,
       guint     index,
       GVariant *value)
{
  guint indexes[] = { index, G_MAXUINT };

  return forge_many (version, indexes, &value);
}

/* The offset of child @index of the body inside @bytes. */
static gsize
body_child_offset (GBytes *bytes,
                   guint   index)
{
  g_autoptr(GVariant) body = snapshot_body (bytes);
  g_autoptr(GVariant) child = g_variant_get_child_value (body, index);

  return (const guint8 *) g_variant_get_data (child) - (const guint8 *) g_bytes_get_data (bytes, NULL);
}

/* A copy of @bytes with @size bytes at @offset set to @data. */
static GBytes *
patch (GBytes        *bytes,
       gsize          offset,
       gconstpointer  data,
       gsize          size)
{
  gsize length = g_bytes_get_size (bytes);
  guint8 *copy = g_memdup2 (g_bytes_get_data (bytes, NULL), length);

  g_assert_cmpuint (offset + size, <=, length);
  memcpy (copy + offset, data, size);
  return g_bytes_new_take (copy, length);
}

static void
test_bad_header (void)
{
  g_autoptr(GBytes) good = small_snapshot ();
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) magic = patch (good, 0, "FOCAL", 5);
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (good, 0, g_bytes_get_size (good) / 2);
  g_autoptr(GBytes) version = forge (3, G_MAXUINT, NULL);
  g_autoptr(GBytes) version_0 = forge (0, G_MAXUINT, NULL);
  g_autoptr(GBytes) version_1 = forge (1, G_MAXUINT, NULL);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(FocalDocument) limited = focal_document_new ();
  g_autoptr(GError) error = NULL;

  assert_refused (empty, FOCAL_ERROR_PARSE, "not a focal snapshot");
  assert_refused (magic, FOCAL_ERROR_PARSE, "not a focal snapshot");
  assert_refused (truncated, FOCAL_ERROR_PARSE, "corrupted snapshot");
  assert_refused (version, FOCAL_ERROR_UNSUPPORTED_VERSION, "version 3");
  assert_refused (version_0, FOCAL_ERROR_UNSUPPORTED_VERSION, "version 0");
  /* A body of version 2 under the header of version 1. */
  assert_refused (version_1, FOCAL_ERROR_PARSE, "expected \"" BODY_TYPE_1 "\" in version 1");

  /* A body of another type. */
  {
    g_autoptr(GVariant) forged = g_variant_ref_sink (g_variant_new ("(su@v)", "focal-snapshot", 1,
                                                                    g_variant_new_variant (
                                                                      g_variant_new_string ("x"))));

    body = g_variant_get_data_as_bytes (forged);
    assert_refused (body, FOCAL_ERROR_PARSE, "type \"s\"");
  }

  /* The size limit applies to snapshots. */
  focal_document_set_max_size (limited, 100);
  g_assert_false (focal_document_load_from_snapshot (limited, good, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_LIMIT_EXCEEDED);
}

static void
test_bad_columns (void)
{
  g_autoptr(GBytes) good = small_snapshot ();
  gsize source = body_child_offset (good, 2);
  gsize kind = body_child_offset (good, 4);
  guint32 out_of_range = 99999;
  guint8 bad_kind = 0xee;
  guint8 party_to = FOCAL_LINK_KIND_PARTY_TO;
  guint32 short_column[] = { 0, 0 };
  guint32 bad_periods[] = { 0, 7, 0 };
  double negative[] = { -1, 1, 1 };
  const char *nodes[] = { "canada", "nobody", "nafta" };
  const char *periods[] = { "", "1990/2004", "spring" };
  g_autoptr(GBytes) range = patch (good, source + 4, &out_of_range, 4);
  g_autoptr(GBytes) flipped = patch (good, kind + 1, &bad_kind, 1);
  g_autoptr(GBytes) wrong_kind = patch (good, kind, &party_to, 1);
  g_autoptr(GBytes) length = NULL;
  g_autoptr(GBytes) period = NULL;
  g_autoptr(GBytes) weight = NULL;
  g_autoptr(GBytes) unknown = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) date = NULL;

  assert_refused (range, FOCAL_ERROR_PARSE,
                  "snapshot: link 1: source node 99999 out of range (3 nodes)");
  assert_refused (flipped, FOCAL_ERROR_PARSE, "snapshot: link 1: unknown link kind 238");
  assert_refused (wrong_kind, FOCAL_ERROR_WRONG_KIND, "snapshot: link 0: link canada");

  length = forge (2, 3, g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, short_column, 2,
                                                    sizeof (guint32)));
  assert_refused (length, FOCAL_ERROR_PARSE, "the target column has 2 links");
  period = forge (2, 5, g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, bad_periods, 3,
                                                    sizeof (guint32)));
  assert_refused (period, FOCAL_ERROR_PARSE, "link 1: period 7 out of range");
  weight = forge (2, 6, g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, negative, 3,
                                                    sizeof (double)));
  assert_refused (weight, FOCAL_ERROR_INVALID_VALUE, "link 0: weight -1");
  unknown = forge (2, 1, g_variant_new_strv (nodes, 3));
  assert_refused (unknown, FOCAL_ERROR_UNKNOWN_ID, "node 1: unknown id \"nobody\"");
  date = forge (2, 7, g_variant_new_strv (periods, 3));
  assert_refused (date, FOCAL_ERROR_PARSE, "period 2:");
  text = forge (2, 0, g_variant_new_string ("{\"format\": \"focal/1\", \"actors\": 3}"));
  assert_refused (text, FOCAL_ERROR_WRONG_TYPE, "$.actors");
}

static void
test_bad_parts (void)
{
  struct
  {
    const char *parts;
    FocalError  code;
    const char *fragment;
  } cases[] = {
    { "[(5, just 'x', @ay [], @a(smsmsumsms) [], @ms nothing)]", FOCAL_ERROR_PARSE,
      "optional parts 0: link 5 out of order or range" },
    { "[(1, just 'x', @ay [], [], nothing), (1, just 'y', [], [], nothing)]",
      FOCAL_ERROR_PARSE, "optional parts 1: link 1 out of order" },
    { "[(1, nothing, [byte 98, 0], [], nothing)]", FOCAL_ERROR_PARSE, "link 1: attributes: corrupted" },
    { "[(1, nothing, [byte 98, 0, 120, 0, 97, 0, 121, 0, 0], [], nothing)]", FOCAL_ERROR_PARSE,
      "attributes: key \"a\" out of order" },
    { "[(1, nothing, @ay [], [('nowhere', nothing, nothing, 0, nothing, nothing)], nothing)]",
      FOCAL_ERROR_UNKNOWN_ID, "link 1: citation: unknown source \"nowhere\"" },
    { "[(1, nothing, @ay [], @a(smsmsumsms) [], just '{\"source\": 1}')]",
      FOCAL_ERROR_INVALID_VALUE, "link 1: unknown members: \"source\" is not an unknown member" },
    { "[(1, nothing, @ay [], @a(smsmsumsms) [], just '[1]')]", FOCAL_ERROR_PARSE,
      "expected a JSON object" },
    { "[(1, nothing, @ay [], @a(smsmsumsms) [], just '{\"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}')]",
      FOCAL_ERROR_LIMIT_EXCEEDED, "maximum depth" },
    { "[(1, nothing, @ay [], @a(smsmsumsms) [], nothing)]", FOCAL_ERROR_PARSE,
      "optional parts that are empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GVariant *parts = g_variant_parse (G_VARIANT_TYPE ("a(umsaya(smsmsumsms)ms)"),
                                         cases[i].parts, NULL, NULL, &error);
      g_autoptr(GBytes) bytes = NULL;

      g_assert_no_error (error);
      bytes = forge (2, 8, parts);
      assert_refused (bytes, cases[i].code, cases[i].fragment);
    }
}

/* Version 2 keeps the links' attributes in a column of indexes into a
 * table of blocks, each checked once. */
static void
test_bad_blocks (void)
{
  static const guint32 out_of_range[] = { 0, 5, 0 };
  static const guint32 short_column[] = { 0, 1 };
  struct
  {
    const char *blocks;
    FocalError  code;
    const char *fragment;
  } cases[] = {
    { "[[byte 97, 0, 98, 0, 0]]", FOCAL_ERROR_PARSE, "attribute block 0 is not empty" },
    { "[@ay [], []]", FOCAL_ERROR_PARSE, "attribute block 1 is empty" },
    { "[@ay [], [byte 98, 0]]", FOCAL_ERROR_PARSE, "snapshot: attribute block 1: corrupted at byte 0" },
    { "[@ay [], [byte 98, 0, 120, 0, 97, 0, 121, 0, 0]]", FOCAL_ERROR_PARSE,
      "snapshot: attribute block 1: key \"a\" out of order" },
    { "[@ay [], [byte 0, 120, 0, 0]]", FOCAL_ERROR_PARSE, "attribute block 1: corrupted at byte 0" },
    { "[@ay [], [byte 97, 0, 0xff, 0, 0]]", FOCAL_ERROR_PARSE, "attribute block 1: corrupted at byte 2" },
    /* Fewer blocks than the column refers to. */
    { "[@ay []]", FOCAL_ERROR_PARSE, "snapshot: link 1: attribute block 1 out of range (1 blocks)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GVariant *blocks = g_variant_parse (G_VARIANT_TYPE ("aay"), cases[i].blocks, NULL, NULL,
                                          &error);
      g_autoptr(GBytes) bytes = NULL;

      g_assert_no_error (error);
      bytes = forge (2, 10, blocks);
      assert_refused (bytes, cases[i].code, cases[i].fragment);
    }

  {
    g_autoptr(GBytes) range = forge (2, 9, g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32,
                                                                       out_of_range, 3,
                                                                       sizeof (guint32)));
    g_autoptr(GBytes) length = forge (2, 9, g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32,
                                                                        short_column, 2,
                                                                        sizeof (guint32)));

    assert_refused (range, FOCAL_ERROR_PARSE, "link 1: attribute block 5 out of range (2 blocks)");
    assert_refused (length, FOCAL_ERROR_PARSE, "the attributes column has 2 links");
  }

  /* Attributes in a link's part and in the column. */
  {
    g_autoptr(GError) error = NULL;
    GVariant *parts = g_variant_parse (G_VARIANT_TYPE ("a(umsaya(smsmsumsms)ms)"),
                                       "[(1, nothing, [byte 97, 0, 49, 0, 0], [], nothing)]",
                                       NULL, NULL, &error);
    g_autoptr(GBytes) bytes = NULL;

    g_assert_no_error (error);
    bytes = forge (2, 8, parts);
    assert_refused (bytes, FOCAL_ERROR_PARSE,
                    "link 1: corrupted snapshot: attributes both in its optional parts and in "
                    "the attribute column");
  }

  /* With no column, the links have no attributes, whatever the blocks. */
  {
    g_autoptr(FocalDocument) document = focal_document_new ();
    g_autoptr(GBytes) bytes = forge (2, 9, g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32,
                                                                       NULL, 0, sizeof (guint32)));
    g_autoptr(FocalLink) link = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (focal_document_load_from_snapshot (document, bytes, &error));
    g_assert_no_error (error);
    link = g_list_model_get_item (focal_graph_get_links (focal_document_get_graph (document)), 1);
    g_assert_null (focal_link_get_attribute (link, "a"));
    g_assert_cmpstr (focal_link_get_description (link), ==, "signed");
  }
}

/* Snapshots of version 1, which kept the attributes in the links' parts,
 * still load: those made from tests/data/valid/ by the library of that
 * version give the same documents as their JSON text. */
static void
test_version_1 (void)
{
  const char *names[] = {
    "minimal", "actors", "agreements", "events", "extensions", "format-example", "forums",
    "links", "positions",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *json_name = g_strconcat (names[i], ".json", NULL);
      g_autofree char *snapshot_name = g_strconcat (names[i], ".focal-snapshot", NULL);
      g_autofree char *json_path = g_test_build_filename (G_TEST_DIST, "data", "valid", json_name,
                                                          NULL);
      g_autofree char *snapshot_path = g_test_build_filename (G_TEST_DIST, "data", "snapshot-v1",
                                                              snapshot_name, NULL);
      g_autofree char *text = NULL;
      g_autofree char *data = NULL;
      gsize length;
      g_autoptr(FocalDocument) document = NULL;
      g_autoptr(GBytes) snapshot = NULL;
      g_autoptr(GVariant) variant = NULL;
      g_autoptr(GError) error = NULL;
      guint32 version;

      g_test_message ("%s", names[i]);
      g_file_get_contents (json_path, &text, NULL, &error);
      g_assert_no_error (error);
      g_file_get_contents (snapshot_path, &data, &length, &error);
      g_assert_no_error (error);
      snapshot = g_bytes_new_take (g_steal_pointer (&data), length);
      variant = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE ("(suv)"), snapshot,
                                                              FALSE));
      g_variant_get (variant, "(&suv)", NULL, &version, NULL);
      g_assert_cmpuint (version, ==, 1);

      document = load_text (text);
      assert_round_trip (document, snapshot);
    }

  /* A body of version 1 (its first nine members) under the header of
   * version 2. */
  {
    g_autoptr(GPtrArray) children = small_body_children ();
    g_autoptr(GBytes) bytes = forge_body (2, (GVariant **) children->pdata, 9);

    assert_refused (bytes, FOCAL_ERROR_PARSE, "expected \"" BODY_TYPE "\" in version 2");
  }
}

/* The links are checked on another thread while the entities are read:
 * of several problems, the one reported is still the one a reading in
 * order meets first. */
static void
test_first_problem (void)
{
  static const guint32 period_out_of_range[] = { 0, 99, 0 };
  static const guint32 period_out_of_range_first[] = { 99, 1, 0 };
  static const double negative[] = { 1, -1, 1 };
  static const guint8 party_to_first[] = { FOCAL_LINK_KIND_PARTY_TO, FOCAL_LINK_KIND_PARTY_TO,
                                           FOCAL_LINK_KIND_PARTY_TO };
  g_autoptr(GError) error = NULL;
  GVariant *parts;

  /* A part is read before its link's columns. */
  parts = g_variant_parse (G_VARIANT_TYPE ("a(umsaya(smsmsumsms)ms)"),
                           "[(1, nothing, @ay [], [('nowhere', nothing, nothing, 0, nothing, "
                           "nothing)], nothing)]", NULL, NULL, &error);
  g_assert_no_error (error);
  {
    guint indexes[] = { 6, 8, G_MAXUINT };
    GVariant *values[] = {
      g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, negative, 3, sizeof (double)), parts,
    };
    g_autoptr(GBytes) bytes = forge_many (2, indexes, values);

    assert_refused (bytes, FOCAL_ERROR_UNKNOWN_ID, "link 1: citation: unknown source \"nowhere\"");
  }

  /* The graph's rules at link 0 come before a period out of range at link 1. */
  {
    guint indexes[] = { 4, 5, G_MAXUINT };
    GVariant *values[] = {
      g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, party_to_first, 3, 1),
      g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, period_out_of_range, 3, sizeof (guint32)),
    };
    g_autoptr(GBytes) bytes = forge_many (2, indexes, values);

    assert_refused (bytes, FOCAL_ERROR_WRONG_KIND, "snapshot: link 0: link canada");
  }

  /* At one link, its columns come before the graph's rules. */
  {
    guint indexes[] = { 4, 5, G_MAXUINT };
    GVariant *values[] = {
      g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, party_to_first, 3, 1),
      g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, period_out_of_range_first, 3,
                                 sizeof (guint32)),
    };
    g_autoptr(GBytes) bytes = forge_many (2, indexes, values);

    assert_refused (bytes, FOCAL_ERROR_PARSE, "snapshot: link 0: period 99 out of range");
  }

  /* Data out of normal form is reported as such, before its text is read:
   * here the text has lost its final nul. */
  {
    g_autoptr(GBytes) good = small_snapshot ();
    g_autoptr(GVariant) body = snapshot_body (good);
    g_autoptr(GVariant) text = g_variant_get_child_value (body, 0);
    g_autoptr(GBytes) bytes = NULL;
    gsize offset = body_child_offset (good, 0);
    guint8 not_nul = 'x';

    bytes = patch (good, offset + g_variant_get_size (text) - 1, &not_nul, 1);
    assert_refused (bytes, FOCAL_ERROR_PARSE, "not in GVariant normal form");
  }
}

/* Every byte of a small snapshot flipped in turn: each load succeeds or
 * fails with a FocalError, never crashes or warns. */
static void
test_flip_every_byte (void)
{
  g_autoptr(GBytes) good = small_snapshot ();
  gsize length;
  const guint8 *data = g_bytes_get_data (good, &length);
  guint n_loaded = 0;

  for (gsize i = 0; i < length; i++)
    {
      g_autoptr(FocalDocument) document = focal_document_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      guint8 flipped = data[i] ^ 0xff;

      bytes = patch (good, i, &flipped, 1);
      if (focal_document_load_from_snapshot (document, bytes, &error))
        {
          g_autofree char *text = focal_document_to_data (document, FOCAL_SAVE_FLAGS_NONE, NULL);
          g_autoptr(FocalDocument) again = load_text (text);

          g_assert_no_error (error);
          g_assert_true (focal_document_equal (document, again));
          n_loaded++;
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == FOCAL_ERROR);
          g_assert_true (g_str_has_prefix (error->message, "snapshot:"));
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
        }
    }

  g_test_message ("%u of %" G_GSIZE_FORMAT " flipped snapshots loaded", n_loaded, length);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* A load notifies what it changed, once each, like the JSON loads. */
static void
test_notify (void)
{
  g_autoptr(FocalDocument) document = load_text (small);
  g_autoptr(FocalDocument) copy = focal_document_new ();
  g_autoptr(GBytes) snapshot = focal_document_to_snapshot (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) junk = g_bytes_new_static ("x", 1);
  guint n_graph = 0, n_title = 0, n_as_of = 0;

  g_signal_connect (copy, "notify::graph", G_CALLBACK (count_cb), &n_graph);
  g_signal_connect (copy, "notify::title", G_CALLBACK (count_cb), &n_title);
  g_signal_connect (copy, "notify::as-of", G_CALLBACK (count_cb), &n_as_of);
  g_assert_true (focal_document_load_from_snapshot (copy, snapshot, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_graph, ==, 1);
  g_assert_cmpuint (n_title, ==, 1);
  g_assert_cmpuint (n_as_of, ==, 1);
  g_assert_cmpstr (focal_document_get_title (copy), ==, "Small");

  /* A failed load changes nothing. */
  g_assert_false (focal_document_load_from_snapshot (copy, junk, &error));
  g_assert_cmpuint (n_graph, ==, 1);
  g_assert_cmpuint (n_title, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/snapshot/round-trip/dataset", test_round_trip_dataset);
  g_test_add_func ("/focal/snapshot/round-trip/valid", test_round_trip_valid);
  g_test_add_func ("/focal/snapshot/round-trip/holes", test_round_trip_holes);
  g_test_add_func ("/focal/snapshot/file", test_file);
  g_test_add_func ("/focal/snapshot/save/target-is-folder", test_save_to_folder);
  g_test_add_func ("/focal/snapshot/save/read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/focal/snapshot/bad/header", test_bad_header);
  g_test_add_func ("/focal/snapshot/bad/columns", test_bad_columns);
  g_test_add_func ("/focal/snapshot/bad/parts", test_bad_parts);
  g_test_add_func ("/focal/snapshot/bad/attribute-blocks", test_bad_blocks);
  g_test_add_func ("/focal/snapshot/version-1", test_version_1);
  g_test_add_func ("/focal/snapshot/bad/first-problem", test_first_problem);
  g_test_add_func ("/focal/snapshot/bad/flip-every-byte", test_flip_every_byte);
  g_test_add_func ("/focal/snapshot/notify", test_notify);

  return g_test_run ();
}
