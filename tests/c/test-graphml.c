/* test-graphml.c: GraphML export and import
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <focal/focal.h>

/* One entity of each kind, and links with attributes that need escaping or
 * that are called like an edge key. */
static FocalGraph *
test_graphml_graph (void)
{
  FocalGraph *graph = focal_graph_new ();
  g_autoptr(FocalActor) canada = focal_actor_new ("canada", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalActor) mexico = focal_actor_new ("mexico", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalActor) ife = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
  g_autoptr(FocalActor) person = focal_actor_new ("ana", FOCAL_ACTOR_KIND_PERSON);
  g_autoptr(FocalAgreement) mou = focal_agreement_new ("mou", FOCAL_AGREEMENT_KIND_MEMORANDUM_OF_UNDERSTANDING);
  g_autoptr(FocalForum) jmc = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(FocalIssue) ftaa = focal_issue_new ("ftaa", FOCAL_ISSUE_AREA_ECONOMIC);
  g_autoptr(FocalPosition) position = focal_position_new ("mx-ftaa", "mexico", "ftaa");
  g_autoptr(FocalEvent) meeting = focal_event_new ("meeting-2004", FOCAL_EVENT_KIND_MEETING);
  g_autoptr(FocalLink) cooperates = focal_link_new ("canada", FOCAL_LINK_KIND_COOPERATES_WITH, "mexico");
  g_autoptr(FocalLink) member = focal_link_new ("ana", FOCAL_LINK_KIND_MEMBER_OF, "ife");
  g_autoptr(FocalDate) valid = focal_date_new_from_string ("1990/..", NULL);
  g_autoptr(FocalDate) date = focal_date_new_from_string ("2004-10-15", NULL);
  g_autoptr(FocalDate) period = focal_date_new_from_string ("1996~/2004", NULL);
  g_autoptr(GError) error = NULL;

  focal_entity_set_name (FOCAL_ENTITY (canada), "Canada");
  g_assert_true (focal_actor_set_country (canada, "CA", &error));
  focal_entity_set_name (FOCAL_ENTITY (mexico), "México & \"friends\" <1>");
  g_assert_true (focal_actor_set_country (mexico, "MX", &error));
  g_assert_true (focal_actor_set_country (ife, "MX", &error));
  focal_actor_set_level (ife, FOCAL_LEVEL_FEDERAL);
  focal_entity_set_valid (FOCAL_ENTITY (ife), valid);
  g_assert_true (focal_position_set_stance (position, -0.5, &error));
  focal_position_set_label (position, "quite obstructionist");
  focal_position_set_date (position, date);
  focal_event_set_date (meeting, date);

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (canada), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (mexico), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (ife), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (person), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (mou), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (jmc), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (ftaa), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (position), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (meeting), &error));

  focal_link_set_period (cooperates, period);
  focal_link_set_weight (cooperates, 2.5);
  focal_link_set_attribute (cooperates, "area", "elections & <democracy>");
  focal_link_set_attribute (cooperates, "kind", "technical");
  focal_link_set_attribute (member, "on_behalf_of", "red");
  g_assert_true (focal_graph_add_link (graph, cooperates, &error));
  g_assert_true (focal_graph_add_link (graph, member, &error));
  g_assert_no_error (error);

  return graph;
}

