/* focal-document.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-document.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "focal-enum-types.h"
#include "focal-json-private.h"
#include "focal-problem.h"
#include "focal-resources.h"

/**
 * FocalDocument:
 *
 * A focal/1 JSON document: a [class@Graph] with a title, a description, the
 * date it describes and a licence, that loads from and saves to text,
 * files and streams.
 *
 * ```c
 * g_autoptr(FocalDocument) document = focal_document_new ();
 * g_autoptr(GFile) file = g_file_new_for_path ("corpus.json");
 * g_autoptr(GError) error = NULL;
 *
 * if (!focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_NONE, NULL, &error))
 *   g_printerr ("%s\n", error->message);  // corpus.json:41:9: $.actors[3].kind: …
 * else
 *   g_print ("%u entities\n", focal_graph_get_n_entities (focal_document_get_graph (document)));
 * ```
 *
 * A strict load (the default) stops at the first problem and leaves the
 * document as it was; its error message starts with the file, line and
 * column of the offending value and its JSON path. A lenient load
 * ([flags@LoadFlags.LENIENT]) loads every record it can and lists what it
 * had to skip in [method@Document.get_problems].
 *
 * Loading never adds to the current graph: it builds a new one and, when it
 * succeeds, replaces [property@Document:graph] with it.
 *
 * Saving writes the canonical form of the document: members in a fixed
 * order, two-space indentation (or none, with [flags@SaveFlags.COMPACT]),
 * numbers in their shortest exact form. Members the library does not know,
 * such as `x-` extensions, are kept from loading to saving. A document
 * that is already canonical saves byte for byte as it was loaded, and
 * [method@Document.save_to_file] replaces files atomically.
 */

#define FOCAL_DOCUMENT_DEFAULT_MAX_SIZE           (G_GUINT64_CONSTANT (256) * 1024 * 1024)
#define FOCAL_DOCUMENT_DEFAULT_MAX_DEPTH          64
#define FOCAL_DOCUMENT_DEFAULT_MAX_STRING_LENGTH  (1024 * 1024)
#define FOCAL_DOCUMENT_DEFAULT_MAX_ENTITIES       10000000
#define FOCAL_DOCUMENT_CHUNK_SIZE                 (64 * 1024)

struct _FocalDocument
{
  GObject     parent_instance;

  FocalGraph *graph;
  char       *title;
  char       *description;
  FocalDate  *as_of;
  char       *licence;
  JsonObject *extras;

  guint64     max_size;
  guint       max_depth;
  guint       max_string_length;
  guint       max_entities;

  double      progress;
  guint       load_serial;
  GListStore *problems;
};

enum
{
  PROP_0,
  PROP_GRAPH,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_AS_OF,
  PROP_LICENCE,
  PROP_MAX_SIZE,
  PROP_MAX_DEPTH,
  PROP_MAX_STRING_LENGTH,
  PROP_MAX_ENTITIES,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FocalDocument, focal_document, G_TYPE_OBJECT)

typedef void (*FocalDocumentProgress) (double   fraction,
                                       gpointer user_data);

static void
focal_document_set_progress (FocalDocument *self,
                             double         progress)
{
  if (self->progress == progress)
    return;

  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static void
focal_document_set_string (FocalDocument  *self,
                           char          **field,
                           const char     *value,
                           int             prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
focal_document_set_limit (FocalDocument *self,
                          guint         *field,
                          guint          value,
                          int            prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
focal_document_get_options (FocalDocument        *self,
                            const char           *file,
                            FocalLoadFlags        flags,
                            FocalJsonReadOptions *options)
{
  options->file = file;
  options->flags = flags;
  options->max_size = self->max_size;
  options->max_depth = self->max_depth;
  options->max_string_length = self->max_string_length;
  options->max_entities = self->max_entities;
}

/* Makes the outcome of a load the document's state: the problems always,
 * the content only when there is one. */
static void
focal_document_apply (FocalDocument    *self,
                      FocalJsonContent *content,
                      GPtrArray        *problems)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (content != NULL)
    {
      focal_document_set_title (self, content->title);
      focal_document_set_description (self, content->description);
      focal_document_set_as_of (self, content->as_of);
      focal_document_set_licence (self, content->licence);
      g_clear_pointer (&self->extras, json_object_unref);
      self->extras = g_steal_pointer (&content->extras);
      if (g_set_object (&self->graph, content->graph))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRAPH]);
    }

  focal_document_set_progress (self, 1.0);
  g_object_thaw_notify (G_OBJECT (self));

  g_list_store_splice (self->problems, 0, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                       problems != NULL ? problems->pdata : NULL,
                       problems != NULL ? problems->len : 0);
}

void
_focal_document_get_content (FocalDocument    *self,
                             FocalJsonContent *content)
{
  FocalJsonContent fields = {
    self->graph, self->title, self->description, self->as_of, self->licence, self->extras,
  };

  *content = fields;
}

void
_focal_document_begin_load (FocalDocument *self)
{
  focal_document_set_progress (self, 0.0);
}

void
_focal_document_apply (FocalDocument    *self,
                       FocalJsonContent *content,
                       GPtrArray        *problems)
{
  focal_document_apply (self, content, problems);
}

