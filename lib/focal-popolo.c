/* focal-popolo.c: imports and exports Popolo JSON
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-popolo.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "focal-actor.h"
#include "focal-citation.h"
#include "focal-date.h"
#include "focal-enum-types.h"
#include "focal-event.h"
#include "focal-extras-private.h"
#include "focal-graph-private.h"
#include "focal-json-private.h"
#include "focal-link.h"
#include "focal-problem.h"
#include "focal-source.h"

/* Popolo (https://www.popoloproject.com) describes people, organizations,
 * their memberships, posts, events and areas; EveryPolitician publishes the
 * members of most national legislatures in it. A Popolo document is read
 * into a new graph as follows (docs/interchange.md has the full table):
 *
 * - persons become actors of kind "person", organizations actors whose kind
 *   comes from their classification, events (legislative periods) events,
 *   memberships member-of links with the Popolo reference fields as link
 *   attributes, posts and areas attributes of those links;
 * - every member with no place in the model is kept, unchanged, in an
 *   "x-popolo" extension object of the entity or link (saved by
 *   FocalDocument and written back by the export), or, where there is no
 *   entity to keep it on, dropped; both are listed in the report, one
 *   FocalProblem per JSON path pattern with a count.
 *
 * The text is read by a small JSON reader of its own: it knows the line and
 * column of every value, so that errors point at them, and it converts the
 * records of each collection one by one, so that only one record's JSON
 * tree exists at a time. References between records are resolved once the
 * whole text has been read, since Popolo puts no order on the collections.
 */

#define FOCAL_POPOLO_EXTRAS     "x-popolo"
#define FOCAL_POPOLO_MAX_DEPTH  64
#define FOCAL_POPOLO_KEPT       "kept as extension data \"" FOCAL_POPOLO_EXTRAS "\""
#define FOCAL_POPOLO_DROPPED    "dropped"
#define FOCAL_POPOLO_UNMAPPED   "not represented"

typedef struct
{
  guint line;
  guint column;
} FocalPopoloPos;

typedef enum
{
  FOCAL_POPOLO_PERSON,
  FOCAL_POPOLO_ORGANIZATION,
  FOCAL_POPOLO_EVENT,
} FocalPopoloKind;

/* An entity read from the text, waiting to be added to the graph. */
typedef struct
{
  FocalPopoloKind  kind;
  FocalEntity     *entity;
  char            *path;      /* "$.persons[3]" */
  FocalPopoloPos   pos;       /* of the record */
  char            *ref;       /* parent_id of an organization, organization_id of an event */
  FocalPopoloPos   ref_pos;
  char            *area_id;   /* area_id of an organization */
  gboolean         weak;      /* embedded in a membership or a post */
  gboolean         added;
} FocalPopoloRecord;

typedef struct
{
  char           *label;
  char           *role;
  char           *organization_id;
  char           *area_id;
  FocalPopoloPos  pos;
  gboolean        held;
} FocalPopoloPost;

typedef struct
{
  char           *name;
  char           *country;
  FocalPopoloPos  pos;
  gboolean        used;
} FocalPopoloArea;

/* The dates of an event, which memberships of its legislative period
 * inherit. */
typedef struct
{
  char *start;
  char *end;
} FocalPopoloTerm;

typedef struct
{
  char           *path;
  FocalPopoloPos  pos;
  char           *source_id;
  FocalPopoloPos  source_pos;
  char           *target_id;
  FocalPopoloPos  target_pos;
  char           *on_behalf_of;
  FocalPopoloPos  on_behalf_of_pos;
  char           *post_id;
  FocalPopoloPos  post_pos;
  char           *area_id;
  char           *period_id;
  FocalPopoloPos  period_pos;
  char           *id;
  char           *label;
  char           *role;
  char           *start;
  char           *end;
  GPtrArray      *citations;
  JsonObject     *extras;
} FocalPopoloMembership;

/* What the report says about one JSON path pattern. */
typedef struct
{
  char           *pattern;
  const char     *what;
  const char     *verdict;
  guint           count;
  FocalPopoloPos  pos;
} FocalPopoloNote;

/* Where a membership's references come from when it is embedded in a
 * person, an organization or a post. */
typedef struct
{
  const char *person_id;
  const char *organization_id;
  const char *post_id;
} FocalPopoloDefaults;

typedef struct
{
  const char    *file;
  const char    *text;
  gsize          length;
  gsize          offset;
  guint          line;
  gsize          line_start;
  guint          depth;
  GHashTable    *positions;   /* JsonNode, JsonObject or JsonArray → index + 1 in @pos */
  GArray        *pos;         /* FocalPopoloPos */
  GString       *path;        /* where the value being read is, for messages */
  GString       *pattern;     /* the same with [*] for indices, for the report */
  GCancellable  *cancellable;
  GError        *error;

  FocalGraph    *graph;
  GHashTable    *declared;    /* id → FocalPopoloRecord, records of the collections */
  GHashTable    *weak;        /* id → FocalPopoloRecord, embedded records */
  GPtrArray     *records;     /* FocalPopoloRecord, owned, in reading order */
  GPtrArray     *memberships; /* FocalPopoloMembership, owned */
  GHashTable    *posts;       /* id → FocalPopoloPost */
  GPtrArray     *post_ids;    /* the keys of @posts in reading order */
  GHashTable    *areas;       /* id → FocalPopoloArea */
  GPtrArray     *area_ids;
  GHashTable    *terms;       /* event id → FocalPopoloTerm */
  GHashTable    *notes;       /* pattern "\n" what → FocalPopoloNote */
  GPtrArray     *note_order;  /* FocalPopoloNote, owned */
  GPtrArray     *problems;    /* FocalProblem */
} FocalPopoloImporter;

typedef gboolean (*FocalPopoloEmbeddedFunc) (FocalPopoloImporter  *self,
                                             JsonObject           *object,
                                             char                **id);

static gboolean focal_popolo_read_membership (FocalPopoloImporter       *self,
                                              JsonObject                *object,
                                              const FocalPopoloDefaults *defaults);

/* Memory ----------------------------------------------------------------- */

static void
focal_popolo_record_free (gpointer data)
{
  FocalPopoloRecord *record = data;

  g_clear_object (&record->entity);
  g_free (record->path);
  g_free (record->ref);
  g_free (record->area_id);
  g_free (record);
}

static void
focal_popolo_post_free (gpointer data)
{
  FocalPopoloPost *post = data;

  g_free (post->label);
  g_free (post->role);
  g_free (post->organization_id);
  g_free (post->area_id);
  g_free (post);
}

static void
focal_popolo_area_free (gpointer data)
{
  FocalPopoloArea *area = data;

  g_free (area->name);
  g_free (area->country);
  g_free (area);
}

static void
focal_popolo_term_free (gpointer data)
{
  FocalPopoloTerm *term = data;

  g_free (term->start);
  g_free (term->end);
  g_free (term);
}

static void
focal_popolo_membership_free (gpointer data)
{
  FocalPopoloMembership *membership = data;

  g_free (membership->path);
  g_free (membership->source_id);
  g_free (membership->target_id);
  g_free (membership->on_behalf_of);
  g_free (membership->post_id);
  g_free (membership->area_id);
  g_free (membership->period_id);
  g_free (membership->id);
  g_free (membership->label);
  g_free (membership->role);
  g_free (membership->start);
  g_free (membership->end);
  g_clear_pointer (&membership->citations, g_ptr_array_unref);
  g_clear_pointer (&membership->extras, json_object_unref);
  g_free (membership);
}

static void
focal_popolo_note_free (gpointer data)
{
  FocalPopoloNote *note = data;

  g_free (note->pattern);
  g_free (note);
}

static void
focal_popolo_importer_init (FocalPopoloImporter *self,
                            const char          *text,
                            gsize                length,
                            const char          *file,
                            GCancellable        *cancellable)
{
  memset (self, 0, sizeof *self);
  self->file = file;
  self->text = text;
  self->length = length;
  self->line = 1;
  self->positions = g_hash_table_new (NULL, NULL);
  self->pos = g_array_new (FALSE, FALSE, sizeof (FocalPopoloPos));
  self->path = g_string_new ("$");
  self->pattern = g_string_new ("$");
  self->cancellable = cancellable;
  self->graph = focal_graph_new ();
  self->declared = g_hash_table_new (g_str_hash, g_str_equal);
  self->weak = g_hash_table_new (g_str_hash, g_str_equal);
  self->records = g_ptr_array_new_with_free_func (focal_popolo_record_free);
  self->memberships = g_ptr_array_new_with_free_func (focal_popolo_membership_free);
  self->posts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, focal_popolo_post_free);
  self->post_ids = g_ptr_array_new_with_free_func (g_free);
  self->areas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, focal_popolo_area_free);
  self->area_ids = g_ptr_array_new_with_free_func (g_free);
  self->terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, focal_popolo_term_free);
  self->notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->note_order = g_ptr_array_new_with_free_func (focal_popolo_note_free);
  self->problems = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
focal_popolo_importer_clear (FocalPopoloImporter *self)
{
  g_hash_table_unref (self->positions);
  g_array_unref (self->pos);
  g_string_free (self->path, TRUE);
  g_string_free (self->pattern, TRUE);
  g_clear_error (&self->error);
  g_clear_object (&self->graph);
  g_hash_table_unref (self->declared);
  g_hash_table_unref (self->weak);
  g_ptr_array_unref (self->records);
  g_ptr_array_unref (self->memberships);
  g_ptr_array_unref (self->post_ids);
  g_hash_table_unref (self->posts);
  g_ptr_array_unref (self->area_ids);
  g_hash_table_unref (self->areas);
  g_hash_table_unref (self->terms);
  g_hash_table_unref (self->notes);
  g_ptr_array_unref (self->note_order);
  g_ptr_array_unref (self->problems);
}

/* Paths, errors and the report ---------------------------------------------- */

/* Appends a member name to a JSON path: ".name", or ["name"] when the name
 * is not a plain identifier. */
static void
focal_popolo_append_member (GString    *path,
                            const char *name)
{
  gboolean plain = g_ascii_isalpha (name[0]) || name[0] == '_';

  for (const char *p = name; plain && *p != '\0'; p++)
    plain = g_ascii_isalnum (*p) || *p == '_' || *p == '-';

  if (plain)
    {
      g_string_append_c (path, '.');
      g_string_append (path, name);
      return;
    }

  g_string_append (path, "[\"");
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (path, '\\');
      g_string_append_c (path, *p);
    }
  g_string_append (path, "\"]");
}

/* Where the path and the pattern stood before a member was appended. */
typedef struct
{
  gsize path;
  gsize pattern;
} FocalPopoloMark;

static FocalPopoloMark
focal_popolo_push (FocalPopoloImporter *self,
                   const char          *member,
                   gboolean             is_array)
{
  FocalPopoloMark mark = { self->path->len, self->pattern->len };

  focal_popolo_append_member (self->path, member);
  focal_popolo_append_member (self->pattern, member);
  if (is_array)
    g_string_append (self->pattern, "[*]");

  return mark;
}

static void
focal_popolo_pop (FocalPopoloImporter *self,
                  FocalPopoloMark      mark)
{
  g_string_truncate (self->path, mark.path);
  g_string_truncate (self->pattern, mark.pattern);
}

static FocalPopoloPos
focal_popolo_pos_of (FocalPopoloImporter *self,
                     gconstpointer        key)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, key));
  FocalPopoloPos none = { 1, 1 };

  return index > 0 ? g_array_index (self->pos, FocalPopoloPos, index - 1) : none;
}

static FocalPopoloPos
focal_popolo_member_pos (FocalPopoloImporter *self,
                         JsonObject          *object,
                         const char          *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return focal_popolo_pos_of (self, node != NULL ? (gpointer) node : (gpointer) object);
}

static void
focal_popolo_remember (FocalPopoloImporter *self,
                       gconstpointer        key,
                       FocalPopoloPos       pos)
{
  g_array_append_val (self->pos, pos);
  g_hash_table_insert (self->positions, (gpointer) key, GUINT_TO_POINTER (self->pos->len));
}

static void
focal_popolo_forget_positions (FocalPopoloImporter *self)
{
  g_hash_table_remove_all (self->positions);
  g_array_set_size (self->pos, 0);
}

/* Sets the error of the import (only the first one counts): @member, when
 * given, is appended to the current path. Returns FALSE. */
static gboolean G_GNUC_PRINTF (5, 6)
focal_popolo_fail (FocalPopoloImporter *self,
                   FocalPopoloPos       pos,
                   const char          *member,
                   FocalError           code,
                   const char          *format,
                   ...)
{
  g_autofree char *what = NULL;
  gsize mark = self->path->len;
  va_list args;

  if (self->error != NULL)
    return FALSE;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (member != NULL)
    focal_popolo_append_member (self->path, member);
  self->error = g_error_new (FOCAL_ERROR, code, "%s:%u:%u: %s: %s", self->file, pos.line,
                             pos.column, self->path->str, what);
  g_string_truncate (self->path, mark);

  return FALSE;
}

static FocalPopoloPos
focal_popolo_here (FocalPopoloImporter *self)
{
  FocalPopoloPos pos = { self->line, (guint) (self->offset - self->line_start + 1) };

  return pos;
}

static gboolean G_GNUC_PRINTF (2, 3)
focal_popolo_syntax (FocalPopoloImporter *self,
                     const char          *format,
                     ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  return focal_popolo_fail (self, focal_popolo_here (self), NULL, FOCAL_ERROR_PARSE,
                            "malformed JSON: %s", what);
}

/* Records a problem that does not stop the import. */
static void G_GNUC_PRINTF (6, 7)
focal_popolo_problem (FocalPopoloImporter *self,
                      FocalError           code,
                      FocalPopoloPos       pos,
                      const char          *path,
                      const char          *id,
                      const char          *format,
                      ...)
{
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  message = g_strdup_printf ("%s:%u:%u: %s: %s", self->file, pos.line, pos.column, path, what);
  g_ptr_array_add (self->problems, _focal_problem_new (code, message, self->file, pos.line,
                                                       pos.column, path, id));
}

