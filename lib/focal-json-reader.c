/* focal-json-reader.c: reads focal/1 documents into a new graph
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-json-private.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "focal-actor.h"
#include "focal-agreement.h"
#include "focal-citation.h"
#include "focal-enum-types.h"
#include "focal-event.h"
#include "focal-extras-private.h"
#include "focal-hash-private.h"
#include "focal-id-index-private.h"
#include "focal-graph-private.h"
#include "focal-forum.h"
#include "focal-indicator.h"
#include "focal-issue.h"
#include "focal-link.h"
#include "focal-membership.h"
#include "focal-position.h"
#include "focal-source.h"

/* Reading goes in four steps:
 *
 * 1. A byte scan checks the limits (nesting depth, string length) before
 *    json-glib sees the text, so that hostile input cannot exhaust the
 *    stack of its recursive parser.
 * 2. JsonParser builds the DOM. Its signals tell where each object and
 *    array starts; the position of a scalar is found later, only when a
 *    problem needs it, by a short forward scan from its container.
 * 3. Each record is checked and converted into a model object; everything
 *    that can be checked on the record alone is reported with the
 *    location of the offending value.
 * 4. The objects are added to a new graph in dependency order (sources,
 *    actors with parents before their parts, issues, forums, agreements,
 *    events, positions, links). References are checked against the whole
 *    document first, so that a dangling or wrong-kind reference points at
 *    the member that holds it; what only the graph can tell is reported at
 *    the record.
 */

typedef struct
{
  gsize offset;
  guint line;
  guint column;
} FocalJsonPos;

/* How many distinct date texts the reader keeps parsed. */
#define FOCAL_JSON_DATE_CACHE_SIZE 4096

typedef struct
{
  JsonObject  *object;
  const char  *section;
  guint        index;
  const char  *id;       /* owned by @object or @owned_id, NULL if it has no usable id */
  char        *owned_id; /* the id, once @object is gone */
  gboolean     owns_object; /* @object is a reference of the record's own */
  FocalJsonPos start;    /* where the record is, for reading it again */
  GType        type;
  gpointer     item;     /* the converted object, NULL when unsound */
  gboolean     done;     /* insertion was tried */
  gboolean     unplaced; /* read in a chunk: @start not known yet, nor the positions of
                          * @object's containers */
} FocalJsonRecord;

typedef struct
{
  const char                 *text;
  gsize                       length;
  const FocalJsonReadOptions *options;

  GHashTable                 *starts;     /* JsonObject/JsonArray → index + 1 in positions */
  GArray                     *positions;  /* FocalJsonPos */
  GArray                     *open;       /* FocalJsonPos of the containers being parsed */
  gsize                       cursor_offset;
  guint                       cursor_line;

  GString                    *path;
  const char                 *record_id;
  GPtrArray                  *problems;
  GError                     *error;
  gboolean                    stop;

  FocalGraph                 *graph;
  GHashTable                 *declared;   /* entity id → FocalJsonRecord */
  GHashTable                 *sources;    /* source id → record index + 1 */
  GPtrArray                  *records;    /* FocalJsonRecord, in record_blocks */
  GPtrArray                  *record_blocks; /* of FOCAL_JSON_RECORD_BLOCK records */
  GStringChunk               *id_chunk;   /* the records' owned ids */

  /* Streaming the links: when "links" is the last member of the root and
   * an array, everything before it is read as soon as json-glib reaches
   * it, and each link is read and dropped from the DOM as it arrives, so
   * that the DOM never holds more than one link. */
  GPtrArray                  *ended;      /* the container of each position */
  FocalIdIndex               *date_index; /* date text → index in @dates */
  GArray                     *dates;      /* FocalJsonCachedDate, see focal_json_reader_date */
  GHashTable                 *attribute_blocks; /* links with equal attributes share a block */
  /* The last element found in an array, so that walking an array's
   * elements in order costs O(size of the array), not its square. */
  gsize                       element_array;    /* offset of the array's '[' + 1, 0 for none */
  guint                       element_index;
  FocalJsonPos                element_pos;
  gulong                      member_handler;
  FocalJsonContent           *content;
  gsize                       scan_links_offset;
  guint                       scan_top_keys;
  guint                       scan_links_keys;
  gboolean                    scan_last_is_links;
  gboolean                    scan_escaped_key;
  /* Whether the entity sections can be read as they are parsed: each top
   * key once, the sections after every other key but "links", in the
   * order of entity_sections, each an array; and how many entities. */
  GHashTable                 *scan_keys;
  int                         scan_last_section;   /* -1 before the first */
  gboolean                    scan_layout_bad;
  int                         scan_current_section; /* of the root key being read */
  gsize                       scan_section_offsets[6];  /* of each section's '[' + 1, or 0 */
  guint64                     scan_entity_count;
  guint                       scan_links_count;

  /* Reading the sections as they are parsed (see "Reading the entity
   * sections as they are parsed" below) */
  gboolean                    stream_sections;   /* allowed by the scan */
  gboolean                    sections_streamed; /* started */
  int                         section;           /* being streamed, -1 for none */
  JsonArray                  *section_array;
  guint                       section_watermark; /* positions->len to keep */
  guint                       section_bounds[7]; /* record index of each section's start */
  gsize                       links_offset;     /* of the '[', or G_MAXSIZE */
  JsonObject                 *root_partial;     /* the root, as built so far */
  gboolean                    streaming;        /* in the links array now */
  gboolean                    streamed;         /* the links were read while parsing */
  guint                       links_depth;      /* open->len inside the links array */
  guint                       links_watermark;  /* positions->len at its start */
  guint                       problems_before;
  JsonArray                  *links_array;

  /* After the first link, the links are read without recording the
   * positions of their containers: json-glib's start and end signals are
   * disconnected, and each link is first read as a probe in which a problem
   * only marks the probe failed. A link that fails is parsed again from
   * its text with positions, and read again to report its problems. */
  gboolean                    lazy;
  gboolean                    probing;
  gboolean                    probe_failed;
  gulong                      container_handlers[3];
  /* The last link or record located in the text to read it again, for
   * focal_json_reader_locate_element() */
  gsize                       locate_array;     /* offset of its array's '[' + 1, 0 for none */
  guint                       locate_index;
  FocalJsonPos                locate_pos;

  /* Reading large links arrays in chunks, on several threads (see
   * "Reading the sections and the links in chunks" below) */
  guint                       chunk_links;      /* links per chunk, 0 for no chunks */
  guint                       batch_links;      /* links json-glib parses at once in a chunk */
  guint                       chunk_workers;    /* threads besides the caller's */
  gboolean                    chunk_forced;     /* FOCAL_JSON_CHUNK_LINKS: at any size */
  GArray                     *scan_link_marks;  /* gsize: the comma before each batch but the first */
  gsize                       scan_links_close; /* offset of the links array's ']' */
  guint                       chunk_records;    /* records per chunk of a section, 0 for none */
  guint                       batch_records;    /* records json-glib parses at once in a chunk */
  GArray                     *scan_section_marks[6]; /* as scan_link_marks, for each section */
  gsize                       scan_section_close[6];  /* offset of each section's ']' */
  guint                       scan_section_count[6];
  gboolean                    sections_chunked; /* this reading takes the sections in chunks */
  FocalJsonPos                section_start_pos[6]; /* of each chunked section's '[' */
  gboolean                    chunked;          /* this reading takes the links in chunks */
  gboolean                    chunk_retry;      /* a chunk was refused: read again the usual way */
  GArray                     *pending;          /* in a chunk reader: FocalJsonPendingLink */
  GStringChunk               *pending_ids;      /* in a chunk reader, before the entities are in:
                                                 * the rows keep their ends' ids here */
  struct _FocalJsonChunking  *chunking;
} FocalJsonReader;

typedef gboolean (*FocalJsonReadFunc) (FocalJsonReader  *self,
                                       JsonObject       *object,
                                       const char       *id,
                                       FocalEntity     **out);

typedef struct
{
  const char        *name;
  const char        *kind_name;
  GType            (*get_type) (void);
  FocalJsonReadFunc  read;
} FocalJsonSection;

#define FOCAL_JSON_STOP_IF_NEEDED(self) \
  G_STMT_START { if ((self)->stop) return FALSE; } G_STMT_END

/* Positions ------------------------------------------------------------ */

/* Moves a cursor (a line and the offset of its start) forward to @line. */
static void
focal_json_advance_lines (const char *text,
                          gsize       length,
                          guint       line,
                          guint      *cursor_line,
                          gsize      *cursor_offset)
{
  while (*cursor_line < line)
    {
      const char *newline = memchr (text + *cursor_offset, '\n', length - *cursor_offset);

      if (newline == NULL)
        break;
      *cursor_offset = newline - text + 1;
      (*cursor_line)++;
    }
}

static FocalJsonPos
focal_json_reader_parser_pos (FocalJsonReader *self,
                              JsonParser      *parser)
{
  FocalJsonPos pos;

  pos.line = json_parser_get_current_line (parser);
  pos.column = json_parser_get_current_pos (parser);

  /* Signals come in text order, so the start of the current line is found
   * by moving a cursor forward: O(n) over the whole parse. */
  focal_json_advance_lines (self->text, self->length, pos.line, &self->cursor_line,
                            &self->cursor_offset);

  pos.offset = MIN (self->cursor_offset + (pos.column > 0 ? pos.column - 1 : 0),
                    self->length > 0 ? self->length - 1 : 0);

  return pos;
}

static void
focal_json_reader_container_start_cb (JsonParser      *parser,
                                      FocalJsonReader *self)
{
  FocalJsonPos pos = focal_json_reader_parser_pos (self, parser);

  g_array_append_val (self->open, pos);
}

static void
focal_json_reader_container_end (FocalJsonReader *self,
                                 gpointer         container)
{
  FocalJsonPos pos = { 0, 1, 1 };

  if (self->open->len > 0)
    {
      pos = g_array_index (self->open, FocalJsonPos, self->open->len - 1);
      g_array_set_size (self->open, self->open->len - 1);
    }

  g_array_append_val (self->positions, pos);
  g_ptr_array_add (self->ended, container);
  g_hash_table_insert (self->starts, container, GUINT_TO_POINTER (self->positions->len));
}

static void focal_json_reader_end_sections   (FocalJsonReader *self);
static void focal_json_reader_read_links_chunked (FocalJsonReader *self);
static void focal_json_reader_start_chunks (FocalJsonReader *self);
static void focal_json_reader_read_rest_chunked (FocalJsonReader *self);
static void focal_json_reader_array_start_cb (JsonParser      *parser,
                                              FocalJsonReader *self);
static void focal_json_reader_object_end_cb  (JsonParser      *parser,
                                              JsonObject      *object,
                                              FocalJsonReader *self);

static void
focal_json_reader_connect_containers (FocalJsonReader *self,
                                      JsonParser      *parser)
{
  self->container_handlers[0] =
    g_signal_connect (parser, "object-start",
                      G_CALLBACK (focal_json_reader_container_start_cb), self);
  self->container_handlers[1] =
    g_signal_connect (parser, "array-start",
                      G_CALLBACK (focal_json_reader_array_start_cb), self);
  self->container_handlers[2] =
    g_signal_connect (parser, "object-end", G_CALLBACK (focal_json_reader_object_end_cb), self);
}

static void
focal_json_reader_stop_lazy (FocalJsonReader *self,
                             JsonParser      *parser)
{
  if (!self->lazy)
    return;

  self->lazy = FALSE;
  focal_json_reader_connect_containers (self, parser);
}

static void
focal_json_reader_object_end_cb (JsonParser      *parser,
                                 JsonObject      *object,
                                 FocalJsonReader *self)
{
  focal_json_reader_container_end (self, object);
}

static void
focal_json_reader_array_end_cb (JsonParser      *parser,
                                JsonArray       *array,
                                FocalJsonReader *self)
{
  if (self->section >= 0 && array == self->section_array)
    focal_json_reader_end_sections (self);
  if (self->lazy)
    {
      /* Only the links array's start was recorded. */
      if (array != self->links_array)
        return;
      focal_json_reader_stop_lazy (self, parser);
    }
  if (self->streaming && array == self->links_array)
    self->streaming = FALSE;
  focal_json_reader_container_end (self, array);
}

static FocalJsonPos
focal_json_reader_container_pos (FocalJsonReader *self,
                                 gpointer         container)
{
  FocalJsonPos none = { 0, 1, 1 };
  guint index;

  if (self->probing)
    return none;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->starts, container));
  if (index == 0)
    return none;

  return g_array_index (self->positions, FocalJsonPos, index - 1);
}

static gsize
focal_json_skip_space (const char *text,
                       gsize       length,
                       gsize       offset)
{
  while (offset < length && strchr (" \t\r\n", text[offset]) != NULL && text[offset] != '\0')
    offset++;

  return offset;
}

static gsize
focal_json_skip_string (const char *text,
                        gsize       length,
                        gsize       offset)
{
  for (offset++; offset < length && text[offset] != '"'; offset++)
    {
      if (text[offset] == '\\')
        offset++;
    }

  return MIN (offset + 1, length);
}

/* Skips one JSON value of text already known to be well formed. */
static gsize
focal_json_skip_value (const char *text,
                       gsize       length,
                       gsize       offset)
{
  guint depth = 0;

  while (offset < length)
    {
      char c = text[offset];

      if (c == '"')
        {
          offset = focal_json_skip_string (text, length, offset);
          if (depth == 0)
            return offset;
          continue;
        }

      if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        {
          if (depth == 0)
            return offset;
          if (--depth == 0)
            return offset + 1;
        }
      else if (depth == 0 && (c == ',' || strchr (" \t\r\n", c) != NULL))
        return offset;

      offset++;
    }

  return offset;
}

/* Finds the value of member @index (or element @index) of the container
 * that starts at @start, by scanning the text. */
static gsize
focal_json_find_child (const char *text,
                       gsize       length,
                       gsize       start,
                       gboolean    is_object,
                       guint       index)
{
  gsize offset = start + 1;

  for (guint i = 0; offset < length; i++)
    {
      offset = focal_json_skip_space (text, length, offset);
      if (is_object)
        {
          if (offset >= length || text[offset] != '"')
            return start;
          offset = focal_json_skip_string (text, length, offset);
          offset = focal_json_skip_space (text, length, offset);
          if (offset >= length || text[offset] != ':')
            return start;
          offset = focal_json_skip_space (text, length, offset + 1);
        }
      if (i == index)
        return offset;
      offset = focal_json_skip_value (text, length, offset);
      offset = focal_json_skip_space (text, length, offset);
      if (offset >= length || text[offset] != ',')
        return start;
      offset++;
    }

  return start;
}

static FocalJsonPos
focal_json_reader_pos_after (FocalJsonReader *self,
                             FocalJsonPos     from,
                             gsize            offset)
{
  FocalJsonPos pos = from;

  if (self->probing)
    return from;

  for (gsize i = from.offset; i < offset && i < self->length; i++)
    {
      if (self->text[i] == '\n')
        {
          pos.line++;
          pos.column = 1;
        }
      else
        pos.column++;
    }
  pos.offset = offset;

  return pos;
}

/* Finds element @index of the array that starts at @parent, from the last
 * element found in the same array when it comes before. */
static FocalJsonPos
focal_json_reader_array_element_pos (FocalJsonReader *self,
                                     FocalJsonPos     parent,
                                     guint            index)
{
  FocalJsonPos pos;
  gsize offset;

  if (self->probing)
    return parent;

  if (self->element_array == parent.offset + 1 && self->element_index <= index)
    {
      pos = self->element_pos;
      offset = pos.offset;
      for (guint i = self->element_index; i < index; i++)
        {
          offset = focal_json_skip_value (self->text, self->length, offset);
          offset = focal_json_skip_space (self->text, self->length, offset);
          if (offset >= self->length || self->text[offset] != ',')
            return parent;
          offset = focal_json_skip_space (self->text, self->length, offset + 1);
        }
      pos = focal_json_reader_pos_after (self, pos, offset);
    }
  else
    {
      offset = focal_json_find_child (self->text, self->length, parent.offset, FALSE, index);
      pos = focal_json_reader_pos_after (self, parent, offset);
      if (offset == parent.offset)
        return pos;
    }

  self->element_array = parent.offset + 1;
  self->element_index = index;
  self->element_pos = pos;

  return pos;
}

static FocalJsonPos
focal_json_reader_node_pos (FocalJsonReader *self,
                            JsonNode        *node,
                            FocalJsonPos     parent,
                            gboolean         parent_is_object,
                            guint            index)
{
  gsize offset;

  if (self->probing)
    return parent;

  if (JSON_NODE_HOLDS_OBJECT (node))
    return focal_json_reader_container_pos (self, json_node_get_object (node));
  if (JSON_NODE_HOLDS_ARRAY (node))
    return focal_json_reader_container_pos (self, json_node_get_array (node));
  if (!parent_is_object)
    return focal_json_reader_array_element_pos (self, parent, index);

  offset = focal_json_find_child (self->text, self->length, parent.offset,
                                  parent_is_object, index);

  return focal_json_reader_pos_after (self, parent, offset);
}

static FocalJsonPos
focal_json_reader_member_pos (FocalJsonReader *self,
                              JsonObject      *object,
                              const char      *name)
{
  FocalJsonPos start = focal_json_reader_container_pos (self, object);
  JsonNode *node = json_object_get_member (object, name);
  g_autoptr(GList) members = NULL;
  guint index = 0;

  if (node == NULL)
    return start;

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL && !g_str_equal (l->data, name); l = l->next)
    index++;

  return focal_json_reader_node_pos (self, node, start, TRUE, index);
}

static FocalJsonPos
focal_json_reader_element_pos (FocalJsonReader *self,
                               JsonArray       *array,
                               guint            index)
{
  FocalJsonPos start = focal_json_reader_container_pos (self, array);

  return focal_json_reader_node_pos (self, json_array_get_element (array, index),
                                     start, FALSE, index);
}

/* Paths and problems --------------------------------------------------- */

static void
focal_json_append_member (GString    *path,
                          const char *name,
                          gssize      length)
{
  gboolean plain;

  if (length < 0)
    length = strlen (name);

  plain = length > 0 && (g_ascii_isalpha (name[0]) || name[0] == '_');
  for (gssize i = 0; plain && i < length; i++)
    plain = g_ascii_isalnum (name[i]) || name[i] == '-' || name[i] == '_';

  if (plain)
    {
      g_string_append_c (path, '.');
      g_string_append_len (path, name, length);
      return;
    }

  g_string_append (path, "[\"");
  for (gssize i = 0; i < MIN (length, 64); i++)
    {
      if (name[i] == '"' || name[i] == '\\')
        g_string_append_c (path, '\\');
      g_string_append_c (path, (guchar) name[i] < 0x20 ? '?' : name[i]);
    }
  if (length > 64)
    g_string_append (path, "…");
  g_string_append (path, "\"]");
}

static void
focal_json_reader_add_problem (FocalJsonReader *self,
                               FocalError       code,
                               FocalJsonPos     pos,
                               const char      *path,
                               const char      *what,
                               gboolean         fatal)
{
  const char *file = self->options->file;
  g_autofree char *message = NULL;
  gboolean lenient = (self->options->flags & FOCAL_LOAD_FLAGS_LENIENT) != 0;

  if (self->probing)
    {
      self->probe_failed = TRUE;
      self->stop = TRUE;
      return;
    }

  message = g_strdup_printf ("%s:%u:%u: %s: %s", file, pos.line, pos.column, path, what);

  g_ptr_array_add (self->problems,
                   _focal_problem_new (code, message, file, pos.line, pos.column, path,
                                       self->record_id));

  if (self->error == NULL && (fatal || !lenient))
    self->error = g_error_new_literal (FOCAL_ERROR, code, message);
  if (fatal || !lenient)
    self->stop = TRUE;
}

/* Reports a problem at @pos; @suffix (a member or ".member[i]" text) is
 * appended to the current path for the message. */
static void G_GNUC_PRINTF (5, 6)
focal_json_reader_report (FocalJsonReader *self,
                          FocalJsonPos     pos,
                          const char      *suffix,
                          FocalError       code,
                          const char      *format,
                          ...)
{
  g_autofree char *what = NULL;
  gsize mark = self->path->len;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (suffix != NULL && suffix[0] != '.' && suffix[0] != '[')
    focal_json_append_member (self->path, suffix, -1);
  else if (suffix != NULL)
    g_string_append (self->path, suffix);

  focal_json_reader_add_problem (self, code, pos, self->path->str, what, FALSE);
  g_string_truncate (self->path, mark);
}

static void G_GNUC_PRINTF (4, 5)
focal_json_reader_report_fatal (FocalJsonReader *self,
                                FocalJsonPos     pos,
                                FocalError       code,
                                const char      *format,
                                ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  focal_json_reader_add_problem (self, code, pos, self->path->str, what, TRUE);
}

static gsize
focal_json_reader_push_member (FocalJsonReader *self,
                               const char      *name)
{
  gsize mark = self->path->len;

  focal_json_append_member (self->path, name, -1);
  return mark;
}

static gsize
focal_json_reader_push_index (FocalJsonReader *self,
                              const char      *name,
                              guint            index)
{
  gsize mark = self->path->len;

  char digits[16];
  guint n = 0;

  if (name != NULL)
    focal_json_append_member (self->path, name, -1);
  /* Once per record: without printf. */
  do
    digits[n++] = '0' + index % 10;
  while ((index /= 10) > 0);
  g_string_append_c (self->path, '[');
  while (n > 0)
    g_string_append_c (self->path, digits[--n]);
  g_string_append_c (self->path, ']');
  return mark;
}

static void
focal_json_reader_pop (FocalJsonReader *self,
                       gsize            mark)
{
  g_string_truncate (self->path, mark);
}

static char *
focal_json_describe_node (JsonNode *node)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  GType type;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return g_strdup ("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return g_strdup ("an array");

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      g_autofree char *escaped = g_strescape (text, NULL);

      if (strlen (escaped) > 60)
        {
          const char *end = g_utf8_find_prev_char (escaped, escaped + 60);

          return g_strdup_printf ("the string \"%.*s…\"", (int) (end - escaped), escaped);
        }
      return g_strdup_printf ("the string \"%s\"", escaped);
    }
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? "true" : "false");
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  _focal_json_format_number (buffer, json_node_get_double (node));
  return g_strdup (buffer);
}

