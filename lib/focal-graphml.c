/* focal-graphml.c: writes graphs as GraphML and reads them back
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-graphml.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "focal-actor.h"
#include "focal-agreement.h"
#include "focal-enum-types.h"
#include "focal-event.h"
#include "focal-forum.h"
#include "focal-graph-private.h"
#include "focal-issue.h"
#include "focal-json-private.h"
#include "focal-link.h"
#include "focal-position.h"

/* GraphML (http://graphml.graphdrawing.org) is the graph format of Gephi,
 * yEd, Cytoscape, igraph and NetworkX. Entities become nodes and links
 * edges, with their values as <data> of declared keys; docs/interchange.md
 * lists the keys. The reader takes back what the writer writes, so that
 * writing, reading and writing again gives the same text, and reads other
 * tools' files as far as they use the same key names (attr.name). */

/* Edge keys with a meaning of their own: a link attribute of one of these
 * names is written as "attribute:NAME". */
static const char * const edge_fields[] = { "kind", "period", "weight", NULL };

#define FOCAL_GRAPHML_ATTRIBUTE_PREFIX "attribute:"

/* Writing ------------------------------------------------------------------ */

static const char *
focal_graphml_nick (GType type,
                    int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* The nicks are static strings of the generated enum types. */
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

/* g_markup_escape_text() leaves tabs, newlines and carriage returns as
 * they are, but an XML reader turns a carriage return in text into a
 * newline, and all three into spaces in an attribute value: write them as
 * character references where they would not read back. */
static char *
focal_graphml_escape (const char *text,
                      gboolean    attribute)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  GString *out;

  if (strpbrk (escaped, attribute ? "\t\n\r" : "\r") == NULL)
    return g_steal_pointer (&escaped);

  out = g_string_sized_new (strlen (escaped) + 16);
  for (const char *p = escaped; *p != '\0'; p++)
    {
      if (*p == '\r' || (attribute && (*p == '\t' || *p == '\n')))
        g_string_append_printf (out, "&#%d;", *p);
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
focal_graphml_data (GString    *out,
                    const char *key,
                    const char *value)
{
  g_autofree char *escaped_key = NULL;
  g_autofree char *escaped = NULL;

  if (value == NULL)
    return;

  escaped_key = focal_graphml_escape (key, TRUE);
  escaped = focal_graphml_escape (value, FALSE);
  g_string_append_printf (out, "      <data key=\"%s\">%s</data>\n", escaped_key, escaped);
}

static void
focal_graphml_date_data (GString    *out,
                         const char *key,
                         FocalDate  *date)
{
  g_autofree char *text = date != NULL ? focal_date_to_string (date) : NULL;

  focal_graphml_data (out, key, text);
}

static void
focal_graphml_number_data (GString    *out,
                           const char *key,
                           double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  _focal_json_format_number (buffer, value);
  focal_graphml_data (out, key, buffer);
}

static void
focal_graphml_actor_data (GString    *out,
                          FocalActor *actor)
{
  focal_graphml_data (out, "kind", focal_graphml_nick (FOCAL_TYPE_ACTOR_KIND,
                                                       focal_actor_get_kind (actor)));
  focal_graphml_data (out, "country", focal_actor_get_country (actor));
  focal_graphml_data (out, "level", focal_graphml_nick (FOCAL_TYPE_LEVEL,
                                                        focal_actor_get_level (actor)));
}

static void
focal_graphml_position_data (GString       *out,
                             FocalPosition *position)
{
  focal_graphml_data (out, "actor", focal_position_get_actor_id (position));
  focal_graphml_data (out, "issue", focal_position_get_issue_id (position));
  if (focal_position_get_has_stance (position))
    focal_graphml_number_data (out, "stance", focal_position_get_stance (position));
  focal_graphml_data (out, "label", focal_position_get_label (position));
  focal_graphml_date_data (out, "date", focal_position_get_date (position));
}

static void
focal_graphml_write_node (GString     *out,
                          FocalEntity *entity)
{
  g_autofree char *id = focal_graphml_escape (focal_entity_get_id (entity), TRUE);
  const char *kind = NULL;

  g_string_append_printf (out, "    <node id=\"%s\">\n", id);
  focal_graphml_data (out, "entity", focal_entity_get_kind_name (entity));
  focal_graphml_data (out, "name", focal_entity_get_name (entity));

  if (FOCAL_IS_ACTOR (entity))
    focal_graphml_actor_data (out, FOCAL_ACTOR (entity));
  else if (FOCAL_IS_AGREEMENT (entity))
    kind = focal_graphml_nick (FOCAL_TYPE_AGREEMENT_KIND,
                               focal_agreement_get_kind (FOCAL_AGREEMENT (entity)));
  else if (FOCAL_IS_FORUM (entity))
    kind = focal_graphml_nick (FOCAL_TYPE_FORUM_KIND, focal_forum_get_kind (FOCAL_FORUM (entity)));
  else if (FOCAL_IS_ISSUE (entity))
    kind = focal_graphml_nick (FOCAL_TYPE_ISSUE_AREA, focal_issue_get_area (FOCAL_ISSUE (entity)));
  else if (FOCAL_IS_EVENT (entity))
    kind = focal_graphml_nick (FOCAL_TYPE_EVENT_KIND, focal_event_get_kind (FOCAL_EVENT (entity)));

  focal_graphml_data (out, "kind", kind);
  if (FOCAL_IS_EVENT (entity))
    focal_graphml_date_data (out, "date", focal_event_get_date (FOCAL_EVENT (entity)));
  else if (FOCAL_IS_POSITION (entity))
    focal_graphml_position_data (out, FOCAL_POSITION (entity));

  focal_graphml_date_data (out, "valid", focal_entity_get_valid (entity));
  g_string_append (out, "    </node>\n");
}

/* The key id and attr.name of link attribute @name. */
static char *
focal_graphml_attribute_name (const char *name)
{
  if (g_strv_contains (edge_fields, name) ||
      g_str_has_prefix (name, FOCAL_GRAPHML_ATTRIBUTE_PREFIX))
    return g_strconcat (FOCAL_GRAPHML_ATTRIBUTE_PREFIX, name, NULL);

  return g_strdup (name);
}

static char *
focal_graphml_attribute_key (const char *name)
{
  return g_strconcat ("attr:", name, NULL);
}

static void
focal_graphml_write_edge (GString   *out,
                          FocalLink *link,
                          guint      index)
{
  g_autofree char *source = focal_graphml_escape (focal_link_get_source_id (link), TRUE);
  g_autofree char *target = focal_graphml_escape (focal_link_get_target_id (link), TRUE);
  g_auto(GStrv) keys = focal_link_dup_attribute_keys (link);
  FocalLinkKind kind = focal_link_get_kind (link);

  g_string_append_printf (out, "    <edge id=\"e%u\" source=\"%s\" target=\"%s\"%s>\n", index,
                          source, target,
                          focal_link_kind_is_symmetric (kind) ? " directed=\"false\"" : "");
  focal_graphml_data (out, "link", focal_graphml_nick (FOCAL_TYPE_LINK_KIND, kind));
  focal_graphml_date_data (out, "period", focal_link_get_period (link));
  focal_graphml_number_data (out, "weight", focal_link_get_weight (link));

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_autofree char *key = focal_graphml_attribute_key (keys[i]);

      focal_graphml_data (out, key, focal_link_get_attribute (link, keys[i]));
    }

  g_string_append (out, "    </edge>\n");
}

static void
focal_graphml_write_key (GString    *out,
                         const char *id,
                         const char *domain,
                         const char *name,
                         const char *type)
{
  g_autofree char *escaped_id = focal_graphml_escape (id, TRUE);
  g_autofree char *escaped_name = focal_graphml_escape (name, TRUE);

  g_string_append_printf (out, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                          escaped_id, domain, escaped_name, type);
}

static int
focal_graphml_compare_names (gconstpointer a,
                             gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names of all link attributes, sorted. */
static GPtrArray *
focal_graphml_attribute_names (GListModel *links)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      g_auto(GStrv) keys = focal_link_dup_attribute_keys (link);

      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          char *name;

          if (g_hash_table_contains (seen, keys[k]))
            continue;
          name = g_strdup (keys[k]);
          g_ptr_array_add (names, name);
          g_hash_table_add (seen, name);
        }
    }

  g_ptr_array_sort (names, focal_graphml_compare_names);
  return names;
}

