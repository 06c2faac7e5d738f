/* test-document.c: FocalDocument, the focal/1 JSON reader and writer
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

/* A document in canonical form that uses every field of the format,
 * unknown members at every level included: it must save back byte for
 * byte. */
static const char canonical[] =
  "{\n"
  "  \"format\": \"focal/1\",\n"
  "  \"title\": \"Canada and Mexico\",\n"
  "  \"description\": \"Facts from \\\"FOCAL\\\" papers\\nsecond line\\ttab \\\\ \\u0001 end\",\n"
  "  \"as-of\": \"2004-10\",\n"
  "  \"licence\": \"CC-BY-4.0\",\n"
  "  \"sources\": [\n"
  "    {\n"
  "      \"id\": \"focal-2004\",\n"
  "      \"author\": \"FOCAL\",\n"
  "      \"title\": \"Canada–Mexico relations\",\n"
  "      \"publisher\": \"FOCAL\",\n"
  "      \"year\": 2004,\n"
  "      \"url\": \"https://example.org/focal.pdf\",\n"
  "      \"x-pages\": 42\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"dfait-2005\"\n"
  "    }\n"
  "  ],\n"
  "  \"actors\": [\n"
  "    {\n"
  "      \"id\": \"canada\",\n"
  "      \"name\": \"Canada\",\n"
  "      \"kind\": \"state\",\n"
  "      \"country\": \"CA\"\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"mexico\",\n"
  "      \"name\": \"México\",\n"
  "      \"tags\": [\"nafta\", \"g20\"],\n"
  "      \"kind\": \"state\",\n"
  "      \"country\": \"MX\",\n"
  "      \"citations\": [\n"
  "        {\n"
  "          \"source\": \"focal-2004\",\n"
  "          \"section\": \"2\",\n"
  "          \"page\": \"4\",\n"
  "          \"note\": 12,\n"
  "          \"quote\": \"Mexico is a partner\",\n"
  "          \"x-checked\": true\n"
  "        }\n"
  "      ],\n"
  "      \"indicators\": [\n"
  "        {\n"
  "          \"name\": \"trade\",\n"
  "          \"value\": 12000000000,\n"
  "          \"qualifier\": \"approximate\",\n"
  "          \"unit\": \"USD\",\n"
  "          \"date\": \"2003\",\n"
  "          \"part-of\": \"total-trade\",\n"
  "          \"label\": \"about US$12 billion\",\n"
  "          \"citations\": [\n"
  "            {\n"
  "              \"source\": \"dfait-2005\"\n"
  "            }\n"
  "          ],\n"
  "          \"x-confidence\": 0.5\n"
  "        }\n"
  "      ]\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"quebec\",\n"
  "      \"description\": \"a province\",\n"
  "      \"valid\": \"1867/..\",\n"
  "      \"kind\": \"subnational-government\",\n"
  "      \"country\": \"CA-QC\",\n"
  "      \"parent\": \"canada\",\n"
  "      \"level\": \"subnational\",\n"
  "      \"x-extra\": {\n"
  "        \"nested\": [1, 2.5, \"three\", null, false],\n"
  "        \"empty\": {},\n"
  "        \"list\": [],\n"
  "        \"objects\": [\n"
  "          {\n"
  "            \"a\": 1\n"
  "          },\n"
  "          []\n"
  "        ]\n"
  "      }\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"ife\",\n"
  "      \"kind\": \"agency\",\n"
  "      \"country\": \"MX\",\n"
  "      \"parent\": \"mexico\"\n"
  "    }\n"
  "  ],\n"
  "  \"issues\": [\n"
  "    {\n"
  "      \"id\": \"ftaa\",\n"
  "      \"name\": \"FTAA\",\n"
  "      \"area\": \"economic\"\n"
  "    }\n"
  "  ],\n"
  "  \"forums\": [\n"
  "    {\n"
  "      \"id\": \"jmc\",\n"
  "      \"name\": \"Joint Ministerial Committee\",\n"
  "      \"kind\": \"joint-committee\",\n"
  "      \"founded\": \"1968\",\n"
  "      \"cadence\": \"every two years\",\n"
  "      \"members\": [\n"
  "        {\n"
  "          \"actor\": \"canada\",\n"
  "          \"role\": \"chair\",\n"
  "          \"period\": \"1968/..\",\n"
  "          \"citations\": [\n"
  "            {\n"
  "              \"source\": \"focal-2004\",\n"
  "              \"page\": \"7\"\n"
  "            }\n"
  "          ],\n"
  "          \"x-seat\": \"A\"\n"
  "        },\n"
  "        {\n"
  "          \"actor\": \"mexico\"\n"
  "        }\n"
  "      ]\n"
  "    }\n"
  "  ],\n"
  "  \"agreements\": [\n"
  "    {\n"
  "      \"id\": \"nafta\",\n"
  "      \"kind\": \"trade-agreement\",\n"
  "      \"status\": \"in-force\",\n"
  "      \"dates\": {\n"
  "        \"signed\": \"1992-12-17\",\n"
  "        \"in-force\": \"1994-01-01\",\n"
  "        \"x-ratified\": \"1993\"\n"
  "      },\n"
  "      \"parties\": [\n"
  "        {\n"
  "          \"actor\": \"canada\",\n"
  "          \"role\": \"party\"\n"
  "        },\n"
  "        {\n"
  "          \"actor\": \"mexico\",\n"
  "          \"role\": \"party\"\n"
  "        }\n"
  "      ]\n"
  "    }\n"
  "  ],\n"
  "  \"events\": [\n"
  "    {\n"
  "      \"id\": \"visits\",\n"
  "      \"kind\": \"visit\",\n"
  "      \"date\": \"1990/2004\",\n"
  "      \"participants\": [\"canada\", \"mexico\"],\n"
  "      \"aggregate\": true,\n"
  "      \"count\": 25,\n"
  "      \"count-qualifier\": \"more-than\"\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"visits-1990s\",\n"
  "      \"kind\": \"visit\",\n"
  "      \"date\": \"1990/1999\",\n"
  "      \"parent\": \"visits\",\n"
  "      \"aggregate\": true,\n"
  "      \"count\": 10\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"jmc-2004\",\n"
  "      \"name\": \"JMC meeting\",\n"
  "      \"kind\": \"meeting\",\n"
  "      \"date\": \"2004-10-15\",\n"
  "      \"location\": \"Ottawa\",\n"
  "      \"forum\": \"jmc\",\n"
  "      \"participants\": [\"canada\", \"mexico\"]\n"
  "    }\n"
  "  ],\n"
  "  \"positions\": [\n"
  "    {\n"
  "      \"id\": \"mx-ftaa\",\n"
  "      \"actor\": \"mexico\",\n"
  "      \"issue\": \"ftaa\",\n"
  "      \"date\": \"1994\",\n"
  "      \"stance\": -0.25,\n"
  "      \"label\": \"cautious\"\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"ca-ftaa\",\n"
  "      \"actor\": \"canada\",\n"
  "      \"issue\": \"ftaa\",\n"
  "      \"stance\": 1\n"
  "    }\n"
  "  ],\n"
  "  \"links\": [\n"
  "    {\n"
  "      \"source\": \"ife\",\n"
  "      \"kind\": \"cooperates-with\",\n"
  "      \"target\": \"quebec\",\n"
  "      \"period\": \"1996/..\",\n"
  "      \"weight\": 0.75,\n"
  "      \"description\": \"technical cooperation\",\n"
  "      \"attributes\": {\n"
  "        \"channel\": \"mou\",\n"
  "        \"role\": \"partner\"\n"
  "      },\n"
  "      \"citations\": [\n"
  "        {\n"
  "          \"source\": \"focal-2004\"\n"
  "        }\n"
  "      ],\n"
  "      \"x-strength\": \"high\"\n"
  "    },\n"
  "    {\n"
  "      \"source\": \"canada\",\n"
  "      \"kind\": \"member-of\",\n"
  "      \"target\": \"jmc\"\n"
  "    }\n"
  "  ],\n"
  "  \"x-generator\": \"test\"\n"
  "}\n";

static const char minimal[] =
  "{\n"
  "  \"format\": \"focal/1\",\n"
  "  \"title\": \"Minimal\",\n"
  "  \"actors\": [\n"
  "    {\n"
  "      \"id\": \"canada\",\n"
  "      \"kind\": \"state\",\n"
  "      \"country\": \"CA\"\n"
  "    }\n"
  "  ]\n"
  "}\n";

static FocalDate *
date (const char *text)
{
  g_autoptr(GError) error = NULL;
  FocalDate *d = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);
  return d;
}

static FocalDocument *
load (const char *text)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_NONE,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 0);

  return g_steal_pointer (&document);
}

