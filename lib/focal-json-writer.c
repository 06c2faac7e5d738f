/* focal-json-writer.c: writes focal/1 documents in their canonical form
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-json-private.h"

#include <math.h>
#include <string.h>

#include "focal-actor.h"
#include "focal-agreement.h"
#include "focal-citation.h"
#include "focal-entity-private.h"
#include "focal-enum-types.h"
#include "focal-event.h"
#include "focal-extras-private.h"
#include "focal-forum.h"
#include "focal-indicator.h"
#include "focal-issue.h"
#include "focal-link.h"
#include "focal-graph-private.h"
#include "focal-membership.h"
#include "focal-position.h"
#include "focal-source.h"

/* The output is deterministic and meant to be read and edited by people,
 * so the writer is our own rather than JsonGenerator: it writes members
 * in a fixed order, arrays of scalars on one line, and numbers in their
 * shortest exact form (JsonGenerator prints every double with %.17g, so
 * 0.1 would come back as 0.10000000000000001). */

typedef struct
{
  GString  *out;
  gboolean  compact;
  GArray   *open;   /* gboolean per open container: has it a member yet? */
} FocalJsonWriter;

typedef void (*FocalJsonWriteItem) (FocalJsonWriter *self,
                                    gpointer         item);

void
_focal_json_format_number (char   *buffer,
                           double  value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char *exponent;

  if (!isfinite (value))
    {
      /* JSON has no infinities; only unknown members can hold one. */
      strcpy (buffer, "null");
      return;
    }

  if (value == floor (value) && fabs (value) <= 9007199254740992.0)
    {
      g_snprintf (buffer, G_ASCII_DTOSTR_BUF_SIZE, "%" G_GINT64_FORMAT, (gint64) value);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, G_ASCII_DTOSTR_BUF_SIZE, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  /* "1e+20" and "1e-07" read better as "1e20" and "1e-7". */
  exponent = strchr (buffer, 'e');
  if (exponent != NULL)
    {
      char *digits = exponent + 1;
      char *src;

      if (*digits == '+')
        memmove (digits, digits + 1, strlen (digits));
      else if (*digits == '-')
        digits++;
      for (src = digits; *src == '0' && src[1] != '\0'; src++)
        ;
      memmove (digits, src, strlen (src) + 1);
    }
}

static void
focal_json_writer_newline (FocalJsonWriter *self)
{
  if (self->compact)
    return;

  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < self->open->len; i++)
    g_string_append (self->out, "  ");
}

static void
focal_json_writer_begin (FocalJsonWriter *self,
                         char             bracket)
{
  gboolean empty = FALSE;

  g_string_append_c (self->out, bracket);
  g_array_append_val (self->open, empty);
}

static void
focal_json_writer_end (FocalJsonWriter *self,
                       char             bracket)
{
  gboolean had_members = g_array_index (self->open, gboolean, self->open->len - 1);

  g_array_set_size (self->open, self->open->len - 1);
  if (had_members)
    focal_json_writer_newline (self);
  g_string_append_c (self->out, bracket);
}

/* Starts the next member or element of the innermost container. */
static void
focal_json_writer_next (FocalJsonWriter *self)
{
  gboolean *had_members = &g_array_index (self->open, gboolean, self->open->len - 1);

  if (*had_members)
    g_string_append_c (self->out, ',');
  *had_members = TRUE;
  focal_json_writer_newline (self);
}