static void
focal_graphml_write_keys (GString    *out,
                          GListModel *links)
{
  static const char * const node_keys[][2] = {
    { "entity", "string" }, { "name", "string" }, { "kind", "string" },
    { "country", "string" }, { "level", "string" }, { "valid", "string" },
    { "date", "string" }, { "actor", "string" }, { "issue", "string" },
    { "stance", "double" }, { "label", "string" },
  };
  g_autoptr(GPtrArray) names = focal_graphml_attribute_names (links);

  for (guint i = 0; i < G_N_ELEMENTS (node_keys); i++)
    focal_graphml_write_key (out, node_keys[i][0], "node", node_keys[i][0], node_keys[i][1]);
  focal_graphml_write_key (out, "link", "edge", "kind", "string");
  focal_graphml_write_key (out, "period", "edge", "period", "string");
  focal_graphml_write_key (out, "weight", "edge", "weight", "double");

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *key = focal_graphml_attribute_key (g_ptr_array_index (names, i));
      g_autofree char *name = focal_graphml_attribute_name (g_ptr_array_index (names, i));

      focal_graphml_write_key (out, key, "edge", name, "string");
    }
}

/**
 * focal_graph_to_graphml:
 * @graph: a graph
 * @length: (out) (optional): return location for the length of the text
 *
 * Writes a graph as GraphML, for Gephi, yEd, Cytoscape, igraph or NetworkX.
 *
 * Every entity becomes a node whose id is the entity's, with the data keys
 * `entity` (`actor`, `agreement`, `forum`, `issue`, `position` or
 * `event`), `name`, `kind` (the nick of the actor, agreement, forum or
 * event kind, or of the issue area), `valid` (EDTF), for actors `country`
 * and `level`, for events `date`, and for positions `actor`, `issue`,
 * `stance`, `label` and `date`. Every link becomes an edge with the keys `kind`
 * (key id `link`), `period`, `weight` and one key per link attribute name,
 * of id `attr:NAME` and attr.name `NAME` (`attribute:NAME` for an
 * attribute called `kind`, `period` or `weight`); edges of symmetric kinds
 * are marked `directed="false"`. Unset values are left out.
 *
 * Sources, citations, descriptions, tags, indicators, memberships of
 * forums and parties of agreements are not written: use focal/1 for a
 * complete copy. [ctor@Graph.new_from_graphml] reads the text back.
 *
 * Returns: (transfer full): the GraphML text, in UTF-8, ending with a
 *   newline
 */
