/* focal-snapshot.c: binary snapshots of whole documents, in GVariant form
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-document.h"

#include <math.h>
#include <string.h>

#include "focal-citation.h"
#include "focal-enum-types.h"
#include "focal-extras-private.h"
#include "focal-graph-private.h"
#include "focal-json-private.h"
#include "focal-link-private.h"

/* A snapshot is one serialized GVariant of type FOCAL_SNAPSHOT_TYPE, in
 * little-endian byte order (docs/format.md, "Snapshots"):
 *
 *   ("focal-snapshot", version 2, <body>)
 *
 * where the body, of type FOCAL_SNAPSHOT_BODY_TYPE, is
 *
 *   0  s   the document without its links, as compact canonical focal/1 text
 *   1  as  the id of each node of the graph, in node order ("" for a hole)
 *   2  au  the source node of each link
 *   3  au  the target node of each link
 *   4  ay  the kind of each link (a FocalLinkKind)
 *   5  au  the period of each link: an index into 7, 0 for none
 *   6  ad  the weight of each link, or empty when every link weighs 1
 *   7  as  the periods as EDTF text; the first is "" and unused
 *   8  a(umsaya(smsmsumsms)ms)  the optional parts of the links that have
 *          any, by ascending link index: index, description, attributes
 *          packed as "key\0value\0...\0" (empty: none), citations (source,
 *          section, page, note or 0, quote, unknown members as JSON text)
 *          and the link's unknown members as JSON object text.
 *   9  au  the attributes of each link: an index into 10, 0 for none; or
 *          empty when no link has attributes
 *   10 aay the distinct attribute blocks, packed as in 8; the first is
 *          empty and unused.
 *
 * Version 2 keeps the links' attributes in 9 and 10, so that a million
 * links with a few distinct blocks load without a part each; the parts
 * in 8 then have no attributes. Version 1, whose body stops at 8, is read
 * too.
 *
 * The columns load without parsing; the entities go through the validated
 * JSON reader. Loading trusts nothing: every length, index, kind, period
 * and reference is checked, and bad data is a FocalError naming where. */

#define FOCAL_SNAPSHOT_MAGIC      "focal-snapshot"
#define FOCAL_SNAPSHOT_VERSION    2
#define FOCAL_SNAPSHOT_TYPE       "(suv)"
#define FOCAL_SNAPSHOT_PART_TYPE  "(umsaya(smsmsumsms)ms)"
#define FOCAL_SNAPSHOT_BODY_TYPE_1 "(sasauauayauadasa" FOCAL_SNAPSHOT_PART_TYPE ")"
#define FOCAL_SNAPSHOT_BODY_TYPE  "(sasauauayauadasa" FOCAL_SNAPSHOT_PART_TYPE "auaay)"

/* Depth, in a focal/1 document, of a link object and of a citation of a
 * link: $ is 1, $.links 2, $.links[i] 3, its citations 4, a citation 5. */
#define FOCAL_SNAPSHOT_LINK_DEPTH      3
#define FOCAL_SNAPSHOT_CITATION_DEPTH  5

enum
{
  BODY_TEXT,
  BODY_NODES,
  BODY_SOURCE,
  BODY_TARGET,
  BODY_KIND,
  BODY_PERIOD,
  BODY_WEIGHT,
  BODY_PERIODS,
  BODY_PARTS,
  BODY_ATTRIBUTES,   /* from version 2 */
  BODY_BLOCKS,
};

static const char * const link_keys[] = {
  "source", "kind", "target", "period", "weight", "description", "attributes", "citations", NULL
};

static const char * const citation_keys[] = {
  "source", "section", "page", "note", "quote", NULL
};

/* Writing ------------------------------------------------------------------ */

/* GVariant strings must be UTF-8; the graph's strings are, unless code
 * stored broken text, which is then repaired rather than refused. */
static GVariant *
focal_snapshot_new_string (const char *text)
{
  g_autofree char *valid = NULL;

  if (g_utf8_validate (text, -1, NULL))
    return g_variant_new_string (text);

  valid = g_utf8_make_valid (text, -1);
  return g_variant_new_string (valid);
}

static GVariant *
focal_snapshot_new_maybe_string (const char *text)
{
  return g_variant_new_maybe (G_VARIANT_TYPE_STRING,
                              text != NULL ? focal_snapshot_new_string (text) : NULL);
}

static GVariant *
focal_snapshot_new_json (JsonObject *object)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  if (object == NULL || json_object_get_size (object) == 0)
    return focal_snapshot_new_maybe_string (NULL);

  node = json_node_init_object (json_node_alloc (), object);
  generator = json_generator_new ();
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);

  return focal_snapshot_new_maybe_string (text);
}

static GVariant *
focal_snapshot_new_citations (GListStore *citations)
{
  GVariantBuilder builder;
  guint n = citations != NULL ? g_list_model_get_n_items (G_LIST_MODEL (citations)) : 0;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(smsmsumsms)"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalCitation) citation = g_list_model_get_item (G_LIST_MODEL (citations), i);

      g_variant_builder_add_value (&builder, g_variant_new (
        "(@s@ms@msu@ms@ms)",
        focal_snapshot_new_string (focal_citation_get_source_id (citation)),
        focal_snapshot_new_maybe_string (focal_citation_get_section (citation)),
        focal_snapshot_new_maybe_string (focal_citation_get_page (citation)),
        focal_citation_get_note (citation),
        focal_snapshot_new_maybe_string (focal_citation_get_quote (citation)),
        focal_snapshot_new_json (_focal_extras_get (citation, FOCAL_EXTRAS_MAIN))));
    }

  return g_variant_builder_end (&builder);
}

static GVariant *
focal_snapshot_new_column (const GVariantType *type,
                           gconstpointer       data,
                           gsize               n,
                           gsize               size)
{
  return g_variant_new_fixed_array (type, n > 0 ? data : NULL, n, size);
}

/* The parts of the links that have more than attributes, which are in
 * their own columns. */
static GVariant *
focal_snapshot_new_parts (FocalGraph *graph,
                          guint       n_links)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a" FOCAL_SNAPSHOT_PART_TYPE));
  for (guint l = 0; l < n_links; l++)
    {
      FocalLinkData *data = _focal_graph_link_data (graph, l, FALSE);

      /* An empty citations model, which a link keeps once handed out, or
       * empty unknown members write nothing. */
      if (data == NULL ||
          (data->description == NULL &&
           (data->unknown == NULL || json_object_get_size (data->unknown) == 0) &&
           (data->citations == NULL ||
            g_list_model_get_n_items (G_LIST_MODEL (data->citations)) == 0)))
        continue;

      g_variant_builder_add_value (&builder, g_variant_new (
        "(u@ms@ay@a(smsmsumsms)@ms)",
        l,
        focal_snapshot_new_maybe_string (data->description),
        g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, NULL, 0, 1),
        focal_snapshot_new_citations (data->citations),
        focal_snapshot_new_json (data->unknown)));
    }

  return g_variant_builder_end (&builder);
}