static gboolean
focal_document_load_text (FocalDocument   *self,
                          const char      *data,
                          gsize            length,
                          const char      *file,
                          FocalLoadFlags   flags,
                          GError         **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  FocalJsonContent content = { NULL, };
  FocalJsonReadOptions options;
  gboolean ok;

  focal_document_get_options (self, file, flags, &options);
  ok = _focal_json_read (data, length, &options, &content, problems, error);
  focal_document_apply (self, ok ? &content : NULL, problems);
  _focal_json_content_clear (&content);

  return ok;
}

static void
focal_document_io_error (GError     **error,
                         GError      *cause,
                         const char  *verb,
                         const char  *name)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, cause);
  else
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_IO, "cannot %s %s: %s", verb, name,
                   cause->message);
      g_error_free (cause);
    }
}

/* Reads @stream to its end, or to one byte past @max_size so that the
 * reader reports the limit. @expected, when known, is the size for the
 * progress fraction. */
static GBytes *
focal_document_read_stream (GInputStream           *stream,
                            guint64                 expected,
                            guint64                 max_size,
                            const char             *name,
                            GCancellable           *cancellable,
                            FocalDocumentProgress   progress,
                            gpointer                user_data,
                            GError                **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  GError *local_error = NULL;

  for (;;)
    {
      gsize length = buffer->len;
      gssize n_read = -1;

      /* Not every stream checks the cancellable itself. */
      if (!g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        {
          g_byte_array_set_size (buffer, length + FOCAL_DOCUMENT_CHUNK_SIZE);
          n_read = g_input_stream_read (stream, buffer->data + length, FOCAL_DOCUMENT_CHUNK_SIZE,
                                        cancellable, &local_error);
        }
      if (n_read < 0)
        {
          focal_document_io_error (error, local_error, "read", name);
          return NULL;
        }

      g_byte_array_set_size (buffer, length + n_read);
      if (n_read == 0 || buffer->len > max_size)
        break;

      if (progress != NULL && expected > 0)
        progress (MIN (1.0, (double) buffer->len / (double) expected), user_data);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* Reads a file the same way on the caller's thread or in a worker thread.
 * Returns FALSE only when the file could not be read; otherwise the text
 * was given to the reader, which filled @content and @problems. */
static gboolean
focal_document_read_file (GFile                      *file,
                          const FocalJsonReadOptions *options,
                          GCancellable               *cancellable,
                          FocalDocumentProgress       progress,
                          gpointer                    user_data,
                          FocalJsonContent           *content,
                          GPtrArray                  *problems,
                          gboolean                   *ok,
                          GError                    **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  GError *local_error = NULL;
  guint64 size = 0;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      focal_document_io_error (error, local_error, "read", name);
      return FALSE;
    }

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    size = g_file_info_get_size (info);

  if (size > options->max_size)
    {
      /* Too large to be worth reading: the reader reports the limit from
       * the length alone, without looking at the text. */
      *ok = _focal_json_read ("", size, options, content, problems, error);
      return TRUE;
    }

  bytes = focal_document_read_stream (G_INPUT_STREAM (stream), size, options->max_size, name,
                                      cancellable, progress, user_data, error);
  if (bytes == NULL)
    return FALSE;

  *ok = _focal_json_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), options,
                          content, problems, error);
  return TRUE;
}

static void
focal_document_dispose (GObject *object)
{
  FocalDocument *self = FOCAL_DOCUMENT (object);

  g_clear_object (&self->graph);
  g_clear_object (&self->problems);

  G_OBJECT_CLASS (focal_document_parent_class)->dispose (object);
}

static void
focal_document_finalize (GObject *object)
{
  FocalDocument *self = FOCAL_DOCUMENT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->as_of, focal_date_unref);
  g_clear_pointer (&self->licence, g_free);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (focal_document_parent_class)->finalize (object);
}

static void
focal_document_constructed (GObject *object)
{
  FocalDocument *self = FOCAL_DOCUMENT (object);

  G_OBJECT_CLASS (focal_document_parent_class)->constructed (object);

  if (self->graph == NULL)
    self->graph = focal_graph_new ();
}