/* Counts @count values at @pattern that the graph does not represent. */
static void
focal_popolo_note_at (FocalPopoloImporter *self,
                      const char          *pattern,
                      FocalPopoloPos       pos,
                      const char          *what,
                      const char          *verdict,
                      guint                count)
{
  g_autofree char *key = g_strconcat (pattern, "\n", what, NULL);
  FocalPopoloNote *note = g_hash_table_lookup (self->notes, key);

  if (note == NULL)
    {
      note = g_new0 (FocalPopoloNote, 1);
      note->pattern = g_strdup (pattern);
      note->what = what;
      note->verdict = verdict;
      note->pos = pos;
      g_hash_table_insert (self->notes, g_steal_pointer (&key), note);
      g_ptr_array_add (self->note_order, note);
    }
  note->count += count;
}

/* The same for @member of the record being read. */
static void
focal_popolo_note (FocalPopoloImporter *self,
                   const char          *member,
                   FocalPopoloPos       pos,
                   const char          *what,
                   const char          *verdict)
{
  gsize mark = self->pattern->len;

  if (member != NULL)
    focal_popolo_append_member (self->pattern, member);
  focal_popolo_note_at (self, self->pattern->str, pos, what, verdict, 1);
  g_string_truncate (self->pattern, mark);
}

/* 4120 as "4,120". */
static char *
focal_popolo_format_count (guint count)
{
  g_autofree char *digits = g_strdup_printf ("%u", count);
  GString *out = g_string_new (NULL);
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }

  return g_string_free (out, FALSE);
}

static GListModel *
focal_popolo_build_report (FocalPopoloImporter *self)
{
  GListStore *report = g_list_store_new (FOCAL_TYPE_PROBLEM);

  for (guint i = 0; i < self->note_order->len; i++)
    {
      FocalPopoloNote *note = g_ptr_array_index (self->note_order, i);
      g_autofree char *count = focal_popolo_format_count (note->count);
      g_autofree char *message = g_strdup_printf ("%s: %s (%s value%s); %s", note->pattern,
                                                  note->what, count,
                                                  note->count == 1 ? "" : "s", note->verdict);
      g_autoptr(FocalProblem) problem = NULL;

      problem = _focal_problem_new (FOCAL_ERROR_INVALID_VALUE, message, self->file,
                                    note->pos.line, note->pos.column, note->pattern, NULL);
      g_list_store_append (report, problem);
    }

  for (guint i = 0; i < self->problems->len; i++)
    g_list_store_append (report, g_ptr_array_index (self->problems, i));

  return G_LIST_MODEL (report);
}

static char *
focal_popolo_describe (JsonNode *node)
{
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
      g_autofree char *escaped = g_strescape (json_node_get_string (node), NULL);

      if (g_utf8_strlen (escaped, -1) > 60)
        {
          const char *end = g_utf8_offset_to_pointer (escaped, 60);

          return g_strdup_printf ("the string \"%.*s…\"", (int) (end - escaped), escaped);
        }
      return g_strdup_printf ("the string \"%s\"", escaped);
    }
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? "true" : "false");
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("the number %" G_GINT64_FORMAT, json_node_get_int (node));
  return g_strdup_printf ("the number %g", json_node_get_double (node));
}

/* The JSON reader --------------------------------------------------------- */

static void
focal_popolo_skip_space (FocalPopoloImporter *self)
{
  while (self->offset < self->length)
    {
      char c = self->text[self->offset];

      if (c == '\n')
        {
          self->line++;
          self->line_start = self->offset + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      self->offset++;
    }
}

static gboolean
focal_popolo_at (FocalPopoloImporter *self,
                 char                 c)
{
  return self->offset < self->length && self->text[self->offset] == c;
}

static gboolean
focal_popolo_unexpected (FocalPopoloImporter *self,
                         const char          *expected)
{
  guchar c;

  if (self->offset >= self->length)
    return focal_popolo_syntax (self, "%s expected, but the text ends", expected);

  c = self->text[self->offset];
  if (g_ascii_isprint (c))
    return focal_popolo_syntax (self, "%s expected, got '%c'", expected, c);
  return focal_popolo_syntax (self, "%s expected, got the byte 0x%02X", expected, c);
}

static gboolean
focal_popolo_hex4 (const char *p,
                   gunichar   *out)
{
  gunichar value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + digit;
    }

  *out = value;
  return TRUE;
}

/* Decodes the escapes of the string body text[start, end). */
static char *
focal_popolo_unescape (FocalPopoloImporter *self,
                       gsize                start,
                       gsize                end)
{
  const char *text = self->text;
  g_autoptr(GString) out = g_string_sized_new (end - start);

  for (gsize i = start; i < end; i++)
    {
      gunichar c, low;

      if (text[i] != '\\')
        {
          g_string_append_c (out, text[i]);
          continue;
        }

      self->offset = i;
      i++;
      switch (text[i])
        {
        case '"':
        case '\\':
        case '/':
          g_string_append_c (out, text[i]);
          break;

        case 'b':
          g_string_append_c (out, '\b');
          break;

        case 'f':
          g_string_append_c (out, '\f');
          break;

        case 'n':
          g_string_append_c (out, '\n');
          break;

        case 'r':
          g_string_append_c (out, '\r');
          break;

        case 't':
          g_string_append_c (out, '\t');
          break;

        case 'u':
          if (i + 4 >= end || !focal_popolo_hex4 (text + i + 1, &c))
            {
              focal_popolo_syntax (self, "\"\\u\" must be followed by four hexadecimal digits");
              return NULL;
            }
          i += 4;
          if (c >= 0xD800 && c <= 0xDBFF)
            {
              if (i + 6 >= end || text[i + 1] != '\\' || text[i + 2] != 'u' ||
                  !focal_popolo_hex4 (text + i + 3, &low) || low < 0xDC00 || low > 0xDFFF)
                {
                  focal_popolo_syntax (self, "the escape \"\\u%04X\" is half of a surrogate pair "
                                       "without its other half", c);
                  return NULL;
                }
              c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              i += 6;
            }
          else if (c >= 0xDC00 && c <= 0xDFFF)
            {
              focal_popolo_syntax (self, "the escape \"\\u%04X\" is half of a surrogate pair "
                                   "without its other half", c);
              return NULL;
            }
          else if (c == 0)
            {
              focal_popolo_syntax (self, "\"\\u0000\" is not allowed: strings cannot hold a "
                                   "nul character");
              return NULL;
            }
          g_string_append_unichar (out, c);
          break;

        default:
          focal_popolo_syntax (self, "\"\\%c\" is not a valid escape",
                               g_ascii_isprint (text[i]) ? text[i] : '?');
          return NULL;
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Reads the string that starts at the current offset. */
static char *
focal_popolo_parse_string (FocalPopoloImporter *self)
{
  const char *text = self->text;
  gsize start = self->offset + 1;
  gsize end = start;
  gboolean escapes = FALSE;
  const char *invalid = NULL;
  char *value;

  while (end < self->length && text[end] != '"')
    {
      guchar c = text[end];

      if (c < 0x20)
        {
          self->offset = end;
          focal_popolo_syntax (self, "the control character U+%04X must be escaped in a string", c);
          return NULL;
        }
      if (c == '\\')
        {
          escapes = TRUE;
          end++;
        }
      end++;
    }

  if (end >= self->length)
    {
      focal_popolo_syntax (self, "the string is not closed");
      return NULL;
    }

  if (!g_utf8_validate_len (text + start, end - start, &invalid))
    {
      self->offset = invalid - text;
      focal_popolo_syntax (self, "the text is not valid UTF-8");
      return NULL;
    }

  if (escapes)
    value = focal_popolo_unescape (self, start, end);
  else
    value = g_strndup (text + start, end - start);

  if (value != NULL)
    self->offset = end + 1;
  return value;
}

static gsize
focal_popolo_skip_digits (FocalPopoloImporter *self,
                          gsize                i)
{
  while (i < self->length && g_ascii_isdigit (self->text[i]))
    i++;

  return i;
}

static JsonNode *
focal_popolo_parse_number (FocalPopoloImporter *self)
{
  const char *text = self->text;
  gsize start = self->offset;
  gsize i = start;
  gboolean integral = TRUE;
  g_autofree char *token = NULL;
  JsonNode *node;
  gint64 integer;
  double value;

  if (text[i] == '-')
    i++;
  if (i < self->length && text[i] == '0')
    i++;
  else if (i < self->length && g_ascii_isdigit (text[i]))
    i = focal_popolo_skip_digits (self, i);
  else
    goto invalid;

  if (i < self->length && text[i] == '.')
    {
      integral = FALSE;
      if (i + 1 >= self->length || !g_ascii_isdigit (text[i + 1]))
        goto invalid;
      i = focal_popolo_skip_digits (self, i + 1);
    }

  if (i < self->length && (text[i] == 'e' || text[i] == 'E'))
    {
      integral = FALSE;
      i++;
      if (i < self->length && (text[i] == '+' || text[i] == '-'))
        i++;
      if (i >= self->length || !g_ascii_isdigit (text[i]))
        goto invalid;
      i = focal_popolo_skip_digits (self, i);
    }

  if (i < self->length && (g_ascii_isalnum (text[i]) || text[i] == '.'))
    goto invalid;

  token = g_strndup (text + start, i - start);
  node = json_node_new (JSON_NODE_VALUE);
  errno = 0;
  integer = integral ? g_ascii_strtoll (token, NULL, 10) : 0;
  if (integral && errno == 0)
    json_node_set_int (node, integer);
  else
    {
      value = g_ascii_strtod (token, NULL);
      if (!isfinite (value))
        {
          json_node_unref (node);
          focal_popolo_syntax (self, "the number %s is too large", token);
          return NULL;
        }
      json_node_set_double (node, value);
    }

  self->offset = i;
  return node;

invalid:
  while (i < self->length && (g_ascii_isalnum (text[i]) || strchr ("+-.", text[i]) != NULL))
    i++;
  token = g_strndup (text + start, MIN (i - start, 32));
  focal_popolo_syntax (self, "\"%s\" is not a valid number", token);
  return NULL;
}

static JsonNode *
focal_popolo_parse_literal (FocalPopoloImporter *self)
{
  static const char * const words[] = { "true", "false", "null" };
  const char *text = self->text + self->offset;
  gsize left = self->length - self->offset;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i]);
      JsonNode *node;

      if (left < n || memcmp (text, words[i], n) != 0 ||
          (left > n && g_ascii_isalnum (text[n])))
        continue;

      self->offset += n;
      if (i == 2)
        return json_node_new (JSON_NODE_NULL);
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, i == 0);
      return node;
    }

  focal_popolo_unexpected (self, "a value");
  return NULL;
}

static JsonNode *focal_popolo_parse_value (FocalPopoloImporter *self);

static gboolean
focal_popolo_enter (FocalPopoloImporter *self)
{
  if (self->depth >= FOCAL_POPOLO_MAX_DEPTH)
    return focal_popolo_fail (self, focal_popolo_here (self), NULL, FOCAL_ERROR_LIMIT_EXCEEDED,
                              "nesting deeper than the maximum depth of %u",
                              FOCAL_POPOLO_MAX_DEPTH);
  self->depth++;
  self->offset++;
  focal_popolo_skip_space (self);
  return TRUE;
}

static JsonNode *
focal_popolo_parse_object (FocalPopoloImporter *self,
                           FocalPopoloPos       pos)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonNode *node;

  if (!focal_popolo_enter (self))
    return NULL;

  if (focal_popolo_at (self, '}'))
    self->offset++;
  else
    for (;;)
      {
        g_autofree char *name = NULL;
        JsonNode *value;
        gsize mark;

        focal_popolo_skip_space (self);
        if (!focal_popolo_at (self, '"'))
          return focal_popolo_unexpected (self, "a member name in double quotes"), NULL;
        name = focal_popolo_parse_string (self);
        if (name == NULL)
          return NULL;
        focal_popolo_skip_space (self);
        if (!focal_popolo_at (self, ':'))
          return focal_popolo_unexpected (self, "':' after the member name"), NULL;
        self->offset++;

        mark = self->path->len;
        focal_popolo_append_member (self->path, name);
        value = focal_popolo_parse_value (self);
        if (value == NULL)
          return NULL;
        g_string_truncate (self->path, mark);
        json_object_set_member (object, name, value);

        focal_popolo_skip_space (self);
        if (focal_popolo_at (self, ','))
          self->offset++;
        else if (focal_popolo_at (self, '}'))
          {
            self->offset++;
            break;
          }
        else
          return focal_popolo_unexpected (self, "',' or '}'"), NULL;
      }

  self->depth--;
  focal_popolo_remember (self, object, pos);
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, g_steal_pointer (&object));

  return node;
}

static JsonNode *
focal_popolo_parse_array (FocalPopoloImporter *self,
                          FocalPopoloPos       pos)
{
  g_autoptr(JsonArray) array = json_array_new ();
  JsonNode *node;

  if (!focal_popolo_enter (self))
    return NULL;

  if (focal_popolo_at (self, ']'))
    self->offset++;
  else
    for (guint index = 0;; index++)
      {
        JsonNode *value;
        gsize mark = self->path->len;

        g_string_append_printf (self->path, "[%u]", index);
        value = focal_popolo_parse_value (self);
        if (value == NULL)
          return NULL;
        g_string_truncate (self->path, mark);
        json_array_add_element (array, value);

        focal_popolo_skip_space (self);
        if (focal_popolo_at (self, ','))
          self->offset++;
        else if (focal_popolo_at (self, ']'))
          {
            self->offset++;
            break;
          }
        else
          return focal_popolo_unexpected (self, "',' or ']'"), NULL;
      }

  self->depth--;
  focal_popolo_remember (self, array, pos);
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, g_steal_pointer (&array));

  return node;
}