/* Member readers --------------------------------------------------------- */

static JsonNode *
focal_json_get (JsonObject *object,
                const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

static void
focal_json_reader_wrong_type (FocalJsonReader *self,
                              FocalJsonPos     pos,
                              const char      *suffix,
                              JsonNode        *node,
                              const char      *expected)
{
  g_autofree char *got = focal_json_describe_node (node);

  focal_json_reader_report (self, pos, suffix, FOCAL_ERROR_WRONG_TYPE,
                            "expected %s, got %s", expected, got);
}

static gboolean
focal_json_reader_missing (FocalJsonReader *self,
                           JsonObject      *object,
                           const char      *name)
{
  focal_json_reader_report (self, focal_json_reader_container_pos (self, object), name,
                            FOCAL_ERROR_MISSING_FIELD,
                            "missing required member \"%s\"", name);
  return FALSE;
}

static gboolean
focal_json_holds_type (JsonNode *node,
                       GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
focal_json_reader_string (FocalJsonReader  *self,
                          JsonObject       *object,
                          const char       *name,
                          gboolean          required,
                          const char      **out)
{
  JsonNode *node = focal_json_get (object, name);

  *out = NULL;
  if (node == NULL)
    return required ? focal_json_reader_missing (self, object, name) : TRUE;

  if (!focal_json_holds_type (node, G_TYPE_STRING))
    {
      focal_json_reader_wrong_type (self, focal_json_reader_member_pos (self, object, name),
                                    name, node, "a string");
      return FALSE;
    }

  *out = json_node_get_string (node);
  return TRUE;
}

/* A string that names something: an id or a reference. It may not be
 * empty. */
static gboolean
focal_json_reader_id (FocalJsonReader  *self,
                      JsonObject       *object,
                      const char       *name,
                      gboolean          required,
                      const char      **out)
{
  if (!focal_json_reader_string (self, object, name, required, out))
    return FALSE;

  if (*out != NULL && (*out)[0] == '\0')
    {
      *out = NULL;
      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, name),
                                name, FOCAL_ERROR_INVALID_VALUE,
                                "the empty string \"\" is not a valid id");
      return FALSE;
    }

  return TRUE;
}

static gboolean
focal_json_reader_number (FocalJsonReader *self,
                          JsonObject      *object,
                          const char      *name,
                          gboolean         required,
                          double          *out,
                          gboolean        *present)
{
  JsonNode *node = focal_json_get (object, name);

  *present = FALSE;
  if (node == NULL)
    return required ? focal_json_reader_missing (self, object, name) : TRUE;

  if (!focal_json_holds_type (node, G_TYPE_INT64) && !focal_json_holds_type (node, G_TYPE_DOUBLE))
    {
      focal_json_reader_wrong_type (self, focal_json_reader_member_pos (self, object, name),
                                    name, node, "a number");
      return FALSE;
    }

  if (!isfinite (json_node_get_double (node)))
    {
      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, name),
                                name, FOCAL_ERROR_INVALID_VALUE,
                                "the number is too large to be represented");
      return FALSE;
    }

  *out = json_node_get_double (node);
  *present = TRUE;
  return TRUE;
}

/* An integer in [@min, @max]: a number with a fractional part, or below
 * zero when @min is zero, is of the wrong type; beyond @max it is an
 * invalid value. */
static gboolean
focal_json_reader_integer (FocalJsonReader *self,
                           JsonObject      *object,
                           const char      *name,
                           gboolean         required,
                           gint64           min,
                           gint64           max,
                           gint64          *out,
                           gboolean        *present)
{
  JsonNode *node = focal_json_get (object, name);
  const char *expected = min >= 0 ? "an unsigned integer" : "an integer";
  double value;

  *present = FALSE;
  if (node == NULL)
    return required ? focal_json_reader_missing (self, object, name) : TRUE;

  if (focal_json_holds_type (node, G_TYPE_INT64))
    value = json_node_get_int (node);
  else if (focal_json_holds_type (node, G_TYPE_DOUBLE))
    value = json_node_get_double (node);
  else
    value = NAN;

  if (!isfinite (value) || value != floor (value) || (min >= 0 && value < 0))
    {
      focal_json_reader_wrong_type (self, focal_json_reader_member_pos (self, object, name),
                                    name, node, expected);
      return FALSE;
    }

  if (value < (double) min || value > (double) max)
    {
      g_autofree char *got = focal_json_describe_node (node);

      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, name),
                                name, FOCAL_ERROR_INVALID_VALUE,
                                "%s is outside [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "]",
                                got, min, max);
      return FALSE;
    }

  *out = (gint64) value;
  *present = TRUE;
  return TRUE;
}

static gboolean
focal_json_reader_boolean (FocalJsonReader *self,
                           JsonObject      *object,
                           const char      *name,
                           gboolean        *out)
{
  JsonNode *node = focal_json_get (object, name);

  *out = FALSE;
  if (node == NULL)
    return TRUE;

  if (!focal_json_holds_type (node, G_TYPE_BOOLEAN))
    {
      focal_json_reader_wrong_type (self, focal_json_reader_member_pos (self, object, name),
                                    name, node, "true or false");
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

static char *
focal_json_list_nicks (GEnumClass *klass,
                       int         skip)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == skip)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, klass->values[i].value_nick);
    }

  return g_string_free (out, FALSE);
}

/* Reads the nick of a value of @type. @skip is a value that is never valid
 * in a document (the link kind "any"), or -1. */
static gboolean
focal_json_reader_enum (FocalJsonReader *self,
                        JsonObject      *object,
                        const char      *name,
                        GType            type,
                        const char      *what,
                        gboolean         required,
                        int              skip,
                        int             *out,
                        gboolean        *present)
{
  const char *nick;
  GEnumClass *klass;
  GEnumValue *value;
  gboolean ok = TRUE;

  *present = FALSE;
  if (!focal_json_reader_string (self, object, name, required, &nick))
    return FALSE;
  if (nick == NULL)
    return TRUE;

  /* The reader's enum classes stay loaded: peeking spares a reference
   * count per member read. */
  klass = g_type_class_peek (type);
  if (klass == NULL)
    klass = g_type_class_ref (type);   /* kept for the process */
  value = g_enum_get_value_by_nick (klass, nick);
  if (value == NULL || value->value == skip)
    {
      g_autofree char *nicks = focal_json_list_nicks (klass, skip);
      g_autofree char *escaped = g_strescape (nick, NULL);

      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, name),
                                name, FOCAL_ERROR_INVALID_VALUE,
                                value == NULL ? "unknown %s \"%s\"; expected one of: %s"
                                              : "the %s \"%s\" is not allowed here; expected one of: %s",
                                what, escaped, nicks);
      ok = FALSE;
    }
  else
    {
      *out = value->value;
      *present = TRUE;
    }

  return ok;
}

/* A date text read before, and the graph's period for it once a link used
 * it (index + 1, 0 before). */
typedef struct
{
  FocalDate *date;
  guint32    period;
} FocalJsonCachedDate;

static void
focal_json_cached_date_clear (gpointer data)
{
  FocalJsonCachedDate *cached = data;

  focal_date_unref (cached->date);
}

/* The caches a reader keeps to itself: each thread reading chunks has its
 * own. */
static void
focal_json_reader_init_caches (FocalJsonReader *self)
{
  self->date_index = _focal_id_index_new ();
  /* With room for the whole cache: entries never move. */
  self->dates = g_array_sized_new (FALSE, FALSE, sizeof (FocalJsonCachedDate),
                                   FOCAL_JSON_DATE_CACHE_SIZE);
  g_array_set_clear_func (self->dates, focal_json_cached_date_clear);
  self->attribute_blocks = _focal_link_attributes_table_new ();
}

static void
focal_json_reader_clear_caches (FocalJsonReader *self)
{
  _focal_id_index_free (self->date_index);
  g_array_unref (self->dates);
  g_hash_table_unref (self->attribute_blocks);
}

/* Reads the date in member @name into @out (transfer none): the cache's
 * date, or else the one put in @owned (transfer full), which the caller
 * frees. @cached (optional) is set to its cache entry, NULL when it has
 * none. The cache is an id index over the date texts: one slot and one
 * arena string per lookup. */
static gboolean
focal_json_reader_date_cached (FocalJsonReader      *self,
                               JsonObject           *object,
                               const char           *name,
                               FocalDate           **out,
                               FocalDate           **owned,
                               FocalJsonCachedDate **cached)
{
  g_autoptr(GError) error = NULL;
  FocalJsonCachedDate *entry;
  const char *text;
  guint index;

  *out = NULL;
  if (cached != NULL)
    *cached = NULL;
  if (!focal_json_reader_string (self, object, name, FALSE, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  /* Documents repeat the same few periods: each is parsed once. */
  if (_focal_id_index_lookup (self->date_index, text, &index))
    {
      entry = &g_array_index (self->dates, FocalJsonCachedDate, index);
      *out = entry->date;
      if (cached != NULL)
        *cached = entry;
      return TRUE;
    }

  g_clear_pointer (owned, focal_date_unref);
  *owned = focal_date_new_from_string (text, &error);
  if (*owned == NULL)
    {
      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, name),
                                name,
                                error->domain == FOCAL_ERROR ? error->code : FOCAL_ERROR_PARSE,
                                "%s", error->message);
      return FALSE;
    }

  *out = *owned;
  if (self->dates->len < FOCAL_JSON_DATE_CACHE_SIZE)
    {
      FocalJsonCachedDate added = { g_steal_pointer (owned), 0 };

      /* The array was made with room for the whole cache: entries never
       * move, and their pointers stay good. */
      _focal_id_index_insert (self->date_index, text, self->dates->len);
      g_array_append_val (self->dates, added);
      entry = &g_array_index (self->dates, FocalJsonCachedDate, self->dates->len - 1);
      if (cached != NULL)
        *cached = entry;
    }

  return TRUE;
}

static gboolean
focal_json_reader_date (FocalJsonReader  *self,
                        JsonObject       *object,
                        const char       *name,
                        FocalDate       **out)
{
  FocalDate *owned = NULL;
  gboolean ok = focal_json_reader_date_cached (self, object, name, out, &owned, NULL);

  if (owned != NULL)
    *out = owned;
  else if (*out != NULL)
    focal_date_ref (*out);

  return ok;
}

/* The graph's index of @period, remembered in its cache entry. */
static guint32
focal_json_reader_intern_period (FocalJsonReader     *self,
                                 FocalDate           *period,
                                 FocalJsonCachedDate *cached)
{
  if (cached == NULL)
    return _focal_graph_intern_period (self->graph, period);
  if (cached->period == 0)
    cached->period = _focal_graph_intern_period (self->graph, period) + 1;

  return cached->period - 1;
}

static gboolean
focal_json_reader_array (FocalJsonReader  *self,
                         JsonObject       *object,
                         const char       *name,
                         JsonArray       **out)
{
  JsonNode *node = focal_json_get (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      focal_json_reader_wrong_type (self, focal_json_reader_member_pos (self, object, name),
                                    name, node, "an array");
      return FALSE;
    }

  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
focal_json_reader_object (FocalJsonReader  *self,
                          JsonObject       *object,
                          const char       *name,
                          JsonObject      **out)
{
  JsonNode *node = focal_json_get (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      focal_json_reader_wrong_type (self, focal_json_reader_member_pos (self, object, name),
                                    name, node, "an object");
      return FALSE;
    }

  *out = json_node_get_object (node);
  return TRUE;
}

/* The element @index of @array as an object; reports it otherwise. The
 * current path must already end with the element's index. */
static JsonObject *
focal_json_reader_element_object (FocalJsonReader *self,
                                  JsonArray       *array,
                                  guint            index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      focal_json_reader_wrong_type (self, focal_json_reader_element_pos (self, array, index),
                                    NULL, node, "an object");
      return NULL;
    }

  return json_node_get_object (node);
}

/* Reads an array of strings into a NULL-terminated array of borrowed
 * strings. */
static gboolean
focal_json_reader_strings (FocalJsonReader  *self,
                           JsonObject       *object,
                           const char       *name,
                           GPtrArray       **out)
{
  JsonArray *array;
  gboolean ok = TRUE;
  guint n;

  *out = NULL;
  if (!focal_json_reader_array (self, object, name, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  *out = g_ptr_array_sized_new (n + 1);
  for (guint i = 0; i < n && !self->stop; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!focal_json_holds_type (node, G_TYPE_STRING))
        {
          g_autofree char *suffix = NULL;
          GString *s = g_string_new (NULL);

          focal_json_append_member (s, name, -1);
          g_string_append_printf (s, "[%u]", i);
          suffix = g_string_free (s, FALSE);
          focal_json_reader_wrong_type (self, focal_json_reader_element_pos (self, array, i),
                                        suffix, node, "a string");
          ok = FALSE;
          continue;
        }
      g_ptr_array_add (*out, (gpointer) json_node_get_string (node));
    }
  g_ptr_array_add (*out, NULL);

  return ok;
}

/* The members of @object that are not in @known, in their order, or NULL
 * when there are none. */
static JsonObject *
focal_json_collect_extras (JsonObject         *object,
                           const char * const *known)
{
  g_autoptr(GList) members = NULL;
  JsonObject *extras = NULL;
  JsonObjectIter iter;
  const char *name;
  gboolean all_known = TRUE;

  /* Most records have no unknown member: find out without copying the
   * list of members. */
  json_object_iter_init (&iter, object);
  while (all_known && json_object_iter_next (&iter, &name, NULL))
    all_known = g_strv_contains (known, name);
  if (all_known)
    return NULL;

  /* In the order of the text, for the round trip. */
  members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;

      if (g_strv_contains (known, member))
        continue;
      if (extras == NULL)
        extras = json_object_new ();
      json_object_set_member (extras, member,
                              json_node_copy (json_object_get_member (object, member)));
    }

  return extras;
}

static void
focal_json_reader_keep_extras (FocalJsonReader    *self,
                               JsonObject         *object,
                               const char * const *known,
                               gpointer            target,
                               FocalExtrasSlot     slot)
{
  JsonObject *extras = focal_json_collect_extras (object, known);

  if (extras != NULL)
    {
      _focal_extras_set (target, slot, extras);
      json_object_unref (extras);
    }
}

/* Citations, indicators, memberships ------------------------------------- */

static const char * const citation_keys[] = {
  "source", "section", "page", "note", "quote", NULL
};

static gboolean
focal_json_reader_check_source (FocalJsonReader *self,
                                JsonObject      *object,
                                const char      *source_id)
{
  guint index;

  if (focal_graph_lookup_source (self->graph, source_id) != NULL)
    return TRUE;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->sources, source_id));
  if (index > 0)
    focal_json_reader_report (self, focal_json_reader_member_pos (self, object, "source"),
                              "source", FOCAL_ERROR_UNKNOWN_ID,
                              "source \"%s\" (at $.sources[%u]) was skipped because of a problem",
                              source_id, index - 1);
  else
    focal_json_reader_report (self, focal_json_reader_member_pos (self, object, "source"),
                              "source", FOCAL_ERROR_UNKNOWN_ID,
                              "unknown source \"%s\": no entry of \"sources\" has that id",
                              source_id);
  return FALSE;
}

static FocalCitation *
focal_json_reader_citation (FocalJsonReader *self,
                            JsonObject      *object)
{
  g_autoptr(FocalCitation) citation = NULL;
  const char *source_id, *section, *page, *quote;
  gint64 note;
  gboolean has_note;
  gboolean ok;

  ok = focal_json_reader_id (self, object, "source", TRUE, &source_id);
  if (source_id != NULL && !self->stop)
    ok &= focal_json_reader_check_source (self, object, source_id);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "section", FALSE, &section);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "page", FALSE, &page);
  if (!self->stop)
    ok &= focal_json_reader_integer (self, object, "note", FALSE, 0, G_MAXUINT, &note, &has_note);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "quote", FALSE, &quote);
  if (!ok || self->stop)
    return NULL;

  citation = focal_citation_new (source_id);
  focal_citation_set_section (citation, section);
  focal_citation_set_page (citation, page);
  if (has_note)
    focal_citation_set_note (citation, (guint) note);
  focal_citation_set_quote (citation, quote);
  focal_json_reader_keep_extras (self, object, citation_keys, citation, FOCAL_EXTRAS_MAIN);

  return g_steal_pointer (&citation);
}

typedef void (*FocalJsonAddCitation) (gpointer       owner,
                                      FocalCitation *citation);

static void
focal_json_add_entity_citation (gpointer       owner,
                                FocalCitation *citation)
{
  focal_entity_add_citation (owner, citation);
}

static void
focal_json_add_indicator_citation (gpointer       owner,
                                   FocalCitation *citation)
{
  focal_indicator_add_citation (owner, citation);
}

static void
focal_json_add_membership_citation (gpointer       owner,
                                    FocalCitation *citation)
{
  focal_membership_add_citation (owner, citation);
}

static void
focal_json_add_link_citation (gpointer       owner,
                              FocalCitation *citation)
{
  g_list_store_append (_focal_link_data_ensure_citations (owner), citation);
}

static gboolean
focal_json_reader_citations (FocalJsonReader      *self,
                             JsonObject           *object,
                             gpointer              owner,
                             FocalJsonAddCitation  add)
{
  JsonArray *array;
  gboolean ok = TRUE;
  guint n;

  if (!focal_json_reader_array (self, object, "citations", &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n && !self->stop; i++)
    {
      gsize mark = focal_json_reader_push_index (self, "citations", i);
      JsonObject *element = focal_json_reader_element_object (self, array, i);
      g_autoptr(FocalCitation) citation = NULL;

      if (element != NULL)
        citation = focal_json_reader_citation (self, element);
      if (citation != NULL)
        add (owner, citation);
      else
        ok = FALSE;
      focal_json_reader_pop (self, mark);
    }

  return ok;
}

static const char * const indicator_keys[] = {
  "name", "value", "qualifier", "unit", "date", "part-of", "label", "citations", NULL
};

static FocalIndicator *
focal_json_reader_indicator (FocalJsonReader *self,
                             JsonObject      *object)
{
  g_autoptr(FocalIndicator) indicator = NULL;
  g_autoptr(FocalDate) date = NULL;
  const char *name, *unit, *part_of, *label;
  double value = 0;
  int qualifier = FOCAL_QUALIFIER_EXACT;
  gboolean present;
  gboolean ok;

  ok = focal_json_reader_id (self, object, "name", TRUE, &name);
  if (!self->stop)
    ok &= focal_json_reader_number (self, object, "value", TRUE, &value, &present);
  if (!self->stop)
    ok &= focal_json_reader_enum (self, object, "qualifier", FOCAL_TYPE_QUALIFIER, "qualifier",
                                  FALSE, -1, &qualifier, &present);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "unit", FALSE, &unit);
  if (!self->stop)
    ok &= focal_json_reader_date (self, object, "date", &date);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "part-of", FALSE, &part_of);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "label", FALSE, &label);

  indicator = focal_indicator_new (name != NULL ? name : "?", value);
  if (!self->stop)
    ok &= focal_json_reader_citations (self, object, indicator, focal_json_add_indicator_citation);
  if (!ok || self->stop)
    return NULL;

  focal_indicator_set_qualifier (indicator, qualifier);
  focal_indicator_set_unit (indicator, unit);
  focal_indicator_set_date (indicator, date);
  focal_indicator_set_part_of (indicator, part_of);
  focal_indicator_set_label (indicator, label);
  focal_json_reader_keep_extras (self, object, indicator_keys, indicator, FOCAL_EXTRAS_MAIN);

  return g_steal_pointer (&indicator);
}

static const char * const membership_keys[] = {
  "actor", "role", "period", "citations", NULL
};

static FocalMembership *
focal_json_reader_membership (FocalJsonReader *self,
                              JsonObject      *object)
{
  g_autoptr(FocalMembership) membership = NULL;
  g_autoptr(FocalDate) period = NULL;
  const char *actor_id;
  int role = FOCAL_ROLE_MEMBER;
  gboolean present;
  gboolean ok;

  ok = focal_json_reader_id (self, object, "actor", TRUE, &actor_id);
  if (!self->stop)
    ok &= focal_json_reader_enum (self, object, "role", FOCAL_TYPE_ROLE, "role", FALSE, -1,
                                  &role, &present);
  if (!self->stop)
    ok &= focal_json_reader_date (self, object, "period", &period);

  membership = focal_membership_new (actor_id != NULL ? actor_id : "?", role);
  if (!self->stop)
    ok &= focal_json_reader_citations (self, object, membership,
                                       focal_json_add_membership_citation);
  if (!ok || self->stop)
    return NULL;

  focal_membership_set_period (membership, period);
  focal_json_reader_keep_extras (self, object, membership_keys, membership, FOCAL_EXTRAS_MAIN);

  return g_steal_pointer (&membership);
}

typedef void (*FocalJsonAddMembership) (gpointer         owner,
                                        FocalMembership *membership);

static void
focal_json_add_member (gpointer         owner,
                       FocalMembership *membership)
{
  focal_forum_add_member (owner, membership);
}

static void
focal_json_add_party (gpointer         owner,
                      FocalMembership *membership)
{
  focal_agreement_add_party (owner, membership);
}

