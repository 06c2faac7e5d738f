/* test-corpus.c: the focal/1 document corpus in tests/data
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One subtest per file:
 *
 * - tests/data/valid/NAME.json is canonical: it loads strictly with no
 *   problem and saves back to the same bytes; the saved text, pretty or
 *   compact, loads again into an equal graph.
 * - tests/data/valid/noncanonical/NAME.json loads the same way and saves to
 *   the bytes of NAME.expected.json beside it.
 * - tests/data/invalid/NAME.json fails as NAME.expect.json says:
 *
 *     {"code": "<FocalError nick>", "line": L, "column": C,
 *      "path": "$.positions[0].issue", "mentions": ["ftaa"],
 *      "properties": {"max-string-length": 16}}
 *
 *   A strict load fails with that code and a message starting with
 *   "NAME.json:L:C: PATH: " and naming each mention, and leaves the
 *   document's previous graph alone. A lenient load reports the same
 *   problem: it fails the same way when the expectation says "fatal": true
 *   (the text cannot be read as a focal/1 document at all: malformed JSON,
 *   the format, a limit), and otherwise succeeds with the problem in its
 *   list. "properties" are set on the FocalDocument before loading, to test
 *   limits with small files.
 *   "todo": "why" marks a known gap of the reader: the case is reported as
 *   TODO while it loads or fails differently, and fails once it is fixed.
 *   Other members of the expectation ("schema") are for the Python test.
 */

#include <string.h>

#include <json-glib/json-glib.h>

#include <focal/focal.h>
#include <focal/focal-document.h>
#include <focal/focal-problem.h>

/* A small graph that a document holds before a failing load. */
static const char before_text[] =
  "{\"format\": \"focal/1\", \"title\": \"Before\", \"actors\": ["
  "{\"id\": \"canada\", \"kind\": \"state\", \"country\": \"CA\"},"
  "{\"id\": \"mexico\", \"kind\": \"state\", \"country\": \"MX\"}],"
  "\"links\": [{\"source\": \"canada\", \"kind\": \"cooperates-with\", \"target\": \"mexico\"}]}";

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/* Like g_assert_cmpstr, but names the first line that differs. */
static void
assert_same_text (const char *actual,
                  const char *expected,
                  const char *what)
{
  g_auto(GStrv) actual_lines = NULL;
  g_auto(GStrv) expected_lines = NULL;

  if (g_str_equal (actual, expected))
    return;

  actual_lines = g_strsplit (actual, "\n", -1);
  expected_lines = g_strsplit (expected, "\n", -1);
  for (guint i = 0; actual_lines[i] != NULL || expected_lines[i] != NULL; i++)
    {
      if (g_strcmp0 (actual_lines[i], expected_lines[i]) != 0)
        g_error ("%s: line %u differs:\n  saved:    %s\n  expected: %s", what, i + 1,
                 actual_lines[i] != NULL ? actual_lines[i] : "(end)",
                 expected_lines[i] != NULL ? expected_lines[i] : "(end)");
    }
  g_assert_cmpstr (actual, ==, expected);
}

static FocalDocument *
load_file (const char     *path,
           FocalLoadFlags  flags)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GListModel *problems;

  if (!focal_document_load_from_file (document, file, flags, NULL, &error))
    g_error ("%s did not load: %s", path, error->message);
  g_assert_no_error (error);

  problems = focal_document_get_problems (document);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(FocalProblem) problem = g_list_model_get_item (problems, i);

      g_test_message ("problem: %s", focal_problem_get_message (problem));
    }
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);

  return g_steal_pointer (&document);
}

static FocalDocument *
load_data (const char *text)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;

  if (!focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_NONE, &error))
    g_error ("saved text did not load again: %s\n%s", error->message, text);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 0);

  return g_steal_pointer (&document);
}