/* The attribute column (@n_links indexes into the blocks, or none when no
 * link has attributes) and the distinct attribute blocks, the first empty. */
static void
focal_snapshot_new_attributes (FocalGraph  *graph,
                               guint        n_links,
                               GVariant   **column,
                               GVariant   **blocks)
{
  g_autoptr(GHashTable) indexes = g_hash_table_new (_focal_link_attributes_hash,
                                                    _focal_link_attributes_equal);
  g_autofree guint32 *index = g_new0 (guint32, MAX (n_links, 1));
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aay"));
  g_variant_builder_add_value (&builder, g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE,
                                                                    NULL, 0, 1));
  for (guint l = 0; l < n_links; l++)
    {
      FocalLinkData *data = _focal_graph_link_data (graph, l, FALSE);
      gpointer found;

      if (data == NULL || data->attributes == NULL)
        continue;

      if (g_hash_table_lookup_extended (indexes, data->attributes, NULL, &found))
        index[l] = GPOINTER_TO_UINT (found);
      else
        {
          index[l] = g_hash_table_size (indexes) + 1;
          g_hash_table_insert (indexes, data->attributes, GUINT_TO_POINTER (index[l]));
          g_variant_builder_add_value (&builder, g_variant_new_fixed_array (
            G_VARIANT_TYPE_BYTE, data->attributes,
            _focal_link_attributes_size (data->attributes), 1));
        }
    }

  *column = focal_snapshot_new_column (G_VARIANT_TYPE_UINT32, index,
                                       g_hash_table_size (indexes) > 0 ? n_links : 0,
                                       sizeof (guint32));
  *blocks = g_variant_builder_end (&builder);
}

static GVariant *
focal_snapshot_new_nodes (FocalGraph *graph)
{
  GVariantBuilder builder;
  guint n_nodes = _focal_graph_get_n_nodes (graph);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_STRING_ARRAY);
  for (guint node = 0; node < n_nodes; node++)
    {
      FocalEntity *entity = _focal_graph_get_node (graph, node);

      g_variant_builder_add_value (&builder,
                                   focal_snapshot_new_string (entity != NULL
                                                              ? focal_entity_get_id (entity)
                                                              : ""));
    }

  return g_variant_builder_end (&builder);
}

static GVariant *
focal_snapshot_new_periods (const FocalLinkColumns *links)
{
  GVariantBuilder builder;
  guint n_periods = 1;

  /* The graph may keep periods no link uses any more: only those up to the
   * last one in use are written. */
  for (guint l = 0; l < links->n_links; l++)
    n_periods = MAX (n_periods, links->period[l] + 1);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_STRING_ARRAY);
  g_variant_builder_add (&builder, "s", "");
  for (guint p = 1; p < n_periods; p++)
    {
      g_autofree char *text = focal_date_to_string (links->periods[p]);

      g_variant_builder_add_value (&builder, focal_snapshot_new_string (text));
    }

  return g_variant_builder_end (&builder);
}

static GVariant *
focal_snapshot_new_body (FocalDocument *self)
{
  FocalJsonContent content;
  FocalLinkColumns links;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree double *weights = NULL;
  GVariant *attributes, *blocks;
  gboolean weighted;

  _focal_document_get_content (self, &content);
  content.skip_links = TRUE;
  _focal_json_write (text, &content, TRUE);
  _focal_graph_get_link_columns (content.graph, &links);
  weighted = _focal_link_columns_weighted (&links) && links.n_links > 0;
  if (weighted)
    {
      weights = g_new (double, links.n_links);
      for (guint l = 0; l < links.n_links; l++)
        weights[l] = _focal_link_columns_weight (&links, l);
    }
  focal_snapshot_new_attributes (content.graph, links.n_links, &attributes, &blocks);

  return g_variant_new ("(@s@as@au@au@ay@au@ad@as@a" FOCAL_SNAPSHOT_PART_TYPE "@au@aay)",
                        focal_snapshot_new_string (text->str),
                        focal_snapshot_new_nodes (content.graph),
                        focal_snapshot_new_column (G_VARIANT_TYPE_UINT32, links.source,
                                                   links.n_links, sizeof (guint32)),
                        focal_snapshot_new_column (G_VARIANT_TYPE_UINT32, links.target,
                                                   links.n_links, sizeof (guint32)),
                        focal_snapshot_new_column (G_VARIANT_TYPE_BYTE, links.kind,
                                                   links.n_links, sizeof (guint8)),
                        focal_snapshot_new_column (G_VARIANT_TYPE_UINT32, links.period,
                                                   links.n_links, sizeof (guint32)),
                        focal_snapshot_new_column (G_VARIANT_TYPE_DOUBLE, weights,
                                                   weighted ? links.n_links : 0, sizeof (double)),
                        focal_snapshot_new_periods (&links),
                        focal_snapshot_new_parts (content.graph, links.n_links),
                        attributes, blocks);
}

/* Reading ------------------------------------------------------------------ */

typedef struct
{
  const char       *name;          /* "snapshot" or the file's basename */
  FocalDocument    *document;
  FocalJsonContent  content;
  GPtrArray        *problems;
  GError           *error;
  GVariant         *body;
  guint32           version;

  /* from the body */
  const char      **ids;           /* node ids, pointing into the body */
  gsize             n_nodes;
  guint            *nodes;         /* the graph's node of each, or G_MAXUINT */
  guint8           *classes;       /* index in types[] of each node's type */
  guint8           *holes;         /* whether each node is a hole (prepared links) */
  GType             types[8];
  guint             n_types;
  /* Whether a link of kind k may join a node of class s to one of class t
   * is known once one did: the graph's rules look at the entities' types
   * alone. Bit (s * 8 + t) of allowed[k]. */
  guint64           allowed[256];
  FocalDate       **periods;       /* [0] is NULL */
  guint32          *graph_periods; /* each period's index in the graph's table */
  gsize             n_periods;
  GHashTable       *attributes;    /* the attribute blocks read, shared by the links */
} FocalSnapshotReader;

static void
focal_snapshot_reader_clear (FocalSnapshotReader *self)
{
  _focal_json_content_clear (&self->content);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_error (&self->error);
  g_clear_pointer (&self->body, g_variant_unref);
  g_clear_pointer (&self->ids, g_free);
  g_clear_pointer (&self->nodes, g_free);
  g_clear_pointer (&self->classes, g_free);
  g_clear_pointer (&self->holes, g_free);
  for (gsize p = 0; self->periods != NULL && p < self->n_periods; p++)
    g_clear_pointer (&self->periods[p], focal_date_unref);
  g_clear_pointer (&self->periods, g_free);
  g_clear_pointer (&self->graph_periods, g_free);
  g_clear_pointer (&self->attributes, g_hash_table_unref);
}

/* Records the one problem that stops the load: "NAME: what". @link is the
 * link it is about, or G_MAXUINT. */