static void
focal_document_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FocalDocument *self = FOCAL_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_GRAPH:
      g_value_set_object (value, focal_document_get_graph (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, focal_document_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, focal_document_get_description (self));
      break;

    case PROP_AS_OF:
      g_value_set_boxed (value, focal_document_get_as_of (self));
      break;

    case PROP_LICENCE:
      g_value_set_string (value, focal_document_get_licence (self));
      break;

    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, focal_document_get_max_size (self));
      break;

    case PROP_MAX_DEPTH:
      g_value_set_uint (value, focal_document_get_max_depth (self));
      break;

    case PROP_MAX_STRING_LENGTH:
      g_value_set_uint (value, focal_document_get_max_string_length (self));
      break;

    case PROP_MAX_ENTITIES:
      g_value_set_uint (value, focal_document_get_max_entities (self));
      break;

    case PROP_PROGRESS:
      g_value_set_double (value, focal_document_get_progress (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_document_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FocalDocument *self = FOCAL_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_GRAPH:
      /* Construct-only: the graph given to focal_document_new_for_graph(). */
      g_set_object (&self->graph, g_value_get_object (value));
      break;

    case PROP_TITLE:
      focal_document_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      focal_document_set_description (self, g_value_get_string (value));
      break;

    case PROP_AS_OF:
      focal_document_set_as_of (self, g_value_get_boxed (value));
      break;

    case PROP_LICENCE:
      focal_document_set_licence (self, g_value_get_string (value));
      break;

    case PROP_MAX_SIZE:
      focal_document_set_max_size (self, g_value_get_uint64 (value));
      break;

    case PROP_MAX_DEPTH:
      focal_document_set_max_depth (self, g_value_get_uint (value));
      break;

    case PROP_MAX_STRING_LENGTH:
      focal_document_set_max_string_length (self, g_value_get_uint (value));
      break;

    case PROP_MAX_ENTITIES:
      focal_document_set_max_entities (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_document_class_init (FocalDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = focal_document_constructed;
  object_class->dispose = focal_document_dispose;
  object_class->finalize = focal_document_finalize;
  object_class->get_property = focal_document_get_property;
  object_class->set_property = focal_document_set_property;

  /**
   * FocalDocument:graph: (getter get_graph)
   *
   * The graph the document holds; never `NULL`.
   *
   * It is given at construction and replaced by each successful load,
   * which notifies the property.
   */
  properties[PROP_GRAPH] =
    g_param_spec_object ("graph", NULL, NULL,
                         FOCAL_TYPE_GRAPH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * FocalDocument:title: (getter get_title) (setter set_title)
   *
   * The title of the document, the `title` member.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);

  /**
   * FocalDocument:description: (getter get_description) (setter set_description)
   *
   * What the document covers, the `description` member.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);

  /**
   * FocalDocument:as-of: (getter get_as_of) (setter set_as_of)
   *
   * The date or period the document describes, the `as-of` member.
   */
  properties[PROP_AS_OF] =
    g_param_spec_boxed ("as-of", NULL, NULL, FOCAL_TYPE_DATE, flags);

  /**
   * FocalDocument:licence: (getter get_licence) (setter set_licence)
   *
   * The licence of the data, the `licence` member, such as `CC-BY-4.0`.
   */
  properties[PROP_LICENCE] =
    g_param_spec_string ("licence", NULL, NULL, NULL, flags);

  /**
   * FocalDocument:max-size: (getter get_max_size) (setter set_max_size)
   *
   * The largest document, in bytes, that a load accepts; larger input
   * fails with [error@Focal.Error.LIMIT_EXCEEDED] before it is parsed.
   */
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         0, G_MAXUINT64, FOCAL_DOCUMENT_DEFAULT_MAX_SIZE, flags);

  /**
   * FocalDocument:max-depth: (getter get_max_depth) (setter set_max_depth)
   *
   * The deepest nesting of JSON objects and arrays that a load accepts;
   * the top-level object is at depth 1.
   */
  properties[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL,
                       1, G_MAXUINT, FOCAL_DOCUMENT_DEFAULT_MAX_DEPTH, flags);

  /**
   * FocalDocument:max-string-length: (getter get_max_string_length) (setter set_max_string_length)
   *
   * The longest JSON string, in bytes, that a load accepts.
   */
  properties[PROP_MAX_STRING_LENGTH] =
    g_param_spec_uint ("max-string-length", NULL, NULL,
                       0, G_MAXUINT, FOCAL_DOCUMENT_DEFAULT_MAX_STRING_LENGTH, flags);

  /**
   * FocalDocument:max-entities: (getter get_max_entities) (setter set_max_entities)
   *
   * The largest number of entities (actors, issues, forums, agreements,
   * events and positions together) that a load accepts.
   */
  properties[PROP_MAX_ENTITIES] =
    g_param_spec_uint ("max-entities", NULL, NULL,
                       0, G_MAXUINT, FOCAL_DOCUMENT_DEFAULT_MAX_ENTITIES, flags);

  /**
   * FocalDocument:progress: (getter get_progress)
   *
   * How far the current or last load is, from 0 to 1.
   *
   * During [method@Document.load_from_file_async] it grows as the file is
   * read, notified on the main context of the caller; it is 1 once a load
   * is over.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL,
                         0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_document_init (FocalDocument *self)
{
  self->max_size = FOCAL_DOCUMENT_DEFAULT_MAX_SIZE;
  self->max_depth = FOCAL_DOCUMENT_DEFAULT_MAX_DEPTH;
  self->max_string_length = FOCAL_DOCUMENT_DEFAULT_MAX_STRING_LENGTH;
  self->max_entities = FOCAL_DOCUMENT_DEFAULT_MAX_ENTITIES;
  self->problems = g_list_store_new (FOCAL_TYPE_PROBLEM);
}

/**
 * focal_document_new:
 *
 * Creates a document with an empty graph.
 *
 * Returns: (transfer full): a new document
 */
FocalDocument *
focal_document_new (void)
{
  return g_object_new (FOCAL_TYPE_DOCUMENT, NULL);
}

/**
 * focal_document_new_for_graph:
 * @graph: the graph to save
 *
 * Creates a document that holds @graph, to save a graph built in code.
 *
 * Returns: (transfer full): a new document
 */
FocalDocument *
focal_document_new_for_graph (FocalGraph *graph)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (graph), NULL);

  return g_object_new (FOCAL_TYPE_DOCUMENT, "graph", graph, NULL);
}

/**
 * focal_document_get_graph: (get-property graph)
 * @self: a document
 *
 * Gets the graph the document holds.
 *
 * Returns: (transfer none): the graph
 */
FocalGraph *
focal_document_get_graph (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), NULL);

  return self->graph;
}

