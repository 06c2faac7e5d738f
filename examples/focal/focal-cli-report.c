/* focal-cli-report.c: "focal report", the state of the relationship
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The report is computed once as a JSON tree, then printed either as JSON
 * (--json) or as text, so both always say the same thing.
 */

#include <math.h>
#include <stdlib.h>

#include "focal-cli.h"

static const char *
country_of (FocalGraph  *graph,
            const char  *id)
{
  FocalEntity *entity = focal_graph_lookup (graph, id);
  const char *code;

  if (!FOCAL_IS_ACTOR (entity))
    return NULL;
  code = focal_actor_get_country (FOCAL_ACTOR (entity));
  if (code == NULL)
    return NULL;
  if (g_str_has_prefix (code, "CA"))
    return "CA";
  if (g_str_has_prefix (code, "MX"))
    return "MX";
  return code;
}

static int
compare_tally_links (gconstpointer a,
                     gconstpointer b)
{
  guint la = focal_tally_get_links (*(FocalTally **) a);
  guint lb = focal_tally_get_links (*(FocalTally **) b);

  if (la != lb)
    return la < lb ? 1 : -1;
  return g_strcmp0 (focal_tally_get_key (*(FocalTally **) a), focal_tally_get_key (*(FocalTally **) b));
}

static void
report_tally (FocalView               *view,
              JsonBuilder             *builder,
              const char              *name,
              FocalInventoryDimension  dimension,
              gboolean                 links,
              guint                    limit)
{
  g_autoptr(GListModel) tallies = focal_view_dup_inventory (view, dimension);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  /* The library sorts by entities; link rows are shown by their own count. */
  for (guint i = 0; i < g_list_model_get_n_items (tallies); i++)
    g_ptr_array_add (rows, g_list_model_get_item (tallies, i));
  if (links)
    g_ptr_array_sort (rows, compare_tally_links);

  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  for (guint i = 0; i < rows->len && i < limit; i++)
    {
      FocalTally *tally = g_ptr_array_index (rows, i);
      guint count = links ? focal_tally_get_links (tally) : focal_tally_get_entities (tally);

      if (count == 0)
        continue;
      json_builder_set_member_name (builder, focal_tally_get_key (tally));
      json_builder_add_int_value (builder, count);
    }
  json_builder_end_object (builder);
}

/* The relationship in its totality, from the library's inventory. */
static void
report_inventory (FocalCli    *cli,
                  JsonBuilder *builder)
{
  g_autoptr(FocalView) view = focal_view_new (cli->graph);
  GListModel *models[] = {
    focal_graph_get_actors (cli->graph), focal_graph_get_agreements (cli->graph),
    focal_graph_get_forums (cli->graph), focal_graph_get_issues (cli->graph),
    focal_graph_get_positions (cli->graph), focal_graph_get_events (cli->graph),
  };
  static const char * const names[] = {
    "actors", "agreements", "forums", "issues", "positions", "events",
  };

  json_builder_set_member_name (builder, "inventory");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "totals");
  json_builder_begin_object (builder);
  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      json_builder_set_member_name (builder, names[m]);
      json_builder_add_int_value (builder, g_list_model_get_n_items (models[m]));
    }
  json_builder_set_member_name (builder, "links");
  json_builder_add_int_value (builder, focal_view_count_links (view));
  json_builder_end_object (builder);
  report_tally (view, builder, "actors-by-level", FOCAL_INVENTORY_DIMENSION_LEVEL, FALSE, G_MAXUINT);
  report_tally (view, builder, "entities-by-kind", FOCAL_INVENTORY_DIMENSION_KIND, FALSE, G_MAXUINT);
  report_tally (view, builder, "entities-by-sector", FOCAL_INVENTORY_DIMENSION_SECTOR, FALSE, 15);
  report_tally (view, builder, "links-by-kind", FOCAL_INVENTORY_DIMENSION_KIND, TRUE, G_MAXUINT);
  report_tally (view, builder, "links-by-country-pair", FOCAL_INVENTORY_DIMENSION_COUNTRY_PAIR,
                TRUE, G_MAXUINT);
  report_tally (view, builder, "entities-by-decade", FOCAL_INVENTORY_DIMENSION_DECADE, FALSE,
                G_MAXUINT);
  report_tally (view, builder, "links-by-decade", FOCAL_INVENTORY_DIMENSION_DECADE, TRUE,
                G_MAXUINT);
  json_builder_end_object (builder);
}