static gboolean
focal_json_reader_memberships (FocalJsonReader        *self,
                               JsonObject             *object,
                               const char             *name,
                               gpointer                owner,
                               FocalJsonAddMembership  add)
{
  JsonArray *array;
  gboolean ok = TRUE;
  guint n;

  if (!focal_json_reader_array (self, object, name, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n && !self->stop; i++)
    {
      gsize mark = focal_json_reader_push_index (self, name, i);
      JsonObject *element = focal_json_reader_element_object (self, array, i);
      g_autoptr(FocalMembership) membership = NULL;

      if (element != NULL)
        membership = focal_json_reader_membership (self, element);
      if (membership != NULL)
        add (owner, membership);
      else
        ok = FALSE;
      focal_json_reader_pop (self, mark);
    }

  return ok;
}

/* Entities --------------------------------------------------------------- */

/* The members every entity has; each kind's list of known members starts
 * with them. */
#define FOCAL_JSON_ENTITY_KEYS \
  "id", "name", "description", "tags", "valid", "citations", "indicators"

static gboolean
focal_json_reader_entity_fields (FocalJsonReader *self,
                                 JsonObject      *object,
                                 FocalEntity     *entity)
{
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(FocalDate) valid = NULL;
  const char *name = NULL, *description = NULL;
  JsonArray *indicators = NULL;
  gboolean ok;

  ok = focal_json_reader_string (self, object, "name", FALSE, &name);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "description", FALSE, &description);
  if (!self->stop)
    ok &= focal_json_reader_strings (self, object, "tags", &tags);
  if (!self->stop)
    ok &= focal_json_reader_date (self, object, "valid", &valid);
  if (!self->stop)
    ok &= focal_json_reader_citations (self, object, entity, focal_json_add_entity_citation);
  if (!self->stop)
    ok &= focal_json_reader_array (self, object, "indicators", &indicators);

  for (guint i = 0; indicators != NULL && i < json_array_get_length (indicators) && !self->stop; i++)
    {
      gsize mark = focal_json_reader_push_index (self, "indicators", i);
      JsonObject *element = focal_json_reader_element_object (self, indicators, i);
      g_autoptr(FocalIndicator) indicator = NULL;

      if (element != NULL)
        indicator = focal_json_reader_indicator (self, element);
      if (indicator != NULL)
        focal_entity_add_indicator (entity, indicator);
      else
        ok = FALSE;
      focal_json_reader_pop (self, mark);
    }

  focal_entity_set_name (entity, name);
  focal_entity_set_description (entity, description);
  if (tags != NULL)
    focal_entity_set_tags (entity, (const char * const *) tags->pdata);
  focal_entity_set_valid (entity, valid);

  return ok && !self->stop;
}

static const char * const actor_keys[] = {
  FOCAL_JSON_ENTITY_KEYS, "kind", "country", "parent", "level", NULL
};

static gboolean
focal_json_reader_actor (FocalJsonReader  *self,
                         JsonObject       *object,
                         const char       *id,
                         FocalEntity     **out)
{
  g_autoptr(FocalActor) actor = NULL;
  const char *country = NULL, *parent = NULL;
  int kind = FOCAL_ACTOR_KIND_OTHER;
  int level = FOCAL_LEVEL_UNKNOWN;
  gboolean present;
  gboolean ok;

  ok = focal_json_reader_enum (self, object, "kind", FOCAL_TYPE_ACTOR_KIND, "actor kind",
                               TRUE, -1, &kind, &present);
  actor = focal_actor_new (id, kind);
  if (!self->stop)
    ok &= focal_json_reader_entity_fields (self, object, FOCAL_ENTITY (actor));
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "country", FALSE, &country);
  if (country != NULL && !self->stop)
    {
      g_autoptr(GError) error = NULL;

      if (!focal_actor_set_country (actor, country, &error))
        {
          g_autofree char *escaped = g_strescape (country, NULL);

          focal_json_reader_report (self, focal_json_reader_member_pos (self, object, "country"),
                                    "country", FOCAL_ERROR_INVALID_VALUE,
                                    "\"%s\" is not a valid country code "
                                    "(ISO 3166-1 alpha-2, or alpha-2 and a subdivision as in \"CA-QC\")",
                                    escaped);
          ok = FALSE;
        }
    }
  if (!self->stop)
    ok &= focal_json_reader_id (self, object, "parent", FALSE, &parent);
  if (!self->stop)
    ok &= focal_json_reader_enum (self, object, "level", FOCAL_TYPE_LEVEL, "level",
                                  FALSE, -1, &level, &present);

  focal_actor_set_parent_id (actor, parent);
  focal_actor_set_level (actor, level);
  focal_json_reader_keep_extras (self, object, actor_keys, actor, FOCAL_EXTRAS_MAIN);
  *out = FOCAL_ENTITY (g_steal_pointer (&actor));

  return ok;
}

static const char * const issue_keys[] = {
  FOCAL_JSON_ENTITY_KEYS, "area", NULL
};

static gboolean
focal_json_reader_issue (FocalJsonReader  *self,
                         JsonObject       *object,
                         const char       *id,
                         FocalEntity     **out)
{
  g_autoptr(FocalIssue) issue = NULL;
  int area = FOCAL_ISSUE_AREA_OTHER;
  gboolean present;
  gboolean ok;

  ok = focal_json_reader_enum (self, object, "area", FOCAL_TYPE_ISSUE_AREA, "issue area",
                               TRUE, -1, &area, &present);
  issue = focal_issue_new (id, area);
  if (!self->stop)
    ok &= focal_json_reader_entity_fields (self, object, FOCAL_ENTITY (issue));

  focal_json_reader_keep_extras (self, object, issue_keys, issue, FOCAL_EXTRAS_MAIN);
  *out = FOCAL_ENTITY (g_steal_pointer (&issue));

  return ok;
}

static const char * const forum_keys[] = {
  FOCAL_JSON_ENTITY_KEYS, "kind", "founded", "cadence", "members", NULL
};

static gboolean
focal_json_reader_forum (FocalJsonReader  *self,
                         JsonObject       *object,
                         const char       *id,
                         FocalEntity     **out)
{
  g_autoptr(FocalForum) forum = NULL;
  g_autoptr(FocalDate) founded = NULL;
  const char *cadence = NULL;
  int kind = FOCAL_FORUM_KIND_OTHER;
  gboolean present;
  gboolean ok;

  ok = focal_json_reader_enum (self, object, "kind", FOCAL_TYPE_FORUM_KIND, "forum kind",
                               TRUE, -1, &kind, &present);
  forum = focal_forum_new (id, kind);
  if (!self->stop)
    ok &= focal_json_reader_entity_fields (self, object, FOCAL_ENTITY (forum));
  if (!self->stop)
    ok &= focal_json_reader_date (self, object, "founded", &founded);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "cadence", FALSE, &cadence);
  if (!self->stop)
    ok &= focal_json_reader_memberships (self, object, "members", forum, focal_json_add_member);

  focal_forum_set_founded (forum, founded);
  focal_forum_set_cadence (forum, cadence);
  focal_json_reader_keep_extras (self, object, forum_keys, forum, FOCAL_EXTRAS_MAIN);
  *out = FOCAL_ENTITY (g_steal_pointer (&forum));

  return ok;
}

static const char * const agreement_keys[] = {
  FOCAL_JSON_ENTITY_KEYS, "kind", "status", "dates", "parties", NULL
};

static const char * const agreement_date_keys[] = {
  "proposed", "negotiating", "signed", "in-force", "stalled", "lapsed", "withdrawn", NULL
};

static gboolean
focal_json_reader_agreement_dates (FocalJsonReader *self,
                                   JsonObject      *object,
                                   FocalAgreement  *agreement)
{
  JsonObject *dates;
  GEnumClass *klass;
  gboolean ok = TRUE;
  gsize mark;

  if (!focal_json_reader_object (self, object, "dates", &dates))
    return FALSE;
  if (dates == NULL)
    return TRUE;

  mark = focal_json_reader_push_member (self, "dates");
  klass = g_type_class_ref (FOCAL_TYPE_AGREEMENT_STATUS);
  for (guint i = 0; agreement_date_keys[i] != NULL && !self->stop; i++)
    {
      g_autoptr(FocalDate) date = NULL;
      GEnumValue *step = g_enum_get_value_by_nick (klass, agreement_date_keys[i]);

      g_assert (step != NULL);
      if (!focal_json_reader_date (self, dates, agreement_date_keys[i], &date))
        ok = FALSE;
      else if (date != NULL)
        focal_agreement_set_step_date (agreement, step->value, date);
    }
  g_type_class_unref (klass);
  focal_json_reader_pop (self, mark);

  focal_json_reader_keep_extras (self, dates, agreement_date_keys, agreement, FOCAL_EXTRAS_DATES);

  return ok;
}

static gboolean
focal_json_reader_agreement (FocalJsonReader  *self,
                             JsonObject       *object,
                             const char       *id,
                             FocalEntity     **out)
{
  g_autoptr(FocalAgreement) agreement = NULL;
  int kind = FOCAL_AGREEMENT_KIND_OTHER;
  int status = FOCAL_AGREEMENT_STATUS_UNKNOWN;
  gboolean present;
  gboolean ok;

  ok = focal_json_reader_enum (self, object, "kind", FOCAL_TYPE_AGREEMENT_KIND,
                               "agreement kind", TRUE, -1, &kind, &present);
  agreement = focal_agreement_new (id, kind);
  if (!self->stop)
    ok &= focal_json_reader_entity_fields (self, object, FOCAL_ENTITY (agreement));
  if (!self->stop)
    ok &= focal_json_reader_enum (self, object, "status", FOCAL_TYPE_AGREEMENT_STATUS,
                                  "agreement status", FALSE, -1, &status, &present);
  if (!self->stop)
    ok &= focal_json_reader_agreement_dates (self, object, agreement);
  if (!self->stop)
    ok &= focal_json_reader_memberships (self, object, "parties", agreement, focal_json_add_party);

  focal_agreement_set_status (agreement, status);
  focal_json_reader_keep_extras (self, object, agreement_keys, agreement, FOCAL_EXTRAS_MAIN);
  *out = FOCAL_ENTITY (g_steal_pointer (&agreement));

  return ok;
}

static const char * const event_keys[] = {
  FOCAL_JSON_ENTITY_KEYS, "kind", "date", "location", "forum", "parent", "participants",
  "aggregate", "count", "count-qualifier", NULL
};

static gboolean
focal_json_reader_event_count (FocalJsonReader *self,
                               JsonObject      *object,
                               gboolean        *aggregate,
                               guint           *count,
                               int             *qualifier)
{
  gboolean has_count, has_qualifier;
  gint64 value = 0;
  gboolean ok;

  ok = focal_json_reader_boolean (self, object, "aggregate", aggregate);
  if (!self->stop)
    ok &= focal_json_reader_integer (self, object, "count", *aggregate, 0, G_MAXUINT,
                                     &value, &has_count);
  if (!self->stop)
    ok &= focal_json_reader_enum (self, object, "count-qualifier", FOCAL_TYPE_QUALIFIER,
                                  "qualifier", FALSE, -1, qualifier, &has_qualifier);
  FOCAL_JSON_STOP_IF_NEEDED (self);
  *count = (guint) value;

  if (!*aggregate && (has_count || has_qualifier))
    {
      const char *name = has_count ? "count" : "count-qualifier";

      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, name), name,
                                FOCAL_ERROR_INVALID_VALUE,
                                "only aggregates (\"aggregate\": true) have a count");
      return FALSE;
    }

  if (*aggregate && has_count && *count == 0 && *qualifier == FOCAL_QUALIFIER_FEWER_THAN)
    {
      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, "count"),
                                "count", FOCAL_ERROR_INVALID_VALUE,
                                "a count of fewer than 0 encounters is impossible");
      return FALSE;
    }

  return ok;
}

static gboolean
focal_json_reader_event (FocalJsonReader  *self,
                         JsonObject       *object,
                         const char       *id,
                         FocalEntity     **out)
{
  g_autoptr(FocalEvent) event = NULL;
  g_autoptr(FocalDate) date = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  const char *location = NULL, *forum = NULL, *parent = NULL;
  int kind = FOCAL_EVENT_KIND_OTHER;
  int qualifier = FOCAL_QUALIFIER_EXACT;
  gboolean aggregate = FALSE;
  guint count = 0;
  gboolean present;
  gboolean ok;

  ok = focal_json_reader_enum (self, object, "kind", FOCAL_TYPE_EVENT_KIND, "event kind",
                               TRUE, -1, &kind, &present);
  if (!self->stop)
    ok &= focal_json_reader_event_count (self, object, &aggregate, &count, &qualifier);

  if (aggregate)
    event = focal_event_new_aggregate (id, kind, count, qualifier);
  else
    event = focal_event_new (id, kind);

  if (!self->stop)
    ok &= focal_json_reader_entity_fields (self, object, FOCAL_ENTITY (event));
  if (!self->stop)
    ok &= focal_json_reader_date (self, object, "date", &date);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "location", FALSE, &location);
  if (!self->stop)
    ok &= focal_json_reader_id (self, object, "forum", FALSE, &forum);
  if (!self->stop)
    ok &= focal_json_reader_id (self, object, "parent", FALSE, &parent);
  if (!self->stop)
    ok &= focal_json_reader_strings (self, object, "participants", &participants);

  focal_event_set_date (event, date);
  focal_event_set_location (event, location);
  focal_event_set_forum_id (event, forum);
  focal_event_set_parent_id (event, parent);
  if (participants != NULL)
    focal_event_set_participants (event, (const char * const *) participants->pdata);
  focal_json_reader_keep_extras (self, object, event_keys, event, FOCAL_EXTRAS_MAIN);
  *out = FOCAL_ENTITY (g_steal_pointer (&event));

  return ok;
}

static const char * const position_keys[] = {
  FOCAL_JSON_ENTITY_KEYS, "actor", "issue", "date", "stance", "label", NULL
};

static gboolean
focal_json_reader_position (FocalJsonReader  *self,
                            JsonObject       *object,
                            const char       *id,
                            FocalEntity     **out)
{
  g_autoptr(FocalPosition) position = NULL;
  g_autoptr(FocalDate) date = NULL;
  const char *actor = NULL, *issue = NULL, *label = NULL;
  double stance = 0;
  gboolean has_stance = FALSE;
  gboolean ok;

  ok = focal_json_reader_id (self, object, "actor", TRUE, &actor);
  if (!self->stop)
    ok &= focal_json_reader_id (self, object, "issue", TRUE, &issue);

  position = focal_position_new (id, actor != NULL ? actor : "?", issue != NULL ? issue : "?");
  if (!self->stop)
    ok &= focal_json_reader_entity_fields (self, object, FOCAL_ENTITY (position));
  if (!self->stop)
    ok &= focal_json_reader_date (self, object, "date", &date);
  if (!self->stop)
    ok &= focal_json_reader_number (self, object, "stance", FALSE, &stance, &has_stance);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "label", FALSE, &label);

  if (has_stance && !self->stop && (stance < -1.0 || stance > 1.0))
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      _focal_json_format_number (buffer, stance);
      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, "stance"),
                                "stance", FOCAL_ERROR_OUT_OF_RANGE,
                                "stance %s is outside [-1, 1]", buffer);
      ok = FALSE;
    }
  else if (has_stance)
    focal_position_set_stance (position, stance, NULL);

  if (!has_stance && (label == NULL || label[0] == '\0') && ok && !self->stop)
    {
      focal_json_reader_report (self, focal_json_reader_container_pos (self, object), "stance",
                                FOCAL_ERROR_MISSING_FIELD,
                                "a position must state a \"stance\" or a \"label\"");
      ok = FALSE;
    }

  focal_position_set_date (position, date);
  focal_position_set_label (position, label);
  focal_json_reader_keep_extras (self, object, position_keys, position, FOCAL_EXTRAS_MAIN);
  *out = FOCAL_ENTITY (g_steal_pointer (&position));

  return ok;
}

static const FocalJsonSection entity_sections[] = {
  { "actors", "actor", focal_actor_get_type, focal_json_reader_actor },
  { "issues", "issue", focal_issue_get_type, focal_json_reader_issue },
  { "forums", "forum", focal_forum_get_type, focal_json_reader_forum },
  { "agreements", "agreement", focal_agreement_get_type, focal_json_reader_agreement },
  { "events", "event", focal_event_get_type, focal_json_reader_event },
  { "positions", "position", focal_position_get_type, focal_json_reader_position },
};

static const char *
focal_json_kind_name (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (entity_sections); i++)
    {
      if (g_type_is_a (type, entity_sections[i].get_type ()))
        return entity_sections[i].kind_name;
    }

  return "entity";
}

static const char *
focal_json_article (const char *word)
{
  return strchr ("aeiou", word[0]) != NULL ? "an" : "a";
}

static void
focal_json_reader_set_record_path (FocalJsonReader *self,
                                   FocalJsonRecord *record)
{
  g_string_assign (self->path, "$");
  focal_json_reader_push_index (self, record->section, record->index);
  self->record_id = record->id;
}

static FocalJsonPos focal_json_reader_locate_record (FocalJsonReader *self,
                                                     FocalJsonRecord *record);
static void focal_json_reader_materialize (FocalJsonReader *self,
                                           FocalJsonRecord *record);

/* Records are allocated in blocks, which go back to the system whole at
 * the end of the load instead of leaving 100,000 small holes in the heap
 * among the objects that stay; their ids likewise go in a string chunk. */
#define FOCAL_JSON_RECORD_BLOCK 4096

static FocalJsonRecord *
focal_json_reader_alloc_record (FocalJsonReader *self)
{
  FocalJsonRecord *block;

  if (self->records->len % FOCAL_JSON_RECORD_BLOCK == 0)
    g_ptr_array_add (self->record_blocks, g_new0 (FocalJsonRecord, FOCAL_JSON_RECORD_BLOCK));
  block = g_ptr_array_index (self->record_blocks, self->record_blocks->len - 1);

  return &block[self->records->len % FOCAL_JSON_RECORD_BLOCK];
}

static FocalJsonRecord *
focal_json_reader_new_record (FocalJsonReader        *self,
                              const FocalJsonSection *section,
                              guint                   index)
{
  FocalJsonRecord *record = focal_json_reader_alloc_record (self);

  record->section = section->name;
  record->index = index;
  record->type = section->get_type ();
  record->done = TRUE;
  g_ptr_array_add (self->records, record);
  focal_json_reader_set_record_path (self, record);

  return record;
}

/* Reads the entity in @record->object; the record keeps it if it is
 * sound. */
static void
focal_json_reader_read_record (FocalJsonReader        *self,
                               const FocalJsonSection *section,
                               FocalJsonRecord        *record)
{
  g_autoptr(FocalEntity) entity = NULL;
  FocalJsonRecord *first;
  gboolean ok;

  ok = focal_json_reader_id (self, record->object, "id", TRUE, &record->id);
  self->record_id = record->id;
  if (self->stop)
    return;

  first = record->id != NULL ? g_hash_table_lookup (self->declared, record->id) : NULL;
  if (first != NULL)
    {
      focal_json_reader_report (self,
                                focal_json_reader_member_pos (self, record->object, "id"),
                                "id", FOCAL_ERROR_DUPLICATE_ID,
                                "duplicate id \"%s\": already used by the %s at $.%s[%u]",
                                record->id, focal_json_kind_name (first->type),
                                first->section, first->index);
      ok = FALSE;
    }
  else if (record->id != NULL)
    g_hash_table_insert (self->declared, (gpointer) record->id, record);

  if (!self->stop)
    ok &= section->read (self, record->object, record->id != NULL ? record->id : "?", &entity);
  if (ok && !self->stop)
    {
      record->item = g_steal_pointer (&entity);
      record->done = FALSE;
    }
}

static void
focal_json_reader_read_section (FocalJsonReader        *self,
                                JsonArray              *array,
                                const FocalJsonSection *section)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n && !self->stop; i++)
    {
      FocalJsonRecord *record = focal_json_reader_new_record (self, section, i);

      record->object = focal_json_reader_element_object (self, array, i);
      if (record->object != NULL)
        focal_json_reader_read_record (self, section, record);
    }

  self->record_id = NULL;
}

/* Insertion into the graph ---------------------------------------------- */

/* Where a reference is: a member of @object, or else element @index of
 * @array. Worked out only when a problem needs it. */
typedef struct
{
  JsonObject *object;
  const char *member;
  JsonArray  *array;
  guint       index;
} FocalJsonWhere;

static FocalJsonPos
focal_json_reader_where_pos (FocalJsonReader      *self,
                             const FocalJsonWhere *where)
{
  if (where->object != NULL)
    return focal_json_reader_member_pos (self, where->object, where->member);

  return focal_json_reader_element_pos (self, where->array, where->index);
}

/* Checks that @ref names an entity of type @expected that is in the graph.
 * @where locates the reference; @suffix is the path from the record to
 * it. */
static gboolean
focal_json_reader_check_ref (FocalJsonReader      *self,
                             const char           *ref,
                             GType                 expected,
                             const FocalJsonWhere *where,
                             const char           *suffix)
{
  FocalJsonRecord *target = g_hash_table_lookup (self->declared, ref);
  const char *expected_name;
  FocalJsonPos pos;

  if (target != NULL && g_type_is_a (target->type, expected) &&
      focal_graph_lookup (self->graph, ref) != NULL)
    return TRUE;

  expected_name = focal_json_kind_name (expected);
  pos = focal_json_reader_where_pos (self, where);

  if (target == NULL)
    {
      focal_json_reader_report (self, pos, suffix, FOCAL_ERROR_UNKNOWN_ID,
                                "unknown id \"%s\": no %s in the document has it",
                                ref, expected == FOCAL_TYPE_ENTITY ? "entity" : expected_name);
      return FALSE;
    }

  if (!g_type_is_a (target->type, expected))
    {
      const char *kind = focal_json_kind_name (target->type);

      focal_json_reader_report (self, pos, suffix, FOCAL_ERROR_WRONG_KIND,
                                "\"%s\" is %s %s (at $.%s[%u]), expected %s %s",
                                ref, focal_json_article (kind), kind, target->section,
                                target->index, focal_json_article (expected_name),
                                expected_name);
      return FALSE;
    }

  if (focal_graph_lookup (self->graph, ref) == NULL)
    {
      focal_json_reader_report (self, pos, suffix, FOCAL_ERROR_UNKNOWN_ID,
                                "\"%s\" refers to the %s at $.%s[%u], which was skipped "
                                "because of a problem",
                                ref, focal_json_kind_name (target->type), target->section,
                                target->index);
      return FALSE;
    }

  return TRUE;
}

static gboolean
focal_json_reader_check_member_ref (FocalJsonReader *self,
                                    JsonObject      *object,
                                    const char      *member,
                                    GType            expected)
{
  JsonNode *node = focal_json_get (object, member);
  FocalJsonWhere where = { object, member, NULL, 0 };

  if (node == NULL)
    return TRUE;

  return focal_json_reader_check_ref (self, json_node_get_string (node), expected, &where,
                                      member);
}

