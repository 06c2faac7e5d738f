/* test-people.c: people bridges, person-only ties and departures on
 * hand-made graphs with known answers and on the Canada-Mexico dataset
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

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
add_actor (FocalGraph     *graph,
           const char     *id,
           FocalActorKind  kind)
{
  g_autoptr(FocalActor) actor = focal_actor_new (id, kind);
  g_autoptr(GError) error = NULL;

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

/* Actors from "o1 p o2 ...": ids starting with o are ministries, the
 * others persons. Links from "o1-p p-o2 ...": a person works for an
 * organization, organizations cooperate. */
static FocalGraph *
make_graph (const char *nodes,
            const char *edges)
{
  FocalGraph *graph = focal_graph_new ();
  g_auto(GStrv) ids = g_strsplit (nodes, " ", -1);
  g_auto(GStrv) pairs = g_strsplit (edges, " ", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    add_actor (graph, ids[i],
               ids[i][0] == 'o' ? FOCAL_ACTOR_KIND_MINISTRY : FOCAL_ACTOR_KIND_PERSON);

  for (guint i = 0; pairs[i] != NULL && pairs[i][0] != '\0'; i++)
    {
      g_auto(GStrv) ends = g_strsplit (pairs[i], "-", 2);
      gboolean person_first = ends[0][0] != 'o';
      gboolean person_second = ends[1][0] != 'o';

      if (person_first && !person_second)
        add_link (graph, ends[0], FOCAL_LINK_KIND_WORKS_FOR, ends[1], NULL);
      else if (person_second && !person_first)
        add_link (graph, ends[1], FOCAL_LINK_KIND_WORKS_FOR, ends[0], NULL);
      else
        add_link (graph, ends[0], FOCAL_LINK_KIND_COOPERATES_WITH, ends[1], NULL);
    }

  return graph;
}

/* Six components (o for organizations; the rest are persons):
 *
 * 1. o1 - p - o2, p - o3, o2 - o3: only p joins o1 to o2 and o3, and the
 *    search starts at o1, so p is entered from its parent.
 * 2. o4 and o5 both joined by q and by r: nobody is indispensable.
 * 3. o6 - s - t - o7: a chain of two people, no one-person tie.
 * 4. o8 - u: u is a leaf.
 * 5. h first, then h - o9, h - o10, o9 - o10, h - o11, h - o12,
 *    o11 - o13 - o12: h is the root of the search and splits {o9, o10}
 *    from {o11, o12, o13}; o10 and o12 are reached back from below.
 * 6. o14 - w - o15 - o14: w sits on a cycle.
 * And z alone. */
#define PEOPLE_NODES "o1 p o2 o3 q r o4 o5 o6 s t o7 o8 u h o9 o10 o11 o12 o13 o14 w o15 z"
#define PEOPLE_EDGES "o1-p p-o2 o2-o3 o3-p q-o4 o4-r r-o5 o5-q o6-s s-t t-o7 o8-u " \
                     "h-o9 o9-o10 o10-h h-o11 o11-o13 o13-o12 o12-h o14-w w-o15 o15-o14"

static char *
join (char **ids)
{
  g_assert_nonnull (ids);
  return g_strjoinv (",", ids);
}

static char *
describe_ties (GListModel *ties)
{
  GString *out = g_string_new (NULL);

  g_assert_true (g_list_model_get_item_type (ties) == FOCAL_TYPE_TIE);
  for (guint i = 0; i < g_list_model_get_n_items (ties); i++)
    {
      g_autoptr(FocalTie) tie = g_list_model_get_item (ties, i);

      g_string_append_printf (out, "%s%s/%s/%s", i > 0 ? " " : "",
                              focal_tie_get_organization_a (tie),
                              focal_tie_get_organization_b (tie),
                              focal_tie_get_person (tie));
    }

  return g_string_free (out, FALSE);
}

static void
test_people_bridges (void)
{
  g_autoptr(FocalGraph) graph = make_graph (PEOPLE_NODES, PEOPLE_EDGES);
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_auto(GStrv) bridges = focal_view_dup_people_bridges (view);
  g_autofree char *text = join (bridges);

  /* o2/o3-like organizations that are cut points are not listed. */
  g_assert_cmpstr (text, ==, "p,s,t,h");
}

static void
test_people_ties (void)
{
  g_autoptr(FocalGraph) graph = make_graph (PEOPLE_NODES, PEOPLE_EDGES);
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GListModel) ties = focal_view_dup_person_only_ties (view);
  g_autofree char *text = describe_ties (ties);

  g_assert_cmpstr (text, ==,
                   "o1/o2/p o1/o3/p "
                   "o9/o11/h o9/o12/h o10/o11/h o10/o12/h");
}

