/* explore-relationship.c: builds a slice of the Canada–Mexico relationship
 * as the founding paper describes it, and asks it questions.
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every fact below is from Abizaid Bucio, "The Canada-Mexico Relationship:
 * The Unfinished Highway", FOCAL policy paper FPP-04-8 (October 2004).
 */

#include <stdlib.h>

#include <focal/focal.h>

static FocalCitation *
cite (const char *section,
      guint       note)
{
  FocalCitation *citation = focal_citation_new ("focal-2004");

  focal_citation_set_section (citation, section);
  focal_citation_set_note (citation, note);
  return citation;
}

static gboolean
add_actor (FocalGraph     *graph,
           const char     *id,
           FocalActorKind  kind,
           const char     *name,
           const char     *country,
           const char     *parent,
           GError        **error)
{
  g_autoptr(FocalActor) actor = focal_actor_new (id, kind);

  focal_entity_set_name (FOCAL_ENTITY (actor), name);
  focal_actor_set_parent_id (actor, parent);
  return focal_actor_set_country (actor, country, error) &&
         focal_graph_add (graph, FOCAL_ENTITY (actor), error);
}

static gboolean
add_link (FocalGraph     *graph,
          const char     *source,
          FocalLinkKind   kind,
          const char     *target,
          const char     *period,
          const char     *section,
          GError        **error)
{
  g_autoptr(FocalLink) link = focal_link_new (source, kind, target);
  g_autoptr(FocalCitation) citation = cite (section, 0);

  if (period != NULL)
    {
      g_autoptr(FocalDate) date = focal_date_new_from_string (period, error);

      if (date == NULL)
        return FALSE;
      focal_link_set_period (link, date);
    }
  focal_link_add_citation (link, citation);
  return focal_graph_add_link (graph, link, error);
}

static gboolean
add_total (FocalGraph   *graph,
           const char   *id,
           guint         count,
           const char   *period,
           const char   *forum,
           const char   *parent,
           GError      **error)
{
  g_autoptr(FocalEvent) total = focal_event_new_aggregate (id, FOCAL_EVENT_KIND_MEETING,
                                                           count, FOCAL_QUALIFIER_EXACT);
  g_autoptr(FocalDate) date = focal_date_new_from_string (period, error);
  g_autoptr(FocalCitation) citation = cite ("The infrastructure of the relationship", 0);

  if (date == NULL)
    return FALSE;
  focal_event_set_date (total, date);
  focal_event_set_forum_id (total, forum);
  focal_event_set_parent_id (total, parent);
  focal_entity_add_citation (FOCAL_ENTITY (total), citation);
  return focal_graph_add (graph, FOCAL_ENTITY (total), error);
}

static gboolean
build (FocalGraph  *graph,
       GError     **error)
{
  g_autoptr(FocalSource) paper = focal_source_new ("focal-2004");
  g_autoptr(FocalForum) jmc = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(FocalDate) founded = focal_date_new (1968, 0, 0);
  const char *bilateral = "The bilateral relation: not one highway but many roads";

  focal_source_set_author (paper, "Olga Abizaid Bucio");
  focal_source_set_title (paper, "The Canada-Mexico Relationship: The Unfinished Highway");
  focal_source_set_publisher (paper, "Canadian Foundation for the Americas (FOCAL)");
  focal_source_set_year (paper, 2004);
  if (!focal_graph_add_source (graph, paper, error))
    return FALSE;

  focal_entity_set_name (FOCAL_ENTITY (jmc), "Joint Ministerial Committee");
  focal_forum_set_founded (jmc, founded);

  return add_actor (graph, "canada", FOCAL_ACTOR_KIND_STATE, "Canada", "CA", NULL, error) &&
         add_actor (graph, "mexico", FOCAL_ACTOR_KIND_STATE, "Mexico", "MX", NULL, error) &&
         add_actor (graph, "elections-canada", FOCAL_ACTOR_KIND_AGENCY, "Elections Canada",
                    "CA", "canada", error) &&
         add_actor (graph, "ife", FOCAL_ACTOR_KIND_AGENCY, "Federal Electoral Institute (IFE)",
                    "MX", "mexico", error) &&
         add_actor (graph, "alberta", FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT,
                    "Government of Alberta", "CA-AB", NULL, error) &&
         add_actor (graph, "edmonton", FOCAL_ACTOR_KIND_MUNICIPALITY, "Edmonton", "CA-AB",
                    NULL, error) &&
         add_actor (graph, "guadalajara", FOCAL_ACTOR_KIND_MUNICIPALITY, "Guadalajara",
                    "MX-JAL", NULL, error) &&
         focal_graph_add (graph, FOCAL_ENTITY (jmc), error) &&
         add_link (graph, "elections-canada", FOCAL_LINK_KIND_COOPERATES_WITH, "ife",
                   "1996/..", bilateral, error) &&
         add_link (graph, "alberta", FOCAL_LINK_KIND_REPRESENTED_IN, "mexico", "2002/..",
                   bilateral, error) &&
         add_link (graph, "edmonton", FOCAL_LINK_KIND_PARTNERS_WITH, "guadalajara", NULL,
                   bilateral, error) &&
         add_total (graph, "jmc-1968-1999", 13, "1968/1999", "jmc", NULL, error) &&
         add_total (graph, "jmc-1989-1999", 5, "1989/1999", "jmc", "jmc-1968-1999", error);
}

