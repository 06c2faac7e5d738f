/* test-inventory.c: the inventory of a view (FocalTally rows) on a hand-built
 * Canada-Mexico slice whose counts are worked out below, and on the dataset
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

static FocalDate *
date (const char *text)
{
  g_autoptr(GError) error = NULL;
  FocalDate *d = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);
  return d;
}

static void
add_entity (FocalGraph  *graph,
            gpointer     entity,
            const char  *valid,
            const char  *tags)
{
  g_autoptr(GError) error = NULL;

  if (valid != NULL)
    {
      g_autoptr(FocalDate) d = date (valid);
      focal_entity_set_valid (FOCAL_ENTITY (entity), d);
    }
  if (tags != NULL)
    {
      g_auto(GStrv) split = g_strsplit (tags, ",", -1);
      focal_entity_set_tags (FOCAL_ENTITY (entity), (const char * const *) split);
    }
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (entity), &error));
  g_assert_no_error (error);
  g_object_unref (entity);
}

static FocalActor *
actor (const char     *id,
       FocalActorKind  kind,
       const char     *country)
{
  FocalActor *a = focal_actor_new (id, kind);

  if (country != NULL)
    g_assert_true (focal_actor_set_country (a, country, NULL));
  return a;
}

static void
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
}

/* Fourteen entities and nine links:
 *
 *   actor       kind / country                 level          tags                    valid
 *   canada      state CA                       federal        -                       -
 *   mexico      state MX                       federal        -                       -
 *   dfait       ministry CA                    federal        foreign-affairs         1993/..
 *   sre         ministry MX                    federal        foreign-affairs         ../2010
 *   alberta     subnational-government CA-AB   subnational    sub-national            -
 *   jalisco     subnational-government MX-JAL  subnational    sub-national,trade      -
 *   axworthy    person CA                      personal       -                       -
 *   oas         international-organization -   international  -                       1948
 *
 *   nafta    agreement trade-agreement, tag trade, signed 1992-12-17, in force
 *            1994-01-01, valid 2005/.. (the step dates win: 1990s)
 *   ottawa   agreement treaty, tag security, no step date, valid 1997/.. (1990s)
 *   jmc      forum joint-committee, tag foreign-affairs, founded 1968, valid
 *            1970/.. (founded wins: 1960s)
 *   ftaa     issue economic, tag trade, undated
 *   mx-ftaa  position of mexico on ftaa, date 200X (2000s)
 *   visit    event visit, date 2004-10 (2000s)
 *
 *   L1 dfait part-of canada            -
 *   L2 sre part-of mexico              -
 *   L3 dfait cooperates-with sre       1990/..
 *   L4 alberta partners-with jalisco   1999/..
 *   L5 canada party-to nafta           1994/..
 *   L6 dfait member-of jmc             ../2004 (open start: undated)
 *   L7 sre cooperates-with axworthy    1998/2000
 *   L8 alberta represented-in mexico   2004
 *   L9 mexico member-of oas            1948/..
 */
