/* consumer.c: a program built out of tree against an installed libfocal,
 * with nothing but `pkg-config --cflags --libs libfocal-1`.
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * It builds a tiny graph by hand, loads a small document from a string,
 * prints what both hold and exits 1 when a count is not the expected one.
 */

#include <stdlib.h>

#include <focal/focal.h>

static const char document_text[] =
  "{\n"
  "  \"format\": \"focal/1\",\n"
  "  \"title\": \"JMC\",\n"
  "  \"actors\": [\n"
  "    { \"id\": \"canada\", \"kind\": \"state\", \"country\": \"CA\" },\n"
  "    { \"id\": \"mexico\", \"kind\": \"state\", \"country\": \"MX\" }\n"
  "  ],\n"
  "  \"forums\": [\n"
  "    { \"id\": \"jmc\", \"kind\": \"joint-committee\", \"founded\": \"1968\",\n"
  "      \"members\": [ { \"actor\": \"canada\" }, { \"actor\": \"mexico\" } ] }\n"
  "  ],\n"
  "  \"events\": [\n"
  "    { \"id\": \"jmc-1968-1999\", \"kind\": \"meeting\", \"date\": \"1968/1999\",\n"
  "      \"forum\": \"jmc\", \"aggregate\": true, \"count\": 13 },\n"
  "    { \"id\": \"jmc-1989-1999\", \"kind\": \"meeting\", \"date\": \"1989/1999\",\n"
  "      \"forum\": \"jmc\", \"parent\": \"jmc-1968-1999\", \"aggregate\": true, \"count\": 5 }\n"
  "  ],\n"
  "  \"links\": [\n"
  "    { \"source\": \"canada\", \"kind\": \"cooperates-with\", \"target\": \"mexico\",\n"
  "      \"period\": \"1944/..\" }\n"
  "  ]\n"
  "}\n";

static int failures = 0;

static void
expect (const char *what,
        guint       value,
        guint       expected)
{
  g_print ("%-28s %u\n", what, value);
  if (value != expected)
    {
      g_printerr ("consumer: %s is %u, expected %u\n", what, value, expected);
      failures++;
    }
}

int
main (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalActor) ec = focal_actor_new ("elections-canada", FOCAL_ACTOR_KIND_AGENCY);
  g_autoptr(FocalActor) ife = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
  g_autoptr(FocalLink) link = focal_link_new ("elections-canada",
                                              FOCAL_LINK_KIND_COOPERATES_WITH, "ife");
  g_autoptr(FocalDate) since = focal_date_new_from_string ("1996/..", NULL);
  g_autoptr(FocalDate) in_1995 = focal_date_new (1995, 0, 0);
  g_autoptr(FocalDate) in_2004 = focal_date_new (2004, 0, 0);
  g_autoptr(FocalDate) before_1989 = focal_date_new_from_string ("1968/1988", NULL);
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(FocalCount) count = NULL;
  g_autoptr(FocalActor) again = NULL;
  g_autoptr(GError) error = NULL;
  FocalGraph *loaded;

  g_print ("libfocal %u.%u.%u\n", FOCAL_MAJOR_VERSION, FOCAL_MINOR_VERSION, FOCAL_MICRO_VERSION);

  /* A graph built by hand. */
  focal_link_set_period (link, since);
  if (!focal_graph_add (graph, FOCAL_ENTITY (ec), &error) ||
      !focal_graph_add (graph, FOCAL_ENTITY (ife), &error) ||
      !focal_graph_add_link (graph, link, &error))
    {
      g_printerr ("consumer: %s\n", error->message);
      return EXIT_FAILURE;
    }
  before = focal_graph_dup_neighbors (graph, "ife", FOCAL_LINK_KIND_ANY,
                                      FOCAL_DIRECTION_BOTH, in_1995, NULL);
  after = focal_graph_dup_neighbors (graph, "ife", FOCAL_LINK_KIND_ANY,
                                     FOCAL_DIRECTION_BOTH, in_2004, NULL);
  expect ("built: actors", g_list_model_get_n_items (focal_graph_get_actors (graph)), 2);
  expect ("built: links", g_list_model_get_n_items (focal_graph_get_links (graph)), 1);
  expect ("built: ife neighbours 1995", g_list_model_get_n_items (before), 0);
  expect ("built: ife neighbours 2004", g_list_model_get_n_items (after), 1);

  /* A duplicate id is a FocalError, not a crash. */
  again = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
  if (focal_graph_add (graph, FOCAL_ENTITY (again), &error) ||
      !g_error_matches (error, FOCAL_ERROR, FOCAL_ERROR_DUPLICATE_ID))
    {
      g_printerr ("consumer: adding \"ife\" twice did not fail with DUPLICATE_ID\n");
      failures++;
    }
  g_clear_error (&error);

  /* A document loaded from a string. */
  if (!focal_document_load_from_data (document, document_text, -1,
                                      FOCAL_LOAD_FLAGS_NONE, &error))
    {
      g_printerr ("consumer: %s\n", error->message);
      return EXIT_FAILURE;
    }
  loaded = focal_document_get_graph (document);
  g_print ("loaded \"%s\"\n", focal_document_get_title (document));
  expect ("loaded: entities", focal_graph_get_n_entities (loaded), 5);
  expect ("loaded: actors", g_list_model_get_n_items (focal_graph_get_actors (loaded)), 2);
  expect ("loaded: forums", g_list_model_get_n_items (focal_graph_get_forums (loaded)), 1);
  expect ("loaded: events", g_list_model_get_n_items (focal_graph_get_events (loaded)), 2);
  expect ("loaded: links", g_list_model_get_n_items (focal_graph_get_links (loaded)), 1);

  /* 13 meetings in 1968-1999, 5 of them in 1989-1999: exactly 8 before. */
  count = focal_graph_count_encounters (loaded, "jmc", NULL, NULL, before_1989, &error);
  if (count == NULL)
    {
      g_printerr ("consumer: %s\n", error->message);
      return EXIT_FAILURE;
    }
  expect ("loaded: JMC meetings 1968-88", focal_count_get_min (count), 8);
  expect ("loaded: ... exact", focal_count_get_exact (count), TRUE);

  return failures == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