static char *
save (FocalDocument  *document,
      FocalSaveFlags  flags)
{
  gsize length = 0;
  char *text = focal_document_to_data (document, flags, &length);

  g_assert_cmpuint (strlen (text), ==, length);
  return text;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Construction ------------------------------------------------------------ */

static void
test_new (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalDocument) for_graph = focal_document_new_for_graph (graph);
  g_autoptr(FocalGraph) held = NULL;

  g_assert_true (FOCAL_IS_GRAPH (focal_document_get_graph (document)));
  g_assert_cmpuint (focal_graph_get_n_entities (focal_document_get_graph (document)), ==, 0);
  g_assert_null (focal_document_get_title (document));
  g_assert_null (focal_document_get_description (document));
  g_assert_null (focal_document_get_as_of (document));
  g_assert_null (focal_document_get_licence (document));
  g_assert_cmpuint (focal_document_get_max_size (document), ==, 256 * 1024 * 1024);
  g_assert_cmpuint (focal_document_get_max_depth (document), ==, 64);
  g_assert_cmpuint (focal_document_get_max_string_length (document), ==, 1024 * 1024);
  g_assert_cmpuint (focal_document_get_max_entities (document), ==, 10000000);
  g_assert_cmpfloat (focal_document_get_progress (document), ==, 0.0);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 0);
  g_assert_true (g_list_model_get_item_type (focal_document_get_problems (document)) ==
                 FOCAL_TYPE_PROBLEM);

  g_assert_true (focal_document_get_graph (for_graph) == graph);
  g_object_get (for_graph, "graph", &held, NULL);
  g_assert_true (held == graph);

  g_assert_finalize_object (g_steal_pointer (&for_graph));
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_string_properties (void)
{
  static const char * const names[] = { "title", "description", "licence" };
  g_autoptr(FocalDocument) document = focal_document_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *signal = g_strdup_printf ("notify::%s", names[i]);
      g_autofree char *value = NULL;
      guint count = 0;
      gulong handler;

      handler = g_signal_connect (document, signal, G_CALLBACK (count_notify_cb), &count);

      if (i == 0)
        focal_document_set_title (document, "Ties");
      else if (i == 1)
        focal_document_set_description (document, "Ties");
      else
        focal_document_set_licence (document, "Ties");
      g_assert_cmpuint (count, ==, 1);

      g_object_set (document, names[i], "Ties", NULL);
      g_assert_cmpuint (count, ==, 1);

      g_object_set (document, names[i], "Other", NULL);
      g_assert_cmpuint (count, ==, 2);
      g_object_get (document, names[i], &value, NULL);
      g_assert_cmpstr (value, ==, "Other");

      g_object_set (document, names[i], NULL, NULL);
      g_assert_cmpuint (count, ==, 3);

      /* @count lives only for this turn of the loop. */
      g_signal_handler_disconnect (document, handler);
    }

  g_assert_null (focal_document_get_title (document));
  focal_document_set_title (document, "T");
  focal_document_set_description (document, "D");
  focal_document_set_licence (document, "L");
  g_assert_cmpstr (focal_document_get_title (document), ==, "T");
  g_assert_cmpstr (focal_document_get_description (document), ==, "D");
  g_assert_cmpstr (focal_document_get_licence (document), ==, "L");

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_as_of (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(FocalDate) a = date ("2004-10");
  g_autoptr(FocalDate) same = date ("2004-10");
  g_autoptr(FocalDate) other = date ("2005");
  g_autoptr(FocalDate) read = NULL;
  guint count = 0;

  g_signal_connect (document, "notify::as-of", G_CALLBACK (count_notify_cb), &count);

  focal_document_set_as_of (document, a);
  g_assert_cmpuint (count, ==, 1);
  focal_document_set_as_of (document, same);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (document, "as-of", other, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_object_get (document, "as-of", &read, NULL);
  g_assert_true (focal_date_equal (read, other));
  focal_document_set_as_of (document, NULL);
  g_assert_cmpuint (count, ==, 3);
  g_assert_null (focal_document_get_as_of (document));
  focal_document_set_as_of (document, NULL);
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_limit_properties (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  static const char * const names[] = { "max-depth", "max-string-length", "max-entities" };
  guint64 size = 0;
  guint count = 0;

  g_signal_connect (document, "notify::max-size", G_CALLBACK (count_notify_cb), &count);
  focal_document_set_max_size (document, 1000);
  g_assert_cmpuint (count, ==, 1);
  focal_document_set_max_size (document, 1000);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (document, "max-size", (guint64) 2000, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_object_get (document, "max-size", &size, NULL);
  g_assert_cmpuint (size, ==, 2000);
  g_assert_cmpuint (focal_document_get_max_size (document), ==, 2000);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *signal = g_strdup_printf ("notify::%s", names[i]);
      guint value = 0;

      count = 0;
      g_signal_connect (document, signal, G_CALLBACK (count_notify_cb), &count);
      g_object_set (document, names[i], 7u, NULL);
      g_object_set (document, names[i], 7u, NULL);
      g_assert_cmpuint (count, ==, 1);
      g_object_get (document, names[i], &value, NULL);
      g_assert_cmpuint (value, ==, 7);
    }

  focal_document_set_max_depth (document, 3);
  focal_document_set_max_string_length (document, 4);
  focal_document_set_max_entities (document, 5);
  g_assert_cmpuint (focal_document_get_max_depth (document), ==, 3);
  g_assert_cmpuint (focal_document_get_max_string_length (document), ==, 4);
  g_assert_cmpuint (focal_document_get_max_entities (document), ==, 5);

  g_assert_finalize_object (g_steal_pointer (&document));
}

/* Round trips ----------------------------------------------------------- */

static void
test_round_trip_canonical (void)
{
  g_autoptr(FocalDocument) document = load (canonical);
  g_autoptr(FocalDocument) compact_document = NULL;
  g_autofree char *pretty = save (document, FOCAL_SAVE_FLAGS_NONE);
  g_autofree char *compact = save (document, FOCAL_SAVE_FLAGS_COMPACT);
  g_autofree char *compact_again = NULL;
  g_autofree char *pretty_again = NULL;
  FocalGraph *graph = focal_document_get_graph (document);

  g_assert_cmpstr (pretty, ==, canonical);

  g_assert_cmpstr (focal_document_get_title (document), ==, "Canada and Mexico");
  g_assert_cmpstr (focal_document_get_licence (document), ==, "CC-BY-4.0");
  g_assert_cmpint (focal_date_get_month (focal_document_get_as_of (document)), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_sources (graph)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_actors (graph)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_events (graph)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), ==, 2);
  g_assert_cmpuint (focal_graph_get_n_entities (graph), ==, 4 + 1 + 1 + 1 + 3 + 2);

  /* Compact text reads back to the same document and writes back the
   * same compact text. */
  compact_document = load (compact);
  compact_again = save (compact_document, FOCAL_SAVE_FLAGS_COMPACT);
  pretty_again = save (compact_document, FOCAL_SAVE_FLAGS_NONE);
  g_assert_cmpstr (compact_again, ==, compact);
  g_assert_cmpstr (pretty_again, ==, canonical);
  g_assert_true (focal_document_equal (document, compact_document));
  g_assert_true (focal_graph_equal (graph, focal_document_get_graph (compact_document)));

  g_assert_finalize_object (g_steal_pointer (&compact_document));
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_round_trip_values (void)
{
  g_autoptr(FocalDocument) document = load (canonical);
  FocalGraph *graph = focal_document_get_graph (document);
  FocalActor *mexico = FOCAL_ACTOR (focal_graph_lookup (graph, "mexico"));
  FocalActor *quebec = FOCAL_ACTOR (focal_graph_lookup (graph, "quebec"));
  FocalAgreement *nafta = FOCAL_AGREEMENT (focal_graph_lookup (graph, "nafta"));
  FocalEvent *visits = FOCAL_EVENT (focal_graph_lookup (graph, "visits"));
  FocalPosition *position = FOCAL_POSITION (focal_graph_lookup (graph, "mx-ftaa"));
  FocalSource *source = focal_graph_lookup_source (graph, "focal-2004");
  g_autoptr(FocalLink) link = g_list_model_get_item (focal_graph_get_links (graph), 0);
  g_autoptr(FocalCitation) citation = NULL;
  FocalIndicator *indicator;

  g_assert_cmpstr (focal_entity_get_name (FOCAL_ENTITY (mexico)), ==, "México");
  g_assert_true (focal_entity_has_tag (FOCAL_ENTITY (mexico), "g20"));
  g_assert_cmpstr (focal_actor_get_country (quebec), ==, "CA-QC");
  g_assert_cmpstr (focal_actor_get_parent_id (quebec), ==, "canada");
  g_assert_false (focal_actor_get_level_is_derived (quebec));
  g_assert_true (focal_actor_get_level_is_derived (mexico));

  citation = g_list_model_get_item (focal_entity_get_citations (FOCAL_ENTITY (mexico)), 0);
  g_assert_cmpstr (focal_citation_get_source_id (citation), ==, "focal-2004");
  g_assert_cmpuint (focal_citation_get_note (citation), ==, 12);
  g_assert_cmpstr (focal_citation_get_page (citation), ==, "4");

  indicator = focal_entity_find_indicator (FOCAL_ENTITY (mexico), "trade");
  g_assert_nonnull (indicator);
  g_assert_cmpfloat (focal_indicator_get_value (indicator), ==, 1.2e10);
  g_assert_cmpint (focal_indicator_get_qualifier (indicator), ==, FOCAL_QUALIFIER_APPROXIMATE);

  g_assert_cmpint (focal_agreement_get_status (nafta), ==, FOCAL_AGREEMENT_STATUS_IN_FORCE);
  g_assert_cmpint (focal_date_get_year (focal_agreement_get_step_date (nafta,
                                                                        FOCAL_AGREEMENT_STATUS_SIGNED)),
                   ==, 1992);
  g_assert_cmpuint (g_list_model_get_n_items (focal_agreement_get_parties (nafta)), ==, 2);

  g_assert_true (focal_event_get_aggregate (visits));
  g_assert_cmpuint (focal_event_get_count (visits), ==, 25);
  g_assert_cmpint (focal_event_get_count_qualifier (visits), ==, FOCAL_QUALIFIER_MORE_THAN);
  g_assert_true (focal_event_has_participant (visits, "mexico"));

  g_assert_cmpfloat (focal_position_get_stance (position), ==, -0.25);
  g_assert_cmpstr (focal_position_get_label (position), ==, "cautious");

  g_assert_cmpint (focal_source_get_year (source), ==, 2004);
  g_assert_cmpstr (focal_source_get_title (source), ==, "Canada–Mexico relations");

  g_assert_cmpfloat (focal_link_get_weight (link), ==, 0.75);
  g_assert_cmpstr (focal_link_get_attribute (link, "channel"), ==, "mou");
  g_assert_cmpint (focal_link_get_kind (link), ==, FOCAL_LINK_KIND_COOPERATES_WITH);

  g_assert_cmpstr (focal_document_get_description (document), ==,
                   "Facts from \"FOCAL\" papers\nsecond line\ttab \\ \001 end");

  g_assert_finalize_object (g_steal_pointer (&document));
}

/* Builds in code a graph with every kind of record, for a round trip that
 * does not start from text. */
static FocalGraph *
build_graph (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalSource) source = focal_source_new ("paper");
  g_autoptr(FocalActor) canada = focal_actor_new ("canada", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalActor) sre = focal_actor_new ("sre", FOCAL_ACTOR_KIND_MINISTRY);
  g_autoptr(FocalIssue) issue = focal_issue_new ("democracy", FOCAL_ISSUE_AREA_POLITICAL);
  g_autoptr(FocalForum) forum = focal_forum_new ("oas", FOCAL_FORUM_KIND_MULTILATERAL_ORGANIZATION);
  g_autoptr(FocalMembership) member = focal_membership_new ("canada", FOCAL_ROLE_OBSERVER);
  g_autoptr(FocalAgreement) agreement = focal_agreement_new ("mou", FOCAL_AGREEMENT_KIND_MEMORANDUM_OF_UNDERSTANDING);
  g_autoptr(FocalMembership) party = focal_membership_new ("sre", FOCAL_ROLE_SIGNATORY);
  g_autoptr(FocalEvent) event = focal_event_new ("meeting", FOCAL_EVENT_KIND_MEETING);
  g_autoptr(FocalEvent) total = focal_event_new_aggregate ("missions", FOCAL_EVENT_KIND_MISSION,
                                                           13, FOCAL_QUALIFIER_AT_LEAST);
  g_autoptr(FocalPosition) position = focal_position_new ("pos", "canada", "democracy");
  g_autoptr(FocalLink) link = focal_link_new ("canada", FOCAL_LINK_KIND_MEMBER_OF, "oas");
  g_autoptr(FocalCitation) citation = focal_citation_new ("paper");
  g_autoptr(FocalIndicator) indicator = focal_indicator_new ("staff", 50);
  g_autoptr(FocalDate) period = date ("1990/..");
  g_autoptr(FocalDate) day = date ("2001-04-20");
  g_autoptr(GError) error = NULL;
  const char * const tags[] = { "g8", "nato", NULL };

  focal_source_set_title (source, "A paper");
  focal_source_set_year (source, 2005);
  g_assert_true (focal_graph_add_source (graph, source, &error));

  focal_citation_set_note (citation, 3);
  focal_citation_set_quote (citation, "quoted \"text\"");
  focal_entity_add_citation (FOCAL_ENTITY (canada), citation);
  focal_entity_set_tags (FOCAL_ENTITY (canada), tags);
  focal_entity_set_valid (FOCAL_ENTITY (canada), period);
  focal_indicator_set_qualifier (indicator, FOCAL_QUALIFIER_APPROXIMATE);
  focal_indicator_set_unit (indicator, "people");
  focal_indicator_add_citation (indicator, citation);
  focal_entity_add_indicator (FOCAL_ENTITY (canada), indicator);
  g_assert_true (focal_actor_set_country (canada, "CA", &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (canada), &error));

  focal_actor_set_level (sre, FOCAL_LEVEL_FEDERAL);
  g_assert_true (focal_actor_set_country (sre, "MX", &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (sre), &error));

  focal_entity_set_description (FOCAL_ENTITY (issue), "line one\nline two");
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (issue), &error));

  focal_membership_set_period (member, period);
  focal_membership_add_citation (member, citation);
  focal_forum_add_member (forum, member);
  focal_forum_set_cadence (forum, "yearly");
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (forum), &error));

  focal_agreement_set_status (agreement, FOCAL_AGREEMENT_STATUS_SIGNED);
  focal_agreement_set_step_date (agreement, FOCAL_AGREEMENT_STATUS_SIGNED, day);
  focal_agreement_add_party (agreement, party);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (agreement), &error));

  focal_event_set_date (event, day);
  focal_event_set_forum_id (event, "oas");
  focal_event_add_participant (event, "canada");
  focal_event_add_participant (event, "sre");
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (event), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (total), &error));

  g_assert_true (focal_position_set_stance (position, 0.1, &error));
  focal_position_set_date (position, day);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (position), &error));

  focal_link_set_period (link, period);
  focal_link_set_weight (link, 2.5);
  focal_link_set_attribute (link, "z", "last");
  focal_link_set_attribute (link, "a", "first");
  focal_link_add_citation (link, citation);
  g_assert_true (focal_graph_add_link (graph, link, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&graph);
}