static FocalGraph *
make_graph (void)
{
  FocalGraph *graph = focal_graph_new ();
  FocalAgreement *nafta = focal_agreement_new ("nafta", FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);
  FocalForum *jmc = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  FocalPosition *position = focal_position_new ("mx-ftaa", "mexico", "ftaa");
  FocalEvent *visit = focal_event_new ("visit", FOCAL_EVENT_KIND_VISIT);
  g_autoptr(FocalDate) signed_on = date ("1992-12-17");
  g_autoptr(FocalDate) in_force = date ("1994-01-01");
  g_autoptr(FocalDate) founded = date ("1968");
  g_autoptr(FocalDate) taken = date ("200X");
  g_autoptr(FocalDate) held = date ("2004-10");

  add_entity (graph, actor ("canada", FOCAL_ACTOR_KIND_STATE, "CA"), NULL, NULL);
  add_entity (graph, actor ("mexico", FOCAL_ACTOR_KIND_STATE, "MX"), NULL, NULL);
  add_entity (graph, actor ("dfait", FOCAL_ACTOR_KIND_MINISTRY, "CA"), "1993/..", "foreign-affairs");
  add_entity (graph, actor ("sre", FOCAL_ACTOR_KIND_MINISTRY, "MX"), "../2010", "foreign-affairs");
  add_entity (graph, actor ("alberta", FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT, "CA-AB"),
              NULL, "sub-national");
  add_entity (graph, actor ("jalisco", FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT, "MX-JAL"),
              NULL, "sub-national,trade");
  add_entity (graph, actor ("axworthy", FOCAL_ACTOR_KIND_PERSON, "CA"), NULL, NULL);
  add_entity (graph, actor ("oas", FOCAL_ACTOR_KIND_INTERNATIONAL_ORGANIZATION, NULL), "1948", NULL);

  focal_agreement_set_step_date (nafta, FOCAL_AGREEMENT_STATUS_IN_FORCE, in_force);
  focal_agreement_set_step_date (nafta, FOCAL_AGREEMENT_STATUS_SIGNED, signed_on);
  add_entity (graph, nafta, "2005/..", "trade");
  add_entity (graph, focal_agreement_new ("ottawa", FOCAL_AGREEMENT_KIND_TREATY), "1997/..", "security");
  focal_forum_set_founded (jmc, founded);
  add_entity (graph, jmc, "1970/..", "foreign-affairs");
  add_entity (graph, focal_issue_new ("ftaa", FOCAL_ISSUE_AREA_ECONOMIC), NULL, "trade");
  focal_position_set_date (position, taken);
  g_assert_true (focal_position_set_stance (position, 0.5, NULL));
  add_entity (graph, position, NULL, NULL);
  focal_event_set_date (visit, held);
  add_entity (graph, visit, NULL, NULL);

  add_link (graph, "dfait", FOCAL_LINK_KIND_PART_OF, "canada", NULL);
  add_link (graph, "sre", FOCAL_LINK_KIND_PART_OF, "mexico", NULL);
  add_link (graph, "dfait", FOCAL_LINK_KIND_COOPERATES_WITH, "sre", "1990/..");
  add_link (graph, "alberta", FOCAL_LINK_KIND_PARTNERS_WITH, "jalisco", "1999/..");
  add_link (graph, "canada", FOCAL_LINK_KIND_PARTY_TO, "nafta", "1994/..");
  add_link (graph, "dfait", FOCAL_LINK_KIND_MEMBER_OF, "jmc", "../2004");
  add_link (graph, "sre", FOCAL_LINK_KIND_COOPERATES_WITH, "axworthy", "1998/2000");
  add_link (graph, "alberta", FOCAL_LINK_KIND_REPRESENTED_IN, "mexico", "2004");
  add_link (graph, "mexico", FOCAL_LINK_KIND_MEMBER_OF, "oas", "1948/..");

  return graph;
}

/* Renders rows as "key=entities/links;..." for one comparison per case. */
static char *
render (GListModel *rows)
{
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (rows);

  g_assert_true (g_list_model_get_item_type (rows) == FOCAL_TYPE_TALLY);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalTally) row = g_list_model_get_item (rows, i);

      g_string_append_printf (out, "%s%s=%u/%u", i > 0 ? ";" : "",
                              focal_tally_get_key (row),
                              focal_tally_get_entities (row),
                              focal_tally_get_links (row));
    }

  return g_string_free (out, FALSE);
}

static void
check_inventory (FocalView               *view,
                 FocalInventoryDimension  dimension,
                 const char              *expected)
{
  g_autoptr(GListModel) rows = focal_view_dup_inventory (view, dimension);
  g_autofree char *text = render (rows);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_level (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);

  /* Entities: only actors. Links: once per distinct level of an actor end,
   * so L7 (personal-federal), L8 (subnational-federal) and L9
   * (federal-international) count twice, L5 and L6 (to an agreement, a
   * forum) only under their actor's level. Federal links: L1 L2 L3 L5 L6
   * L7 L8 L9. */
  check_inventory (view, FOCAL_INVENTORY_DIMENSION_LEVEL,
                   "federal=4/8;subnational=2/2;international=1/1;personal=1/1");
}

static void
test_sector (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);

  /* foreign-affairs: dfait, sre, jmc; links L1 L2 L3 L6 L7 (L3 and L6 have
   * the tag at one end or both, counted once). trade: jalisco, nafta, ftaa;
   * links L4, L5. sub-national: alberta, jalisco; links L4 (once, both ends
   * tagged), L8. security: ottawa, no link. Untagged entities count
   * nowhere. Equal entity counts sort by key. */
  check_inventory (view, FOCAL_INVENTORY_DIMENSION_SECTOR,
                   "foreign-affairs=3/5;trade=3/2;sub-national=2/2;security=1/0");
}

static void
test_kind (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);

  check_inventory (view, FOCAL_INVENTORY_DIMENSION_KIND,
                   "actor:ministry=2/0;actor:state=2/0;actor:subnational-government=2/0;"
                   "actor:international-organization=1/0;actor:person=1/0;"
                   "agreement:trade-agreement=1/0;agreement:treaty=1/0;event:visit=1/0;"
                   "forum:joint-committee=1/0;issue:economic=1/0;position=1/0;"
                   "link:cooperates-with=0/2;link:member-of=0/2;link:part-of=0/2;"
                   "link:partners-with=0/1;link:party-to=0/1;link:represented-in=0/1");
}

