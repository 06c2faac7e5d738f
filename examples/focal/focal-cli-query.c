/* focal-cli-query.c: the query commands of the focal command
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdlib.h>

#include "focal-cli.h"

static GListModel *
focal_cli_model (FocalGraph *graph,
                 guint       section)
{
  GListModel *models[] = {
    focal_graph_get_actors (graph), focal_graph_get_agreements (graph),
    focal_graph_get_forums (graph), focal_graph_get_issues (graph),
    focal_graph_get_positions (graph), focal_graph_get_events (graph),
  };

  return models[section];
}

static const char * const section_names[] = {
  "actors", "agreements", "forums", "issues", "positions", "events",
};

/* summary */

int
focal_cli_summary (FocalCli  *cli,
                   int        argc,
                   char     **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- counts of what the document holds");
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) levels = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) link_kinds = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *actors, *links;

  if (!focal_cli_parse (cli, context, NULL, &argc, &argv, &error))
    return focal_cli_usage_error (context, error->message);
  if (argc != 1)
    return focal_cli_usage_error (context, "summary takes no arguments");
  if (!focal_cli_load (cli, &error))
    return focal_cli_fail ("summary", error);

  actors = focal_graph_get_actors (cli->graph);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(FocalActor) actor = g_list_model_get_item (actors, i);
      const char *level = focal_cli_nick (FOCAL_TYPE_LEVEL, focal_actor_get_level (actor));

      g_hash_table_insert (levels, (gpointer) level,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (levels, level)) + 1));
    }
  links = focal_graph_get_links (cli->graph);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      const char *kind = focal_cli_nick (FOCAL_TYPE_LINK_KIND, focal_link_get_kind (link));

      g_hash_table_insert (link_kinds, (gpointer) kind,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (link_kinds, kind)) + 1));
    }

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      GHashTableIter iter;
      gpointer key, value;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, focal_document_get_title (cli->document));
      for (guint s = 0; s < G_N_ELEMENTS (section_names); s++)
        {
          json_builder_set_member_name (builder, section_names[s]);
          json_builder_add_int_value (builder,
                                      g_list_model_get_n_items (focal_cli_model (cli->graph, s)));
        }
      json_builder_set_member_name (builder, "links");
      json_builder_add_int_value (builder, g_list_model_get_n_items (links));
      json_builder_set_member_name (builder, "sources");
      json_builder_add_int_value (builder,
                                  g_list_model_get_n_items (focal_graph_get_sources (cli->graph)));
      json_builder_set_member_name (builder, "actors-by-level");
      json_builder_begin_object (builder);
      g_hash_table_iter_init (&iter, levels);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          json_builder_set_member_name (builder, key);
          json_builder_add_int_value (builder, GPOINTER_TO_UINT (value));
        }
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "links-by-kind");
      json_builder_begin_object (builder);
      g_hash_table_iter_init (&iter, link_kinds);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          json_builder_set_member_name (builder, key);
          json_builder_add_int_value (builder, GPOINTER_TO_UINT (value));
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      focal_cli_print_json (builder);
      return EXIT_SUCCESS;
    }

  g_print ("%s\n", focal_document_get_title (cli->document) ?: "(untitled document)");
  for (guint s = 0; s < G_N_ELEMENTS (section_names); s++)
    g_print ("  %-11s %u\n", section_names[s],
             g_list_model_get_n_items (focal_cli_model (cli->graph, s)));
  g_print ("  %-11s %u\n", "links", g_list_model_get_n_items (links));
  g_print ("  %-11s %u\n", "sources",
           g_list_model_get_n_items (focal_graph_get_sources (cli->graph)));
  return EXIT_SUCCESS;
}

/* show */