/* The array member @name of a record that was already checked, or NULL. */
static JsonArray *
focal_json_get_array (JsonObject *object,
                      const char *name)
{
  JsonNode *node = focal_json_get (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gboolean
focal_json_reader_check_membership_refs (FocalJsonReader *self,
                                         JsonObject      *object,
                                         const char      *name)
{
  JsonArray *array = focal_json_get_array (object, name);
  gboolean ok = TRUE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !self->stop; i++)
    {
      JsonObject *element = json_array_get_object_element (array, i);
      gsize mark = focal_json_reader_push_index (self, name, i);

      ok &= focal_json_reader_check_member_ref (self, element, "actor", FOCAL_TYPE_ACTOR);
      focal_json_reader_pop (self, mark);
    }

  return ok;
}

static gboolean
focal_json_reader_check_participants (FocalJsonReader *self,
                                      JsonObject      *object)
{
  JsonArray *array = focal_json_get_array (object, "participants");
  gboolean ok = TRUE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !self->stop; i++)
    {
      FocalJsonWhere where = { NULL, NULL, array, i };
      char suffix[32];

      g_snprintf (suffix, sizeof suffix, ".participants[%u]", i);
      ok &= focal_json_reader_check_ref (self, json_array_get_string_element (array, i),
                                         FOCAL_TYPE_ACTOR, &where, suffix);
    }

  return ok;
}

static gboolean focal_json_reader_check_refs_of (FocalJsonReader *self,
                                                 FocalJsonRecord *record);

/* A record read in a chunk has no positions: its references are checked
 * as a probe first, and only a record with a problem is parsed again,
 * with positions, to report it. */
static gboolean
focal_json_reader_check_entity_refs (FocalJsonReader *self,
                                     FocalJsonRecord *record)
{
  gboolean ok;

  if (record->object == NULL || !record->unplaced)
    return focal_json_reader_check_refs_of (self, record);

  self->probing = TRUE;
  ok = focal_json_reader_check_refs_of (self, record);
  self->probing = FALSE;
  if (ok && !self->probe_failed)
    return TRUE;

  self->probe_failed = FALSE;
  self->stop = FALSE;
  focal_json_reader_materialize (self, record);
  return focal_json_reader_check_refs_of (self, record);
}

static gboolean
focal_json_reader_check_refs_of (FocalJsonReader *self,
                                 FocalJsonRecord *record)
{
  JsonObject *object = record->object;

  /* A streamed record without references gave up its JSON. */
  if (object == NULL)
    return TRUE;

  if (record->type == FOCAL_TYPE_ACTOR)
    return focal_json_reader_check_member_ref (self, object, "parent", FOCAL_TYPE_ACTOR);
  if (record->type == FOCAL_TYPE_FORUM)
    return focal_json_reader_check_membership_refs (self, object, "members");
  if (record->type == FOCAL_TYPE_AGREEMENT)
    return focal_json_reader_check_membership_refs (self, object, "parties");
  if (record->type == FOCAL_TYPE_POSITION)
    return focal_json_reader_check_member_ref (self, object, "actor", FOCAL_TYPE_ACTOR) &&
           focal_json_reader_check_member_ref (self, object, "issue", FOCAL_TYPE_ISSUE);
  if (record->type == FOCAL_TYPE_EVENT)
    return focal_json_reader_check_member_ref (self, object, "forum", FOCAL_TYPE_FORUM) &&
           focal_json_reader_check_member_ref (self, object, "parent", FOCAL_TYPE_EVENT) &&
           focal_json_reader_check_participants (self, object);

  return TRUE;
}

/* Which member a refusal of the graph is about, so that the message points
 * as close to the cause as possible; NULL for the record itself. */
static const char *
focal_json_graph_error_member (FocalJsonRecord *record,
                               GError          *error,
                               FocalGraph      *graph)
{
  JsonObject *object = record->object;

  if (error->domain != FOCAL_ERROR)
    return NULL;

  if (record->type == FOCAL_TYPE_AGREEMENT && error->code == FOCAL_ERROR_INCONSISTENT)
    return "dates";

  if (record->type == FOCAL_TYPE_EVENT)
    {
      FocalEvent *event = record->item;
      const char *parent_id = focal_event_get_parent_id (event);
      FocalEntity *parent = parent_id != NULL ? focal_graph_lookup (graph, parent_id) : NULL;

      if (error->code == FOCAL_ERROR_INCONSISTENT && FOCAL_IS_EVENT (parent) &&
          focal_event_get_date (event) != NULL &&
          focal_event_get_date (FOCAL_EVENT (parent)) != NULL &&
          !focal_date_contains (focal_event_get_date (FOCAL_EVENT (parent)),
                                focal_event_get_date (event)))
        return "date";
      if (error->code == FOCAL_ERROR_INCONSISTENT && json_object_has_member (object, "count"))
        return "count";
      if (error->code == FOCAL_ERROR_WRONG_KIND || error->code == FOCAL_ERROR_CYCLE ||
          error->code == FOCAL_ERROR_INCONSISTENT)
        return parent_id != NULL ? "parent" : NULL;
    }

  if (record->type == FOCAL_TYPE_ACTOR && error->code == FOCAL_ERROR_CYCLE)
    return "parent";

  return NULL;
}

static void
focal_json_reader_insert_entity (FocalJsonReader *self,
                                 FocalJsonRecord *record)
{
  g_autoptr(GError) error = NULL;
  const char *member;

  record->done = TRUE;
  focal_json_reader_set_record_path (self, record);

  if (!focal_json_reader_check_entity_refs (self, record) || self->stop)
    return;

  if (focal_graph_add (self->graph, record->item, &error))
    return;

  focal_json_reader_materialize (self, record);
  member = focal_json_graph_error_member (record, error, self->graph);
  focal_json_reader_report (self,
                            member != NULL
                              ? focal_json_reader_member_pos (self, record->object, member)
                              : focal_json_reader_container_pos (self, record->object),
                            member,
                            error->domain == FOCAL_ERROR ? error->code : FOCAL_ERROR_FAILED,
                            "%s", error->message);
}

static const char *
focal_json_parent_of (FocalJsonRecord *record)
{
  if (FOCAL_IS_ACTOR (record->item))
    return focal_actor_get_parent_id (record->item);
  if (FOCAL_IS_EVENT (record->item))
    return focal_event_get_parent_id (record->item);

  return NULL;
}

/* The record of @record's parent if it is still to be inserted. */
static FocalJsonRecord *
focal_json_reader_pending_parent (FocalJsonReader *self,
                                  FocalJsonRecord *record)
{
  const char *parent_id = focal_json_parent_of (record);
  FocalJsonRecord *parent;

  if (parent_id == NULL)
    return NULL;

  parent = g_hash_table_lookup (self->declared, parent_id);
  if (parent == NULL || parent->type != record->type || parent->item == NULL || parent->done)
    return NULL;

  return parent;
}

/* Inserts @record, then the records that waited for it, depth first, so
 * that parts follow their parent. */
static void
focal_json_reader_insert_and_release (FocalJsonReader *self,
                                      FocalJsonRecord *record,
                                      GHashTable      *waiting)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, record);
  while (stack->len > 0 && !self->stop)
    {
      FocalJsonRecord *current = g_ptr_array_steal_index (stack, stack->len - 1);
      g_autoptr(GPtrArray) children = NULL;

      if (!current->done)
        focal_json_reader_insert_entity (self, current);

      if (current->id == NULL ||
          !g_hash_table_steal_extended (waiting, current->id, NULL, (gpointer *) &children))
        continue;

      for (guint i = children->len; i > 0; i--)
        g_ptr_array_add (stack, g_ptr_array_index (children, i - 1));
    }
}

/* The part-of chain from @record round its cycle and back to it. Long
 * cycles are cut in the middle, so that reporting every member of a cycle
 * of L stays O(L). */
#define FOCAL_JSON_CYCLE_SHOWN 16

static char *
focal_json_reader_cycle_chain (FocalJsonReader *self,
                               FocalJsonRecord *record,
                               guint            length)
{
  GString *chain = g_string_new (record->id);
  FocalJsonRecord *current = record;

  for (guint step = 1; step <= length; step++)
    {
      current = focal_json_reader_pending_parent (self, current);
      if (length > FOCAL_JSON_CYCLE_SHOWN && step == FOCAL_JSON_CYCLE_SHOWN / 2)
        {
          g_string_append_printf (chain, " -> … (%u entities in the loop)", length);
          continue;
        }
      if (length > FOCAL_JSON_CYCLE_SHOWN && step > FOCAL_JSON_CYCLE_SHOWN / 2 &&
          step < length - FOCAL_JSON_CYCLE_SHOWN / 2)
        continue;
      g_string_append_printf (chain, " -> %s", current->id);
    }

  return g_string_free (chain, FALSE);
}

static int
focal_json_compare_record_index (gconstpointer a,
                                 gconstpointer b)
{
  const FocalJsonRecord *ra = *(FocalJsonRecord * const *) a;
  const FocalJsonRecord *rb = *(FocalJsonRecord * const *) b;

  return ra->index < rb->index ? -1 : ra->index > rb->index;
}

/* What is left waiting after a section was inserted is a part-of cycle,
 * or hangs from one. Each record's parent chain is walked once, marked
 * with the walk that reached it first: a walk that comes back to its own
 * mark found a new cycle. O(n) for n records. */
static void
focal_json_reader_report_cycles (FocalJsonReader *self,
                                 guint            first,
                                 guint            last,
                                 GHashTable      *waiting)
{
  g_autoptr(GPtrArray) cycles = g_ptr_array_new ();
  g_autoptr(GPtrArray) chains = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) walk_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) length_of = g_hash_table_new (NULL, NULL);
  guint walk = 0;

  for (guint i = first; i < last; i++)
    {
      FocalJsonRecord *record = g_ptr_array_index (self->records, i);
      FocalJsonRecord *current = record;

      if (record->item == NULL || record->done || g_hash_table_contains (walk_of, record))
        continue;

      walk++;
      while (current != NULL && !g_hash_table_contains (walk_of, current))
        {
          g_hash_table_insert (walk_of, current, GUINT_TO_POINTER (walk));
          current = focal_json_reader_pending_parent (self, current);
        }

      if (current != NULL && GPOINTER_TO_UINT (g_hash_table_lookup (walk_of, current)) == walk)
        {
          FocalJsonRecord *member = current;
          guint start = cycles->len;

          do
            {
              g_ptr_array_add (cycles, member);
              member = focal_json_reader_pending_parent (self, member);
            }
          while (member != current);

          for (guint k = start; k < cycles->len; k++)
            g_hash_table_insert (length_of, g_ptr_array_index (cycles, k),
                                 GUINT_TO_POINTER (cycles->len - start));
        }
    }

  /* Reported in document order, as the records come. */
  g_ptr_array_sort (cycles, focal_json_compare_record_index);
  for (guint i = 0; i < cycles->len; i++)
    {
      FocalJsonRecord *record = g_ptr_array_index (cycles, i);

      g_ptr_array_add (chains,
                       focal_json_reader_cycle_chain (self, record,
                                                      GPOINTER_TO_UINT (g_hash_table_lookup (length_of,
                                                                                             record))));
    }

  for (guint i = 0; i < cycles->len && !self->stop; i++)
    {
      FocalJsonRecord *record = g_ptr_array_index (cycles, i);

      record->done = TRUE;
      focal_json_reader_set_record_path (self, record);
      focal_json_reader_materialize (self, record);
      focal_json_reader_report (self,
                                focal_json_reader_member_pos (self, record->object, "parent"),
                                "parent", FOCAL_ERROR_CYCLE,
                                "%s \"%s\": the part-of chain loops back: %s",
                                focal_json_kind_name (record->type), record->id,
                                (const char *) g_ptr_array_index (chains, i));
    }

  /* The parts of the cycle's members now find their parent skipped. */
  for (guint i = 0; i < cycles->len && !self->stop; i++)
    {
      FocalJsonRecord *record = g_ptr_array_index (cycles, i);

      focal_json_reader_insert_and_release (self, record, waiting);
    }
}

static void
focal_json_reader_insert_section (FocalJsonReader *self,
                                  guint            first,
                                  guint            last)
{
  g_autoptr(GHashTable) waiting = NULL;

  waiting = _focal_str_table_new (NULL,
                                   (GDestroyNotify) g_ptr_array_unref);

  for (guint i = first; i < last && !self->stop; i++)
    {
      FocalJsonRecord *record = g_ptr_array_index (self->records, i);
      FocalJsonRecord *parent;

      if (record->item == NULL || record->done)
        continue;

      parent = focal_json_reader_pending_parent (self, record);
      if (parent != NULL)
        {
          GPtrArray *list = g_hash_table_lookup (waiting, parent->id);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (waiting, (gpointer) parent->id, list);
            }
          g_ptr_array_add (list, record);
          continue;
        }

      focal_json_reader_insert_and_release (self, record, waiting);
    }

  if (!self->stop && g_hash_table_size (waiting) > 0)
    focal_json_reader_report_cycles (self, first, last, waiting);

  /* The id is the DOM's, which json-glib frees if it fails later on. */
  self->record_id = NULL;
}

/* Sources and links -------------------------------------------------------- */

static const char * const source_keys[] = {
  "id", "author", "title", "publisher", "year", "url", NULL
};

static void
focal_json_reader_read_source (FocalJsonReader *self,
                               JsonObject      *object,
                               guint            index)
{
  g_autoptr(FocalSource) source = NULL;
  g_autoptr(GError) error = NULL;
  const char *id, *author = NULL, *title = NULL, *publisher = NULL, *url = NULL;
  gint64 year = 0;
  gboolean has_year = FALSE;
  gboolean ok;

  ok = focal_json_reader_id (self, object, "id", TRUE, &id);
  self->record_id = id;
  if (id != NULL && !self->stop && g_hash_table_contains (self->sources, id))
    {
      guint first = GPOINTER_TO_UINT (g_hash_table_lookup (self->sources, id)) - 1;

      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, "id"), "id",
                                FOCAL_ERROR_DUPLICATE_ID,
                                "duplicate source id \"%s\": already used at $.sources[%u]",
                                id, first);
      return;
    }
  if (id != NULL)
    g_hash_table_insert (self->sources, (gpointer) id, GUINT_TO_POINTER (index + 1));

  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "author", FALSE, &author);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "title", FALSE, &title);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "publisher", FALSE, &publisher);
  if (!self->stop)
    ok &= focal_json_reader_integer (self, object, "year", FALSE, 0, 9999, &year, &has_year);
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "url", FALSE, &url);
  if (!ok || self->stop)
    return;

  source = focal_source_new (id);
  focal_source_set_author (source, author);
  focal_source_set_title (source, title);
  focal_source_set_publisher (source, publisher);
  focal_source_set_year (source, (int) year);
  focal_source_set_url (source, url);
  focal_json_reader_keep_extras (self, object, source_keys, source, FOCAL_EXTRAS_MAIN);

  if (!focal_graph_add_source (self->graph, source, &error))
    focal_json_reader_report (self, focal_json_reader_container_pos (self, object), NULL,
                              error->domain == FOCAL_ERROR ? error->code : FOCAL_ERROR_FAILED,
                              "%s", error->message);
}

static const char * const link_keys[] = {
  "source", "kind", "target", "period", "weight", "description", "attributes", "citations", NULL
};

static gboolean
focal_json_reader_link_attributes (FocalJsonReader *self,
                                   JsonObject      *object,
                                   FocalLinkData   *data)
{
  g_autoptr(GList) members = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  JsonObject *attributes;
  gboolean ok = TRUE;
  gsize mark;

  if (!focal_json_reader_object (self, object, "attributes", &attributes))
    return FALSE;
  if (attributes == NULL)
    return TRUE;

  mark = focal_json_reader_push_member (self, "attributes");
  members = json_object_get_members (attributes);
  pairs = g_ptr_array_new ();
  for (GList *l = members; l != NULL && !self->stop; l = l->next)
    {
      const char *value;

      if (focal_json_reader_string (self, attributes, l->data, FALSE, &value))
        {
          g_ptr_array_add (pairs, l->data);
          g_ptr_array_add (pairs, (gpointer) value);
        }
      else
        ok = FALSE;
    }
  focal_json_reader_pop (self, mark);

  if (ok)
    {
      _focal_link_data_set_attributes (data, (const char **) pairs->pdata, pairs->len / 2);
      data->attributes = _focal_link_attributes_intern (self->attribute_blocks, data->attributes);
    }

  return ok;
}

static gboolean
focal_json_reader_link_fields (FocalJsonReader      *self,
                               JsonObject           *object,
                               FocalDate           **period,
                               FocalDate           **owned_period,
                               FocalJsonCachedDate **cached_period,
                               double               *link_weight,
                               FocalLinkData        *data,
                               guint                *n_present)
{
  const char *description = NULL;
  double weight = 1.0;
  gboolean has_weight = FALSE;
  gboolean ok;

  ok = focal_json_reader_date_cached (self, object, "period", period, owned_period,
                                      cached_period);
  if (!self->stop)
    ok &= focal_json_reader_number (self, object, "weight", FALSE, &weight, &has_weight);
  if (has_weight && weight < 0 && !self->stop)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      _focal_json_format_number (buffer, weight);
      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, "weight"),
                                "weight", FOCAL_ERROR_INVALID_VALUE,
                                "weight %s is negative; weights are zero or more", buffer);
      ok = FALSE;
    }
  else if (has_weight)
    *link_weight = weight;
  if (!self->stop)
    ok &= focal_json_reader_string (self, object, "description", FALSE, &description);
  if (!self->stop)
    ok &= focal_json_reader_link_attributes (self, object, data);
  if (!self->stop)
    ok &= focal_json_reader_citations (self, object, data, focal_json_add_link_citation);

  data->description = g_strdup (description);
  /* The optional members read, when each was there and not empty. */
  *n_present = (*period != NULL) + (has_weight != FALSE) + (description != NULL) +
               (data->attributes != NULL) + (data->citations != NULL);

  return ok;
}

/* A link read in a chunk (see "Reading the sections and the links in chunks"), waiting to
 * be appended to the graph in document order. */
typedef struct
{
  guint                source;
  guint                target;
  const char          *source_id;     /* before the entities were in: the ends to resolve */
  const char          *target_id;
  guint32              index;         /* in the links array */
  guint8               kind;
  gboolean             failed;        /* its probe failed: it is read again to report */
  FocalDate           *period;        /* @cached's date or @owned_period, or NULL */
  FocalDate           *owned_period;
  FocalJsonCachedDate *cached;        /* in the date cache of the chunk's reader */
  double               weight;
  FocalLinkData        data;
} FocalJsonPendingLink;

static void
focal_json_pending_link_clear (gpointer data)
{
  FocalJsonPendingLink *pending = data;

  g_clear_pointer (&pending->owned_period, focal_date_unref);
  _focal_link_data_clear (&pending->data);
}

/* In a chunk reader: the link is kept for the caller's thread to append,
 * its ends resolved here (the graph's entities do not change while the
 * links are read). Ends it cannot resolve fail the probe. */
static void
focal_json_reader_defer_link (FocalJsonReader      *self,
                              const char           *source_id,
                              FocalLinkKind         kind,
                              const char           *target_id,
                              FocalDate            *period,
                              FocalDate           **owned_period,
                              FocalJsonCachedDate  *cached_period,
                              double                weight,
                              FocalLinkData        *data)
{
  FocalJsonPendingLink *pending;
  guint source = 0, target = 0;

  if (self->pending_ids == NULL &&
      !_focal_graph_check_link (self->graph, source_id, kind, target_id, &source, &target, NULL))
    {
      self->probe_failed = TRUE;
      self->stop = TRUE;
      return;
    }

  g_array_set_size (self->pending, self->pending->len + 1);
  pending = &g_array_index (self->pending, FocalJsonPendingLink, self->pending->len - 1);
  pending->source = source;
  pending->target = target;
  if (self->pending_ids != NULL)
    {
      pending->source_id = g_string_chunk_insert (self->pending_ids, source_id);
      pending->target_id = g_string_chunk_insert (self->pending_ids, target_id);
    }
  pending->kind = kind;
  pending->period = period;
  pending->owned_period = g_steal_pointer (owned_period);
  pending->cached = cached_period;
  pending->weight = weight;
  pending->data = *data;
  memset (data, 0, sizeof *data);
}

/* Links go straight into the graph's link table: no object per link. */
static void
focal_json_reader_add_link (FocalJsonReader     *self,
                            JsonObject          *object,
                            const char          *source_id,
                            FocalLinkKind        kind,
                            const char          *target_id,
                            FocalDate           *period,
                            FocalJsonCachedDate *cached_period,
                            double               weight,
                            FocalLinkData       *data)
{
  g_autoptr(GError) error = NULL;
  const char *member = NULL;
  guint source, target;

  if (_focal_graph_check_link (self->graph, source_id, kind, target_id, &source, &target, &error))
    {
      _focal_graph_append_link_interned (self->graph, source, kind, target,
                                         focal_json_reader_intern_period (self, period,
                                                                          cached_period),
                                         weight, data);
      return;
    }

  /* Ends of the wrong kind for the link's kind are the one refusal only
   * the graph knows the rules for; its message says which end. */
  if (g_error_matches (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND))
    member = strstr (error->message, "): source ") != NULL ? "source" : "target";

  focal_json_reader_report (self,
                            member != NULL
                              ? focal_json_reader_member_pos (self, object, member)
                              : focal_json_reader_container_pos (self, object),
                            member,
                            error->domain == FOCAL_ERROR ? error->code : FOCAL_ERROR_FAILED,
                            "%s", error->message);
}