static void
report_encounters (FocalCli    *cli,
                   JsonBuilder *builder)
{
  GListModel *events = focal_graph_get_events (cli->graph);

  json_builder_set_member_name (builder, "encounters");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(FocalEvent) event = g_list_model_get_item (events, i);
      const char *id = focal_entity_get_id (FOCAL_ENTITY (event));
      g_autoptr(FocalCount) count = NULL;

      if (!focal_event_get_aggregate (event))
        continue;
      /* Computed from the data: the series over its own period. */
      count = focal_graph_count_encounters (cli->graph, NULL, NULL, id,
                                            focal_event_get_date (event), NULL);
      if (count == NULL)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, focal_cli_label (FOCAL_ENTITY (event)));
      json_builder_set_member_name (builder, "part-of");
      json_builder_add_string_value (builder, focal_event_get_parent_id (event));
      json_builder_set_member_name (builder, "count");
      focal_cli_add_count_json (builder, count);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
is_office (FocalEntity *entity)
{
  FocalActorKind kind;

  if (!FOCAL_IS_ACTOR (entity))
    return FALSE;
  kind = focal_actor_get_kind (FOCAL_ACTOR (entity));
  return kind == FOCAL_ACTOR_KIND_EMBASSY || kind == FOCAL_ACTOR_KIND_CONSULATE ||
         kind == FOCAL_ACTOR_KIND_REPRESENTATION_OFFICE;
}

static void
add_indicator_json (JsonBuilder    *builder,
                    FocalIndicator *indicator)
{
  g_autofree char *date = focal_indicator_get_date (indicator)
                          ? focal_date_to_string (focal_indicator_get_date (indicator)) : NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, focal_indicator_get_name (indicator));
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, focal_indicator_get_label (indicator));
  json_builder_set_member_name (builder, "value");
  json_builder_add_double_value (builder, focal_indicator_get_value (indicator));
  json_builder_set_member_name (builder, "qualifier");
  json_builder_add_string_value (builder, focal_cli_nick (FOCAL_TYPE_QUALIFIER,
                                                          focal_indicator_get_qualifier (indicator)));
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, focal_indicator_get_unit (indicator));
  json_builder_set_member_name (builder, "date");
  json_builder_add_string_value (builder, date);
  json_builder_end_object (builder);
}

static void
report_offices_and_indicators (FocalCli    *cli,
                               JsonBuilder *builder)
{
  GListModel *models[] = {
    focal_graph_get_actors (cli->graph), focal_graph_get_agreements (cli->graph),
    focal_graph_get_forums (cli->graph), focal_graph_get_issues (cli->graph),
    focal_graph_get_events (cli->graph),
  };

  json_builder_set_member_name (builder, "offices");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (models[0]); i++)
    {
      g_autoptr(FocalEntity) actor = g_list_model_get_item (models[0], i);

      if (!is_office (actor))
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, focal_entity_get_id (actor));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, focal_cli_label (actor));
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, focal_cli_nick (FOCAL_TYPE_ACTOR_KIND,
                                                              focal_actor_get_kind (FOCAL_ACTOR (actor))));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
      {
        g_autoptr(FocalEntity) entity = g_list_model_get_item (models[m], i);
        GListModel *indicators = focal_entity_get_indicators (entity);

        for (guint k = 0; k < g_list_model_get_n_items (indicators); k++)
          {
            g_autoptr(FocalIndicator) indicator = g_list_model_get_item (indicators, k);

            json_builder_begin_object (builder);
            json_builder_set_member_name (builder, "entity");
            json_builder_add_string_value (builder, focal_entity_get_id (entity));
            json_builder_set_member_name (builder, "entity-name");
            json_builder_add_string_value (builder, focal_cli_label (entity));
            json_builder_set_member_name (builder, "indicator");
            add_indicator_json (builder, indicator);
            json_builder_end_object (builder);
          }
      }
  json_builder_end_array (builder);
}

/* For each issue, the latest stated position of each actor, and whether the
 * Canadian and Mexican positions coincide (same side), diverge (opposite
 * sides) or cannot be compared (a side without a numeric stance). */
