/* fuzz-popolo.c: the Popolo importer on arbitrary bytes
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Imports the input as Popolo JSON. A failed import must give no graph and
 * no report, and a FocalError that says where. A graph that is imported
 * must survive the usual queries, come with a report of problems that
 * explain themselves, save as a FocalDocument that loads back into an
 * equal graph, and export to Popolo that imports again into an equal
 * graph and exports to the same text.
 *
 * Built with -fsanitize=fuzzer it is a libFuzzer target; linked with
 * driver.c it replays files (the 'fuzz' test suite).
 */

#include <focal/focal.h>

#include <stdint.h>
#include <string.h>

#include "fuzz-graph.h"

static void
fuzz_popolo_check_report (GListModel *report)
{
  g_autoptr(GEnumClass) codes = g_type_class_ref (FOCAL_TYPE_ERROR);
  guint n;

  if (report == NULL || g_list_model_get_item_type (report) != FOCAL_TYPE_PROBLEM)
    fuzz_fail ("an import that succeeded gave no report of problems");

  n = g_list_model_get_n_items (report);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalProblem) problem = g_list_model_get_item (report, i);
      const char *message = focal_problem_get_message (problem);
      const char *path = focal_problem_get_path (problem);

      if (message == NULL || *message == '\0' || !g_utf8_validate (message, -1, NULL))
        fuzz_fail ("problem %u of the report has no message, or one that is not UTF-8", i);
      if (path != NULL && !g_utf8_validate (path, -1, NULL))
        fuzz_fail ("problem %u of the report has a path that is not UTF-8", i);
      if (g_enum_get_value (codes, focal_problem_get_code (problem)) == NULL)
        fuzz_fail ("problem %u of the report has code %d", i, focal_problem_get_code (problem));
      if (g_strcmp0 (focal_problem_get_file (problem), "<data>") != 0 ||
          focal_problem_get_line (problem) == 0 || focal_problem_get_column (problem) == 0)
        fuzz_fail ("problem %u of the report does not say where: %s", i, message);
    }
}

/* The export of an imported graph is Popolo that imports into an equal
 * graph, and that graph exports to the same text. */
static void
fuzz_popolo_check_export (FocalGraph *graph)
{
  g_autoptr(FocalGraph) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize length = 0;
  gsize length_again = 0;

  text = focal_popolo_export (graph, &length);
  if (text == NULL || strlen (text) != length || !g_str_has_suffix (text, "}\n") ||
      !g_utf8_validate (text, length, NULL))
    fuzz_fail ("the export is missing, holds a nul byte, is not UTF-8 or does not end in \"}\\n\"");

  again = focal_popolo_import_data (text, length, NULL, &error);
  if (again == NULL)
    fuzz_fail ("the export does not import again: %s\n%s", error->message, text);
  if (!focal_graph_equal (graph, again))
    fuzz_fail ("the export imports into another graph\n%s", text);

  text_again = focal_popolo_export (again, &length_again);
  if (length_again != length || memcmp (text, text_again, length) != 0)
    fuzz_fail ("the export of the import of the export differs\n%s\n---\n%s", text, text_again);
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* The importer must not rely on a nul byte after the text. */
  g_autofree char *copy = g_memdup2 (data, size);
  g_autoptr(GListModel) report = NULL;
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(FocalDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();

  graph = focal_popolo_import_data (copy, size, &report, &error);
  if (graph == NULL)
    {
      fuzz_graph_check_error (error, "popolo");
      if (report != NULL)
        fuzz_fail ("a failed import gave a report");
      return 0;
    }
  if (error != NULL)
    fuzz_fail ("an import that succeeded set an error: %s", error->message);

  fuzz_popolo_check_report (report);
  fuzz_graph_check (graph);

  document = focal_document_new_for_graph (graph);
  fuzz_graph_check_saved (document, FOCAL_SAVE_FLAGS_NONE, "popolo, saved");
  fuzz_popolo_check_export (graph);

  return 0;
}