static void
focal_json_reader_read_link (FocalJsonReader *self,
                             JsonObject      *object)
{
  g_auto(FocalLinkData) data = { NULL, };
  FocalDate *period = NULL;   /* the cache's, or owned_period */
  g_autoptr(FocalDate) owned_period = NULL;
  FocalJsonCachedDate *cached_period = NULL;
  guint n_present = 0;
  const char *source = NULL, *target = NULL;
  int kind = FOCAL_LINK_KIND_MEMBER_OF;
  double weight = 1.0;
  gboolean present = FALSE;
  gboolean ok;

  ok = focal_json_reader_id (self, object, "source", TRUE, &source);
  if (!self->stop)
    ok &= focal_json_reader_enum (self, object, "kind", FOCAL_TYPE_LINK_KIND, "link kind",
                                  TRUE, FOCAL_LINK_KIND_ANY, &kind, &present);
  if (!self->stop)
    ok &= focal_json_reader_id (self, object, "target", TRUE, &target);

  if (!self->stop)
    ok &= focal_json_reader_link_fields (self, object, &period, &owned_period, &cached_period,
                                         &weight, &data, &n_present);
  if (!ok || self->stop)
    return;

  if (g_str_equal (source, target))
    {
      focal_json_reader_report (self, focal_json_reader_member_pos (self, object, "target"),
                                "target", FOCAL_ERROR_INVALID_VALUE,
                                "a link cannot join \"%s\" to itself", source);
      return;
    }

  /* Source, kind and target, and the optional members read: when that is
   * every member, there is no unknown one to keep. */
  if (json_object_get_size (object) != 3 + n_present)
    data.unknown = focal_json_collect_extras (object, link_keys);

  if (self->pending != NULL)
    {
      focal_json_reader_defer_link (self, source, kind, target, period, &owned_period,
                                    cached_period, weight, &data);
      return;
    }

  /* Most links join two entities of the graph: only a refused one needs
   * the document-wide check, which says what is wrong where. */
  {
    guint source_node, target_node;

    if (_focal_graph_check_link (self->graph, source, kind, target, &source_node, &target_node,
                                 NULL))
      {
        _focal_graph_append_link_interned (self->graph, source_node, kind, target_node,
                                           focal_json_reader_intern_period (self, period,
                                                                            cached_period),
                                           weight, &data);
        return;
      }
  }

  if (!focal_json_reader_check_member_ref (self, object, "source", FOCAL_TYPE_ENTITY) ||
      !focal_json_reader_check_member_ref (self, object, "target", FOCAL_TYPE_ENTITY))
    return;

  focal_json_reader_add_link (self, object, source, kind, target, period, cached_period,
                              weight, &data);
}

/* Top level --------------------------------------------------------------- */

typedef void (*FocalJsonReadElement) (FocalJsonReader *self,
                                      JsonObject      *object,
                                      guint            index);

static void
focal_json_reader_read_link_element (FocalJsonReader *self,
                                     JsonObject      *object,
                                     guint            index)
{
  focal_json_reader_read_link (self, object);
}

static void
focal_json_reader_read_each (FocalJsonReader      *self,
                             JsonArray            *array,
                             const char           *name,
                             FocalJsonReadElement  read)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n && !self->stop; i++)
    {
      JsonObject *object;

      g_string_assign (self->path, "$");
      focal_json_reader_push_index (self, name, i);
      self->record_id = NULL;
      object = focal_json_reader_element_object (self, array, i);
      if (object != NULL)
        read (self, object, i);
    }

  self->record_id = NULL;
}

static const char * const top_keys[] = {
  "format", "title", "description", "as-of", "licence", "sources", "actors", "issues",
  "forums", "agreements", "events", "positions", "links", NULL
};

static gboolean
focal_json_reader_check_format (FocalJsonReader *self,
                                JsonObject      *root)
{
  JsonNode *node = focal_json_get (root, "format");
  const char *format;

  if (node == NULL)
    {
      g_string_append (self->path, ".format");
      focal_json_reader_report_fatal (self, focal_json_reader_container_pos (self, root),
                                      FOCAL_ERROR_MISSING_FIELD,
                                      "missing required member \"format\"; "
                                      "a focal/1 document starts with \"format\": \"focal/1\"");
      return FALSE;
    }

  g_string_append (self->path, ".format");
  if (!focal_json_holds_type (node, G_TYPE_STRING))
    {
      g_autofree char *got = focal_json_describe_node (node);

      focal_json_reader_report_fatal (self, focal_json_reader_member_pos (self, root, "format"),
                                      FOCAL_ERROR_WRONG_TYPE, "expected a string, got %s", got);
      return FALSE;
    }

  format = json_node_get_string (node);
  if (!g_str_equal (format, "focal/1"))
    {
      g_autofree char *escaped = g_strescape (format, NULL);

      focal_json_reader_report_fatal (self, focal_json_reader_member_pos (self, root, "format"),
                                      FOCAL_ERROR_UNSUPPORTED_VERSION,
                                      "unsupported format \"%s\": this library reads \"focal/1\"",
                                      escaped);
      return FALSE;
    }

  g_string_assign (self->path, "$");
  return TRUE;
}

static gboolean
focal_json_reader_check_entity_count (FocalJsonReader *self,
                                      JsonArray      **sections)
{
  guint64 total = 0;

  for (guint s = 0; s < G_N_ELEMENTS (entity_sections); s++)
    {
      guint n = sections[s] != NULL ? json_array_get_length (sections[s]) : 0;
      guint index;

      if (total + n <= self->options->max_entities)
        {
          total += n;
          continue;
        }

      index = (guint) (self->options->max_entities - total);
      focal_json_reader_push_index (self, entity_sections[s].name, index);
      focal_json_reader_report_fatal (self,
                                      focal_json_reader_element_pos (self, sections[s], index),
                                      FOCAL_ERROR_LIMIT_EXCEEDED,
                                      "more than %u entities, the maximum",
                                      self->options->max_entities);
      return FALSE;
    }

  return TRUE;
}

static void
focal_json_reader_read_metadata (FocalJsonReader  *self,
                                 JsonObject       *root,
                                 FocalJsonContent *content)
{
  const char *text;

  if (focal_json_reader_string (self, root, "title", FALSE, &text))
    content->title = g_strdup (text);
  if (!self->stop && focal_json_reader_string (self, root, "description", FALSE, &text))
    content->description = g_strdup (text);
  if (!self->stop)
    focal_json_reader_date (self, root, "as-of", &content->as_of);
  if (!self->stop && focal_json_reader_string (self, root, "licence", FALSE, &text))
    content->licence = g_strdup (text);
}

/* Everything but the links: the metadata, then the sources and entities
 * into the graph. Returns the links array when there is one to read. */
static JsonArray *
focal_json_reader_read_before_links (FocalJsonReader  *self,
                                     JsonObject       *root,
                                     FocalJsonContent *content)
{
  JsonArray *sections[G_N_ELEMENTS (entity_sections)] = { NULL, };
  JsonArray *sources = NULL, *links = NULL;
  guint bounds[G_N_ELEMENTS (entity_sections) + 1];

  /* The sections were read as they were parsed: only insertion is left. */
  if (self->sections_streamed)
    {
      for (guint s = 0; s < G_N_ELEMENTS (entity_sections) && !self->stop; s++)
        focal_json_reader_insert_section (self, self->section_bounds[s],
                                          self->section_bounds[s + 1]);
      return NULL;
    }

  if (!focal_json_reader_check_format (self, root))
    return NULL;

  for (guint s = 0; s < G_N_ELEMENTS (entity_sections) && !self->stop; s++)
    focal_json_reader_array (self, root, entity_sections[s].name, &sections[s]);
  if (self->stop || !focal_json_reader_check_entity_count (self, sections))
    return NULL;

  focal_json_reader_read_metadata (self, root, content);
  if (!self->stop)
    focal_json_reader_array (self, root, "sources", &sources);
  if (!self->stop && !self->streaming)
    focal_json_reader_array (self, root, "links", &links);

  focal_json_reader_read_each (self, sources, "sources", focal_json_reader_read_source);

  for (guint s = 0; s < G_N_ELEMENTS (entity_sections) && !self->stop; s++)
    {
      bounds[s] = self->records->len;
      if (sections[s] != NULL)
        focal_json_reader_read_section (self, sections[s], &entity_sections[s]);
    }
  bounds[G_N_ELEMENTS (entity_sections)] = self->records->len;

  for (guint s = 0; s < G_N_ELEMENTS (entity_sections) && !self->stop; s++)
    focal_json_reader_insert_section (self, bounds[s], bounds[s + 1]);

  return links;
}

static void
focal_json_reader_read_root (FocalJsonReader  *self,
                             JsonObject       *root,
                             FocalJsonContent *content)
{
  /* Streamed: all but the unknown members was read while parsing. */
  if (!self->streamed)
    {
      JsonArray *links = focal_json_reader_read_before_links (self, root, content);

      focal_json_reader_read_each (self, links, "links", focal_json_reader_read_link_element);
    }

  if (!self->stop)
    content->extras = focal_json_collect_extras (root, top_keys);
}

/* Streaming ---------------------------------------------------------------- */

/* Reading the entity sections as they are parsed ------------------------

   When the scan found the layout focal/1 documents are written in (every
   other member, then the entity sections in their usual order, each once
   and an array, then "links"), each record is read when json-glib
   finishes it, and its JSON goes at once, unless the record refers to
   other entities (a parent, members, an actor...): those references are
   checked when the sections are inserted, just before the links. A record
   that gave up its JSON and has a problem then is parsed again from its
   text (focal_json_reader_materialize). The DOM thus never holds more
   than one plain record: the memory json-glib takes for the sections
   (over 15 bytes for each byte of text) is not needed at once. */

/* Drops the positions of the containers that ended since @watermark
 * (a length of self->ended): those of a record or link just dropped. */
static void
focal_json_reader_forget_positions (FocalJsonReader *self,
                                    guint            watermark)
{
  for (guint k = watermark; k < self->ended->len; k++)
    g_hash_table_remove (self->starts, g_ptr_array_index (self->ended, k));
  g_ptr_array_set_size (self->ended, watermark);
  g_array_set_size (self->positions, watermark);
}

/* Gives @record a copy of its id, in the reader's string chunk, before its
 * JSON goes; the declared table then keys it by the copy. */
static void
focal_json_reader_own_id (FocalJsonReader *self,
                          FocalJsonRecord *record)
{
  if (record->id == NULL || record->owned_id != NULL)
    return;

  record->owned_id = g_string_chunk_insert (self->id_chunk, record->id);
  if (g_hash_table_lookup (self->declared, record->id) == record)
    g_hash_table_replace (self->declared, record->owned_id, record);
  record->id = record->owned_id;
}

/* What the reader does before the first record, as
 * focal_json_reader_read_before_links() does: format, metadata, sources. */
static void
focal_json_reader_begin_sections (FocalJsonReader *self)
{
  JsonArray *sources = NULL;

  self->sections_streamed = TRUE;
  self->streamed = TRUE;
  self->problems_before = self->problems->len;
  if (self->content->graph == NULL)
    self->content->graph = g_object_ref (self->graph);
  for (guint s = 0; s <= G_N_ELEMENTS (entity_sections); s++)
    self->section_bounds[s] = 0;

  if (!focal_json_reader_check_format (self, self->root_partial))
    return;
  focal_json_reader_read_metadata (self, self->root_partial, self->content);
  if (!self->stop)
    focal_json_reader_array (self, self->root_partial, "sources", &sources);
  focal_json_reader_read_each (self, sources, "sources", focal_json_reader_read_source);
  g_string_assign (self->path, "$");
}

static void
focal_json_reader_start_section (FocalJsonReader *self,
                                 guint            section)
{
  if (!self->sections_streamed)
    focal_json_reader_begin_sections (self);

  /* Sections come in order: the ones skipped are empty. */
  for (guint s = section; s <= G_N_ELEMENTS (entity_sections); s++)
    self->section_bounds[s] = self->records->len;
  self->section = section;
  self->section_array = NULL;
  self->section_watermark = self->positions->len;
}

static void
focal_json_reader_end_sections (FocalJsonReader *self)
{
  /* The sections after this one start where it ends, if they come. */
  for (int s = self->section + 1; self->section >= 0 && s <= (int) G_N_ELEMENTS (entity_sections); s++)
    self->section_bounds[s] = self->records->len;
  self->section = -1;
  self->section_array = NULL;
}

/* Whether a record of @type refers to other entities, so that its
 * references are checked at insertion. */
static gboolean
focal_json_has_refs (GType       type,
                     JsonObject *object)
{
  if (type == FOCAL_TYPE_ACTOR)
    return json_object_has_member (object, "parent");

  return type != FOCAL_TYPE_ISSUE;
}

/* Reads @record from its JSON, whose containers' positions are known, and
 * keeps the JSON only when the record refers to other entities. Returns
 * whether it was kept. */
static gboolean
focal_json_reader_read_placed_record (FocalJsonReader        *self,
                                      const FocalJsonSection *section,
                                      FocalJsonRecord        *record)
{
  gboolean keep;

  focal_json_reader_read_record (self, section, record);
  focal_json_reader_own_id (self, record);

  keep = record->item != NULL && focal_json_has_refs (record->type, record->object);
  if (keep)
    {
      json_object_ref (record->object);
      record->owns_object = TRUE;
    }
  else
    record->object = NULL;

  return keep;
}

/* The positions of a record kept stay, for its problems at insertion;
 * those of a record dropped go. */
static void
focal_json_reader_settle_positions (FocalJsonReader *self,
                                    gboolean         kept)
{
  if (kept)
    self->section_watermark = self->ended->len;
  else
    focal_json_reader_forget_positions (self, self->section_watermark);
}

/* The record json-glib just finished in the section being streamed. */
static void
focal_json_reader_section_element (FocalJsonReader *self,
                                   JsonArray       *array,
                                   guint            index)
{
  const FocalJsonSection *section = &entity_sections[self->section];
  guint last = json_array_get_length (array) - 1;
  JsonNode *node = json_array_get_element (array, last);
  gboolean keep = FALSE;

  if (!self->stop)
    {
      FocalJsonRecord *record = focal_json_reader_new_record (self, section, index);

      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          record->object = json_node_get_object (node);
          record->start = focal_json_reader_container_pos (self, record->object);
          keep = focal_json_reader_read_placed_record (self, section, record);
        }
      else
        {
          FocalJsonPos start = g_array_index (self->open, FocalJsonPos, self->open->len - 1);

          focal_json_reader_wrong_type (self,
                                        focal_json_reader_array_element_pos (self, start, index),
                                        NULL, node, "an object");
        }
      self->record_id = NULL;
    }

  focal_json_reader_settle_positions (self, keep);
  json_array_remove_element (array, last);
}

/* The links stream next, and every section before them was read: what
 * the reader still needs of those sections (the ids of the records and of
 * the sources) gets its own copies, and the sections' JSON goes, with the
 * positions of its containers. The memory json-glib used for them is then
 * reused for the links, instead of staying allocated until the end. */
static void
focal_json_reader_release_sections (FocalJsonReader *self,
                                    JsonObject      *root)
{
  GHashTable *sources = _focal_str_table_new (g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < self->records->len; i++)
    {
      FocalJsonRecord *record = g_ptr_array_index (self->records, i);

      if (record->owns_object)
        json_object_unref (record->object);
      record->owns_object = FALSE;
      record->object = NULL;
      focal_json_reader_own_id (self, record);
    }

  g_hash_table_iter_init (&iter, self->sources);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (sources, g_strdup (key), value);
  g_hash_table_unref (self->sources);
  self->sources = sources;
  self->record_id = NULL;

  g_hash_table_remove_all (self->starts);
  g_ptr_array_set_size (self->ended, 0);
  g_array_set_size (self->positions, 0);
  self->element_array = 0;

  for (guint s = 0; s < G_N_ELEMENTS (entity_sections); s++)
    {
      if (json_object_has_member (root, entity_sections[s].name))
        json_object_remove_member (root, entity_sections[s].name);
    }
  if (json_object_has_member (root, "sources"))
    json_object_remove_member (root, "sources");
}

/* The links array of the root starts, after every other member: @parser,
 * when json-glib is reading it. */
static void
focal_json_reader_start_links (FocalJsonReader *self,
                               JsonParser      *parser)
{
  focal_json_reader_end_sections (self);

  self->links_offset = G_MAXSIZE;
  if (parser != NULL)
    g_clear_signal_handler (&self->member_handler, parser);
  self->streaming = TRUE;
  self->streamed = TRUE;
  self->links_depth = self->open->len;
  /* The scan counted them: the link table grows once. */
  _focal_graph_reserve_links (self->graph, self->scan_links_count);
  if (!self->sections_streamed)
    self->problems_before = self->problems->len;
  if (self->content->graph == NULL)
    self->content->graph = g_object_ref (self->graph);
  focal_json_reader_read_before_links (self, self->root_partial, self->content);
  if (!self->stop)
    focal_json_reader_release_sections (self, self->root_partial);
  self->links_watermark = self->positions->len;

  /* json-glib was given the text up to here, closed: the links are read
   * in chunks now. */
  if (self->chunked && self->chunking != NULL && !self->stop)
    focal_json_reader_read_links_chunked (self);
  if (self->chunked)
    self->streaming = FALSE;
}

static void
focal_json_reader_array_start_cb (JsonParser      *parser,
                                  FocalJsonReader *self)
{
  FocalJsonPos pos;

  focal_json_reader_container_start_cb (parser, self);
  if (self->links_offset == G_MAXSIZE || self->open->len != 2)
    return;

  pos = g_array_index (self->open, FocalJsonPos, 1);
  if (self->stream_sections)
    {
      for (guint s = 0; s < G_N_ELEMENTS (entity_sections); s++)
        {
          if (self->scan_section_offsets[s] != pos.offset + 1)
            continue;
          /* A section before any other member (no "format" then): all of
           * them are read the tracked way, as streaming must start with
           * the first. */
          if (self->root_partial == NULL)
            {
              self->stream_sections = FALSE;
              /* json-glib was given the text up to here only. */
              if (self->sections_chunked)
                self->chunk_retry = TRUE;
            }
          else
            {
              self->section_start_pos[s] = pos;
              focal_json_reader_start_section (self, s);
              /* json-glib's text ends here: the sections and the links are
               * read in chunks once it is done (focal_json_reader_parse()). */
              if (self->sections_chunked && self->chunking == NULL && !self->stop)
                focal_json_reader_start_chunks (self);
            }
          return;
        }
    }
  if (pos.offset != self->links_offset || self->root_partial == NULL)
    return;
  focal_json_reader_start_links (self, parser);
}

static void
focal_json_reader_object_member_cb (JsonParser      *parser,
                                    JsonObject      *object,
                                    const char      *name,
                                    FocalJsonReader *self)
{
  /* Only the root is wanted: the first member it completes names it, and
   * the handler goes, since json-glib's signals cost nothing unheard. */
  if (self->open->len == 1)
    {
      self->root_partial = object;
      g_clear_signal_handler (&self->member_handler, parser);
    }
}

static void
focal_json_reader_read_link_node (FocalJsonReader *self,
                                  JsonNode        *node,
                                  guint            index)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    focal_json_reader_read_link (self, json_node_get_object (node));
  else
    {
      FocalJsonPos start = g_array_index (self->open, FocalJsonPos, self->links_depth - 1);

      focal_json_reader_wrong_type (self,
                                    focal_json_reader_array_element_pos (self, start, index),
                                    NULL, node, "an object");
    }
}

/* A link parsed again on its own: json-glib's positions in its text are
 * moved to where the text is in the document. */
typedef struct
{
  FocalJsonReader *reader;
  FocalJsonPos     base;        /* of the link's first character */
  const char      *text;        /* the link's text */
  gsize            length;
  gsize            line_offset; /* in @text, of the line the cursor is on */
  guint            line;        /* 1-based, in @text */
} FocalJsonRereading;

static void
focal_json_rereading_start_cb (JsonParser         *parser,
                               FocalJsonRereading *rereading)
{
  guint line = json_parser_get_current_line (parser);
  guint column = json_parser_get_current_pos (parser);
  FocalJsonPos pos;

  focal_json_advance_lines (rereading->text, rereading->length, line, &rereading->line,
                            &rereading->line_offset);

  column = column > 0 ? column : 1;
  if (rereading->line == 1)
    {
      pos.line = rereading->base.line;
      pos.column = rereading->base.column + column - 1;
      pos.offset = rereading->base.offset + column - 1;
    }
  else
    {
      pos.line = rereading->base.line + rereading->line - 1;
      pos.column = column;
      pos.offset = rereading->base.offset + rereading->line_offset + column - 1;
    }
  pos.offset = MIN (pos.offset, rereading->reader->length > 0 ? rereading->reader->length - 1 : 0);

  g_array_append_val (rereading->reader->open, pos);
}

static void
focal_json_rereading_end_cb (JsonParser         *parser,
                             gpointer            container,
                             FocalJsonRereading *rereading)
{
  focal_json_reader_container_end (rereading->reader, container);
}

/* Parses the value at @base again, recording the positions of its
 * containers where they are in the document; NULL if json-glib fails,
 * which it does not on text it read before. */
static JsonNode *
focal_json_reader_parse_at (FocalJsonReader *self,
                            FocalJsonPos     base)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  FocalJsonRereading rereading = { self, };
  guint depth = self->open->len;
  gsize end = focal_json_skip_value (self->text, self->length, base.offset);
  JsonNode *root = NULL;

  rereading.base = base;
  rereading.text = self->text + base.offset;
  rereading.length = end - base.offset;
  rereading.line = 1;

  g_signal_connect (parser, "object-start", G_CALLBACK (focal_json_rereading_start_cb),
                    &rereading);
  g_signal_connect (parser, "array-start", G_CALLBACK (focal_json_rereading_start_cb),
                    &rereading);
  g_signal_connect (parser, "object-end", G_CALLBACK (focal_json_rereading_end_cb),
                    &rereading);
  g_signal_connect (parser, "array-end", G_CALLBACK (focal_json_rereading_end_cb),
                    &rereading);

  if (json_parser_load_from_data (parser, rereading.text, rereading.length, NULL) &&
      json_parser_get_root (parser) != NULL)
    root = json_node_ref (json_parser_get_root (parser));
  g_array_set_size (self->open, depth);

  return root;
}