char *
focal_graph_to_graphml (FocalGraph *graph,
                      gsize      *length)
{
  GListModel *models[6];
  GListModel *links;
  GString *out;

  g_return_val_if_fail (FOCAL_IS_GRAPH (graph), NULL);

  models[0] = focal_graph_get_actors (graph);
  models[1] = focal_graph_get_agreements (graph);
  models[2] = focal_graph_get_forums (graph);
  models[3] = focal_graph_get_issues (graph);
  models[4] = focal_graph_get_positions (graph);
  models[5] = focal_graph_get_events (graph);
  links = focal_graph_get_links (graph);

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
  focal_graphml_write_keys (out, links);
  g_string_append (out, "  <graph id=\"relationship\" edgedefault=\"directed\">\n");

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
      {
        g_autoptr(FocalEntity) entity = g_list_model_get_item (models[m], i);

        focal_graphml_write_node (out, entity);
      }

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);

      focal_graphml_write_edge (out, link, i);
    }

  g_string_append (out, "  </graph>\n</graphml>\n");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/* Reading ------------------------------------------------------------------ */

typedef struct
{
  char *name;       /* attr.name, or the id when it has none */
  char *domain;     /* for: "node", "edge", "all"…; NULL means all */
  char *fallback;   /* the text of its <default>, or NULL */
} FocalGraphmlKey;

/* A node or an edge as read. */
typedef struct
{
  char       *id;
  char       *source;
  char       *target;
  GHashTable *data;    /* key name → text */
  int         line;
  int         column;
} FocalGraphmlItem;

typedef struct
{
  GMarkupParseContext *context;
  GHashTable          *keys;      /* key id → FocalGraphmlKey */
  GPtrArray           *nodes;     /* FocalGraphmlItem */
  GPtrArray           *edges;
  FocalGraphmlItem    *current;
  FocalGraphmlKey     *data_key;
  FocalGraphmlKey     *default_key;
  GString             *text;
  gboolean             collecting;
  gboolean             seen_root;
} FocalGraphmlReader;

static void
focal_graphml_key_free (gpointer data)
{
  FocalGraphmlKey *key = data;

  g_free (key->name);
  g_free (key->domain);
  g_free (key->fallback);
  g_free (key);
}

static void
focal_graphml_item_free (gpointer data)
{
  FocalGraphmlItem *item = data;

  g_free (item->id);
  g_free (item->source);
  g_free (item->target);
  g_hash_table_unref (item->data);
  g_free (item);
}

/* "node "a"" or "edge "a" → "b"", for messages. */
static char *
focal_graphml_describe (FocalGraphmlItem *item)
{
  if (item->source != NULL)
    return g_strdup_printf ("edge \"%s\" → \"%s\"", item->source, item->target);

  return g_strdup_printf ("node \"%s\"", item->id);
}

