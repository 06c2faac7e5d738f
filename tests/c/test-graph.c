/* test-graph.c: FocalGraph, built from facts of the founding paper
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

typedef struct
{
  FocalGraph *graph;
} Fixture;

static FocalDate *
date (const char *text)
{
  g_autoptr(GError) error = NULL;
  FocalDate *d = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);
  return d;
}

static void
add_actor (FocalGraph     *graph,
           const char     *id,
           FocalActorKind  kind,
           const char     *country,
           const char     *parent)
{
  g_autoptr(FocalActor) actor = focal_actor_new (id, kind);
  g_autoptr(GError) error = NULL;

  if (country != NULL)
    g_assert_true (focal_actor_set_country (actor, country, &error));
  focal_actor_set_parent_id (actor, parent);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (actor), &error));
  g_assert_no_error (error);
}

static FocalLink *
add_link (FocalGraph    *graph,
          const char    *source,
          FocalLinkKind  kind,
          const char    *target,
          const char    *period)
{
  g_autoptr(FocalLink) link = focal_link_new (source, kind, target);
  g_autoptr(GError) error = NULL;

  if (period != NULL)
    {
      g_autoptr(FocalDate) d = date (period);
      focal_link_set_period (link, d);
    }
  g_assert_true (focal_graph_add_link (graph, link, &error));
  g_assert_no_error (error);

  return link;  /* the graph holds it */
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  FocalGraph *graph = focal_graph_new ();
  g_autoptr(FocalSource) paper = focal_source_new ("focal-2004");
  g_autoptr(FocalIssue) ftaa = focal_issue_new ("ftaa", FOCAL_ISSUE_AREA_ECONOMIC);
  g_autoptr(FocalForum) jmc = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(FocalAgreement) mou = focal_agreement_new ("electoral-mou-1996",
                                                       FOCAL_AGREEMENT_KIND_MEMORANDUM_OF_UNDERSTANDING);
  g_autoptr(FocalDate) d1968 = date ("1968");
  g_autoptr(GError) error = NULL;

  focal_source_set_title (paper, "The Canada-Mexico Relationship: The Unfinished Highway");
  g_assert_true (focal_graph_add_source (graph, paper, &error));

  add_actor (graph, "canada", FOCAL_ACTOR_KIND_STATE, "CA", NULL);
  add_actor (graph, "mexico", FOCAL_ACTOR_KIND_STATE, "MX", NULL);
  add_actor (graph, "elections-canada", FOCAL_ACTOR_KIND_AGENCY, "CA", "canada");
  add_actor (graph, "ife", FOCAL_ACTOR_KIND_AGENCY, "MX", "mexico");
  add_actor (graph, "sre", FOCAL_ACTOR_KIND_MINISTRY, "MX", "mexico");
  add_actor (graph, "dfait", FOCAL_ACTOR_KIND_MINISTRY, "CA", "canada");
  add_actor (graph, "edmonton", FOCAL_ACTOR_KIND_MUNICIPALITY, "CA-AB", NULL);
  add_actor (graph, "guadalajara", FOCAL_ACTOR_KIND_MUNICIPALITY, "MX-JAL", NULL);
  add_actor (graph, "alberta", FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT, "CA-AB", NULL);

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (ftaa), &error));
  focal_forum_set_founded (jmc, d1968);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (jmc), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (mou), &error));
  g_assert_no_error (error);

  add_link (graph, "elections-canada", FOCAL_LINK_KIND_COOPERATES_WITH, "ife", "1996/..");
  add_link (graph, "elections-canada", FOCAL_LINK_KIND_PARTY_TO, "electoral-mou-1996", "1996/..");
  add_link (graph, "ife", FOCAL_LINK_KIND_PARTY_TO, "electoral-mou-1996", "1996/..");
  add_link (graph, "edmonton", FOCAL_LINK_KIND_PARTNERS_WITH, "guadalajara", NULL);
  add_link (graph, "alberta", FOCAL_LINK_KIND_REPRESENTED_IN, "mexico", "2002/..");
  add_link (graph, "sre", FOCAL_LINK_KIND_MEMBER_OF, "jmc", NULL);
  add_link (graph, "dfait", FOCAL_LINK_KIND_MEMBER_OF, "jmc", NULL);

  fixture->graph = graph;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (fixture->graph);
}