static void
focal_cli_show_text (FocalCli    *cli,
                     FocalEntity *entity)
{
  const char * const *tags = focal_entity_get_tags (entity);
  GListModel *citations = focal_entity_get_citations (entity);
  GListModel *indicators = focal_entity_get_indicators (entity);
  g_autoptr(GListModel) links = NULL;
  g_autofree char *valid = NULL;

  g_print ("%s (%s %s)\n", focal_cli_label (entity), focal_entity_get_kind_name (entity),
           focal_entity_get_id (entity));
  if (focal_entity_get_description (entity) != NULL)
    g_print ("  %s\n", focal_entity_get_description (entity));
  if (tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) tags);
      g_print ("  tags: %s\n", joined);
    }
  if (focal_entity_get_valid (entity) != NULL)
    {
      valid = focal_date_to_string (focal_entity_get_valid (entity));
      g_print ("  valid: %s\n", valid);
    }

  if (FOCAL_IS_ACTOR (entity))
    {
      FocalActor *actor = FOCAL_ACTOR (entity);

      g_print ("  kind: %s, level: %s%s\n",
               focal_cli_nick (FOCAL_TYPE_ACTOR_KIND, focal_actor_get_kind (actor)),
               focal_cli_nick (FOCAL_TYPE_LEVEL, focal_actor_get_level (actor)),
               focal_actor_get_level_is_derived (actor) ? " (derived)" : "");
      if (focal_actor_get_country (actor) != NULL)
        g_print ("  country: %s\n", focal_actor_get_country (actor));
      if (focal_actor_get_parent_id (actor) != NULL)
        g_print ("  part of: %s\n", focal_actor_get_parent_id (actor));
    }
  else if (FOCAL_IS_EVENT (entity))
    {
      FocalEvent *event = FOCAL_EVENT (entity);
      g_autofree char *date = focal_cli_date_text (focal_event_get_date (event));
      guint min, max;

      focal_event_get_count_bounds (event, &min, &max);
      g_print ("  %s, %s", focal_cli_nick (FOCAL_TYPE_EVENT_KIND, focal_event_get_kind (event)), date);
      if (focal_event_get_aggregate (event))
        g_print (", %s %u encounters",
                 focal_cli_nick (FOCAL_TYPE_QUALIFIER, focal_event_get_count_qualifier (event)),
                 focal_event_get_count (event));
      g_print ("\n");
      if (focal_event_get_parent_id (event) != NULL)
        g_print ("  part of: %s\n", focal_event_get_parent_id (event));
    }
  else if (FOCAL_IS_POSITION (entity))
    {
      FocalPosition *position = FOCAL_POSITION (entity);
      g_autofree char *date = focal_cli_date_text (focal_position_get_date (position));

      g_print ("  %s on %s, %s: %s", focal_position_get_actor_id (position),
               focal_position_get_issue_id (position), date,
               focal_position_get_label (position) ?: "");
      if (focal_position_get_has_stance (position))
        g_print (" (stance %+.2f)", focal_position_get_stance (position));
      g_print ("\n");
    }

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(FocalIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autofree char *date = focal_cli_date_text (focal_indicator_get_date (indicator));

      g_print ("  indicator %s: %s %g %s (%s)\n", focal_indicator_get_name (indicator),
               focal_cli_nick (FOCAL_TYPE_QUALIFIER, focal_indicator_get_qualifier (indicator)),
               focal_indicator_get_value (indicator),
               focal_indicator_get_unit (indicator) ?: "", date);
    }

  links = focal_graph_dup_links_for (cli->graph, focal_entity_get_id (entity),
                                     FOCAL_LINK_KIND_ANY, FOCAL_DIRECTION_BOTH, NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);

      g_print ("  link: %s %s %s\n", focal_link_get_source_id (link),
               focal_cli_nick (FOCAL_TYPE_LINK_KIND, focal_link_get_kind (link)),
               focal_link_get_target_id (link));
    }

  for (guint i = 0; i < g_list_model_get_n_items (citations); i++)
    {
      g_autoptr(FocalCitation) citation = g_list_model_get_item (citations, i);

      g_print ("  source: %s", focal_citation_get_source_id (citation));
      if (focal_citation_get_section (citation) != NULL)
        g_print (", “%s”", focal_citation_get_section (citation));
      if (focal_citation_get_note (citation) != 0)
        g_print (", note %u", focal_citation_get_note (citation));
      g_print ("\n");
    }
}