static void
report_positions (FocalCli    *cli,
                  JsonBuilder *builder)
{
  GListModel *issues = focal_graph_get_issues (cli->graph);

  json_builder_set_member_name (builder, "positions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(FocalEntity) issue = g_list_model_get_item (issues, i);
      g_autoptr(GListModel) positions =
        focal_graph_dup_positions_for (cli->graph, NULL, focal_entity_get_id (issue));
      g_autoptr(GHashTable) latest = g_hash_table_new (g_str_hash, g_str_equal);
      double stance[2] = { 0, 0 };
      gboolean has[2] = { FALSE, FALSE };
      const char *relation = "not comparable";
      guint n = g_list_model_get_n_items (positions);

      if (n == 0)
        continue;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "issue");
      json_builder_add_string_value (builder, focal_entity_get_id (issue));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, focal_cli_label (issue));
      json_builder_set_member_name (builder, "history");
      json_builder_begin_array (builder);
      for (guint p = 0; p < n; p++)
        {
          g_autoptr(FocalPosition) position = g_list_model_get_item (positions, p);
          const char *actor = focal_position_get_actor_id (position);
          const char *country = country_of (cli->graph, actor);
          g_autofree char *date = focal_position_get_date (position)
                                  ? focal_date_to_string (focal_position_get_date (position)) : NULL;

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "actor");
          json_builder_add_string_value (builder, actor);
          json_builder_set_member_name (builder, "date");
          json_builder_add_string_value (builder, date);
          json_builder_set_member_name (builder, "label");
          json_builder_add_string_value (builder, focal_position_get_label (position));
          json_builder_set_member_name (builder, "stance");
          if (focal_position_get_has_stance (position))
            json_builder_add_double_value (builder, focal_position_get_stance (position));
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);

          /* Positions come oldest first, so the last one of a side wins. */
          if (focal_position_get_has_stance (position) && country != NULL &&
              (g_str_equal (country, "CA") || g_str_equal (country, "MX")))
            {
              guint side = g_str_equal (country, "MX");

              stance[side] = focal_position_get_stance (position);
              has[side] = TRUE;
            }
          g_hash_table_insert (latest, (gpointer) actor, position);
        }
      json_builder_end_array (builder);

      if (has[0] && has[1])
        relation = stance[0] * stance[1] > 0 ? "coincide" :
                   stance[0] * stance[1] < 0 ? "diverge" : "not comparable";
      json_builder_set_member_name (builder, "canada-mexico");
      json_builder_add_string_value (builder, relation);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_number_or_null (JsonBuilder *builder,
                    const char  *name,
                    double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

/* The two states with the most stated positions are the pair the report
 * compares (Canada and Mexico in the founding dataset). */
static gboolean
report_pick_pair (FocalCli     *cli,
                  const char  **a,
                  const char  **b)
{
  GListModel *actors = focal_graph_get_actors (cli->graph);
  guint best[2] = { 0, 0 };

  *a = *b = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(FocalActor) actor = g_list_model_get_item (actors, i);
      const char *id = focal_entity_get_id (FOCAL_ENTITY (actor));
      g_autoptr(GListModel) positions = NULL;
      guint n;

      if (focal_actor_get_kind (actor) != FOCAL_ACTOR_KIND_STATE)
        continue;
      positions = focal_graph_dup_positions_for (cli->graph, id, NULL);
      n = g_list_model_get_n_items (positions);
      if (*a == NULL || n > best[0])
        {
          *b = *a;
          best[1] = best[0];
          *a = id;
          best[0] = n;
        }
      else if (*b == NULL || n > best[1])
        {
          *b = id;
          best[1] = n;
        }
    }

  return *a != NULL && *b != NULL;
}

/* Coincidence (Signorino-Ritter S, Cohen's kappa) and convergence of the
 * pair, computed by the library. */
static void
report_principles (FocalCli    *cli,
                   JsonBuilder *builder)
{
  g_autoptr(FocalView) view = focal_view_new (cli->graph);
  g_autoptr(FocalCoincidence) coincidence = NULL;
  g_autoptr(GListModel) convergence = NULL;
  const char *a, *b;

  json_builder_set_member_name (builder, "coincidence");
  if (!report_pick_pair (cli, &a, &b) ||
      (coincidence = focal_view_compare_positions (view, a, b, NULL, NULL)) == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, a);
  json_builder_add_string_value (builder, b);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "issues");
  json_builder_add_int_value (builder, focal_coincidence_get_n_issues (coincidence));
  json_builder_set_member_name (builder, "coinciding");
  json_builder_add_int_value (builder, focal_coincidence_get_n_coinciding (coincidence));
  add_number_or_null (builder, "share", focal_coincidence_get_share (coincidence));
  add_number_or_null (builder, "s-score", focal_coincidence_get_s_score (coincidence));
  add_number_or_null (builder, "kappa", focal_coincidence_get_kappa (coincidence));
  convergence = focal_view_dup_convergence (view, a, b, NULL);
  json_builder_set_member_name (builder, "convergence-issues");
  json_builder_add_int_value (builder, convergence ? g_list_model_get_n_items (convergence) : 0);
  if (convergence != NULL)
    add_number_or_null (builder, "mean-distance-change",
                        focal_convergence_mean_change (convergence));
  json_builder_end_object (builder);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