static JsonNode *
focal_popolo_parse_value (FocalPopoloImporter *self)
{
  FocalPopoloPos pos;
  JsonNode *node = NULL;
  char c;

  focal_popolo_skip_space (self);
  pos = focal_popolo_here (self);
  if (self->offset >= self->length)
    return focal_popolo_unexpected (self, "a value"), NULL;

  c = self->text[self->offset];
  if (c == '{')
    node = focal_popolo_parse_object (self, pos);
  else if (c == '[')
    node = focal_popolo_parse_array (self, pos);
  else if (c == '"')
    {
      g_autofree char *text = focal_popolo_parse_string (self);

      if (text != NULL)
        {
          node = json_node_new (JSON_NODE_VALUE);
          json_node_set_string (node, text);
        }
    }
  else if (c == '-' || g_ascii_isdigit (c))
    node = focal_popolo_parse_number (self);
  else
    node = focal_popolo_parse_literal (self);

  if (node != NULL)
    focal_popolo_remember (self, node, pos);

  return node;
}

/* Members of a record ---------------------------------------------------- */

/* A member, with null standing for absent as in Popolo's schemas. */
static JsonNode *
focal_popolo_member (JsonObject *object,
                     const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

static gboolean
focal_popolo_wrong_type (FocalPopoloImporter *self,
                         JsonNode            *node,
                         const char          *member,
                         const char          *expected)
{
  g_autofree char *got = focal_popolo_describe (node);

  return focal_popolo_fail (self, focal_popolo_pos_of (self, node), member,
                            FOCAL_ERROR_WRONG_TYPE, "expected %s, got %s", expected, got);
}

static gboolean
focal_popolo_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
focal_popolo_string (FocalPopoloImporter  *self,
                     JsonObject           *object,
                     const char           *name,
                     const char          **out)
{
  JsonNode *node = focal_popolo_member (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!focal_popolo_is_string (node))
    return focal_popolo_wrong_type (self, node, name, "a string");

  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
focal_popolo_id (FocalPopoloImporter  *self,
                 JsonObject           *object,
                 const char           *name,
                 gboolean              required,
                 const char          **out)
{
  if (!focal_popolo_string (self, object, name, out))
    return FALSE;

  if (*out == NULL && required)
    return focal_popolo_fail (self, focal_popolo_pos_of (self, object), name,
                              FOCAL_ERROR_MISSING_FIELD, "missing required member \"%s\"", name);

  if (*out != NULL && (*out)[0] == '\0')
    return focal_popolo_fail (self, focal_popolo_member_pos (self, object, name), name,
                              FOCAL_ERROR_INVALID_VALUE, "the empty string \"\" is not a valid id");

  return TRUE;
}

static gboolean
focal_popolo_array (FocalPopoloImporter  *self,
                    JsonObject           *object,
                    const char           *name,
                    JsonArray           **out)
{
  JsonNode *node = focal_popolo_member (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return focal_popolo_wrong_type (self, node, name, "an array");

  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
focal_popolo_object (FocalPopoloImporter  *self,
                     JsonObject           *object,
                     const char           *name,
                     JsonObject          **out)
{
  JsonNode *node = focal_popolo_member (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return focal_popolo_wrong_type (self, node, name, "an object");

  *out = json_node_get_object (node);
  return TRUE;
}

/* Reads a Popolo date (YYYY, YYYY-MM or YYYY-MM-DD, the last optionally
 * followed by a time of day, which is dropped) as EDTF text. */
static gboolean
focal_popolo_date (FocalPopoloImporter  *self,
                   JsonObject           *object,
                   const char           *name,
                   char                **out)
{
  g_autoptr(FocalDate) date = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  FocalPopoloPos pos;
  const char *text;

  *out = NULL;
  if (!focal_popolo_string (self, object, name, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  pos = focal_popolo_member_pos (self, object, name);
  day = strlen (text) > 10 && text[10] == 'T' ? g_strndup (text, 10) : g_strdup (text);
  date = focal_date_new_from_string (day, &error);
  if (date == NULL)
    return focal_popolo_fail (self, pos, name,
                              error->domain == FOCAL_ERROR ? error->code : FOCAL_ERROR_PARSE,
                              "%s", error->message);
  if (focal_date_is_interval (date))
    {
      g_autofree char *escaped = g_strescape (text, NULL);

      return focal_popolo_fail (self, pos, name, FOCAL_ERROR_PARSE,
                                "expected a single date (YYYY, YYYY-MM or YYYY-MM-DD), got \"%s\"",
                                escaped);
    }

  if (!g_str_equal (day, text))
    focal_popolo_note (self, name, pos, "time of day " FOCAL_POPOLO_UNMAPPED,
                       FOCAL_POPOLO_DROPPED);

  *out = g_steal_pointer (&day);
  return TRUE;
}

/* The interval from @start to @end, open at a missing end; NULL with no
 * error when both are missing. */
static FocalDate *
focal_popolo_interval (const char  *start,
                       const char  *end,
                       GError     **error)
{
  g_autofree char *text = NULL;

  if (start == NULL && end == NULL)
    return NULL;

  text = g_strdup_printf ("%s/%s", start != NULL ? start : "..", end != NULL ? end : "..");
  return focal_date_new_from_string (text, error);
}

/* Copies the members of @object that are neither in @mapped nor null into
 * a new object, the "x-popolo" extension data; notes those not in
 * @interpreted as not represented. Returns NULL when there are none. */
static JsonObject *
focal_popolo_keep (FocalPopoloImporter *self,
                   JsonObject          *object,
                   const char * const  *mapped,
                   const char * const  *interpreted)
{
  g_autoptr(GList) members = json_object_get_members (object);
  JsonObject *kept = NULL;

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (object, name);

      if (g_strv_contains (mapped, name) || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (kept == NULL)
        kept = json_object_new ();
      json_object_set_member (kept, name, json_node_copy (node));
      if (interpreted == NULL || !g_strv_contains (interpreted, name))
        focal_popolo_note (self, name, focal_popolo_pos_of (self, node),
                           FOCAL_POPOLO_UNMAPPED, FOCAL_POPOLO_KEPT);
    }

  return kept;
}

/* Notes every member of @object that is not in @mapped as dropped. */
static void
focal_popolo_drop (FocalPopoloImporter *self,
                   JsonObject          *object,
                   const char * const  *mapped)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (object, l->data);

      if (!g_strv_contains (mapped, l->data) && !JSON_NODE_HOLDS_NULL (node))
        focal_popolo_note (self, l->data, focal_popolo_pos_of (self, node),
                           FOCAL_POPOLO_UNMAPPED, FOCAL_POPOLO_DROPPED);
    }
}

static JsonObject *
focal_popolo_get_extras (gpointer object)
{
  JsonObject *extras = _focal_extras_get (object, FOCAL_EXTRAS_MAIN);
  JsonNode *node;

  if (extras == NULL)
    return NULL;
  node = json_object_get_member (extras, FOCAL_POPOLO_EXTRAS);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static void
focal_popolo_set_extras (gpointer    object,
                         JsonObject *popolo)
{
  g_autoptr(JsonObject) extras = NULL;

  if (popolo == NULL || json_object_get_size (popolo) == 0)
    {
      _focal_extras_set (object, FOCAL_EXTRAS_MAIN, NULL);
      return;
    }

  extras = json_object_new ();
  json_object_set_object_member (extras, FOCAL_POPOLO_EXTRAS, json_object_ref (popolo));
  _focal_extras_set (object, FOCAL_EXTRAS_MAIN, extras);
}

/* Removes @name from the "x-popolo" data of @object, once it is
 * represented. */
static void
focal_popolo_unkeep (gpointer    object,
                     const char *name)
{
  JsonObject *popolo = focal_popolo_get_extras (object);

  if (popolo == NULL || !json_object_has_member (popolo, name))
    return;

  json_object_remove_member (popolo, name);
  if (json_object_get_size (popolo) == 0)
    focal_popolo_set_extras (object, NULL);
}

/* Sources ---------------------------------------------------------------- */

static const char * const source_mapped[] = { "url", "note", NULL };

static void
focal_popolo_use_source (FocalPopoloImporter *self,
                         const char          *url,
                         const char          *note,
                         FocalPopoloPos       note_pos,
                         GPtrArray           *citations)
{
  FocalSource *source = focal_graph_lookup_source (self->graph, url);

  if (source == NULL)
    {
      g_autoptr(FocalSource) created = focal_source_new (url);

      focal_source_set_url (created, url);
      focal_source_set_title (created, note);
      focal_graph_add_source (self->graph, created, NULL);
    }
  else if (note != NULL && g_strcmp0 (focal_source_get_title (source), note) != 0)
    {
      if (focal_source_get_title (source) == NULL)
        focal_source_set_title (source, note);
      else
        focal_popolo_note (self, "note", note_pos,
                           "differs from the note already given for the same url",
                           FOCAL_POPOLO_DROPPED);
    }

  if (citations != NULL)
    g_ptr_array_add (citations, focal_citation_new (url));
}

/* Reads @name, an array of Popolo links ({"url", "note"}) or, when
 * @strings is set, of URLs, into graph sources and citations of them. */
static gboolean
focal_popolo_sources (FocalPopoloImporter *self,
                      JsonObject          *object,
                      const char          *name,
                      gboolean             strings,
                      GPtrArray           *citations)
{
  JsonArray *array;
  FocalPopoloMark mark;
  guint n;

  if (!focal_popolo_array (self, object, name, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  mark = focal_popolo_push (self, name, TRUE);
  n = json_array_get_length (array);
  for (guint i = 0; i < n && self->error == NULL; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize index_mark = self->path->len;
      const char *url = NULL, *note = NULL;
      JsonObject *link;

      g_string_append_printf (self->path, "[%u]", i);
      if (strings && focal_popolo_is_string (node))
        url = json_node_get_string (node);
      else if (!JSON_NODE_HOLDS_OBJECT (node))
        focal_popolo_wrong_type (self, node, NULL,
                                 strings ? "a URL or an object with a \"url\""
                                         : "an object with a \"url\"");
      else
        {
          link = json_node_get_object (node);
          if (focal_popolo_string (self, link, "url", &url) &&
              focal_popolo_string (self, link, "note", &note))
            focal_popolo_drop (self, link, source_mapped);
          if (url != NULL && url[0] == '\0')
            url = NULL;
          if (url == NULL && self->error == NULL)
            focal_popolo_note (self, NULL, focal_popolo_pos_of (self, node),
                               "without a url, " FOCAL_POPOLO_UNMAPPED, FOCAL_POPOLO_DROPPED);
          if (url != NULL && self->error == NULL)
            focal_popolo_use_source (self, url, note,
                                     focal_popolo_member_pos (self, link, "note"), citations);
          url = NULL;
        }

      if (url != NULL)
        focal_popolo_use_source (self, url, NULL, focal_popolo_pos_of (self, node), citations);
      g_string_truncate (self->path, index_mark);
    }
  focal_popolo_pop (self, mark);

  return self->error == NULL;
}

/* Records ---------------------------------------------------------------- */

static const char *
focal_popolo_kind_label (FocalPopoloKind kind)
{
  switch (kind)
    {
    case FOCAL_POPOLO_PERSON:
      return "person";

    case FOCAL_POPOLO_ORGANIZATION:
      return "organization";

    case FOCAL_POPOLO_EVENT:
      return "event";

    default:
      g_assert_not_reached ();
    }
}

/* The record that defines @id, or NULL. */
static FocalPopoloRecord *
focal_popolo_lookup (FocalPopoloImporter *self,
                     const char          *id)
{
  FocalPopoloRecord *record = g_hash_table_lookup (self->declared, id);

  return record != NULL ? record : g_hash_table_lookup (self->weak, id);
}

/* Takes @entity into a new record of the current path. Embedded (@weak)
 * records only define an entity that no collection defines (one read
 * before this point is known here, a later one replaces it when the
 * entities are added); the first one of an id wins. */
static FocalPopoloRecord *
focal_popolo_declare (FocalPopoloImporter *self,
                      FocalPopoloKind      kind,
                      FocalEntity         *entity,
                      JsonObject          *object,
                      gboolean             weak)
{
  const char *id = focal_entity_get_id (entity);
  FocalPopoloRecord *record, *existing;

  existing = g_hash_table_lookup (weak ? self->weak : self->declared, id);
  if (weak && (existing != NULL || g_hash_table_contains (self->declared, id)))
    {
      g_object_unref (entity);
      return NULL;
    }
  if (existing != NULL)
    {
      focal_popolo_fail (self, focal_popolo_member_pos (self, object, "id"), "id",
                         FOCAL_ERROR_DUPLICATE_ID,
                         "duplicate id \"%s\": already used by the %s at %s", id,
                         focal_popolo_kind_label (existing->kind), existing->path);
      g_object_unref (entity);
      return NULL;
    }

  record = g_new0 (FocalPopoloRecord, 1);
  record->kind = kind;
  record->entity = entity;
  record->path = g_strdup (self->path->str);
  record->pos = focal_popolo_pos_of (self, object);
  record->weak = weak;
  g_ptr_array_add (self->records, record);
  g_hash_table_insert (weak ? self->weak : self->declared,
                       (gpointer) focal_entity_get_id (entity), record);

  return record;
}

static void
focal_popolo_add_citations (FocalEntity *entity,
                            GPtrArray   *citations)
{
  for (guint i = 0; i < citations->len; i++)
    focal_entity_add_citation (entity, g_ptr_array_index (citations, i));
}

/* Reads the memberships embedded in a person, an organization or a post. */
static gboolean
focal_popolo_embedded_memberships (FocalPopoloImporter       *self,
                                   JsonObject                *object,
                                   const FocalPopoloDefaults *defaults)
{
  JsonArray *array;
  FocalPopoloMark mark;

  if (!focal_popolo_array (self, object, "memberships", &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  mark = focal_popolo_push (self, "memberships", TRUE);
  for (guint i = 0; i < json_array_get_length (array) && self->error == NULL; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize index_mark = self->path->len;

      g_string_append_printf (self->path, "[%u]", i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        focal_popolo_wrong_type (self, node, NULL, "an object");
      else
        focal_popolo_read_membership (self, json_node_get_object (node), defaults);
      g_string_truncate (self->path, index_mark);
    }
  focal_popolo_pop (self, mark);

  return self->error == NULL;
}

static const char * const person_mapped[] = {
  "id", "name", "summary", "birth_date", "death_date", "sources", "memberships", NULL
};

/* Reads a person; @weak for one embedded in a membership. */
static gboolean
focal_popolo_read_person_record (FocalPopoloImporter  *self,
                                 JsonObject           *object,
                                 gboolean              weak,
                                 char                **out_id)
{
  g_autoptr(GPtrArray) citations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonObject) kept = NULL;
  g_autoptr(FocalDate) valid = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *birth = NULL, *death = NULL;
  const char *id, *name, *summary;
  FocalActor *actor;

  if (!focal_popolo_id (self, object, "id", TRUE, &id) ||
      !focal_popolo_string (self, object, "name", &name) ||
      !focal_popolo_string (self, object, "summary", &summary) ||
      !focal_popolo_date (self, object, "birth_date", &birth) ||
      !focal_popolo_date (self, object, "death_date", &death))
    return FALSE;

  if (out_id != NULL)
    *out_id = g_strdup (id);
  /* An embedded object that only names its person is a reference. */
  if (weak && json_object_get_size (object) == 1)
    return TRUE;

  valid = focal_popolo_interval (birth, death, &error);
  if (error != NULL)
    return focal_popolo_fail (self, focal_popolo_member_pos (self, object, "death_date"),
                              "death_date", error->code, "%s", error->message);

  actor = focal_actor_new (id, FOCAL_ACTOR_KIND_PERSON);
  focal_entity_set_name (FOCAL_ENTITY (actor), name);
  focal_entity_set_description (FOCAL_ENTITY (actor), summary);
  focal_entity_set_valid (FOCAL_ENTITY (actor), valid);
  if (focal_popolo_declare (self, FOCAL_POPOLO_PERSON, FOCAL_ENTITY (actor), object, weak) == NULL)
    return self->error == NULL;

  if (!focal_popolo_sources (self, object, "sources", FALSE, citations))
    return FALSE;
  focal_popolo_add_citations (FOCAL_ENTITY (actor), citations);
  kept = focal_popolo_keep (self, object, person_mapped, NULL);
  focal_popolo_set_extras (actor, kept);

  if (!weak)
    {
      FocalPopoloDefaults defaults = { id, NULL, NULL };

      return focal_popolo_embedded_memberships (self, object, &defaults);
    }

  return TRUE;
}

static gboolean
focal_popolo_read_embedded_person (FocalPopoloImporter  *self,
                                   JsonObject           *object,
                                   char                **id)
{
  return focal_popolo_read_person_record (self, object, TRUE, id);
}

/* The actor kind of a Popolo classification; unknown ones are "other". */
static FocalActorKind
focal_popolo_actor_kind (const char *classification)
{
  static const struct
  {
    const char     *classification;
    FocalActorKind  kind;
  } kinds[] = {
    { "party", FOCAL_ACTOR_KIND_POLITICAL_PARTY },
    { "political party", FOCAL_ACTOR_KIND_POLITICAL_PARTY },
    { "political_party", FOCAL_ACTOR_KIND_POLITICAL_PARTY },
    { "legislature", FOCAL_ACTOR_KIND_LEGISLATURE },
    { "parliament", FOCAL_ACTOR_KIND_LEGISLATURE },
    { "chamber", FOCAL_ACTOR_KIND_LEGISLATIVE_CHAMBER },
    { "lower house", FOCAL_ACTOR_KIND_LEGISLATIVE_CHAMBER },
    { "upper house", FOCAL_ACTOR_KIND_LEGISLATIVE_CHAMBER },
  };

  if (classification == NULL)
    return FOCAL_ACTOR_KIND_OTHER;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_ascii_strcasecmp (classification, kinds[i].classification) == 0)
        return kinds[i].kind;
    }

  return FOCAL_ACTOR_KIND_OTHER;
}

static gboolean focal_popolo_read_post (FocalPopoloImporter       *self,
                                        JsonObject                *object,
                                        const FocalPopoloDefaults *defaults,
                                        char                     **out_id);

static const char * const organization_mapped[] = {
  "id", "name", "founding_date", "dissolution_date", "sources", "memberships", "posts", NULL
};
static const char * const organization_interpreted[] = {
  "classification", "parent_id", "area_id", NULL
};

static gboolean
focal_popolo_embedded_posts (FocalPopoloImporter *self,
                             JsonObject          *object,
                             const char          *organization_id)
{
  FocalPopoloDefaults defaults = { NULL, organization_id, NULL };
  JsonArray *array;
  FocalPopoloMark mark;

  if (!focal_popolo_array (self, object, "posts", &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  mark = focal_popolo_push (self, "posts", TRUE);
  for (guint i = 0; i < json_array_get_length (array) && self->error == NULL; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize index_mark = self->path->len;

      g_string_append_printf (self->path, "[%u]", i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        focal_popolo_wrong_type (self, node, NULL, "an object");
      else
        focal_popolo_read_post (self, json_node_get_object (node), &defaults, NULL);
      g_string_truncate (self->path, index_mark);
    }
  focal_popolo_pop (self, mark);

  return self->error == NULL;
}

static gboolean
focal_popolo_read_organization_record (FocalPopoloImporter  *self,
                                       JsonObject           *object,
                                       gboolean              weak,
                                       char                **out_id)
{
  g_autoptr(GPtrArray) citations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonObject) kept = NULL;
  g_autoptr(FocalDate) valid = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *founding = NULL, *dissolution = NULL;
  const char *id, *name, *classification, *parent_id, *area_id;
  FocalPopoloRecord *record;
  FocalActor *actor;

  if (!focal_popolo_id (self, object, "id", TRUE, &id) ||
      !focal_popolo_string (self, object, "name", &name) ||
      !focal_popolo_string (self, object, "classification", &classification) ||
      !focal_popolo_id (self, object, "parent_id", FALSE, &parent_id) ||
      !focal_popolo_id (self, object, "area_id", FALSE, &area_id) ||
      !focal_popolo_date (self, object, "founding_date", &founding) ||
      !focal_popolo_date (self, object, "dissolution_date", &dissolution))
    return FALSE;

  if (out_id != NULL)
    *out_id = g_strdup (id);
  if (weak && json_object_get_size (object) == 1)
    return TRUE;

  valid = focal_popolo_interval (founding, dissolution, &error);
  if (error != NULL)
    return focal_popolo_fail (self, focal_popolo_member_pos (self, object, "dissolution_date"),
                              "dissolution_date", error->code, "%s", error->message);

  actor = focal_actor_new (id, focal_popolo_actor_kind (classification));
  focal_entity_set_name (FOCAL_ENTITY (actor), name);
  focal_entity_set_valid (FOCAL_ENTITY (actor), valid);
  record = focal_popolo_declare (self, FOCAL_POPOLO_ORGANIZATION, FOCAL_ENTITY (actor), object,
                                 weak);
  if (record == NULL)
    return self->error == NULL;
  record->ref = g_strdup (parent_id);
  record->ref_pos = focal_popolo_member_pos (self, object, "parent_id");
  record->area_id = g_strdup (area_id);

  if (!focal_popolo_sources (self, object, "sources", FALSE, citations))
    return FALSE;
  focal_popolo_add_citations (FOCAL_ENTITY (actor), citations);
  kept = focal_popolo_keep (self, object, organization_mapped, organization_interpreted);
  focal_popolo_set_extras (actor, kept);

  if (!weak)
    {
      FocalPopoloDefaults defaults = { NULL, id, NULL };

      if (!focal_popolo_embedded_memberships (self, object, &defaults))
        return FALSE;
    }

  return focal_popolo_embedded_posts (self, object, id);
}

static gboolean
focal_popolo_read_embedded_organization (FocalPopoloImporter  *self,
                                         JsonObject           *object,
                                         char                **id)
{
  return focal_popolo_read_organization_record (self, object, TRUE, id);
}

static const char * const post_mapped[] = {
  "id", "label", "role", "organization_id", "organization", "area_id", "memberships", NULL
};

/* Reads a post: it becomes attributes of the memberships that hold it. */
static gboolean
focal_popolo_read_post (FocalPopoloImporter        *self,
                        JsonObject                 *object,
                        const FocalPopoloDefaults  *defaults,
                        char                      **out_id)
{
  g_autofree char *organization_id = NULL;
  const char *id, *label, *role, *organization, *area_id;
  JsonObject *embedded;
  FocalPopoloPost *post;

  if (!focal_popolo_id (self, object, "id", out_id != NULL, &id) ||
      !focal_popolo_string (self, object, "label", &label) ||
      !focal_popolo_string (self, object, "role", &role) ||
      !focal_popolo_id (self, object, "organization_id", FALSE, &organization) ||
      !focal_popolo_id (self, object, "area_id", FALSE, &area_id) ||
      !focal_popolo_object (self, object, "organization", &embedded))
    return FALSE;

  if (out_id != NULL)
    *out_id = g_strdup (id);

  if (organization != NULL)
    organization_id = g_strdup (organization);
  else if (embedded != NULL)
    {
      FocalPopoloMark mark = focal_popolo_push (self, "organization", FALSE);
      gboolean ok = focal_popolo_read_organization_record (self, embedded, TRUE, &organization_id);

      focal_popolo_pop (self, mark);
      if (!ok)
        return FALSE;
    }
  else
    organization_id = g_strdup (defaults != NULL ? defaults->organization_id : NULL);

  focal_popolo_drop (self, object, post_mapped);

  if (id == NULL)
    focal_popolo_note (self, NULL, focal_popolo_pos_of (self, object),
                       "without an id, " FOCAL_POPOLO_UNMAPPED, FOCAL_POPOLO_DROPPED);
  else if (g_hash_table_contains (self->posts, id))
    {
      /* An embedded copy of a post read before is only a reference. */
      if (out_id == NULL)
        focal_popolo_note (self, NULL, focal_popolo_pos_of (self, object),
                           "a second post with the same id", FOCAL_POPOLO_DROPPED);
    }
  else
    {
      post = g_new0 (FocalPopoloPost, 1);
      post->label = g_strdup (label);
      post->role = g_strdup (role);
      post->organization_id = g_strdup (organization_id);
      post->area_id = g_strdup (area_id);
      post->pos = focal_popolo_pos_of (self, object);
      g_hash_table_insert (self->posts, g_strdup (id), post);
      g_ptr_array_add (self->post_ids, g_strdup (id));
    }

  if (out_id == NULL)
    {
      FocalPopoloDefaults post_defaults = { NULL, organization_id, id };

      return focal_popolo_embedded_memberships (self, object, &post_defaults);
    }

  return TRUE;
}

static gboolean
focal_popolo_read_embedded_post (FocalPopoloImporter  *self,
                                 JsonObject           *object,
                                 char                **id)
{
  return focal_popolo_read_post (self, object, NULL, id);
}

/* The ISO 3166-1 code of an Open Civic Data division id, such as "MX" for
 * "ocd-division/country:mx/entidad:chihuahua/distrito:1", or NULL. */
static char *
focal_popolo_country_of (const char *division)
{
  static const char prefix[] = "ocd-division/country:";
  g_autofree char *code = NULL;
  const char *p;

  if (division == NULL || !g_str_has_prefix (division, prefix))
    return NULL;

  p = division + strlen (prefix);
  if (!g_ascii_isalpha (p[0]) || !g_ascii_isalpha (p[1]) || (p[2] != '\0' && p[2] != '/'))
    return NULL;

  code = g_ascii_strup (p, 2);
  return focal_country_code_is_valid (code) ? g_steal_pointer (&code) : NULL;
}

static const char * const area_mapped[] = { "id", "name", NULL };
static const char * const area_mapped_with_identifier[] = { "id", "name", "identifier", NULL };

/* Reads an area: its name becomes an attribute of the memberships in it,
 * and an Open Civic Data id a country code. */
static gboolean
focal_popolo_read_area (FocalPopoloImporter  *self,
                        JsonObject           *object,
                        char                **out_id)
{
  g_autofree char *country = NULL;
  const char *id, *name, *identifier;
  FocalPopoloArea *area;

  if (!focal_popolo_id (self, object, "id", out_id != NULL, &id) ||
      !focal_popolo_string (self, object, "name", &name))
    return FALSE;

  if (out_id != NULL)
    *out_id = g_strdup (id);

  /* An Open Civic Data id in "identifier" (the spec's example has one)
   * counts as well; an identifier of another form is dropped. */
  country = focal_popolo_country_of (id);
  identifier = NULL;
  if (country == NULL)
    {
      JsonNode *node = focal_popolo_member (object, "identifier");

      if (node != NULL && focal_popolo_is_string (node))
        identifier = json_node_get_string (node);
      country = focal_popolo_country_of (identifier);
    }

  focal_popolo_drop (self, object, country != NULL && identifier != NULL
                                   ? area_mapped_with_identifier : area_mapped);

  if (id == NULL)
    {
      focal_popolo_note (self, NULL, focal_popolo_pos_of (self, object),
                         "without an id, " FOCAL_POPOLO_UNMAPPED, FOCAL_POPOLO_DROPPED);
      return TRUE;
    }
  if (g_hash_table_contains (self->areas, id))
    {
      if (out_id == NULL)
        focal_popolo_note (self, NULL, focal_popolo_pos_of (self, object),
                           "a second area with the same id", FOCAL_POPOLO_DROPPED);
      return TRUE;
    }

  area = g_new0 (FocalPopoloArea, 1);
  area->name = g_strdup (name);
  area->country = g_steal_pointer (&country);
  area->pos = focal_popolo_pos_of (self, object);
  g_hash_table_insert (self->areas, g_strdup (id), area);
  g_ptr_array_add (self->area_ids, g_strdup (id));

  return TRUE;
}

static gboolean
focal_popolo_read_embedded_area (FocalPopoloImporter  *self,
                                 JsonObject           *object,
                                 char                **id)
{
  return focal_popolo_read_area (self, object, id);
}

static const char * const member_mapped[] = { "id", "@type", NULL };

/* Popolo's "member": {"@type": "Person" or "Organization", "id": …}. */
static gboolean
focal_popolo_read_member (FocalPopoloImporter  *self,
                          JsonObject           *object,
                          char                **id)
{
  const char *text;

  if (!focal_popolo_id (self, object, "id", TRUE, &text))
    return FALSE;

  focal_popolo_drop (self, object, member_mapped);
  *id = g_strdup (text);
  return TRUE;
}

/* Reads a reference that is either the id in @id_name or the record
 * embedded in @object_name. */
static gboolean
focal_popolo_reference (FocalPopoloImporter      *self,
                        JsonObject               *object,
                        const char               *id_name,
                        const char               *object_name,
                        FocalPopoloEmbeddedFunc   read,
                        char                    **out,
                        FocalPopoloPos           *pos)
{
  JsonObject *embedded;
  const char *id;
  gboolean ok;
  FocalPopoloMark mark;

  if (*out != NULL)
    return TRUE;

  if (id_name != NULL)
    {
      if (!focal_popolo_id (self, object, id_name, FALSE, &id))
        return FALSE;
      if (id != NULL)
        {
          *out = g_strdup (id);
          *pos = focal_popolo_member_pos (self, object, id_name);
          return TRUE;
        }
    }

  if (!focal_popolo_object (self, object, object_name, &embedded))
    return FALSE;
  if (embedded == NULL)
    return TRUE;

  mark = focal_popolo_push (self, object_name, FALSE);
  ok = read (self, embedded, out);
  focal_popolo_pop (self, mark);
  *pos = focal_popolo_pos_of (self, embedded);

  return ok;
}

static const char * const membership_mapped[] = {
  "id", "label", "role", "person_id", "person", "member", "organization_id", "organization",
  "post_id", "post", "on_behalf_of_id", "on_behalf_of", "area_id", "area",
  "legislative_period_id", "start_date", "end_date", "sources", NULL
};

static gboolean
focal_popolo_membership_strings (FocalPopoloImporter   *self,
                                 JsonObject            *object,
                                 FocalPopoloMembership *membership)
{
  const char *id, *label, *role, *period_id;

  if (!focal_popolo_string (self, object, "id", &id) ||
      !focal_popolo_string (self, object, "label", &label) ||
      !focal_popolo_string (self, object, "role", &role) ||
      !focal_popolo_id (self, object, "legislative_period_id", FALSE, &period_id))
    return FALSE;

  membership->id = g_strdup (id);
  membership->label = g_strdup (label);
  membership->role = g_strdup (role);
  membership->period_id = g_strdup (period_id);
  membership->period_pos = focal_popolo_member_pos (self, object, "legislative_period_id");

  return TRUE;
}

static gboolean
focal_popolo_read_membership (FocalPopoloImporter       *self,
                              JsonObject                *object,
                              const FocalPopoloDefaults *defaults)
{
  FocalPopoloMembership *membership = g_new0 (FocalPopoloMembership, 1);
  FocalPopoloPos unused;

  g_ptr_array_add (self->memberships, membership);
  membership->path = g_strdup (self->path->str);
  membership->pos = focal_popolo_pos_of (self, object);
  membership->source_pos = membership->target_pos = membership->on_behalf_of_pos =
    membership->post_pos = membership->pos;
  membership->citations = g_ptr_array_new_with_free_func (g_object_unref);

  if (!focal_popolo_membership_strings (self, object, membership) ||
      !focal_popolo_reference (self, object, "person_id", "person",
                               focal_popolo_read_embedded_person,
                               &membership->source_id, &membership->source_pos) ||
      !focal_popolo_reference (self, object, NULL, "member", focal_popolo_read_member,
                               &membership->source_id, &membership->source_pos) ||
      !focal_popolo_reference (self, object, "organization_id", "organization",
                               focal_popolo_read_embedded_organization,
                               &membership->target_id, &membership->target_pos) ||
      !focal_popolo_reference (self, object, "on_behalf_of_id", "on_behalf_of",
                               focal_popolo_read_embedded_organization,
                               &membership->on_behalf_of, &membership->on_behalf_of_pos) ||
      !focal_popolo_reference (self, object, "post_id", "post", focal_popolo_read_embedded_post,
                               &membership->post_id, &membership->post_pos) ||
      !focal_popolo_reference (self, object, "area_id", "area", focal_popolo_read_embedded_area,
                               &membership->area_id, &unused) ||
      !focal_popolo_date (self, object, "start_date", &membership->start) ||
      !focal_popolo_date (self, object, "end_date", &membership->end) ||
      !focal_popolo_sources (self, object, "sources", FALSE, membership->citations))
    return FALSE;

  if (membership->source_id == NULL && defaults != NULL)
    membership->source_id = g_strdup (defaults->person_id);
  if (membership->target_id == NULL && defaults != NULL)
    membership->target_id = g_strdup (defaults->organization_id);
  if (membership->post_id == NULL && defaults != NULL)
    membership->post_id = g_strdup (defaults->post_id);

  membership->extras = focal_popolo_keep (self, object, membership_mapped, NULL);

  return TRUE;
}

/* The event kind of a Popolo classification that names one. */
static FocalEventKind
focal_popolo_event_kind (const char *classification)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (FOCAL_TYPE_EVENT_KIND);
  g_autofree char *nick = NULL;
  GEnumValue *value;

  if (classification == NULL)
    return FOCAL_EVENT_KIND_OTHER;

  nick = g_ascii_strdown (classification, -1);
  value = g_enum_get_value_by_nick (klass, nick);

  return value != NULL ? value->value : FOCAL_EVENT_KIND_OTHER;
}

static gboolean
focal_popolo_is_term (const char *classification)
{
  return classification != NULL &&
         (g_ascii_strcasecmp (classification, "legislative period") == 0 ||
          g_ascii_strcasecmp (classification, "legislative_period") == 0 ||
          g_ascii_strcasecmp (classification, "term") == 0);
}

static const char * const event_mapped[] = {
  "id", "name", "description", "start_date", "end_date", "location", "sources", NULL
};
static const char * const event_interpreted[] = { "classification", "organization_id", NULL };

static gboolean
focal_popolo_read_event (FocalPopoloImporter *self,
                         JsonObject          *object)
{
  g_autoptr(GPtrArray) citations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonObject) kept = NULL;
  g_autoptr(FocalDate) date = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL, *end = NULL;
  const char *id, *name, *description, *location, *classification, *organization_id;
  FocalPopoloRecord *record;
  FocalPopoloTerm *term;
  FocalEvent *event;

  if (!focal_popolo_id (self, object, "id", TRUE, &id) ||
      !focal_popolo_string (self, object, "name", &name) ||
      !focal_popolo_string (self, object, "description", &description) ||
      !focal_popolo_string (self, object, "location", &location) ||
      !focal_popolo_string (self, object, "classification", &classification) ||
      !focal_popolo_id (self, object, "organization_id", FALSE, &organization_id) ||
      !focal_popolo_date (self, object, "start_date", &start) ||
      !focal_popolo_date (self, object, "end_date", &end))
    return FALSE;

  /* A legislative period with no end is still going on; another event
   * with only a start took place at that date. */
  if (start != NULL && end == NULL && !focal_popolo_is_term (classification))
    date = focal_date_new_from_string (start, NULL);
  else
    date = focal_popolo_interval (start, end, &error);
  if (error != NULL)
    return focal_popolo_fail (self, focal_popolo_member_pos (self, object, "end_date"),
                              "end_date", error->code, "%s", error->message);

  event = focal_event_new (id, focal_popolo_event_kind (classification));
  focal_entity_set_name (FOCAL_ENTITY (event), name);
  focal_entity_set_description (FOCAL_ENTITY (event), description);
  focal_event_set_location (event, location);
  focal_event_set_date (event, date);
  record = focal_popolo_declare (self, FOCAL_POPOLO_EVENT, FOCAL_ENTITY (event), object, FALSE);
  if (record == NULL)
    return FALSE;
  record->ref = g_strdup (organization_id);
  record->ref_pos = focal_popolo_member_pos (self, object, "organization_id");

  term = g_new0 (FocalPopoloTerm, 1);
  term->start = g_steal_pointer (&start);
  term->end = g_steal_pointer (&end);
  g_hash_table_insert (self->terms, g_strdup (id), term);

  if (!focal_popolo_sources (self, object, "sources", FALSE, citations))
    return FALSE;
  focal_popolo_add_citations (FOCAL_ENTITY (event), citations);
  kept = focal_popolo_keep (self, object, event_mapped, event_interpreted);
  focal_popolo_set_extras (event, kept);

  return TRUE;
}

static const char * const meta_mapped[] = { "sources", NULL };

static gboolean
focal_popolo_read_meta (FocalPopoloImporter *self,
                        JsonNode            *node)
{
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return JSON_NODE_HOLDS_NULL (node) || focal_popolo_wrong_type (self, node, NULL, "an object");

  object = json_node_get_object (node);
  if (!focal_popolo_sources (self, object, "sources", TRUE, NULL))
    return FALSE;
  focal_popolo_drop (self, object, meta_mapped);

  return TRUE;
}

/* The document ----------------------------------------------------------- */

static const char * const collections[] = {
  "persons", "organizations", "memberships", "posts", "events", "areas", NULL
};

static gboolean
focal_popolo_read_record (FocalPopoloImporter *self,
                          const char          *collection,
                          JsonNode            *node)
{
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return focal_popolo_wrong_type (self, node, NULL, "an object");
  object = json_node_get_object (node);

  g_string_assign (self->pattern, "$");
  focal_popolo_append_member (self->pattern, collection);
  g_string_append (self->pattern, "[*]");

  if (g_str_equal (collection, "persons"))
    return focal_popolo_read_person_record (self, object, FALSE, NULL);
  if (g_str_equal (collection, "organizations"))
    return focal_popolo_read_organization_record (self, object, FALSE, NULL);
  if (g_str_equal (collection, "memberships"))
    return focal_popolo_read_membership (self, object, NULL);
  if (g_str_equal (collection, "posts"))
    return focal_popolo_read_post (self, object, NULL, NULL);
  if (g_str_equal (collection, "events"))
    return focal_popolo_read_event (self, object);

  return focal_popolo_read_area (self, object, NULL);
}

/* Reads a collection element by element: each record is converted and its
 * JSON freed before the next one is read. */
static gboolean
focal_popolo_read_collection (FocalPopoloImporter *self,
                              const char          *collection)
{
  if (!focal_popolo_enter (self))
    return FALSE;

  if (focal_popolo_at (self, ']'))
    self->offset++;
  else
    for (guint index = 0;; index++)
      {
        gsize mark = self->path->len;
        JsonNode *node;
        gboolean ok;

        if (g_cancellable_set_error_if_cancelled (self->cancellable, &self->error))
          return FALSE;

        g_string_append_printf (self->path, "[%u]", index);
        node = focal_popolo_parse_value (self);
        if (node == NULL)
          return FALSE;
        ok = focal_popolo_read_record (self, collection, node);
        json_node_unref (node);
        focal_popolo_forget_positions (self);
        if (!ok)
          return FALSE;
        g_string_truncate (self->path, mark);

        focal_popolo_skip_space (self);
        if (focal_popolo_at (self, ','))
          self->offset++;
        else if (focal_popolo_at (self, ']'))
          {
            self->offset++;
            break;
          }
        else
          return focal_popolo_unexpected (self, "',' or ']'");
      }

  self->depth--;
  return TRUE;
}

/* A top-level member that is neither a collection libfocal reads nor
 * "meta": motions, vote events, speeches… */
static void
focal_popolo_drop_member (FocalPopoloImporter *self,
                          JsonNode            *node,
                          FocalPopoloPos       pos)
{
  guint count = 1;

  if (JSON_NODE_HOLDS_NULL (node))
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    count = json_array_get_length (json_node_get_array (node));
  focal_popolo_note_at (self, self->path->str, pos, FOCAL_POPOLO_UNMAPPED, FOCAL_POPOLO_DROPPED,
                        count);
}

static gboolean
focal_popolo_read_top_member (FocalPopoloImporter *self,
                              const char          *name)
{
  g_autoptr(JsonNode) node = NULL;
  FocalPopoloPos pos;

  g_string_assign (self->path, "$");
  focal_popolo_append_member (self->path, name);
  g_string_assign (self->pattern, self->path->str);

  focal_popolo_skip_space (self);
  if (g_strv_contains (collections, name) && focal_popolo_at (self, '['))
    return focal_popolo_read_collection (self, name);

  pos = focal_popolo_here (self);
  node = focal_popolo_parse_value (self);
  if (node == NULL)
    return FALSE;

  if (g_strv_contains (collections, name))
    return JSON_NODE_HOLDS_NULL (node) || focal_popolo_wrong_type (self, node, NULL, "an array");
  if (g_str_equal (name, "meta"))
    return focal_popolo_read_meta (self, node);

  focal_popolo_drop_member (self, node, pos);
  return TRUE;
}

static gboolean
focal_popolo_read_document (FocalPopoloImporter *self)
{
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *got = NULL;
  FocalPopoloPos pos;

  if (self->length >= 3 && memcmp (self->text, "\xEF\xBB\xBF", 3) == 0)
    self->offset = self->line_start = 3;

  focal_popolo_skip_space (self);
  if (self->offset >= self->length)
    return focal_popolo_syntax (self, "the document is empty");

  if (!focal_popolo_at (self, '{'))
    {
      pos = focal_popolo_here (self);
      node = focal_popolo_parse_value (self);
      if (node == NULL)
        return FALSE;
      got = focal_popolo_describe (node);
      return focal_popolo_fail (self, pos, NULL, FOCAL_ERROR_WRONG_TYPE,
                                "expected an object of Popolo collections (\"persons\", "
                                "\"organizations\", \"memberships\"…), got %s", got);
    }

  if (!focal_popolo_enter (self))
    return FALSE;

  if (focal_popolo_at (self, '}'))
    self->offset++;
  else
    for (;;)
      {
        g_autofree char *name = NULL;

        focal_popolo_skip_space (self);
        g_string_assign (self->path, "$");
        if (!focal_popolo_at (self, '"'))
          return focal_popolo_unexpected (self, "a member name in double quotes");
        name = focal_popolo_parse_string (self);
        if (name == NULL)
          return FALSE;
        focal_popolo_skip_space (self);
        if (!focal_popolo_at (self, ':'))
          return focal_popolo_unexpected (self, "':' after the member name");
        self->offset++;

        if (!focal_popolo_read_top_member (self, name))
          return FALSE;
        focal_popolo_forget_positions (self);

        g_string_assign (self->path, "$");
        focal_popolo_skip_space (self);
        if (focal_popolo_at (self, ','))
          self->offset++;
        else if (focal_popolo_at (self, '}'))
          {
            self->offset++;
            break;
          }
        else
          return focal_popolo_unexpected (self, "',' or '}'");
      }

  focal_popolo_skip_space (self);
  if (self->offset < self->length)
    return focal_popolo_syntax (self, "unexpected text after the end of the document");

  return TRUE;
}

/* Resolving references ----------------------------------------------------- */

static gboolean
focal_popolo_insert (FocalPopoloImporter *self,
                     FocalPopoloRecord   *record)
{
  g_autoptr(GError) error = NULL;

  record->added = TRUE;
  if (focal_graph_add (self->graph, record->entity, &error))
    return TRUE;

  g_string_assign (self->path, record->path);
  return focal_popolo_fail (self, record->pos, NULL, error->code, "%s", error->message);
}

/* Whether @record is the one that defines its entity: an embedded record
 * only when no collection defines the id. */
static gboolean
focal_popolo_defines (FocalPopoloImporter *self,
                      FocalPopoloRecord   *record)
{
  return !record->weak ||
         !g_hash_table_contains (self->declared, focal_entity_get_id (record->entity));
}

/* Sets the parent of an organization whose parent is in the graph; reports
 * a parent that is not an organization of the document. Returns FALSE
 * while the parent still waits to be added. */
static gboolean
focal_popolo_resolve_parent (FocalPopoloImporter *self,
                             FocalPopoloRecord   *record)
{
  FocalPopoloRecord *parent;
  const char *id = focal_entity_get_id (record->entity);
  g_autofree char *path = NULL;

  if (record->ref == NULL)
    return TRUE;

  parent = focal_popolo_lookup (self, record->ref);
  if (parent != NULL && parent->kind == FOCAL_POPOLO_ORGANIZATION)
    {
      if (!parent->added)
        return FALSE;
      focal_actor_set_parent_id (FOCAL_ACTOR (record->entity), record->ref);
      focal_popolo_unkeep (record->entity, "parent_id");
      return TRUE;
    }

  path = g_strconcat (record->path, ".parent_id", NULL);
  if (parent == NULL)
    focal_popolo_problem (self, FOCAL_ERROR_UNKNOWN_ID, record->ref_pos, path, id,
                          "unknown organization \"%s\"; the parent is kept in \"%s\" only",
                          record->ref, FOCAL_POPOLO_EXTRAS);
  else
    focal_popolo_problem (self, FOCAL_ERROR_WRONG_KIND, record->ref_pos, path, id,
                          "\"%s\" is a %s, not an organization; the parent is kept in \"%s\" only",
                          record->ref, focal_popolo_kind_label (parent->kind),
                          FOCAL_POPOLO_EXTRAS);
  return TRUE;
}

/* Adds the organizations, each after its parent. */
static gboolean
focal_popolo_add_organizations (FocalPopoloImporter *self)
{
  gboolean progress = TRUE;

  while (progress && self->error == NULL)
    {
      FocalPopoloRecord *waiting = NULL;

      progress = FALSE;
      for (guint i = 0; i < self->records->len && self->error == NULL; i++)
        {
          FocalPopoloRecord *record = g_ptr_array_index (self->records, i);

          if (record->kind != FOCAL_POPOLO_ORGANIZATION || record->added ||
              !focal_popolo_defines (self, record))
            continue;
          if (!focal_popolo_resolve_parent (self, record))
            {
              waiting = waiting != NULL ? waiting : record;
              continue;
            }
          focal_popolo_insert (self, record);
          progress = TRUE;
        }

      if (!progress && waiting != NULL)
        {
          g_string_assign (self->path, waiting->path);
          return focal_popolo_fail (self, waiting->ref_pos, "parent_id", FOCAL_ERROR_CYCLE,
                                    "the parents of organization \"%s\" lead back to it",
                                    focal_entity_get_id (waiting->entity));
        }
    }

  return self->error == NULL;
}

static gboolean
focal_popolo_add_entities (FocalPopoloImporter *self)
{
  for (guint i = 0; i < self->records->len && self->error == NULL; i++)
    {
      FocalPopoloRecord *record = g_ptr_array_index (self->records, i);

      if (record->kind == FOCAL_POPOLO_PERSON && focal_popolo_defines (self, record))
        focal_popolo_insert (self, record);
    }

  if (!focal_popolo_add_organizations (self))
    return FALSE;

  for (guint i = 0; i < self->records->len && self->error == NULL; i++)
    {
      FocalPopoloRecord *record = g_ptr_array_index (self->records, i);
      FocalEntity *organization;
      g_autofree char *path = NULL;

      if (record->kind != FOCAL_POPOLO_EVENT)
        continue;
      organization = record->ref != NULL ? focal_graph_lookup (self->graph, record->ref) : NULL;
      if (FOCAL_IS_ACTOR (organization))
        {
          focal_event_add_participant (FOCAL_EVENT (record->entity), record->ref);
          focal_popolo_unkeep (record->entity, "organization_id");
        }
      else if (record->ref != NULL)
        {
          path = g_strconcat (record->path, ".organization_id", NULL);
          focal_popolo_problem (self, FOCAL_ERROR_UNKNOWN_ID, record->ref_pos, path,
                                focal_entity_get_id (record->entity),
                                "unknown organization \"%s\"; kept in \"%s\" only",
                                record->ref, FOCAL_POPOLO_EXTRAS);
        }
      focal_popolo_insert (self, record);
    }

  return self->error == NULL;
}

/* Finds the actor at one end of a membership, or reports why the
 * membership is dropped. */
static FocalEntity *
focal_popolo_membership_end (FocalPopoloImporter   *self,
                             FocalPopoloMembership *membership,
                             const char            *id,
                             FocalPopoloPos         pos,
                             const char            *member,
                             const char            *what)
{
  g_autofree char *path = g_strconcat (membership->path, ".", member, NULL);
  FocalEntity *entity;

  if (id == NULL)
    {
      focal_popolo_problem (self, FOCAL_ERROR_MISSING_FIELD, membership->pos, path,
                            membership->id, "the membership names no %s; it is dropped", what);
      return NULL;
    }

  entity = focal_graph_lookup (self->graph, id);
  if (entity == NULL)
    focal_popolo_problem (self, FOCAL_ERROR_UNKNOWN_ID, pos, path, membership->id,
                          "unknown %s \"%s\"; the membership is dropped",
                          g_str_equal (member, "person_id") ? "person" : "organization", id);
  else if (!FOCAL_IS_ACTOR (entity))
    focal_popolo_problem (self, FOCAL_ERROR_WRONG_KIND, pos, path, membership->id,
                          "\"%s\" is an event, not a person or an organization; "
                          "the membership is dropped", id);
  else
    return entity;

  return NULL;
}

static void
focal_popolo_vote_country (GHashTable *votes,
                           const char *actor_id,
                           const char *country)
{
  const char *current;

  if (actor_id == NULL || country == NULL)
    return;

  current = g_hash_table_lookup (votes, actor_id);
  if (current == NULL)
    g_hash_table_insert (votes, g_strdup (actor_id), g_strdup (country));
  else if (!g_str_equal (current, country))
    g_hash_table_insert (votes, g_strdup (actor_id), g_strdup (""));
}

/* The country an area id gives: the declared area's, else the id's own
 * when it is an Open Civic Data id. An undeclared id counts too, since the
 * export declares every area it writes and the import of the export must
 * give the same countries. */
static char *
focal_popolo_area_country (FocalPopoloImporter *self,
                           const char          *area_id)
{
  FocalPopoloArea *area;

  if (area_id == NULL)
    return NULL;

  area = g_hash_table_lookup (self->areas, area_id);
  if (area != NULL)
    return g_strdup (area->country);

  return focal_popolo_country_of (area_id);
}

static void
focal_popolo_set_link_attributes (FocalPopoloImporter   *self,
                                  FocalPopoloMembership *membership,
                                  FocalLink             *link)
{
  FocalPopoloPost *post = NULL;
  const char *area_id = membership->area_id;
  FocalPopoloArea *area = NULL;

  if (membership->post_id != NULL)
    post = g_hash_table_lookup (self->posts, membership->post_id);
  if (area_id == NULL && post != NULL)
    area_id = post->area_id;
  if (area_id != NULL)
    area = g_hash_table_lookup (self->areas, area_id);

  focal_link_set_attribute (link, "id", membership->id);
  focal_link_set_attribute (link, "label", membership->label);
  focal_link_set_attribute (link, "role", membership->role ? membership->role
                                                           : post ? post->role : NULL);
  focal_link_set_attribute (link, "on_behalf_of", membership->on_behalf_of);
  focal_link_set_attribute (link, "post_id", membership->post_id);
  focal_link_set_attribute (link, "post_label", post ? post->label : NULL);
  focal_link_set_attribute (link, "legislative_period_id", membership->period_id);
  focal_link_set_attribute (link, "area_id", area_id);
  focal_link_set_attribute (link, "area_name", area ? area->name : NULL);

  if (post != NULL)
    post->held = TRUE;
  if (area != NULL)
    area->used = TRUE;
}

/* The period of a membership: its own dates, and for a missing one that
 * of its legislative period. */
static gboolean
focal_popolo_membership_period (FocalPopoloImporter    *self,
                                FocalPopoloMembership  *membership,
                                FocalDate             **out)
{
  FocalPopoloTerm *term = NULL;
  const char *start = membership->start;
  const char *end = membership->end;
  g_autoptr(GError) error = NULL;

  if (membership->period_id != NULL)
    term = g_hash_table_lookup (self->terms, membership->period_id);
  if (start == NULL && term != NULL)
    start = term->start;
  if (end == NULL && term != NULL)
    end = term->end;

  *out = focal_popolo_interval (start, end, &error);
  if (error == NULL)
    return TRUE;

  g_string_assign (self->path, membership->path);
  return focal_popolo_fail (self, membership->pos, NULL, error->code,
                            "%s (the dates of the membership%s)", error->message,
                            term != NULL ? " and of its legislative period" : "");
}

/* Reports the references of a membership that lead nowhere; the link
 * keeps them as attributes. */
static void
focal_popolo_check_attributes (FocalPopoloImporter   *self,
                               FocalPopoloMembership *membership,
                               FocalPopoloPost       *post)
{
  g_autofree char *path = NULL;

  if (membership->period_id != NULL && !g_hash_table_contains (self->terms, membership->period_id))
    {
      path = g_strconcat (membership->path, ".legislative_period_id", NULL);
      focal_popolo_problem (self, FOCAL_ERROR_UNKNOWN_ID, membership->period_pos, path,
                            membership->id, "unknown legislative period \"%s\": no event has that "
                            "id; the attribute is kept", membership->period_id);
      g_clear_pointer (&path, g_free);
    }
  if (membership->on_behalf_of != NULL &&
      !FOCAL_IS_ACTOR (focal_graph_lookup (self->graph, membership->on_behalf_of)))
    {
      path = g_strconcat (membership->path, ".on_behalf_of_id", NULL);
      focal_popolo_problem (self, FOCAL_ERROR_UNKNOWN_ID, membership->on_behalf_of_pos, path,
                            membership->id, "unknown organization \"%s\"; the attribute is kept",
                            membership->on_behalf_of);
      g_clear_pointer (&path, g_free);
    }
  if (membership->post_id != NULL && post == NULL)
    {
      path = g_strconcat (membership->path, ".post_id", NULL);
      focal_popolo_problem (self, FOCAL_ERROR_UNKNOWN_ID, membership->post_pos, path,
                            membership->id, "unknown post \"%s\"; the attribute is kept",
                            membership->post_id);
    }
}

static void
focal_popolo_add_membership (FocalPopoloImporter   *self,
                             FocalPopoloMembership *membership,
                             GHashTable            *votes)
{
  FocalPopoloPost *post = NULL;
  const char *target_id = membership->target_id;
  g_autoptr(FocalLink) link = NULL;
  g_autoptr(FocalDate) period = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *country = NULL;
  FocalEntity *source, *target;

  if (membership->post_id != NULL)
    post = g_hash_table_lookup (self->posts, membership->post_id);
  if (target_id == NULL && post != NULL)
    target_id = post->organization_id;

  source = focal_popolo_membership_end (self, membership, membership->source_id,
                                        membership->source_pos, "person_id",
                                        "person (person_id, person or member)");
  target = source == NULL ? NULL
           : focal_popolo_membership_end (self, membership, target_id, membership->target_pos,
                                          "organization_id",
                                          "organization (organization_id, organization or a "
                                          "post with one)");
  if (target == NULL || !focal_popolo_membership_period (self, membership, &period))
    return;

  link = focal_link_new (membership->source_id, FOCAL_LINK_KIND_MEMBER_OF, target_id);
  focal_link_set_period (link, period);
  focal_popolo_set_link_attributes (self, membership, link);
  for (guint i = 0; i < membership->citations->len; i++)
    focal_link_add_citation (link, g_ptr_array_index (membership->citations, i));
  focal_popolo_set_extras (link, membership->extras);

  if (!_focal_graph_add_link_unpinned (self->graph, link, &error))
    {
      focal_popolo_problem (self, error->code, membership->pos, membership->path, membership->id,
                            "%s; the membership is dropped", error->message);
      return;
    }
  focal_popolo_check_attributes (self, membership, post);

  country = focal_popolo_area_country (self, focal_link_get_attribute (link, "area_id"));
  if (country != NULL)
    {
      focal_popolo_vote_country (votes, focal_entity_get_id (source), country);
      focal_popolo_vote_country (votes, focal_entity_get_id (target), country);
      focal_popolo_vote_country (votes, membership->on_behalf_of, country);
    }
}

/* Gives actors the country of the areas they are tied to: an
 * organization's own area first, else the areas of all the memberships
 * an actor takes part in, when they agree. */
static void
focal_popolo_set_countries (FocalPopoloImporter *self,
                            GHashTable          *votes)
{
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < self->records->len; i++)
    {
      FocalPopoloRecord *record = g_ptr_array_index (self->records, i);
      g_autofree char *country = NULL;
      FocalPopoloArea *area;

      if (record->area_id == NULL || !record->added)
        continue;
      area = g_hash_table_lookup (self->areas, record->area_id);
      if (area != NULL)
        area->used = TRUE;
      country = focal_popolo_area_country (self, record->area_id);
      if (country != NULL)
        focal_actor_set_country (FOCAL_ACTOR (record->entity), country, NULL);
    }

  g_hash_table_iter_init (&iter, votes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FocalEntity *actor = focal_graph_lookup (self->graph, key);

      if (FOCAL_IS_ACTOR (actor) && ((char *) value)[0] != '\0' &&
          focal_actor_get_country (FOCAL_ACTOR (actor)) == NULL)
        focal_actor_set_country (FOCAL_ACTOR (actor), value, NULL);
    }
}

static void
focal_popolo_note_unused (FocalPopoloImporter *self)
{
  for (guint i = 0; i < self->post_ids->len; i++)
    {
      const char *id = g_ptr_array_index (self->post_ids, i);
      FocalPopoloPost *post = g_hash_table_lookup (self->posts, id);

      if (!post->held)
        focal_popolo_note_at (self, "$.posts[*]", post->pos, "not held by any membership",
                              FOCAL_POPOLO_DROPPED, 1);
    }

  for (guint i = 0; i < self->area_ids->len; i++)
    {
      const char *id = g_ptr_array_index (self->area_ids, i);
      FocalPopoloArea *area = g_hash_table_lookup (self->areas, id);

      if (!area->used)
        focal_popolo_note_at (self, "$.areas[*]", area->pos,
                              "not referred to by any membership or organization",
                              FOCAL_POPOLO_DROPPED, 1);
    }
}

static gboolean
focal_popolo_resolve (FocalPopoloImporter *self)
{
  g_autoptr(GHashTable) votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!focal_popolo_add_entities (self))
    return FALSE;

  for (guint i = 0; i < self->memberships->len && self->error == NULL; i++)
    focal_popolo_add_membership (self, g_ptr_array_index (self->memberships, i), votes);
  if (self->error != NULL)
    return FALSE;

  focal_popolo_set_countries (self, votes);
  focal_popolo_note_unused (self);

  return TRUE;
}

static FocalGraph *
focal_popolo_import (const char    *data,
                     gsize          length,
                     const char    *file,
                     GListModel   **report,
                     GCancellable  *cancellable,
                     GError       **error)
{
  FocalPopoloImporter self;
  FocalGraph *graph = NULL;

  focal_popolo_importer_init (&self, data, length, file, cancellable);

  if (focal_popolo_read_document (&self) && focal_popolo_resolve (&self))
    {
      graph = g_steal_pointer (&self.graph);
      if (report != NULL)
        *report = focal_popolo_build_report (&self);
    }
  else
    {
      g_assert (self.error != NULL);
      g_propagate_error (error, g_steal_pointer (&self.error));
      if (report != NULL)
        *report = NULL;
    }

  focal_popolo_importer_clear (&self);
  return graph;
}

/**
 * focal_popolo_import_data:
 * @data: Popolo JSON text, in UTF-8
 * @length: the length of @data in bytes, or -1 when it ends with a nul byte
 * @report: (out) (optional) (transfer full) (nullable): return location for
 *   a list model of [class@Problem], what the graph does not represent
 * @error: return location for an error
 *
 * Reads a Popolo document into a new graph.
 *
 * The document is an object of Popolo collections, as EveryPolitician
 * publishes them: `persons`, `organizations`, `memberships`, `posts`,
 * `events` and `areas`, and `meta`. They become:
 *
 * - persons: actors of kind `person` with the Popolo id and name; `summary`
 *   becomes the description, `birth_date` and `death_date` the validity
 *   interval ([property@Entity:valid]);
 * - organizations: actors whose kind comes from the classification
 *   (`party` → `political-party`, `legislature` or `parliament` →
 *   `legislature`, `chamber`, `lower house` or `upper house` →
 *   `legislative-chamber`, anything else `other`); `parent_id` becomes the
 *   parent when it names an organization of the document;
 *   `founding_date` and `dissolution_date` the validity interval;
 * - memberships: links of kind `member-of` from the person (`person_id`,
 *   or `member` for an organization) to the organization, with the period
 *   from `start_date` and `end_date` as an EDTF interval (a missing end is
 *   taken from the legislative period, else left open) and the link
 *   attributes `id`, `label`, `role`, `on_behalf_of` (the party),
 *   `post_id`, `post_label`, `legislative_period_id`, `area_id` and
 *   `area_name` when they are known;
 * - events, such as legislative periods: events of kind `other` (or the
 *   kind the classification names) with their dates as an interval (open
 *   at the end for a legislative period still going on), location, and
 *   the organization as participant; memberships of a legislative period
 *   inherit its dates;
 * - posts: no entity; the memberships that hold one get its label, and its
 *   role, organization and area when they have none;
 * - areas: no entity; the memberships in one get its name, and an Open
 *   Civic Data area id (`ocd-division/country:mx/…`) gives a country code
 *   to the actors of those memberships, whether `areas` lists it or not;
 * - `sources` of a record and `meta.sources`: sources of the graph whose
 *   id and URL are the Popolo URL, cited by the record.
 *
 * Embedded records (a membership's `person`, an organization's
 * `memberships`) are read as if they were in their collection.
 *
 * Every other member of a person, organization, membership or event is
 * kept unchanged in an `x-popolo` member of its extension data, which
 * [class@Document] saves and [func@popolo_export] writes back. What has
 * no such place (the other members of posts and areas, collections such
 * as `vote_events`) is dropped. Both are listed in @report, one problem
 * of code `FOCAL_ERROR_INVALID_VALUE` per JSON path pattern, such as
 * `$.persons[*].contact_details: not represented (342 values); kept as
 * extension data "x-popolo"`, followed by one problem per reference that
 * could not be followed (a membership of an unknown person is dropped).
 *
 * Text that is not JSON, values of the wrong JSON type, dates that are not
 * dates, missing or duplicate ids fail the import with an error whose
 * message starts with the line, column and JSON path of the value, as in
 * `<data>:3:12: $.persons[0].id: expected a string, got the number 7`.
 *
 * Returns: (transfer full): a new graph, or `NULL` with @error set
 */
FocalGraph *
focal_popolo_import_data (const char  *data,
                          gssize       length,
                          GListModel **report,
                          GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  return focal_popolo_import (data != NULL ? data : "", length, "<data>", report, NULL, error);
}

/**
 * focal_popolo_import_file:
 * @file: a Popolo JSON file
 * @report: (out) (optional) (transfer full) (nullable): return location for
 *   a list model of [class@Problem], what the graph does not represent
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Reads a Popolo file into a new graph, as [func@popolo_import_data] does.
 *
 * Messages name the file by its base name, as in
 * `ep-popolo-v1.0.json:14:7: $.persons[0].name: expected a string, …`.
 * A file that cannot be read is a `FOCAL_ERROR_IO` error; cancelling
 * gives `G_IO_ERROR_CANCELLED`.
 *
 * Returns: (transfer full): a new graph, or `NULL` with @error set
 */
FocalGraph *
focal_popolo_import_file (GFile         *file,
                          GListModel   **report,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (report != NULL)
    *report = NULL;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, local_error);
          return NULL;
        }
      name = g_file_get_parse_name (file);
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_IO, "cannot read %s: %s", name,
                   local_error->message);
      g_error_free (local_error);
      return NULL;
    }

  basename = g_file_get_basename (file);
  return focal_popolo_import (contents, length, basename, report, cancellable, error);
}

/* Export ------------------------------------------------------------------ */

typedef struct
{
  FocalGraph *graph;
  GHashTable *cited;      /* ids of the sources cited by what is written */
  JsonArray  *posts;
  GHashTable *post_ids;
  JsonArray  *areas;
  GHashTable *area_ids;
  GHashTable *terms;      /* ids of the events named by legislative_period_id */
} FocalPopoloExporter;

/* The text of the export, laid out as JsonGenerator lays it out with an
 * indent of 2, except for numbers: JsonGenerator (json-glib 1.6) appends
 * ".0" to every double it prints without a point, which makes "1e+76.0"
 * of 1e76, text that is not JSON. */
static void
focal_popolo_write_string (GString    *out,
                           const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;

        case '\\':
          g_string_append (out, "\\\\");
          break;

        case '\b':
          g_string_append (out, "\\b");
          break;

        case '\f':
          g_string_append (out, "\\f");
          break;

        case '\n':
          g_string_append (out, "\\n");
          break;

        case '\r':
          g_string_append (out, "\\r");
          break;

        case '\t':
          g_string_append (out, "\\t");
          break;

        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
focal_popolo_write_node (GString  *out,
                         JsonNode *node,
                         guint     depth);

static void
focal_popolo_write_indent (GString *out,
                           guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
focal_popolo_write_object (GString    *out,
                           JsonObject *object,
                           guint       depth)
{
  g_autoptr(GList) members = json_object_get_members (object);

  if (members == NULL)
    {
      g_string_append (out, "{  }");
      return;
    }

  g_string_append (out, "{\n");
  for (GList *l = members; l != NULL; l = l->next)
    {
      focal_popolo_write_indent (out, depth + 1);
      focal_popolo_write_string (out, l->data);
      g_string_append (out, " : ");
      focal_popolo_write_node (out, json_object_get_member (object, l->data), depth + 1);
      g_string_append (out, l->next != NULL ? ",\n" : "\n");
    }
  focal_popolo_write_indent (out, depth);
  g_string_append_c (out, '}');
}

static void
focal_popolo_write_array (GString   *out,
                          JsonArray *array,
                          guint      depth)
{
  guint n = json_array_get_length (array);

  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append (out, "[\n");
  for (guint i = 0; i < n; i++)
    {
      focal_popolo_write_indent (out, depth + 1);
      focal_popolo_write_node (out, json_array_get_element (array, i), depth + 1);
      g_string_append (out, i + 1 < n ? ",\n" : "\n");
    }
  focal_popolo_write_indent (out, depth);
  g_string_append_c (out, ']');
}

static void
focal_popolo_write_node (GString  *out,
                         JsonNode *node,
                         guint     depth)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  GType type;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      focal_popolo_write_object (out, json_node_get_object (node), depth);
      return;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      focal_popolo_write_array (out, json_node_get_array (node), depth);
      return;
    }
  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_string_append (out, "null");
      return;
    }

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    focal_popolo_write_string (out, json_node_get_string (node));
  else if (type == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else if (type == G_TYPE_INT64)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else
    {
      _focal_json_format_number (buffer, json_node_get_double (node));
      g_string_append (out, buffer);
    }
}

/* Link attributes that are Popolo membership fields. */
static const char * const membership_attributes[] = {
  "id", "label", "role", "on_behalf_of", "post_id", "post_label", "legislative_period_id",
  "area_id", "area_name", NULL
};

static void
focal_popolo_set_string (JsonObject *object,
                         const char *name,
                         const char *value)
{
  if (value != NULL && !json_object_has_member (object, name))
    json_object_set_string_member (object, name, value);
}

/* The ends of @date as Popolo dates: those of an interval, where they are
 * not open, or the date itself as start (and as end if @single_is_both). */
static void
focal_popolo_date_ends (FocalDate  *date,
                        gboolean    single_is_both,
                        char      **start,
                        char      **end)
{
  *start = *end = NULL;
  if (date == NULL)
    return;

  if (!focal_date_is_interval (date))
    {
      *start = focal_date_to_string (date);
      *end = single_is_both ? g_strdup (*start) : NULL;
      return;
    }

  if (focal_date_get_start (date) != NULL)
    *start = focal_date_to_string (focal_date_get_start (date));
  if (focal_date_get_end (date) != NULL)
    *end = focal_date_to_string (focal_date_get_end (date));
}

static void
focal_popolo_set_dates (JsonObject *object,
                        FocalDate  *date,
                        const char *start_name,
                        const char *end_name,
                        gboolean    single_is_both)
{
  g_autofree char *start = NULL, *end = NULL;

  focal_popolo_date_ends (date, single_is_both, &start, &end);
  focal_popolo_set_string (object, start_name, start);
  focal_popolo_set_string (object, end_name, end);
}

/* Citations become Popolo links to their source's URL (its id when it
 * has none), with the source's title as note. */
static void
focal_popolo_export_sources (FocalPopoloExporter *self,
                             GListModel          *citations,
                             JsonObject          *object)
{
  guint n = g_list_model_get_n_items (citations);
  JsonArray *array;

  if (n == 0 || json_object_has_member (object, "sources"))
    return;

  array = json_array_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalCitation) citation = g_list_model_get_item (citations, i);
      const char *id = focal_citation_get_source_id (citation);
      FocalSource *source = focal_graph_lookup_source (self->graph, id);
      JsonObject *link = json_object_new ();

      focal_popolo_set_string (link, "url", source != NULL && focal_source_get_url (source) != NULL
                                            ? focal_source_get_url (source) : id);
      focal_popolo_set_string (link, "note",
                               source != NULL ? focal_source_get_title (source) : NULL);
      json_array_add_object_element (array, link);
      g_hash_table_add (self->cited, (gpointer) id);
    }

  json_object_set_array_member (object, "sources", array);
}