int
focal_cli_show (FocalCli  *cli,
                int        argc,
                char     **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("ID - everything known about one entity");
  g_autoptr(GError) error = NULL;
  FocalEntity *entity;

  if (!focal_cli_parse (cli, context, NULL, &argc, &argv, &error))
    return focal_cli_usage_error (context, error->message);
  if (argc != 2)
    return focal_cli_usage_error (context, "show takes one entity id");
  if (!focal_cli_load (cli, &error))
    return focal_cli_fail ("show", error);

  entity = focal_graph_lookup (cli->graph, argv[1]);
  if (entity == NULL)
    {
      g_set_error (&error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID, "no entity with id “%s”", argv[1]);
      return focal_cli_fail ("show", error);
    }

  if (cli->json)
    {
      /* The entity exactly as the document format writes it. */
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *text = NULL;

      text = focal_document_to_data (cli->document, FOCAL_SAVE_FLAGS_COMPACT, NULL);
      if (!json_parser_load_from_data (parser, text, -1, &error))
        return focal_cli_fail ("show", error);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind-name");
      json_builder_add_string_value (builder, focal_entity_get_kind_name (entity));
      json_builder_set_member_name (builder, "entity");
      {
        JsonObject *root = json_node_get_object (json_parser_get_root (parser));
        g_autofree char *section = g_strconcat (focal_entity_get_kind_name (entity), "s", NULL);
        JsonArray *array = json_object_has_member (root, section)
                           ? json_object_get_array_member (root, section) : NULL;
        JsonNode *found = NULL;

        for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
          {
            JsonObject *object = json_array_get_object_element (array, i);

            if (g_strcmp0 (json_object_get_string_member_with_default (object, "id", NULL),
                           argv[1]) == 0)
              found = json_array_get_element (array, i);
          }
        if (found != NULL)
          json_builder_add_value (builder, json_node_copy (found));
        else
          json_builder_add_null_value (builder);
      }
      json_builder_end_object (builder);
      focal_cli_print_json (builder);
      return EXIT_SUCCESS;
    }

  focal_cli_show_text (cli, entity);
  return EXIT_SUCCESS;
}

/* neighbors */

int
focal_cli_neighbors (FocalCli  *cli,
                     int        argc,
                     char     **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("ID - the entities linked to one entity");
  g_autoptr(GError) error = NULL;
  g_autofree char *as_of_text = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *direction_text = NULL;
  g_autoptr(FocalDate) as_of = NULL;
  g_autoptr(GListModel) links = NULL;
  int kind = FOCAL_LINK_KIND_ANY;
  int direction = FOCAL_DIRECTION_BOTH;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      "Only links that hold at this EDTF date or interval", "DATE" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text,
      "Only links of this kind (member-of, party-to, partners-with, …)", "KIND" },
    { "direction", 0, 0, G_OPTION_ARG_STRING, &direction_text,
      "outgoing, incoming or both (default)", "DIRECTION" },
    { NULL }
  };
  const char *id;
  guint n;

  if (!focal_cli_parse (cli, context, entries, &argc, &argv, &error))
    return focal_cli_usage_error (context, error->message);
  if (argc != 2)
    return focal_cli_usage_error (context, "neighbors takes one entity id");
  id = argv[1];

  if ((as_of_text != NULL && (as_of = focal_date_new_from_string (as_of_text, &error)) == NULL) ||
      (kind_text != NULL && !focal_cli_parse_nick (FOCAL_TYPE_LINK_KIND, kind_text, &kind, &error)) ||
      (direction_text != NULL &&
       !focal_cli_parse_nick (FOCAL_TYPE_DIRECTION, direction_text, &direction, &error)))
    return focal_cli_usage_error (context, error->message);
  if (!focal_cli_load (cli, &error))
    return focal_cli_fail ("neighbors", error);

  links = focal_graph_dup_links_for (cli->graph, id, kind, direction, as_of, &error);
  if (links == NULL)
    return focal_cli_fail ("neighbors", error);
  n = g_list_model_get_n_items (links);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
          const char *other = focal_link_get_other_end (link, id);
          FocalEntity *entity = focal_graph_lookup (cli->graph, other);

          if (!focal_entity_is_valid_at (entity, as_of))
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, other);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, focal_entity_get_name (entity));
          json_builder_set_member_name (builder, "link");
          json_builder_add_string_value (builder,
                                         focal_cli_nick (FOCAL_TYPE_LINK_KIND,
                                                         focal_link_get_kind (link)));
          json_builder_set_member_name (builder, "outgoing");
          json_builder_add_boolean_value (builder,
                                          g_str_equal (focal_link_get_source_id (link), id));
          json_builder_set_member_name (builder, "period");
          if (focal_link_get_period (link) != NULL)
            {
              g_autofree char *period = focal_date_to_string (focal_link_get_period (link));
              json_builder_add_string_value (builder, period);
            }
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      focal_cli_print_json (builder);
      return EXIT_SUCCESS;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      const char *other = focal_link_get_other_end (link, id);
      FocalEntity *entity = focal_graph_lookup (cli->graph, other);
      g_autofree char *period = NULL;

      if (!focal_entity_is_valid_at (entity, as_of))
        continue;
      period = focal_link_get_period (link) ? focal_date_to_string (focal_link_get_period (link))
                                            : g_strdup ("undated");
      g_print ("%-16s %-28s %s (%s)\n",
               focal_cli_nick (FOCAL_TYPE_LINK_KIND, focal_link_get_kind (link)),
               other, focal_cli_label (entity), period);
    }
  return EXIT_SUCCESS;
}