/**
 * focal_document_get_title: (get-property title)
 * @self: a document
 *
 * Gets the title of the document.
 *
 * Returns: (nullable): the title
 */
const char *
focal_document_get_title (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), NULL);

  return self->title;
}

/**
 * focal_document_set_title: (set-property title)
 * @self: a document
 * @title: (nullable): the new title
 *
 * Sets the title of the document.
 */
void
focal_document_set_title (FocalDocument *self,
                          const char    *title)
{
  g_return_if_fail (FOCAL_IS_DOCUMENT (self));

  focal_document_set_string (self, &self->title, title, PROP_TITLE);
}

/**
 * focal_document_get_description: (get-property description)
 * @self: a document
 *
 * Gets the description of the document.
 *
 * Returns: (nullable): the description
 */
const char *
focal_document_get_description (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), NULL);

  return self->description;
}

/**
 * focal_document_set_description: (set-property description)
 * @self: a document
 * @description: (nullable): the new description
 *
 * Sets the description of the document.
 */
void
focal_document_set_description (FocalDocument *self,
                                const char    *description)
{
  g_return_if_fail (FOCAL_IS_DOCUMENT (self));

  focal_document_set_string (self, &self->description, description, PROP_DESCRIPTION);
}

/**
 * focal_document_get_as_of: (get-property as-of)
 * @self: a document
 *
 * Gets the date or period the document describes.
 *
 * Returns: (transfer none) (nullable): the date
 */
FocalDate *
focal_document_get_as_of (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), NULL);

  return self->as_of;
}

/**
 * focal_document_set_as_of: (set-property as-of)
 * @self: a document
 * @as_of: (nullable): the new date
 *
 * Sets the date or period the document describes.
 */
void
focal_document_set_as_of (FocalDocument *self,
                          FocalDate     *as_of)
{
  g_return_if_fail (FOCAL_IS_DOCUMENT (self));

  if (self->as_of == as_of ||
      (self->as_of != NULL && as_of != NULL && focal_date_equal (self->as_of, as_of)))
    return;

  g_clear_pointer (&self->as_of, focal_date_unref);
  if (as_of != NULL)
    self->as_of = focal_date_ref (as_of);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

/**
 * focal_document_get_licence: (get-property licence)
 * @self: a document
 *
 * Gets the licence of the data.
 *
 * Returns: (nullable): the licence
 */
const char *
focal_document_get_licence (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), NULL);

  return self->licence;
}

/**
 * focal_document_set_licence: (set-property licence)
 * @self: a document
 * @licence: (nullable): the new licence
 *
 * Sets the licence of the data.
 */
void
focal_document_set_licence (FocalDocument *self,
                            const char    *licence)
{
  g_return_if_fail (FOCAL_IS_DOCUMENT (self));

  focal_document_set_string (self, &self->licence, licence, PROP_LICENCE);
}

/**
 * focal_document_get_max_size: (get-property max-size)
 * @self: a document
 *
 * Gets the size limit of loads.
 *
 * Returns: the largest document accepted, in bytes
 */
guint64
focal_document_get_max_size (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), 0);

  return self->max_size;
}

/**
 * focal_document_set_max_size: (set-property max-size)
 * @self: a document
 * @max_size: the largest document to accept, in bytes
 *
 * Sets the size limit of loads; the default is 256 MiB.
 */
void
focal_document_set_max_size (FocalDocument *self,
                             guint64        max_size)
{
  g_return_if_fail (FOCAL_IS_DOCUMENT (self));

  if (self->max_size == max_size)
    return;

  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

/**
 * focal_document_get_max_depth: (get-property max-depth)
 * @self: a document
 *
 * Gets the nesting limit of loads.
 *
 * Returns: the deepest nesting accepted
 */
guint
focal_document_get_max_depth (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), 0);

  return self->max_depth;
}

/**
 * focal_document_set_max_depth: (set-property max-depth)
 * @self: a document
 * @max_depth: the deepest nesting to accept, 1 or more
 *
 * Sets the nesting limit of loads; the default is 64.
 */
void
focal_document_set_max_depth (FocalDocument *self,
                              guint          max_depth)
{
  g_return_if_fail (FOCAL_IS_DOCUMENT (self));
  g_return_if_fail (max_depth >= 1);

  focal_document_set_limit (self, &self->max_depth, max_depth, PROP_MAX_DEPTH);
}

/**
 * focal_document_get_max_string_length: (get-property max-string-length)
 * @self: a document
 *
 * Gets the string length limit of loads.
 *
 * Returns: the longest string accepted, in bytes
 */
guint
focal_document_get_max_string_length (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), 0);

  return self->max_string_length;
}

/**
 * focal_document_set_max_string_length: (set-property max-string-length)
 * @self: a document
 * @max_string_length: the longest string to accept, in bytes
 *
 * Sets the string length limit of loads; the default is 1 MiB.
 */
void
focal_document_set_max_string_length (FocalDocument *self,
                                      guint          max_string_length)
{
  g_return_if_fail (FOCAL_IS_DOCUMENT (self));

  focal_document_set_limit (self, &self->max_string_length, max_string_length,
                            PROP_MAX_STRING_LENGTH);
}

