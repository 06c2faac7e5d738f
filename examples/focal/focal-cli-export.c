/* focal-cli-export.c: the validate and export commands
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdlib.h>

#include "focal-cli.h"

/* validate */

int
focal_cli_validate (FocalCli  *cli,
                    int        argc,
                    char     **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE - every problem of a focal/1 file");
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *problems;
  guint n;

  if (!focal_cli_parse (cli, context, NULL, &argc, &argv, &error))
    return focal_cli_usage_error (context, error->message);
  if (argc != 2)
    return focal_cli_usage_error (context, "validate takes one file");

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_LENIENT, NULL, &error))
    {
      if (!cli->json)
        return focal_cli_fail ("validate", error);
      /* The file could not be read at all: report it as the one problem. */
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, error->message);
      json_builder_end_object (builder);
      json_builder_end_array (builder);
      focal_cli_print_json (builder);
      return EXIT_FAILURE;
    }

  problems = focal_document_get_problems (document);
  n = g_list_model_get_n_items (problems);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalProblem) problem = g_list_model_get_item (problems, i);

      if (!cli->json)
        {
          g_printerr ("%s\n", focal_problem_get_message (problem));
          continue;
        }
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder,
                                     focal_cli_nick (FOCAL_TYPE_ERROR,
                                                     focal_problem_get_code (problem)));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, focal_problem_get_message (problem));
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, focal_problem_get_line (problem));
      json_builder_set_member_name (builder, "column");
      json_builder_add_int_value (builder, focal_problem_get_column (problem));
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, focal_problem_get_path (problem));
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, focal_problem_get_id (problem));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (cli->json)
    focal_cli_print_json (builder);
  else if (n == 0)
    g_print ("%s: valid focal/1 document (%u entities, %u links)\n", argv[1],
             focal_graph_get_n_entities (focal_document_get_graph (document)),
             g_list_model_get_n_items (focal_graph_get_links (focal_document_get_graph (document))));
  else
    g_printerr ("%s: %u problem%s\n", argv[1], n, n == 1 ? "" : "s");

  return n == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* export */

static const char *
focal_cli_country_group (FocalEntity *entity)
{
  const char *country;

  if (!FOCAL_IS_ACTOR (entity))
    return NULL;
  country = focal_actor_get_country (FOCAL_ACTOR (entity));
  if (country == NULL)
    return "international";
  if (g_str_has_prefix (country, "CA"))
    return "CA";
  if (g_str_has_prefix (country, "MX"))
    return "MX";
  return "other";
}

static const char *
focal_cli_link_colour (FocalLinkKind kind)
{
  static const char * const colours[] = {
    [FOCAL_LINK_KIND_MEMBER_OF] = "#1f77b4",
    [FOCAL_LINK_KIND_PARTY_TO] = "#2ca02c",
    [FOCAL_LINK_KIND_PART_OF] = "#7f7f7f",
    [FOCAL_LINK_KIND_REPRESENTED_IN] = "#9467bd",
    [FOCAL_LINK_KIND_HOSTS] = "#8c564b",
    [FOCAL_LINK_KIND_PARTNERS_WITH] = "#e377c2",
    [FOCAL_LINK_KIND_MODELLED_ON] = "#bcbd22",
    [FOCAL_LINK_KIND_COOPERATES_WITH] = "#17becf",
    [FOCAL_LINK_KIND_DISPUTES_WITH] = "#d62728",
    [FOCAL_LINK_KIND_PARTICIPATES_IN] = "#aec7e8",
    [FOCAL_LINK_KIND_LEADS] = "#ff7f0e",
    [FOCAL_LINK_KIND_WORKS_FOR] = "#ffbb78",
    [FOCAL_LINK_KIND_SUCCEEDED_BY] = "#393b79",
  };

  if (kind > 0 && (guint) kind < G_N_ELEMENTS (colours) && colours[kind] != NULL)
    return colours[kind];
  return "#000000";
}