static void
test_round_trip_built (void)
{
  g_autoptr(FocalGraph) graph = build_graph ();
  g_autoptr(FocalDocument) document = focal_document_new_for_graph (graph);
  g_autoptr(FocalDocument) loaded = NULL;
  g_autoptr(FocalDocument) other = focal_document_new ();
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  FocalGraph *loaded_graph;
  FocalPosition *position;

  focal_document_set_title (document, "Built");
  text = save (document, FOCAL_SAVE_FLAGS_NONE);
  g_assert_nonnull (strstr (text, "\"tags\": [\"g8\", \"nato\"],\n"));
  g_assert_nonnull (strstr (text, "\"participants\": [\"canada\", \"sre\"]"));
  g_assert_nonnull (strstr (text, "\"stance\": 0.1\n"));
  g_assert_nonnull (strstr (text, "\"quote\": \"quoted \\\"text\\\"\""));
  g_assert_nonnull (strstr (text, "\"description\": \"line one\\nline two\""));
  g_assert_nonnull (strstr (text, "\"count-qualifier\": \"at-least\""));
  g_assert_nonnull (strstr (text, "\"level\": \"federal\""));
  /* Attributes come out sorted, whatever the order they were set in. */
  g_assert_nonnull (strstr (text, "\"a\": \"first\",\n        \"z\": \"last\""));

  loaded = load (text);
  loaded_graph = focal_document_get_graph (loaded);
  g_assert_true (loaded_graph != graph);
  g_assert_true (focal_graph_equal (graph, loaded_graph));
  g_assert_true (focal_graph_equal (loaded_graph, graph));
  g_assert_true (focal_document_equal (document, loaded));
  g_assert_cmpstr (focal_document_get_title (loaded), ==, "Built");

  again = save (loaded, FOCAL_SAVE_FLAGS_NONE);
  g_assert_cmpstr (again, ==, text);

  position = FOCAL_POSITION (focal_graph_lookup (loaded_graph, "pos"));
  g_assert_cmpfloat (focal_position_get_stance (position), ==, 0.1);

  /* Equality sees a change, and a different title, but not between
   * graphs alone. */
  g_assert_false (focal_document_equal (document, other));
  g_assert_false (focal_graph_equal (graph, focal_document_get_graph (other)));
  focal_document_set_title (loaded, "Changed");
  g_assert_false (focal_document_equal (document, loaded));
  g_assert_true (focal_graph_equal (graph, loaded_graph));
  focal_entity_set_name (FOCAL_ENTITY (position), "renamed");
  g_assert_false (focal_graph_equal (graph, loaded_graph));
  g_assert_true (focal_graph_equal (graph, graph));
  g_assert_true (focal_document_equal (document, document));

  g_assert_finalize_object (g_steal_pointer (&loaded));
  g_assert_finalize_object (g_steal_pointer (&document));
  g_assert_finalize_object (g_steal_pointer (&other));
}

/* A document that is valid but not canonical: keys out of order, numbers
 * written oddly, null optional members, parts before their parent. */
static const char non_canonical[] =
  "{\"actors\": [\n"
  "  {\"kind\": \"unit\", \"parent\": \"sre\", \"id\": \"unit\", \"name\": null,\n"
  "   \"level\": \"unknown\"},\n"
  "  {\"id\": \"sre\", \"kind\": \"ministry\", \"parent\": \"mexico\", \"tags\": []},\n"
  "  {\"id\": \"mexico\", \"kind\": \"state\"}],\n"
  " \"format\": \"focal/1\", \"title\": null, \"x-z\": 1.0, \"x-a\": [1e2, -0.0],\n"
  " \"issues\": [{\"area\": \"social\", \"id\": \"migration\"}],\n"
  " \"positions\": [{\"id\": \"p\", \"actor\": \"sre\", \"issue\": \"migration\",\n"
  "                  \"stance\": 1.0e-1, \"label\": null},\n"
  "                 {\"id\": \"q\", \"actor\": \"sre\", \"issue\": \"migration\",\n"
  "                  \"stance\": 0.30000000000000004}],\n"
  " \"events\": [{\"id\": \"e\", \"kind\": \"visit\", \"aggregate\": false},\n"
  "            {\"id\": \"f\", \"kind\": \"visit\", \"aggregate\": true, \"count\": 3.0}],\n"
  " \"links\": [{\"kind\": \"part-of\", \"target\": \"mexico\", \"source\": \"sre\",\n"
  "            \"weight\": 1, \"attributes\": {\"z\": \"1\", \"a\": \"2\"}}]}";

static void
test_round_trip_non_canonical (void)
{
  g_autoptr(FocalDocument) document = load (non_canonical);
  g_autoptr(FocalDocument) reloaded = NULL;
  g_autofree char *text = save (document, FOCAL_SAVE_FLAGS_NONE);
  g_autofree char *again = NULL;
  GListModel *actors = focal_graph_get_actors (focal_document_get_graph (document));
  g_autoptr(FocalActor) first = g_list_model_get_item (actors, 0);
  g_autoptr(FocalActor) last = g_list_model_get_item (actors, 2);

  /* Parts whose parent comes later are added after it; the others keep
   * the order of the file. */
  g_assert_cmpstr (focal_entity_get_id (FOCAL_ENTITY (first)), ==, "mexico");
  g_assert_cmpstr (focal_entity_get_id (FOCAL_ENTITY (last)), ==, "unit");

  g_assert_nonnull (strstr (text, "\"x-z\": 1,\n  \"x-a\": [100, 0]\n}\n"));
  g_assert_nonnull (strstr (text, "\"stance\": 0.1\n"));
  g_assert_nonnull (strstr (text, "\"stance\": 0.30000000000000004\n"));
  g_assert_null (strstr (text, "\"title\""));
  g_assert_null (strstr (text, "\"tags\""));
  g_assert_null (strstr (text, "\"level\""));
  g_assert_null (strstr (text, "\"weight\""));
  g_assert_null (strstr (text, "\"aggregate\": false"));
  g_assert_nonnull (strstr (text, "\"count\": 3\n"));
  g_assert_true (strstr (text, "\"format\"") < strstr (text, "\"actors\""));
  g_assert_true (strstr (text, "\"issues\"") < strstr (text, "\"events\""));
  g_assert_true (strstr (text, "\"events\"") < strstr (text, "\"positions\""));

  reloaded = load (text);
  g_assert_true (focal_graph_equal (focal_document_get_graph (document),
                                    focal_document_get_graph (reloaded)));
  g_assert_true (focal_document_equal (document, reloaded));
  again = save (reloaded, FOCAL_SAVE_FLAGS_NONE);
  g_assert_cmpstr (again, ==, text);

  g_assert_finalize_object (g_steal_pointer (&reloaded));
  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_numbers (void)
{
  static const struct {
    double value;
    const char *text;
  } cases[] = {
    { 0.5, "0.5" },
    { -0.25, "-0.25" },
    { 100, "100" },
    { 1.2e10, "12000000000" },
    { 9007199254740992.0, "9007199254740992" },
    { 1e300, "1e300" },
    { 1e-7, "1e-7" },
    { 0.1, "0.1" },
    { 0.1 + 0.2, "0.30000000000000004" },
    { 1.0 / 3.0, "0.3333333333333333" },
    { 123456.789, "123456.789" },
    { -0.0, "0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FocalGraph) graph = focal_graph_new ();
      g_autoptr(FocalActor) actor = focal_actor_new ("a", FOCAL_ACTOR_KIND_STATE);
      g_autoptr(FocalIndicator) indicator = focal_indicator_new ("x", cases[i].value);
      g_autoptr(FocalDocument) document = NULL;
      g_autoptr(FocalDocument) loaded = NULL;
      g_autofree char *text = NULL;
      g_autofree char *expected = g_strdup_printf ("\"value\":%s}", cases[i].text);
      FocalEntity *entity;

      focal_entity_add_indicator (FOCAL_ENTITY (actor), indicator);
      g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (actor), NULL));
      document = focal_document_new_for_graph (graph);
      text = save (document, FOCAL_SAVE_FLAGS_COMPACT);
      g_assert_nonnull (strstr (text, expected));

      loaded = load (text);
      entity = focal_graph_lookup (focal_document_get_graph (loaded), "a");
      g_assert_cmpfloat (focal_indicator_get_value (focal_entity_find_indicator (entity, "x")),
                         ==, cases[i].value);
    }
}

static void
test_strings (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(FocalDocument) loaded = NULL;
  g_autofree char *text = NULL;
  const char *title = "q\" b\\ s/ n\n r\r t\t b\b f\f c\001\037 del\177 é € 😀";

  focal_document_set_title (document, title);
  text = save (document, FOCAL_SAVE_FLAGS_COMPACT);
  g_assert_cmpstr (text, ==,
                   "{\"format\":\"focal/1\",\"title\":\"q\\\" b\\\\ s/ n\\n r\\r t\\t b\\b f\\f "
                   "c\\u0001\\u001f del\177 é € 😀\"}\n");

  loaded = load (text);
  g_assert_cmpstr (focal_document_get_title (loaded), ==, title);
}

static void
test_layout (void)
{
  g_autoptr(FocalDocument) document = load (canonical);
  g_autoptr(FocalDocument) empty = focal_document_new ();
  g_autofree char *compact = save (document, FOCAL_SAVE_FLAGS_COMPACT);
  g_autofree char *pretty = save (document, FOCAL_SAVE_FLAGS_NONE);
  g_autofree char *nothing = save (empty, FOCAL_SAVE_FLAGS_NONE);
  g_autofree char *nothing_compact = save (empty, FOCAL_SAVE_FLAGS_COMPACT);
  g_autoptr(GBytes) bytes = focal_document_to_bytes (document, FOCAL_SAVE_FLAGS_COMPACT);
  gsize length = strlen (compact);

  /* Compact: no whitespace outside strings, one final newline. */
  g_assert_true (g_str_has_prefix (compact, "{\"format\":\"focal/1\",\"title\":"));
  g_assert_cmpint (compact[length - 1], ==, '\n');
  g_assert_cmpint (compact[length - 2], ==, '}');
  g_assert_true (strchr (compact, '\n') == compact + length - 1);
  g_assert_nonnull (strstr (compact, "\"tags\":[\"nafta\",\"g20\"]"));
  g_assert_null (strstr (compact, "\": "));
  g_assert_null (strstr (compact, ", \""));

  /* Pretty: two spaces per level, scalar arrays on one line. */
  g_assert_true (g_str_has_prefix (pretty, "{\n  \"format\": \"focal/1\",\n"));
  g_assert_nonnull (strstr (pretty, "\n      \"tags\": [\"nafta\", \"g20\"],\n"));
  g_assert_nonnull (strstr (pretty, "\"empty\": {},\n"));
  g_assert_nonnull (strstr (pretty, "\"list\": [],\n"));
  g_assert_true (g_str_has_suffix (pretty, "\n}\n"));
  g_assert_null (strchr (pretty, '\t'));

  g_assert_cmpstr (nothing, ==, "{\n  \"format\": \"focal/1\"\n}\n");
  g_assert_cmpstr (nothing_compact, ==, "{\"format\":\"focal/1\"}\n");

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), compact, length);
}