/**
 * focal_document_get_max_entities: (get-property max-entities)
 * @self: a document
 *
 * Gets the entity count limit of loads.
 *
 * Returns: the largest number of entities accepted
 */
guint
focal_document_get_max_entities (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), 0);

  return self->max_entities;
}

/**
 * focal_document_set_max_entities: (set-property max-entities)
 * @self: a document
 * @max_entities: the largest number of entities to accept
 *
 * Sets the entity count limit of loads; the default is 10,000,000.
 */
void
focal_document_set_max_entities (FocalDocument *self,
                                 guint          max_entities)
{
  g_return_if_fail (FOCAL_IS_DOCUMENT (self));

  focal_document_set_limit (self, &self->max_entities, max_entities, PROP_MAX_ENTITIES);
}

/**
 * focal_document_get_progress: (get-property progress)
 * @self: a document
 *
 * Gets how far the current or last load is.
 *
 * Returns: a fraction from 0 to 1
 */
double
focal_document_get_progress (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), 0.0);

  return self->progress;
}

/**
 * focal_document_load_from_data:
 * @self: a document
 * @data: focal/1 JSON text, in UTF-8
 * @length: the length of @data in bytes, or -1 when it ends with a nul
 *   byte
 * @flags: how to react to problems
 * @error: return location for an error
 *
 * Loads a document from text.
 *
 * Messages name the input `<data>`, as in
 * `<data>:3:15: $.actors[0].kind: unknown actor kind "ministy"; …`.
 *
 * In strict mode the first problem fails the load with an error of the
 * [error@Error] domain and the document keeps its graph and fields. In
 * lenient mode the load only fails when the text cannot be read as a
 * focal/1 document at all (malformed JSON, another format version, a
 * limit); every problem is listed in [method@Document.get_problems].
 *
 * Returns: `TRUE` if the document was loaded
 */
gboolean
focal_document_load_from_data (FocalDocument   *self,
                               const char      *data,
                               gssize           length,
                               FocalLoadFlags   flags,
                               GError         **error)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = strlen (data);

  focal_document_set_progress (self, 0.0);
  return focal_document_load_text (self, data != NULL ? data : "", length, "<data>", flags, error);
}

/**
 * focal_document_load_from_bytes:
 * @self: a document
 * @bytes: focal/1 JSON text, in UTF-8
 * @flags: how to react to problems
 * @error: return location for an error
 *
 * Loads a document from bytes, as [method@Document.load_from_data] does.
 *
 * Returns: `TRUE` if the document was loaded
 */
gboolean
focal_document_load_from_bytes (FocalDocument   *self,
                                GBytes          *bytes,
                                FocalLoadFlags   flags,
                                GError         **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);
  focal_document_set_progress (self, 0.0);
  return focal_document_load_text (self, data != NULL ? data : "", length, "<data>", flags, error);
}

static void
focal_document_sync_progress (double   fraction,
                              gpointer user_data)
{
  focal_document_set_progress (user_data, fraction * 0.9);
}

/**
 * focal_document_load_from_file:
 * @self: a document
 * @file: the file to read
 * @flags: how to react to problems
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Loads a document from a file, as [method@Document.load_from_data] does;
 * messages name the file by its basename.
 *
 * A file that cannot be read is [error@Focal.Error.IO], with the reason;
 * cancelling gives `G_IO_ERROR_CANCELLED`.
 *
 * Returns: `TRUE` if the document was loaded
 */
gboolean
focal_document_load_from_file (FocalDocument   *self,
                               GFile           *file,
                               FocalLoadFlags   flags,
                               GCancellable    *cancellable,
                               GError         **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *basename = NULL;
  FocalJsonContent content = { NULL, };
  FocalJsonReadOptions options;
  gboolean ok = FALSE;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  basename = g_file_get_basename (file);
  focal_document_get_options (self, basename, flags, &options);
  focal_document_set_progress (self, 0.0);

  if (!focal_document_read_file (file, &options, cancellable, focal_document_sync_progress, self,
                                 &content, problems, &ok, error))
    return FALSE;

  focal_document_apply (self, ok ? &content : NULL, problems);
  _focal_json_content_clear (&content);

  return ok;
}

/**
 * focal_document_load_from_stream:
 * @self: a document
 * @stream: the stream to read to its end
 * @flags: how to react to problems
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Loads a document from a stream, as [method@Document.load_from_data]
 * does. The stream is read to its end (or just past
 * [property@Document:max-size]) and not closed.
 *
 * Returns: `TRUE` if the document was loaded
 */