static void
test_graph_models (Fixture       *fixture,
                   gconstpointer  user_data)
{
  FocalGraph *graph = fixture->graph;
  GListModel *actors = focal_graph_get_actors (graph);
  g_autoptr(FocalActor) first = g_list_model_get_item (actors, 0);
  guint n_entities = 0;

  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 9);
  g_assert_true (g_list_model_get_item_type (actors) == FOCAL_TYPE_ACTOR);
  g_assert_cmpstr (focal_entity_get_id (FOCAL_ENTITY (first)), ==, "canada");
  g_assert_true (focal_entity_get_graph (FOCAL_ENTITY (first)) == graph);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_issues (graph)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_forums (graph)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_agreements (graph)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_positions (graph)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_events (graph)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_sources (graph)), ==, 1);
  g_assert_cmpuint (focal_graph_get_n_entities (graph), ==, 12);
  g_object_get (graph, "n-entities", &n_entities, NULL);
  g_assert_cmpuint (n_entities, ==, 12);
}

static void
test_graph_lookup (Fixture       *fixture,
                   gconstpointer  user_data)
{
  FocalEntity *ife = focal_graph_lookup (fixture->graph, "ife");

  g_assert_true (FOCAL_IS_ACTOR (ife));
  g_assert_cmpstr (focal_actor_get_country (FOCAL_ACTOR (ife)), ==, "MX");
  g_assert_true (FOCAL_IS_ISSUE (focal_graph_lookup (fixture->graph, "ftaa")));
  g_assert_null (focal_graph_lookup (fixture->graph, "nafta"));
  g_assert_nonnull (focal_graph_lookup_source (fixture->graph, "focal-2004"));
  g_assert_null (focal_graph_lookup_source (fixture->graph, "ife"));
}