static gboolean G_GNUC_PRINTF (4, 5)
focal_snapshot_reader_fail (FocalSnapshotReader *self,
                            FocalError           code,
                            guint                link,
                            const char          *format,
                            ...)
{
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (link != G_MAXUINT)
    {
      message = g_strdup_printf ("%s: link %u: %s", self->name, link, what);
      path = g_strdup_printf ("$.links[%u]", link);
    }
  else
    message = g_strdup_printf ("%s: %s", self->name, what);

  g_ptr_array_add (self->problems,
                   _focal_problem_new (code, message, self->name, 0, 0, path, NULL));
  if (self->error == NULL)
    self->error = g_error_new_literal (FOCAL_ERROR, code, message);

  return FALSE;
}

/* Checks the size, the magic string, the version and the body's type;
 * with @trusted, that the data is in normal form, and the body is then
 * read as trusted. */
static gboolean
focal_snapshot_reader_open (FocalSnapshotReader *self,
                            GBytes              *bytes,
                            gboolean             trusted)
{
  g_autoptr(GVariant) snapshot = NULL;
  g_autoptr(GVariant) magic = NULL;
  g_autoptr(GVariant) version = NULL;
  g_autoptr(GVariant) body = NULL;
  gsize size = g_bytes_get_size (bytes);
  guint64 max_size = focal_document_get_max_size (self->document);
  const char *body_type;
  guint32 number;

  if (size > max_size)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_LIMIT_EXCEEDED, G_MAXUINT,
                                       "the snapshot is larger than the maximum size of %"
                                       G_GUINT64_FORMAT " bytes", max_size);

  /* The magic string comes first in the serialized tuple. */
  if (size < sizeof FOCAL_SNAPSHOT_MAGIC ||
      memcmp (g_bytes_get_data (bytes, NULL), FOCAL_SNAPSHOT_MAGIC,
              sizeof FOCAL_SNAPSHOT_MAGIC) != 0)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, G_MAXUINT,
                                       "not a focal snapshot (no \"" FOCAL_SNAPSHOT_MAGIC
                                       "\" magic string at the start)");

  snapshot = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (FOCAL_SNAPSHOT_TYPE),
                                                           bytes, FALSE));
  if (G_BYTE_ORDER == G_BIG_ENDIAN)
    {
      GVariant *swapped = g_variant_byteswap (snapshot);

      g_variant_unref (snapshot);
      snapshot = swapped;
    }

  magic = g_variant_get_child_value (snapshot, 0);
  if (!g_str_equal (g_variant_get_string (magic, NULL), FOCAL_SNAPSHOT_MAGIC))
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, G_MAXUINT,
                                       "corrupted snapshot: its header cannot be read");

  version = g_variant_get_child_value (snapshot, 1);
  number = g_variant_get_uint32 (version);
  if (number < 1 || number > FOCAL_SNAPSHOT_VERSION)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_UNSUPPORTED_VERSION, G_MAXUINT,
                                       "unsupported snapshot version %" G_GUINT32_FORMAT
                                       ": this library reads versions 1 to %d",
                                       number, FOCAL_SNAPSHOT_VERSION);
  self->version = number;

  /* Checked once, in linear time, the snapshot is then read as trusted:
   * GLib's checks of untrusted data on each access cost more than all
   * the rest of the load. The preparation of the links does it (see
   * focal_snapshot_prepare()); the text of the entities is read from the
   * untrusted data, which GLib checks as it is accessed. */
  if (trusted && G_BYTE_ORDER == G_LITTLE_ENDIAN)
    {
      if (!g_variant_is_normal_form (snapshot))
        return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, G_MAXUINT,
                                           "corrupted snapshot: its data is not in GVariant "
                                           "normal form");
      g_variant_unref (snapshot);
      snapshot = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (FOCAL_SNAPSHOT_TYPE),
                                                               bytes, TRUE));
    }

  body = g_variant_get_child_value (snapshot, 2);
  self->body = g_variant_get_variant (body);
  body_type = self->version == 1 ? FOCAL_SNAPSHOT_BODY_TYPE_1 : FOCAL_SNAPSHOT_BODY_TYPE;
  if (!g_variant_is_of_type (self->body, G_VARIANT_TYPE (body_type)))
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, G_MAXUINT,
                                       "corrupted snapshot: its body has type \"%s\", "
                                       "expected \"%s\" in version %" G_GUINT32_FORMAT,
                                       g_variant_get_type_string (self->body), body_type,
                                       self->version);

  return TRUE;
}

/* The document without its links, through the JSON reader and its limits. */
static gboolean
focal_snapshot_reader_text (FocalSnapshotReader *self)
{
  g_autoptr(GVariant) text = g_variant_get_child_value (self->body, BODY_TEXT);
  FocalJsonReadOptions options = {
    self->name,
    FOCAL_LOAD_FLAGS_NONE,
    focal_document_get_max_size (self->document),
    focal_document_get_max_depth (self->document),
    focal_document_get_max_string_length (self->document),
    focal_document_get_max_entities (self->document),
  };
  FocalLinkColumns links;
  const char *data;
  gsize length;

  data = g_variant_get_string (text, &length);
  if (!_focal_json_read (data, length, &options, &self->content, self->problems, &self->error))
    return FALSE;

  _focal_graph_get_link_columns (self->content.graph, &links);
  if (links.n_links > 0)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, G_MAXUINT,
                                       "corrupted snapshot: its document text holds links");

  return TRUE;
}

/* Maps the node ids (read by the links' preparation) to the graph's nodes. */
static gboolean
focal_snapshot_reader_nodes (FocalSnapshotReader *self)
{
  self->nodes = g_new (guint, MAX (self->n_nodes, 1));
  self->classes = g_new0 (guint8, MAX (self->n_nodes, 1));
  for (gsize n = 0; n < self->n_nodes; n++)
    {
      GType type;
      guint c;

      self->nodes[n] = G_MAXUINT;
      if (self->ids[n][0] == '\0')
        continue;
      if (!_focal_graph_find_node (self->content.graph, self->ids[n], &self->nodes[n]))
        return focal_snapshot_reader_fail (self, FOCAL_ERROR_UNKNOWN_ID, G_MAXUINT,
                                           "node %" G_GSIZE_FORMAT ": unknown id \"%s\"; "
                                           "no entity of the document has it",
                                           n, self->ids[n]);

      type = G_OBJECT_TYPE (_focal_graph_get_node (self->content.graph, self->nodes[n]));
      for (c = 0; c < self->n_types && self->types[c] != type; c++)
        ;
      if (c == self->n_types && c < G_N_ELEMENTS (self->types))
        self->types[self->n_types++] = type;
      /* More types than expected: class 7 is never cached (see below). */
      self->classes[n] = MIN (c, G_N_ELEMENTS (self->types) - 1);
    }

  return TRUE;
}