gboolean
focal_document_load_from_stream (FocalDocument   *self,
                                 GInputStream    *stream,
                                 FocalLoadFlags   flags,
                                 GCancellable    *cancellable,
                                 GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  focal_document_set_progress (self, 0.0);
  bytes = focal_document_read_stream (stream, 0, self->max_size, "the stream", cancellable,
                                      NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;

  return focal_document_load_text (self, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   "<data>", flags, error);
}

typedef struct
{
  GFile                *file;
  char                 *basename;
  FocalJsonReadOptions  options;
  FocalJsonContent      content;
  GPtrArray            *problems;
  gboolean              ok;
  GError               *error;      /* why the text was refused */
  FocalDocument        *document;   /* only touched on the main context */
  GMainContext         *context;
  guint                 serial;
  double                posted;
} FocalDocumentLoad;

static void
focal_document_load_free (gpointer data)
{
  FocalDocumentLoad *load = data;

  g_clear_object (&load->file);
  g_clear_pointer (&load->basename, g_free);
  _focal_json_content_clear (&load->content);
  g_clear_pointer (&load->problems, g_ptr_array_unref);
  g_clear_error (&load->error);
  g_clear_object (&load->document);
  g_clear_pointer (&load->context, g_main_context_unref);
  g_free (load);
}

typedef struct
{
  FocalDocument *document;
  guint          serial;
  double         fraction;
} FocalDocumentProgressUpdate;

static void
focal_document_progress_update_free (gpointer data)
{
  FocalDocumentProgressUpdate *update = data;

  g_object_unref (update->document);
  g_free (update);
}

static gboolean
focal_document_progress_update_cb (gpointer data)
{
  FocalDocumentProgressUpdate *update = data;

  /* An update that arrives after its load ended, or from an older load, is
   * dropped: progress only goes forward. */
  if (update->serial == update->document->load_serial &&
      update->fraction > update->document->progress)
    focal_document_set_progress (update->document, update->fraction);

  return G_SOURCE_REMOVE;
}

/* Runs in the worker thread: posts the progress to the caller's context,
 * at most once per percent. */
static void
focal_document_async_progress (double   fraction,
                               gpointer user_data)
{
  FocalDocumentLoad *load = user_data;
  FocalDocumentProgressUpdate *update;

  fraction *= 0.9;
  if (fraction - load->posted < 0.01)
    return;
  load->posted = fraction;

  update = g_new0 (FocalDocumentProgressUpdate, 1);
  update->document = g_object_ref (load->document);
  update->serial = load->serial;
  update->fraction = fraction;
  g_main_context_invoke_full (load->context, G_PRIORITY_DEFAULT,
                              focal_document_progress_update_cb, update,
                              focal_document_progress_update_free);
}

static void
focal_document_load_thread (GTask        *task,
                            gpointer      source_object,
                            gpointer      task_data,
                            GCancellable *cancellable)
{
  FocalDocumentLoad *load = task_data;
  GError *error = NULL;

  if (!focal_document_read_file (load->file, &load->options, cancellable,
                                 focal_document_async_progress, load,
                                 &load->content, load->problems, &load->ok, &load->error))
    {
      /* The file could not be read: that error is the task's. */
      error = g_steal_pointer (&load->error);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
focal_document_load_done_cb (GObject      *source_object,
                             GAsyncResult *result,
                             gpointer      user_data)
{
  FocalDocument *self = FOCAL_DOCUMENT (source_object);
  g_autoptr(GTask) outer = user_data;
  FocalDocumentLoad *load = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (load->serial == self->load_serial)
    self->load_serial++;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        focal_document_apply (self, NULL, NULL);
      g_task_return_error (outer, error);
      return;
    }

  focal_document_apply (self, load->ok ? &load->content : NULL, load->problems);
  if (load->ok)
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, g_steal_pointer (&load->error));
}

/**
 * focal_document_load_from_file_async:
 * @self: a document
 * @file: the file to read
 * @flags: how to react to problems
 * @cancellable: (nullable): a cancellable
 * @callback: (scope async): called when the load is over
 * @user_data: (closure): data for @callback
 *
 * Loads a document from a file without blocking.
 *
 * The file is read and parsed in a worker thread into a new graph, while
 * [property@Document:progress] grows on the caller's thread-default main
 * context. The document changes only at the end, on that main context,
 * just before @callback runs; until then it keeps its graph. Cancelling
 * leaves the document unchanged and fails with `G_IO_ERROR_CANCELLED`.
 *
 * Call [method@Document.load_from_file_finish] from @callback.
 */
void
focal_document_load_from_file_async (FocalDocument       *self,
                                     GFile               *file,
                                     FocalLoadFlags       flags,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) inner = NULL;
  GTask *outer;
  FocalDocumentLoad *load;

  g_return_if_fail (FOCAL_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, focal_document_load_from_file_async);

  load = g_new0 (FocalDocumentLoad, 1);
  load->file = g_object_ref (file);
  load->basename = g_file_get_basename (file);
  focal_document_get_options (self, load->basename, flags, &load->options);
  load->problems = g_ptr_array_new_with_free_func (g_object_unref);
  load->document = g_object_ref (self);
  load->context = g_main_context_ref_thread_default ();
  load->serial = ++self->load_serial;

  focal_document_set_progress (self, 0.0);

  /* The inner task does the work; its callback, on the caller's context,
   * swaps the result in before the caller's callback runs. */
  inner = g_task_new (self, cancellable, focal_document_load_done_cb, outer);
  g_task_set_source_tag (inner, focal_document_load_thread);
  g_task_set_task_data (inner, load, focal_document_load_free);
  g_task_run_in_thread (inner, focal_document_load_thread);
}

/**
 * focal_document_load_from_file_finish:
 * @self: a document
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Finishes a load started with [method@Document.load_from_file_async].
 *
 * Returns: `TRUE` if the document was loaded
 */