/* Writes back the "x-popolo" members of @object that are not set yet. */
static void
focal_popolo_export_extras (gpointer    object,
                            JsonObject *out)
{
  JsonObject *popolo = focal_popolo_get_extras (object);
  g_autoptr(GList) members = NULL;

  if (popolo == NULL)
    return;

  members = json_object_get_members (popolo);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!json_object_has_member (out, l->data))
        json_object_set_member (out, l->data,
                                json_node_copy (json_object_get_member (popolo, l->data)));
    }
}

static JsonObject *
focal_popolo_export_person (FocalPopoloExporter *self,
                            FocalEntity         *entity)
{
  JsonObject *object = json_object_new ();

  focal_popolo_set_string (object, "id", focal_entity_get_id (entity));
  focal_popolo_set_string (object, "name", focal_entity_get_name (entity));
  focal_popolo_set_string (object, "summary", focal_entity_get_description (entity));
  focal_popolo_set_dates (object, focal_entity_get_valid (entity), "birth_date", "death_date",
                          FALSE);
  focal_popolo_export_sources (self, focal_entity_get_citations (entity), object);
  focal_popolo_export_extras (entity, object);

  return object;
}

/* The Popolo classification of an actor kind, for actors that were not
 * read from Popolo. */
static const char *
focal_popolo_classification (FocalActorKind kind)
{
  g_autoptr(GEnumClass) klass = NULL;

  switch (kind)
    {
    case FOCAL_ACTOR_KIND_OTHER:
      return NULL;

    case FOCAL_ACTOR_KIND_POLITICAL_PARTY:
      return "party";

    case FOCAL_ACTOR_KIND_LEGISLATIVE_CHAMBER:
      return "chamber";

    default:
      klass = g_type_class_ref (FOCAL_TYPE_ACTOR_KIND);
      return g_enum_get_value (klass, kind)->value_nick;
    }
}

