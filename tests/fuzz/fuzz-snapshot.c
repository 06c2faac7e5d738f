/* fuzz-snapshot.c: FocalDocument on arbitrary snapshot bytes
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Loads the input as a snapshot, with the default limits and with tight
 * ones. A failed load must leave the document as it was, list exactly one
 * problem and explain itself with a FocalError whose message starts with
 * "snapshot:". A load that succeeded must give a graph that validates,
 * survives the usual queries, saves to JSON that loads back into an equal
 * document, and snapshots again into bytes that load into an equal one.
 *
 * Seeds are snapshots made from tests/data/valid/ by
 * focal_document_to_snapshot(): tests/fuzz/snapshot-seeds/ by this
 * version, tests/data/snapshot-v1/ by the library that wrote version 1 of
 * the format. Built with
 * -fsanitize=fuzzer it is a libFuzzer target; linked with driver.c it
 * replays files (the 'fuzz' test suite).
 */

#include <focal/focal.h>

#include <stdint.h>
#include <string.h>

#include "fuzz-graph.h"

static void
fuzz_snapshot_check_again (FocalDocument *document,
                           const char    *what)
{
  g_autoptr(FocalDocument) again = focal_document_new ();
  g_autoptr(GBytes) snapshot = focal_document_to_snapshot (document);
  g_autoptr(GError) error = NULL;

  if (!focal_document_load_from_snapshot (again, snapshot, &error))
    fuzz_fail ("%s: a loaded snapshot does not snapshot again: %s", what, error->message);
  if (!focal_document_equal (document, again))
    fuzz_fail ("%s: a snapshot of a loaded snapshot differs", what);
}

static void
fuzz_snapshot_once (GBytes     *bytes,
                    gboolean    tight,
                    const char *what)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;
  FocalGraph *before = focal_document_get_graph (document);
  GListModel *problems = focal_document_get_problems (document);

  if (tight)
    {
      focal_document_set_max_size (document, g_bytes_get_size (bytes));
      focal_document_set_max_depth (document, 6);
      focal_document_set_max_string_length (document, 40);
      focal_document_set_max_entities (document, 12);
    }

  if (!focal_document_load_from_snapshot (document, bytes, &error))
    {
      g_autoptr(GEnumClass) codes = g_type_class_ref (FOCAL_TYPE_ERROR);

      if (error == NULL || error->domain != FOCAL_ERROR ||
          g_enum_get_value (codes, error->code) == NULL)
        fuzz_fail ("%s: a failed load gave no FocalError", what);
      if (!g_utf8_validate (error->message, -1, NULL) ||
          !g_str_has_prefix (error->message, "snapshot:"))
        fuzz_fail ("%s: the message does not say where: %s", what, error->message);
      if (focal_document_get_graph (document) != before || focal_graph_get_n_entities (before) != 0)
        fuzz_fail ("%s: a failed load changed the document", what);
      if (g_list_model_get_n_items (problems) != 1)
        fuzz_fail ("%s: a failed load does not list exactly one problem", what);
      return;
    }

  if (error != NULL)
    fuzz_fail ("%s: a load that succeeded set an error", what);
  if (g_list_model_get_n_items (problems) != 0)
    fuzz_fail ("%s: a load that succeeded lists problems", what);

  fuzz_graph_check (focal_document_get_graph (document));
  fuzz_graph_check_saved (document, FOCAL_SAVE_FLAGS_COMPACT, what);
  fuzz_snapshot_check_again (document, what);
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* GVariant wants aligned data; a copy in a GBytes of its own is, as a
   * mapped file is. */
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  fuzz_init ();

  fuzz_snapshot_once (bytes, FALSE, "default limits");
  fuzz_snapshot_once (bytes, TRUE, "tight limits");

  return 0;
}