static gboolean
focal_snapshot_reader_periods (FocalSnapshotReader *self)
{
  g_autoptr(GVariant) periods = g_variant_get_child_value (self->body, BODY_PERIODS);
  g_autofree const char **texts = g_variant_get_strv (periods, &self->n_periods);

  self->periods = g_new0 (FocalDate *, MAX (self->n_periods, 1));
  self->graph_periods = g_new0 (guint32, MAX (self->n_periods, 1));
  for (gsize p = 1; p < self->n_periods; p++)
    {
      g_autoptr(GError) error = NULL;

      self->periods[p] = focal_date_new_from_string (texts[p], &error);
      if (self->periods[p] == NULL)
        return focal_snapshot_reader_fail (self,
                                           error->domain == FOCAL_ERROR ? error->code
                                                                        : FOCAL_ERROR_PARSE,
                                           G_MAXUINT, "period %" G_GSIZE_FORMAT ": %s",
                                           p, error->message);
      self->graph_periods[p] = _focal_graph_intern_period (self->content.graph, self->periods[p]);
    }

  return TRUE;
}

static gboolean
focal_snapshot_reader_string (FocalSnapshotReader *self,
                              guint                link,
                              const char          *what,
                              const char          *text,
                              gsize                length)
{
  guint max = focal_document_get_max_string_length (self->document);

  if (length > max)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_LIMIT_EXCEEDED, link,
                                       "%s: a string of %" G_GSIZE_FORMAT " bytes, longer "
                                       "than the maximum of %u", what, length, max);
  return TRUE;
}

/* The optional string in a maybe, or NULL; checks its length. */
static gboolean
focal_snapshot_reader_maybe (FocalSnapshotReader  *self,
                             guint                 link,
                             const char           *what,
                             GVariant             *parent,
                             gsize                 index,
                             const char          **out)
{
  g_autoptr(GVariant) maybe = g_variant_get_child_value (parent, index);
  g_autoptr(GVariant) value = g_variant_get_maybe (maybe);
  gsize length;

  *out = NULL;
  if (value == NULL)
    return TRUE;

  *out = g_variant_get_string (value, &length);
  return focal_snapshot_reader_string (self, link, what, *out, length);
}

/* Nesting of JSON text, without parsing it: json-glib's parser recurses. */
static guint
focal_snapshot_json_depth (const char *text)
{
  guint depth = 0, deepest = 0;
  gboolean in_string = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '{' || *p == '[')
        deepest = MAX (deepest, ++depth);
      else if ((*p == '}' || *p == ']') && depth > 0)
        depth--;
    }

  return deepest;
}

static gboolean
focal_snapshot_reader_json_strings (FocalSnapshotReader *self,
                                    guint                link,
                                    const char          *what,
                                    JsonNode            *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        if (!focal_snapshot_reader_string (self, link, what, l->data, strlen (l->data)) ||
            !focal_snapshot_reader_json_strings (self, link, what,
                                                 json_object_get_member (object, l->data)))
          return FALSE;
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!focal_snapshot_reader_json_strings (self, link, what,
                                                 json_array_get_element (array, i)))
          return FALSE;
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      return focal_snapshot_reader_string (self, link, what, text, strlen (text));
    }

  return TRUE;
}

/* Unknown members kept as JSON object text: an object of members that are
 * not @known, within the document's limits as if it stood at @depth. */
static gboolean
focal_snapshot_reader_unknown (FocalSnapshotReader  *self,
                               guint                 link,
                               const char           *what,
                               const char           *text,
                               guint                 depth,
                               const char * const   *known,
                               JsonObject          **out)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) members = NULL;
  guint max_depth = focal_document_get_max_depth (self->document);
  JsonNode *root;

  *out = NULL;
  if (text == NULL)
    return TRUE;

  if (focal_snapshot_json_depth (text) + depth - 1 > max_depth)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_LIMIT_EXCEEDED, link,
                                       "%s: nesting deeper than the maximum depth of %u",
                                       what, max_depth);

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, -1, &error))
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, link, "%s: %s",
                                       what, error->message);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      json_object_get_size (json_node_get_object (root)) == 0)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, link,
                                       "%s: expected a JSON object with members", what);

  members = json_object_get_members (json_node_get_object (root));
  for (GList *l = members; l != NULL; l = l->next)
    if (g_strv_contains (known, l->data))
      return focal_snapshot_reader_fail (self, FOCAL_ERROR_INVALID_VALUE, link,
                                         "%s: \"%s\" is not an unknown member",
                                         what, (const char *) l->data);

  if (!focal_snapshot_reader_json_strings (self, link, what, root))
    return FALSE;

  *out = json_node_dup_object (root);
  return TRUE;
}

/* Checks packed attributes, named @what in problems about link @link (or
 * G_MAXUINT): keys not empty and in strictly ascending order, strings
 * within bounds, one final nul byte. *@out is then the block, interned,
 * or NULL for an empty one. */
static gboolean
focal_snapshot_reader_block (FocalSnapshotReader  *self,
                             guint                 link,
                             const char           *what,
                             const char           *data,
                             gsize                 size,
                             char                **out)
{
  const char *end, *p, *previous = NULL;

  *out = NULL;
  if (size == 0)
    return TRUE;

  end = data + size;
  for (p = data; p < end - 1; )
    {
      for (guint i = 0; i < 2; i++)
        {
          const char *nul = memchr (p, '\0', end - p);

          if (nul == NULL || nul == end - 1 || (i == 0 && nul == p) ||
              !g_utf8_validate (p, nul - p, NULL))
            return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, link,
                                               "%s: corrupted at byte %" G_GSIZE_FORMAT,
                                               what, (gsize) (p - data));
          if (!focal_snapshot_reader_string (self, link, what, p, nul - p))
            return FALSE;
          if (i == 0 && previous != NULL && strcmp (previous, p) >= 0)
            return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, link,
                                               "%s: key \"%s\" out of order", what, p);
          if (i == 0)
            previous = p;
          p = nul + 1;
        }
    }
  if (p != end - 1 || *p != '\0')
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, link,
                                       "%s: corrupted at byte %" G_GSIZE_FORMAT,
                                       what, (gsize) (p - data));

  *out = _focal_link_attributes_intern (self->attributes, _focal_link_attributes_new (data, size));
  return TRUE;
}

/* The attributes of a part, checked and interned in *@out, NULL for none. */
static gboolean
focal_snapshot_reader_attributes (FocalSnapshotReader  *self,
                                  guint                 link,
                                  GVariant             *part,
                                  char                **out)
{
  g_autoptr(GVariant) packed = g_variant_get_child_value (part, 2);
  gsize size;
  const char *data = g_variant_get_fixed_array (packed, &size, 1);

  return focal_snapshot_reader_block (self, link, "attributes", data, size, out);
}

