/* fuzz-graph.h: checks of a loaded or imported graph, shared by the harnesses
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * fuzz_graph_check() asks a graph the usual questions and checks that the
 * answers agree with each other; fuzz_graph_check_saved() saves a document
 * and checks that the text loads back strictly into an equal document and
 * saves to the same text again; fuzz_graph_check_error() checks the error
 * of an importer that failed. All abort through fuzz_fail().
 */

#pragma once

#include <focal/focal.h>

#include <string.h>

#include "fuzz-common.h"

/* The queries below are quadratic at worst; the fuzzer's inputs are small,
 * but a replayed file may not be. */
#define FUZZ_GRAPH_MAX_QUERIED 64

static inline void
fuzz_graph_check_saved (FocalDocument  *document,
                        FocalSaveFlags  flags,
                        const char     *what)
{
  g_autoptr(FocalDocument) reloaded = focal_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  gsize length = 0;
  gsize again_length = 0;

  text = focal_document_to_data (document, flags, &length);
  if (text == NULL || strlen (text) != length || length == 0 || text[length - 1] != '\n')
    fuzz_fail ("%s: to_data gave no text, a nul byte or no final newline", what);

  if (!focal_document_load_from_data (reloaded, text, length, FOCAL_LOAD_FLAGS_NONE, &error))
    fuzz_fail ("%s: the saved text does not load back strictly: %s\n%s",
               what, error->message, text);
  if (g_list_model_get_n_items (focal_document_get_problems (reloaded)) != 0)
    fuzz_fail ("%s: a strict load that succeeded lists problems", what);

  if (!focal_graph_equal (focal_document_get_graph (document),
                          focal_document_get_graph (reloaded)))
    fuzz_fail ("%s: the reloaded graph differs\n%s", what, text);
  if (!focal_document_equal (document, reloaded))
    fuzz_fail ("%s: the reloaded document differs\n%s", what, text);

  again = focal_document_to_data (reloaded, flags, &again_length);
  if (again_length != length || memcmp (text, again, length) != 0)
    fuzz_fail ("%s: saving the reloaded document gives other text\n%s\n---\n%s",
               what, text, again);
}

static inline void
fuzz_graph_check_entity (FocalGraph  *graph,
                         FocalEntity *entity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) links = NULL;
  g_autoptr(GListModel) neighbors = NULL;
  g_autoptr(GListModel) parts = NULL;
  g_auto(GStrv) references = NULL;
  const char *id = focal_entity_get_id (entity);

  if (focal_graph_lookup (graph, id) != entity)
    fuzz_fail ("entity \"%s\" is not found by its id", id);
  if (focal_entity_get_graph (entity) != graph)
    fuzz_fail ("entity \"%s\" does not point to its graph", id);
  if (!focal_entity_validate (entity, graph, &error))
    fuzz_fail ("entity \"%s\" of a loaded graph does not validate: %s", id, error->message);

  links = focal_graph_dup_links_for (graph, id, FOCAL_LINK_KIND_ANY, FOCAL_DIRECTION_BOTH,
                                     NULL, NULL);
  neighbors = focal_graph_dup_neighbors (graph, id, FOCAL_LINK_KIND_ANY, FOCAL_DIRECTION_BOTH,
                                         NULL, NULL);
  if (links == NULL || neighbors == NULL)
    fuzz_fail ("entity \"%s\" is refused by dup_links_for or dup_neighbors", id);
  if (g_list_model_get_n_items (neighbors) > g_list_model_get_n_items (links))
    fuzz_fail ("entity \"%s\" has more neighbours than links", id);

  parts = focal_graph_dup_parts (graph, id);
  references = focal_entity_dup_references (entity);
  for (guint i = 0; references[i] != NULL; i++)
    if (focal_graph_lookup (graph, references[i]) == NULL)
      fuzz_fail ("entity \"%s\" refers to \"%s\", which is not in the graph", id, references[i]);

  if (FOCAL_IS_ACTOR (entity))
    (void) focal_actor_get_level (FOCAL_ACTOR (entity));
}