static JsonObject *
focal_popolo_export_organization (FocalPopoloExporter *self,
                                  FocalActor          *actor)
{
  FocalEntity *entity = FOCAL_ENTITY (actor);
  JsonObject *popolo = focal_popolo_get_extras (actor);
  JsonObject *object = json_object_new ();

  focal_popolo_set_string (object, "id", focal_entity_get_id (entity));
  focal_popolo_set_string (object, "name", focal_entity_get_name (entity));
  if (popolo == NULL || !json_object_has_member (popolo, "classification"))
    focal_popolo_set_string (object, "classification",
                             focal_popolo_classification (focal_actor_get_kind (actor)));
  focal_popolo_set_string (object, "parent_id", focal_actor_get_parent_id (actor));
  focal_popolo_set_dates (object, focal_entity_get_valid (entity), "founding_date",
                          "dissolution_date", FALSE);
  focal_popolo_export_sources (self, focal_entity_get_citations (entity), object);
  focal_popolo_export_extras (actor, object);

  return object;
}

static void
focal_popolo_export_membership_period (FocalPopoloExporter *self,
                                       FocalLink           *link,
                                       JsonObject          *object)
{
  const char *term_id = focal_link_get_attribute (link, "legislative_period_id");
  FocalEntity *term = term_id != NULL ? focal_graph_lookup (self->graph, term_id) : NULL;
  g_autofree char *start = NULL, *end = NULL;
  g_autofree char *term_start = NULL, *term_end = NULL;

  focal_popolo_date_ends (focal_link_get_period (link), TRUE, &start, &end);
  if (FOCAL_IS_EVENT (term))
    focal_popolo_date_ends (focal_event_get_date (FOCAL_EVENT (term)), FALSE, &term_start,
                            &term_end);

  /* Dates the membership shares with its legislative period are left to
   * it, as EveryPolitician does. */
  if (g_strcmp0 (start, term_start) != 0)
    focal_popolo_set_string (object, "start_date", start);
  if (g_strcmp0 (end, term_end) != 0)
    focal_popolo_set_string (object, "end_date", end);
}