static void
test_people_ties_ignore_other_entities (void)
{
  g_autoptr(FocalGraph) graph = make_graph ("o1 p o2", "o1-p p-o2");
  g_autoptr(FocalForum) forum = focal_forum_new ("forum", FOCAL_FORUM_KIND_WORKING_GROUP);
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalView) view = NULL;
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autofree char *text = NULL;
  FocalActor *o2;

  view = focal_view_new (graph);
  before = focal_view_dup_person_only_ties (view);
  text = describe_ties (before);
  g_assert_cmpstr (text, ==, "o1/o2/p");

  /* A forum both belong to, and a parent, are no links between actors. */
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (forum), &error));
  add_link (graph, "o1", FOCAL_LINK_KIND_MEMBER_OF, "forum", NULL);
  add_link (graph, "o2", FOCAL_LINK_KIND_MEMBER_OF, "forum", NULL);
  o2 = FOCAL_ACTOR (focal_graph_lookup (graph, "o2"));
  focal_actor_set_parent_id (o2, "o1");
  after = focal_view_dup_person_only_ties (view);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 1);

  /* A direct link ends the tie. */
  add_link (graph, "o1", FOCAL_LINK_KIND_PARTNERS_WITH, "o2", NULL);
  g_clear_object (&after);
  after = focal_view_dup_person_only_ties (view);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 0);
}

static FocalDeparture *
depart (FocalView  *view,
        const char *person)
{
  g_autoptr(GError) error = NULL;
  FocalDeparture *departure = focal_view_simulate_departure (view, person, &error);

  g_assert_no_error (error);
  g_assert_nonnull (departure);
  g_assert_cmpstr (focal_departure_get_person (departure), ==, person);
  return departure;
}

static void
test_people_departure (void)
{
  g_autoptr(FocalGraph) graph = make_graph (PEOPLE_NODES, PEOPLE_EDGES);
  g_autoptr(FocalEvent) event = focal_event_new ("visit", FOCAL_EVENT_KIND_VISIT);
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalView) view = NULL;
  g_autoptr(FocalDeparture) p = NULL, h = NULL, s = NULL, u = NULL, z = NULL, q = NULL;
  g_autoptr(FocalLink) last = NULL;
  FocalLink *visit;

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (event), &error));
  visit = add_link (graph, "p", FOCAL_LINK_KIND_PARTICIPATES_IN, "visit", NULL);
  view = focal_view_new (graph);

  /* Components holding organizations: {o1 o2 o3} {o4 o5} {o6 o7} {o8}
   * {o9 .. o13} {o14 o15}, with 3 + 1 + 1 + 0 + 10 + 1 = 16 pairs. */
  p = depart (view, "p");
  g_assert_cmpuint (focal_departure_get_links_removed (p), ==, 4);
  g_assert_cmpuint (focal_departure_get_components_before (p), ==, 6);
  g_assert_cmpuint (focal_departure_get_components_after (p), ==, 7);
  g_assert_cmpuint (focal_departure_get_disconnected_pairs (p), ==, 2);
  last = g_list_model_get_item (focal_departure_get_links (p), 3);
  g_assert_true (last == visit);

  h = depart (view, "h");
  g_assert_cmpuint (focal_departure_get_links_removed (h), ==, 4);
  g_assert_cmpuint (focal_departure_get_components_after (h), ==, 7);
  g_assert_cmpuint (focal_departure_get_disconnected_pairs (h), ==, 10 - 1 - 3);

  s = depart (view, "s");
  g_assert_cmpuint (focal_departure_get_components_after (s), ==, 7);
  g_assert_cmpuint (focal_departure_get_disconnected_pairs (s), ==, 1);

  q = depart (view, "q");
  g_assert_cmpuint (focal_departure_get_components_after (q), ==, 6);
  g_assert_cmpuint (focal_departure_get_disconnected_pairs (q), ==, 0);

  u = depart (view, "u");
  g_assert_cmpuint (focal_departure_get_links_removed (u), ==, 1);
  g_assert_cmpuint (focal_departure_get_components_after (u), ==, 6);
  g_assert_cmpuint (focal_departure_get_disconnected_pairs (u), ==, 0);

  z = depart (view, "z");
  g_assert_cmpuint (focal_departure_get_links_removed (z), ==, 0);
  g_assert_cmpuint (focal_departure_get_components_before (z), ==, 6);
  g_assert_cmpuint (focal_departure_get_components_after (z), ==, 6);
}