/* positions */

int
focal_cli_positions (FocalCli  *cli,
                     int        argc,
                     char     **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("ISSUE - who stood where on an issue");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) positions = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  FocalEntity *issue;
  guint n;

  if (!focal_cli_parse (cli, context, NULL, &argc, &argv, &error))
    return focal_cli_usage_error (context, error->message);
  if (argc != 2)
    return focal_cli_usage_error (context, "positions takes one issue id");
  if (!focal_cli_load (cli, &error))
    return focal_cli_fail ("positions", error);

  issue = focal_graph_lookup (cli->graph, argv[1]);
  if (!FOCAL_IS_ISSUE (issue))
    {
      g_set_error (&error, FOCAL_ERROR,
                   issue == NULL ? FOCAL_ERROR_UNKNOWN_ID : FOCAL_ERROR_WRONG_KIND,
                   issue == NULL ? "no issue with id “%s”" : "“%s” is not an issue", argv[1]);
      return focal_cli_fail ("positions", error);
    }

  positions = focal_graph_dup_positions_for (cli->graph, NULL, argv[1]);
  n = g_list_model_get_n_items (positions);
  if (!cli->json)
    g_print ("%s (%s)\n", focal_cli_label (issue),
             focal_cli_nick (FOCAL_TYPE_ISSUE_AREA, focal_issue_get_area (FOCAL_ISSUE (issue))));
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalPosition) position = g_list_model_get_item (positions, i);
      FocalDate *date = focal_position_get_date (position);
      g_autofree char *date_text = date ? focal_date_to_string (date) : NULL;
      const char *label = focal_position_get_label (position);

      if (!cli->json)
        {
          g_print ("  %-10s %-20s %-16s", date_text ?: "undated",
                   focal_position_get_actor_id (position), label ?: "");
          if (focal_position_get_has_stance (position))
            g_print (" %+.2f", focal_position_get_stance (position));
          g_print ("\n");
          continue;
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, focal_entity_get_id (FOCAL_ENTITY (position)));
      json_builder_set_member_name (builder, "actor");
      json_builder_add_string_value (builder, focal_position_get_actor_id (position));
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, date_text);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, label);
      json_builder_set_member_name (builder, "stance");
      if (focal_position_get_has_stance (position))
        json_builder_add_double_value (builder, focal_position_get_stance (position));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (cli->json)
    focal_cli_print_json (builder);
  return EXIT_SUCCESS;
}

/* path */