static void
focal_popolo_export_post_and_area (FocalPopoloExporter *self,
                                   FocalLink           *link)
{
  const char *post_id = focal_link_get_attribute (link, "post_id");
  const char *area_id = focal_link_get_attribute (link, "area_id");

  if (post_id != NULL && !g_hash_table_contains (self->post_ids, post_id))
    {
      JsonObject *post = json_object_new ();

      focal_popolo_set_string (post, "id", post_id);
      focal_popolo_set_string (post, "label", focal_link_get_attribute (link, "post_label"));
      focal_popolo_set_string (post, "organization_id", focal_link_get_target_id (link));
      json_array_add_object_element (self->posts, post);
      g_hash_table_add (self->post_ids, (gpointer) post_id);
    }

  if (area_id != NULL && !g_hash_table_contains (self->area_ids, area_id))
    {
      JsonObject *area = json_object_new ();

      focal_popolo_set_string (area, "id", area_id);
      focal_popolo_set_string (area, "name", focal_link_get_attribute (link, "area_name"));
      json_array_add_object_element (self->areas, area);
      g_hash_table_add (self->area_ids, (gpointer) area_id);
    }
}

static JsonObject *
focal_popolo_export_membership (FocalPopoloExporter *self,
                                FocalLink           *link,
                                FocalActor          *member)
{
  JsonObject *object = json_object_new ();
  g_auto(GStrv) keys = focal_link_dup_attribute_keys (link);
  const char *term_id = focal_link_get_attribute (link, "legislative_period_id");

  focal_popolo_set_string (object, "id", focal_link_get_attribute (link, "id"));
  focal_popolo_set_string (object, "label", focal_link_get_attribute (link, "label"));
  focal_popolo_set_string (object, "role", focal_link_get_attribute (link, "role"));
  if (focal_actor_get_kind (member) == FOCAL_ACTOR_KIND_PERSON)
    focal_popolo_set_string (object, "person_id", focal_link_get_source_id (link));
  else
    {
      JsonObject *reference = json_object_new ();

      focal_popolo_set_string (reference, "@type", "Organization");
      focal_popolo_set_string (reference, "id", focal_link_get_source_id (link));
      json_object_set_object_member (object, "member", reference);
    }
  focal_popolo_set_string (object, "organization_id", focal_link_get_target_id (link));
  focal_popolo_set_string (object, "on_behalf_of_id",
                           focal_link_get_attribute (link, "on_behalf_of"));
  focal_popolo_set_string (object, "post_id", focal_link_get_attribute (link, "post_id"));
  focal_popolo_set_string (object, "area_id", focal_link_get_attribute (link, "area_id"));
  focal_popolo_set_string (object, "legislative_period_id", term_id);
  focal_popolo_export_membership_period (self, link, object);
  focal_popolo_export_sources (self, focal_link_get_citations (link), object);

  /* Attributes of links that were not read from Popolo are written as
   * members of their own, unless Popolo gives the name a meaning. */
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (!g_strv_contains (membership_attributes, keys[i]) &&
          !g_strv_contains (membership_mapped, keys[i]))
        focal_popolo_set_string (object, keys[i], focal_link_get_attribute (link, keys[i]));
    }

  focal_popolo_export_extras (link, object);
  focal_popolo_export_post_and_area (self, link);
  if (term_id != NULL)
    g_hash_table_add (self->terms, (gpointer) term_id);

  return object;
}