/* Unknown members --------------------------------------------------------- */

static void
test_unknown_members (void)
{
  const char *text =
    "{\"format\":\"focal/1\","
    "\"sources\":[{\"id\":\"s\",\"x-src\":1}],"
    "\"actors\":[{\"id\":\"a\",\"kind\":\"state\","
    "\"citations\":[{\"source\":\"s\",\"x-cit\":true}],"
    "\"indicators\":[{\"name\":\"n\",\"value\":1,\"x-ind\":[]}],"
    "\"x-b\":2,\"x-a\":1},"
    "{\"id\":\"b\",\"kind\":\"state\"}],"
    "\"forums\":[{\"id\":\"f\",\"kind\":\"summit\",\"members\":[{\"actor\":\"a\",\"x-mem\":\"m\"}]}],"
    "\"agreements\":[{\"id\":\"g\",\"kind\":\"treaty\",\"dates\":{\"signed\":\"1994\",\"x-d\":\"d\"}}],"
    "\"links\":[{\"source\":\"a\",\"kind\":\"cooperates-with\",\"target\":\"b\",\"x-link\":{}}],"
    "\"x-top\":{\"b\":[1,{\"c\":null}],\"a\":\"z\"},\"zzz\":null,\"x-last\":\"end\"}\n";
  g_autoptr(FocalDocument) document = load (text);
  g_autoptr(FocalDocument) copy = NULL;
  g_autofree char *saved = save (document, FOCAL_SAVE_FLAGS_COMPACT);
  g_autofree char *pretty = save (document, FOCAL_SAVE_FLAGS_NONE);

  /* Everything is kept in place and in order, after the known members. */
  g_assert_cmpstr (saved, ==, text);
  g_assert_nonnull (strstr (pretty, "  \"x-top\": {\n    \"b\": [\n      1,\n      {\n"
                                    "        \"c\": null\n      }\n    ],\n    \"a\": \"z\"\n  },\n"));

  /* Documents differing only in an unknown member are not equal. */
  copy = load ("{\"format\":\"focal/1\",\"x-top\":1}");
  g_assert_false (focal_document_equal (document, copy));
  g_assert_finalize_object (g_steal_pointer (&copy));
  copy = load (saved);
  g_assert_true (focal_document_equal (document, copy));
}

/* Errors ------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *json;    /* '@' marks where the message must point, and is removed */
  FocalError  code;
  const char *path;
  const char *what;    /* a part of the message after the location */
  gboolean    fatal;   /* fails even a lenient load */
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "malformed", "{\"format\": \"focal/1\", \"actors\": [@,]}",
    FOCAL_ERROR_PARSE, "$.actors[0]", "malformed JSON", TRUE },
  { "empty", "@", FOCAL_ERROR_PARSE, "$", "the document is empty", TRUE },
  /* Text that json-glib would read although it is not JSON. */
  { "comment", "{\"format\": \"focal/1\",\n  @// a note\n  \"title\": \"x\"}",
    FOCAL_ERROR_PARSE, "$", "malformed JSON: comments are not allowed", TRUE },
  { "single-quotes", "{\"format\": \"focal/1\", @'title': 'x'}",
    FOCAL_ERROR_PARSE, "$", "double quotes", TRUE },
  { "hex-number", "{\"format\": \"focal/1\", \"sources\": [{\"id\": \"s\", \"year\": @0x7d4}]}",
    FOCAL_ERROR_PARSE, "$.sources[0].year", "invalid number \"0x7d4\": hexadecimal", TRUE },
  { "leading-zero", "{\"format\": \"focal/1\", \"sources\": [{\"id\": \"s\", \"year\": @02004}]}",
    FOCAL_ERROR_PARSE, "$.sources[0].year", "invalid number \"02004\": leading zeros", TRUE },
  { "bare-decimal-point", "{\"format\": \"focal/1\", \"x-n\": [1, @-1.]}",
    FOCAL_ERROR_PARSE, "$.x-n[1]", "invalid number \"-1.\": a decimal point needs a digit after it", TRUE },
  { "control-character", "{\"format\": \"focal/1\", \"title\": \"a@\tb\"}",
    FOCAL_ERROR_PARSE, "$.title", "the control character U+0009 must be escaped", TRUE },
  { "bad-escape", "{\"format\": \"focal/1\", \"title\": \"a@\\qb\"}",
    FOCAL_ERROR_PARSE, "$.title", "\"\\q\" is not a valid escape", TRUE },
  { "not-utf8", "{\"format\": \"focal/1\", \"title\": \"Quer@\xe9taro\"}",
    FOCAL_ERROR_PARSE, "$.title", "not valid UTF-8", TRUE },
  { "not-json-character", "{\"format\": \"focal/1\", \"x\": @é}",
    FOCAL_ERROR_PARSE, "$.x", "unexpected character", TRUE },
  { "trailing-value", "{\"format\": \"focal/1\"}\n@{\"format\": \"focal/1\"}",
    FOCAL_ERROR_PARSE, "$", "unexpected text \"{\" after the end of the document", TRUE },
  /* When json-glib finds an error first in the text, its error wins. */
  { "first-error-json-glib", "{\"format\": \"focal/1\", \"a\": tr@u, \"b\": 01}",
    FOCAL_ERROR_PARSE, "$.a", "unexpected identifier `tru'", TRUE },
  { "first-error-strict", "{\"format\": \"focal/1\", \"b\": @01, \"a\": tru}",
    FOCAL_ERROR_PARSE, "$.b", "leading zeros", TRUE },
  { "trailing-after-error", "{\"format\": \"focal/1\", \"a\": [@1 2]}\n{}",
    FOCAL_ERROR_PARSE, "$.a[0]", "unexpected number `1'", TRUE },
  { "date-syntax", "{\"format\": \"focal/1\",\n \"as-of\": @\"spring\"}",
    FOCAL_ERROR_PARSE, "$.as-of", "invalid date \"spring\"", FALSE },
  { "date-impossible",
    "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\", \"valid\": @\"2004-02-30\"}]}",
    FOCAL_ERROR_INVALID_VALUE, "$.actors[0].valid", "2004-02-30", FALSE },
  { "date-reversed",
    "{\"format\": \"focal/1\", \"links\": [{\"source\": \"a\", \"kind\": \"cooperates-with\",\n"
    "  \"target\": \"b\", \"period\": @\"1999/1989\"}]}",
    FOCAL_ERROR_INVALID_VALUE, "$.links[0].period", "1999/1989", FALSE },
  { "root-type", "  @[1, 2]", FOCAL_ERROR_WRONG_TYPE, "$", "expected an object, got an array", TRUE },
  { "kind-type", "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": @3}]}",
    FOCAL_ERROR_WRONG_TYPE, "$.actors[0].kind", "expected a string, got 3", FALSE },
  { "tags-type", "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\", \"tags\": @\"x\"}]}",
    FOCAL_ERROR_WRONG_TYPE, "$.actors[0].tags", "expected an array, got the string \"x\"", FALSE },
  { "tag-type", "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\", \"tags\": [\"x\", @7]}]}",
    FOCAL_ERROR_WRONG_TYPE, "$.actors[0].tags[1]", "expected a string, got 7", FALSE },
  { "count-negative",
    "{\"format\": \"focal/1\", \"events\": [{\"id\": \"e\", \"kind\": \"visit\", \"aggregate\": true, \"count\": @-1}]}",
    FOCAL_ERROR_WRONG_TYPE, "$.events[0].count", "expected an unsigned integer, got -1", FALSE },
  { "count-fraction",
    "{\"format\": \"focal/1\", \"events\": [{\"id\": \"e\", \"kind\": \"visit\", \"aggregate\": true, \"count\": @2.5}]}",
    FOCAL_ERROR_WRONG_TYPE, "$.events[0].count", "got 2.5", FALSE },
  { "section-type", "{\"format\": \"focal/1\", \"issues\": @{}}",
    FOCAL_ERROR_WRONG_TYPE, "$.issues", "expected an array, got an object", FALSE },
  { "record-type", "{\"format\": \"focal/1\", \"issues\": [@\"ftaa\"]}",
    FOCAL_ERROR_WRONG_TYPE, "$.issues[0]", "expected an object", FALSE },
  { "format-missing", "\n  @{\"title\": \"x\"}", FOCAL_ERROR_MISSING_FIELD, "$.format",
    "missing required member \"format\"", TRUE },
  { "kind-missing", "{\"format\": \"focal/1\", \"actors\": [\n    @{\"id\": \"a\"}]}",
    FOCAL_ERROR_MISSING_FIELD, "$.actors[0].kind", "missing required member \"kind\"", FALSE },
  { "id-missing", "{\"format\": \"focal/1\", \"issues\": [@{\"area\": \"social\"}]}",
    FOCAL_ERROR_MISSING_FIELD, "$.issues[0].id", "\"id\"", FALSE },
  { "link-source-missing", "{\"format\": \"focal/1\", \"links\": [@{\"kind\": \"leads\", \"target\": \"b\"}]}",
    FOCAL_ERROR_MISSING_FIELD, "$.links[0].source", "\"source\"", FALSE },
  { "citation-source-missing",
    "{\"format\": \"focal/1\", \"issues\": [{\"id\": \"i\", \"area\": \"social\", \"citations\": [@{\"page\": \"1\"}]}]}",
    FOCAL_ERROR_MISSING_FIELD, "$.issues[0].citations[0].source", "\"source\"", FALSE },
  { "count-missing", "{\"format\": \"focal/1\", \"events\": [@{\"id\": \"e\", \"kind\": \"visit\", \"aggregate\": true}]}",
    FOCAL_ERROR_MISSING_FIELD, "$.events[0].count", "\"count\"", FALSE },
  { "stance-and-label-missing",
    "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}],"
    " \"issues\": [{\"id\": \"i\", \"area\": \"social\"}],"
    " \"positions\": [@{\"id\": \"p\", \"actor\": \"a\", \"issue\": \"i\"}]}",
    FOCAL_ERROR_MISSING_FIELD, "$.positions[0].stance", "a \"stance\" or a \"label\"", FALSE },
  { "enum", "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\",\n  \"kind\": @\"ministy\"}]}",
    FOCAL_ERROR_INVALID_VALUE, "$.actors[0].kind", "unknown actor kind \"ministy\"; expected one of: other, state,", FALSE },
  { "country", "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\", \"country\": @\"can\"}]}",
    FOCAL_ERROR_INVALID_VALUE, "$.actors[0].country", "\"can\" is not a valid country code", FALSE },
  { "empty-id", "{\"format\": \"focal/1\", \"issues\": [{\"id\": @\"\", \"area\": \"social\"}]}",
    FOCAL_ERROR_INVALID_VALUE, "$.issues[0].id", "not a valid id", FALSE },
  { "weight", "{\"format\": \"focal/1\", \"links\": [{\"source\": \"a\", \"kind\": \"leads\", \"target\": \"b\", \"weight\": @-0.5}]}",
    FOCAL_ERROR_INVALID_VALUE, "$.links[0].weight", "weight -0.5 is negative", FALSE },
  { "link-kind-any", "{\"format\": \"focal/1\", \"links\": [{\"source\": \"a\", \"kind\": @\"any\", \"target\": \"b\"}]}",
    FOCAL_ERROR_INVALID_VALUE, "$.links[0].kind", "the link kind \"any\" is not allowed here", FALSE },
  { "self-link",
    "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}],"
    " \"links\": [{\"source\": \"a\", \"kind\": \"cooperates-with\", \"target\": @\"a\"}]}",
    FOCAL_ERROR_INVALID_VALUE, "$.links[0].target", "cannot join \"a\" to itself", FALSE },
  { "fewer-than-zero",
    "{\"format\": \"focal/1\", \"events\": [{\"id\": \"e\", \"kind\": \"visit\", \"aggregate\": true,"
    " \"count\": @0, \"count-qualifier\": \"fewer-than\"}]}",
    FOCAL_ERROR_INVALID_VALUE, "$.events[0].count", "fewer than 0", FALSE },
  { "stance", "{\"format\": \"focal/1\", \"positions\": [{\"id\": \"p\", \"actor\": \"a\", \"issue\": \"i\", \"stance\": @1.5}]}",
    FOCAL_ERROR_OUT_OF_RANGE, "$.positions[0].stance", "stance 1.5 is outside [-1, 1]", FALSE },
  { "duplicate", "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}],\n"
    " \"issues\": [{\"id\": @\"a\", \"area\": \"social\"}]}",
    FOCAL_ERROR_DUPLICATE_ID, "$.issues[0].id", "duplicate id \"a\": already used by the actor at $.actors[0]", FALSE },
  { "duplicate-source", "{\"format\": \"focal/1\", \"sources\": [{\"id\": \"s\"}, {\"id\": @\"s\"}]}",
    FOCAL_ERROR_DUPLICATE_ID, "$.sources[1].id", "duplicate source id \"s\"", FALSE },
  { "unknown-parent", "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"unit\", \"parent\": @\"nowhere\"}]}",
    FOCAL_ERROR_UNKNOWN_ID, "$.actors[0].parent", "unknown id \"nowhere\"", FALSE },
  { "unknown-issue",
    "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}],"
    " \"positions\": [{\"id\": \"p\", \"actor\": \"a\", \"issue\": @\"ftaa\", \"stance\": 0}]}",
    FOCAL_ERROR_UNKNOWN_ID, "$.positions[0].issue", "unknown id \"ftaa\"", FALSE },
  { "unknown-source", "{\"format\": \"focal/1\", \"issues\": [{\"id\": \"i\", \"area\": \"social\","
    " \"citations\": [{\"source\": @\"nope\"}]}]}",
    FOCAL_ERROR_UNKNOWN_ID, "$.issues[0].citations[0].source", "unknown source \"nope\"", FALSE },
  { "unknown-participant",
    "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}],"
    " \"events\": [{\"id\": \"e\", \"kind\": \"visit\", \"participants\": [\"a\", @\"b\"]}]}",
    FOCAL_ERROR_UNKNOWN_ID, "$.events[0].participants[1]", "unknown id \"b\"", FALSE },
  { "unknown-member",
    "{\"format\": \"focal/1\", \"forums\": [{\"id\": \"f\", \"kind\": \"summit\", \"members\": [{\"actor\": @\"x\"}]}]}",
    FOCAL_ERROR_UNKNOWN_ID, "$.forums[0].members[0].actor", "unknown id \"x\"", FALSE },
  { "unknown-link-end",
    "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}],"
    " \"links\": [{\"source\": \"a\", \"kind\": \"cooperates-with\", \"target\": @\"b\"}]}",
    FOCAL_ERROR_UNKNOWN_ID, "$.links[0].target", "unknown id \"b\": no entity", FALSE },
  { "wrong-kind",
    "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}],"
    " \"positions\": [{\"id\": \"p\", \"actor\": \"a\", \"issue\": @\"a\", \"stance\": 0}]}",
    FOCAL_ERROR_WRONG_KIND, "$.positions[0].issue", "\"a\" is an actor (at $.actors[0]), expected an issue", FALSE },
  { "wrong-kind-link",
    "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}],"
    " \"issues\": [{\"id\": \"i\", \"area\": \"social\"}],"
    " \"links\": [{\"source\": \"a\", \"kind\": \"party-to\", \"target\": @\"i\"}]}",
    FOCAL_ERROR_WRONG_KIND, "$.links[0].target", "\"i\"", FALSE },
  { "cycle",
    "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"unit\", \"parent\": @\"b\"},\n"
    "  {\"id\": \"b\", \"kind\": \"unit\", \"parent\": \"a\"}]}",
    FOCAL_ERROR_CYCLE, "$.actors[0].parent", "a -> b -> a", FALSE },
  { "event-cycle",
    "{\"format\": \"focal/1\", \"events\": [{\"id\": \"e\", \"kind\": \"visit\", \"aggregate\": true, \"count\": 1,"
    " \"parent\": @\"e\"}]}",
    FOCAL_ERROR_CYCLE, "$.events[0].parent", "e -> e", FALSE },
  { "agreement-dates",
    "{\"format\": \"focal/1\", \"agreements\": [{\"id\": \"g\", \"kind\": \"treaty\",\n"
    "  \"dates\": @{\"signed\": \"1994\", \"in-force\": \"1990\"}}]}",
    FOCAL_ERROR_INCONSISTENT, "$.agreements[0].dates", "in-force date 1990 is before signed date 1994", FALSE },
  { "event-total",
    "{\"format\": \"focal/1\", \"events\": [{\"id\": \"all\", \"kind\": \"visit\", \"aggregate\": true, \"count\": 5},\n"
    "  {\"id\": \"some\", \"kind\": \"visit\", \"aggregate\": true, \"count\": @10, \"parent\": \"all\"}]}",
    FOCAL_ERROR_INCONSISTENT, "$.events[1].count", "\"some\"", FALSE },
  { "version", "{\"format\": @\"focal/2\"}", FOCAL_ERROR_UNSUPPORTED_VERSION, "$.format",
    "unsupported format \"focal/2\"", TRUE },
};