static FocalCitation *
focal_snapshot_reader_citation (FocalSnapshotReader *self,
                                guint                link,
                                GVariant            *value)
{
  g_autoptr(FocalCitation) citation = NULL;
  g_autoptr(GVariant) source = g_variant_get_child_value (value, 0);
  g_autoptr(GVariant) note = g_variant_get_child_value (value, 3);
  g_autoptr(JsonObject) unknown = NULL;
  const char *source_id, *section, *page, *quote, *extras;
  gsize length;

  source_id = g_variant_get_string (source, &length);
  if (length == 0)
    {
      focal_snapshot_reader_fail (self, FOCAL_ERROR_INVALID_VALUE, link,
                                  "citation: the empty string \"\" is not a valid source id");
      return NULL;
    }
  if (!focal_snapshot_reader_string (self, link, "citation", source_id, length) ||
      !focal_snapshot_reader_maybe (self, link, "citation", value, 1, &section) ||
      !focal_snapshot_reader_maybe (self, link, "citation", value, 2, &page) ||
      !focal_snapshot_reader_maybe (self, link, "citation", value, 4, &quote) ||
      !focal_snapshot_reader_maybe (self, link, "citation", value, 5, &extras) ||
      !focal_snapshot_reader_unknown (self, link, "citation", extras,
                                      FOCAL_SNAPSHOT_CITATION_DEPTH, citation_keys, &unknown))
    return NULL;

  if (focal_graph_lookup_source (self->content.graph, source_id) == NULL)
    {
      focal_snapshot_reader_fail (self, FOCAL_ERROR_UNKNOWN_ID, link,
                                  "citation: unknown source \"%s\"", source_id);
      return NULL;
    }

  citation = focal_citation_new (source_id);
  focal_citation_set_section (citation, section);
  focal_citation_set_page (citation, page);
  focal_citation_set_note (citation, g_variant_get_uint32 (note));
  focal_citation_set_quote (citation, quote);
  if (unknown != NULL)
    _focal_extras_set (citation, FOCAL_EXTRAS_MAIN, unknown);

  return g_steal_pointer (&citation);
}

static gboolean
focal_snapshot_reader_part (FocalSnapshotReader *self,
                            guint                link,
                            GVariant            *part,
                            FocalLinkData       *data)
{
  g_autoptr(GVariant) citations = g_variant_get_child_value (part, 3);
  const char *description, *unknown;
  gsize n_citations = g_variant_n_children (citations);

  if (!focal_snapshot_reader_maybe (self, link, "description", part, 1, &description) ||
      !focal_snapshot_reader_attributes (self, link, part, &data->attributes) ||
      !focal_snapshot_reader_maybe (self, link, "unknown members", part, 4, &unknown) ||
      !focal_snapshot_reader_unknown (self, link, "unknown members", unknown,
                                      FOCAL_SNAPSHOT_LINK_DEPTH, link_keys, &data->unknown))
    return FALSE;

  data->description = g_strdup (description);
  for (gsize i = 0; i < n_citations; i++)
    {
      g_autoptr(GVariant) value = g_variant_get_child_value (citations, i);
      g_autoptr(FocalCitation) citation = focal_snapshot_reader_citation (self, link, value);

      if (citation == NULL)
        return FALSE;
      g_list_store_append (_focal_link_data_ensure_citations (data), citation);
    }

  if (_focal_link_data_is_empty (data))
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, link,
                                       "corrupted snapshot: optional parts that are empty");

  return TRUE;
}

typedef struct
{
  gsize            n_links;
  const guint32   *source;
  const guint32   *target;
  const guint8    *kind;
  const guint32   *period;
  const double    *weight;
  const guint32   *attributes;  /* NULL when no link has any */
  GVariant        *columns[6];
} FocalSnapshotColumns;

static void
focal_snapshot_columns_clear (FocalSnapshotColumns *columns)
{
  for (guint c = 0; c < G_N_ELEMENTS (columns->columns); c++)
    g_clear_pointer (&columns->columns[c], g_variant_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FocalSnapshotColumns, focal_snapshot_columns_clear)

/* Column @c of @columns, child @index of the body. */
static gconstpointer
focal_snapshot_reader_column (FocalSnapshotReader  *self,
                              FocalSnapshotColumns *columns,
                              guint                 c,
                              guint                 index,
                              gsize                 element_size,
                              gsize                *n)
{
  columns->columns[c] = g_variant_get_child_value (self->body, index);

  return g_variant_get_fixed_array (columns->columns[c], n, element_size);
}

static gboolean
focal_snapshot_reader_columns (FocalSnapshotReader  *self,
                               FocalSnapshotColumns *columns)
{
  static const char * const names[] = {
    "source", "target", "kind", "period", "weight", "attributes"
  };
  gsize n[6] = { 0, };

  columns->source = focal_snapshot_reader_column (self, columns, 0, BODY_SOURCE,
                                                  sizeof (guint32), &n[0]);
  columns->target = focal_snapshot_reader_column (self, columns, 1, BODY_TARGET,
                                                  sizeof (guint32), &n[1]);
  columns->kind = focal_snapshot_reader_column (self, columns, 2, BODY_KIND,
                                                sizeof (guint8), &n[2]);
  columns->period = focal_snapshot_reader_column (self, columns, 3, BODY_PERIOD,
                                                  sizeof (guint32), &n[3]);
  columns->weight = focal_snapshot_reader_column (self, columns, 4, BODY_WEIGHT,
                                                  sizeof (double), &n[4]);
  if (n[4] == 0)
    columns->weight = NULL;
  if (self->version >= 2)
    columns->attributes = focal_snapshot_reader_column (self, columns, 5, BODY_ATTRIBUTES,
                                                        sizeof (guint32), &n[5]);
  if (n[5] == 0)
    columns->attributes = NULL;

  /* The weights and the attributes may be left out: empty. */
  columns->n_links = n[0];
  for (guint c = 1; c < G_N_ELEMENTS (n); c++)
    if (n[c] != n[0] && !(c >= 4 && n[c] == 0))
      return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, G_MAXUINT,
                                         "corrupted snapshot: the %s column has %"
                                         G_GSIZE_FORMAT " links, the source column %"
                                         G_GSIZE_FORMAT, names[c], n[c], n[0]);

  /* The graph numbers links with 31 bits. */
  if (columns->n_links > G_MAXINT32 / 2)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_LIMIT_EXCEEDED, G_MAXUINT,
                                       "%" G_GSIZE_FORMAT " links, more than a graph holds",
                                       columns->n_links);

  return TRUE;
}

static const char *
focal_snapshot_reader_end (FocalSnapshotReader *self,
                           guint                link,
                           const char          *role,
                           guint32              node)
{
  if (node >= self->n_nodes)
    {
      focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, link,
                                  "%s node %" G_GUINT32_FORMAT " out of range (%" G_GSIZE_FORMAT
                                  " nodes)", role, node, self->n_nodes);
      return NULL;
    }
  if (self->ids[node][0] == '\0')
    {
      focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, link,
                                  "%s node %" G_GUINT32_FORMAT " is a removed entity",
                                  role, node);
      return NULL;
    }

  return self->ids[node];
}