int
focal_cli_path (FocalCli  *cli,
                int        argc,
                char     **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new ("FROM TO - the shortest chain of links between two entities");
  g_autoptr(GError) error = NULL;
  g_autofree char *as_of_text = NULL;
  g_autoptr(FocalDate) as_of = NULL;
  g_autoptr(FocalView) all = NULL;
  g_autoptr(FocalView) view = NULL;
  g_autoptr(FocalNetwork) network = NULL;
  g_auto(GStrv) path = NULL;
  gboolean weighted = FALSE;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      "Only links and entities that hold at this EDTF date or interval", "DATE" },
    { "weighted", 0, 0, G_OPTION_ARG_NONE, &weighted,
      "Use link weights as distances instead of counting links", NULL },
    { NULL }
  };

  if (!focal_cli_parse (cli, context, entries, &argc, &argv, &error))
    return focal_cli_usage_error (context, error->message);
  if (argc != 3)
    return focal_cli_usage_error (context, "path takes two entity ids");
  if (as_of_text != NULL && (as_of = focal_date_new_from_string (as_of_text, &error)) == NULL)
    return focal_cli_usage_error (context, error->message);
  if (!focal_cli_load (cli, &error))
    return focal_cli_fail ("path", error);

  all = focal_view_new (cli->graph);
  view = as_of != NULL ? focal_view_at (all, as_of) : g_object_ref (all);
  network = focal_network_new (view, FALSE);
  path = focal_network_shortest_path (network, argv[1], argv[2], weighted, &error);
  if (path == NULL)
    return focal_cli_fail ("path", error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_begin_array (builder);
      for (guint i = 0; path[i] != NULL; i++)
        json_builder_add_string_value (builder, path[i]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "hops");
      if (path[0] != NULL)
        json_builder_add_int_value (builder, g_strv_length (path) - 1);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
      focal_cli_print_json (builder);
      return EXIT_SUCCESS;
    }

  if (path[0] == NULL)
    {
      g_print ("No chain of links joins %s and %s%s%s.\n", argv[1], argv[2],
               as_of_text ? " as of " : "", as_of_text ? as_of_text : "");
      return EXIT_SUCCESS;
    }
  for (guint i = 0; path[i] != NULL; i++)
    g_print ("%s%s (%s)\n", i == 0 ? "" : "  → ", path[i],
             focal_cli_label (focal_graph_lookup (cli->graph, path[i])));
  return EXIT_SUCCESS;
}

/* encounters */

static FocalDate *
focal_cli_year_period (int from,
                       int to)
{
  g_autoptr(FocalDate) start = from > 0 ? focal_date_new (from, 0, 0) : NULL;
  g_autoptr(FocalDate) end = to > 0 ? focal_date_new (to, 0, 0) : NULL;

  if (start == NULL && end == NULL)
    return NULL;
  return focal_date_new_interval (start, end);
}