/* Turns a case's JSON into the real text and the expected location. */
static char *
error_case_text (const ErrorCase *c,
                 guint           *line,
                 guint           *column)
{
  const char *marker = strchr (c->json, '@');
  GString *text = g_string_new_len (c->json, marker - c->json);

  *line = 1;
  *column = 1;
  for (const char *p = c->json; p < marker; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        (*column)++;
    }

  g_string_append (text, marker + 1);
  return g_string_free (text, FALSE);
}

static void
test_error_case (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(FocalDocument) document = load (minimal);
  FocalGraph *graph = focal_document_get_graph (document);
  g_autoptr(FocalProblem) problem = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *text = NULL;
  guint line, column;
  gboolean ok;

  text = error_case_text (c, &line, &column);
  prefix = g_strdup_printf ("<data>:%u:%u: %s: ", line, column, c->path);

  /* Strict: the first problem fails the load and changes nothing. */
  g_assert_false (focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_NONE,
                                                 &error));
  g_assert_error (error, FOCAL_ERROR, (int) c->code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("message \"%s\" does not start with \"%s\"", error->message, prefix);
  g_assert_nonnull (strstr (error->message, c->what));
  g_assert_true (focal_document_get_graph (document) == graph);
  g_assert_cmpstr (focal_document_get_title (document), ==, "Minimal");

  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 1);
  problem = g_list_model_get_item (focal_document_get_problems (document), 0);
  g_assert_cmpint (focal_problem_get_code (problem), ==, c->code);
  g_assert_cmpstr (focal_problem_get_message (problem), ==, error->message);
  g_assert_cmpstr (focal_problem_get_file (problem), ==, "<data>");
  g_assert_cmpuint (focal_problem_get_line (problem), ==, line);
  g_assert_cmpuint (focal_problem_get_column (problem), ==, column);
  g_assert_cmpstr (focal_problem_get_path (problem), ==, c->path);
  g_clear_object (&problem);
  g_clear_error (&error);

  /* Lenient: only problems that make the text unreadable fail. */
  ok = focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_LENIENT, &error);
  g_assert_cmpint (ok, ==, !c->fatal);
  if (c->fatal)
    {
      g_assert_error (error, FOCAL_ERROR, (int) c->code);
      g_assert_true (focal_document_get_graph (document) == graph);
    }
  else
    {
      g_assert_no_error (error);
      g_assert_true (focal_document_get_graph (document) != graph);
    }
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), >=, 1);
  problem = g_list_model_get_item (focal_document_get_problems (document), 0);
  g_assert_cmpint (focal_problem_get_code (problem), ==, c->code);
  g_assert_true (g_str_has_prefix (focal_problem_get_message (problem), prefix));
}

static void
test_error_locations (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;
  const char *text =
    "{\n"
    "\t\"format\": \"focal/1\",\n"
    "  \"agreements\": [\n"
    "    {\"id\": \"é\", \"kind\": \"treaty\",\n"
    "     \"dates\": {\"signed\": \"spring\"}}\n"
    "  ]\n"
    "}\n";

  /* The column counts bytes, as json-glib does: "é" takes two. */
  g_assert_false (focal_document_load_from_data (document, text, -1, 0, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "<data>:5:26: $.agreements[0].dates.signed: invalid date \"spring\": "
                   "expected YYYY, YYYY-MM or YYYY-MM-DD");
}

static void
test_error_ids (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(FocalProblem) problem = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  g_autofree char *id = NULL;
  g_autofree char *file = NULL;
  FocalError code;
  guint line, column;

  g_assert_false (focal_document_load_from_data (document,
                                                 "{\"format\": \"focal/1\", \"actors\": "
                                                 "[{\"id\": \"ife\", \"kind\": \"agency\", "
                                                 "\"parent\": \"mexico\"}]}",
                                                 -1, 0, &error));
  problem = g_list_model_get_item (focal_document_get_problems (document), 0);
  g_object_get (problem, "code", &code, "message", &message, "file", &file, "line", &line,
                "column", &column, "path", &path, "id", &id, NULL);
  g_assert_cmpint (code, ==, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_cmpstr (message, ==, error->message);
  g_assert_cmpstr (file, ==, "<data>");
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 76);
  g_assert_cmpstr (path, ==, "$.actors[0].parent");
  g_assert_cmpstr (id, ==, "ife");
  g_assert_cmpstr (focal_problem_get_id (problem), ==, "ife");
}

static void
test_limits (void)
{
  static const struct {
    const char *property;
    guint64 value;
    const char *json;
    const char *prefix;
    const char *what;
  } cases[] = {
    { "max-size", 20, "{\"format\": \"focal/1\", \"title\": \"x\"}",
      "<data>:1:1: $: ", "larger than the maximum size of 20 bytes" },
    { "max-depth", 2, "{\"format\": \"focal/1\",\n \"x-a\": {\"b\": [1]}}",
      "<data>:2:15: $.x-a.b: ", "nesting deeper than the maximum depth of 2" },
    { "max-string-length", 7, "{\"format\": \"focal/1\", \"title\": \"too long\"}",
      "<data>:1:32: $.title: ", "a string of 8 bytes, longer than the maximum of 7" },
    { "max-entities", 2, "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\"}],"
      " \"issues\": [{\"id\": \"i\", \"area\": \"social\"}, {\"id\": \"j\", \"area\": \"social\"}]}",
      "<data>:1:107: $.issues[1]: ", "more than 2 entities" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FocalDocument) document = focal_document_new ();
      g_autoptr(GError) error = NULL;
      GValue value = G_VALUE_INIT;

      if (g_str_equal (cases[i].property, "max-size"))
        {
          g_value_init (&value, G_TYPE_UINT64);
          g_value_set_uint64 (&value, cases[i].value);
        }
      else
        {
          g_value_init (&value, G_TYPE_UINT);
          g_value_set_uint (&value, (guint) cases[i].value);
        }
      g_object_set_property (G_OBJECT (document), cases[i].property, &value);
      g_value_unset (&value);

      /* Limits fail the load even in lenient mode. */
      g_assert_false (focal_document_load_from_data (document, cases[i].json, -1,
                                                     FOCAL_LOAD_FLAGS_LENIENT, &error));
      g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_LIMIT_EXCEEDED);
      if (!g_str_has_prefix (error->message, cases[i].prefix))
        g_error ("message \"%s\" does not start with \"%s\"", error->message, cases[i].prefix);
      g_assert_nonnull (strstr (error->message, cases[i].what));
    }
}