gboolean
focal_document_load_from_file_finish (FocalDocument  *self,
                                      GAsyncResult   *result,
                                      GError        **error)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        focal_document_load_from_file_async, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * focal_document_get_problems:
 * @self: a document
 *
 * Gets the problems found by the last load.
 *
 * A strict load that failed lists the one problem it stopped at; a lenient
 * load lists all of them, in the order they were found. Each load replaces
 * the list.
 *
 * Returns: (transfer none): a list model of [class@Problem]
 */
GListModel *
focal_document_get_problems (FocalDocument *self)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->problems);
}

static GString *
focal_document_write (FocalDocument  *self,
                      FocalSaveFlags  flags)
{
  FocalJsonContent content = {
    self->graph, self->title, self->description, self->as_of, self->licence, self->extras,
  };
  GString *out = g_string_new (NULL);

  _focal_json_write (out, &content, (flags & FOCAL_SAVE_FLAGS_COMPACT) != 0);

  return out;
}

/**
 * focal_document_to_data:
 * @self: a document
 * @flags: how to lay the text out
 * @length: (out) (optional): return location for the length of the text
 *
 * Writes the document as focal/1 JSON text.
 *
 * Returns: (transfer full): the text, in UTF-8, ending with a newline
 */
char *
focal_document_to_data (FocalDocument  *self,
                        FocalSaveFlags  flags,
                        gsize          *length)
{
  GString *out;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), NULL);

  out = focal_document_write (self, flags);
  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/**
 * focal_document_to_bytes:
 * @self: a document
 * @flags: how to lay the text out
 *
 * Writes the document as focal/1 JSON text, as
 * [method@Document.to_data] does.
 *
 * Returns: (transfer full): the text
 */
GBytes *
focal_document_to_bytes (FocalDocument  *self,
                         FocalSaveFlags  flags)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), NULL);

  return g_string_free_to_bytes (focal_document_write (self, flags));
}

static gboolean
focal_document_fail_save (GError     **error,
                          int          saved_errno,
                          const char  *path,
                          const char  *what)
{
  g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_IO, "cannot save \"%s\": %s: %s",
               path, what, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
focal_document_write_fd (int            fd,
                         const char    *data,
                         gsize          length,
                         GCancellable  *cancellable,
                         int           *saved_errno,
                         GError       **error)
{
  gsize written = 0;

  while (written < length)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      n = write (fd, data + written, MIN (length - written, FOCAL_DOCUMENT_CHUNK_SIZE));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *saved_errno = errno;
          return FALSE;
        }
      written += n;
    }

  return TRUE;
}

/* Writes a new file next to @path and renames it over @path, so that
 * @path holds either the old or the new text, never a mix. */
static gboolean
focal_document_save_local (const char    *path,
                           const char    *data,
                           gsize          length,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *temp = g_build_filename (dir, name, NULL);
  GError *local_error = NULL;
  GStatBuf st;
  gboolean exists;
  int saved_errno = 0;
  int fd;

  exists = g_stat (path, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    return focal_document_fail_save (error, EISDIR, path, "the target is a folder");

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      g_autofree char *what = g_strdup_printf ("cannot create a temporary file in \"%s\"", dir);

      return focal_document_fail_save (error, errno, path, what);
    }

  /* Keep the permissions of the file we replace. */
  if (exists && fchmod (fd, st.st_mode & 07777) != 0)
    {
      saved_errno = errno;
      goto failed;
    }

  if (!focal_document_write_fd (fd, data, length, cancellable, &saved_errno, &local_error))
    goto failed;

  if (fsync (fd) != 0)
    {
      saved_errno = errno;
      goto failed;
    }

  if (close (fd) != 0)
    {
      fd = -1;
      saved_errno = errno;
      goto failed;
    }
  fd = -1;

  if (g_rename (temp, path) != 0)
    {
      saved_errno = errno;
      goto failed;
    }

  /* Make the rename itself durable; a failure here loses nothing. */
  fd = g_open (dir, O_RDONLY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return TRUE;

failed:
  if (fd >= 0)
    close (fd);
  g_unlink (temp);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return focal_document_fail_save (error, saved_errno, path, "cannot write the new text");
}

/**
 * focal_document_save_to_file:
 * @self: a document
 * @file: the file to write
 * @flags: how to lay the text out
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Saves the document to a file, atomically.
 *
 * For a local file the text goes to a new temporary file in the same
 * folder (`.name.XXXXXX`), which is synced and then renamed over @file,
 * keeping the permissions @file had. Whatever fails (the folder cannot be
 * written, the disk is full, @file is a folder, the operation is
 * cancelled), the temporary file is removed and @file keeps its previous
 * contents byte for byte. Failures are [error@Focal.Error.IO] with the
 * path and the reason; cancelling gives `G_IO_ERROR_CANCELLED`.
 *
 * Other files are written with g_file_replace().
 *
 * Returns: `TRUE` if the document was saved
 */
gboolean
focal_document_save_to_file (FocalDocument   *self,
                             GFile           *file,
                             FocalSaveFlags   flags,
                             GCancellable    *cancellable,
                             GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = focal_document_to_bytes (self, flags);
  return _focal_document_save_bytes (file, bytes, cancellable, error);
}

gboolean
_focal_document_save_bytes (GFile         *file,
                            GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autofree char *path = NULL;
  GError *local_error = NULL;

  path = g_file_get_path (file);
  if (path != NULL)
    return focal_document_save_local (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), cancellable, error);

  g_free (path);
  path = g_file_get_parse_name (file);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, &local_error);
  if (stream == NULL ||
      !g_output_stream_write_all (G_OUTPUT_STREAM (stream), g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes), NULL, cancellable, &local_error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    {
      focal_document_io_error (error, local_error, "save", path);
      return FALSE;
    }

  return TRUE;
}