int
focal_cli_encounters (FocalCli  *cli,
                      int        argc,
                      char     **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new ("- encounter totals over a period, with lower and upper bounds");
  g_autoptr(GError) error = NULL;
  g_autofree char *forum = NULL;
  g_autofree char *series = NULL;
  g_autofree char *by = NULL;
  g_auto(GStrv) between = NULL;
  g_autoptr(GPtrArray) participants = g_ptr_array_new ();
  g_autoptr(FocalDate) period = NULL;
  g_autoptr(FocalCount) count = NULL;
  int from = 0, to = 0;
  GOptionEntry entries[] = {
    { "forum", 0, 0, G_OPTION_ARG_STRING, &forum, "Encounters in this forum", "ID" },
    { "between", 0, 0, G_OPTION_ARG_STRING_ARRAY, &between,
      "Encounters in which these actors all take part (--between A B)", "ID" },
    { "series", 0, 0, G_OPTION_ARG_STRING, &series,
      "An aggregate total and everything nested in it", "ID" },
    { "from", 0, 0, G_OPTION_ARG_INT, &from, "First year of the period", "YEAR" },
    { "to", 0, 0, G_OPTION_ARG_INT, &to, "Last year of the period", "YEAR" },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by,
      "Also break the period down by year or decade", "year|decade" },
    { NULL }
  };

  g_option_context_set_description (context,
    "Totals come from single encounters and from aggregate totals as sources\n"
    "report them. An aggregate inside the period counts fully, one straddling\n"
    "it counts from 0 to its total, and nested totals are never counted twice,\n"
    "so the answer is a lower and an upper bound; it is exact when the data\n"
    "determine it.");

  if (!focal_cli_parse (cli, context, entries, &argc, &argv, &error))
    return focal_cli_usage_error (context, error->message);

  /* "--between A B": GOption leaves B as an argument. */
  for (guint i = 0; between != NULL && between[i] != NULL; i++)
    g_ptr_array_add (participants, between[i]);
  for (int i = 1; i < argc; i++)
    {
      if (between == NULL)
        return focal_cli_usage_error (context, "encounters takes no arguments");
      g_ptr_array_add (participants, argv[i]);
    }
  if (between != NULL && participants->len < 2)
    return focal_cli_usage_error (context, "--between needs two actor ids");
  g_ptr_array_add (participants, NULL);
  if ((from < 0 || to < 0) || (from > 0 && to > 0 && from > to))
    return focal_cli_usage_error (context, "--from must not be after --to");
  if (by != NULL && !g_str_equal (by, "year") && !g_str_equal (by, "decade"))
    return focal_cli_usage_error (context, "--by must be year or decade");
  if (by != NULL && (from == 0 || to == 0))
    return focal_cli_usage_error (context, "--by needs --from and --to");
  if (!focal_cli_load (cli, &error))
    return focal_cli_fail ("encounters", error);

  period = focal_cli_year_period (from, to);
  count = focal_graph_count_encounters (cli->graph, forum,
                                        between ? (const char * const *) participants->pdata : NULL,
                                        series, period, &error);
  if (count == NULL)
    return focal_cli_fail ("encounters", error);

  if (by != NULL)
    {
      int step = g_str_equal (by, "decade") ? 10 : 1;
      g_autoptr(GArray) breaks = g_array_new (FALSE, FALSE, sizeof (int));
      g_autoptr(GListModel) bins = NULL;
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      int year = step == 10 ? from - from % 10 : from;

      for (; year <= to; year += step)
        g_array_append_val (breaks, year);
      g_array_append_val (breaks, year);
      bins = focal_graph_count_encounters_series (cli->graph, forum,
                                                  between ? (const char * const *) participants->pdata : NULL,
                                                  series, (int *) breaks->data, breaks->len, &error);
      if (bins == NULL)
        return focal_cli_fail ("encounters", error);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "total");
      focal_cli_add_count_json (builder, count);
      json_builder_set_member_name (builder, "series");
      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (bins); i++)
        {
          g_autoptr(FocalCount) bin = g_list_model_get_item (bins, i);
          g_autofree char *when = focal_date_to_string (focal_count_get_period (bin));
          g_autofree char *how_many = focal_cli_count_text (bin);

          focal_cli_add_count_json (builder, bin);
          if (!cli->json)
            g_print ("%-10s %s\n", when, how_many);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      if (cli->json)
        focal_cli_print_json (builder);
      return EXIT_SUCCESS;
    }

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      focal_cli_add_count_json (builder, count);
      focal_cli_print_json (builder);
    }
  else
    {
      g_autofree char *how_many = focal_cli_count_text (count);
      g_autofree char *when = period ? focal_date_to_string (period) : g_strdup ("all time");
      GListModel *events = focal_count_get_events (count);

      g_print ("%s encounters (%s)%s\n", how_many, when,
               focal_count_get_exact (count) ? "" : ", bounds from the reported totals");
      for (guint i = 0; i < g_list_model_get_n_items (events); i++)
        {
          g_autoptr(FocalEntity) event = g_list_model_get_item (events, i);
          g_autofree char *date = focal_cli_date_text (focal_event_get_date (FOCAL_EVENT (event)));

          g_print ("  from %s: %s (%s)\n", focal_entity_get_id (event), focal_cli_label (event), date);
        }
    }
  return EXIT_SUCCESS;
}