static void
test_country_pair (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);

  /* L1 CA-CA, L2 MX-MX; L3 (CA→MX), L4 (CA-AB→MX-JAL), L7 (MX→CA) and L8
   * (CA-AB→MX) all CA-MX; L5, L6 have a non-actor end and L9 an actor
   * without a country. */
  check_inventory (view, FOCAL_INVENTORY_DIMENSION_COUNTRY_PAIR,
                   "CA-CA=0/1;CA-MX=0/4;MX-MX=0/1");
}

static void
test_decade (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);

  /* undated: canada, mexico, sre (open start), alberta, jalisco, axworthy,
   * ftaa; links L1, L2, L6 (open start). 1990s: dfait (valid), nafta
   * (earliest step, not valid), ottawa (valid, no step); links L3 L4 L5 L7.
   * 2000s: mx-ftaa (200X), visit; link L8. 1940s: oas; link L9. 1960s: jmc
   * (founded, not valid). */
  check_inventory (view, FOCAL_INVENTORY_DIMENSION_DECADE,
                   "undated=7/3;1990s=3/4;2000s=2/1;1940s=1/1;1960s=1/0");
}

static void
test_filtered_view (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) all = focal_view_new (graph);
  const char * const canada_only[] = { "CA", NULL };
  g_autoptr(FocalView) canadian = focal_view_with_countries (all, canada_only);
  g_autoptr(FocalDate) y1995 = date ("1995");
  g_autoptr(FocalView) then = focal_view_at (all, y1995);

  g_assert_cmpuint (focal_view_count_entities (all), ==, 14);
  g_assert_cmpuint (focal_view_count_links (all), ==, 9);

  /* Canadian actors (canada, dfait, alberta, axworthy) and the six
   * non-actors; links L1, L5, L6. */
  g_assert_cmpuint (focal_view_count_entities (canadian), ==, 10);
  g_assert_cmpuint (focal_view_count_links (canadian), ==, 3);
  check_inventory (canadian, FOCAL_INVENTORY_DIMENSION_LEVEL,
                   "federal=2/3;personal=1/0;subnational=1/0");
  check_inventory (canadian, FOCAL_INVENTORY_DIMENSION_COUNTRY_PAIR, "CA-CA=0/1");

  /* In 1995 oas (valid 1948), nafta (2005/..) and ottawa (1997/..) are
   * not valid, which takes L5 and L9 away; L4 (1999/..), L7 (1998/2000)
   * and L8 (2004) do not overlap 1995. L1, L2, L3 and L6 (../2004) stay. */
  g_assert_cmpuint (focal_view_count_entities (then), ==, 11);
  g_assert_cmpuint (focal_view_count_links (then), ==, 4);
  check_inventory (then, FOCAL_INVENTORY_DIMENSION_COUNTRY_PAIR,
                   "CA-CA=0/1;CA-MX=0/1;MX-MX=0/1");
}

static void
test_counts_match_models (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  const char * const tags[] = { "trade", NULL };
  g_autoptr(FocalView) trade = focal_view_with_tags (view, tags);
  g_autoptr(GListModel) entities = focal_view_dup_entities (trade);
  g_autoptr(GListModel) links = focal_view_dup_links (trade);
  g_autoptr(GListModel) rows = focal_view_dup_inventory (trade, FOCAL_INVENTORY_DIMENSION_KIND);
  guint sum_entities = 0, sum_links = 0;

  /* jalisco, nafta, ftaa; no link joins two of them. */
  g_assert_cmpuint (focal_view_count_entities (trade), ==, 3);
  g_assert_cmpuint (focal_view_count_entities (trade), ==, g_list_model_get_n_items (entities));
  g_assert_cmpuint (focal_view_count_links (trade), ==, g_list_model_get_n_items (links));

  /* Every entity and link has exactly one kind. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(FocalTally) row = g_list_model_get_item (rows, i);

      sum_entities += focal_tally_get_entities (row);
      sum_links += focal_tally_get_links (row);
    }
  g_assert_cmpuint (sum_entities, ==, 3);
  g_assert_cmpuint (sum_links, ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalView) view = focal_view_new (graph);

  for (int d = FOCAL_INVENTORY_DIMENSION_LEVEL; d <= FOCAL_INVENTORY_DIMENSION_DECADE; d++)
    {
      g_autoptr(GListModel) rows = focal_view_dup_inventory (view, d);

      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
    }
  g_assert_cmpuint (focal_view_count_entities (view), ==, 0);
  g_assert_cmpuint (focal_view_count_links (view), ==, 0);
}

static void
test_tally_properties (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GListModel) rows = focal_view_dup_inventory (view, FOCAL_INVENTORY_DIMENSION_LEVEL);
  FocalTally *row = g_list_model_get_item (rows, 0);
  g_autofree char *key = NULL;
  guint entities = 0, links = 0;
  const char *names[] = { "key", "entities", "links" };

  g_object_get (row, "key", &key, "entities", &entities, "links", &links, NULL);
  g_assert_cmpstr (key, ==, "federal");
  g_assert_cmpuint (entities, ==, 4);
  g_assert_cmpuint (links, ==, 8);

  /* Read-only: a tally is a result, not something to edit. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (row), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->flags & G_PARAM_READABLE);
      g_assert_false (pspec->flags & G_PARAM_WRITABLE);
    }

  /* The rows are fresh objects that the caller's model alone holds. */
  g_clear_object (&rows);
  g_assert_finalize_object (row);
}