static JsonObject *
focal_popolo_export_event (FocalPopoloExporter *self,
                           FocalEvent          *event)
{
  FocalEntity *entity = FOCAL_ENTITY (event);
  const char * const *participants = focal_event_get_participants (event);
  JsonObject *object = json_object_new ();

  focal_popolo_set_string (object, "id", focal_entity_get_id (entity));
  focal_popolo_set_string (object, "name", focal_entity_get_name (entity));
  focal_popolo_set_string (object, "description", focal_entity_get_description (entity));
  focal_popolo_set_dates (object, focal_event_get_date (event), "start_date", "end_date", FALSE);
  focal_popolo_set_string (object, "location", focal_event_get_location (event));
  focal_popolo_set_string (object, "organization_id",
                           participants != NULL ? participants[0] : NULL);
  focal_popolo_export_sources (self, focal_entity_get_citations (entity), object);
  focal_popolo_export_extras (event, object);

  return object;
}

/* The sources no written record cites, as "meta": {"sources": […]}. */
static JsonObject *
focal_popolo_export_meta (FocalPopoloExporter *self)
{
  GListModel *sources = focal_graph_get_sources (self->graph);
  JsonArray *array = NULL;
  JsonObject *meta;

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(FocalSource) source = g_list_model_get_item (sources, i);
      const char *url = focal_source_get_url (source);

      if (g_hash_table_contains (self->cited, focal_source_get_id (source)))
        continue;
      if (array == NULL)
        array = json_array_new ();
      if (url == NULL)
        url = focal_source_get_id (source);
      if (focal_source_get_title (source) == NULL)
        json_array_add_string_element (array, url);
      else
        {
          JsonObject *link = json_object_new ();

          focal_popolo_set_string (link, "url", url);
          focal_popolo_set_string (link, "note", focal_source_get_title (source));
          json_array_add_object_element (array, link);
        }
    }

  if (array == NULL)
    return NULL;

  meta = json_object_new ();
  json_object_set_array_member (meta, "sources", array);
  return meta;
}