static void
print_neighbors (FocalGraph *graph,
                 const char *id,
                 const char *as_of)
{
  g_autoptr(FocalDate) date = as_of ? focal_date_new_from_string (as_of, NULL) : NULL;
  g_autoptr(GListModel) neighbors = NULL;
  guint n;

  neighbors = focal_graph_dup_neighbors (graph, id, FOCAL_LINK_KIND_ANY,
                                         FOCAL_DIRECTION_BOTH, date, NULL);
  n = g_list_model_get_n_items (neighbors);
  g_print ("  %s as of %s: %u tie%s", id, as_of ? as_of : "any date", n, n == 1 ? "" : "s");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalEntity) other = g_list_model_get_item (neighbors, i);

      g_print ("%s %s", i == 0 ? ":" : ",", focal_entity_get_name (other));
    }
  g_print ("\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) parts = NULL;
  g_autoptr(FocalActor) bad = focal_actor_new ("ottawa", FOCAL_ACTOR_KIND_MUNICIPALITY);
  FocalEntity *total;
  guint min, max;

  if (!build (graph, &error))
    {
      g_printerr ("explore-relationship: %s\n", error->message);
      return EXIT_FAILURE;
    }

  g_print ("A slice of the Canada-Mexico relationship (libfocal %s)\n", FOCAL_VERSION_S);
  g_print ("%u actors, %u forums, %u events, %u links, %u source\n\n",
           g_list_model_get_n_items (focal_graph_get_actors (graph)),
           g_list_model_get_n_items (focal_graph_get_forums (graph)),
           g_list_model_get_n_items (focal_graph_get_events (graph)),
           g_list_model_get_n_items (focal_graph_get_links (graph)),
           g_list_model_get_n_items (focal_graph_get_sources (graph)));

  g_print ("Ties over time:\n");
  print_neighbors (graph, "ife", "1990");
  print_neighbors (graph, "ife", "2004");
  print_neighbors (graph, "mexico", "2004");

  total = focal_graph_lookup (graph, "jmc-1968-1999");
  focal_event_get_count_bounds (FOCAL_EVENT (total), &min, &max);
  parts = focal_graph_dup_parts (graph, "jmc-1968-1999");
  g_print ("\nThe Joint Ministerial Committee met %u times in 1968-1999; "
           "%u nested total (1989-1999: 5 meetings).\n",
           min, g_list_model_get_n_items (parts));

  /* Bad data is refused with an error that says what and where. */
  focal_actor_set_parent_id (bad, "ontario");
  if (!focal_graph_add (graph, FOCAL_ENTITY (bad), &error))
    g_print ("\nRefused as expected: %s\n", error->message);

  return EXIT_SUCCESS;
}