static const char *
focal_cli_node_shape (FocalEntity *entity)
{
  if (FOCAL_IS_ACTOR (entity))
    return focal_actor_get_kind (FOCAL_ACTOR (entity)) == FOCAL_ACTOR_KIND_PERSON
           ? "ellipse" : "box";
  if (FOCAL_IS_AGREEMENT (entity))
    return "note";
  if (FOCAL_IS_FORUM (entity))
    return "hexagon";
  if (FOCAL_IS_EVENT (entity))
    return "diamond";
  return "plaintext";
}

static char *
focal_cli_dot_quote (const char *text)
{
  GString *out = g_string_new ("\"");

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

static void
focal_cli_dot_node (GString     *out,
                    FocalEntity *entity,
                    const char  *indent)
{
  g_autofree char *id = focal_cli_dot_quote (focal_entity_get_id (entity));
  g_autofree char *label = focal_cli_dot_quote (focal_cli_label (entity));

  g_string_append_printf (out, "%s%s [label=%s, shape=%s];\n", indent, id, label,
                          focal_cli_node_shape (entity));
}

/* Which entities appear in the picture: actors, agreements and forums that
 * take part in at least one link. Issues, positions and events are left to
 * the other commands, so the map stays readable. */
static gboolean
focal_cli_dot_wanted (FocalGraph  *graph,
                      FocalEntity *entity)
{
  g_autoptr(GListModel) links = NULL;

  if (!FOCAL_IS_ACTOR (entity) && !FOCAL_IS_AGREEMENT (entity) && !FOCAL_IS_FORUM (entity))
    return FALSE;
  links = focal_graph_dup_links_for (graph, focal_entity_get_id (entity), FOCAL_LINK_KIND_ANY,
                                     FOCAL_DIRECTION_BOTH, NULL, NULL);
  return g_list_model_get_n_items (links) > 0;
}

static char *
focal_cli_to_dot (FocalCli *cli)
{
  static const char * const countries[] = { "CA", "MX", "international", "other" };
  static const char * const country_labels[] = { "Canada", "Mexico", "International", "Other" };
  GString *out = g_string_new (NULL);
  GListModel *models[] = {
    focal_graph_get_actors (cli->graph), focal_graph_get_agreements (cli->graph),
    focal_graph_get_forums (cli->graph),
  };
  GListModel *links = focal_graph_get_links (cli->graph);
  g_autoptr(GEnumClass) levels = g_type_class_ref (FOCAL_TYPE_LEVEL);
  g_autoptr(GHashTable) drawn = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *actors = models[0];

  g_string_append (out, "digraph relationship {\n"
                        "  graph [rankdir=LR, fontname=\"Helvetica\", compound=true];\n"
                        "  node [fontname=\"Helvetica\", fontsize=10];\n"
                        "  edge [fontname=\"Helvetica\", fontsize=8];\n");

  /* Actors clustered by country, then by level. */
  for (guint c = 0; c < G_N_ELEMENTS (countries); c++)
    {
      g_string_append_printf (out, "  subgraph \"cluster_%s\" {\n    label=\"%s\";\n"
                                   "    style=rounded;\n",
                              countries[c], country_labels[c]);
      for (guint l = 0; l < levels->n_values; l++)
        {
          gboolean opened = FALSE;

          for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
            {
              g_autoptr(FocalEntity) actor = g_list_model_get_item (actors, i);

              if (g_strcmp0 (focal_cli_country_group (actor), countries[c]) != 0 ||
                  (int) focal_actor_get_level (FOCAL_ACTOR (actor)) != levels->values[l].value ||
                  !focal_cli_dot_wanted (cli->graph, actor))
                continue;
              if (!opened)
                {
                  g_string_append_printf (out, "    subgraph \"cluster_%s_%s\" {\n"
                                               "      label=\"%s\"; style=dashed;\n",
                                          countries[c], levels->values[l].value_nick,
                                          levels->values[l].value_nick);
                  opened = TRUE;
                }
              focal_cli_dot_node (out, actor, "      ");
              g_hash_table_add (drawn, (gpointer) focal_entity_get_id (actor));
            }
          if (opened)
            g_string_append (out, "    }\n");
        }
      g_string_append (out, "  }\n");
    }

  /* Agreements and forums, the common spaces, outside the clusters. */
  for (guint m = 1; m < G_N_ELEMENTS (models); m++)
    for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
      {
        g_autoptr(FocalEntity) entity = g_list_model_get_item (models[m], i);

        if (!focal_cli_dot_wanted (cli->graph, entity))
          continue;
        focal_cli_dot_node (out, entity, "  ");
        g_hash_table_add (drawn, (gpointer) focal_entity_get_id (entity));
      }

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      g_autofree char *source = focal_cli_dot_quote (focal_link_get_source_id (link));
      g_autofree char *target = focal_cli_dot_quote (focal_link_get_target_id (link));
      FocalLinkKind kind = focal_link_get_kind (link);

      if (!g_hash_table_contains (drawn, focal_link_get_source_id (link)) ||
          !g_hash_table_contains (drawn, focal_link_get_target_id (link)))
        continue;
      g_string_append_printf (out, "  %s -> %s [color=\"%s\", tooltip=\"%s\"%s];\n",
                              source, target, focal_cli_link_colour (kind),
                              focal_cli_nick (FOCAL_TYPE_LINK_KIND, kind),
                              focal_link_kind_is_symmetric (kind) ? ", dir=both" : "");
    }

  /* A legend of link colours. */
  g_string_append (out, "  subgraph cluster_legend {\n    label=\"Links\"; style=solid;\n");
  for (int kind = FOCAL_LINK_KIND_MEMBER_OF; kind <= FOCAL_LINK_KIND_SUCCEEDED_BY; kind++)
    g_string_append_printf (out, "    \"legend-%d\" [label=\"%s\", shape=plaintext, "
                                 "fontcolor=\"%s\"];\n",
                            kind, focal_cli_nick (FOCAL_TYPE_LINK_KIND, kind),
                            focal_cli_link_colour (kind));
  g_string_append (out, "  }\n}\n");

  return g_string_free (out, FALSE);
}

