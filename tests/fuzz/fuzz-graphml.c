/* fuzz-graphml.c: the GraphML reader on arbitrary bytes
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reads the input as GraphML. A failed read must give no graph and a
 * FocalError that says where. A graph that is read must survive the usual
 * queries, save as a FocalDocument that loads back into an equal graph,
 * and write GraphML that reads back into an equal graph and writes the
 * same text again.
 *
 * Built with -fsanitize=fuzzer it is a libFuzzer target; linked with
 * driver.c it replays files (the 'fuzz' test suite).
 */

#include <focal/focal.h>

#include <stdint.h>
#include <string.h>

#include "fuzz-graph.h"

static void
fuzz_graphml_check_written (FocalGraph *graph)
{
  g_autoptr(FocalGraph) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize length = 0;
  gsize length_again = 0;

  text = focal_graph_to_graphml (graph, &length);
  if (text == NULL || strlen (text) != length || !g_str_has_suffix (text, "</graphml>\n") ||
      !g_utf8_validate (text, length, NULL))
    fuzz_fail ("the GraphML written is missing, holds a nul byte, is not UTF-8 or is cut");

  again = focal_graph_new_from_graphml (text, length, &error);
  if (again == NULL)
    fuzz_fail ("the GraphML written does not read back: %s\n%s", error->message, text);
  if (!focal_graph_equal (graph, again))
    fuzz_fail ("the GraphML written reads back into another graph\n%s", text);

  text_again = focal_graph_to_graphml (again, &length_again);
  if (length_again != length || memcmp (text, text_again, length) != 0)
    fuzz_fail ("writing what was read back gives other GraphML\n%s\n---\n%s", text, text_again);
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* The reader must not rely on a nul byte after the text. */
  g_autofree char *copy = g_memdup2 (data, size);
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(FocalDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();

  graph = focal_graph_new_from_graphml (copy, size, &error);
  if (graph == NULL)
    {
      fuzz_graph_check_error (error, "graphml");
      return 0;
    }
  if (error != NULL)
    fuzz_fail ("a read that succeeded set an error: %s", error->message);

  fuzz_graph_check (graph);

  document = focal_document_new_for_graph (graph);
  fuzz_graph_check_saved (document, FOCAL_SAVE_FLAGS_NONE, "graphml, saved");
  fuzz_graphml_check_written (graph);

  return 0;
}