/* Where element @index of the array whose '[' is at @array starts, found
 * from the last element located to be read again, when it is in the same
 * array and not after it: locating elements in order costs O(size of the
 * array). The cursor that reported positions use is left as it was. */
static FocalJsonPos
focal_json_reader_locate_element (FocalJsonReader *self,
                                  FocalJsonPos     array,
                                  guint            index)
{
  gsize saved_array = self->element_array;
  guint saved_index = self->element_index;
  FocalJsonPos saved_pos = self->element_pos;
  FocalJsonPos pos;

  self->element_array = self->locate_array;
  self->element_index = self->locate_index;
  self->element_pos = self->locate_pos;
  pos = focal_json_reader_array_element_pos (self, array, index);
  self->locate_array = self->element_array;
  self->locate_index = self->element_index;
  self->locate_pos = self->element_pos;
  self->element_array = saved_array;
  self->element_index = saved_index;
  self->element_pos = saved_pos;

  return pos;
}

/* Link @index failed its probe: it is parsed again from the text, with
 * the positions of its containers, and read again to report. Links are
 * located in order from the last one located, so that locating all the
 * links that fail costs O(size of the links array). */
static void
focal_json_reader_reread_link (FocalJsonReader *self,
                               guint            index)
{
  FocalJsonPos array_start = g_array_index (self->open, FocalJsonPos, self->links_depth - 1);
  FocalJsonPos base = focal_json_reader_locate_element (self, array_start, index);
  JsonNode *root;

  g_string_assign (self->path, "$");
  focal_json_reader_push_index (self, "links", index);
  root = focal_json_reader_parse_at (self, base);
  if (root == NULL)
    {
      focal_json_reader_report (self, base, NULL, FOCAL_ERROR_PARSE,
                                "this link could not be read again from the text");
      return;
    }

  focal_json_reader_read_link_node (self, root, index);
  json_node_unref (root);
}

/* A record that gave up its JSON is about to be reported on: it is parsed
 * again from its text, with the positions of its containers. */
static void
focal_json_reader_materialize (FocalJsonReader *self,
                               FocalJsonRecord *record)
{
  g_autoptr(JsonNode) root = NULL;

  if (record->object != NULL && !record->unplaced)
    return;

  if (record->unplaced)
    record->start = focal_json_reader_locate_record (self, record);
  root = focal_json_reader_parse_at (self, record->start);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;   /* json-glib read this very text as this object before */

  if (record->owns_object)
    json_object_unref (record->object);
  record->object = json_object_ref (json_node_get_object (root));
  record->owns_object = TRUE;
  record->unplaced = FALSE;
}

/* Reads the link json-glib just finished, then drops it and the positions
 * of its containers. */
static void
focal_json_reader_array_element_cb (JsonParser      *parser,
                                    JsonArray       *array,
                                    guint            index,
                                    FocalJsonReader *self)
{
  guint last;
  JsonNode *node;

  if (self->section >= 0 && self->open->len == 2)
    {
      if (self->section_array == NULL)
        self->section_array = array;
      if (array == self->section_array)
        focal_json_reader_section_element (self, array, index);
      return;
    }
  if (!self->streaming || self->open->len != self->links_depth)
    return;
  if (self->links_array == NULL)
    self->links_array = array;
  if (array != self->links_array)
    return;

  last = json_array_get_length (array) - 1;
  node = json_array_get_element (array, last);
  if (!self->stop)
    {
      self->record_id = NULL;
      if (self->lazy)
        {
          /* A probe reports nothing, so it needs no path. */
          self->probing = TRUE;
          if (JSON_NODE_HOLDS_OBJECT (node))
            focal_json_reader_read_link (self, json_node_get_object (node));
          else
            self->probe_failed = TRUE;
          self->probing = FALSE;
          if (self->probe_failed)
            {
              self->probe_failed = FALSE;
              self->stop = FALSE;
              focal_json_reader_reread_link (self, index);
            }
        }
      else
        {
          g_string_assign (self->path, "$");
          focal_json_reader_push_index (self, "links", index);
          focal_json_reader_read_link_node (self, node, index);
        }
      self->record_id = NULL;
    }

  focal_json_reader_forget_positions (self, self->links_watermark);
  json_array_remove_element (array, last);

  /* From the second link on, positions are only worked out for links
   * that have a problem. */
  if (!self->lazy && self->streaming)
    {
      self->lazy = TRUE;
      /* Disconnected rather than blocked: json-glib's signals cost
       * nothing without handlers. */
      for (guint i = 0; i < G_N_ELEMENTS (self->container_handlers); i++)
        g_clear_signal_handler (&self->container_handlers[i], parser);
    }
}

/* json-glib failed after the links were streamed: like any parse error,
 * it is the only problem reported. */
static void
focal_json_reader_forget_streamed (FocalJsonReader *self)
{
  if (!self->streamed)
    return;

  g_ptr_array_set_size (self->problems, self->problems_before);
  g_clear_error (&self->error);
  self->stop = FALSE;
  self->streaming = FALSE;
  self->lazy = FALSE;
}

/* Reading the sections and the links in chunks -----------------------------

   A large document is read on several threads. The first scan notes where
   every batch of each entity section and of the links array starts (the
   comma before it; a chunk of chunk_records records or chunk_links links
   is FOCAL_JSON_CHUNK_BATCHES batches) and where each array ends. json-glib is given the document up to the first section's '['
   (or, when only the links are read in chunks, the links array's),
   closed with "]}", which reads everything before as usual. Each chunk is
   read by whichever thread takes it next, each thread with its own
   JsonParser and date and attribute caches: its text is parsed a batch
   of items at a time (the scan notes the comma before each batch), as a
   small array of its own, with no signal handlers, and the batch's records
   or links are then read as probes into pending records and rows. (A
   handler on json-glib's signals costs more on every value, and GObject
   takes one lock for every thread's emissions; parsing a whole chunk
   before reading it spills json-glib's values out of GSlice's
   per-thread caches.) The caller's thread takes the sections'
   chunks first and the other threads the links' (so that the entities,
   which the graph keeps, are made on the caller's thread). The caller's
   thread declares the records, then inserts the entities and appends the
   links' rows, in document order; a record or link whose probe failed is
   read again from the document text, with positions, to report it
   exactly as the usual reading does.

   The other threads start once the sources are read (with the first
   section), or as soon as the scan is done when only the links are in
   chunks. Until the entities are all in the graph, the links' rows keep
   the ids of their ends, which the caller's thread resolves when it
   appends them, and a link with citations (which name sources) is left
   for the caller's thread to read again; from then on, the rows are
   resolved where they are read.

   A chunk json-glib refuses, or one with another number of items than
   the scan counted, makes the whole document be read again the usual way,
   so that malformed JSON is reported by json-glib on the whole text. */

/* Links per chunk, batches per chunk (json-glib parses one batch at a
 * time: 64 links, 16 records), and the fewest links read in chunks; the
 * fewest entities read in chunks (of a quarter as many records). */
#define FOCAL_JSON_CHUNK_LINKS       4096
#define FOCAL_JSON_CHUNK_BATCHES     64
#define FOCAL_JSON_CHUNK_MIN_LINKS   (8 * FOCAL_JSON_CHUNK_LINKS)
#define FOCAL_JSON_CHUNK_MIN_RECORDS (2 * FOCAL_JSON_CHUNK_LINKS)

/* A record read in a chunk, waiting to be declared in document order. */
typedef struct
{
  FocalEntity *item;     /* NULL when its probe failed: it is read again to report */
  JsonObject  *object;   /* kept for its references, without positions */
} FocalJsonPendingRecord;

static void
focal_json_pending_record_clear (gpointer data)
{
  FocalJsonPendingRecord *pending = data;

  g_clear_object (&pending->item);
  g_clear_pointer (&pending->object, json_object_unref);
}

typedef struct
{
  int     section;   /* its entity section, or -1 for links */
  guint   first;     /* index of its first link or record */
  guint   n_items;   /* links or records, as the scan counted them */
  gsize   start;     /* its text, between the commas around it */
  gsize   end;
  const gsize *marks; /* the commas between its batches, of the scan's marks */
  guint   per_batch; /* items per batch, the last one's aside */
  GArray *pending;   /* FocalJsonPendingLink */
  GStringChunk *ids; /* the ends' ids of rows read before the entities were in */
  GArray *records;   /* of a section: FocalJsonPendingRecord */
  gboolean ready;    /* parsed: under the lock */
  gboolean refused;  /* json-glib failed on it, or counted otherwise */
} FocalJsonChunk;

typedef struct _FocalJsonChunking FocalJsonChunking;

/* A thread's reader of chunks: a copy of the document's reader with caches
 * of its own. */
typedef struct
{
  FocalJsonReader    reader;
  FocalJsonChunking *chunking;
  FocalJsonChunk    *chunk;
  JsonParser        *parser;
  GString           *text;      /* of the batch being parsed */
} FocalJsonChunkReader;

struct _FocalJsonChunking
{
  FocalJsonReader      *reader;
  FocalJsonChunk       *chunks;
  guint                 n_chunks;
  int                   next;      /* atomic: the next section chunk to take */
  int                   next_link; /* atomic: the next link chunk to take */
  guint                 first_link; /* the first link chunk */
  int                   cancel;    /* atomic */
  int                   resolvable; /* atomic: the entities are in the graph */
  guint                 section_end[6]; /* the chunk after each section's last */
  guint                 done;      /* chunks appended */
  GPtrArray            *threads;
  GMutex                lock;
  GCond                 cond;
  FocalJsonChunkReader *readers;   /* [0] the caller's, then the workers' */
  guint                 n_readers;
};

/* Reads a record in a chunk, as a probe: everything the record alone
 * tells. Whether its id is taken is for the caller's thread to say. */
static void
focal_json_chunk_read_record (FocalJsonReader        *reader,
                              const FocalJsonSection *section,
                              JsonNode               *node,
                              GArray                 *records)
{
  FocalJsonPendingRecord pending = { NULL, NULL };
  g_autoptr(FocalEntity) entity = NULL;
  JsonObject *object;
  const char *id = NULL;
  gboolean ok;

  reader->stop = FALSE;
  reader->probe_failed = FALSE;
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      object = json_node_get_object (node);
      ok = focal_json_reader_id (reader, object, "id", TRUE, &id);
      if (!reader->stop)
        ok &= section->read (reader, object, id != NULL ? id : "?", &entity);
      if (ok && !reader->probe_failed && entity != NULL)
        {
          pending.item = g_steal_pointer (&entity);
          if (focal_json_has_refs (section->get_type (), object))
            pending.object = json_object_ref (object);
        }
    }
  g_array_append_val (records, pending);
}

/* Reads item @index of the chunk being parsed, in @node. */
static void
focal_json_chunk_read_item (FocalJsonChunkReader *chunk_reader,
                            JsonNode             *node,
                            guint                 index)
{
  FocalJsonReader *reader = &chunk_reader->reader;
  FocalJsonChunk *chunk = chunk_reader->chunk;
  guint before = reader->pending->len;

  if (chunk->section >= 0)
    focal_json_chunk_read_record (reader, &entity_sections[chunk->section], node,
                                  chunk->records);
  else
    {
      reader->stop = FALSE;
      reader->probe_failed = FALSE;
      /* Citations name sources, which the caller's thread may still be
       * adding: such a link is read there. */
      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (reader->pending_ids == NULL ||
           !json_object_has_member (json_node_get_object (node), "citations")))
        focal_json_reader_read_link (reader, json_node_get_object (node));
      else
        reader->probe_failed = TRUE;

      if (reader->probe_failed || reader->pending->len == before)
        {
          g_array_set_size (reader->pending, before + 1);
          g_array_index (reader->pending, FocalJsonPendingLink, before).failed = TRUE;
        }
      g_array_index (reader->pending, FocalJsonPendingLink, before).index = chunk->first + index;
    }
}

static void
focal_json_chunk_reader_init (FocalJsonChunkReader *chunk_reader,
                              FocalJsonChunking    *chunking)
{
  FocalJsonReader *reader = &chunk_reader->reader;

  /* Probes read the shared parts (options, text, graph, sources)
   * without changing them, and report nothing. */
  *reader = *chunking->reader;
  reader->path = g_string_new ("$");
  reader->problems = NULL;
  reader->error = NULL;
  reader->stop = FALSE;
  reader->probing = TRUE;
  reader->probe_failed = FALSE;
  reader->record_id = NULL;
  focal_json_reader_init_caches (reader);

  chunk_reader->chunking = chunking;
  /* No handlers: a handler makes each of json-glib's signals cost more,
   * and every thread's signal emissions share GObject's lock. */
  chunk_reader->parser = json_parser_new ();
  chunk_reader->text = g_string_new (NULL);
}

static void
focal_json_chunk_reader_clear (FocalJsonChunkReader *chunk_reader)
{
  FocalJsonReader *reader = &chunk_reader->reader;

  g_string_free (reader->path, TRUE);
  focal_json_reader_clear_caches (reader);
  g_clear_object (&chunk_reader->parser);
  g_string_free (chunk_reader->text, TRUE);
}

/* Parses the batch of the chunk being parsed that starts with item @first
 * and its text, from @start to @end, and reads its items; FALSE when
 * json-glib refuses it or finds another number of items than the scan. */
static gboolean
focal_json_chunk_reader_parse_batch (FocalJsonChunkReader *chunk_reader,
                                     guint                 first,
                                     gsize                 start,
                                     gsize                 end)
{
  FocalJsonReader *reader = &chunk_reader->reader;
  FocalJsonChunk *chunk = chunk_reader->chunk;
  guint n_items = MIN (chunk->per_batch, chunk->n_items - first);
  JsonArray *array;

  g_string_truncate (chunk_reader->text, 0);
  g_string_append_c (chunk_reader->text, '[');
  g_string_append_len (chunk_reader->text, reader->text + start, end - start);
  g_string_append_c (chunk_reader->text, ']');
  if (!json_parser_load_from_data (chunk_reader->parser, chunk_reader->text->str,
                                   chunk_reader->text->len, NULL))
    return FALSE;

  array = json_node_get_array (json_parser_get_root (chunk_reader->parser));
  if (json_array_get_length (array) != n_items)
    return FALSE;
  for (guint i = 0; i < n_items && g_atomic_int_get (&chunk_reader->chunking->cancel) == 0; i++)
    focal_json_chunk_read_item (chunk_reader, json_array_get_element (array, i), first + i);

  return TRUE;
}

/* Parses chunk @index into its pending rows or records, a batch of items
 * at a time: json-glib then holds a batch's values at most, and its
 * allocations stay in the thread's own caches of GSlice. */
static void
focal_json_chunk_reader_parse (FocalJsonChunkReader *chunk_reader,
                               guint                 index)
{
  FocalJsonChunking *chunking = chunk_reader->chunking;
  FocalJsonChunk *chunk = &chunking->chunks[index];
  FocalJsonReader *reader = &chunk_reader->reader;
  guint n_batches = (chunk->n_items + chunk->per_batch - 1) / chunk->per_batch;
  gboolean parsed = TRUE;

  if (chunk->section >= 0)
    {
      chunk->records = g_array_sized_new (FALSE, TRUE, sizeof (FocalJsonPendingRecord),
                                          chunk->n_items);
      g_array_set_clear_func (chunk->records, focal_json_pending_record_clear);
    }
  chunk->pending = g_array_sized_new (FALSE, TRUE, sizeof (FocalJsonPendingLink),
                                      chunk->section >= 0 ? 0 : chunk->n_items);
  g_array_set_clear_func (chunk->pending, focal_json_pending_link_clear);
  reader->pending = chunk->pending;
  reader->pending_ids = NULL;
  if (g_atomic_int_get (&chunking->resolvable) == 0)
    reader->pending_ids = chunk->ids = g_string_chunk_new (16 * chunk->n_items);
  else
    reader->sources = chunking->reader->sources;   /* the final table */
  chunk_reader->chunk = chunk;

  for (guint b = 0; b < n_batches && parsed; b++)
    parsed = focal_json_chunk_reader_parse_batch (chunk_reader, b * chunk->per_batch,
                                                  b == 0 ? chunk->start : chunk->marks[b - 1] + 1,
                                                  b + 1 < n_batches ? chunk->marks[b] : chunk->end);
  reader->pending = NULL;
  reader->pending_ids = NULL;
  chunk_reader->chunk = NULL;

  g_mutex_lock (&chunking->lock);
  chunk->refused = !parsed || (g_atomic_int_get (&chunking->cancel) == 0 &&
                               (chunk->section >= 0 ? chunk->records->len
                                                    : chunk->pending->len) != chunk->n_items);
  chunk->ready = TRUE;
  g_cond_broadcast (&chunking->cond);
  g_mutex_unlock (&chunking->lock);
}

/* Takes the next chunk no thread took yet; FALSE when none is left. */
static gboolean
focal_json_chunk_reader_take (FocalJsonChunkReader *chunk_reader)
{
  FocalJsonChunking *chunking = chunk_reader->chunking;
  /* The calling thread takes the sections' chunks first, the others the
   * links': the entities are then made on the calling thread, where what
   * the graph keeps is not scattered between what another thread's malloc
   * arena freed. */
  gboolean links_first = chunk_reader != &chunking->readers[0];
  guint index = G_MAXUINT;

  if (g_atomic_int_get (&chunking->cancel) != 0)
    return FALSE;
  for (guint pass = 0; pass < 2 && index == G_MAXUINT; pass++)
    {
      gboolean links = (pass == 0) == links_first;
      guint taken = (guint) g_atomic_int_add (links ? &chunking->next_link : &chunking->next, 1);

      if (links ? taken < chunking->n_chunks - chunking->first_link
                : taken < chunking->first_link)
        index = links ? chunking->first_link + taken : taken;
    }
  if (index == G_MAXUINT)
    return FALSE;

  focal_json_chunk_reader_parse (chunk_reader, index);
  return TRUE;
}

static gpointer
focal_json_chunk_worker (gpointer data)
{
  FocalJsonChunkReader *chunk_reader = data;

  while (focal_json_chunk_reader_take (chunk_reader))
    ;

  return NULL;
}

/* Appends chunk @chunk's rows to the graph, in order; a link whose probe
 * failed is read again from the document, and reported. */
static void
focal_json_reader_commit_chunk (FocalJsonReader *self,
                                FocalJsonChunk  *chunk)
{
  for (guint i = 0; i < chunk->pending->len && !self->stop; i++)
    {
      FocalJsonPendingLink *pending = &g_array_index (chunk->pending, FocalJsonPendingLink, i);

      if (pending->failed ||
          (pending->source_id != NULL &&
           !_focal_graph_check_link (self->graph, pending->source_id, pending->kind,
                                     pending->target_id, &pending->source, &pending->target,
                                     NULL)))
        {
          focal_json_reader_reread_link (self, pending->index);
          continue;
        }

      /* Links with equal attributes share one block across chunks too. */
      pending->data.attributes = _focal_link_attributes_intern (self->attribute_blocks,
                                                                pending->data.attributes);
      _focal_graph_append_link_interned (self->graph, pending->source, pending->kind,
                                         pending->target,
                                         focal_json_reader_intern_period (self, pending->period,
                                                                          pending->cached),
                                         pending->weight, &pending->data);
    }
}

static void
focal_json_chunk_clear (FocalJsonChunk *chunk)
{
  g_clear_pointer (&chunk->pending, g_array_unref);
  g_clear_pointer (&chunk->ids, g_string_chunk_free);
  g_clear_pointer (&chunk->records, g_array_unref);
}

/* Where record @record (read in a chunk) starts. */
static FocalJsonPos
focal_json_reader_locate_record (FocalJsonReader *self,
                                 FocalJsonRecord *record)
{
  for (guint k = 0; k < G_N_ELEMENTS (entity_sections); k++)
    if (entity_sections[k].name == record->section)
      return focal_json_reader_locate_element (self, self->section_start_pos[k], record->index);

  g_assert_not_reached ();
}

/* Declares the records of a section's chunk in document order. A record
 * whose probe failed, or whose id was taken, is parsed again from the
 * text, with positions, and read again to report, as the records of
 * sections read as they are parsed are. */
static void
focal_json_reader_commit_records (FocalJsonReader *self,
                                  FocalJsonChunk  *chunk)
{
  const FocalJsonSection *section = &entity_sections[chunk->section];

  for (guint i = 0; i < chunk->records->len && !self->stop; i++)
    {
      FocalJsonPendingRecord *pending = &g_array_index (chunk->records, FocalJsonPendingRecord, i);
      FocalJsonRecord *record = focal_json_reader_new_record (self, section, chunk->first + i);
      const char *id = pending->item != NULL ? focal_entity_get_id (pending->item) : NULL;

      if (id != NULL && g_hash_table_lookup (self->declared, id) == NULL)
        {
          record->id = record->owned_id = g_string_chunk_insert (self->id_chunk, id);
          g_hash_table_insert (self->declared, record->owned_id, record);
          record->item = g_steal_pointer (&pending->item);
          record->done = FALSE;
          record->unplaced = TRUE;
          if (pending->object != NULL)
            {
              record->object = g_steal_pointer (&pending->object);
              record->owns_object = TRUE;
            }
        }
      else
        {
          g_autoptr(JsonNode) root = NULL;
          gboolean keep = FALSE;

          record->start = focal_json_reader_locate_record (self, record);
          root = focal_json_reader_parse_at (self, record->start);
          if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
            {
              record->object = json_node_get_object (root);
              keep = focal_json_reader_read_placed_record (self, section, record);
            }
          else if (root != NULL)
            focal_json_reader_wrong_type (self, record->start, NULL, root, "an object");
          else
            focal_json_reader_report (self, record->start, NULL, FOCAL_ERROR_PARSE,
                                      "this record could not be read again from the text");
          self->record_id = NULL;
          focal_json_reader_settle_positions (self, keep);
        }
    }
}

/* Adds the chunks of an array of @n_items items, from its '[' at @open to
 * its ']' at @close, with @marks the commas the scan noted before each
 * batch but the first. */