/* Compact output has no whitespace outside strings and one final newline. */
static void
assert_compact (const char *text)
{
  gboolean in_string = FALSE;
  gsize length = strlen (text);

  g_assert_cmpuint (length, >, 1);
  g_assert_cmpint (text[length - 1], ==, '\n');

  for (gsize i = 0; i + 1 < length; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (g_ascii_isspace (c))
        g_error ("whitespace at byte %" G_GSIZE_FORMAT " of compact output:\n%s", i, text);
    }
}

static void
test_valid (gconstpointer data)
{
  const char *path = data;
  g_autofree char *expected_path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  g_autofree char *compact = NULL;
  g_autoptr(FocalDocument) document = NULL;
  g_autoptr(FocalDocument) reloaded = NULL;
  g_autoptr(FocalDocument) from_compact = NULL;
  g_autoptr(FocalDocument) lenient = NULL;
  gsize length = 0;

  if (strstr (path, G_DIR_SEPARATOR_S "noncanonical" G_DIR_SEPARATOR_S) != NULL)
    {
      g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".json"));

      expected_path = g_strconcat (stem, ".expected.json", NULL);
    }
  else
    expected_path = g_strdup (path);
  expected = read_text (expected_path);

  document = load_file (path, FOCAL_LOAD_FLAGS_NONE);
  saved = focal_document_to_data (document, FOCAL_SAVE_FLAGS_NONE, &length);
  g_assert_cmpuint (length, ==, strlen (saved));
  assert_same_text (saved, expected, expected_path);

  reloaded = load_data (saved);
  g_assert_true (focal_graph_equal (focal_document_get_graph (document),
                                    focal_document_get_graph (reloaded)));
  g_assert_true (focal_document_equal (document, reloaded));
  saved_again = focal_document_to_data (reloaded, FOCAL_SAVE_FLAGS_NONE, NULL);
  assert_same_text (saved_again, saved, "saved twice");

  compact = focal_document_to_data (document, FOCAL_SAVE_FLAGS_COMPACT, NULL);
  assert_compact (compact);
  from_compact = load_data (compact);
  g_assert_true (focal_graph_equal (focal_document_get_graph (document),
                                    focal_document_get_graph (from_compact)));
  g_assert_true (focal_document_equal (document, from_compact));

  lenient = load_file (path, FOCAL_LOAD_FLAGS_LENIENT);
  g_assert_true (focal_document_equal (document, lenient));

  g_assert_finalize_object (g_steal_pointer (&document));
  g_assert_finalize_object (g_steal_pointer (&reloaded));
  g_assert_finalize_object (g_steal_pointer (&from_compact));
  g_assert_finalize_object (g_steal_pointer (&lenient));
}

typedef struct
{
  JsonParser *parser;     /* owns the nodes below */
  int         code;
  guint       line;
  guint       column;
  const char *path;
  JsonArray  *mentions;
  JsonObject *properties; /* or NULL */
  gboolean    fatal;
  const char *todo;       /* or NULL */
} Expectation;

static void
expectation_clear (Expectation *expect)
{
  g_clear_object (&expect->parser);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Expectation, expectation_clear)

static void
expectation_load (Expectation *expect,
                  const char  *json_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expect_path = NULL;
  g_autofree char *stem = g_strndup (json_path, strlen (json_path) - strlen (".json"));
  GEnumClass *codes = g_type_class_peek (FOCAL_TYPE_ERROR);
  const char *nick;
  GEnumValue *value;
  JsonObject *object;

  expect_path = g_strconcat (stem, ".expect.json", NULL);
  expect->parser = json_parser_new ();
  json_parser_load_from_file (expect->parser, expect_path, &error);
  g_assert_no_error (error);

  object = json_node_get_object (json_parser_get_root (expect->parser));
  nick = json_object_get_string_member (object, "code");
  value = g_enum_get_value_by_nick (codes, nick);
  if (value == NULL)
    g_error ("%s: unknown code \"%s\"", expect_path, nick);

  expect->code = value->value;
  expect->line = json_object_get_int_member (object, "line");
  expect->column = json_object_get_int_member (object, "column");
  expect->path = json_object_get_string_member (object, "path");
  expect->mentions = json_object_get_array_member (object, "mentions");
  expect->properties = json_object_has_member (object, "properties") ?
                       json_object_get_object_member (object, "properties") : NULL;
  expect->fatal = json_object_has_member (object, "fatal") &&
                  json_object_get_boolean_member (object, "fatal");
  expect->todo = json_object_has_member (object, "todo") ?
                 json_object_get_string_member (object, "todo") : NULL;
}