static void
test_graph_neighbors (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) in_1990 = NULL;
  g_autoptr(GListModel) in_2000 = NULL;
  g_autoptr(GListModel) parties = NULL;
  g_autoptr(GListModel) twins = NULL;
  g_autoptr(FocalDate) d1990 = date ("1990");
  g_autoptr(FocalDate) d2000 = date ("2000");
  g_autoptr(FocalEntity) twin = NULL;

  all = focal_graph_dup_neighbors (fixture->graph, "ife", FOCAL_LINK_KIND_ANY,
                                   FOCAL_DIRECTION_BOTH, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);

  /* Electoral cooperation starts with the 1996 MOU: nothing as of 1990. */
  in_1990 = focal_graph_dup_neighbors (fixture->graph, "ife", FOCAL_LINK_KIND_ANY,
                                       FOCAL_DIRECTION_BOTH, d1990, &error);
  g_assert_cmpuint (g_list_model_get_n_items (in_1990), ==, 0);
  in_2000 = focal_graph_dup_neighbors (fixture->graph, "ife", FOCAL_LINK_KIND_COOPERATES_WITH,
                                       FOCAL_DIRECTION_BOTH, d2000, &error);
  g_assert_cmpuint (g_list_model_get_n_items (in_2000), ==, 1);

  parties = focal_graph_dup_neighbors (fixture->graph, "electoral-mou-1996",
                                       FOCAL_LINK_KIND_PARTY_TO, FOCAL_DIRECTION_INCOMING,
                                       NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 2);

  /* Symmetric kinds match whichever end is asked about. */
  twins = focal_graph_dup_neighbors (fixture->graph, "guadalajara", FOCAL_LINK_KIND_PARTNERS_WITH,
                                     FOCAL_DIRECTION_OUTGOING, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (twins), ==, 1);
  twin = g_list_model_get_item (twins, 0);
  g_assert_cmpstr (focal_entity_get_id (twin), ==, "edmonton");

  /* The node numbers name the same neighbours in the same order. */
  {
    const struct { const char *id; FocalLinkKind kind; FocalDirection direction; FocalDate *as_of; } asks[] = {
      { "ife", FOCAL_LINK_KIND_ANY, FOCAL_DIRECTION_BOTH, NULL },
      { "ife", FOCAL_LINK_KIND_ANY, FOCAL_DIRECTION_BOTH, d1990 },
      { "ife", FOCAL_LINK_KIND_COOPERATES_WITH, FOCAL_DIRECTION_BOTH, d2000 },
      { "electoral-mou-1996", FOCAL_LINK_KIND_PARTY_TO, FOCAL_DIRECTION_INCOMING, NULL },
      { "guadalajara", FOCAL_LINK_KIND_PARTNERS_WITH, FOCAL_DIRECTION_OUTGOING, NULL },
    };
    g_auto(GStrv) node_ids = focal_graph_dup_node_ids (fixture->graph);

    for (guint a = 0; a < G_N_ELEMENTS (asks); a++)
      {
        g_autoptr(GListModel) entities = NULL;
        g_autoptr(GBytes) nodes = NULL;
        const guint32 *numbers;
        gsize size;

        entities = focal_graph_dup_neighbors (fixture->graph, asks[a].id, asks[a].kind,
                                              asks[a].direction, asks[a].as_of, &error);
        nodes = focal_graph_dup_neighbor_nodes (fixture->graph, asks[a].id, asks[a].kind,
                                                asks[a].direction, asks[a].as_of, &error);
        g_assert_no_error (error);
        numbers = g_bytes_get_data (nodes, &size);
        g_assert_cmpuint (size, ==, sizeof (guint32) * g_list_model_get_n_items (entities));
        for (guint i = 0; i < size / sizeof (guint32); i++)
          {
            g_autoptr(FocalEntity) entity = g_list_model_get_item (entities, i);

            g_assert_cmpuint (numbers[i], <, g_strv_length (node_ids));
            g_assert_cmpstr (node_ids[numbers[i]], ==, focal_entity_get_id (entity));
          }
      }

    g_assert_null (focal_graph_dup_neighbor_nodes (fixture->graph, "nobody", FOCAL_LINK_KIND_ANY,
                                                   FOCAL_DIRECTION_BOTH, NULL, &error));
    g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
    g_clear_error (&error);
  }
}

static void
test_graph_links_for (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) out = NULL;
  g_autoptr(GListModel) in = NULL;
  g_autoptr(GListModel) unknown = NULL;

  out = focal_graph_dup_links_for (fixture->graph, "elections-canada", FOCAL_LINK_KIND_ANY,
                                   FOCAL_DIRECTION_OUTGOING, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (out), ==, 2);
  in = focal_graph_dup_links_for (fixture->graph, "jmc", FOCAL_LINK_KIND_MEMBER_OF,
                                  FOCAL_DIRECTION_INCOMING, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (in), ==, 2);
  g_assert_no_error (error);

  unknown = focal_graph_dup_links_for (fixture->graph, "nafta", FOCAL_LINK_KIND_ANY,
                                       FOCAL_DIRECTION_BOTH, NULL, &error);
  g_assert_null (unknown);
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "\"nafta\""));
}

static void
test_graph_duplicate_id (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(FocalIssue) ife = focal_issue_new ("ife", FOCAL_ISSUE_AREA_POLITICAL);
  g_autoptr(FocalSource) paper = focal_source_new ("focal-2004");
  g_autoptr(GError) error = NULL;

  g_assert_false (focal_graph_add (fixture->graph, FOCAL_ENTITY (ife), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "\"ife\""));
  g_assert_nonnull (strstr (error->message, "actor"));
  g_assert_null (focal_entity_get_graph (FOCAL_ENTITY (ife)));
  g_assert_cmpuint (focal_graph_get_n_entities (fixture->graph), ==, 12);
  g_clear_error (&error);

  g_assert_false (focal_graph_add_source (fixture->graph, paper, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_DUPLICATE_ID);
}

static void
test_graph_dangling_reference (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(FocalPosition) position = focal_position_new ("mx-ftaa", "mexico", "social-funds");
  g_autoptr(FocalActor) unit = focal_actor_new ("usna", FOCAL_ACTOR_KIND_UNIT);
  g_autoptr(FocalLink) link = focal_link_new ("ife", FOCAL_LINK_KIND_COOPERATES_WITH, "elections-quebec");
  g_autoptr(GError) error = NULL;

  focal_position_set_label (position, "lukewarm");
  g_assert_false (focal_graph_add (fixture->graph, FOCAL_ENTITY (position), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "social-funds"));
  g_clear_error (&error);

  focal_actor_set_parent_id (unit, "secretaria");
  g_assert_false (focal_graph_add (fixture->graph, FOCAL_ENTITY (unit), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "secretaria"));
  g_clear_error (&error);

  g_assert_false (focal_graph_add_link (fixture->graph, link, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "elections-quebec"));
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (fixture->graph)), ==, 7);
}