static void G_GNUC_PRINTF (5, 6)
focal_graphml_set_error (GError     **error,
                         FocalError   code,
                         int          line,
                         int          column,
                         const char  *format,
                         ...)
{
  g_autofree char *what = NULL;
  g_autofree char *valid = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  /* GMarkup quotes the bytes it refuses, which need not be UTF-8. */
  valid = g_utf8_make_valid (what, -1);
  g_set_error (error, FOCAL_ERROR, code, "<data>:%d:%d: %s", line, column, valid);
}

static void
focal_graphml_start_item (FocalGraphmlReader  *self,
                          const char          *element,
                          const char         **names,
                          const char         **values,
                          GError             **error)
{
  const char *id = NULL, *source = NULL, *target = NULL;
  FocalGraphmlItem *item;
  gboolean is_node = g_str_equal (element, "node");

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "id"))
        id = values[i];
      else if (g_str_equal (names[i], "source"))
        source = values[i];
      else if (g_str_equal (names[i], "target"))
        target = values[i];
    }

  item = g_new0 (FocalGraphmlItem, 1);
  g_markup_parse_context_get_position (self->context, &item->line, &item->column);
  item->id = g_strdup (id);
  item->source = g_strdup (source);
  item->target = g_strdup (target);
  item->data = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_ptr_array_add (is_node ? self->nodes : self->edges, item);

  if (is_node && (id == NULL || id[0] == '\0'))
    focal_graphml_set_error (error, FOCAL_ERROR_MISSING_FIELD, item->line, item->column,
                             "a <node> without an id");
  else if (!is_node && (source == NULL || target == NULL))
    focal_graphml_set_error (error, FOCAL_ERROR_MISSING_FIELD, item->line, item->column,
                             "an <edge> without a %s", source == NULL ? "source" : "target");
  else
    self->current = item;
}

static void
focal_graphml_start_key (FocalGraphmlReader  *self,
                         const char         **names,
                         const char         **values,
                         GError             **error)
{
  const char *id = NULL, *name = NULL, *domain = NULL;
  FocalGraphmlKey *key;
  int line, column;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "id"))
        id = values[i];
      else if (g_str_equal (names[i], "attr.name"))
        name = values[i];
      else if (g_str_equal (names[i], "for"))
        domain = values[i];
    }

  if (id == NULL)
    {
      g_markup_parse_context_get_position (self->context, &line, &column);
      focal_graphml_set_error (error, FOCAL_ERROR_MISSING_FIELD, line, column,
                               "a <key> without an id");
      return;
    }

  key = g_new0 (FocalGraphmlKey, 1);
  key->name = g_strdup (name != NULL ? name : id);
  key->domain = g_strdup (domain);
  g_hash_table_replace (self->keys, g_strdup (id), key);
  self->default_key = key;
}

static void
focal_graphml_start_data (FocalGraphmlReader  *self,
                          const char         **names,
                          const char         **values,
                          GError             **error)
{
  const char *id = NULL;
  int line, column;

  if (self->current == NULL)
    return;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "key"))
        id = values[i];
    }

  self->data_key = id != NULL ? g_hash_table_lookup (self->keys, id) : NULL;
  if (self->data_key == NULL)
    {
      g_markup_parse_context_get_position (self->context, &line, &column);
      focal_graphml_set_error (error, id == NULL ? FOCAL_ERROR_MISSING_FIELD
                                                 : FOCAL_ERROR_UNKNOWN_ID,
                               line, column,
                               id == NULL ? "a <data> without a key%s"
                                          : "<data> of the undeclared key \"%s\"",
                               id == NULL ? "" : id);
      return;
    }

  g_string_truncate (self->text, 0);
  self->collecting = TRUE;
}

static void
focal_graphml_start_element_cb (GMarkupParseContext  *context,
                                const char           *element,
                                const char          **names,
                                const char          **values,
                                gpointer              user_data,
                                GError              **error)
{
  FocalGraphmlReader *self = user_data;
  int line, column;

  if (!self->seen_root)
    {
      self->seen_root = TRUE;
      if (!g_str_equal (element, "graphml"))
        {
          g_markup_parse_context_get_position (context, &line, &column);
          focal_graphml_set_error (error, FOCAL_ERROR_PARSE, line, column,
                                   "expected a <graphml> document, got <%s>", element);
        }
      return;
    }

  /* Markup inside <data> (yEd's graphics, say) is not a value. */
  self->collecting = FALSE;

  if (g_str_equal (element, "key"))
    focal_graphml_start_key (self, names, values, error);
  else if (g_str_equal (element, "default") && self->default_key != NULL)
    {
      g_string_truncate (self->text, 0);
      self->collecting = TRUE;
    }
  else if (g_str_equal (element, "node") || g_str_equal (element, "edge"))
    focal_graphml_start_item (self, element, names, values, error);
  else if (g_str_equal (element, "data"))
    focal_graphml_start_data (self, names, values, error);
}