static inline void
fuzz_graph_check_network (FocalGraph *graph)
{
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(FocalDate) year = focal_date_new (1995, 0, 0);
  g_autoptr(FocalView) then = focal_view_at (view, year);
  g_autoptr(GListModel) entities = focal_view_dup_entities (then);
  g_autoptr(GListModel) links = focal_view_dup_links (view);
  g_autoptr(FocalNetwork) network = focal_network_new (view, FALSE);
  g_autoptr(FocalNetwork) actors = focal_network_new (then, TRUE);
  g_autoptr(GListModel) bridges = NULL;
  g_auto(GStrv) cuts = NULL;
  g_autofree guint *components = NULL;
  g_autofree double *degree = NULL;
  g_autofree double *betweenness = NULL;
  guint n_nodes = focal_network_get_n_nodes (network);
  guint n = 0;
  guint n_components = 0;

  if (focal_network_get_n_nodes (actors) > g_list_model_get_n_items (entities))
    fuzz_fail ("a network of a view has more nodes than the view has entities");
  if (focal_network_get_n_edges (network) > g_list_model_get_n_items (links))
    fuzz_fail ("a network has more edges than its view has links");

  components = focal_network_components (network, &n, &n_components);
  if (n != n_nodes || n_components > n_nodes)
    fuzz_fail ("components: %u nodes and %u components for %u nodes", n, n_components, n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    if (components[i] >= n_components)
      fuzz_fail ("components: node %u is in component %u of %u", i, components[i], n_components);

  if (n_nodes > FUZZ_GRAPH_MAX_QUERIED)
    return;

  degree = focal_network_degree_centrality (network, &n);
  betweenness = focal_network_betweenness_centrality (network, TRUE, &n);
  for (guint i = 0; i < n_nodes; i++)
    if (!(betweenness[i] >= 0.0 && betweenness[i] <= 1.0 + 1e-9) || !(degree[i] >= 0.0))
      fuzz_fail ("centrality of node %u: degree %g, betweenness %g", i, degree[i], betweenness[i]);

  cuts = focal_network_articulation_points (network);
  bridges = focal_network_dup_bridges (network);

  for (guint i = 0; i < n_nodes; i++)
    {
      const char *from = focal_network_get_node_id (network, i);
      const char *to = focal_network_get_node_id (network, n_nodes - 1 - i);
      g_auto(GStrv) neighbors = NULL;
      g_auto(GStrv) near = NULL;
      g_auto(GStrv) hops = NULL;
      g_auto(GStrv) weighted = NULL;

      neighbors = focal_network_neighbors (network, from, NULL);
      near = focal_network_k_hop (network, from, 2, NULL);
      hops = focal_network_shortest_path (network, from, to, FALSE, NULL);
      weighted = focal_network_shortest_path (network, from, to, TRUE, NULL);
      if (neighbors == NULL || near == NULL || hops == NULL || weighted == NULL)
        fuzz_fail ("node \"%s\" is refused by the network that lists it", from);
      if ((hops[0] != NULL) != (weighted[0] != NULL))
        fuzz_fail ("\"%s\" and \"%s\" are joined by hops but not by weight, or the reverse",
                   from, to);
      if ((hops[0] != NULL) != (components[i] == components[n_nodes - 1 - i]))
        fuzz_fail ("\"%s\" and \"%s\": a path and the components disagree", from, to);
      if (hops[0] != NULL && (g_strcmp0 (hops[0], from) != 0 ||
                              g_strcmp0 (hops[g_strv_length (hops) - 1], to) != 0))
        fuzz_fail ("a path from \"%s\" to \"%s\" ends elsewhere", from, to);
    }
}

static inline void
fuzz_graph_check_encounters (FocalGraph *graph)
{
  GListModel *forums = focal_graph_get_forums (graph);
  g_autoptr(FocalDate) period = focal_date_new_from_string ("1989/1999", NULL);
  guint n = MIN (g_list_model_get_n_items (forums), FUZZ_GRAPH_MAX_QUERIED);

  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(FocalEntity) forum = i < n ? g_list_model_get_item (forums, i) : NULL;
      const char *id = forum != NULL ? focal_entity_get_id (forum) : NULL;
      FocalDate *periods[] = { NULL, period };

      for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
        {
          g_autoptr(FocalCount) count = NULL;
          g_autoptr(GError) error = NULL;

          count = focal_graph_count_encounters (graph, id, NULL, NULL, periods[p], &error);
          if (count == NULL)
            fuzz_fail ("counting the encounters of \"%s\" failed: %s", id, error->message);
          if (focal_count_get_min (count) > focal_count_get_max (count) ||
              (focal_count_get_exact (count) &&
               focal_count_get_min (count) != focal_count_get_max (count)))
            fuzz_fail ("the encounters of \"%s\": %u to %u, exact %d", id,
                       focal_count_get_min (count), focal_count_get_max (count),
                       focal_count_get_exact (count));
        }
    }
}

static inline void
fuzz_graph_check (FocalGraph *graph)
{
  GListModel *models[] = {
    focal_graph_get_actors (graph),
    focal_graph_get_agreements (graph),
    focal_graph_get_forums (graph),
    focal_graph_get_issues (graph),
    focal_graph_get_positions (graph),
    focal_graph_get_events (graph),
  };
  GListModel *links = focal_graph_get_links (graph);
  guint total = 0;
  guint queried = 0;

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      guint n = g_list_model_get_n_items (models[m]);

      total += n;
      for (guint i = 0; i < n && queried < FUZZ_GRAPH_MAX_QUERIED; i++, queried++)
        {
          g_autoptr(FocalEntity) entity = g_list_model_get_item (models[m], i);

          fuzz_graph_check_entity (graph, entity);
        }
    }

  if (total != focal_graph_get_n_entities (graph))
    fuzz_fail ("the models hold %u entities, the graph counts %u",
               total, focal_graph_get_n_entities (graph));

  for (guint i = 0; i < g_list_model_get_n_items (links) && i < FUZZ_GRAPH_MAX_QUERIED; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);

      if (focal_graph_lookup (graph, focal_link_get_source_id (link)) == NULL ||
          focal_graph_lookup (graph, focal_link_get_target_id (link)) == NULL)
        fuzz_fail ("link %u of a loaded graph dangles", i);
    }

  fuzz_graph_check_network (graph);
  fuzz_graph_check_encounters (graph);
}

/* A failure of an importer: a FocalError of a known code whose message is
 * UTF-8 and starts where the input is, "<data>:LINE:COLUMN: ...". */
static inline void
fuzz_graph_check_error (const GError *error,
                        const char   *what)
{
  g_autoptr(GEnumClass) codes = g_type_class_ref (FOCAL_TYPE_ERROR);

  if (error == NULL)
    fuzz_fail ("%s: a failure set no error", what);
  if (error->domain != FOCAL_ERROR || g_enum_get_value (codes, error->code) == NULL)
    fuzz_fail ("%s: a failure gave %s %d, not a FocalError", what,
               g_quark_to_string (error->domain), error->code);
  if (!g_utf8_validate (error->message, -1, NULL))
    fuzz_fail ("%s: the message is not UTF-8", what);
  if (!g_str_has_prefix (error->message, "<data>:") || strlen (error->message) <= 7)
    fuzz_fail ("%s: the message does not say where: %s", what, error->message);
}