static void
apply_properties (FocalDocument     *document,
                  const Expectation *expect)
{
  g_autoptr(GList) names = NULL;

  if (expect->properties == NULL)
    return;

  names = json_object_get_members (expect->properties);
  for (GList *l = names; l != NULL; l = l->next)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (document), l->data);
      gint64 number = json_object_get_int_member (expect->properties, l->data);
      g_auto(GValue) value = G_VALUE_INIT;

      g_assert_nonnull (pspec);
      g_value_init (&value, pspec->value_type);
      if (pspec->value_type == G_TYPE_UINT64)
        g_value_set_uint64 (&value, number);
      else if (pspec->value_type == G_TYPE_UINT)
        g_value_set_uint (&value, number);
      else
        g_assert_not_reached ();
      g_object_set_property (G_OBJECT (document), l->data, &value);
    }
}

/* Whether @message starts with "BASENAME:LINE:COLUMN: PATH: " and names
 * each mention; if not, says why in @why. */
static gboolean
message_matches (const char        *message,
                 const char        *basename,
                 const Expectation *expect,
                 char             **why)
{
  g_autofree char *prefix = g_strdup_printf ("%s:%u:%u: %s: ", basename, expect->line,
                                             expect->column, expect->path);

  if (!g_str_has_prefix (message, prefix))
    {
      *why = g_strdup_printf ("message \"%s\" does not start with \"%s\"", message, prefix);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (expect->mentions); i++)
    {
      const char *mention = json_array_get_string_element (expect->mentions, i);

      if (strstr (message, mention) == NULL)
        {
          *why = g_strdup_printf ("message \"%s\" does not mention \"%s\"", message, mention);
          return FALSE;
        }
    }

  return TRUE;
}

static void
assert_message (const char        *message,
                const char        *basename,
                const Expectation *expect)
{
  g_autofree char *why = NULL;

  if (!message_matches (message, basename, expect, &why))
    g_error ("%s", why);
}

/* A case marked "todo" is a known gap of the reader (mostly json-glib
 * accepting text that is not JSON): it is reported as TODO while the strict
 * load does not fail as expected, and fails once it does, so that the mark
 * gets removed. */
static void
test_invalid_todo (const char        *path,
                   const char        *basename,
                   const Expectation *expect)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;

  apply_properties (document, expect);
  if (focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_NONE, NULL, &error))
    why = g_strdup ("the document loaded");
  else if (!g_error_matches (error, FOCAL_ERROR, expect->code))
    why = g_strdup_printf ("wrong error: %s", error->message);
  else
    message_matches (error->message, basename, expect, &why);

  if (why != NULL)
    {
      g_test_message ("%s", why);
      g_test_incomplete (expect->todo);
      return;
    }

  g_test_message ("%s now fails as expected: remove its \"todo\"", basename);
  g_test_fail ();
}