static void
test_dataset (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                 "canada-mexico-2004.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalView) view = NULL;
  g_autoptr(GListModel) entities = NULL;
  g_autoptr(GListModel) links = NULL;
  FocalGraph *graph;

  g_assert_true (focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  graph = focal_document_get_graph (document);
  view = focal_view_new (graph);
  entities = focal_view_dup_entities (view);
  links = focal_view_dup_links (view);

  g_assert_cmpuint (focal_view_count_entities (view), ==, focal_graph_get_n_entities (graph));
  g_assert_cmpuint (focal_view_count_links (view), ==, g_list_model_get_n_items (links));

  /* Each entity has one kind and one decade, each link one kind and one
   * decade; levels add up to the actors. */
  for (int d = FOCAL_INVENTORY_DIMENSION_LEVEL; d <= FOCAL_INVENTORY_DIMENSION_DECADE; d++)
    {
      g_autoptr(GListModel) rows = focal_view_dup_inventory (view, d);
      guint sum_entities = 0, sum_links = 0, previous = G_MAXUINT;

      g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr(FocalTally) row = g_list_model_get_item (rows, i);

          g_assert_cmpuint (focal_tally_get_entities (row), <=, previous);
          previous = focal_tally_get_entities (row);
          sum_entities += focal_tally_get_entities (row);
          sum_links += focal_tally_get_links (row);
        }

      if (d == FOCAL_INVENTORY_DIMENSION_KIND || d == FOCAL_INVENTORY_DIMENSION_DECADE)
        {
          g_assert_cmpuint (sum_entities, ==, g_list_model_get_n_items (entities));
          g_assert_cmpuint (sum_links, ==, g_list_model_get_n_items (links));
        }
      else if (d == FOCAL_INVENTORY_DIMENSION_LEVEL)
        g_assert_cmpuint (sum_entities, ==, g_list_model_get_n_items (focal_graph_get_actors (graph)));
      else if (d == FOCAL_INVENTORY_DIMENSION_COUNTRY_PAIR)
        {
          g_assert_cmpuint (sum_entities, ==, 0);
          g_assert_cmpuint (sum_links, >, 0);
        }
    }
}

static void
test_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GListModel) rows = focal_view_dup_inventory (NULL, FOCAL_INVENTORY_DIMENSION_LEVEL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_VIEW*");
}

static void
test_preconditions_dimension (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = focal_graph_new ();
      g_autoptr(FocalView) view = focal_view_new (graph);
      g_autoptr(GListModel) rows = focal_view_dup_inventory (view, 99);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*dimension*");
}

static void
test_preconditions_count (void)
{
  if (g_test_subprocess ())
    {
      g_assert_cmpuint (focal_view_count_entities (NULL), ==, 0);
      g_assert_cmpuint (focal_view_count_links (NULL), ==, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_VIEW*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/inventory/level", test_level);
  g_test_add_func ("/focal/inventory/sector", test_sector);
  g_test_add_func ("/focal/inventory/kind", test_kind);
  g_test_add_func ("/focal/inventory/country-pair", test_country_pair);
  g_test_add_func ("/focal/inventory/decade", test_decade);
  g_test_add_func ("/focal/inventory/filtered-view", test_filtered_view);
  g_test_add_func ("/focal/inventory/counts-match-models", test_counts_match_models);
  g_test_add_func ("/focal/inventory/empty", test_empty);
  g_test_add_func ("/focal/inventory/tally-properties", test_tally_properties);
  g_test_add_func ("/focal/inventory/dataset", test_dataset);
  g_test_add_func ("/focal/inventory/preconditions", test_preconditions);
  g_test_add_func ("/focal/inventory/preconditions-dimension", test_preconditions_dimension);
  g_test_add_func ("/focal/inventory/preconditions-count", test_preconditions_count);

  return g_test_run ();
}