/* The ties that rest on single people: persons who are articulation points
 * of the actor network, the organization pairs tied only through one of
 * them, and what each one's departure would cost. */
static void
report_people (FocalCli    *cli,
               JsonBuilder *builder)
{
  g_autoptr(FocalView) view = focal_view_new (cli->graph);
  g_auto(GStrv) bridges = focal_view_dup_people_bridges (view);
  g_autoptr(GListModel) ties = focal_view_dup_person_only_ties (view);

  json_builder_set_member_name (builder, "single-person-ties");
  json_builder_begin_array (builder);
  for (guint i = 0; bridges != NULL && bridges[i] != NULL; i++)
    {
      g_autoptr(FocalDeparture) departure = focal_view_simulate_departure (view, bridges[i], NULL);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, bridges[i]);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, focal_cli_label (focal_graph_lookup (cli->graph,
                                                                                  bridges[i])));
      if (departure != NULL)
        {
          json_builder_set_member_name (builder, "links-lost");
          json_builder_add_int_value (builder, focal_departure_get_links_removed (departure));
          json_builder_set_member_name (builder, "organization-pairs-disconnected");
          json_builder_add_int_value (builder, focal_departure_get_disconnected_pairs (departure));
        }
      json_builder_set_member_name (builder, "ties");
      json_builder_begin_array (builder);
      for (guint t = 0; t < g_list_model_get_n_items (ties); t++)
        {
          g_autoptr(FocalTie) tie = g_list_model_get_item (ties, t);

          if (g_strcmp0 (focal_tie_get_person (tie), bridges[i]) != 0)
            continue;
          json_builder_begin_array (builder);
          json_builder_add_string_value (builder, focal_tie_get_organization_a (tie));
          json_builder_add_string_value (builder, focal_tie_get_organization_b (tie));
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Common spaces for joint action of the two compared states, grouped by
 * setting and ranked, and the successful cooperation patterns with the
 * sectors where they are still missing. */
static void
report_common_spaces (FocalCli    *cli,
                      JsonBuilder *builder)
{
  g_autoptr(FocalView) view = focal_view_new (cli->graph);
  g_autoptr(GListModel) spaces = NULL;
  g_autoptr(GListModel) patterns = focal_view_dup_success_patterns (view);
  const char *a, *b;

  if (report_pick_pair (cli, &a, &b))
    spaces = focal_view_dup_common_spaces (view, a, b, NULL, NULL);

  json_builder_set_member_name (builder, "common-spaces");
  json_builder_begin_array (builder);
  for (guint i = 0; spaces != NULL && i < g_list_model_get_n_items (spaces); i++)
    {
      g_autoptr(FocalSpace) space = g_list_model_get_item (spaces, i);
      const char *forum_id = focal_space_get_forum_id (space);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, forum_id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, focal_cli_label (focal_graph_lookup (cli->graph,
                                                                                  forum_id)));
      json_builder_set_member_name (builder, "setting");
      json_builder_add_string_value (builder, focal_cli_nick (FOCAL_TYPE_SETTING,
                                                              focal_space_get_setting (space)));
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, focal_space_get_score (space));
      add_strv (builder, "coinciding-issues", focal_space_get_coinciding_issues (space));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "success-patterns");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (patterns); i++)
    {
      g_autoptr(FocalPattern) pattern = g_list_model_get_item (patterns, i);
      FocalLink *link = focal_pattern_get_link (pattern);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, focal_link_get_source_id (link));
      json_builder_set_member_name (builder, "link");
      json_builder_add_string_value (builder, focal_cli_nick (FOCAL_TYPE_LINK_KIND,
                                                              focal_link_get_kind (link)));
      json_builder_set_member_name (builder, "target");
      json_builder_add_string_value (builder, focal_link_get_target_id (link));
      add_strv (builder, "sectors", focal_pattern_get_sectors (pattern));
      add_strv (builder, "missing", focal_pattern_get_missing (pattern));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Text rendering of the JSON report. */