static void
focal_json_chunking_add (FocalJsonChunking *chunking,
                         GArray            *chunks,
                         int                section,
                         guint              n_items,
                         guint              per_chunk,
                         guint              per_batch,
                         gsize              open,
                         GArray            *marks,
                         gsize              close)
{
  guint n_chunks = (n_items + per_chunk - 1) / per_chunk;
  guint batches = per_chunk / per_batch;   /* in each chunk but the last */

  for (guint k = 0; k < n_chunks; k++)
    {
      FocalJsonChunk chunk = { section, };

      chunk.first = k * per_chunk;
      chunk.n_items = MIN (per_chunk, n_items - chunk.first);
      chunk.start = k == 0 ? open + 1 : g_array_index (marks, gsize, k * batches - 1) + 1;
      chunk.end = k + 1 < n_chunks ? g_array_index (marks, gsize, (k + 1) * batches - 1) : close;
      chunk.marks = &g_array_index (marks, gsize, k * batches);
      chunk.per_batch = per_batch;
      g_array_append_val (chunks, chunk);
    }
}

/* Plans the chunks, the sections' then the links', and starts the other
 * threads on them: before json-glib reads the document, or once the
 * sources are read when the sections are read in chunks. */
static void
focal_json_reader_start_chunks (FocalJsonReader *self)
{
  FocalJsonChunking *chunking = g_new0 (FocalJsonChunking, 1);
  GArray *chunks = g_array_new (FALSE, TRUE, sizeof (FocalJsonChunk));

  self->chunking = chunking;
  chunking->reader = self;
  for (guint k = 0; k < G_N_ELEMENTS (entity_sections); k++)
    {
      if (self->sections_chunked && self->scan_section_offsets[k] != 0)
        focal_json_chunking_add (chunking, chunks, k, self->scan_section_count[k],
                                 self->chunk_records, self->batch_records,
                                 self->scan_section_offsets[k] - 1,
                                 self->scan_section_marks[k], self->scan_section_close[k]);
      chunking->section_end[k] = chunks->len;
    }
  chunking->first_link = chunks->len;
  if (self->chunked)
    focal_json_chunking_add (chunking, chunks, -1, self->scan_links_count, self->chunk_links,
                             self->batch_links, self->scan_links_offset, self->scan_link_marks,
                             self->scan_links_close);
  chunking->n_chunks = chunks->len;
  chunking->chunks = (FocalJsonChunk *) (gpointer) g_array_free (chunks, FALSE);
  g_mutex_init (&chunking->lock);
  g_cond_init (&chunking->cond);

  chunking->n_readers = 1 + self->chunk_workers;
  chunking->readers = g_new0 (FocalJsonChunkReader, chunking->n_readers);
  for (guint r = 0; r < chunking->n_readers; r++)
    focal_json_chunk_reader_init (&chunking->readers[r], chunking);
  chunking->threads = g_ptr_array_new ();
  for (guint r = 1; r < chunking->n_readers; r++)
    {
      GThread *thread = g_thread_try_new ("focal-chunks", focal_json_chunk_worker,
                                          &chunking->readers[r], NULL);

      /* Without a thread, the caller's reads every chunk. */
      if (thread != NULL)
        g_ptr_array_add (chunking->threads, thread);
    }
}

/* Appends the chunks up to @until in order, from the caller's thread,
 * which parses chunks itself while the next one to append is not ready. */
static void
focal_json_reader_run_chunks (FocalJsonReader *self,
                              guint            until)
{
  FocalJsonChunking *chunking = self->chunking;

  while (chunking->done < until && !self->stop)
    {
      FocalJsonChunk *chunk = &chunking->chunks[chunking->done];
      gboolean ready;

      g_mutex_lock (&chunking->lock);
      ready = chunk->ready;
      g_mutex_unlock (&chunking->lock);
      if (!ready && focal_json_chunk_reader_take (&chunking->readers[0]))
        continue;

      g_mutex_lock (&chunking->lock);
      while (!chunk->ready)
        g_cond_wait (&chunking->cond, &chunking->lock);
      g_mutex_unlock (&chunking->lock);

      if (chunk->refused)
        {
          self->chunk_retry = TRUE;
          self->stop = TRUE;
          break;
        }
      if (chunk->section >= 0)
        focal_json_reader_commit_records (self, chunk);
      else
        focal_json_reader_commit_chunk (self, chunk);
      focal_json_chunk_clear (chunk);
      chunking->done++;
    }
}

/* Reads the links array in chunks, from the links array's start callback,
 * once the entities are in the graph: self->open holds the root's and the
 * array's positions, as for links read as they are parsed. */
static void
focal_json_reader_read_links_chunked (FocalJsonReader *self)
{
  g_atomic_int_set (&self->chunking->resolvable, 1);
  focal_json_reader_run_chunks (self, self->chunking->n_chunks);
}

/* The position of @offset, found from the earlier @from. */
static FocalJsonPos
focal_json_reader_pos_at (FocalJsonReader *self,
                          FocalJsonPos     from,
                          gsize            offset)
{
  const char *p = self->text + from.offset;
  const char *end = self->text + offset;
  const char *line_start = NULL;
  FocalJsonPos pos = from;

  while ((p = memchr (p, '\n', end - p)) != NULL)
    {
      pos.line++;
      line_start = ++p;
    }
  pos.column = line_start != NULL ? (guint) (end - line_start) + 1
                                  : from.column + (guint) (offset - from.offset);
  pos.offset = offset;

  return pos;
}

/* json-glib read the document up to its first section: the sections are
 * declared from their chunks, in order, then the links are read. The
 * positions of the sections' and the links' '[' are worked out from the
 * first section's. */
static void
focal_json_reader_read_rest_chunked (FocalJsonReader *self)
{
  FocalJsonPos at = { 0, 0, 0 };
  gboolean first = TRUE;
  FocalJsonPos root = { 0, 1, 1 };

  for (guint k = 0; k < G_N_ELEMENTS (entity_sections) && !self->stop; k++)
    {
      if (self->scan_section_offsets[k] == 0)
        continue;
      if (first)
        at = self->section_start_pos[k];
      else
        self->section_start_pos[k] = at = focal_json_reader_pos_at (self, at,
                                                                    self->scan_section_offsets[k] - 1);
      first = FALSE;
      focal_json_reader_start_section (self, k);
      focal_json_reader_run_chunks (self, self->chunking->section_end[k]);
      focal_json_reader_end_sections (self);
    }
  if (self->stop)
    return;

  /* As when json-glib starts the links array: the root's position and the
   * array's are open. */
  root = focal_json_reader_pos_at (self, root, focal_json_skip_space (self->text, self->length, 0));
  g_array_set_size (self->open, 0);
  g_array_append_val (self->open, root);
  at = focal_json_reader_pos_at (self, at, self->scan_links_offset);
  g_array_append_val (self->open, at);
  focal_json_reader_start_links (self, NULL);
  g_array_set_size (self->open, 0);
}

/* Stops the other threads, whether or not the links were read, and frees
 * the chunks. */
static void
focal_json_reader_finish_chunks (FocalJsonReader *self)
{
  FocalJsonChunking *chunking = g_steal_pointer (&self->chunking);

  if (chunking == NULL)
    return;

  g_atomic_int_set (&chunking->cancel, 1);
  for (guint t = 0; t < chunking->threads->len; t++)
    g_thread_join (g_ptr_array_index (chunking->threads, t));
  g_ptr_array_unref (chunking->threads);

  for (guint k = 0; k < chunking->n_chunks; k++)
    focal_json_chunk_clear (&chunking->chunks[k]);
  for (guint r = 0; r < chunking->n_readers; r++)
    focal_json_chunk_reader_clear (&chunking->readers[r]);
  g_free (chunking->readers);
  g_free (chunking->chunks);
  g_mutex_clear (&chunking->lock);
  g_cond_clear (&chunking->cond);
  g_free (chunking);

#ifdef HAVE_MALLOC_TRIM
  /* The other threads' allocations came from malloc arenas of their own,
   * where what they freed is scattered between what the graph keeps (a
   * few MB at a million links): it goes back to the system. */
  malloc_trim (0);
#endif
}

/* Limits and parsing ------------------------------------------------------ */

typedef struct
{
  gboolean is_array;
  gboolean expect_key;
  guint    index;
  gsize    key_offset;
  gsize    key_length;
  gboolean nonempty;   /* some value was seen in it */
  gboolean section;    /* an entity section's array */
  int      section_index;
  gboolean links;      /* the links array */
} FocalJsonFrame;

typedef enum
{
  FOCAL_JSON_SCAN_OK,
  FOCAL_JSON_SCAN_LIMIT,     /* a limit: report it, json-glib must not see the text */
  FOCAL_JSON_SCAN_SYNTAX,    /* text json-glib would accept although it is not JSON */
  FOCAL_JSON_SCAN_TRAILING,  /* a second value after the document, which json-glib ignores */
  FOCAL_JSON_SCAN_UNSAFE,    /* text json-glib mishandles (bad \u escapes, on which it
                              * leaks): report it, json-glib must not see the text */
} FocalJsonScanResult;

typedef struct
{
  FocalJsonPos  pos;
  FocalError    code;
  char         *path;
  char         *what;
} FocalJsonViolation;

typedef struct
{
  FocalJsonReader    *reader;
  GArray             *frames;
  FocalJsonPos        pos;
  gsize               line_start;
  FocalJsonViolation *violation;
} FocalJsonScanner;

static void
focal_json_frames_to_path (FocalJsonReader *self,
                           GArray          *frames,
                           GString         *path)
{
  g_string_assign (path, "$");
  for (guint i = 0; i < frames->len; i++)
    {
      FocalJsonFrame *frame = &g_array_index (frames, FocalJsonFrame, i);

      if (frame->is_array)
        g_string_append_printf (path, "[%u]", frame->index);
      else if (!frame->expect_key && frame->key_length > 0)
        focal_json_append_member (path, self->text + frame->key_offset, frame->key_length);
    }
}

static FocalJsonScanResult G_GNUC_PRINTF (5, 6)
focal_json_scanner_violation (FocalJsonScanner    *scanner,
                              gsize                offset,
                              FocalJsonScanResult  result,
                              FocalError           code,
                              const char          *format,
                              ...)
{
  FocalJsonViolation *violation = scanner->violation;
  GString *path = g_string_new (NULL);
  va_list args;

  violation->pos.offset = offset;
  violation->pos.line = scanner->pos.line;
  violation->pos.column = offset - scanner->line_start + 1;
  violation->code = code;
  focal_json_frames_to_path (scanner->reader, scanner->frames, path);
  violation->path = g_string_free (path, FALSE);

  va_start (args, format);
  violation->what = g_strdup_vprintf (format, args);
  va_end (args);

  return result;
}

/* Checks the UTF-8 sequence at @offset; returns its length, or 0 when it
 * is not valid. */
static gsize
focal_json_scanner_utf8 (FocalJsonScanner *scanner,
                         gsize             offset)
{
  const char *text = scanner->reader->text;
  gsize length = scanner->reader->length;
  gunichar c;

  if ((guchar) text[offset] < 0x80)
    return 1;

  c = g_utf8_get_char_validated (text + offset, length - offset);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return 0;

  return g_utf8_next_char (text + offset) - (text + offset);
}

/* Checks the \uXXXX escape at @offset (a backslash): four hex digits, not
 * U+0000 (libfocal strings end at a nul), and surrogates only as a high
 * one followed by an escaped low one. Returns the length of the escape, 6
 * or 12 for a pair, or 0 with @problem set. */
static gsize
focal_json_scanner_unicode_escape (const char  *text,
                                   gsize        length,
                                   gsize        offset,
                                   const char **problem)
{
  gunichar unit = 0, low = 0;

  for (guint k = 2; k < 6; k++)
    {
      if (offset + k >= length || !g_ascii_isxdigit (text[offset + k]))
        {
          *problem = "\\u needs four hexadecimal digits";
          return 0;
        }
      unit = unit * 16 + g_ascii_xdigit_value (text[offset + k]);
    }

  if (unit == 0)
    {
      *problem = "\\u0000 is not allowed in a string";
      return 0;
    }
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    {
      *problem = "a low surrogate \\u escape without a high one before it";
      return 0;
    }
  if (unit < 0xD800 || unit > 0xDBFF)
    return 6;

  if (offset + 7 >= length || text[offset + 6] != '\\' || text[offset + 7] != 'u')
    {
      *problem = "a high surrogate \\u escape without a low one after it";
      return 0;
    }
  for (guint k = 8; k < 12; k++)
    {
      if (offset + k >= length || !g_ascii_isxdigit (text[offset + k]))
        {
          *problem = "\\u needs four hexadecimal digits";
          return 0;
        }
      low = low * 16 + g_ascii_xdigit_value (text[offset + k]);
    }
  if (low < 0xDC00 || low > 0xDFFF)
    {
      *problem = "a high surrogate \\u escape without a low one after it";
      return 0;
    }

  return 12;
}

/* The high bit of each byte of @word (eight bytes of text) that is a
 * quote, a backslash, a control character or not ASCII: what a string's
 * scan must look at. (x - ones) & ~x & highs flags the bytes of x that
 * are zero, and with ones * 0x20 for ones, those below 0x20; the flags
 * above the first are not exact, as a borrow runs up from it, but the
 * first is. */
static inline guint64
focal_json_word_special (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 quote = word ^ (ones * '"');
  guint64 backslash = word ^ (ones * '\\');

  return (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) |
          ((word - ones * 0x20) & ~word) | word) & highs;
}

static FocalJsonScanResult
focal_json_scanner_string (FocalJsonScanner *scanner,
                           gsize            *offset)
{
  const FocalJsonReadOptions *options = scanner->reader->options;
  const char *text = scanner->reader->text;
  gsize length = scanner->reader->length;
  gsize start = *offset;
  gsize i = start + 1;
  gsize size = 0;

  while (i < length)
    {
      guchar c;
      gsize step;

      /* Plain ASCII, most of any text, eight bytes at a time; in little
       * endian order, the first flagged byte is the lowest. */
      while (i + 8 <= length)
        {
          guint64 word, special;

          memcpy (&word, text + i, sizeof word);
          special = focal_json_word_special (word);
          if (special == 0)
            {
              i += 8;
              size += 8;
              continue;
            }
#if defined (__GNUC__)
          if (G_BYTE_ORDER == G_LITTLE_ENDIAN)
            {
              guint plain = __builtin_ctzll (special) / 8;

              i += plain;
              size += plain;
            }
#endif
          break;
        }
      if (i >= length || text[i] == '"')
        break;

      c = text[i];
      /* Plain ASCII: one byte, nothing to check. */
      if (c >= 0x20 && c < 0x80 && c != '\\')
        {
          i++;
          size++;
          continue;
        }

      if (c < 0x20)
        return focal_json_scanner_violation (scanner, i, FOCAL_JSON_SCAN_SYNTAX, FOCAL_ERROR_PARSE,
                                             "malformed JSON: the control character U+%04X must "
                                             "be escaped in a string", c);

      if (c == '\\')
        {
          char next = i + 1 < length ? text[i + 1] : '\0';

          if (next == '\0' || strchr ("\"\\/bfnrtu", next) == NULL)
            return focal_json_scanner_violation (scanner, i, FOCAL_JSON_SCAN_SYNTAX,
                                                 FOCAL_ERROR_PARSE,
                                                 "malformed JSON: \"\\%c\" is not a valid escape",
                                                 g_ascii_isprint (next) ? next : '?');

          if (next == 'u')
            {
              const char *problem = NULL;

              /* json-glib lets malformed \u escapes and lone surrogates
               * through as text that is not UTF-8, and leaks on some. */
              step = focal_json_scanner_unicode_escape (text, length, i, &problem);
              if (step == 0)
                return focal_json_scanner_violation (scanner, i, FOCAL_JSON_SCAN_UNSAFE,
                                                     FOCAL_ERROR_PARSE,
                                                     "malformed JSON: %s", problem);
              /* An escape counts as the bytes it stands for: up to three
               * for \uXXXX, four for a surrogate pair. */
              size += step == 12 ? 4 : 3;
            }
          else
            {
              step = 2;
              size += 1;
            }
        }
      else
        {
          step = focal_json_scanner_utf8 (scanner, i);
          if (step == 0)
            return focal_json_scanner_violation (scanner, i, FOCAL_JSON_SCAN_SYNTAX,
                                                 FOCAL_ERROR_PARSE,
                                                 "malformed JSON: the text is not valid UTF-8");
          size += step;
        }
      i += step;
    }

  if (size > options->max_string_length)
    return focal_json_scanner_violation (scanner, start, FOCAL_JSON_SCAN_LIMIT,
                                         FOCAL_ERROR_LIMIT_EXCEEDED,
                                         "a string of %" G_GSIZE_FORMAT " bytes, longer than "
                                         "the maximum of %u",
                                         size, options->max_string_length);

  *offset = MIN (i, length - 1);
  return FOCAL_JSON_SCAN_OK;
}

/* Numbers in forms that json-glib reads although JSON does not allow
 * them: leading zeros, hexadecimal, a bare decimal point. Other malformed
 * numbers json-glib reports itself. */
static FocalJsonScanResult
focal_json_scanner_number (FocalJsonScanner *scanner,
                           gsize            *offset)
{
  const char *text = scanner->reader->text;
  gsize length = scanner->reader->length;
  gsize start = *offset;
  gsize end = start;
  gsize digits;
  const char *problem = NULL;
  g_autofree char *token = NULL;

  while (end < length && (g_ascii_isalnum (text[end]) || strchr ("+-.", text[end]) != NULL))
    end++;

  digits = start + (text[start] == '-' ? 1 : 0);
  if (digits + 1 < end && text[digits] == '0' && (text[digits + 1] == 'x' || text[digits + 1] == 'X'))
    problem = "hexadecimal numbers are not allowed";
  else if (digits + 1 < end && text[digits] == '0' && g_ascii_isdigit (text[digits + 1]))
    problem = "leading zeros are not allowed";
  else if (digits < end && text[digits] == '.')
    problem = "a decimal point needs a digit before it";
  else
    {
      for (gsize i = digits; i < end && problem == NULL; i++)
        {
          if (text[i] == '.' && (i + 1 >= end || !g_ascii_isdigit (text[i + 1])))
            problem = "a decimal point needs a digit after it";
        }
    }

  *offset = end - 1;
  if (problem == NULL)
    return FOCAL_JSON_SCAN_OK;

  token = g_strndup (text + start, MIN (end - start, 32));
  return focal_json_scanner_violation (scanner, start, FOCAL_JSON_SCAN_SYNTAX, FOCAL_ERROR_PARSE,
                                       "malformed JSON: invalid number \"%s\": %s", token, problem);
}

/* Notes a member of the root: the links can be streamed when "links" is
 * there once, as the last member, after some other. A key written with
 * escapes might read "links" too: then nothing is streamed. */
/* Follows the top keys for focal_json_reader_stream_sections(). */
static void
focal_json_scanner_layout (FocalJsonReader *self,
                           gsize            start,
                           gsize            length,
                           gboolean         is_links)
{
  g_autofree char *key = g_strndup (self->text + start, length);
  int section = -1;

  if (self->scan_keys == NULL)
    {
      self->scan_keys = _focal_str_table_new (g_free, NULL);
      self->scan_last_section = -1;
    }
  if (!g_hash_table_add (self->scan_keys, g_strdup (key)))
    self->scan_layout_bad = TRUE;

  for (guint s = 0; s < G_N_ELEMENTS (entity_sections); s++)
    {
      if (strcmp (key, entity_sections[s].name) == 0)
        section = s;
    }
  self->scan_current_section = section;

  if (section >= 0)
    {
      if (section <= self->scan_last_section)
        self->scan_layout_bad = TRUE;
      self->scan_last_section = section;
    }
  else if (!is_links && self->scan_last_section >= 0)
    self->scan_layout_bad = TRUE;   /* another key after a section */
}

static void
focal_json_scanner_top_key (FocalJsonReader *self,
                            gsize            start,
                            gsize            length)
{
  gboolean is_links = length == 5 && memcmp (self->text + start, "links", 5) == 0;

  self->scan_top_keys++;
  if (is_links)
    self->scan_links_keys++;
  focal_json_scanner_layout (self, start, length, is_links);
  if (memchr (self->text + start, '\\', length) != NULL)
    self->scan_escaped_key = TRUE;
  self->scan_last_is_links = is_links;
}

/* Scans the raw text before json-glib does, for what it must not see
 * (nesting deeper than the limit, which its recursive parser would follow,
 * and strings longer than the limit) and for text that is not JSON but
 * that json-glib reads anyway. With @stop_line it only works out the JSON
 * path at that line and column, into the reader's path. */