static void
focal_json_write_string (GString    *out,
                         const char *text)
{
  const char *run = text;
  const char *p;

  g_string_append_c (out, '"');
  for (p = text; *p != '\0'; p++)
    {
      guchar c = *p;
      const char *escape = NULL;
      char buffer[8];

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          g_snprintf (buffer, sizeof buffer, "\\u%04x", c);
          escape = buffer;
        }

      g_string_append_len (out, run, p - run);
      g_string_append (out, escape);
      run = p + 1;
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

static void
focal_json_writer_key (FocalJsonWriter *self,
                       const char      *key)
{
  focal_json_writer_next (self);
  focal_json_write_string (self->out, key);
  g_string_append (self->out, self->compact ? ":" : ": ");
}

static void
focal_json_writer_number (FocalJsonWriter *self,
                          double           value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  _focal_json_format_number (buffer, value);
  g_string_append (self->out, buffer);
}

static void
focal_json_writer_string_member (FocalJsonWriter *self,
                                 const char      *key,
                                 const char      *value)
{
  if (value == NULL)
    return;

  focal_json_writer_key (self, key);
  focal_json_write_string (self->out, value);
}

static void
focal_json_writer_date_member (FocalJsonWriter *self,
                               const char      *key,
                               FocalDate       *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;

  text = focal_date_to_string (date);
  focal_json_writer_string_member (self, key, text);
}

static void
focal_json_writer_number_member (FocalJsonWriter *self,
                                 const char      *key,
                                 double           value)
{
  focal_json_writer_key (self, key);
  focal_json_writer_number (self, value);
}

static const char *
focal_json_nick (GType type,
                 int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* Classes of static types live for the whole process, so the nick stays
   * valid after the unref. */
  g_type_class_unref (klass);

  return enum_value != NULL ? enum_value->value_nick : "?";
}

static void
focal_json_writer_nick_member (FocalJsonWriter *self,
                               const char      *key,
                               GType            type,
                               int              value)
{
  focal_json_writer_string_member (self, key, focal_json_nick (type, value));
}

/* Writes an array of strings on one line. */
static void
focal_json_writer_strings_member (FocalJsonWriter    *self,
                                  const char         *key,
                                  const char * const *strings)
{
  if (strings == NULL || strings[0] == NULL)
    return;

  focal_json_writer_key (self, key);
  g_string_append_c (self->out, '[');
  for (guint i = 0; strings[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (self->out, self->compact ? "," : ", ");
      focal_json_write_string (self->out, strings[i]);
    }
  g_string_append_c (self->out, ']');
}

static gboolean
focal_json_node_is_scalar (JsonNode *node)
{
  return !JSON_NODE_HOLDS_OBJECT (node) && !JSON_NODE_HOLDS_ARRAY (node);
}

static void focal_json_writer_node (FocalJsonWriter *self,
                                    JsonNode        *node);

static void
focal_json_writer_json_object (FocalJsonWriter *self,
                               JsonObject      *object)
{
  g_autoptr(GList) members = json_object_get_members (object);

  focal_json_writer_begin (self, '{');
  for (GList *l = members; l != NULL; l = l->next)
    {
      focal_json_writer_key (self, l->data);
      focal_json_writer_node (self, json_object_get_member (object, l->data));
    }
  focal_json_writer_end (self, '}');
}

static void
focal_json_writer_json_array (FocalJsonWriter *self,
                              JsonArray       *array)
{
  guint n = json_array_get_length (array);
  gboolean scalars = TRUE;

  for (guint i = 0; i < n && scalars; i++)
    scalars = focal_json_node_is_scalar (json_array_get_element (array, i));

  if (scalars)
    {
      g_string_append_c (self->out, '[');
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (self->out, self->compact ? "," : ", ");
          focal_json_writer_node (self, json_array_get_element (array, i));
        }
      g_string_append_c (self->out, ']');
      return;
    }

  focal_json_writer_begin (self, '[');
  for (guint i = 0; i < n; i++)
    {
      focal_json_writer_next (self);
      focal_json_writer_node (self, json_array_get_element (array, i));
    }
  focal_json_writer_end (self, ']');
}

static void
focal_json_writer_node (FocalJsonWriter *self,
                        JsonNode        *node)
{
  GType type;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      focal_json_writer_json_object (self, json_node_get_object (node));
      return;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      focal_json_writer_json_array (self, json_node_get_array (node));
      return;
    }
  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_string_append (self->out, "null");
      return;
    }

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    focal_json_write_string (self->out, json_node_get_string (node));
  else if (type == G_TYPE_BOOLEAN)
    g_string_append (self->out, json_node_get_boolean (node) ? "true" : "false");
  else if (type == G_TYPE_INT64)
    g_string_append_printf (self->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else
    focal_json_writer_number (self, json_node_get_double (node));
}