static void
test_invalid_lenient (const char        *path,
                      const char        *basename,
                      const Expectation *expect)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GListModel *problems;
  gboolean found = FALSE;

  apply_properties (document, expect);
  if (!focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_LENIENT, NULL, &error))
    {
      g_assert_true (expect->fatal);
      g_assert_error (error, FOCAL_ERROR, expect->code);
      assert_message (error->message, basename, expect);
      return;
    }
  g_assert_no_error (error);
  g_assert_false (expect->fatal);

  problems = focal_document_get_problems (document);
  g_assert_cmpuint (g_list_model_get_n_items (problems), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(FocalProblem) problem = g_list_model_get_item (problems, i);

      g_test_message ("problem: %s", focal_problem_get_message (problem));
      if ((int) focal_problem_get_code (problem) != expect->code ||
          g_strcmp0 (focal_problem_get_path (problem), expect->path) != 0)
        continue;

      g_assert_cmpstr (focal_problem_get_file (problem), ==, basename);
      g_assert_cmpuint (focal_problem_get_line (problem), ==, expect->line);
      g_assert_cmpuint (focal_problem_get_column (problem), ==, expect->column);
      assert_message (focal_problem_get_message (problem), basename, expect);
      found = TRUE;
    }
  g_assert_true (found);
}

static void
test_invalid (gconstpointer data)
{
  const char *path = data;
  g_autofree char *basename = g_path_get_basename (path);
  g_auto(Expectation) expect = { NULL, };
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  FocalGraph *graph;

  expectation_load (&expect, path);
  if (expect.todo != NULL)
    {
      test_invalid_todo (path, basename, &expect);
      return;
    }

  g_assert_true (focal_document_load_from_data (document, before_text, -1,
                                                FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_no_error (error);
  graph = focal_document_get_graph (document);
  before = focal_document_to_data (document, FOCAL_SAVE_FLAGS_NONE, NULL);

  apply_properties (document, &expect);
  g_assert_false (focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_NONE,
                                                 NULL, &error));
  g_assert_error (error, FOCAL_ERROR, expect.code);
  g_test_message ("%s", error->message);
  assert_message (error->message, basename, &expect);

  /* The failed load changed nothing. */
  g_assert_true (focal_document_get_graph (document) == graph);
  g_assert_cmpuint (focal_graph_get_n_entities (graph), ==, 2);
  g_assert_cmpstr (focal_document_get_title (document), ==, "Before");
  after = focal_document_to_data (document, FOCAL_SAVE_FLAGS_NONE, NULL);
  g_assert_cmpstr (after, ==, before);

  test_invalid_lenient (path, basename, &expect);

  g_assert_finalize_object (g_steal_pointer (&document));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds one test per NAME.json of @folder whose name does not end with
 * @skip_suffix. Returns how many. */
static guint
add_tests (const char    *test_prefix,
           const char    *folder,
           const char    *skip_suffix,
           GTestDataFunc  func)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, skip_suffix))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file_name = g_ptr_array_index (names, i);
      g_autofree char *stem = g_strndup (file_name, strlen (file_name) - strlen (".json"));
      g_autofree char *test_path = g_strconcat (test_prefix, stem, NULL);

      g_test_add_data_func_full (test_path, g_build_filename (folder, file_name, NULL),
                                 func, g_free);
    }

  return names->len;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *valid = NULL;
  g_autofree char *noncanonical = NULL;
  g_autofree char *invalid = NULL;

  g_test_init (&argc, &argv, NULL);

  /* The error codes are looked up by nick. */
  g_type_class_ref (FOCAL_TYPE_ERROR);

  valid = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  noncanonical = g_test_build_filename (G_TEST_DIST, "data", "valid", "noncanonical", NULL);
  invalid = g_test_build_filename (G_TEST_DIST, "data", "invalid", NULL);

  g_assert_cmpuint (add_tests ("/focal/corpus/valid/", valid, ".expected.json", test_valid), >=, 6);
  g_assert_cmpuint (add_tests ("/focal/corpus/noncanonical/", noncanonical, ".expected.json",
                               test_valid), >=, 1);
  g_assert_cmpuint (add_tests ("/focal/corpus/invalid/", invalid, ".expect.json", test_invalid),
                    >=, 45);

  return g_test_run ();
}