static FocalJsonScanResult
focal_json_reader_scan (FocalJsonReader    *self,
                        guint               stop_line,
                        guint               stop_column,
                        FocalJsonViolation *violation)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, TRUE, sizeof (FocalJsonFrame));
  FocalJsonViolation ignored = { { 0, }, };
  FocalJsonScanner scanner = { self, frames, { 0, 1, 1 }, 0, violation != NULL ? violation : &ignored };
  const char *text = self->text;
  gboolean seen_root = FALSE;

  for (gsize i = 0; i < self->length; i++)
    {
      FocalJsonFrame *top = frames->len > 0
                            ? &g_array_index (frames, FocalJsonFrame, frames->len - 1) : NULL;
      FocalJsonScanResult result = FOCAL_JSON_SCAN_OK;
      char c = text[i];

      scanner.pos.offset = i;
      scanner.pos.column = i - scanner.line_start + 1;
      if (stop_line > 0 && (scanner.pos.line > stop_line ||
                            (scanner.pos.line == stop_line && scanner.pos.column >= stop_column)))
        break;

      if (c == '\n')
        {
          scanner.pos.line++;
          scanner.line_start = i + 1;
          continue;
        }
      if (c == ' ' || c == '\t' || c == '\r')
        continue;
      if (top != NULL && c != ']' && c != '}' && c != ',')
        top->nonempty = TRUE;

      if (seen_root && frames->len == 0)
        {
          gsize end = i + 1;
          g_autofree char *raw = NULL;
          g_autofree char *token = NULL;

          /* Name the word that follows, or its first character. */
          while (g_ascii_isalnum (c) && end < self->length && end - i < 24 &&
                 g_ascii_isalnum (text[end]))
            end++;
          raw = g_strndup (text + i, end - i);
          token = g_utf8_validate (raw, -1, NULL) ? g_strescape (raw, NULL) : g_strdup ("?");
          result = focal_json_scanner_violation (&scanner, i, FOCAL_JSON_SCAN_TRAILING,
                                                 FOCAL_ERROR_PARSE,
                                                 "malformed JSON: unexpected text \"%s\" after "
                                                 "the end of the document", token);
        }
      else if (c == '"')
        {
          gsize start = i + 1;

          result = focal_json_scanner_string (&scanner, &i);
          if (result == FOCAL_JSON_SCAN_OK && top != NULL && !top->is_array && top->expect_key)
            {
              top->key_offset = start;
              /* A key left open by the end of the text ends before it
               * starts when its quote is the last byte. */
              top->key_length = i >= start ? i - start : 0;
              top->expect_key = FALSE;
              if (frames->len == 1 && stop_line == 0)
                focal_json_scanner_top_key (self, start, top->key_length);
            }
        }
      else if (c == '{' || c == '[')
        {
          FocalJsonFrame frame = { c == '[', c == '{', 0, 0, 0, FALSE, FALSE, -1, FALSE };

          if (c == '[' && frames->len == 1 && stop_line == 0 && self->scan_last_is_links)
            {
              self->scan_links_offset = i;
              frame.links = TRUE;
            }
          if (c == '[' && frames->len == 1 && stop_line == 0 && top->key_length > 0 &&
              self->scan_current_section >= 0)
            {
              frame.section = TRUE;
              frame.section_index = self->scan_current_section;
              self->scan_section_offsets[self->scan_current_section] = i + 1;
            }

          if (frames->len + 1 > self->options->max_depth)
            result = focal_json_scanner_violation (&scanner, i, FOCAL_JSON_SCAN_LIMIT,
                                                   FOCAL_ERROR_LIMIT_EXCEEDED,
                                                   "nesting deeper than the maximum depth of %u",
                                                   self->options->max_depth);
          g_array_append_val (frames, frame);
          seen_root = TRUE;
        }
      else if ((c == '}' || c == ']') && frames->len > 0)
        {
          if (top->section)
            {
              self->scan_entity_count += top->index + (top->nonempty ? 1 : 0);
              self->scan_section_count[top->section_index] = top->index + (top->nonempty ? 1 : 0);
              self->scan_section_close[top->section_index] = i;
            }
          if (top->links)
            {
              self->scan_links_count = top->index + (top->nonempty ? 1 : 0);
              self->scan_links_close = i;
            }
          g_array_set_size (frames, frames->len - 1);
        }
      else if (c == ',' && top != NULL)
        {
          if (top->is_array)
            {
              guint per_batch = top->links ? self->batch_links
                                : top->section ? self->batch_records : 0;

              top->index++;
              /* Where the batches (and so the chunks) of the links array
               * and of the sections start. */
              if (per_batch > 0 && top->index % per_batch == 0)
                {
                  gsize comma = i;

                  g_array_append_val (top->links ? self->scan_link_marks
                                                 : self->scan_section_marks[top->section_index],
                                      comma);
                }
            }
          else
            top->expect_key = TRUE;
        }
      else if (c == '/')
        result = focal_json_scanner_violation (&scanner, i, FOCAL_JSON_SCAN_SYNTAX,
                                               FOCAL_ERROR_PARSE,
                                               "malformed JSON: comments are not allowed");
      else if (c == '\'')
        result = focal_json_scanner_violation (&scanner, i, FOCAL_JSON_SCAN_SYNTAX,
                                               FOCAL_ERROR_PARSE,
                                               "malformed JSON: strings are written in double "
                                               "quotes");
      else if (c == '-' || c == '.' || g_ascii_isdigit (c))
        result = focal_json_scanner_number (&scanner, &i);
      else if (g_ascii_isalpha (c))
        {
          /* A literal (true, false, null) or a bare word json-glib will
           * report: skip it whole. */
          while (i + 1 < self->length && g_ascii_isalnum (text[i + 1]))
            i++;
        }
      else
        {
          gsize step = focal_json_scanner_utf8 (&scanner, i);

          if (step == 0)
            result = focal_json_scanner_violation (&scanner, i, FOCAL_JSON_SCAN_SYNTAX,
                                                   FOCAL_ERROR_PARSE,
                                                   "malformed JSON: the text is not valid UTF-8");
          else
            i += step - 1;
        }

      /* A whole value at the top level: anything after it is trailing. */
      if (result == FOCAL_JSON_SCAN_OK && frames->len == 0 && c != '}' && c != ']')
        seen_root = TRUE;

      if (result != FOCAL_JSON_SCAN_OK && stop_line == 0)
        return result;
      if (result != FOCAL_JSON_SCAN_OK)
        {
          g_clear_pointer (&ignored.path, g_free);
          g_clear_pointer (&ignored.what, g_free);
        }
    }

  if (stop_line > 0)
    focal_json_frames_to_path (self, frames, self->path);

  return FOCAL_JSON_SCAN_OK;
}

/* Where json-glib says it failed, as a position in the text. */
static gboolean
focal_json_reader_parse_error_pos (FocalJsonReader *self,
                                   GError          *error,
                                   FocalJsonPos    *pos,
                                   const char     **what)
{
  gsize line_start = 0;
  int consumed = 0;

  if (sscanf (error->message, "<data>:%u:%u: %n", &pos->line, &pos->column, &consumed) != 2 ||
      consumed == 0)
    return FALSE;

  *what = error->message + consumed;
  for (guint line = 1; line < pos->line && line_start < self->length; line++)
    {
      const char *newline = memchr (self->text + line_start, '\n', self->length - line_start);

      if (newline == NULL)
        break;
      line_start = newline - self->text + 1;
    }
  pos->offset = line_start + (pos->column > 0 ? pos->column - 1 : 0);

  return TRUE;
}

/* The offset of the last character before @offset that is not white
 * space. */
static gsize
focal_json_previous_token_end (FocalJsonReader *self,
                               gsize            offset)
{
  while (offset > 0 && strchr (" \t\r\n", self->text[offset - 1]) != NULL)
    offset--;

  return offset > 0 ? offset - 1 : 0;
}

static void
focal_json_reader_parse_error (FocalJsonReader *self,
                               GError          *error)
{
  FocalJsonPos pos = { 0, 0, 0 };
  const char *what = error->message;
  g_autofree char *valid = NULL;

  if (focal_json_reader_parse_error_pos (self, error, &pos, &what))
    focal_json_reader_scan (self, pos.line, pos.column, NULL);

  if (g_str_has_prefix (what, "Parse error: "))
    what += strlen ("Parse error: ");

  /* json-glib quotes the text it stopped in, and may cut it in the middle
   * of a character: messages must stay UTF-8. */
  valid = g_utf8_make_valid (what, -1);
  focal_json_reader_report_fatal (self, pos, FOCAL_ERROR_PARSE, "malformed JSON: %s", valid);
}

static void
focal_json_reader_report_violation (FocalJsonReader    *self,
                                    FocalJsonViolation *violation)
{
  g_string_assign (self->path, violation->path);
  focal_json_reader_report_fatal (self, violation->pos, violation->code, "%s", violation->what);
}

/* Whether the links array, which the scan found as the last member of
 * the root, is read in chunks; it must be followed by the root's end and
 * nothing else, as json-glib is not given that text. */
static gboolean
focal_json_reader_plan_chunks (FocalJsonReader *self,
                               gboolean         any_size)
{
  guint n_batches;
  gsize end;

  if (self->chunk_links == 0 ||
      (!any_size && (self->scan_links_count == 0 ||
                     (!self->chunk_forced &&
                      self->scan_links_count < FOCAL_JSON_CHUNK_MIN_LINKS))))
    return FALSE;

  n_batches = (self->scan_links_count + self->batch_links - 1) / self->batch_links;
  if (self->scan_link_marks->len + 1 < n_batches || self->scan_links_close <= self->links_offset ||
      self->scan_links_close >= self->length || self->text[self->scan_links_close] != ']')
    return FALSE;

  end = focal_json_skip_space (self->text, self->length, self->scan_links_close + 1);
  if (end >= self->length || self->text[end] != '}')
    return FALSE;

  return focal_json_skip_space (self->text, self->length, end + 1) == self->length;
}

/* Whether the text from the ']' at @close to the '[' at @open is
 * `, "key": ` with white space. */
static gboolean
focal_json_reader_glue (FocalJsonReader *self,
                        gsize            close,
                        gsize            open)
{
  gsize i = focal_json_skip_space (self->text, self->length, close + 1);

  if (i >= open || self->text[i] != ',')
    return FALSE;
  i = focal_json_skip_space (self->text, self->length, i + 1);
  if (i >= open || self->text[i] != '"')
    return FALSE;
  i = focal_json_skip_string (self->text, self->length, i);
  i = focal_json_skip_space (self->text, self->length, i);
  if (i >= open || self->text[i] != ':')
    return FALSE;

  return focal_json_skip_space (self->text, self->length, i + 1) == open;
}

/* Whether the entity sections, which the scan found in the layout they are
 * streamed in, are read in chunks. */
static gboolean
focal_json_reader_plan_section_chunks (FocalJsonReader *self)
{
  gsize previous = G_MAXSIZE;

  if (self->chunk_records == 0 || self->scan_entity_count == 0 ||
      (!self->chunk_forced && self->scan_entity_count < FOCAL_JSON_CHUNK_MIN_RECORDS))
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (entity_sections); k++)
    {
      guint n_batches = (self->scan_section_count[k] + self->batch_records - 1) /
                        self->batch_records;

      if (self->scan_section_offsets[k] == 0)
        continue;
      if (self->scan_section_marks[k]->len + 1 < n_batches ||
          self->scan_section_close[k] < self->scan_section_offsets[k] ||
          self->scan_section_close[k] >= self->length ||
          self->text[self->scan_section_close[k]] != ']' ||
          self->links_offset == G_MAXSIZE || self->scan_section_close[k] > self->links_offset)
        return FALSE;
      if (previous != G_MAXSIZE && !focal_json_reader_glue (self, previous,
                                                            self->scan_section_offsets[k] - 1))
        return FALSE;
      previous = self->scan_section_close[k];
    }

  /* json-glib does not see the text from the first section on: what is
   * between the sections and the links must be a key and punctuation. */
  return previous == G_MAXSIZE || focal_json_reader_glue (self, previous, self->links_offset);
}

static JsonNode *
focal_json_reader_parse (FocalJsonReader *self,
                         JsonParser      *parser)
{
  g_autoptr(GError) error = NULL;
  FocalJsonViolation violation = { { 0, }, };
  FocalJsonScanResult scan;
  FocalJsonPos start = { 0, 1, 1 };
  FocalJsonPos failed;
  const char *what;
  JsonNode *root;

  scan = focal_json_reader_scan (self, 0, 0, &violation);
  if (scan == FOCAL_JSON_SCAN_LIMIT || scan == FOCAL_JSON_SCAN_UNSAFE)
    {
      focal_json_reader_report_violation (self, &violation);
      goto out;
    }

  self->links_offset = G_MAXSIZE;
  if (scan == FOCAL_JSON_SCAN_OK && self->content != NULL && self->scan_links_keys == 1 &&
      self->scan_last_is_links && !self->scan_escaped_key && self->scan_top_keys > 1 &&
      self->scan_links_offset > 0)
    self->links_offset = self->scan_links_offset;
  self->section = -1;
  self->stream_sections = self->links_offset != G_MAXSIZE && !self->scan_layout_bad &&
                          self->scan_last_section >= 0 &&
                          self->scan_entity_count <= self->options->max_entities;

  /* Entity sections are read in chunks with the links, the links alone
   * when the layout is another. */
  self->sections_chunked = self->stream_sections && focal_json_reader_plan_section_chunks (self) &&
                           focal_json_reader_plan_chunks (self, TRUE);
  self->chunked = self->links_offset != G_MAXSIZE &&
                  (self->sections_chunked || focal_json_reader_plan_chunks (self, FALSE));

  focal_json_reader_connect_containers (self, parser);
  if (self->links_offset != G_MAXSIZE)
    self->member_handler = g_signal_connect (parser, "object-member",
                                             G_CALLBACK (focal_json_reader_object_member_cb),
                                             self);
  g_signal_connect (parser, "array-element",
                    G_CALLBACK (focal_json_reader_array_element_cb), self);
  g_signal_connect (parser, "array-end", G_CALLBACK (focal_json_reader_array_end_cb), self);

  /* json-glib only gets the text before what the scan refused: it would
   * read a second value after the document (and leak it), and past a
   * refused character it may reach text it mishandles (bad \u escapes,
   * on which it leaks). Of its own errors, one clearly before the scan's
   * wins. */
  if (self->chunked)
    {
      /* json-glib gets the text up to the '[' of the first section read in
       * chunks, or else of the links, closed. */
      gsize prefix = self->links_offset + 1;
      g_autofree char *text = NULL;
      gboolean parsed;

      for (guint k = 0; self->sections_chunked && k < G_N_ELEMENTS (entity_sections); k++)
        if (self->scan_section_offsets[k] != 0)
          prefix = MIN (prefix, self->scan_section_offsets[k]);
      text = g_malloc (prefix + 2);
      memcpy (text, self->text, prefix);
      memcpy (text + prefix, "]}", 2);
      /* The sections' chunks need the sources first: they start with the
       * first section. */
      if (!self->sections_chunked)
        focal_json_reader_start_chunks (self);
      parsed = json_parser_load_from_data (parser, text, prefix + 2, NULL);
      if (parsed && self->sections_chunked && !self->chunk_retry)
        {
          if (self->chunking != NULL)
            focal_json_reader_read_rest_chunked (self);
          else if (!self->sections_streamed)
            self->chunk_retry = TRUE;   /* never reached the sections: not expected */
        }
      focal_json_reader_finish_chunks (self);
      if (!parsed || self->chunk_retry)
        {
          /* Malformed JSON is left to json-glib on the whole text. */
          self->chunk_retry = TRUE;
          goto out;
        }
    }
  else if (!json_parser_load_from_data (parser, self->text,
                                        scan == FOCAL_JSON_SCAN_OK ? self->length
                                                                   : violation.pos.offset,
                                        &error))
    {
      /* json-glib may stumble on the text the scan found one token
       * early (at the comma before a comment), and gives no position for
       * text that is not UTF-8: its error only wins when it is clearly
       * before the scan's. */
      if (scan == FOCAL_JSON_SCAN_OK || scan == FOCAL_JSON_SCAN_TRAILING ||
          (focal_json_reader_parse_error_pos (self, error, &failed, &what) &&
           failed.offset < focal_json_previous_token_end (self, violation.pos.offset)))
        {
          focal_json_reader_forget_streamed (self);
          focal_json_reader_parse_error (self, error);
          goto out;
        }
    }

  if (scan != FOCAL_JSON_SCAN_OK)
    {
      focal_json_reader_report_violation (self, &violation);
      goto out;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      focal_json_reader_report_fatal (self, start, FOCAL_ERROR_PARSE,
                                      "malformed JSON: the document is empty");
      goto out;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_autofree char *got = focal_json_describe_node (root);

      start = focal_json_reader_pos_after (self, start,
                                           focal_json_skip_space (self->text, self->length, 0));
      if (JSON_NODE_HOLDS_ARRAY (root))
        start = focal_json_reader_container_pos (self, json_node_get_array (root));
      focal_json_reader_report_fatal (self, start, FOCAL_ERROR_WRONG_TYPE,
                                      "expected an object, got %s", got);
      goto out;
    }

  return root;

out:
  g_free (violation.path);
  g_free (violation.what);
  return NULL;
}

static void
focal_json_record_free (gpointer data)
{
  FocalJsonRecord *record = data;

  g_clear_object (&record->item);
  if (record->owns_object)
    json_object_unref (record->object);
  /* The record itself and its owned id are in blocks. */
}

void
_focal_json_content_clear (FocalJsonContent *content)
{
  g_clear_object (&content->graph);
  g_clear_pointer (&content->title, g_free);
  g_clear_pointer (&content->description, g_free);
  g_clear_pointer (&content->as_of, focal_date_unref);
  g_clear_pointer (&content->licence, g_free);
  g_clear_pointer (&content->extras, json_object_unref);
}

/* How the links are read in chunks: FOCAL_JSON_CHUNK_LINKS (links per
 * chunk; 0 for none), for tests, reads every links array in chunks with at
 * least one other thread; otherwise large ones are, when there are
 * several processors. A chunk is parsed in FOCAL_JSON_CHUNK_BATCHES
 * batches (fewer for chunks of fewer items), which makes a chunk a whole
 * number of batches. */
static void
focal_json_reader_set_chunking (FocalJsonReader *self,
                                gboolean         allowed)
{
  const char *forced = g_getenv ("FOCAL_JSON_CHUNK_LINKS");
  guint processors = g_get_num_processors ();

  self->chunk_links = 0;
  self->chunk_workers = CLAMP (processors, 2, 4) - 1;
  if (!allowed)
    return;

  if (forced != NULL && forced[0] != '\0')
    {
      guint64 links = g_ascii_strtoull (forced, NULL, 10);

      self->chunk_forced = TRUE;
      self->chunk_links = (guint) MIN (links, G_MAXUINT32);
    }
  else if (processors >= 2)
    self->chunk_links = FOCAL_JSON_CHUNK_LINKS;
  /* Records are larger than links. */
  self->chunk_records = self->chunk_links > 0 ? MAX (self->chunk_links / 4, 1) : 0;

  if (self->chunk_links == 0)
    return;
  self->batch_links = MAX (self->chunk_links / FOCAL_JSON_CHUNK_BATCHES, 1);
  self->chunk_links -= self->chunk_links % self->batch_links;
  self->batch_records = MAX (self->chunk_records / FOCAL_JSON_CHUNK_BATCHES, 1);
  self->chunk_records -= self->chunk_records % self->batch_records;
}

static gboolean
focal_json_read_once (const char                 *data,
                      gsize                       length,
                      const FocalJsonReadOptions *options,
                      FocalJsonContent           *content,
                      GPtrArray                  *problems,
                      gboolean                    chunks_allowed,
                      gboolean                   *retry,
                      GError                    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  FocalJsonReader self = { 0, };
  FocalJsonPos start = { 0, 1, 1 };
  JsonNode *root;
  gboolean ok;

  g_assert (content->graph == NULL);

  self.text = data;
  self.length = length;
  self.options = options;
  self.starts = g_hash_table_new (NULL, NULL);
  self.positions = g_array_new (FALSE, FALSE, sizeof (FocalJsonPos));
  self.open = g_array_new (FALSE, FALSE, sizeof (FocalJsonPos));
  self.cursor_line = 1;
  self.path = g_string_new ("$");
  self.problems = problems;
  self.graph = focal_graph_new ();
  _focal_graph_begin_bulk (self.graph);
  self.declared = _focal_str_table_new (NULL, NULL);
  self.sources = _focal_str_table_new (NULL, NULL);
  self.records = g_ptr_array_new_with_free_func (focal_json_record_free);
  self.record_blocks = g_ptr_array_new_with_free_func (g_free);
  self.id_chunk = g_string_chunk_new (64 * 1024);
  self.ended = g_ptr_array_new ();
  focal_json_reader_init_caches (&self);
  self.content = content;
  self.links_offset = G_MAXSIZE;
  self.scan_link_marks = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint k = 0; k < G_N_ELEMENTS (self.scan_section_marks); k++)
    self.scan_section_marks[k] = g_array_new (FALSE, FALSE, sizeof (gsize));
  focal_json_reader_set_chunking (&self, chunks_allowed);

  if (length > options->max_size)
    focal_json_reader_report_fatal (&self, start, FOCAL_ERROR_LIMIT_EXCEEDED,
                                    "the document is larger than the maximum size of %"
                                    G_GUINT64_FORMAT " bytes", options->max_size);
  else
    {
      parser = json_parser_new ();
      root = focal_json_reader_parse (&self, parser);
      if (root != NULL)
        {
          if (content->graph == NULL)
            content->graph = g_object_ref (self.graph);
          focal_json_reader_read_root (&self, json_node_get_object (root), content);
        }
    }

  *retry = self.chunk_retry;
  ok = self.error == NULL && !self.chunk_retry;
  _focal_graph_end_bulk (self.graph);
  if (ok)
    _focal_graph_trim (self.graph);
  if (!ok)
    {
      _focal_json_content_clear (content);
      if (self.error != NULL && !self.chunk_retry)
        g_propagate_error (error, g_steal_pointer (&self.error));
      g_clear_error (&self.error);
    }

  g_hash_table_unref (self.starts);
  g_array_unref (self.positions);
  g_array_unref (self.open);
  g_string_free (self.path, TRUE);
  g_object_unref (self.graph);
  g_hash_table_unref (self.declared);
  g_hash_table_unref (self.sources);
  g_ptr_array_unref (self.records);
  g_ptr_array_unref (self.record_blocks);
  g_string_chunk_free (self.id_chunk);
  g_ptr_array_unref (self.ended);
  focal_json_reader_clear_caches (&self);
  g_clear_pointer (&self.scan_keys, g_hash_table_unref);
  g_array_unref (self.scan_link_marks);
  for (guint k = 0; k < G_N_ELEMENTS (self.scan_section_marks); k++)
    g_array_unref (self.scan_section_marks[k]);

  return ok;
}

gboolean
_focal_json_read (const char                 *data,
                  gsize                       length,
                  const FocalJsonReadOptions *options,
                  FocalJsonContent           *content,
                  GPtrArray                  *problems,
                  GError                    **error)
{
  guint reported = problems->len;
  gboolean retry = FALSE;
  gboolean ok;

  ok = focal_json_read_once (data, length, options, content, problems, TRUE, &retry, error);
  if (retry)
    {
      /* A chunk of the links was refused: json-glib reports on the whole
       * text, and nothing of the first reading stays. */
      g_ptr_array_set_size (problems, reported);
      ok = focal_json_read_once (data, length, options, content, problems, FALSE, &retry, error);
    }

  return ok;
}