/* Writes the unknown members kept with @object, after the known ones. */
static void
focal_json_writer_extras (FocalJsonWriter *self,
                          JsonObject      *extras)
{
  g_autoptr(GList) members = NULL;

  if (extras == NULL)
    return;

  members = json_object_get_members (extras);
  for (GList *l = members; l != NULL; l = l->next)
    {
      focal_json_writer_key (self, l->data);
      focal_json_writer_node (self, json_object_get_member (extras, l->data));
    }
}

static void
focal_json_writer_list_member (FocalJsonWriter    *self,
                               const char         *key,
                               GListModel         *model,
                               FocalJsonWriteItem  write)
{
  guint n = g_list_model_get_n_items (model);

  if (n == 0)
    return;

  focal_json_writer_key (self, key);
  focal_json_writer_begin (self, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      focal_json_writer_next (self);
      write (self, item);
    }
  focal_json_writer_end (self, ']');
}

static void
focal_json_writer_citation (FocalJsonWriter *self,
                            gpointer         item)
{
  FocalCitation *citation = item;

  focal_json_writer_begin (self, '{');
  focal_json_writer_string_member (self, "source", focal_citation_get_source_id (citation));
  focal_json_writer_string_member (self, "section", focal_citation_get_section (citation));
  focal_json_writer_string_member (self, "page", focal_citation_get_page (citation));
  if (focal_citation_get_note (citation) != 0)
    focal_json_writer_number_member (self, "note", focal_citation_get_note (citation));
  focal_json_writer_string_member (self, "quote", focal_citation_get_quote (citation));
  focal_json_writer_extras (self, _focal_extras_get (citation, FOCAL_EXTRAS_MAIN));
  focal_json_writer_end (self, '}');
}

static void
focal_json_writer_indicator (FocalJsonWriter *self,
                             gpointer         item)
{
  FocalIndicator *indicator = item;

  focal_json_writer_begin (self, '{');
  focal_json_writer_string_member (self, "name", focal_indicator_get_name (indicator));
  focal_json_writer_number_member (self, "value", focal_indicator_get_value (indicator));
  if (focal_indicator_get_qualifier (indicator) != FOCAL_QUALIFIER_EXACT)
    focal_json_writer_nick_member (self, "qualifier", FOCAL_TYPE_QUALIFIER,
                                   focal_indicator_get_qualifier (indicator));
  focal_json_writer_string_member (self, "unit", focal_indicator_get_unit (indicator));
  focal_json_writer_date_member (self, "date", focal_indicator_get_date (indicator));
  focal_json_writer_string_member (self, "part-of", focal_indicator_get_part_of (indicator));
  focal_json_writer_string_member (self, "label", focal_indicator_get_label (indicator));
  focal_json_writer_list_member (self, "citations", focal_indicator_get_citations (indicator),
                                 focal_json_writer_citation);
  focal_json_writer_extras (self, _focal_extras_get (indicator, FOCAL_EXTRAS_MAIN));
  focal_json_writer_end (self, '}');
}

static void
focal_json_writer_membership (FocalJsonWriter *self,
                              gpointer         item)
{
  FocalMembership *membership = item;

  focal_json_writer_begin (self, '{');
  focal_json_writer_string_member (self, "actor", focal_membership_get_actor_id (membership));
  if (focal_membership_get_role (membership) != FOCAL_ROLE_MEMBER)
    focal_json_writer_nick_member (self, "role", FOCAL_TYPE_ROLE,
                                   focal_membership_get_role (membership));
  focal_json_writer_date_member (self, "period", focal_membership_get_period (membership));
  focal_json_writer_list_member (self, "citations", focal_membership_get_citations (membership),
                                 focal_json_writer_citation);
  focal_json_writer_extras (self, _focal_extras_get (membership, FOCAL_EXTRAS_MAIN));
  focal_json_writer_end (self, '}');
}