/* Checks what link @l of @columns can be checked for alone: its ends, kind,
 * period, weight and attribute block (of @n_blocks). */
static gboolean
focal_snapshot_reader_check_link (FocalSnapshotReader        *self,
                                  const FocalSnapshotColumns *columns,
                                  gsize                       n_blocks,
                                  guint                       l)
{
  guint kind = columns->kind[l];
  guint32 period = columns->period[l];
  double weight = columns->weight != NULL ? columns->weight[l] : 1.0;
  guint32 source = columns->source[l], target = columns->target[l];

  /* The holes are known from a table of bytes rather than from the ids,
   * which are all over the snapshot. */
  if ((source >= self->n_nodes || self->holes[source] ||
       target >= self->n_nodes || self->holes[target]) &&
      (focal_snapshot_reader_end (self, l, "source", source) == NULL ||
       focal_snapshot_reader_end (self, l, "target", target) == NULL))
    return FALSE;

  if (kind == FOCAL_LINK_KIND_ANY || kind > FOCAL_LINK_KIND_SEEKS)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, l, "unknown link kind %u", kind);
  if (period >= self->n_periods)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, l,
                                       "period %" G_GUINT32_FORMAT " out of range (%"
                                       G_GSIZE_FORMAT " periods)", period, self->n_periods);
  if (!isfinite (weight) || weight < 0)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_INVALID_VALUE, l,
                                       "weight %g is not a number of zero or more", weight);
  if (columns->attributes != NULL && columns->attributes[l] >= n_blocks)
    return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, l,
                                       "attribute block %" G_GUINT32_FORMAT " out of range (%"
                                       G_GSIZE_FORMAT " blocks)", columns->attributes[l],
                                       n_blocks);

  return TRUE;
}

/* Appends link @l of @columns, checked by focal_snapshot_reader_check_link(),
 * to the graph, if the graph's rules allow its kind between its ends. */
static gboolean
focal_snapshot_reader_append_link (FocalSnapshotReader        *self,
                                   const FocalSnapshotColumns *columns,
                                   guint                       l,
                                   FocalLinkData              *data)
{
  guint kind = columns->kind[l];
  double weight = columns->weight != NULL ? columns->weight[l] : 1.0;
  guint source, target, classes;

  source = self->nodes[columns->source[l]];
  target = self->nodes[columns->target[l]];
  classes = self->classes[columns->source[l]] * 8 + self->classes[columns->target[l]];
  if (source == target || (self->allowed[kind] & (G_GUINT64_CONSTANT (1) << classes)) == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!_focal_graph_check_link (self->content.graph, self->ids[columns->source[l]], kind,
                                    self->ids[columns->target[l]], &source, &target, &error))
        return focal_snapshot_reader_fail (self,
                                           error->domain == FOCAL_ERROR ? error->code
                                                                        : FOCAL_ERROR_FAILED,
                                           l, "%s", error->message);
      if (self->classes[columns->source[l]] < G_N_ELEMENTS (self->types) - 1 &&
          self->classes[columns->target[l]] < G_N_ELEMENTS (self->types) - 1)
        self->allowed[kind] |= G_GUINT64_CONSTANT (1) << classes;
    }

  _focal_graph_append_link_interned (self->content.graph, source, kind, target,
                                     self->graph_periods[columns->period[l]], weight, data);
  return TRUE;
}

/* Preparing the links ------------------------------------------------------

   While the caller's thread reads the entities from the document text,
   another thread checks the whole snapshot's normal form, then everything
   about the links that does not need the entities: the columns, each
   link's ends, kind, period and weight, and the optional parts, which it
   decodes. A part with citations, which name sources of the graph, is
   left to the caller's thread. The caller's thread then appends the links
   and reports the first problem in the order the checks would have found
   them one after the other. */

typedef struct
{
  guint          link;
  GVariant      *variant;   /* a part with citations, decoded by the caller's thread */
  FocalLinkData  data;
} FocalSnapshotPart;

static void
focal_snapshot_part_clear (gpointer data)
{
  FocalSnapshotPart *part = data;

  g_clear_pointer (&part->variant, g_variant_unref);
  _focal_link_data_clear (&part->data);
}

typedef enum
{
  FOCAL_SNAPSHOT_PREPARED,
  FOCAL_SNAPSHOT_FAILED_OPEN,     /* before the document text */
  FOCAL_SNAPSHOT_FAILED_COLUMNS,  /* before the links */
  FOCAL_SNAPSHOT_FAILED_LINK,     /* at failed_link, before it is appended */
  FOCAL_SNAPSHOT_FAILED_AFTER,    /* after every link */
} FocalSnapshotStage;

typedef struct
{
  FocalSnapshotReader   reader;     /* of its own: its problem, body, ids, attributes */
  GBytes               *bytes;
  FocalSnapshotColumns  columns;
  char                **blocks;     /* the attribute blocks, interned; [0] is NULL */
  gsize                 n_blocks;
  GArray               *parts;      /* FocalSnapshotPart, by link */
  FocalSnapshotStage    stage;
  guint                 failed_link;
} FocalSnapshotPreparation;