static void
test_limits_default_depth (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GString) text = g_string_new ("{\"format\": \"focal/1\", \"x\": ");
  g_autoptr(GString) prefix = g_string_new ("<data>:1:");
  g_autoptr(GError) error = NULL;
  gsize first = text->len;

  /* 100 nested arrays: the 64th array, $.x and 63 times [0], is at depth
   * 65, past the default limit; json-glib never sees the text. */
  for (guint i = 0; i < 100; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 100; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  g_string_append_printf (prefix, "%" G_GSIZE_FORMAT ": $.x", first + 63 + 1);
  for (guint i = 0; i < 63; i++)
    g_string_append (prefix, "[0]");
  g_string_append (prefix, ": nesting deeper than the maximum depth of 64");

  g_assert_false (focal_document_load_from_data (document, text->str, -1, 0, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_LIMIT_EXCEEDED);
  g_assert_cmpstr (error->message, ==, prefix->str);
}

static void
test_limits_boundaries (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  const char *text = "{\"format\": \"focal/1\", \"title\": \"12345\", \"x\": [1]}";

  /* Exactly at each limit is still fine. */
  focal_document_set_max_size (document, strlen (text));
  focal_document_set_max_depth (document, 2);
  focal_document_set_max_string_length (document, 7);
  focal_document_set_max_entities (document, 0);
  g_assert_true (focal_document_load_from_data (document, text, -1, 0, NULL));
  g_assert_cmpstr (focal_document_get_title (document), ==, "12345");
}

/* Lenient loading ---------------------------------------------------------- */

static void
test_lenient (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;
  FocalGraph *graph;
  GListModel *problems;
  guint notified = 0;
  static const struct {
    FocalError code;
    const char *path;
    const char *id;
    guint line;
  } expected[] = {
    { FOCAL_ERROR_INVALID_VALUE, "$.actors[1].kind", "b", 4 },
    { FOCAL_ERROR_INVALID_VALUE, "$.actors[3].country", "d", 6 },
    { FOCAL_ERROR_OUT_OF_RANGE, "$.positions[0].stance", "p", 10 },
    { FOCAL_ERROR_UNKNOWN_ID, "$.actors[2].parent", "c", 5 },
    { FOCAL_ERROR_UNKNOWN_ID, "$.links[0].target", NULL, 12 },
  };
  const char *text =
    "{\"format\": \"focal/1\",\n"
    " \"actors\": [\n"
    "  {\"id\": \"a\", \"kind\": \"state\"},\n"
    "  {\"id\": \"b\", \"kind\": \"nope\"},\n"
    "  {\"id\": \"c\", \"kind\": \"agency\", \"parent\": \"b\"},\n"
    "  {\"id\": \"d\", \"kind\": \"agency\", \"country\": \"zz\"}\n"
    " ],\n"
    " \"issues\": [{\"id\": \"i\", \"area\": \"economic\"}],\n"
    " \"positions\": [\n"
    "  {\"id\": \"p\", \"actor\": \"a\", \"issue\": \"i\", \"stance\": 2}],\n"
    " \"links\": [\n"
    "  {\"source\": \"a\", \"kind\": \"cooperates-with\", \"target\": \"c\"}]\n"
    "}\n";

  g_signal_connect (document, "notify::graph", G_CALLBACK (count_notify_cb), &notified);
  g_assert_true (focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_LENIENT,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);

  problems = focal_document_get_problems (document);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(FocalProblem) problem = g_list_model_get_item (problems, i);

      g_assert_cmpint (focal_problem_get_code (problem), ==, expected[i].code);
      g_assert_cmpstr (focal_problem_get_path (problem), ==, expected[i].path);
      g_assert_cmpstr (focal_problem_get_id (problem), ==, expected[i].id);
      g_assert_cmpuint (focal_problem_get_line (problem), ==, expected[i].line);
      g_assert_cmpuint (focal_problem_get_column (problem), >, 0);
      g_assert_true (g_str_has_prefix (focal_problem_get_message (problem), "<data>:"));
    }

  /* The sound records are there, the others are not. */
  graph = focal_document_get_graph (document);
  g_assert_nonnull (focal_graph_lookup (graph, "a"));
  g_assert_nonnull (focal_graph_lookup (graph, "i"));
  g_assert_null (focal_graph_lookup (graph, "b"));
  g_assert_null (focal_graph_lookup (graph, "c"));
  g_assert_null (focal_graph_lookup (graph, "d"));
  g_assert_null (focal_graph_lookup (graph, "p"));
  g_assert_cmpuint (focal_graph_get_n_entities (graph), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), ==, 0);

  /* The next load starts a new list. */
  g_assert_true (focal_document_load_from_data (document, minimal, -1, FOCAL_LOAD_FLAGS_LENIENT,
                                                NULL));
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);
  g_assert_cmpuint (notified, ==, 2);
}

static void
test_lenient_cycles (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  GListModel *problems;
  g_autoptr(FocalProblem) first = NULL;
  g_autoptr(FocalProblem) second = NULL;
  g_autoptr(FocalProblem) third = NULL;
  const char *text =
    "{\"format\": \"focal/1\", \"actors\": [\n"
    "  {\"id\": \"x\", \"kind\": \"unit\", \"parent\": \"y\"},\n"
    "  {\"id\": \"leaf\", \"kind\": \"unit\", \"parent\": \"x\"},\n"
    "  {\"id\": \"y\", \"kind\": \"unit\", \"parent\": \"x\"},\n"
    "  {\"id\": \"root\", \"kind\": \"state\"}]}";

  g_assert_true (focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_LENIENT,
                                                NULL));
  problems = focal_document_get_problems (document);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 3);
  first = g_list_model_get_item (problems, 0);
  second = g_list_model_get_item (problems, 1);
  third = g_list_model_get_item (problems, 2);
  g_assert_cmpint (focal_problem_get_code (first), ==, FOCAL_ERROR_CYCLE);
  g_assert_cmpstr (focal_problem_get_id (first), ==, "x");
  g_assert_nonnull (strstr (focal_problem_get_message (first), "x -> y -> x"));
  g_assert_cmpint (focal_problem_get_code (second), ==, FOCAL_ERROR_CYCLE);
  g_assert_cmpstr (focal_problem_get_id (second), ==, "y");
  g_assert_cmpint (focal_problem_get_code (third), ==, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_cmpstr (focal_problem_get_id (third), ==, "leaf");
  g_assert_nonnull (strstr (focal_problem_get_message (third), "which was skipped"));
  g_assert_cmpuint (focal_graph_get_n_entities (focal_document_get_graph (document)), ==, 1);
}

static void
test_strict_keeps_document (void)
{
  g_autoptr(FocalDocument) document = load (canonical);
  FocalGraph *graph = focal_document_get_graph (document);
  g_autofree char *before = save (document, FOCAL_SAVE_FLAGS_NONE);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_signal_connect (document, "notify", G_CALLBACK (count_notify_cb), &notified);
  g_assert_false (focal_document_load_from_data (document,
                                                 "{\"format\": \"focal/1\", \"title\": \"new\","
                                                 " \"actors\": [{\"id\": \"a\"}]}",
                                                 -1, FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD);
  g_assert_true (focal_document_get_graph (document) == graph);
  after = save (document, FOCAL_SAVE_FLAGS_NONE);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 1);
}

/* Entry points --------------------------------------------------------------- */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("focal-document-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  g_chmod (path, 0755);
  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL &&
         (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
      g_object_unref (info);
    }
  g_rmdir (path);
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Asserts that a failed save left no temporary file behind. */
static void
assert_no_temporary_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (name[0] == '.')
        g_error ("temporary file %s left in %s", name, dir);
    }
}

static void
test_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "corpus.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(FocalDocument) document = load (canonical);
  g_autoptr(FocalDocument) loaded = focal_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(FocalProblem) problem = NULL;

  g_assert_true (focal_document_save_to_file (document, file, FOCAL_SAVE_FLAGS_NONE, NULL,
                                              &error));
  g_assert_no_error (error);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, canonical);
  assert_no_temporary_files (dir);

  g_assert_true (focal_document_load_from_file (loaded, file, FOCAL_LOAD_FLAGS_NONE, NULL,
                                                &error));
  g_assert_no_error (error);
  g_assert_true (focal_document_equal (document, loaded));
  g_assert_cmpfloat (focal_document_get_progress (loaded), ==, 1.0);

  /* Messages name the file by its basename. */
  write_file (bad_path, "{\n  \"format\": \"focal/1\",\n  \"issues\": [{\"id\": \"i\", \"area\": 1}]\n}\n");
  g_assert_false (focal_document_load_from_file (loaded, bad, FOCAL_LOAD_FLAGS_NONE, NULL,
                                                 &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_TYPE);
  g_assert_true (g_str_has_prefix (error->message, "bad.json:3:34: $.issues[0].area: "));
  problem = g_list_model_get_item (focal_document_get_problems (loaded), 0);
  g_assert_cmpstr (focal_problem_get_file (problem), ==, "bad.json");
  g_clear_error (&error);
  g_assert_true (focal_document_equal (document, loaded));

  g_assert_false (focal_document_load_from_file (loaded, missing, FOCAL_LOAD_FLAGS_LENIENT, NULL,
                                                 &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "missing.json"));
  g_assert_true (focal_document_equal (document, loaded));

  remove_tree (dir);
}