/**
 * focal_document_save_to_stream:
 * @self: a document
 * @stream: the stream to write to
 * @flags: how to lay the text out
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Writes the document to a stream and flushes it; the stream is not
 * closed.
 *
 * A write error is [error@Focal.Error.IO] with the reason; cancelling
 * gives `G_IO_ERROR_CANCELLED`.
 *
 * Returns: `TRUE` if the whole document was written
 */
gboolean
focal_document_save_to_stream (FocalDocument   *self,
                               GOutputStream   *stream,
                               FocalSaveFlags   flags,
                               GCancellable    *cancellable,
                               GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  GError *local_error = NULL;
  const char *data;
  gsize length = 0;
  gsize written = 0;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = focal_document_to_bytes (self, flags);
  data = g_bytes_get_data (bytes, &length);

  /* In chunks, checking for cancellation between them: not every stream
   * checks the cancellable itself. */
  while (written < length && local_error == NULL)
    {
      gsize chunk = MIN (length - written, FOCAL_DOCUMENT_CHUNK_SIZE);
      gsize chunk_written = 0;

      if (!g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        g_output_stream_write_all (stream, data + written, chunk, &chunk_written, cancellable,
                                   &local_error);
      written += chunk_written;
    }

  if (local_error != NULL || !g_output_stream_flush (stream, cancellable, &local_error))
    {
      g_autofree char *what = g_strdup_printf ("the stream after %" G_GSIZE_FORMAT " of %"
                                               G_GSIZE_FORMAT " bytes",
                                               written, length);

      focal_document_io_error (error, local_error, "write to", what);
      return FALSE;
    }

  return TRUE;
}

/**
 * focal_document_equal:
 * @a: a document
 * @b: another document
 *
 * Compares two documents by their canonical text: their fields, their
 * graphs and the unknown members they kept.
 *
 * Returns: `TRUE` if @a and @b would save to the same text
 */
gboolean
focal_document_equal (FocalDocument *a,
                      FocalDocument *b)
{
  g_autoptr(GString) text_a = NULL;
  g_autoptr(GString) text_b = NULL;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (a), FALSE);
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (b), FALSE);

  if (a == b)
    return TRUE;

  text_a = focal_document_write (a, FOCAL_SAVE_FLAGS_COMPACT);
  text_b = focal_document_write (b, FOCAL_SAVE_FLAGS_COMPACT);

  return g_string_equal (text_a, text_b);
}

/**
 * focal_graph_equal:
 * @a: a graph
 * @b: another graph
 *
 * Compares two graphs by their canonical focal/1 text: the same sources,
 * entities and links with the same values, in the same order, including
 * the unknown JSON members kept from loading.
 *
 * Returns: `TRUE` if @a and @b would save to the same text
 */
gboolean
focal_graph_equal (FocalGraph *a,
                   FocalGraph *b)
{
  FocalJsonContent content_a = { a, };
  FocalJsonContent content_b = { b, };
  g_autoptr(GString) text_a = NULL;
  g_autoptr(GString) text_b = NULL;

  g_return_val_if_fail (FOCAL_IS_GRAPH (a), FALSE);
  g_return_val_if_fail (FOCAL_IS_GRAPH (b), FALSE);

  if (a == b)
    return TRUE;

  text_a = g_string_new (NULL);
  text_b = g_string_new (NULL);
  _focal_json_write (text_a, &content_a, TRUE);
  _focal_json_write (text_b, &content_b, TRUE);

  return g_string_equal (text_a, text_b);
}

/**
 * focal_document_load_from_resource:
 * @self: a document
 * @path: the path of a resource holding focal/1 JSON text, such as
 *   [const@DATASET_CANADA_MEXICO_2004]
 * @flags: how to react to problems
 * @error: return location for an error
 *
 * Loads a document from a resource registered in the process, as
 * [method@Document.load_from_data] does; messages name the resource by
 * its basename, as in `canada-mexico-2004.json:3:15: …`.
 *
 * The datasets compiled into libfocal, such as
 * [const@DATASET_CANADA_MEXICO_2004], are always registered. A path with
 * no resource is [error@Focal.Error.IO], with a message that names the
 * path; the document then keeps its graph and fields.
 *
 * Returns: `TRUE` if the document was loaded
 */
gboolean
focal_document_load_from_resource (FocalDocument   *self,
                                   const char      *path,
                                   FocalLoadFlags   flags,
                                   GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = NULL;
  GError *local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Referring to the library's own resource keeps it, and the constructor
   * that registers it, in programs linked with a static libfocal too. */
  (void) focal_get_resource ();

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      focal_document_io_error (error, local_error, "read resource", path);
      return FALSE;
    }

  basename = g_path_get_basename (path);
  data = g_bytes_get_data (bytes, &length);
  focal_document_set_progress (self, 0.0);
  return focal_document_load_text (self, data != NULL ? data : "", length, basename, flags,
                                   error);
}