static void
print_tally (JsonObject *object,
             const char *title)
{
  GList *members = json_object_get_members (object);

  g_print ("  %s:", title);
  for (GList *l = members; l != NULL; l = l->next)
    g_print ("%s %s %" G_GINT64_FORMAT, l == members ? "" : ",", (char *) l->data,
             json_object_get_int_member (object, l->data));
  g_print ("\n");
  g_list_free (members);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  return json_object_get_string_member_with_default (object, name, NULL);
}

static void
print_count (JsonObject *count)
{
  JsonNode *max = json_object_get_member (count, "max");
  gint64 min = json_object_get_int_member (count, "min");

  if (json_object_get_boolean_member (count, "exact"))
    g_print ("%" G_GINT64_FORMAT, min);
  else if (JSON_NODE_HOLDS_NULL (max))
    g_print ("at least %" G_GINT64_FORMAT, min);
  else
    g_print ("%" G_GINT64_FORMAT " to %" G_GINT64_FORMAT, min, json_node_get_int (max));
}

static void
print_report (FocalCli   *cli,
              JsonObject *report)
{
  JsonObject *inventory = json_object_get_object_member (report, "inventory");
  JsonArray *array;

  g_print ("%s\n", member_string (report, "title") ?: "Relationship report");
  if (member_string (report, "as-of") != NULL)
    g_print ("As of %s\n", member_string (report, "as-of"));

  g_print ("\nThe relationship in its totality\n");
  print_tally (json_object_get_object_member (inventory, "totals"), "entities and links");
  print_tally (json_object_get_object_member (inventory, "actors-by-level"), "actors by level");
  print_tally (json_object_get_object_member (inventory, "entities-by-kind"), "entities by kind");
  print_tally (json_object_get_object_member (inventory, "entities-by-sector"), "main sectors");
  print_tally (json_object_get_object_member (inventory, "links-by-kind"), "links by kind");
  print_tally (json_object_get_object_member (inventory, "links-by-country-pair"),
               "links by pair of countries");
  print_tally (json_object_get_object_member (inventory, "entities-by-decade"),
               "entities by decade");
  print_tally (json_object_get_object_member (inventory, "links-by-decade"),
               "links by decade they began");

  g_print ("\nEncounters, as reported and computed\n");
  array = json_object_get_array_member (report, "encounters");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      JsonObject *count = json_object_get_object_member (entry, "count");

      g_print ("  %s%s, %s: ", member_string (entry, "part-of") ? "  of which " : "",
               member_string (entry, "name"), member_string (count, "period") ?: "undated");
      print_count (count);
      g_print ("\n");
    }

  g_print ("\nOffices\n");
  array = json_object_get_array_member (report, "offices");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      g_print ("  %s (%s)\n", member_string (entry, "name"), member_string (entry, "kind"));
    }

  g_print ("\nIndicators\n");
  array = json_object_get_array_member (report, "indicators");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      JsonObject *indicator = json_object_get_object_member (entry, "indicator");
      const char *qualifier = member_string (indicator, "qualifier");

      g_print ("  %s, %s: %s%s%.15g %s%s%s\n", member_string (entry, "entity-name"),
               member_string (indicator, "name"),
               g_str_equal (qualifier, "exact") ? "" : qualifier,
               g_str_equal (qualifier, "exact") ? "" : " ",
               json_object_get_double_member (indicator, "value"),
               member_string (indicator, "unit") ?: "",
               member_string (indicator, "date") ? " in " : "",
               member_string (indicator, "date") ?: "");
    }

  g_print ("\nPositions, and where Canada and Mexico coincide or diverge\n");
  array = json_object_get_array_member (report, "positions");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      JsonArray *history = json_object_get_array_member (entry, "history");

      g_print ("  %s (%s)\n", member_string (entry, "name"), member_string (entry, "canada-mexico"));
      for (guint h = 0; h < json_array_get_length (history); h++)
        {
          JsonObject *position = json_array_get_object_element (history, h);

          g_print ("    %-10s %s: %s\n", member_string (position, "date") ?: "undated",
                   member_string (position, "actor"), member_string (position, "label") ?: "");
        }
    }

  if (!JSON_NODE_HOLDS_NULL (json_object_get_member (report, "coincidence")))
    {
      JsonObject *c = json_object_get_object_member (report, "coincidence");
      JsonArray *pair = json_object_get_array_member (c, "actors");
      JsonNode *s_score = json_object_get_member (c, "s-score");
      JsonNode *kappa = json_object_get_member (c, "kappa");

      g_print ("\n  Coincidence of %s and %s on the %" G_GINT64_FORMAT
               " issues where both state a stance: %" G_GINT64_FORMAT " on the same side",
               json_array_get_string_element (pair, 0), json_array_get_string_element (pair, 1),
               json_object_get_int_member (c, "issues"), json_object_get_int_member (c, "coinciding"));
      if (!JSON_NODE_HOLDS_NULL (s_score))
        g_print ("; Signorino-Ritter S %.2f", json_node_get_double (s_score));
      if (!JSON_NODE_HOLDS_NULL (kappa))
        g_print ("; Cohen's kappa %.2f", json_node_get_double (kappa));
      g_print ("\n  Convergence can be followed on %" G_GINT64_FORMAT
               " issues with dated stances on both sides\n",
               json_object_get_int_member (c, "convergence-issues"));
    }

  g_print ("\nTies that rest on single people\n");
  array = json_object_get_array_member (report, "single-person-ties");
  if (json_array_get_length (array) == 0)
    g_print ("  none in this data\n");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      JsonArray *ties = json_object_get_array_member (entry, "ties");

      g_print ("  %s: if this person left, %" G_GINT64_FORMAT " links would go and %" G_GINT64_FORMAT
               " pairs of organizations would lose their connection\n",
               member_string (entry, "name"),
               json_object_get_int_member_with_default (entry, "links-lost", 0),
               json_object_get_int_member_with_default (entry, "organization-pairs-disconnected", 0));
      for (guint t = 0; t < json_array_get_length (ties); t++)
        {
          JsonArray *pair = json_array_get_array_element (ties, t);

          g_print ("    the only tie between %s and %s\n", json_array_get_string_element (pair, 0),
                   json_array_get_string_element (pair, 1));
        }
    }

  g_print ("\nCommon spaces for joint action, by setting\n");
  array = json_object_get_array_member (report, "common-spaces");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      JsonArray *issues = json_object_get_array_member (entry, "coinciding-issues");

      g_print ("  %-13s %s", member_string (entry, "setting"), member_string (entry, "name"));
      if (json_array_get_length (issues) > 0)
        g_print (" (coinciding on %u issue%s)", json_array_get_length (issues),
                 json_array_get_length (issues) == 1 ? "" : "s");
      g_print ("\n");
    }

  g_print ("\nSuccessful cooperation, and where the same pattern is still missing\n");
  array = json_object_get_array_member (report, "success-patterns");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry = json_array_get_object_element (array, i);
      JsonArray *missing = json_object_get_array_member (entry, "missing");

      g_print ("  %s %s %s: ", member_string (entry, "source"), member_string (entry, "link"),
               member_string (entry, "target"));
      if (json_array_get_length (missing) == 0)
        g_print ("no counterpart bodies without it in this data\n");
      for (guint m = 0; m < json_array_get_length (missing); m++)
        g_print ("%s%s", m ? ", " : "missing in ", json_array_get_string_element (missing, m));
      if (json_array_get_length (missing) > 0)
        g_print ("\n");
    }
}