static void
test_bytes (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (canonical, strlen (canonical));
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) bad = g_bytes_new_static ("{\"format\": 1}", 13);
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_document_load_from_bytes (document, bytes, FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_no_error (error);
  out = focal_document_to_bytes (document, FOCAL_SAVE_FLAGS_NONE);
  g_assert_true (g_bytes_equal (bytes, out));

  g_assert_false (focal_document_load_from_bytes (document, bad, FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_TYPE);
  g_assert_true (g_str_has_prefix (error->message, "<data>:1:12: $.format: "));

  /* Data with an explicit length need not be nul-terminated. */
  g_assert_true (focal_document_load_from_data (document, minimal, strlen (minimal) - 1,
                                                FOCAL_LOAD_FLAGS_NONE, NULL));
  g_assert_cmpstr (focal_document_get_title (document), ==, "Minimal");
}

static void
test_stream (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GInputStream) input = g_memory_input_stream_new_from_data (canonical, -1, NULL);
  g_autoptr(GInputStream) bad = g_memory_input_stream_new_from_data ("{\"format\":\"focal/1\",", -1, NULL);
  g_autoptr(GInputStream) again = g_memory_input_stream_new_from_data (canonical, -1, NULL);
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *compact = NULL;

  g_assert_true (focal_document_load_from_stream (document, input, FOCAL_LOAD_FLAGS_NONE, NULL,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (focal_graph_get_n_entities (focal_document_get_graph (document)), ==, 12);

  g_assert_true (focal_document_save_to_stream (document, output, FOCAL_SAVE_FLAGS_COMPACT, NULL,
                                                &error));
  g_assert_no_error (error);
  compact = save (document, FOCAL_SAVE_FLAGS_COMPACT);
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (output)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (output)),
                   compact, strlen (compact));

  g_assert_false (focal_document_load_from_stream (document, bad, FOCAL_LOAD_FLAGS_NONE, NULL,
                                                   &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "<data>:1:"));
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_false (focal_document_load_from_stream (document, again, FOCAL_LOAD_FLAGS_NONE,
                                                   cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  g_assert_false (focal_document_save_to_stream (document, output, FOCAL_SAVE_FLAGS_NONE,
                                                 cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* An output stream that takes @limit bytes and then fails as a full disk
 * would. */
#define TEST_TYPE_FULL_STREAM (test_full_stream_get_type ())
G_DECLARE_FINAL_TYPE (TestFullStream, test_full_stream, TEST, FULL_STREAM, GOutputStream)

struct _TestFullStream
{
  GOutputStream parent_instance;
  GString *written;
  gsize limit;
};

G_DEFINE_FINAL_TYPE (TestFullStream, test_full_stream, G_TYPE_OUTPUT_STREAM)

static gssize
test_full_stream_write (GOutputStream  *stream,
                        const void     *buffer,
                        gsize           count,
                        GCancellable   *cancellable,
                        GError        **error)
{
  TestFullStream *self = TEST_FULL_STREAM (stream);
  gsize room = self->limit - self->written->len;

  if (room == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left (simulated)");
      return -1;
    }

  count = MIN (count, room);
  g_string_append_len (self->written, buffer, count);
  return count;
}

static void
test_full_stream_finalize (GObject *object)
{
  g_string_free (TEST_FULL_STREAM (object)->written, TRUE);

  G_OBJECT_CLASS (test_full_stream_parent_class)->finalize (object);
}

static void
test_full_stream_class_init (TestFullStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_full_stream_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = test_full_stream_write;
}

static void
test_full_stream_init (TestFullStream *self)
{
  self->written = g_string_new (NULL);
}

static void
test_stream_failure (void)
{
  g_autoptr(FocalDocument) document = load (canonical);
  g_autoptr(TestFullStream) stream = g_object_new (TEST_TYPE_FULL_STREAM, NULL);
  g_autoptr(GError) error = NULL;

  stream->limit = 100;
  g_assert_false (focal_document_save_to_stream (document, G_OUTPUT_STREAM (stream),
                                                 FOCAL_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "No space left (simulated)"));
  g_assert_nonnull (strstr (error->message, "after 100 of"));
  g_assert_cmpuint (stream->written->len, ==, 100);
}

/* Asynchronous loading ----------------------------------------------------- */

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
  GArray    *progress;
  FocalGraph *graph_at_callback;
  guint      graph_notified_at_callback;
  guint      graph_notified;
} AsyncResult;

static void
async_progress_cb (FocalDocument *document,
                   GParamSpec    *pspec,
                   AsyncResult   *result)
{
  double value = focal_document_get_progress (document);

  g_array_append_val (result->progress, value);
}

static void
async_graph_cb (FocalDocument *document,
                GParamSpec    *pspec,
                AsyncResult   *result)
{
  result->graph_notified++;
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  AsyncResult *result = user_data;
  FocalDocument *document = FOCAL_DOCUMENT (source);

  result->ok = focal_document_load_from_file_finish (document, res, &result->error);
  result->graph_at_callback = focal_document_get_graph (document);
  result->graph_notified_at_callback = result->graph_notified;
  g_main_loop_quit (result->loop);
}

static void
run_async (FocalDocument  *document,
           GFile          *file,
           FocalLoadFlags  flags,
           GCancellable   *cancellable,
           AsyncResult    *result)
{
  gulong progress_id, graph_id;

  memset (result, 0, sizeof *result);
  result->loop = g_main_loop_new (NULL, FALSE);
  result->progress = g_array_new (FALSE, FALSE, sizeof (double));
  progress_id = g_signal_connect (document, "notify::progress", G_CALLBACK (async_progress_cb), result);
  graph_id = g_signal_connect (document, "notify::graph", G_CALLBACK (async_graph_cb), result);

  focal_document_load_from_file_async (document, file, flags, cancellable, async_done_cb, result);
  g_main_loop_run (result->loop);

  g_signal_handler_disconnect (document, progress_id);
  g_signal_handler_disconnect (document, graph_id);
  g_main_loop_unref (result->loop);
}

static void
async_result_clear (AsyncResult *result)
{
  g_clear_error (&result->error);
  g_clear_pointer (&result->progress, g_array_unref);
}

static void
test_async (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalDocument) source = NULL;
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  FocalGraph *before;
  AsyncResult result;

  /* Big enough to be read in several chunks. */
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%05u", i);
      g_autoptr(FocalActor) actor = focal_actor_new (id, FOCAL_ACTOR_KIND_AGENCY);

      focal_entity_set_description (FOCAL_ENTITY (actor), "an agency with a long enough description");
      g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (actor), NULL));
    }
  source = focal_document_new_for_graph (graph);
  g_assert_true (focal_document_save_to_file (source, file, FOCAL_SAVE_FLAGS_NONE, NULL, NULL));

  before = focal_document_get_graph (document);
  run_async (document, file, FOCAL_LOAD_FLAGS_NONE, NULL, &result);
  g_assert_no_error (result.error);
  g_assert_true (result.ok);
  g_assert_true (result.graph_at_callback != before);
  g_assert_cmpuint (result.graph_notified_at_callback, ==, 1);
  g_assert_cmpuint (focal_graph_get_n_entities (focal_document_get_graph (document)), ==, 5000);
  g_assert_true (focal_graph_equal (graph, focal_document_get_graph (document)));

  /* Progress rose step by step on this thread, up to 1. */
  g_assert_cmpuint (result.progress->len, >=, 3);
  for (guint i = 1; i < result.progress->len; i++)
    g_assert_cmpfloat (g_array_index (result.progress, double, i), >,
                       g_array_index (result.progress, double, i - 1));
  g_assert_cmpfloat (g_array_index (result.progress, double, result.progress->len - 1), ==, 1.0);
  async_result_clear (&result);

  /* A broken file fails with the file's name and keeps the graph. */
  before = focal_document_get_graph (document);
  write_file (bad_path, "{\"format\": \"focal/1\", \"actors\": [{\"id\": \"a\", \"kind\": \"nope\"}]}");
  run_async (document, bad, FOCAL_LOAD_FLAGS_NONE, NULL, &result);
  g_assert_false (result.ok);
  g_assert_error (result.error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE);
  g_assert_true (g_str_has_prefix (result.error->message, "bad.json:1:54: $.actors[0].kind: "));
  g_assert_true (focal_document_get_graph (document) == before);
  g_assert_cmpuint (result.graph_notified, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 1);
  async_result_clear (&result);

  /* Lenient asynchronous loads collect their problems too. */
  run_async (document, bad, FOCAL_LOAD_FLAGS_LENIENT, NULL, &result);
  g_assert_true (result.ok);
  g_assert_no_error (result.error);
  g_assert_cmpuint (focal_graph_get_n_entities (focal_document_get_graph (document)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 1);
  async_result_clear (&result);

  /* Cancelling changes nothing. */
  before = focal_document_get_graph (document);
  g_cancellable_cancel (cancellable);
  run_async (document, file, FOCAL_LOAD_FLAGS_NONE, cancellable, &result);
  g_assert_false (result.ok);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (focal_document_get_graph (document) == before);
  g_assert_cmpuint (result.graph_notified, ==, 0);
  async_result_clear (&result);

  remove_tree (dir);
}

static void
cancel_on_progress_cb (FocalDocument *document,
                       GParamSpec    *pspec,
                       GCancellable  *cancellable)
{
  if (focal_document_get_progress (document) > 0.0)
    g_cancellable_cancel (cancellable);
}

static void
test_async_cancel_midway (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GString) text = g_string_new ("{\"format\": \"focal/1\", \"x-padding\": [");
  FocalGraph *before = focal_document_get_graph (document);
  AsyncResult result;

  for (guint i = 0; i < 200000; i++)
    g_string_append (text, i == 0 ? "\"padding padding\"" : ", \"padding padding\"");
  g_string_append (text, "]}");
  write_file (path, text->str);

  g_signal_connect (document, "notify::progress", G_CALLBACK (cancel_on_progress_cb), cancellable);
  run_async (document, file, FOCAL_LOAD_FLAGS_NONE, cancellable, &result);
  g_assert_false (result.ok);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (focal_document_get_graph (document) == before);
  async_result_clear (&result);

  remove_tree (dir);
}

/* Atomic saving -------------------------------------------------------------- */

static const char previous[] = "{\"format\": \"focal/1\", \"title\": \"previous\"}\n";

static void
test_save_keeps_permissions (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "doc.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FocalDocument) document = load (minimal);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;

  write_file (path, previous);
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (focal_document_save_to_file (document, file, FOCAL_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);

  contents = read_file (path);
  g_assert_cmpstr (contents, ==, minimal);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  assert_no_temporary_files (dir);

  remove_tree (dir);
}

static void
test_save_to_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "doc.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FocalDocument) document = load (minimal);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_assert_false (focal_document_save_to_file (document, file, FOCAL_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, g_strerror (EISDIR)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  assert_no_temporary_files (dir);

  remove_tree (dir);
}