/* Checks and interns the attribute blocks of a version 2 snapshot. */
static gboolean
focal_snapshot_prepare_blocks (FocalSnapshotPreparation *prep)
{
  FocalSnapshotReader *self = &prep->reader;
  g_autoptr(GVariant) blocks = NULL;

  if (self->version < 2)
    return TRUE;

  blocks = g_variant_get_child_value (self->body, BODY_BLOCKS);
  prep->n_blocks = g_variant_n_children (blocks);
  prep->blocks = g_new0 (char *, MAX (prep->n_blocks, 1));
  for (gsize b = 0; b < prep->n_blocks; b++)
    {
      g_autoptr(GVariant) block = g_variant_get_child_value (blocks, b);
      char what[64];
      gsize size;
      const char *data = g_variant_get_fixed_array (block, &size, 1);

      if ((b == 0) != (size == 0))
        return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, G_MAXUINT,
                                           "corrupted snapshot: attribute block %" G_GSIZE_FORMAT
                                           " is %s", b, b == 0 ? "not empty" : "empty");
      g_snprintf (what, sizeof what, "attribute block %" G_GSIZE_FORMAT, b);
      if (!focal_snapshot_reader_block (self, G_MAXUINT, what, data, size, &prep->blocks[b]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
focal_snapshot_prepare_links (FocalSnapshotPreparation *prep)
{
  FocalSnapshotReader *self = &prep->reader;
  g_autoptr(GVariant) parts = g_variant_get_child_value (self->body, BODY_PARTS);
  gsize n_parts = g_variant_n_children (parts);
  gsize next = 0;
  guint next_link = G_MAXUINT;

  if (!focal_snapshot_reader_columns (self, &prep->columns) ||
      !focal_snapshot_prepare_blocks (prep))
    {
      prep->stage = FOCAL_SNAPSHOT_FAILED_COLUMNS;
      return FALSE;
    }

  prep->stage = FOCAL_SNAPSHOT_FAILED_LINK;
  for (guint l = 0; l < prep->columns.n_links; l++)
    {
      prep->failed_link = l;
      if (next_link == G_MAXUINT && next < n_parts)
        {
          g_autoptr(GVariant) part = g_variant_get_child_value (parts, next);
          g_autoptr(GVariant) index = g_variant_get_child_value (part, 0);

          next_link = g_variant_get_uint32 (index);
          if (next_link < l || next_link >= prep->columns.n_links)
            return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, G_MAXUINT,
                                               "optional parts %" G_GSIZE_FORMAT ": link %u "
                                               "out of order or range (%" G_GSIZE_FORMAT
                                               " links)", next, next_link,
                                               prep->columns.n_links);
        }

      if (l == next_link)
        {
          g_autoptr(GVariant) variant = g_variant_get_child_value (parts, next);
          g_autoptr(GVariant) citations = g_variant_get_child_value (variant, 3);
          FocalSnapshotPart part = { l, NULL, { NULL, } };

          if (g_variant_n_children (citations) > 0)
            part.variant = g_steal_pointer (&variant);
          else if (!focal_snapshot_reader_part (self, l, variant, &part.data))
            {
              _focal_link_data_clear (&part.data);
              return FALSE;
            }
          g_array_append_val (prep->parts, part);
          next++;
          next_link = G_MAXUINT;
        }

      if (!focal_snapshot_reader_check_link (self, &prep->columns, prep->n_blocks, l))
        return FALSE;
    }

  if (next < n_parts)
    {
      prep->stage = FOCAL_SNAPSHOT_FAILED_AFTER;
      return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, G_MAXUINT,
                                         "optional parts %" G_GSIZE_FORMAT ": no such link "
                                         "(%" G_GSIZE_FORMAT " links)", next,
                                         prep->columns.n_links);
    }

  prep->stage = FOCAL_SNAPSHOT_PREPARED;
  return TRUE;
}

static gpointer
focal_snapshot_prepare (gpointer data)
{
  FocalSnapshotPreparation *prep = data;
  FocalSnapshotReader *self = &prep->reader;
  g_autoptr(GVariant) nodes = NULL;
  g_autoptr(GVariant) periods = NULL;

  if (!focal_snapshot_reader_open (self, prep->bytes, TRUE))
    {
      prep->stage = FOCAL_SNAPSHOT_FAILED_OPEN;
      return NULL;
    }

  nodes = g_variant_get_child_value (self->body, BODY_NODES);
  self->ids = g_variant_get_strv (nodes, &self->n_nodes);
  self->holes = g_new (guint8, MAX (self->n_nodes, 1));
  for (gsize n = 0; n < self->n_nodes; n++)
    self->holes[n] = self->ids[n][0] == '\0';
  periods = g_variant_get_child_value (self->body, BODY_PERIODS);
  self->n_periods = g_variant_n_children (periods);

  focal_snapshot_prepare_links (prep);
  return NULL;
}

static void
focal_snapshot_preparation_init (FocalSnapshotPreparation *prep,
                                 FocalSnapshotReader      *reader,
                                 GBytes                   *bytes)
{
  prep->reader.name = reader->name;
  prep->reader.document = reader->document;
  prep->reader.problems = g_ptr_array_new_with_free_func (g_object_unref);
  prep->reader.attributes = _focal_link_attributes_table_new ();
  prep->bytes = bytes;
  prep->parts = g_array_new (FALSE, TRUE, sizeof (FocalSnapshotPart));
  g_array_set_clear_func (prep->parts, focal_snapshot_part_clear);
}

static void
focal_snapshot_preparation_clear (FocalSnapshotPreparation *prep)
{
  focal_snapshot_reader_clear (&prep->reader);
  focal_snapshot_columns_clear (&prep->columns);
  for (gsize b = 0; b < prep->n_blocks; b++)
    g_clear_pointer (&prep->blocks[b], g_ref_string_release);
  g_clear_pointer (&prep->blocks, g_free);
  g_clear_pointer (&prep->parts, g_array_unref);
}

/* The preparation's problem becomes the load's. */
static gboolean
focal_snapshot_reader_take_problem (FocalSnapshotReader      *self,
                                    FocalSnapshotPreparation *prep)
{
  g_ptr_array_set_size (self->problems, 0);
  for (guint i = 0; i < prep->reader.problems->len; i++)
    g_ptr_array_add (self->problems, g_object_ref (g_ptr_array_index (prep->reader.problems, i)));
  g_clear_error (&self->error);
  self->error = g_steal_pointer (&prep->reader.error);

  return FALSE;
}

static gboolean
focal_snapshot_reader_links (FocalSnapshotReader      *self,
                             FocalSnapshotPreparation *prep)
{
  const FocalSnapshotColumns *columns = &prep->columns;
  guint p = 0;

  if (prep->stage == FOCAL_SNAPSHOT_FAILED_COLUMNS)
    return focal_snapshot_reader_take_problem (self, prep);

  _focal_graph_reserve_links (self->content.graph, columns->n_links);
  /* Announced in one items-changed at the end (an abandoned load drops
   * the graph). */
  _focal_graph_begin_bulk (self->content.graph);

  for (guint l = 0; l < columns->n_links; l++)
    {
      g_auto(FocalLinkData) data = { NULL, };

      if (p < prep->parts->len && g_array_index (prep->parts, FocalSnapshotPart, p).link == l)
        {
          FocalSnapshotPart *part = &g_array_index (prep->parts, FocalSnapshotPart, p++);

          if (part->variant != NULL)
            {
              if (!focal_snapshot_reader_part (self, l, part->variant, &data))
                return FALSE;
            }
          else
            {
              data = part->data;
              memset (&part->data, 0, sizeof part->data);
            }
        }

      if (prep->stage == FOCAL_SNAPSHOT_FAILED_LINK && l == prep->failed_link)
        return focal_snapshot_reader_take_problem (self, prep);

      /* The attribute block, in range: the preparation checked it. */
      if (columns->attributes != NULL && columns->attributes[l] != 0)
        {
          if (data.attributes != NULL)
            return focal_snapshot_reader_fail (self, FOCAL_ERROR_PARSE, l,
                                               "corrupted snapshot: attributes both in its "
                                               "optional parts and in the attribute column");
          data.attributes = g_ref_string_acquire (prep->blocks[columns->attributes[l]]);
        }

      if (!focal_snapshot_reader_append_link (self, columns, l,
                                              _focal_link_data_is_empty (&data) ? NULL : &data))
        return FALSE;
    }

  if (prep->stage != FOCAL_SNAPSHOT_PREPARED)
    return focal_snapshot_reader_take_problem (self, prep);

  _focal_graph_end_bulk (self->content.graph);
  _focal_graph_trim (self->content.graph);
  return TRUE;
}

static gboolean
focal_snapshot_load (FocalDocument  *self,
                     GBytes         *bytes,
                     const char     *name,
                     GError        **error)
{
  FocalSnapshotReader reader = { name, self, { NULL, }, NULL, };
  FocalSnapshotPreparation prep = { { NULL, }, };
  GThread *thread;
  gboolean ok;

  reader.problems = g_ptr_array_new_with_free_func (g_object_unref);
  reader.attributes = _focal_link_attributes_table_new ();
  _focal_document_begin_load (self);

  /* The links are prepared on another thread while this one reads the
   * entities; without a thread, before. */
  focal_snapshot_preparation_init (&prep, &reader, bytes);
  thread = g_thread_try_new ("focal-snapshot", focal_snapshot_prepare, &prep, NULL);
  if (thread == NULL)
    focal_snapshot_prepare (&prep);

  ok = focal_snapshot_reader_open (&reader, bytes, FALSE) &&
       focal_snapshot_reader_text (&reader);
  if (thread != NULL)
    g_thread_join (thread);

  /* A damaged snapshot is reported as such, whatever its text says. */
  if (prep.stage == FOCAL_SNAPSHOT_FAILED_OPEN)
    ok = focal_snapshot_reader_take_problem (&reader, &prep);
  else if (ok)
    {
      /* The preparation's trusted body, and the node ids it read there. */
      g_clear_pointer (&reader.body, g_variant_unref);
      reader.body = g_variant_ref (prep.reader.body);
      reader.ids = g_steal_pointer (&prep.reader.ids);
      reader.n_nodes = prep.reader.n_nodes;
      ok = focal_snapshot_reader_nodes (&reader) &&
           focal_snapshot_reader_periods (&reader) &&
           focal_snapshot_reader_links (&reader, &prep);
    }
  focal_snapshot_preparation_clear (&prep);

  _focal_document_apply (self, ok ? &reader.content : NULL, reader.problems);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&reader.error));
  focal_snapshot_reader_clear (&reader);

  return ok;
}