static void
focal_json_writer_agreement_dates (FocalJsonWriter *self,
                                   FocalAgreement  *agreement)
{
  JsonObject *extras = _focal_extras_get (agreement, FOCAL_EXTRAS_DATES);
  gboolean any = extras != NULL;

  for (int step = FOCAL_AGREEMENT_STATUS_PROPOSED; step <= FOCAL_AGREEMENT_STATUS_WITHDRAWN && !any; step++)
    any = focal_agreement_get_step_date (agreement, step) != NULL;
  if (!any)
    return;

  focal_json_writer_key (self, "dates");
  focal_json_writer_begin (self, '{');
  for (int step = FOCAL_AGREEMENT_STATUS_PROPOSED; step <= FOCAL_AGREEMENT_STATUS_WITHDRAWN; step++)
    focal_json_writer_date_member (self, focal_json_nick (FOCAL_TYPE_AGREEMENT_STATUS, step),
                                   focal_agreement_get_step_date (agreement, step));
  focal_json_writer_extras (self, extras);
  focal_json_writer_end (self, '}');
}

static void
focal_json_writer_actor_fields (FocalJsonWriter *self,
                                FocalActor      *actor)
{
  focal_json_writer_nick_member (self, "kind", FOCAL_TYPE_ACTOR_KIND, focal_actor_get_kind (actor));
  focal_json_writer_string_member (self, "country", focal_actor_get_country (actor));
  focal_json_writer_string_member (self, "parent", focal_actor_get_parent_id (actor));
  if (!focal_actor_get_level_is_derived (actor))
    focal_json_writer_nick_member (self, "level", FOCAL_TYPE_LEVEL, focal_actor_get_level (actor));
}

static void
focal_json_writer_forum_fields (FocalJsonWriter *self,
                                FocalForum      *forum)
{
  focal_json_writer_nick_member (self, "kind", FOCAL_TYPE_FORUM_KIND, focal_forum_get_kind (forum));
  focal_json_writer_date_member (self, "founded", focal_forum_get_founded (forum));
  focal_json_writer_string_member (self, "cadence", focal_forum_get_cadence (forum));
  focal_json_writer_list_member (self, "members", _focal_forum_peek_members (forum),
                                 focal_json_writer_membership);
}

static void
focal_json_writer_agreement_fields (FocalJsonWriter *self,
                                    FocalAgreement  *agreement)
{
  focal_json_writer_nick_member (self, "kind", FOCAL_TYPE_AGREEMENT_KIND,
                                 focal_agreement_get_kind (agreement));
  if (focal_agreement_get_status (agreement) != FOCAL_AGREEMENT_STATUS_UNKNOWN)
    focal_json_writer_nick_member (self, "status", FOCAL_TYPE_AGREEMENT_STATUS,
                                   focal_agreement_get_status (agreement));
  focal_json_writer_agreement_dates (self, agreement);
  focal_json_writer_list_member (self, "parties", _focal_agreement_peek_parties (agreement),
                                 focal_json_writer_membership);
}

static void
focal_json_writer_event_fields (FocalJsonWriter *self,
                                FocalEvent      *event)
{
  focal_json_writer_nick_member (self, "kind", FOCAL_TYPE_EVENT_KIND, focal_event_get_kind (event));
  focal_json_writer_date_member (self, "date", focal_event_get_date (event));
  focal_json_writer_string_member (self, "location", focal_event_get_location (event));
  focal_json_writer_string_member (self, "forum", focal_event_get_forum_id (event));
  focal_json_writer_string_member (self, "parent", focal_event_get_parent_id (event));
  focal_json_writer_strings_member (self, "participants", focal_event_get_participants (event));
  if (!focal_event_get_aggregate (event))
    return;

  focal_json_writer_key (self, "aggregate");
  g_string_append (self->out, "true");
  focal_json_writer_number_member (self, "count", focal_event_get_count (event));
  if (focal_event_get_count_qualifier (event) != FOCAL_QUALIFIER_EXACT)
    focal_json_writer_nick_member (self, "count-qualifier", FOCAL_TYPE_QUALIFIER,
                                   focal_event_get_count_qualifier (event));
}

