/* fuzz-load.c: FocalDocument on arbitrary bytes
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Loads the input strictly, leniently and leniently with tight limits.
 * Every load that succeeds must save to text that loads back strictly
 * into an equal graph and document, and must save to the same text again;
 * its graph must validate and survive the usual queries. A failed load
 * must leave the document as it was and explain itself.
 *
 * Built with -fsanitize=fuzzer it is a libFuzzer target; linked with
 * driver.c it replays files (the 'fuzz' test suite).
 */

#include <focal/focal.h>

#include <stdint.h>
#include <string.h>

#include "fuzz-graph.h"

static void
fuzz_load_check_problems (FocalDocument *document,
                          gboolean       lenient,
                          gboolean       ok)
{
  GListModel *problems = focal_document_get_problems (document);
  guint n = g_list_model_get_n_items (problems);

  if (!lenient && ok && n != 0)
    fuzz_fail ("a strict load that succeeded lists %u problems", n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalProblem) problem = g_list_model_get_item (problems, i);
      const char *message = focal_problem_get_message (problem);

      if (message == NULL || *message == '\0' || !g_utf8_validate (message, -1, NULL))
        fuzz_fail ("problem %u has no message, or one that is not UTF-8", i);
      if (focal_problem_get_path (problem) != NULL &&
          !g_utf8_validate (focal_problem_get_path (problem), -1, NULL))
        fuzz_fail ("problem %u has a path that is not UTF-8", i);
    }
}

static void
fuzz_load_once (const char     *data,
                size_t          size,
                FocalLoadFlags  flags,
                gboolean        tight,
                const char     *what)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;
  FocalGraph *before = focal_document_get_graph (document);
  gboolean lenient = (flags & FOCAL_LOAD_FLAGS_LENIENT) != 0;
  gboolean ok;

  if (tight)
    {
      focal_document_set_max_size (document, size);
      focal_document_set_max_depth (document, 6);
      focal_document_set_max_string_length (document, 40);
      focal_document_set_max_entities (document, 12);
    }

  ok = focal_document_load_from_data (document, data, size, flags, &error);
  fuzz_load_check_problems (document, lenient, ok);

  if (!ok)
    {
      if (error == NULL || error->domain != FOCAL_ERROR || error->message[0] == '\0' ||
          !g_utf8_validate (error->message, -1, NULL))
        fuzz_fail ("%s: a failed load gave no FocalError or a bad message", what);
      if (focal_document_get_graph (document) != before ||
          focal_graph_get_n_entities (before) != 0)
        fuzz_fail ("%s: a failed load changed the document", what);
      if (!lenient && g_list_model_get_n_items (focal_document_get_problems (document)) != 1)
        fuzz_fail ("%s: a failed strict load does not list exactly one problem", what);
      return;
    }

  if (error != NULL)
    fuzz_fail ("%s: a load that succeeded set an error", what);

  fuzz_graph_check (focal_document_get_graph (document));
  fuzz_graph_check_saved (document, FOCAL_SAVE_FLAGS_NONE, what);
  fuzz_graph_check_saved (document, FOCAL_SAVE_FLAGS_COMPACT, what);
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* The reader must not rely on a nul byte after the text. */
  g_autofree char *copy = g_memdup2 (data, size);

  fuzz_init ();

  fuzz_load_once (copy, size, FOCAL_LOAD_FLAGS_NONE, FALSE, "strict");
  fuzz_load_once (copy, size, FOCAL_LOAD_FLAGS_LENIENT, FALSE, "lenient");
  fuzz_load_once (copy, size, FOCAL_LOAD_FLAGS_LENIENT, TRUE, "lenient, tight limits");

  return 0;
}