static void
test_people_views (void)
{
  g_autoptr(FocalGraph) graph = make_graph ("o1 p o2 q", "q-o2");
  g_autoptr(FocalView) all = NULL;
  g_autoptr(FocalView) then = NULL;
  g_autoptr(FocalView) now = NULL;
  g_autoptr(FocalDate) y1990 = date ("1990");
  g_autoptr(FocalDate) y2004 = date ("2004");
  g_autoptr(FocalDeparture) early = NULL, late = NULL;
  g_auto(GStrv) early_bridges = NULL, late_bridges = NULL;
  g_autofree char *early_text = NULL, *late_text = NULL;

  add_link (graph, "p", FOCAL_LINK_KIND_WORKS_FOR, "o1", "1985/1995");
  add_link (graph, "p", FOCAL_LINK_KIND_LEADS, "o2", "1988/..");
  add_link (graph, "q", FOCAL_LINK_KIND_WORKS_FOR, "o1", "2000/..");
  all = focal_view_new (graph);
  then = focal_view_at (all, y1990);
  now = focal_view_at (all, y2004);

  early_bridges = focal_view_dup_people_bridges (then);
  late_bridges = focal_view_dup_people_bridges (now);
  early_text = join (early_bridges);
  late_text = join (late_bridges);
  g_assert_cmpstr (early_text, ==, "p");
  g_assert_cmpstr (late_text, ==, "q");

  early = depart (then, "p");
  g_assert_cmpuint (focal_departure_get_links_removed (early), ==, 2);
  g_assert_cmpuint (focal_departure_get_disconnected_pairs (early), ==, 1);
  late = depart (now, "p");
  g_assert_cmpuint (focal_departure_get_links_removed (late), ==, 1);
  g_assert_cmpuint (focal_departure_get_disconnected_pairs (late), ==, 0);
}

static void
assert_fails (FocalView  *view,
              const char *person,
              int         code,
              const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalDeparture) departure = focal_view_simulate_departure (view, person, &error);

  g_assert_null (departure);
  g_assert_error (error, FOCAL_ERROR, code);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_people_errors (void)
{
  g_autoptr(FocalGraph) graph = make_graph ("o1 p", "o1-p");
  g_autoptr(FocalIssue) issue = focal_issue_new ("issue", FOCAL_ISSUE_AREA_OTHER);
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalView) view = NULL;
  g_autoptr(FocalView) bodies = NULL;
  const FocalActorKind ministries[] = { FOCAL_ACTOR_KIND_MINISTRY };

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (issue), &error));
  view = focal_view_new (graph);
  bodies = focal_view_with_actor_kinds (view, ministries, 1);

  assert_fails (view, "nobody", FOCAL_ERROR_UNKNOWN_ID, "nobody");
  assert_fails (view, "issue", FOCAL_ERROR_WRONG_KIND, "issue");
  assert_fails (view, "o1", FOCAL_ERROR_WRONG_KIND, "o1");
  assert_fails (view, "o1", FOCAL_ERROR_WRONG_KIND, "ministry");
  assert_fails (bodies, "p", FOCAL_ERROR_UNKNOWN_ID, "not in the view");
}

static void
test_people_properties (void)
{
  g_autoptr(FocalGraph) graph = make_graph (PEOPLE_NODES, PEOPLE_EDGES);
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GListModel) ties = focal_view_dup_person_only_ties (view);
  FocalTie *tie = g_list_model_get_item (ties, 0);
  FocalDeparture *departure = depart (view, "p");
  g_autofree char *a = NULL, *b = NULL, *person = NULL, *leaving = NULL;
  g_autoptr(GListModel) links = NULL;
  guint removed = 0, pairs = 0, before = 0, after = 0;
  const char * const tie_names[] = { "organization-a", "organization-b", "person" };
  const char * const departure_names[] = {
    "person", "links-removed", "links", "disconnected-pairs", "components-before",
    "components-after",
  };

  g_object_get (tie, "organization-a", &a, "organization-b", &b, "person", &person, NULL);
  g_assert_cmpstr (a, ==, "o1");
  g_assert_cmpstr (b, ==, "o2");
  g_assert_cmpstr (person, ==, "p");

  g_object_get (departure,
                "person", &leaving,
                "links-removed", &removed,
                "links", &links,
                "disconnected-pairs", &pairs,
                "components-before", &before,
                "components-after", &after,
                NULL);
  g_assert_cmpstr (leaving, ==, "p");
  g_assert_cmpuint (removed, ==, 3);
  g_assert_true (links == focal_departure_get_links (departure));
  g_assert_cmpuint (pairs, ==, 2);
  g_assert_cmpuint (before, ==, 6);
  g_assert_cmpuint (after, ==, 7);

  for (guint i = 0; i < G_N_ELEMENTS (tie_names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (tie), tie_names[i]);

      g_assert_nonnull (pspec);
      g_assert_true ((pspec->flags & G_PARAM_WRITABLE) == 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (departure_names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (departure),
                                                        departure_names[i]);

      g_assert_nonnull (pspec);
      g_assert_true ((pspec->flags & G_PARAM_WRITABLE) == 0);
    }

  g_clear_object (&ties);
  g_clear_object (&links);
  g_assert_finalize_object (tie);
  g_assert_finalize_object (departure);
}

