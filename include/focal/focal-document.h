/* focal-document.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <gio/gio.h>

#include <focal/focal-types.h>
#include <focal/focal-date.h>
#include <focal/focal-graph.h>

G_BEGIN_DECLS

/**
 * FocalLoadFlags:
 * @FOCAL_LOAD_FLAGS_NONE: strict loading: the first problem stops the load
 *   and the document keeps its previous graph
 * @FOCAL_LOAD_FLAGS_LENIENT: record every problem as a [class@Problem], skip
 *   the records that have one and load everything else
 *
 * How a [class@Document] reacts to problems in what it loads.
 */
typedef enum /*< flags >*/
{
  FOCAL_LOAD_FLAGS_NONE    = 0,
  FOCAL_LOAD_FLAGS_LENIENT = 1 << 0,
} FocalLoadFlags;

/**
 * FocalSaveFlags:
 * @FOCAL_SAVE_FLAGS_NONE: pretty output: two-space indentation, one member
 *   per line
 * @FOCAL_SAVE_FLAGS_COMPACT: no whitespace at all
 *
 * How a [class@Document] writes its JSON text. The output ends with a
 * newline either way.
 */
typedef enum /*< flags >*/
{
  FOCAL_SAVE_FLAGS_NONE    = 0,
  FOCAL_SAVE_FLAGS_COMPACT = 1 << 0,
} FocalSaveFlags;

#define FOCAL_TYPE_DOCUMENT (focal_document_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalDocument, focal_document, FOCAL, DOCUMENT, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalDocument *focal_document_new                    (void) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
FocalDocument *focal_document_new_for_graph          (FocalGraph           *graph) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
FocalGraph    *focal_document_get_graph              (FocalDocument        *self);

FOCAL_AVAILABLE_IN_ALL
const char    *focal_document_get_title              (FocalDocument        *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_document_set_title              (FocalDocument        *self,
                                                      const char           *title);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_document_get_description        (FocalDocument        *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_document_set_description        (FocalDocument        *self,
                                                      const char           *description);
FOCAL_AVAILABLE_IN_ALL
FocalDate     *focal_document_get_as_of              (FocalDocument        *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_document_set_as_of              (FocalDocument        *self,
                                                      FocalDate            *as_of);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_document_get_licence            (FocalDocument        *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_document_set_licence            (FocalDocument        *self,
                                                      const char           *licence);

FOCAL_AVAILABLE_IN_ALL
guint64        focal_document_get_max_size           (FocalDocument        *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_document_set_max_size           (FocalDocument        *self,
                                                      guint64               max_size);
FOCAL_AVAILABLE_IN_ALL
guint          focal_document_get_max_depth          (FocalDocument        *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_document_set_max_depth          (FocalDocument        *self,
                                                      guint                 max_depth);
FOCAL_AVAILABLE_IN_ALL
guint          focal_document_get_max_string_length  (FocalDocument        *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_document_set_max_string_length  (FocalDocument        *self,
                                                      guint                 max_string_length);
FOCAL_AVAILABLE_IN_ALL
guint          focal_document_get_max_entities       (FocalDocument        *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_document_set_max_entities       (FocalDocument        *self,
                                                      guint                 max_entities);

FOCAL_AVAILABLE_IN_ALL
double         focal_document_get_progress           (FocalDocument        *self);

FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_load_from_data         (FocalDocument        *self,
                                                      const char           *data,
                                                      gssize                length,
                                                      FocalLoadFlags        flags,
                                                      GError              **error);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_load_from_bytes        (FocalDocument        *self,
                                                      GBytes               *bytes,
                                                      FocalLoadFlags        flags,
                                                      GError              **error);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_load_from_file         (FocalDocument        *self,
                                                      GFile                *file,
                                                      FocalLoadFlags        flags,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_load_from_stream       (FocalDocument        *self,
                                                      GInputStream         *stream,
                                                      FocalLoadFlags        flags,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
FOCAL_AVAILABLE_IN_ALL
void           focal_document_load_from_file_async   (FocalDocument        *self,
                                                      GFile                *file,
                                                      FocalLoadFlags        flags,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_load_from_file_finish  (FocalDocument        *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);

FOCAL_AVAILABLE_IN_ALL
GListModel    *focal_document_get_problems           (FocalDocument        *self);

FOCAL_AVAILABLE_IN_ALL
char          *focal_document_to_data                (FocalDocument        *self,
                                                      FocalSaveFlags        flags,
                                                      gsize                *length) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
GBytes        *focal_document_to_bytes               (FocalDocument        *self,
                                                      FocalSaveFlags        flags) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_save_to_file           (FocalDocument        *self,
                                                      GFile                *file,
                                                      FocalSaveFlags        flags,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_save_to_stream         (FocalDocument        *self,
                                                      GOutputStream        *stream,
                                                      FocalSaveFlags        flags,
                                                      GCancellable         *cancellable,
                                                      GError              **error);

FOCAL_AVAILABLE_IN_ALL
GBytes        *focal_document_to_snapshot            (FocalDocument        *self) G_GNUC_WARN_UNUSED_RESULT;
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_save_snapshot          (FocalDocument        *self,
                                                      GFile                *file,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_load_from_snapshot     (FocalDocument        *self,
                                                      GBytes               *snapshot,
                                                      GError              **error);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_load_snapshot_file     (FocalDocument        *self,
                                                      GFile                *file,
                                                      GCancellable         *cancellable,
                                                      GError              **error);

FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_equal                  (FocalDocument        *a,
                                                      FocalDocument        *b);
FOCAL_AVAILABLE_IN_ALL
gboolean       focal_graph_equal                     (FocalGraph           *a,
                                                      FocalGraph           *b);

/**
 * FOCAL_DATASET_CANADA_MEXICO_2004:
 *
 * The resource path of the Canada–Mexico dataset compiled into libfocal.
 *
 * It holds everything FOCAL's 2004 policy paper *The Canada-Mexico
 * Relationship: The Unfinished Highway* states about the relationship,
 * cited to the paper's sections and endnotes. Load it with
 * [method@Document.load_from_resource]:
 *
 * ```c
 * g_autoptr(FocalDocument) document = focal_document_new ();
 *
 * focal_document_load_from_resource (document, FOCAL_DATASET_CANADA_MEXICO_2004,
 *                                    FOCAL_LOAD_FLAGS_NONE, NULL);
 * ```
 *
 * The resource is registered when the library is loaded, so
 * `g_resources_lookup_data()` finds it too.
 */
#define FOCAL_DATASET_CANADA_MEXICO_2004 "/org/libfocal/Focal/canada-mexico-2004.json"

FOCAL_AVAILABLE_IN_ALL
gboolean       focal_document_load_from_resource     (FocalDocument        *self,
                                                      const char           *path,
                                                      FocalLoadFlags        flags,
                                                      GError              **error);

G_END_DECLS
