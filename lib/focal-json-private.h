/* focal-json-private.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "focal-date.h"
#include "focal-document.h"
#include "focal-graph.h"
#include "focal-problem.h"

G_BEGIN_DECLS

/* What a focal/1 document holds: a graph and the document's own fields. */
typedef struct
{
  FocalGraph *graph;
  char       *title;
  char       *description;
  FocalDate  *as_of;
  char       *licence;
  JsonObject *extras;       /* unknown top-level members, or NULL */
  gboolean    skip_links;   /* the writer leaves the links out (snapshots) */
} FocalJsonContent;

void _focal_json_content_clear (FocalJsonContent *content);

typedef struct
{
  const char     *file;              /* "<data>" or the file's basename */
  FocalLoadFlags  flags;
  guint64         max_size;
  guint           max_depth;
  guint           max_string_length;
  guint           max_entities;
} FocalJsonReadOptions;

/* Reads a focal/1 document into @content (which must be zeroed) with a new
 * graph. Every problem found is appended to @problems as a FocalProblem. In
 * strict mode the first problem fails the read; in lenient mode only
 * problems that make the whole text unreadable do. On failure @content is
 * left cleared. */
gboolean      _focal_json_read         (const char                 *data,
                                        gsize                       length,
                                        const FocalJsonReadOptions *options,
                                        FocalJsonContent           *content,
                                        GPtrArray                  *problems,
                                        GError                    **error);

/* Appends the canonical focal/1 text of @content to @out, final newline
 * included. @content->graph may not be NULL. */
void          _focal_json_write        (GString                    *out,
                                        const FocalJsonContent     *content,
                                        gboolean                    compact);

/* Writes @value in the shortest form that reads back to the same double:
 * integral values within ±2^53 without a decimal point. @buffer holds at
 * least G_ASCII_DTOSTR_BUF_SIZE bytes. */
void          _focal_json_format_number (char                      *buffer,
                                         double                     value);

/* Hooks of FocalDocument for the snapshot code (focal-snapshot.c). */
/* Fills @content with the document's own fields and graph, borrowed. */
void          _focal_document_get_content (FocalDocument             *self,
                                           FocalJsonContent          *content);
/* Starts a synchronous load: the progress goes back to 0. */
void          _focal_document_begin_load  (FocalDocument             *self);
/* Ends a load as the JSON loads do: @problems replace the document's
 * problems, and @content (NULL after a failure) its graph and fields. */
void          _focal_document_apply       (FocalDocument             *self,
                                           FocalJsonContent          *content,
                                           GPtrArray                 *problems);
/* Writes @bytes to @file atomically, as focal_document_save_to_file(). */
gboolean      _focal_document_save_bytes  (GFile                     *file,
                                           GBytes                    *bytes,
                                           GCancellable              *cancellable,
                                           GError                   **error);

FocalProblem *_focal_problem_new       (FocalError                  code,
                                        const char                 *message,
                                        const char                 *file,
                                        guint                       line,
                                        guint                       column,
                                        const char                 *path,
                                        const char                 *id);

G_END_DECLS