/* GraphML for Gephi, yEd or NetworkX: the library writes it, with the
 * link attributes as edge data, and reads it back. */
static char *
focal_cli_to_graphml (FocalCli *cli)
{
  return focal_graph_to_graphml (cli->graph, NULL);
}

int
focal_cli_export (FocalCli  *cli,
                  int        argc,
                  char     **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- the graph as JSON, DOT or GraphML");
  g_autoptr(GError) error = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      "json (focal/1, the default), dot (Graphviz) or graphml", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE (atomically) instead of standard output", "FILE" },
    { NULL }
  };

  if (!focal_cli_parse (cli, context, entries, &argc, &argv, &error))
    return focal_cli_usage_error (context, error->message);
  if (argc != 1)
    return focal_cli_usage_error (context, "export takes no arguments");
  if (format == NULL)
    format = g_strdup ("json");
  if (!g_str_equal (format, "json") && !g_str_equal (format, "dot") &&
      !g_str_equal (format, "graphml"))
    return focal_cli_usage_error (context, "--format must be json, dot or graphml");
  if (!focal_cli_load (cli, &error))
    return focal_cli_fail ("export", error);

  if (g_str_equal (format, "json"))
    text = focal_document_to_data (cli->document, FOCAL_SAVE_FLAGS_NONE, NULL);
  else if (g_str_equal (format, "dot"))
    text = focal_cli_to_dot (cli);
  else
    text = focal_cli_to_graphml (cli);

  if (output == NULL)
    {
      g_print ("%s", text);
      return EXIT_SUCCESS;
    }

  if (!g_file_set_contents (output, text, -1, &error))
    return focal_cli_fail ("export", error);
  return EXIT_SUCCESS;
}