/* Public API --------------------------------------------------------------- */

/**
 * focal_document_to_snapshot:
 * @self: a document
 *
 * Writes the whole document as a binary snapshot, to load back quickly
 * with [method@Document.load_from_snapshot].
 *
 * A snapshot holds everything the document's JSON text holds (a snapshot
 * loaded back saves to the same JSON text) but keeps the links in
 * columns of fixed-width numbers, so that loading it skips parsing them.
 * It is one serialized `GVariant`, described in the format documentation;
 * JSON stays the format to write by hand, exchange and keep.
 *
 * Returns: (transfer full): the snapshot
 */
GBytes *
focal_document_to_snapshot (FocalDocument *self)
{
  g_autoptr(GVariant) snapshot = NULL;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), NULL);

  snapshot = g_variant_ref_sink (g_variant_new ("(su@v)", FOCAL_SNAPSHOT_MAGIC,
                                                FOCAL_SNAPSHOT_VERSION,
                                                g_variant_new_variant (
                                                  focal_snapshot_new_body (self))));
  if (G_BYTE_ORDER == G_BIG_ENDIAN)
    {
      GVariant *swapped = g_variant_byteswap (snapshot);

      g_variant_unref (snapshot);
      snapshot = swapped;
    }

  return g_variant_get_data_as_bytes (snapshot);
}

/**
 * focal_document_save_snapshot:
 * @self: a document
 * @file: the file to write
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Saves a snapshot of the document ([method@Document.to_snapshot]) to a
 * file, atomically.
 *
 * The file is replaced as [method@Document.save_to_file] replaces it:
 * whatever fails, @file keeps its previous contents, and failures are
 * [error@Focal.Error.IO] with the path and the reason.
 *
 * Returns: `TRUE` if the snapshot was saved
 */
gboolean
focal_document_save_snapshot (FocalDocument  *self,
                              GFile          *file,
                              GCancellable   *cancellable,
                              GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = focal_document_to_snapshot (self);
  return _focal_document_save_bytes (file, bytes, cancellable, error);
}

/**
 * focal_document_load_from_snapshot:
 * @self: a document
 * @snapshot: a snapshot made by [method@Document.to_snapshot]
 * @error: return location for an error
 *
 * Loads a document from a snapshot.
 *
 * The load behaves like a strict [method@Document.load_from_data]: it
 * builds a new graph and, only when the whole snapshot is valid, replaces
 * [property@Document:graph] and the document's fields; otherwise the
 * document keeps them and [method@Document.get_problems] lists the one
 * problem found. The limits of the document apply:
 * [property@Document:max-size] to the snapshot's size and the others to
 * the entities and strings it holds.
 *
 * A snapshot is not trusted: bytes that are not a snapshot, or a damaged
 * or forged one, fail with an error of the [error@Error] domain whose
 * message names what is wrong and where, as in
 * `snapshot: link 1234: source node 99999 out of range (12 nodes)`:
 * [error@Focal.Error.UNSUPPORTED_VERSION] for another snapshot version,
 * [error@Focal.Error.PARSE] for damaged data, and the codes of the JSON
 * loads for values that break the rules of the format.
 *
 * Returns: `TRUE` if the document was loaded
 */
gboolean
focal_document_load_from_snapshot (FocalDocument  *self,
                                   GBytes         *snapshot,
                                   GError        **error)
{
  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return focal_snapshot_load (self, snapshot, "snapshot", error);
}

static GBytes *
focal_snapshot_read_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_parse_name (file);
  GError *local_error = NULL;
  GBytes *bytes = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (path != NULL)
    {
      g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, &local_error);

      if (mapped != NULL)
        bytes = g_mapped_file_get_bytes (mapped);
    }
  else
    bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);

  if (bytes != NULL)
    return bytes;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, local_error);
  else
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_IO, "cannot read %s: %s", name,
                   local_error->message);
      g_error_free (local_error);
    }

  return NULL;
}

/**
 * focal_document_load_snapshot_file:
 * @self: a document
 * @file: a file written by [method@Document.save_snapshot]
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Loads a document from a snapshot file, as
 * [method@Document.load_from_snapshot] does; messages name the file by
 * its basename.
 *
 * A local file is mapped into memory rather than read, so the columns of
 * the links are used where they lie; the file must not be truncated while
 * it loads. A file that cannot be read is [error@Focal.Error.IO], with the
 * reason, and leaves the document as it was; cancelling gives
 * `G_IO_ERROR_CANCELLED`.
 *
 * Returns: `TRUE` if the document was loaded
 */
gboolean
focal_document_load_snapshot_file (FocalDocument  *self,
                                   GFile          *file,
                                   GCancellable   *cancellable,
                                   GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (FOCAL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = focal_snapshot_read_file (file, cancellable, error);
  if (bytes == NULL)
    return FALSE;

  basename = g_file_get_basename (file);
  return focal_snapshot_load (self, bytes, basename, error);
}