static void
test_graphml_export (void)
{
  g_autoptr(FocalGraph) graph = test_graphml_graph ();
  g_autofree char *text = NULL;
  gsize length = 0;

  text = focal_graph_to_graphml (graph, &length);
  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_true (g_str_has_prefix (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"));
  g_assert_true (g_str_has_suffix (text, "</graphml>\n"));

  g_assert_nonnull (strstr (text, "<key id=\"entity\" for=\"node\" attr.name=\"entity\" attr.type=\"string\"/>"));
  g_assert_nonnull (strstr (text, "<key id=\"link\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>"));
  g_assert_nonnull (strstr (text, "<key id=\"attr:kind\" for=\"edge\" attr.name=\"attribute:kind\" attr.type=\"string\"/>"));
  g_assert_nonnull (strstr (text, "<key id=\"attr:on_behalf_of\" for=\"edge\" attr.name=\"on_behalf_of\""));
  g_assert_nonnull (strstr (text, "<data key=\"name\">México &amp; &quot;friends&quot; &lt;1&gt;</data>"));
  g_assert_nonnull (strstr (text, "<data key=\"kind\">memorandum-of-understanding</data>"));
  g_assert_nonnull (strstr (text, "<data key=\"kind\">economic</data>"));
  g_assert_nonnull (strstr (text, "<data key=\"stance\">-0.5</data>"));
  g_assert_nonnull (strstr (text, "<data key=\"valid\">1990/..</data>"));
  g_assert_nonnull (strstr (text, "<edge id=\"e0\" source=\"canada\" target=\"mexico\" directed=\"false\">"));
  g_assert_nonnull (strstr (text, "<data key=\"period\">1996~/2004</data>"));
  g_assert_nonnull (strstr (text, "<data key=\"weight\">2.5</data>"));
  g_assert_nonnull (strstr (text, "<data key=\"weight\">1</data>"));
  g_assert_nonnull (strstr (text, "<edge id=\"e1\" source=\"ana\" target=\"ife\">"));
}

static void
test_graphml_roundtrip (void)
{
  g_autoptr(FocalGraph) graph = test_graphml_graph ();
  g_autoptr(FocalGraph) again = NULL;
  g_autoptr(FocalLink) link = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = focal_graph_to_graphml (graph, NULL);
  g_autofree char *text_again = NULL;
  g_autofree char *period = NULL;
  FocalEntity *entity;

  again = focal_graph_new_from_graphml (text, -1, &error);
  g_assert_no_error (error);
  text_again = focal_graph_to_graphml (again, NULL);
  g_assert_cmpstr (text_again, ==, text);

  g_assert_cmpuint (focal_graph_get_n_entities (again), ==, 9);
  entity = focal_graph_lookup (again, "mexico");
  g_assert_true (FOCAL_IS_ACTOR (entity));
  g_assert_cmpstr (focal_entity_get_name (entity), ==, "México & \"friends\" <1>");
  g_assert_cmpstr (focal_actor_get_country (FOCAL_ACTOR (entity)), ==, "MX");
  g_assert_true (focal_actor_get_level_is_derived (FOCAL_ACTOR (entity)));
  entity = focal_graph_lookup (again, "ife");
  g_assert_cmpint (focal_actor_get_level (FOCAL_ACTOR (entity)), ==, FOCAL_LEVEL_FEDERAL);
  g_assert_true (FOCAL_IS_AGREEMENT (focal_graph_lookup (again, "mou")));
  g_assert_cmpint (focal_forum_get_kind (FOCAL_FORUM (focal_graph_lookup (again, "jmc"))), ==,
                   FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_assert_cmpint (focal_issue_get_area (FOCAL_ISSUE (focal_graph_lookup (again, "ftaa"))), ==,
                   FOCAL_ISSUE_AREA_ECONOMIC);
  entity = focal_graph_lookup (again, "mx-ftaa");
  g_assert_true (FOCAL_IS_POSITION (entity));
  g_assert_cmpfloat (focal_position_get_stance (FOCAL_POSITION (entity)), ==, -0.5);
  g_assert_cmpstr (focal_position_get_label (FOCAL_POSITION (entity)), ==, "quite obstructionist");
  g_assert_cmpint (focal_event_get_kind (FOCAL_EVENT (focal_graph_lookup (again, "meeting-2004"))), ==,
                   FOCAL_EVENT_KIND_MEETING);

  link = g_list_model_get_item (focal_graph_get_links (again), 0);
  g_assert_cmpint (focal_link_get_kind (link), ==, FOCAL_LINK_KIND_COOPERATES_WITH);
  g_assert_cmpfloat (focal_link_get_weight (link), ==, 2.5);
  period = focal_date_to_string (focal_link_get_period (link));
  g_assert_cmpstr (period, ==, "1996~/2004");
  g_assert_cmpstr (focal_link_get_attribute (link, "kind"), ==, "technical");
  g_assert_cmpstr (focal_link_get_attribute (link, "area"), ==, "elections & <democracy>");
}

static void
test_graphml_dataset (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                 "canada-mexico-2004.json", NULL);
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(FocalGraph) again = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  FocalGraph *graph;

  g_assert_true (focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  graph = focal_document_get_graph (document);

  text = focal_graph_to_graphml (graph, NULL);
  again = focal_graph_new_from_graphml (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (focal_graph_get_n_entities (again), ==, focal_graph_get_n_entities (graph));
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (again)), ==,
                    g_list_model_get_n_items (focal_graph_get_links (graph)));
  text_again = focal_graph_to_graphml (again, NULL);
  g_assert_cmpstr (text_again, ==, text);
}

/* What NetworkX writes: keys d0, d1… named by attr.name, no entity data,
 * a key default. */
static const char other_tool[] =
  "<?xml version='1.0' encoding='utf-8'?>\n"
  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
  "  <key id=\"d0\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
  "  <key id=\"d1\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\">\n"
  "    <default>cooperates-with</default>\n"
  "  </key>\n"
  "  <key id=\"d2\" for=\"edge\" attr.name=\"topic\" attr.type=\"string\"/>\n"
  "  <key id=\"d3\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n"
  "  <graph edgedefault=\"undirected\">\n"
  "    <node id=\"a\"><data key=\"d0\">Alpha</data><data key=\"d3\">0.5</data></node>\n"
  "    <node id=\"b\"/>\n"
  "    <edge source=\"a\" target=\"b\"><data key=\"d2\">trade</data></edge>\n"
  "    <edge source=\"b\" target=\"a\"><data key=\"d1\">disputes-with</data></edge>\n"
  "  </graph>\n"
  "</graphml>\n";

static void
test_graphml_other_tool (void)
{
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(FocalLink) first = NULL;
  g_autoptr(FocalLink) second = NULL;
  g_autoptr(GError) error = NULL;
  FocalEntity *alpha;

  graph = focal_graph_new_from_graphml (other_tool, -1, &error);
  g_assert_no_error (error);
  alpha = focal_graph_lookup (graph, "a");
  g_assert_true (FOCAL_IS_ACTOR (alpha));
  g_assert_cmpint (focal_actor_get_kind (FOCAL_ACTOR (alpha)), ==, FOCAL_ACTOR_KIND_OTHER);
  g_assert_cmpstr (focal_entity_get_name (alpha), ==, "Alpha");
  g_assert_true (FOCAL_IS_ACTOR (focal_graph_lookup (graph, "b")));

  first = g_list_model_get_item (focal_graph_get_links (graph), 0);
  g_assert_cmpint (focal_link_get_kind (first), ==, FOCAL_LINK_KIND_COOPERATES_WITH);
  g_assert_cmpstr (focal_link_get_attribute (first, "topic"), ==, "trade");
  second = g_list_model_get_item (focal_graph_get_links (graph), 1);
  g_assert_cmpint (focal_link_get_kind (second), ==, FOCAL_LINK_KIND_DISPUTES_WITH);
  g_assert_null (focal_link_get_attribute (second, "topic"));
}

static void
test_graphml_assert_fails (const char *text,
                           int         code,
                           const char *where)
{
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(GError) error = NULL;

  graph = focal_graph_new_from_graphml (text, -1, &error);
  g_assert_null (graph);
  g_assert_error (error, FOCAL_ERROR, code);
  if (!g_str_has_prefix (error->message, where))
    g_error ("expected a message starting with \"%s\", got \"%s\"", where, error->message);
}

#define KEYS \
  "<graphml>\n" \
  "<key id=\"entity\" for=\"node\" attr.name=\"entity\"/><key id=\"kind\" for=\"node\" attr.name=\"kind\"/>\n" \
  "<key id=\"valid\" for=\"node\" attr.name=\"valid\"/><key id=\"link\" for=\"edge\" attr.name=\"kind\"/>\n" \
  "<key id=\"weight\" for=\"edge\" attr.name=\"weight\"/>\n" \
  "<graph>\n"

static void
test_graphml_errors (void)
{
  test_graphml_assert_fails ("", FOCAL_ERROR_PARSE, "<data>:1:1: malformed XML:");
  test_graphml_assert_fails ("<graphml><graph>\n<node id=\"a\">", FOCAL_ERROR_PARSE,
                             "<data>:2:15: malformed XML:");
  test_graphml_assert_fails ("<svg/>", FOCAL_ERROR_PARSE,
                             "<data>:1:6: expected a <graphml> document, got <svg>");
  test_graphml_assert_fails (KEYS "<node/></graph></graphml>", FOCAL_ERROR_MISSING_FIELD,
                             "<data>:6:8: a <node> without an id");
  test_graphml_assert_fails (KEYS "<edge source=\"a\"/></graph></graphml>",
                             FOCAL_ERROR_MISSING_FIELD, "<data>:6:19: an <edge> without a target");
  test_graphml_assert_fails (KEYS "<node id=\"a\"><data key=\"nope\">1</data></node></graph></graphml>",
                             FOCAL_ERROR_UNKNOWN_ID, "<data>:6:32: <data> of the undeclared key \"nope\"");
  test_graphml_assert_fails (KEYS "<node id=\"a\"><data key=\"kind\">spaceship</data></node></graph></graphml>",
                             FOCAL_ERROR_INVALID_VALUE, "<data>:6:15: node \"a\": unknown actor kind \"spaceship\"");
  test_graphml_assert_fails (KEYS "<node id=\"a\"><data key=\"entity\">planet</data></node></graph></graphml>",
                             FOCAL_ERROR_INVALID_VALUE, "<data>:6:15: node \"a\": unknown entity \"planet\"");
  test_graphml_assert_fails (KEYS "<node id=\"a\"><data key=\"valid\">spring</data></node></graph></graphml>",
                             FOCAL_ERROR_PARSE, "<data>:6:15: node \"a\": invalid date \"spring\"");
  test_graphml_assert_fails (KEYS "<node id=\"a\"/>\n<node id=\"a\"/></graph></graphml>",
                             FOCAL_ERROR_DUPLICATE_ID, "<data>:7:15: node \"a\": duplicate id");
  test_graphml_assert_fails (KEYS "<node id=\"a\"/><edge source=\"a\" target=\"b\"/></graph></graphml>",
                             FOCAL_ERROR_MISSING_FIELD,
                             "<data>:6:44: edge \"a\" → \"b\": no link kind");
  test_graphml_assert_fails (KEYS "<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"><data key=\"link\">"
                             "member-of</data></edge></graph></graphml>",
                             FOCAL_ERROR_UNKNOWN_ID, "<data>:7:30: edge \"a\" → \"b\": link a → b (member-of): unknown target \"b\"");
  test_graphml_assert_fails (KEYS "<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\">"
                             "<data key=\"link\">any</data></edge></graph></graphml>",
                             FOCAL_ERROR_INVALID_VALUE, "<data>:7:30: edge \"a\" → \"b\": unknown link kind \"any\"");
  test_graphml_assert_fails (KEYS "<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\">"
                             "<data key=\"link\">member-of</data><data key=\"weight\">heavy</data>"
                             "</edge></graph></graphml>",
                             FOCAL_ERROR_INVALID_VALUE, "<data>:7:30: edge \"a\" → \"b\": weight \"heavy\" is not a number");
}

static void
test_graphml_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *text = focal_graph_to_graphml (NULL, NULL);

      g_assert_null (text);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_GRAPH*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/graphml/export", test_graphml_export);
  g_test_add_func ("/focal/graphml/roundtrip", test_graphml_roundtrip);
  g_test_add_func ("/focal/graphml/dataset", test_graphml_dataset);
  g_test_add_func ("/focal/graphml/other-tool", test_graphml_other_tool);
  g_test_add_func ("/focal/graphml/errors", test_graphml_errors);
  g_test_add_func ("/focal/graphml/preconditions", test_graphml_preconditions);

  return g_test_run ();
}