static void
focal_graphml_end_element_cb (GMarkupParseContext  *context,
                              const char           *element,
                              gpointer              user_data,
                              GError              **error)
{
  FocalGraphmlReader *self = user_data;

  if (g_str_equal (element, "data") && self->collecting && self->current != NULL &&
      self->data_key != NULL)
    g_hash_table_replace (self->current->data, g_strdup (self->data_key->name),
                          g_strdup (self->text->str));
  else if (g_str_equal (element, "default") && self->collecting && self->default_key != NULL)
    {
      g_free (self->default_key->fallback);
      self->default_key->fallback = g_strdup (self->text->str);
    }
  else if (g_str_equal (element, "key"))
    self->default_key = NULL;
  else if (g_str_equal (element, "node") || g_str_equal (element, "edge"))
    self->current = NULL;

  if (g_str_equal (element, "data"))
    self->data_key = NULL;
  self->collecting = FALSE;
}

static void
focal_graphml_text_cb (GMarkupParseContext  *context,
                       const char           *text,
                       gsize                 length,
                       gpointer              user_data,
                       GError              **error)
{
  FocalGraphmlReader *self = user_data;

  if (self->collecting)
    g_string_append_len (self->text, text, length);
}

/* Refuses text that is not UTF-8 before GMarkup sees it: GLib 2.74 sets its
 * error for a CDATA section that is not UTF-8 without stopping, and may
 * then set another error over it. */
static gboolean
focal_graphml_check_utf8 (const char  *data,
                          gsize        length,
                          GError     **error)
{
  const char *end = NULL;
  const char *line_start = data;
  int line = 1;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  for (const char *p = data; p < end; p++)
    {
      if (*p == '\n')
        {
          line++;
          line_start = p + 1;
        }
    }

  focal_graphml_set_error (error, FOCAL_ERROR_PARSE, line,
                           (int) g_utf8_strlen (line_start, end - line_start) + 1,
                           "malformed XML: the text is not valid UTF-8 or holds a nul byte");
  return FALSE;
}

/* Turns an error of GMarkup ("Error on line 3 char 5: …") into a
 * FOCAL_ERROR_PARSE error in the library's form. */
static void
focal_graphml_markup_error (FocalGraphmlReader  *self,
                            GError              *markup_error,
                            GError             **error)
{
  int line = 0, column = 0, consumed = 0;
  const char *what = markup_error->message;

  if (sscanf (what, "Error on line %d char %d: %n", &line, &column, &consumed) == 2 &&
      consumed > 0)
    what += consumed;
  else
    g_markup_parse_context_get_position (self->context, &line, &column);

  focal_graphml_set_error (error, FOCAL_ERROR_PARSE, line, column, "malformed XML: %s", what);
}

/* Item values ---------------------------------------------------------------- */

static const char *
focal_graphml_value (FocalGraphmlReader *self,
                     FocalGraphmlItem   *item,
                     const char         *name)
{
  const char *value = g_hash_table_lookup (item->data, name);
  GHashTableIter iter;
  gpointer key;

  if (value != NULL)
    return value;

  /* The default of a key for such items stands for a value the item
   * does not give. */
  g_hash_table_iter_init (&iter, self->keys);
  while (g_hash_table_iter_next (&iter, NULL, &key))
    {
      FocalGraphmlKey *graphml_key = key;
      const char *domain = graphml_key->domain;

      if (graphml_key->fallback != NULL && g_str_equal (graphml_key->name, name) &&
          (domain == NULL || g_str_equal (domain, "all") ||
           g_str_equal (domain, item->source != NULL ? "edge" : "node")))
        return graphml_key->fallback;
    }

  return NULL;
}

