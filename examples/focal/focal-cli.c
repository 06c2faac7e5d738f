/* focal-cli.c: the focal command, which reports on a relationship
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: focal COMMAND [OPTION…] [ARGUMENT…]
 *
 * Every command works on the Canada–Mexico dataset compiled into libfocal
 * (FOCAL_DATASET_CANADA_MEXICO_2004), or on any focal/1 document given with
 * --file. It uses only the public libfocal API.
 */

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "focal-cli.h"

typedef struct
{
  const char          *name;
  FocalCliCommandFunc  func;
  const char          *summary;
} FocalCliCommand;

static const FocalCliCommand commands[] = {
  { "report",     focal_cli_report,     "The state of the relationship, section by section" },
  { "summary",    focal_cli_summary,    "Counts of what the document holds" },
  { "show",       focal_cli_show,       "Everything known about one entity" },
  { "neighbors",  focal_cli_neighbors,  "The entities linked to one entity" },
  { "path",       focal_cli_path,       "The shortest chain of links between two entities" },
  { "encounters", focal_cli_encounters, "Encounter totals over a period, with bounds" },
  { "positions",  focal_cli_positions,  "Who stood where on an issue, over time" },
  { "validate",   focal_cli_validate,   "Every problem of a focal/1 file, with locations" },
  { "export",     focal_cli_export,     "The graph as focal/1 JSON, Graphviz DOT or GraphML" },
};

static void
focal_cli_print_usage (FILE *out)
{
  fprintf (out, "Usage: focal COMMAND [OPTION…] [ARGUMENT…]\n\n");
  fprintf (out, "Reports on the Canada–Mexico relationship of 2004 (built into libfocal),\n"
                "or on any focal/1 document given with --file.\n\n");
  fprintf (out, "Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-11s %s\n", commands[i].name, commands[i].summary);
  fprintf (out, "\nRun “focal COMMAND --help” for a command's options.\n");
}

gboolean
focal_cli_load (FocalCli  *cli,
                GError   **error)
{
  cli->document = focal_document_new ();

  if (cli->file != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (cli->file);

      if (!focal_document_load_from_file (cli->document, file, FOCAL_LOAD_FLAGS_NONE,
                                          NULL, error))
        return FALSE;
    }
  else if (!focal_document_load_from_resource (cli->document, FOCAL_CLI_DEFAULT_DATASET,
                                                FOCAL_LOAD_FLAGS_NONE, error))
    return FALSE;

  cli->graph = focal_document_get_graph (cli->document);
  return TRUE;
}

int
focal_cli_fail (const char   *command,
                const GError *error)
{
  g_printerr ("focal %s: %s\n", command, error->message);
  return EXIT_FAILURE;
}

int
focal_cli_usage_error (GOptionContext *context,
                       const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("%s\n\n%s", message, help);
  return 2;
}

gboolean
focal_cli_parse (FocalCli         *cli,
                 GOptionContext   *context,
                 GOptionEntry     *entries,
                 int              *argc,
                 char           ***argv,
                 GError          **error)
{
  GOptionEntry common[] = {
    { "file", 'f', 0, G_OPTION_ARG_FILENAME, &cli->file,
      "Read this focal/1 document instead of the embedded dataset", "FILE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &cli->json,
      "Print the result as JSON, for scripts", NULL },
    { NULL }
  };

  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_main_entries (context, common, NULL);

  return g_option_context_parse (context, argc, argv, error);
}

void
focal_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

const char *
focal_cli_nick (GType enum_type,
                int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* Nicks are static strings of the type, which outlives the class ref. */
  return enum_value != NULL ? enum_value->value_nick : "?";
}

gboolean
focal_cli_parse_nick (GType        enum_type,
                      const char  *nick,
                      int         *value,
                      GError     **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value_by_nick (klass, nick);
  g_autoptr(GString) valid = NULL;

  if (enum_value != NULL)
    {
      *value = enum_value->value;
      return TRUE;
    }

  valid = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (valid, "%s%s", i ? ", " : "", klass->values[i].value_nick);
  g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
               "unknown value “%s”; expected one of: %s", nick, valid->str);
  return FALSE;
}

const char *
focal_cli_label (FocalEntity *entity)
{
  const char *name = focal_entity_get_name (entity);

  return name != NULL ? name : focal_entity_get_id (entity);
}

char *
focal_cli_date_text (FocalDate *date)
{
  return date != NULL ? focal_date_to_string (date) : g_strdup ("date unknown");
}

char *
focal_cli_count_text (FocalCount *count)
{
  guint min = focal_count_get_min (count);
  guint max = focal_count_get_max (count);

  if (focal_count_get_exact (count))
    return g_strdup_printf ("%u", min);
  if (max == FOCAL_COUNT_UNBOUNDED)
    return g_strdup_printf ("at least %u", min);
  return g_strdup_printf ("between %u and %u", min, max);
}

void
focal_cli_add_count_json (JsonBuilder *builder,
                          FocalCount  *count)
{
  GListModel *events = focal_count_get_events (count);
  FocalDate *period = focal_count_get_period (count);
  guint max = focal_count_get_max (count);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "period");
  if (period != NULL)
    {
      g_autofree char *text = focal_date_to_string (period);
      json_builder_add_string_value (builder, text);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "min");
  json_builder_add_int_value (builder, focal_count_get_min (count));
  json_builder_set_member_name (builder, "max");
  if (max == FOCAL_COUNT_UNBOUNDED)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, max);
  json_builder_set_member_name (builder, "exact");
  json_builder_add_boolean_value (builder, focal_count_get_exact (count));
  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(FocalEntity) event = g_list_model_get_item (events, i);
      json_builder_add_string_value (builder, focal_entity_get_id (event));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

int
main (int   argc,
      char *argv[])
{
  FocalCli cli = { 0 };
  const char *name;
  int status;

  setlocale (LC_ALL, "");

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      focal_cli_print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? 2 : EXIT_SUCCESS;
    }

  name = argv[1];
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_str_equal (commands[i].name, name))
        continue;

      /* The command sees itself as argv[0], so --help reads "focal-show". */
      argv[1] = g_strdup_printf ("focal %s", name);
      status = commands[i].func (&cli, argc - 1, argv + 1);
      g_free (argv[1]);
      g_clear_object (&cli.document);
      g_free (cli.file);
      return status;
    }

  g_printerr ("focal: unknown command “%s”\n\n", name);
  focal_cli_print_usage (stderr);
  return 2;
}