static void
focal_json_writer_position_fields (FocalJsonWriter *self,
                                   FocalPosition   *position)
{
  focal_json_writer_string_member (self, "actor", focal_position_get_actor_id (position));
  focal_json_writer_string_member (self, "issue", focal_position_get_issue_id (position));
  focal_json_writer_date_member (self, "date", focal_position_get_date (position));
  if (focal_position_get_has_stance (position))
    focal_json_writer_number_member (self, "stance", focal_position_get_stance (position));
  focal_json_writer_string_member (self, "label", focal_position_get_label (position));
}

static void
focal_json_writer_entity (FocalJsonWriter *self,
                          gpointer         item)
{
  FocalEntity *entity = item;

  focal_json_writer_begin (self, '{');
  focal_json_writer_string_member (self, "id", focal_entity_get_id (entity));
  focal_json_writer_string_member (self, "name", focal_entity_get_name (entity));
  focal_json_writer_string_member (self, "description", focal_entity_get_description (entity));
  focal_json_writer_strings_member (self, "tags", focal_entity_get_tags (entity));
  focal_json_writer_date_member (self, "valid", focal_entity_get_valid (entity));

  if (FOCAL_IS_ACTOR (entity))
    focal_json_writer_actor_fields (self, FOCAL_ACTOR (entity));
  else if (FOCAL_IS_ISSUE (entity))
    focal_json_writer_nick_member (self, "area", FOCAL_TYPE_ISSUE_AREA,
                                   focal_issue_get_area (FOCAL_ISSUE (entity)));
  else if (FOCAL_IS_FORUM (entity))
    focal_json_writer_forum_fields (self, FOCAL_FORUM (entity));
  else if (FOCAL_IS_AGREEMENT (entity))
    focal_json_writer_agreement_fields (self, FOCAL_AGREEMENT (entity));
  else if (FOCAL_IS_EVENT (entity))
    focal_json_writer_event_fields (self, FOCAL_EVENT (entity));
  else if (FOCAL_IS_POSITION (entity))
    focal_json_writer_position_fields (self, FOCAL_POSITION (entity));

  focal_json_writer_list_member (self, "citations", _focal_entity_peek_citations (entity),
                                 focal_json_writer_citation);
  focal_json_writer_list_member (self, "indicators", _focal_entity_peek_indicators (entity),
                                 focal_json_writer_indicator);
  focal_json_writer_extras (self, _focal_extras_get (entity, FOCAL_EXTRAS_MAIN));
  focal_json_writer_end (self, '}');
}

/* Links are written from the graph's table, without making an object per
 * link. */
static void
focal_json_writer_link_row (FocalJsonWriter        *self,
                            FocalGraph             *graph,
                            const FocalLinkColumns *links,
                            guint                   l)
{
  FocalLinkData *data = _focal_graph_link_data (graph, l, FALSE);

  focal_json_writer_begin (self, '{');
  focal_json_writer_string_member (self, "source", _focal_graph_link_source_id (graph, l));
  focal_json_writer_nick_member (self, "kind", FOCAL_TYPE_LINK_KIND, links->kind[l]);
  focal_json_writer_string_member (self, "target", _focal_graph_link_target_id (graph, l));
  focal_json_writer_date_member (self, "period", links->periods[links->period[l]]);
  if (_focal_link_columns_weight (links, l) != 1.0)
    focal_json_writer_number_member (self, "weight", _focal_link_columns_weight (links, l));

  if (data != NULL)
    {
      focal_json_writer_string_member (self, "description", data->description);

      if (data->attributes != NULL)
        {
          focal_json_writer_key (self, "attributes");
          focal_json_writer_begin (self, '{');
          /* packed in key order */
          for (const char *p = data->attributes; *p != '\0'; )
            {
              const char *value = p + strlen (p) + 1;

              focal_json_writer_string_member (self, p, value);
              p = value + strlen (value) + 1;
            }
          focal_json_writer_end (self, '}');
        }

      if (data->citations != NULL)
        focal_json_writer_list_member (self, "citations", G_LIST_MODEL (data->citations),
                                       focal_json_writer_citation);
      focal_json_writer_extras (self, data->unknown);
    }
  focal_json_writer_end (self, '}');
}