static JsonArray *
focal_popolo_export_memberships (FocalPopoloExporter *self)
{
  GListModel *links = focal_graph_get_links (self->graph);
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      FocalEntity *source = focal_graph_lookup (self->graph, focal_link_get_source_id (link));
      FocalEntity *target = focal_graph_lookup (self->graph, focal_link_get_target_id (link));

      if (focal_link_get_kind (link) == FOCAL_LINK_KIND_MEMBER_OF && FOCAL_IS_ACTOR (source) &&
          FOCAL_IS_ACTOR (target))
        json_array_add_object_element (array,
                                       focal_popolo_export_membership (self, link,
                                                                       FOCAL_ACTOR (source)));
    }

  return array;
}

/* An event that has no more than a Popolo event says, as the import
 * makes them from records with no unknown member: a single event of kind
 * other, with no parent and at most one participant. */
static gboolean
focal_popolo_event_is_plain (FocalEvent *event)
{
  const char * const *participants = focal_event_get_participants (event);

  return focal_event_get_kind (event) == FOCAL_EVENT_KIND_OTHER &&
         !focal_event_get_aggregate (event) &&
         focal_event_get_parent_id (event) == NULL &&
         (participants == NULL || participants[0] == NULL || participants[1] == NULL);
}

static JsonArray *
focal_popolo_export_events (FocalPopoloExporter *self)
{
  GListModel *events = focal_graph_get_events (self->graph);
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(FocalEvent) event = g_list_model_get_item (events, i);

      if (g_hash_table_contains (self->terms, focal_entity_get_id (FOCAL_ENTITY (event))) ||
          focal_popolo_get_extras (event) != NULL ||
          focal_popolo_event_is_plain (event))
        json_array_add_object_element (array, focal_popolo_export_event (self, event));
    }

  return array;
}

static void
focal_popolo_set_collection (JsonObject *root,
                             const char *name,
                             JsonArray  *array)
{
  if (json_array_get_length (array) > 0)
    json_object_set_array_member (root, name, json_array_ref (array));
}

/**
 * focal_popolo_export:
 * @graph: a graph
 * @length: (out) (optional): return location for the length of the text
 *
 * Writes a graph as a Popolo JSON document.
 *
 * The document has the collections EveryPolitician uses, in its order,
 * each left out when empty:
 *
 * - `persons`: the actors of kind `person`, with `id`, `name`, `summary`
 *   (the description) and `birth_date` and `death_date` (the ends of the
 *   validity interval);
 * - `organizations`: the other actors, with `classification` (`party`,
 *   `legislature`, `chamber` or the actor kind's nick), `parent_id`,
 *   `founding_date` and `dissolution_date`;
 * - `meta`: the sources no written record cites;
 * - `memberships`: the `member-of` links between actors, with
 *   `person_id` (or `member` for an organization), `organization_id`, the
 *   attributes [func@popolo_import_data] reads and other attributes as
 *   members of their own, and `start_date` and `end_date` where they differ
 *   from the dates of the legislative period;
 * - `posts` and `areas`: one for each `post_id` and `area_id` attribute,
 *   with the label and name the links give;
 * - `events`: the events that memberships name as legislative period,
 *   those read from Popolo with members of their own, and the plain ones
 *   (single events of kind other, with no parent and at most one
 *   participant, as Popolo events are), with the first participant as
 *   `organization_id`.
 *
 * Citations become `sources` entries with the source's URL and title, and
 * the `x-popolo` extension data kept by the import is written back, so
 * that importing the text gives back the same graph. Forums, agreements,
 * issues and positions have no Popolo form and are left out.
 *
 * Returns: (transfer full): the Popolo JSON text, in UTF-8, ending with a
 *   newline
 */
char *
focal_popolo_export (FocalGraph *graph,
                     gsize      *length)
{
  FocalPopoloExporter self = { graph, };
  g_autoptr(JsonArray) persons = json_array_new ();
  g_autoptr(JsonArray) organizations = json_array_new ();
  g_autoptr(JsonArray) memberships = NULL;
  g_autoptr(JsonArray) events = NULL;
  g_autoptr(JsonObject) meta = NULL;
  g_autoptr(JsonObject) root = json_object_new ();
  GString *text = g_string_new (NULL);
  GListModel *actors;

  g_return_val_if_fail (FOCAL_IS_GRAPH (graph), NULL);

  self.cited = g_hash_table_new (g_str_hash, g_str_equal);
  self.posts = json_array_new ();
  self.post_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self.areas = json_array_new ();
  self.area_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self.terms = g_hash_table_new (g_str_hash, g_str_equal);

  actors = focal_graph_get_actors (graph);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(FocalActor) actor = g_list_model_get_item (actors, i);

      if (focal_actor_get_kind (actor) == FOCAL_ACTOR_KIND_PERSON)
        json_array_add_object_element (persons,
                                       focal_popolo_export_person (&self, FOCAL_ENTITY (actor)));
      else
        json_array_add_object_element (organizations,
                                       focal_popolo_export_organization (&self, actor));
    }
  memberships = focal_popolo_export_memberships (&self);
  events = focal_popolo_export_events (&self);
  meta = focal_popolo_export_meta (&self);

  focal_popolo_set_collection (root, "persons", persons);
  focal_popolo_set_collection (root, "organizations", organizations);
  if (meta != NULL)
    json_object_set_object_member (root, "meta", json_object_ref (meta));
  focal_popolo_set_collection (root, "memberships", memberships);
  focal_popolo_set_collection (root, "posts", self.posts);
  focal_popolo_set_collection (root, "events", events);
  focal_popolo_set_collection (root, "areas", self.areas);

  focal_popolo_write_object (text, root, 0);
  g_string_append_c (text, '\n');

  g_hash_table_unref (self.cited);
  json_array_unref (self.posts);
  g_hash_table_unref (self.post_ids);
  json_array_unref (self.areas);
  g_hash_table_unref (self.area_ids);
  g_hash_table_unref (self.terms);

  if (length != NULL)
    *length = text->len;
  return g_string_free (text, FALSE);
}