static void
test_graph_wrong_kind (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(FocalPosition) position = focal_position_new ("mx-on-canada", "mexico", "canada");
  g_autoptr(FocalLink) party = focal_link_new ("ife", FOCAL_LINK_KIND_PARTY_TO, "jmc");
  g_autoptr(FocalLink) part = focal_link_new ("ife", FOCAL_LINK_KIND_PART_OF, "jmc");
  g_autoptr(FocalLink) self_link = focal_link_new ("ife", FOCAL_LINK_KIND_COOPERATES_WITH, "ife");
  g_autoptr(GError) error = NULL;

  focal_position_set_label (position, "supportive");
  g_assert_false (focal_graph_add (fixture->graph, FOCAL_ENTITY (position), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_nonnull (strstr (error->message, "canada"));
  g_clear_error (&error);

  g_assert_false (focal_graph_add_link (fixture->graph, party, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_nonnull (strstr (error->message, "\"jmc\" is a forum, expected an agreement"));
  g_clear_error (&error);

  g_assert_false (focal_graph_add_link (fixture->graph, part, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_clear_error (&error);

  g_assert_false (focal_graph_add_link (fixture->graph, self_link, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE);
}

static void
test_graph_stance_out_of_range (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(FocalPosition) position = focal_position_new ("mx-ftaa-2004", "mexico", "ftaa");
  g_autoptr(GError) error = NULL;

  g_assert_false (focal_position_set_stance (position, 1.5, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "1.5"));
  g_clear_error (&error);

  /* A position must state something before the graph takes it. */
  g_assert_false (focal_graph_add (fixture->graph, FOCAL_ENTITY (position), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD);
  g_clear_error (&error);

  g_assert_true (focal_position_set_stance (position, 0.5, &error));
  focal_position_set_label (position, "more open");
  g_assert_true (focal_graph_add (fixture->graph, FOCAL_ENTITY (position), &error));
  g_assert_no_error (error);
}

static void
test_graph_citations_need_sources (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  g_autoptr(FocalActor) cida = focal_actor_new ("cida", FOCAL_ACTOR_KIND_AGENCY);
  g_autoptr(FocalCitation) bad = focal_citation_new ("senate-2004");
  g_autoptr(FocalCitation) good = focal_citation_new ("focal-2004");
  g_autoptr(GError) error = NULL;

  focal_entity_add_citation (FOCAL_ENTITY (cida), good);
  focal_entity_add_citation (FOCAL_ENTITY (cida), bad);
  g_assert_false (focal_graph_add (fixture->graph, FOCAL_ENTITY (cida), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "senate-2004"));
  g_assert_nonnull (strstr (error->message, "cida"));
}

static FocalEvent *
aggregate (const char *id,
           guint       count,
           const char *period,
           const char *parent)
{
  FocalEvent *event = focal_event_new_aggregate (id, FOCAL_EVENT_KIND_MEETING, count,
                                                 FOCAL_QUALIFIER_EXACT);
  g_autoptr(FocalDate) d = date (period);

  focal_event_set_date (event, d);
  focal_event_set_forum_id (event, "jmc");
  focal_event_set_parent_id (event, parent);
  return event;
}

static void
test_graph_nested_totals (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(FocalEvent) all = aggregate ("jmc-1968-1999", 13, "1968/1999", NULL);
  g_autoptr(FocalEvent) late = aggregate ("jmc-1989-1999", 5, "1989/1999", "jmc-1968-1999");
  g_autoptr(FocalEvent) early = aggregate ("jmc-1968-1988", 9, "1968/1988", "jmc-1968-1999");
  g_autoptr(FocalEvent) fits = aggregate ("jmc-1968-1988b", 8, "1968/1988", "jmc-1968-1999");
  g_autoptr(GListModel) parts = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_graph_add (fixture->graph, FOCAL_ENTITY (all), &error));
  g_assert_true (focal_graph_add (fixture->graph, FOCAL_ENTITY (late), &error));
  g_assert_no_error (error);

  /* 5 + 9 = 14 meetings cannot be nested in 13. */
  g_assert_false (focal_graph_add (fixture->graph, FOCAL_ENTITY (early), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT);
  g_assert_nonnull (strstr (error->message, "jmc-1968-1999"));
  g_assert_nonnull (strstr (error->message, "14"));
  g_clear_error (&error);

  g_assert_true (focal_graph_add (fixture->graph, FOCAL_ENTITY (fits), &error));
  g_assert_no_error (error);

  parts = focal_graph_dup_parts (fixture->graph, "jmc-1968-1999");
  g_assert_cmpuint (g_list_model_get_n_items (parts), ==, 2);
}

static void
test_graph_parts_follow_edits (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(GListModel) of_mexico = focal_graph_dup_parts (fixture->graph, "mexico");
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) of_canada = NULL;
  FocalEntity *sre = focal_graph_lookup (fixture->graph, "sre");

  g_assert_cmpuint (g_list_model_get_n_items (of_mexico), ==, 2);

  focal_actor_set_parent_id (FOCAL_ACTOR (sre), "canada");
  after = focal_graph_dup_parts (fixture->graph, "mexico");
  of_canada = focal_graph_dup_parts (fixture->graph, "canada");
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (of_canada), ==, 3);
}

static void
count_signal_cb (FocalGraph *graph,
                 GObject    *item,
                 guint      *count)
{
  (*count)++;
}

static void
test_graph_remove (Fixture       *fixture,
                   gconstpointer  user_data)
{
  FocalGraph *graph = fixture->graph;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) referrers = NULL;
  guint links_removed = 0, entities_removed = 0;
  FocalEntity *ife = focal_graph_lookup (graph, "ife");

  g_signal_connect (graph, "link-removed", G_CALLBACK (count_signal_cb), &links_removed);
  g_signal_connect (graph, "entity-removed", G_CALLBACK (count_signal_cb), &entities_removed);

  /* Mexico is the parent of IFE and the SRE. */
  g_assert_false (focal_graph_remove (graph, "mexico", &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "mexico"));
  g_clear_error (&error);
  referrers = focal_graph_dup_referrers (graph, "mexico");
  g_assert_cmpuint (g_list_model_get_n_items (referrers), ==, 2);
  g_clear_object (&referrers);

  g_object_ref (ife);
  g_assert_true (focal_graph_remove (graph, "ife", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (links_removed, ==, 2);
  g_assert_cmpuint (entities_removed, ==, 1);
  g_assert_null (focal_graph_lookup (graph, "ife"));
  g_assert_null (focal_entity_get_graph (ife));
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_actors (graph)), ==, 8);
  g_assert_finalize_object (ife);

  g_assert_false (focal_graph_remove (graph, "ife", &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_clear_error (&error);

  /* Nothing in the fixture cites the paper, so it can go. */
  g_assert_true (focal_graph_remove_source (graph, "focal-2004", &error));
  g_assert_no_error (error);
  g_assert_null (focal_graph_lookup_source (graph, "focal-2004"));
}

static void
test_graph_remove_cited_source (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(FocalLink) link = focal_link_new ("sre", FOCAL_LINK_KIND_COOPERATES_WITH, "dfait");
  g_autoptr(FocalCitation) citation = focal_citation_new ("focal-2004");
  g_autoptr(GError) error = NULL;

  focal_link_add_citation (link, citation);
  g_assert_true (focal_graph_add_link (fixture->graph, link, &error));
  g_assert_false (focal_graph_remove_source (fixture->graph, "focal-2004", &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (focal_graph_remove_link (fixture->graph, link));
  g_assert_false (focal_graph_remove_link (fixture->graph, link));
  g_assert_true (focal_graph_remove_source (fixture->graph, "focal-2004", &error));
  g_assert_false (focal_graph_remove_source (fixture->graph, "focal-2004", &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_graph_signals (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalActor) canada = focal_actor_new ("canada", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalActor) mexico = focal_actor_new ("mexico", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalLink) link = focal_link_new ("canada", FOCAL_LINK_KIND_COOPERATES_WITH, "mexico");
  guint added = 0, links_added = 0, changed = 0, n_notify = 0;

  g_signal_connect (graph, "entity-added", G_CALLBACK (count_signal_cb), &added);
  g_signal_connect (graph, "link-added", G_CALLBACK (count_signal_cb), &links_added);
  g_signal_connect (graph, "notify::n-entities", G_CALLBACK (count_signal_cb), &n_notify);
  g_signal_connect (focal_graph_get_actors (graph), "items-changed",
                    G_CALLBACK (items_changed_cb), &changed);

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (canada), NULL));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (mexico), NULL));
  g_assert_true (focal_graph_add_link (graph, link, NULL));
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (links_added, ==, 1);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (n_notify, ==, 2);
}

static void
test_graph_finalizes_everything (void)
{
  FocalGraph *graph = focal_graph_new ();
  FocalActor *canada = focal_actor_new ("canada", FOCAL_ACTOR_KIND_STATE);
  FocalActor *mexico = focal_actor_new ("mexico", FOCAL_ACTOR_KIND_STATE);
  FocalLink *link = focal_link_new ("canada", FOCAL_LINK_KIND_COOPERATES_WITH, "mexico");
  GObject *weak_canada = G_OBJECT (canada);
  GObject *weak_link = G_OBJECT (link);

  g_object_add_weak_pointer (weak_canada, (gpointer *) &weak_canada);
  g_object_add_weak_pointer (weak_link, (gpointer *) &weak_link);

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (canada), NULL));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (mexico), NULL));
  g_assert_true (focal_graph_add_link (graph, link, NULL));
  g_object_unref (canada);
  g_object_unref (mexico);
  g_object_unref (link);

  g_assert_nonnull (weak_canada);
  g_assert_finalize_object (graph);
  g_assert_null (weak_canada);
  g_assert_null (weak_link);
}

static void
test_graph_add_twice_precondition (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) a = focal_graph_new ();
      g_autoptr(FocalGraph) b = focal_graph_new ();
      g_autoptr(FocalActor) canada = focal_actor_new ("canada", FOCAL_ACTOR_KIND_STATE);

      focal_graph_add (a, FOCAL_ENTITY (canada), NULL);
      focal_graph_add (b, FOCAL_ENTITY (canada), NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*get_graph*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/focal/graph/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("models", test_graph_models);
  ADD ("lookup", test_graph_lookup);
  ADD ("neighbors", test_graph_neighbors);
  ADD ("links-for", test_graph_links_for);
  ADD ("duplicate-id", test_graph_duplicate_id);
  ADD ("dangling-reference", test_graph_dangling_reference);
  ADD ("wrong-kind", test_graph_wrong_kind);
  ADD ("stance-out-of-range", test_graph_stance_out_of_range);
  ADD ("citations-need-sources", test_graph_citations_need_sources);
  ADD ("nested-totals", test_graph_nested_totals);
  ADD ("parts-follow-edits", test_graph_parts_follow_edits);
  ADD ("remove", test_graph_remove);
  ADD ("remove-cited-source", test_graph_remove_cited_source);
#undef ADD
  g_test_add_func ("/focal/graph/signals", test_graph_signals);
  g_test_add_func ("/focal/graph/finalizes-everything", test_graph_finalizes_everything);
  g_test_add_func ("/focal/graph/add-twice-precondition", test_graph_add_twice_precondition);

  return g_test_run ();
}