static gboolean
focal_graphml_enum (FocalGraphmlItem  *item,
                    const char        *what,
                    GType              type,
                    const char        *nick,
                    int                skip,
                    int               *out,
                    GError           **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autofree char *described = NULL;
  GEnumValue *value;
  GString *nicks;

  if (nick == NULL)
    return TRUE;

  value = g_enum_get_value_by_nick (klass, nick);
  if (value != NULL && value->value != skip)
    {
      *out = value->value;
      return TRUE;
    }

  nicks = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == skip)
        continue;
      g_string_append_printf (nicks, "%s%s", nicks->len > 0 ? ", " : "",
                              klass->values[i].value_nick);
    }
  described = focal_graphml_describe (item);
  focal_graphml_set_error (error, FOCAL_ERROR_INVALID_VALUE, item->line, item->column,
                           "%s: unknown %s \"%s\"; expected one of: %s", described, what, nick,
                           nicks->str);
  g_string_free (nicks, TRUE);

  return FALSE;
}

static gboolean
focal_graphml_date (FocalGraphmlItem  *item,
                    const char        *text,
                    FocalDate        **out,
                    GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *described = NULL;

  *out = NULL;
  if (text == NULL)
    return TRUE;

  *out = focal_date_new_from_string (text, &local_error);
  if (*out != NULL)
    return TRUE;

  described = focal_graphml_describe (item);
  focal_graphml_set_error (error, local_error->code, item->line, item->column, "%s: %s",
                           described, local_error->message);
  return FALSE;
}

static gboolean
focal_graphml_number (FocalGraphmlItem  *item,
                      const char        *name,
                      const char        *text,
                      double            *out,
                      GError           **error)
{
  g_autofree char *described = NULL;
  char *end = NULL;

  if (text != NULL)
    *out = g_ascii_strtod (text, &end);
  if (text == NULL || (end != text && *end == '\0' && isfinite (*out)))
    return TRUE;

  described = focal_graphml_describe (item);
  focal_graphml_set_error (error, FOCAL_ERROR_INVALID_VALUE, item->line, item->column,
                           "%s: %s \"%s\" is not a number", described, name, text);
  return FALSE;
}

/* Entities ------------------------------------------------------------------ */

static FocalEntity *
focal_graphml_new_actor (FocalGraphmlReader  *self,
                         FocalGraphmlItem    *item,
                         const char          *kind,
                         GError             **error)
{
  g_autoptr(FocalActor) actor = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *country = focal_graphml_value (self, item, "country");
  int value = FOCAL_ACTOR_KIND_OTHER;
  int level = FOCAL_LEVEL_UNKNOWN;

  if (!focal_graphml_enum (item, "actor kind", FOCAL_TYPE_ACTOR_KIND, kind, -1, &value, error))
    return NULL;
  actor = focal_actor_new (item->id, value);

  if (country != NULL && !focal_actor_set_country (actor, country, &local_error))
    {
      focal_graphml_set_error (error, local_error->code, item->line, item->column,
                               "node \"%s\": %s", item->id, local_error->message);
      return NULL;
    }

  if (!focal_graphml_enum (item, "level", FOCAL_TYPE_LEVEL,
                           focal_graphml_value (self, item, "level"), -1, &level, error))
    return NULL;
  /* A level equal to the one the kind implies stays derived. */
  if ((FocalLevel) level != focal_actor_get_level (actor))
    focal_actor_set_level (actor, level);

  return FOCAL_ENTITY (g_steal_pointer (&actor));
}

static FocalEntity *
focal_graphml_new_position (FocalGraphmlReader  *self,
                            FocalGraphmlItem    *item,
                            GError             **error)
{
  g_autoptr(FocalPosition) position = NULL;
  g_autoptr(FocalDate) date = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *actor = focal_graphml_value (self, item, "actor");
  const char *issue = focal_graphml_value (self, item, "issue");
  const char *stance = focal_graphml_value (self, item, "stance");
  double value = 0;

  if (actor == NULL || issue == NULL)
    {
      focal_graphml_set_error (error, FOCAL_ERROR_MISSING_FIELD, item->line, item->column,
                               "node \"%s\": a position needs the data \"%s\"", item->id,
                               actor == NULL ? "actor" : "issue");
      return NULL;
    }

  if (!focal_graphml_number (item, "stance", stance, &value, error) ||
      !focal_graphml_date (item, focal_graphml_value (self, item, "date"), &date, error))
    return NULL;

  position = focal_position_new (item->id, actor, issue);
  focal_position_set_date (position, date);
  focal_position_set_label (position, focal_graphml_value (self, item, "label"));
  if (stance != NULL && !focal_position_set_stance (position, value, &local_error))
    {
      focal_graphml_set_error (error, local_error->code, item->line, item->column,
                               "node \"%s\": %s", item->id, local_error->message);
      return NULL;
    }

  return FOCAL_ENTITY (g_steal_pointer (&position));
}