static void
test_people_empty (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_auto(GStrv) bridges = focal_view_dup_people_bridges (view);
  g_autoptr(GListModel) ties = focal_view_dup_person_only_ties (view);

  g_assert_cmpuint (g_strv_length (bridges), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ties), ==, 0);
}

static FocalGraph *
load_dataset (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                 "canada-mexico-2004.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_NONE,
                                                NULL, &error));
  g_assert_no_error (error);

  return g_object_ref (focal_document_get_graph (document));
}

static void
test_people_dataset (void)
{
  g_autoptr(FocalGraph) graph = load_dataset ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_auto(GStrv) bridges = focal_view_dup_people_bridges (view);
  g_autoptr(GListModel) ties = focal_view_dup_person_only_ties (view);
  g_autoptr(FocalDeparture) martin = NULL;
  g_autoptr(FocalDeparture) castaneda = NULL;
  gboolean found = FALSE;

  /* Paul Martin leads the Government of Canada and the Cabinet Committee on
   * Canada-U.S. relations, which nothing else joins. */
  g_assert_true (g_strv_contains ((const char * const *) bridges, "paul-martin"));
  for (guint i = 0; i < g_strv_length (bridges); i++)
    {
      FocalEntity *entity = focal_graph_lookup (graph, bridges[i]);

      g_assert_cmpint (focal_actor_get_kind (FOCAL_ACTOR (entity)), ==, FOCAL_ACTOR_KIND_PERSON);
    }

  for (guint i = 0; i < g_list_model_get_n_items (ties); i++)
    {
      g_autoptr(FocalTie) tie = g_list_model_get_item (ties, i);

      g_assert_true (g_strv_contains ((const char * const *) bridges, focal_tie_get_person (tie)));
      if (g_str_equal (focal_tie_get_organization_a (tie), "gov-canada") &&
          g_str_equal (focal_tie_get_organization_b (tie), "cabinet-committee-canada-us") &&
          g_str_equal (focal_tie_get_person (tie), "paul-martin"))
        found = TRUE;
    }
  g_assert_true (found);

  martin = depart (view, "paul-martin");
  g_assert_cmpuint (focal_departure_get_links_removed (martin), >=, 2);
  g_assert_cmpuint (focal_departure_get_components_after (martin), ==,
                    focal_departure_get_components_before (martin) + 1);
  g_assert_cmpuint (focal_departure_get_disconnected_pairs (martin), >, 0);

  /* Jorge Castañeda only leads the SRE: his departure splits nothing. */
  castaneda = depart (view, "jorge-castaneda");
  g_assert_cmpuint (focal_departure_get_links_removed (castaneda), >=, 1);
  g_assert_cmpuint (focal_departure_get_components_after (castaneda), ==,
                    focal_departure_get_components_before (castaneda));
  g_assert_cmpuint (focal_departure_get_disconnected_pairs (castaneda), ==, 0);
  g_assert_false (g_strv_contains ((const char * const *) bridges, "jorge-castaneda"));
}

static void
test_people_precondition_view (void)
{
  if (g_test_subprocess ())
    {
      g_auto(GStrv) bridges = focal_view_dup_people_bridges (NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_VIEW*");
}

static void
test_people_precondition_person (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = focal_graph_new ();
      g_autoptr(FocalView) view = focal_view_new (graph);
      g_autoptr(FocalDeparture) departure = focal_view_simulate_departure (view, NULL, NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*person_id != NULL*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/people/bridges", test_people_bridges);
  g_test_add_func ("/focal/people/ties", test_people_ties);
  g_test_add_func ("/focal/people/ties-ignore-other-entities",
                   test_people_ties_ignore_other_entities);
  g_test_add_func ("/focal/people/departure", test_people_departure);
  g_test_add_func ("/focal/people/views", test_people_views);
  g_test_add_func ("/focal/people/errors", test_people_errors);
  g_test_add_func ("/focal/people/properties", test_people_properties);
  g_test_add_func ("/focal/people/empty", test_people_empty);
  g_test_add_func ("/focal/people/dataset", test_people_dataset);
  g_test_add_func ("/focal/people/precondition/view", test_people_precondition_view);
  g_test_add_func ("/focal/people/precondition/person", test_people_precondition_person);

  return g_test_run ();
}