static void
test_save_missing_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "nowhere", "doc.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FocalDocument) document = load (minimal);
  g_autoptr(GError) error = NULL;

  g_assert_false (focal_document_save_to_file (document, file, FOCAL_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, g_strerror (ENOENT)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_no_temporary_files (dir);

  remove_tree (dir);
}

static void
test_save_cancelled (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "doc.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FocalDocument) document = load (canonical);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  write_file (path, previous);
  g_cancellable_cancel (cancellable);
  g_assert_false (focal_document_save_to_file (document, file, FOCAL_SAVE_FLAGS_NONE,
                                               cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, previous);
  assert_no_temporary_files (dir);

  remove_tree (dir);
}

/* The tests below need a child process: one whose writes the kernel limits,
 * or one without root's power to write anywhere. The folder they share is
 * named after the parent's process id. */
static char *
child_test_dir (pid_t parent)
{
  g_autofree char *name = g_strdup_printf ("focal-document-test-%d", (int) parent);

  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

static char *
make_child_test_dir (void)
{
  char *dir = child_test_dir (getpid ());

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  return dir;
}

static void
save_in_child_and_check (const char *expected_reason)
{
  g_autofree char *dir = child_test_dir (getppid ());
  g_autofree char *path = g_build_filename (dir, "doc.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FocalDocument) document = load (canonical);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_false (focal_document_save_to_file (document, file, FOCAL_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, expected_reason));
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, previous);
  assert_no_temporary_files (dir);
}

static void
test_save_disk_full (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      /* The kernel refuses writes past this size, as a full disk would;
       * ignoring SIGXFSZ turns the signal into an EFBIG error. */
      struct rlimit limit = { 512, 512 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      save_in_child_and_check (g_strerror (EFBIG));
      return;
    }

  dir = make_child_test_dir ();
  path = g_build_filename (dir, "doc.json", NULL);
  write_file (path, previous);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  contents = read_file (path);
  g_assert_cmpstr (contents, ==, previous);
  assert_no_temporary_files (dir);
  remove_tree (dir);
}

static void
test_save_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *mark = NULL;
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      /* Root writes anywhere: the child gives up root first, or, when it
       * cannot, leaves a mark for the parent to skip the test. */
      if (getuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        {
          g_autofree char *parent_dir = child_test_dir (getppid ());
          g_autofree char *marker = g_build_filename (parent_dir, "cannot-drop-root", NULL);

          write_file (marker, "");
          return;
        }
      save_in_child_and_check (g_strerror (EACCES));
      return;
    }

  dir = make_child_test_dir ();
  path = g_build_filename (dir, "doc.json", NULL);
  write_file (path, previous);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  mark = g_build_filename (dir, "cannot-drop-root", NULL);
  if (g_file_test (mark, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("running as root and unable to drop privileges: permissions are not checked");
      remove_tree (dir);
      return;
    }

  contents = read_file (path);
  g_assert_cmpstr (contents, ==, previous);
  assert_no_temporary_files (dir);
  remove_tree (dir);
}

/* Preconditions ------------------------------------------------------------ */

static void
test_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalDocument) document = focal_document_new ();

      g_assert_false (focal_document_load_from_data (document, NULL, -1, 0, NULL));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*data != NULL*");
}

static void
test_preconditions_self (void)
{
  if (g_test_subprocess ())
    {
      g_assert_null (focal_document_get_graph (NULL));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*FOCAL_IS_DOCUMENT*");
}

/* When the links stream, the sections before them are read and their JSON
 * released before the first link arrives: the links' checks still know
 * the ids of records that were refused or declared twice, and the sources. */
static void
test_streamed_links_after_released_sections (void)
{
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;
  GListModel *problems;
  FocalGraph *graph;
  const char *text =
    "{\"format\": \"focal/1\",\n"
    " \"sources\": [{\"id\": \"s1\", \"year\": 2004}],\n"
    " \"actors\": [{\"id\": \"a\", \"kind\": \"state\"},\n"
    "  {\"id\": \"b\", \"kind\": \"state\"},\n"
    "  {\"id\": \"skipped\", \"kind\": \"planet\"},\n"
    "  {\"id\": \"b\", \"kind\": \"state\"}],\n"
    " \"issues\": [{\"id\": \"i\", \"area\": \"economic\"}],\n"
    " \"links\": [\n"
    "  {\"source\": \"a\", \"kind\": \"cooperates-with\", \"target\": \"b\",\n"
    "   \"citations\": [{\"source\": \"s1\", \"page\": \"3\"}]},\n"
    "  {\"source\": \"a\", \"kind\": \"cooperates-with\", \"target\": \"skipped\"},\n"
    "  {\"source\": \"b\", \"kind\": \"cooperates-with\", \"target\": \"i\"},\n"
    "  {\"source\": \"b\", \"kind\": \"cooperates-with\", \"target\": \"a\",\n"
    "   \"citations\": [{\"source\": \"s9\"}]},\n"
    "  {\"source\": \"b\", \"kind\": \"cooperates-with\", \"target\": \"a\",\n"
    "   \"citations\": [{\"source\": \"s1\"}]}\n"
    " ]}\n";
  const struct { FocalError code; const char *path; guint line; const char *needle; } expected[] = {
    { FOCAL_ERROR_INVALID_VALUE, "$.actors[2].kind", 5, "planet" },
    { FOCAL_ERROR_DUPLICATE_ID, "$.actors[3].id", 6, "\"b\"" },
    { FOCAL_ERROR_UNKNOWN_ID, "$.links[1].target", 11, "$.actors[2], which was skipped" },
    { FOCAL_ERROR_WRONG_KIND, "$.links[2].target", 12, "\"i\"" },
    { FOCAL_ERROR_UNKNOWN_ID, "$.links[3].citations[0].source", 14, "\"s9\"" },
  };

  g_assert_true (focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_LENIENT,
                                                &error));
  g_assert_no_error (error);

  problems = focal_document_get_problems (document);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(FocalProblem) problem = g_list_model_get_item (problems, i);

      g_assert_cmpint (focal_problem_get_code (problem), ==, expected[i].code);
      g_assert_cmpstr (focal_problem_get_path (problem), ==, expected[i].path);
      g_assert_cmpuint (focal_problem_get_line (problem), ==, expected[i].line);
      g_assert_nonnull (strstr (focal_problem_get_message (problem), expected[i].needle));
    }

  graph = focal_document_get_graph (document);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_sources (graph)), ==, 1);
}

/* The entity sections read as json-glib parses them (the Python suite
 * compares every problem with the tracked reading): here under valgrind
 * and the sanitizers, with records that keep their JSON and records that
 * give it up, cycles, and strict and lenient loads. */
static void
test_streamed_sections (void)
{
  const char *text =
    "{\"format\": \"focal/1\",\n"
    " \"title\": \"sections\",\n"
    " \"sources\": [{\"id\": \"s1\", \"year\": 2004}],\n"
    " \"actors\": [\n"
    "  {\"id\": \"a\", \"kind\": \"state\"},\n"
    "  {\"id\": \"b\", \"kind\": \"state\", \"citations\": [{\"source\": \"nowhere\"}]},\n"
    "  {\"id\": \"a\", \"kind\": \"state\"},\n"
    "  42,\n"
    "  {\"id\": \"c\", \"kind\": \"planet\"},\n"
    "  {\"id\": \"d\", \"kind\": \"agency\", \"parent\": \"e\"},\n"
    "  {\"id\": \"e\", \"kind\": \"agency\", \"parent\": \"d\"},\n"
    "  {\"id\": \"f\", \"kind\": \"agency\", \"parent\": \"nobody\"},\n"
    "  {\"id\": \"g\", \"kind\": \"agency\", \"parent\": \"a\",\n"
    "   \"x-note\": {\"kept\": [1, 2]}},\n"
    "  {\"id\": \"h\", \"kind\": \"person\", \"name\": \"H\", \"valid\": \"2001/1999\"}\n"
    " ],\n"
    " \"issues\": [{\"id\": \"i\", \"area\": \"economic\"}, {\"id\": \"j\", \"area\": \"nowhere\"}],\n"
    " \"forums\": [{\"id\": \"fo\", \"name\": \"F\", \"kind\": \"working-group\",\n"
    "             \"members\": [{\"actor\": \"a\"}, {\"actor\": \"zz\"}]}],\n"
    " \"events\": [{\"id\": \"ev\", \"kind\": \"meeting\", \"date\": \"1990\", \"forum\": \"fo\",\n"
    "             \"participants\": [\"a\", \"yy\"]}],\n"
    " \"positions\": [{\"id\": \"p1\", \"actor\": \"a\", \"issue\": \"i\", \"stance\": 0.5},\n"
    "               {\"id\": \"p2\", \"actor\": \"a\", \"issue\": \"nope\", \"stance\": 0.5},\n"
    "               {\"id\": \"p3\", \"actor\": \"i\", \"issue\": \"i\", \"stance\": 0.5}],\n"
    " \"links\": [\n"
    "  {\"source\": \"a\", \"kind\": \"cooperates-with\", \"target\": \"g\"},\n"
    "  {\"source\": \"a\", \"kind\": \"cooperates-with\", \"target\": \"c\"}\n"
    " ]}\n";
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(FocalDocument) strict = focal_document_new ();
  g_autoptr(GError) error = NULL;
  FocalGraph *graph;

  g_assert_true (focal_document_load_from_data (document, text, -1, FOCAL_LOAD_FLAGS_LENIENT,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (focal_document_get_problems (document)), ==, 14);
  graph = focal_document_get_graph (document);
  g_assert_nonnull (focal_graph_lookup (graph, "a"));
  g_assert_nonnull (focal_graph_lookup (graph, "g"));
  g_assert_null (focal_graph_lookup (graph, "d"));
  g_assert_null (focal_graph_lookup (graph, "fo"));
  g_assert_nonnull (focal_graph_lookup (graph, "p1"));
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), ==, 1);

  g_assert_false (focal_document_load_from_data (strict, text, -1, FOCAL_LOAD_FLAGS_NONE, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_true (g_str_has_prefix (error->message, "<data>:6:57: $.actors[1].citations[0].source"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/document/new", test_new);
  g_test_add_func ("/focal/document/string-properties", test_string_properties);
  g_test_add_func ("/focal/document/as-of", test_as_of);
  g_test_add_func ("/focal/document/limit-properties", test_limit_properties);
  g_test_add_func ("/focal/document/round-trip/canonical", test_round_trip_canonical);
  g_test_add_func ("/focal/document/round-trip/values", test_round_trip_values);
  g_test_add_func ("/focal/document/round-trip/built", test_round_trip_built);
  g_test_add_func ("/focal/document/round-trip/non-canonical", test_round_trip_non_canonical);
  g_test_add_func ("/focal/document/numbers", test_numbers);
  g_test_add_func ("/focal/document/strings", test_strings);
  g_test_add_func ("/focal/document/layout", test_layout);
  g_test_add_func ("/focal/document/unknown-members", test_unknown_members);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/focal/document/error/%s", error_cases[i].name);

      g_test_add_data_func (name, &error_cases[i], test_error_case);
    }
  g_test_add_func ("/focal/document/error-locations", test_error_locations);
  g_test_add_func ("/focal/document/error-ids", test_error_ids);
  g_test_add_func ("/focal/document/limits", test_limits);
  g_test_add_func ("/focal/document/limits-default-depth", test_limits_default_depth);
  g_test_add_func ("/focal/document/limits-boundaries", test_limits_boundaries);
  g_test_add_func ("/focal/document/lenient", test_lenient);
  g_test_add_func ("/focal/document/lenient-cycles", test_lenient_cycles);
  g_test_add_func ("/focal/document/strict-keeps-document", test_strict_keeps_document);
  g_test_add_func ("/focal/document/file", test_file);
  g_test_add_func ("/focal/document/bytes", test_bytes);
  g_test_add_func ("/focal/document/stream", test_stream);
  g_test_add_func ("/focal/document/stream-failure", test_stream_failure);
  g_test_add_func ("/focal/document/async", test_async);
  g_test_add_func ("/focal/document/async-cancel-midway", test_async_cancel_midway);
  g_test_add_func ("/focal/document/save/permissions", test_save_keeps_permissions);
  g_test_add_func ("/focal/document/save/target-is-folder", test_save_to_folder);
  g_test_add_func ("/focal/document/save/missing-folder", test_save_missing_folder);
  g_test_add_func ("/focal/document/save/cancelled", test_save_cancelled);
  g_test_add_func ("/focal/document/save/disk-full", test_save_disk_full);
  g_test_add_func ("/focal/document/save/read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/focal/document/load/streamed-after-released-sections",
                   test_streamed_links_after_released_sections);
  g_test_add_func ("/focal/document/load/streamed-sections", test_streamed_sections);
  g_test_add_func ("/focal/document/preconditions/data", test_preconditions);
  g_test_add_func ("/focal/document/preconditions/self", test_preconditions_self);

  return g_test_run ();
}