static FocalEntity *
focal_graphml_new_entity (FocalGraphmlReader  *self,
                          FocalGraphmlItem    *item,
                          GError             **error)
{
  const char *entity = focal_graphml_value (self, item, "entity");
  const char *kind = focal_graphml_value (self, item, "kind");
  g_autoptr(FocalDate) date = NULL;
  int value = 0;

  if (entity == NULL || g_str_equal (entity, "actor"))
    return focal_graphml_new_actor (self, item, kind, error);
  if (g_str_equal (entity, "position"))
    return focal_graphml_new_position (self, item, error);

  if (g_str_equal (entity, "agreement"))
    return focal_graphml_enum (item, "agreement kind", FOCAL_TYPE_AGREEMENT_KIND, kind, -1,
                               &value, error)
           ? FOCAL_ENTITY (focal_agreement_new (item->id, value)) : NULL;
  if (g_str_equal (entity, "forum"))
    return focal_graphml_enum (item, "forum kind", FOCAL_TYPE_FORUM_KIND, kind, -1, &value, error)
           ? FOCAL_ENTITY (focal_forum_new (item->id, value)) : NULL;
  if (g_str_equal (entity, "issue"))
    return focal_graphml_enum (item, "issue area", FOCAL_TYPE_ISSUE_AREA, kind, -1, &value, error)
           ? FOCAL_ENTITY (focal_issue_new (item->id, value)) : NULL;
  if (g_str_equal (entity, "event"))
    {
      FocalEvent *event;

      if (!focal_graphml_enum (item, "event kind", FOCAL_TYPE_EVENT_KIND, kind, -1, &value,
                               error) ||
          !focal_graphml_date (item, focal_graphml_value (self, item, "date"), &date, error))
        return NULL;
      event = focal_event_new (item->id, value);
      focal_event_set_date (event, date);
      return FOCAL_ENTITY (event);
    }

  focal_graphml_set_error (error, FOCAL_ERROR_INVALID_VALUE, item->line, item->column,
                           "node \"%s\": unknown entity \"%s\"; expected one of: actor, "
                           "agreement, forum, issue, position, event", item->id, entity);
  return NULL;
}

static gboolean
focal_graphml_add_node (FocalGraphmlReader  *self,
                        FocalGraph          *graph,
                        FocalGraphmlItem    *item,
                        GError             **error)
{
  g_autoptr(FocalEntity) entity = focal_graphml_new_entity (self, item, error);
  g_autoptr(FocalDate) valid = NULL;
  g_autoptr(GError) local_error = NULL;

  if (entity == NULL ||
      !focal_graphml_date (item, focal_graphml_value (self, item, "valid"), &valid, error))
    return FALSE;

  focal_entity_set_name (entity, focal_graphml_value (self, item, "name"));
  focal_entity_set_valid (entity, valid);

  if (focal_graph_add (graph, entity, &local_error))
    return TRUE;

  focal_graphml_set_error (error, local_error->code, item->line, item->column, "node \"%s\": %s",
                           item->id, local_error->message);
  return FALSE;
}

static void
focal_graphml_set_attributes (FocalGraphmlItem *item,
                              FocalLink        *link)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, item->data);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *name = key;

      if (g_str_has_prefix (name, FOCAL_GRAPHML_ATTRIBUTE_PREFIX))
        name += strlen (FOCAL_GRAPHML_ATTRIBUTE_PREFIX);
      else if (g_strv_contains (edge_fields, name))
        continue;
      focal_link_set_attribute (link, name, value);
    }
}

static gboolean
focal_graphml_add_edge (FocalGraphmlReader  *self,
                        FocalGraph          *graph,
                        FocalGraphmlItem    *item,
                        GError             **error)
{
  g_autoptr(FocalLink) link = NULL;
  g_autoptr(FocalDate) period = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *kind = focal_graphml_value (self, item, "kind");
  const char *weight = focal_graphml_value (self, item, "weight");
  int value = FOCAL_LINK_KIND_ANY;
  double number = 1;

  if (kind == NULL)
    {
      focal_graphml_set_error (error, FOCAL_ERROR_MISSING_FIELD, item->line, item->column,
                               "edge \"%s\" → \"%s\": no link kind (the data \"kind\")",
                               item->source, item->target);
      return FALSE;
    }

  if (!focal_graphml_enum (item, "link kind", FOCAL_TYPE_LINK_KIND, kind, FOCAL_LINK_KIND_ANY,
                           &value, error) ||
      !focal_graphml_date (item, focal_graphml_value (self, item, "period"), &period, error) ||
      !focal_graphml_number (item, "weight", weight, &number, error))
    return FALSE;

  link = focal_link_new (item->source, value, item->target);
  focal_link_set_period (link, period);
  focal_link_set_weight (link, number);
  focal_graphml_set_attributes (item, link);

  if (_focal_graph_add_link_unpinned (graph, link, &local_error))
    return TRUE;

  focal_graphml_set_error (error, local_error->code, item->line, item->column,
                           "edge \"%s\" → \"%s\": %s", item->source, item->target,
                           local_error->message);
  return FALSE;
}