int
focal_cli_report (FocalCli  *cli,
                  int        argc,
                  char     **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- the state of the relationship");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  FocalDate *as_of;

  if (!focal_cli_parse (cli, context, NULL, &argc, &argv, &error))
    return focal_cli_usage_error (context, error->message);
  if (argc != 1)
    return focal_cli_usage_error (context, "report takes no arguments");
  if (!focal_cli_load (cli, &error))
    return focal_cli_fail ("report", error);

  as_of = focal_document_get_as_of (cli->document);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, focal_document_get_title (cli->document));
  json_builder_set_member_name (builder, "as-of");
  if (as_of != NULL)
    {
      g_autofree char *text = focal_date_to_string (as_of);
      json_builder_add_string_value (builder, text);
    }
  else
    json_builder_add_null_value (builder);
  report_inventory (cli, builder);
  report_encounters (cli, builder);
  report_offices_and_indicators (cli, builder);
  report_positions (cli, builder);
  report_principles (cli, builder);
  report_people (cli, builder);
  report_common_spaces (cli, builder);
  json_builder_end_object (builder);

  if (cli->json)
    {
      focal_cli_print_json (builder);
      return EXIT_SUCCESS;
    }

  root = json_builder_get_root (builder);
  print_report (cli, json_node_get_object (root));
  return EXIT_SUCCESS;
}