static void
focal_json_writer_links (FocalJsonWriter *self,
                         FocalGraph      *graph)
{
  FocalLinkColumns links;

  _focal_graph_get_link_columns (graph, &links);
  if (links.n_links == 0)
    return;

  focal_json_writer_key (self, "links");
  focal_json_writer_begin (self, '[');
  for (guint l = 0; l < links.n_links; l++)
    {
      focal_json_writer_next (self);
      focal_json_writer_link_row (self, graph, &links, l);
    }
  focal_json_writer_end (self, ']');
}

static void
focal_json_writer_source (FocalJsonWriter *self,
                          gpointer         item)
{
  FocalSource *source = item;

  focal_json_writer_begin (self, '{');
  focal_json_writer_string_member (self, "id", focal_source_get_id (source));
  focal_json_writer_string_member (self, "author", focal_source_get_author (source));
  focal_json_writer_string_member (self, "title", focal_source_get_title (source));
  focal_json_writer_string_member (self, "publisher", focal_source_get_publisher (source));
  if (focal_source_get_year (source) != 0)
    focal_json_writer_number_member (self, "year", focal_source_get_year (source));
  focal_json_writer_string_member (self, "url", focal_source_get_url (source));
  focal_json_writer_extras (self, _focal_extras_get (source, FOCAL_EXTRAS_MAIN));
  focal_json_writer_end (self, '}');
}

void
_focal_json_write (GString                *out,
                   const FocalJsonContent *content,
                   gboolean                compact)
{
  FocalJsonWriter self = { out, compact, g_array_new (FALSE, FALSE, sizeof (gboolean)) };
  FocalGraph *graph = content->graph;

  g_assert (FOCAL_IS_GRAPH (graph));

  focal_json_writer_begin (&self, '{');
  focal_json_writer_string_member (&self, "format", "focal/1");
  focal_json_writer_string_member (&self, "title", content->title);
  focal_json_writer_string_member (&self, "description", content->description);
  focal_json_writer_date_member (&self, "as-of", content->as_of);
  focal_json_writer_string_member (&self, "licence", content->licence);

  focal_json_writer_list_member (&self, "sources", focal_graph_get_sources (graph),
                                 focal_json_writer_source);
  /* A snapshot's text puts the unknown members before the sections and
   * ends with an empty "links": the layout the reader reads the sections
   * of as they are parsed, without holding their JSON. */
  if (content->skip_links)
    focal_json_writer_extras (&self, content->extras);
  focal_json_writer_list_member (&self, "actors", focal_graph_get_actors (graph),
                                 focal_json_writer_entity);
  focal_json_writer_list_member (&self, "issues", focal_graph_get_issues (graph),
                                 focal_json_writer_entity);
  focal_json_writer_list_member (&self, "forums", focal_graph_get_forums (graph),
                                 focal_json_writer_entity);
  focal_json_writer_list_member (&self, "agreements", focal_graph_get_agreements (graph),
                                 focal_json_writer_entity);
  focal_json_writer_list_member (&self, "events", focal_graph_get_events (graph),
                                 focal_json_writer_entity);
  focal_json_writer_list_member (&self, "positions", focal_graph_get_positions (graph),
                                 focal_json_writer_entity);
  if (!content->skip_links)
    {
      focal_json_writer_links (&self, graph);
      focal_json_writer_extras (&self, content->extras);
    }
  else
    {
      focal_json_writer_key (&self, "links");
      focal_json_writer_begin (&self, '[');
      focal_json_writer_end (&self, ']');
    }
  focal_json_writer_end (&self, '}');
  g_string_append_c (out, '\n');

  g_array_unref (self.open);
}