/* Adds the nodes in their order, positions last since they refer to
 * actors and issues, then the edges. */
static FocalGraph *
focal_graphml_build (FocalGraphmlReader  *self,
                     GError             **error)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->nodes->len; i++)
      {
        FocalGraphmlItem *item = g_ptr_array_index (self->nodes, i);
        gboolean is_position = g_strcmp0 (focal_graphml_value (self, item, "entity"),
                                          "position") == 0;

        if (is_position == (pass == 1) && !focal_graphml_add_node (self, graph, item, error))
          return NULL;
      }

  for (guint i = 0; i < self->edges->len; i++)
    {
      if (!focal_graphml_add_edge (self, graph, g_ptr_array_index (self->edges, i), error))
        return NULL;
    }

  return g_steal_pointer (&graph);
}

static const GMarkupParser focal_graphml_parser = {
  focal_graphml_start_element_cb,
  focal_graphml_end_element_cb,
  focal_graphml_text_cb,
  NULL,
  NULL,
};

/**
 * focal_graph_new_from_graphml:
 * @data: GraphML text, in UTF-8
 * @length: the length of @data in bytes, or -1 when it ends with a nul byte
 * @error: return location for an error
 *
 * Reads GraphML into a new graph.
 *
 * It reads what [method@Graph.to_graphml] writes: each node becomes the entity
 * its `entity` and `kind` data name (an actor of kind `other` when there
 * are none), with its name, validity, country, level, date, and for a
 * position its actor, issue, stance and label; each edge a link of the kind its
 * `kind` data names, with its period and weight, and every other data of
 * the edge as a link attribute. Data are found by their key's
 * `attr.name`, so files of other tools that use the same names can be
 * read too; other data, and elements other than keys, nodes, edges and
 * data, are ignored. Writing the graph again gives the text that was
 * read, when it was written by [method@Graph.to_graphml].
 *
 * Malformed XML, a node without an id, an unknown kind, a bad date or
 * number, or a node or edge the graph refuses (a duplicate id, an edge to
 * an unknown node) fail the import with an error whose message starts with
 * `<data>:LINE:COLUMN:`.
 *
 * Returns: (transfer full): a new graph, or `NULL` with @error set
 */
FocalGraph *
focal_graph_new_from_graphml (const char  *data,
                           gssize       length,
                           GError     **error)
{
  FocalGraphmlReader self = { 0, };
  g_autoptr(GError) markup_error = NULL;
  FocalGraph *graph = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  if (length < 0)
    length = strlen (data);
  if (!focal_graphml_check_utf8 (data, length, error))
    return NULL;

  self.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, focal_graphml_key_free);
  self.nodes = g_ptr_array_new_with_free_func (focal_graphml_item_free);
  self.edges = g_ptr_array_new_with_free_func (focal_graphml_item_free);
  self.text = g_string_new (NULL);
  self.context = g_markup_parse_context_new (&focal_graphml_parser,
                                             G_MARKUP_TREAT_CDATA_AS_TEXT, &self, NULL);

  /* GLib 2.74 may set an error yet return TRUE from parse(), hence the
   * check in between. */
  if (!g_markup_parse_context_parse (self.context, data, length,
                                     &markup_error) ||
      markup_error != NULL ||
      !g_markup_parse_context_end_parse (self.context, &markup_error))
    {
      if (markup_error->domain == FOCAL_ERROR)
        g_propagate_error (error, g_steal_pointer (&markup_error));
      else
        focal_graphml_markup_error (&self, markup_error, error);
    }
  else if (!self.seen_root)
    focal_graphml_set_error (error, FOCAL_ERROR_PARSE, 1, 1, "the document is empty");
  else
    graph = focal_graphml_build (&self, error);

  g_markup_parse_context_free (self.context);
  g_hash_table_unref (self.keys);
  g_ptr_array_unref (self.nodes);
  g_ptr_array_unref (self.edges);
  g_string_free (self.text, TRUE);

  return graph;
}
