/* test-popolo.c: Popolo import and export
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <focal/focal.h>
#include <json-glib/json-glib.h>

/* The Popolo files live beside the project, in shared/data (see each
 * directory's PROVENANCE.md); FOCAL_SHARED_DATA may point elsewhere. */
static char *
test_popolo_data (const char *directory,
                  const char *name)
{
  g_autofree char *base = NULL;
  char *path;

  if (g_getenv ("FOCAL_SHARED_DATA") != NULL)
    base = g_strdup (g_getenv ("FOCAL_SHARED_DATA"));
  else
    base = g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "data", NULL);

  path = g_build_filename (base, directory, name, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *message = g_strdup_printf ("%s is not available", path);

      g_test_skip (message);
      g_clear_pointer (&path, g_free);
    }

  return path;
}

static char *
test_popolo_example (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".json", NULL);
  g_autofree char *path = test_popolo_data ("popolo-spec-examples", file);
  char *contents = NULL;

  if (path == NULL)
    return NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_strchomp (contents);
  return contents;
}

/* A document of Popolo collections from spec examples: pairs of a
 * collection name and an example name, NULL-terminated. Returns NULL (the
 * test is skipped) when the examples are not available. */
static char *
test_popolo_wrap (const char *collection,
                  ...)
{
  g_autoptr(GString) out = g_string_new ("{");
  const char *example;
  va_list args;

  va_start (args, collection);
  for (; collection != NULL; collection = va_arg (args, const char *))
    {
      g_autofree char *text = NULL;

      example = va_arg (args, const char *);
      text = test_popolo_example (example);
      if (text == NULL)
        {
          va_end (args);
          return NULL;
        }
      g_string_append_printf (out, "%s\"%s\": [%s]", out->len > 1 ? ",\n" : "", collection, text);
    }
  va_end (args);

  g_string_append (out, "}\n");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static FocalProblem *
test_popolo_find_problem (GListModel *report,
                          const char *path)
{
  for (guint i = 0; i < g_list_model_get_n_items (report); i++)
    {
      g_autoptr(FocalProblem) problem = g_list_model_get_item (report, i);

      if (g_strcmp0 (focal_problem_get_path (problem), path) == 0)
        return problem;
    }

  return NULL;
}

static void
test_popolo_assert_note (GListModel *report,
                         const char *path,
                         const char *words)
{
  FocalProblem *problem = test_popolo_find_problem (report, path);

  if (problem == NULL)
    g_error ("no problem with the path %s in the report", path);
  g_assert_cmpint (focal_problem_get_code (problem), ==, FOCAL_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (focal_problem_get_message (problem), words));
}

static char *
test_popolo_date_text (FocalDate *date)
{
  return date != NULL ? focal_date_to_string (date) : NULL;
}

/* The focal/1 text of @graph as a JSON tree, to look at the extension
 * data the import keeps. */
static JsonNode *
test_popolo_focal_json (FocalGraph *graph)
{
  g_autoptr(FocalDocument) document = focal_document_new_for_graph (graph);
  g_autofree char *text = focal_document_to_data (document, FOCAL_SAVE_FLAGS_NONE, NULL);

  return json_from_string (text, NULL);
}

static void
test_popolo_person (void)
{
  g_autofree char *text = test_popolo_wrap ("persons", "person", NULL);
  g_autoptr(GListModel) report = NULL;
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autofree char *valid = NULL;
  FocalEntity *person;
  JsonObject *kept;

  if (text == NULL)
    return;

  graph = focal_popolo_import_data (text, -1, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (focal_graph_get_n_entities (graph), ==, 1);

  person = focal_graph_lookup (graph, "john-q-public");
  g_assert_true (FOCAL_IS_ACTOR (person));
  g_assert_cmpint (focal_actor_get_kind (FOCAL_ACTOR (person)), ==, FOCAL_ACTOR_KIND_PERSON);
  g_assert_cmpstr (focal_entity_get_name (person), ==, "Mr. John Q. Public, Esq.");
  g_assert_cmpstr (focal_entity_get_description (person), ==,
                   "A hypothetical member of society deemed a 'common man'");
  valid = test_popolo_date_text (focal_entity_get_valid (person));
  g_assert_cmpstr (valid, ==, "1920-01/2010-01-01");

  /* Everything else is kept, and the report says so. */
  test_popolo_assert_note (report, "$.persons[*].other_names", "kept as extension data");
  test_popolo_assert_note (report, "$.persons[*].contact_details", "(1 value)");
  test_popolo_assert_note (report, "$.persons[*].national_identity", "x-popolo");
  g_assert_null (test_popolo_find_problem (report, "$.persons[*].birth_date"));
  g_assert_null (test_popolo_find_problem (report, "$.persons[*].summary"));

  saved = test_popolo_focal_json (graph);
  kept = json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (saved),
                                                                 "actors"), 0),
    "x-popolo");
  g_assert_nonnull (kept);
  g_assert_cmpstr (json_object_get_string_member (kept, "national_identity"), ==, "Scottish");
  g_assert_cmpstr (json_object_get_string_member (kept, "email"), ==, "jqpublic@xyz.example.com");
  g_assert_false (json_object_has_member (kept, "birth_date"));
  g_assert_false (json_object_has_member (kept, "name"));
}

static void
test_popolo_organization (void)
{
  g_autofree char *text = test_popolo_wrap ("organizations", "organization", NULL);
  g_autoptr(GListModel) report = NULL;
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *valid = NULL;
  FocalProblem *problem;
  FocalEntity *organization;

  if (text == NULL)
    return;

  graph = focal_popolo_import_data (text, -1, &report, &error);
  g_assert_no_error (error);

  organization = focal_graph_lookup (graph, "abc-inc");
  g_assert_true (FOCAL_IS_ACTOR (organization));
  /* "Corporation" is no actor kind libfocal knows. */
  g_assert_cmpint (focal_actor_get_kind (FOCAL_ACTOR (organization)), ==, FOCAL_ACTOR_KIND_OTHER);
  valid = test_popolo_date_text (focal_entity_get_valid (organization));
  g_assert_cmpstr (valid, ==, "1950-01-01/2000-01-01");

  /* The parent is not in the document: reported, and kept as it was. */
  g_assert_null (focal_actor_get_parent_id (FOCAL_ACTOR (organization)));
  problem = test_popolo_find_problem (report, "$.organizations[0].parent_id");
  g_assert_nonnull (problem);
  g_assert_cmpint (focal_problem_get_code (problem), ==, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_cmpuint (focal_problem_get_line (problem), ==, 29);
  g_assert_cmpuint (focal_problem_get_column (problem), ==, 16);
  g_assert_nonnull (strstr (focal_problem_get_message (problem), "\"holding-company-corp\""));
  g_assert_true (g_str_has_prefix (focal_problem_get_message (problem), "<data>:29:16: "));
  test_popolo_assert_note (report, "$.organizations[*].identifiers", "kept");
}

static void
test_popolo_membership (void)
{
  g_autofree char *text = test_popolo_wrap ("persons", "person",
                                            "organizations", "organization",
                                            "memberships", "membership",
                                            "posts", "post", NULL);
  g_autoptr(GListModel) report = NULL;
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(FocalLink) link = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  GListModel *links;

  if (text == NULL)
    return;

  graph = focal_popolo_import_data (text, -1, &report, &error);
  g_assert_no_error (error);

  links = focal_graph_get_links (graph);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 1);
  link = g_list_model_get_item (links, 0);
  g_assert_cmpint (focal_link_get_kind (link), ==, FOCAL_LINK_KIND_MEMBER_OF);
  g_assert_cmpstr (focal_link_get_source_id (link), ==, "john-q-public");
  g_assert_cmpstr (focal_link_get_target_id (link), ==, "abc-inc");
  period = test_popolo_date_text (focal_link_get_period (link));
  g_assert_cmpstr (period, ==, "1970-01/1971-12-31");
  g_assert_cmpstr (focal_link_get_attribute (link, "id"), ==, "593");
  g_assert_cmpstr (focal_link_get_attribute (link, "role"), ==, "Kitchen assistant");
  g_assert_cmpstr (focal_link_get_attribute (link, "label"), ==, "Kitchen assistant at Joe's Diner");
  g_assert_cmpstr (focal_link_get_attribute (link, "post_id"), ==, "abc-inc-kitchen-assistant");
  g_assert_null (focal_link_get_attribute (link, "on_behalf_of"));

  /* The example post is the chef's, which nobody holds here, and the
   * membership names a post the document lacks. */
  test_popolo_assert_note (report, "$.posts[*]", "not held by any membership (1 value); dropped");
  test_popolo_assert_note (report, "$.posts[*].other_label", "dropped");
  test_popolo_assert_note (report, "$.memberships[*].contact_details", "kept");
  g_assert_cmpint (focal_problem_get_code (test_popolo_find_problem (report, "$.memberships[0].post_id")),
                   ==, FOCAL_ERROR_UNKNOWN_ID);
}

static void
test_popolo_embedding (void)
{
  g_autofree char *membership = test_popolo_wrap ("memberships", "embedding-membership", NULL);
  g_autofree char *person = test_popolo_wrap ("persons", "embedding-person",
                                              "organizations", "organization", NULL);
  g_autofree char *organization = test_popolo_wrap ("organizations", "embedding-organization",
                                                    "persons", "person", NULL);
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(FocalLink) link = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *links;

  if (membership == NULL || person == NULL || organization == NULL)
    return;

  /* The person and organization embedded in the membership define them. */
  graph = focal_popolo_import_data (membership, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_actors (graph)), ==, 2);
  g_assert_cmpstr (focal_entity_get_name (focal_graph_lookup (graph, "abc-inc")), ==, "ABC, Inc.");
  link = g_list_model_get_item (focal_graph_get_links (graph), 0);
  g_assert_cmpstr (focal_link_get_attribute (link, "post_label"), ==, "Chef at Joe's Diner");
  g_assert_cmpstr (focal_link_get_attribute (link, "role"), ==, "Chef");
  g_clear_object (&link);
  g_clear_object (&graph);

  /* Memberships embedded in a person take it as member. */
  graph = focal_popolo_import_data (person, -1, NULL, &error);
  g_assert_no_error (error);
  links = focal_graph_get_links (graph);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 2);
  link = g_list_model_get_item (links, 1);
  g_assert_cmpstr (focal_link_get_source_id (link), ==, "john-q-public");
  g_assert_cmpstr (focal_link_get_attribute (link, "id"), ==, "700");
  g_clear_object (&link);
  g_clear_object (&graph);

  /* Memberships embedded in an organization, with its posts. */
  graph = focal_popolo_import_data (organization, -1, NULL, &error);
  g_assert_no_error (error);
  links = focal_graph_get_links (graph);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 2);
  link = g_list_model_get_item (links, 0);
  g_assert_cmpstr (focal_link_get_target_id (link), ==, "abc-inc");
  g_assert_cmpstr (focal_link_get_attribute (link, "post_label"), ==,
                   "Kitchen Assistant at Joe's Diner");
}

static void
test_popolo_event (void)
{
  g_autofree char *text = test_popolo_wrap ("events", "event", NULL);
  g_autoptr(GListModel) report = NULL;
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  const char * const *participants;
  FocalEntity *event;
  FocalProblem *problem;

  if (text == NULL)
    return;

  graph = focal_popolo_import_data (text, -1, &report, &error);
  g_assert_no_error (error);

  event = focal_graph_lookup (graph, "parliament-41-session-1");
  g_assert_true (FOCAL_IS_EVENT (event));
  g_assert_cmpstr (focal_entity_get_name (event), ==, "1st Session of the 41st Parliament");
  g_assert_cmpstr (focal_event_get_location (FOCAL_EVENT (event)), ==, "House of Commons");
  date = test_popolo_date_text (focal_event_get_date (FOCAL_EVENT (event)));
  g_assert_cmpstr (date, ==, "2011-06-02/2013-09-13");
  participants = focal_event_get_participants (FOCAL_EVENT (event));
  g_assert_true (participants == NULL || participants[0] == NULL);

  problem = test_popolo_find_problem (report, "$.events[0].organization_id");
  g_assert_nonnull (problem);
  g_assert_cmpint (focal_problem_get_code (problem), ==, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (focal_problem_get_message (problem), "parliament-of-canada"));
  test_popolo_assert_note (report, "$.events[*].attendees", "kept");
}

static void
test_popolo_unsupported (void)
{
  g_autofree char *text = test_popolo_wrap ("vote_events", "vote_event", "motions", "motion",
                                            "speeches", "speech", "areas", "area", NULL);
  g_autoptr(GListModel) report = NULL;
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return;

  graph = focal_popolo_import_data (text, -1, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (focal_graph_get_n_entities (graph), ==, 0);

  test_popolo_assert_note (report, "$.vote_events", "not represented (1 value); dropped");
  test_popolo_assert_note (report, "$.motions", "dropped");
  test_popolo_assert_note (report, "$.speeches", "dropped");
  /* The example area has an identifier but no id. */
  test_popolo_assert_note (report, "$.areas[*]", "without an id");
  test_popolo_assert_note (report, "$.areas[*].classification", "dropped");
}

static const char legislature[] =
  "{\n"
  "  \"persons\": [\n"
  "    {\"id\": \"p1\", \"name\": \"Ana\"},\n"
  "    {\"id\": \"p2\", \"name\": \"Luis\", \"sources\": [{\"url\": \"http://example.org/p2\"}]},\n"
  "    {\"id\": \"p3\", \"name\": \"Rosa\"}\n"
  "  ],\n"
  "  \"organizations\": [\n"
  "    {\"id\": \"chamber\", \"name\": \"Chamber\", \"classification\": \"legislature\"},\n"
  "    {\"id\": \"red\", \"name\": \"Red Party\", \"classification\": \"party\"},\n"
  "    {\"id\": \"red-youth\", \"classification\": \"Youth wing\", \"parent_id\": \"red\"},\n"
  "    {\"id\": \"blue\", \"name\": \"Blue Party\", \"classification\": \"Party\"}\n"
  "  ],\n"
  "  \"meta\": {\"sources\": [\"http://example.org/\"], \"generated\": \"today\"},\n"
  "  \"memberships\": [\n"
  "    {\"person_id\": \"p1\", \"organization_id\": \"chamber\", \"on_behalf_of_id\": \"red\",\n"
  "     \"legislative_period_id\": \"term/1\", \"area_id\": \"ocd-division/country:mx/distrito:1\",\n"
  "     \"role\": \"member\"},\n"
  "    {\"person_id\": \"p2\", \"organization_id\": \"chamber\", \"on_behalf_of_id\": \"blue\",\n"
  "     \"legislative_period_id\": \"term/1\", \"start_date\": \"2013-02-01\",\n"
  "     \"area_id\": \"ocd-division/country:mx/distrito:2\"},\n"
  "    {\"person_id\": \"p3\", \"organization_id\": \"chamber\", \"on_behalf_of_id\": \"red\",\n"
  "     \"legislative_period_id\": \"term/2\", \"end_date\": \"2016-05-31\"},\n"
  "    {\"person_id\": \"nobody\", \"organization_id\": \"chamber\"}\n"
  "  ],\n"
  "  \"events\": [\n"
  "    {\"id\": \"term/1\", \"classification\": \"legislative period\", \"name\": \"First\",\n"
  "     \"start_date\": \"2012-09-01\", \"end_date\": \"2015-08-31\", \"organization_id\": \"chamber\"},\n"
  "    {\"id\": \"term/2\", \"classification\": \"legislative period\", \"name\": \"Second\",\n"
  "     \"start_date\": \"2015-09-01\", \"organization_id\": \"chamber\"}\n"
  "  ],\n"
  "  \"areas\": [\n"
  "    {\"id\": \"ocd-division/country:mx/distrito:1\", \"name\": \"District 1\", \"type\": \"district\"},\n"
  "    {\"id\": \"ocd-division/country:mx/distrito:2\", \"name\": \"District 2\", \"type\": \"district\"},\n"
  "    {\"id\": \"ocd-division/country:mx/distrito:3\", \"name\": \"District 3\"}\n"
  "  ]\n"
  "}\n";

static FocalLink *
test_popolo_link_of (FocalGraph *graph,
                     const char *source_id)
{
  GListModel *links = focal_graph_get_links (graph);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);

      if (g_str_equal (focal_link_get_source_id (link), source_id))
        {
          /* An imported graph makes its link objects on demand: keep this
           * one alive as long as the graph, for the caller. */
          GPtrArray *held = g_object_get_data (G_OBJECT (graph), "test-held-links");

          if (held == NULL)
            {
              held = g_ptr_array_new_with_free_func (g_object_unref);
              g_object_set_data_full (G_OBJECT (graph), "test-held-links", held,
                                      (GDestroyNotify) g_ptr_array_unref);
            }
          g_ptr_array_add (held, g_object_ref (link));
          return link;
        }
    }

  return NULL;
}

static void
test_popolo_legislature (void)
{
  g_autoptr(GListModel) report = NULL;
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *period1 = NULL, *period2 = NULL, *period3 = NULL, *term = NULL;
  const char * const *participants;
  FocalLink *link;
  FocalProblem *problem;
  FocalEntity *entity;

  graph = focal_popolo_import_data (legislature, -1, &report, &error);
  g_assert_no_error (error);

  g_assert_cmpint (focal_actor_get_kind (FOCAL_ACTOR (focal_graph_lookup (graph, "chamber"))), ==,
                   FOCAL_ACTOR_KIND_LEGISLATURE);
  g_assert_cmpint (focal_actor_get_kind (FOCAL_ACTOR (focal_graph_lookup (graph, "blue"))), ==,
                   FOCAL_ACTOR_KIND_POLITICAL_PARTY);
  entity = focal_graph_lookup (graph, "red-youth");
  g_assert_cmpint (focal_actor_get_kind (FOCAL_ACTOR (entity)), ==, FOCAL_ACTOR_KIND_OTHER);
  g_assert_cmpstr (focal_actor_get_parent_id (FOCAL_ACTOR (entity)), ==, "red");

  /* Memberships inherit the dates of their legislative period, each end
   * separately; a period still going on is open. */
  link = test_popolo_link_of (graph, "p1");
  period1 = test_popolo_date_text (focal_link_get_period (link));
  g_assert_cmpstr (period1, ==, "2012-09-01/2015-08-31");
  g_assert_cmpstr (focal_link_get_attribute (link, "on_behalf_of"), ==, "red");
  g_assert_cmpstr (focal_link_get_attribute (link, "legislative_period_id"), ==, "term/1");
  g_assert_cmpstr (focal_link_get_attribute (link, "area_name"), ==, "District 1");
  period2 = test_popolo_date_text (focal_link_get_period (test_popolo_link_of (graph, "p2")));
  g_assert_cmpstr (period2, ==, "2013-02-01/2015-08-31");
  period3 = test_popolo_date_text (focal_link_get_period (test_popolo_link_of (graph, "p3")));
  g_assert_cmpstr (period3, ==, "2015-09-01/2016-05-31");
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), ==, 3);

  entity = focal_graph_lookup (graph, "term/2");
  g_assert_true (FOCAL_IS_EVENT (entity));
  term = test_popolo_date_text (focal_event_get_date (FOCAL_EVENT (entity)));
  g_assert_cmpstr (term, ==, "2015-09-01/..");
  participants = focal_event_get_participants (FOCAL_EVENT (entity));
  g_assert_nonnull (participants);
  g_assert_cmpstr (participants[0], ==, "chamber");

  /* Open Civic Data areas give countries; p3 sits for no area. */
  g_assert_cmpstr (focal_actor_get_country (FOCAL_ACTOR (focal_graph_lookup (graph, "p1"))), ==, "MX");
  g_assert_cmpstr (focal_actor_get_country (FOCAL_ACTOR (focal_graph_lookup (graph, "chamber"))), ==, "MX");
  g_assert_cmpstr (focal_actor_get_country (FOCAL_ACTOR (focal_graph_lookup (graph, "red"))), ==, "MX");
  g_assert_null (focal_actor_get_country (FOCAL_ACTOR (focal_graph_lookup (graph, "p3"))));

  /* Sources: the person's, cited, and meta's. */
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_sources (graph)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (focal_entity_get_citations (focal_graph_lookup (graph, "p2"))), ==, 1);

  problem = test_popolo_find_problem (report, "$.memberships[3].person_id");
  g_assert_nonnull (problem);
  g_assert_cmpint (focal_problem_get_code (problem), ==, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_cmpuint (focal_problem_get_line (problem), ==, 23);
  g_assert_cmpuint (focal_problem_get_column (problem), ==, 19);
  g_assert_nonnull (strstr (focal_problem_get_message (problem), "\"nobody\""));
  test_popolo_assert_note (report, "$.areas[*].type", "not represented (2 values); dropped");
  test_popolo_assert_note (report, "$.areas[*]", "not referred to by any membership");
  test_popolo_assert_note (report, "$.meta.generated", "dropped");
}

static void
test_popolo_roundtrip_text (const char *text)
{
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(FocalGraph) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *exported_again = NULL;
  gsize length = 0;

  graph = focal_popolo_import_data (text, -1, NULL, &error);
  g_assert_no_error (error);
  exported = focal_popolo_export (graph, &length);
  g_assert_cmpuint (length, ==, strlen (exported));
  g_assert_true (g_str_has_suffix (exported, "}\n"));

  again = focal_popolo_import_data (exported, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (focal_graph_get_n_entities (again), ==, focal_graph_get_n_entities (graph));
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (again)), ==,
                    g_list_model_get_n_items (focal_graph_get_links (graph)));
  g_assert_true (focal_graph_equal (graph, again));

  exported_again = focal_popolo_export (again, NULL);
  g_assert_cmpstr (exported_again, ==, exported);
}

static void
test_popolo_roundtrip (void)
{
  g_autofree char *examples = test_popolo_wrap ("persons", "person",
                                                "organizations", "embedding-organization",
                                                "events", "event", NULL);
  g_autofree char *embedded = test_popolo_wrap ("memberships", "embedding-membership", NULL);

  test_popolo_roundtrip_text (legislature);
  if (examples == NULL || embedded == NULL)
    return;
  test_popolo_roundtrip_text (examples);
  test_popolo_roundtrip_text (embedded);
}

static void
test_popolo_export_graph (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalActor) person = focal_actor_new ("ana", FOCAL_ACTOR_KIND_PERSON);
  g_autoptr(FocalActor) party = focal_actor_new ("red", FOCAL_ACTOR_KIND_POLITICAL_PARTY);
  g_autoptr(FocalActor) ministry = focal_actor_new ("sre", FOCAL_ACTOR_KIND_MINISTRY);
  g_autoptr(FocalLink) member = focal_link_new ("ana", FOCAL_LINK_KIND_MEMBER_OF, "red");
  g_autoptr(FocalLink) works = focal_link_new ("ana", FOCAL_LINK_KIND_WORKS_FOR, "sre");
  g_autoptr(FocalSource) source = focal_source_new ("paper");
  g_autoptr(FocalCitation) citation = focal_citation_new ("paper");
  g_autoptr(FocalDate) period = focal_date_new_from_string ("1999/2004-10", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  JsonObject *object, *membership;

  focal_source_set_url (source, "http://www.focal.ca");
  focal_source_set_title (source, "The Unfinished Highway");
  g_assert_true (focal_graph_add_source (graph, source, &error));
  focal_entity_set_name (FOCAL_ENTITY (person), "Ana");
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (person), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (party), &error));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (ministry), &error));
  focal_link_set_period (member, period);
  focal_link_set_attribute (member, "role", "treasurer");
  focal_link_set_attribute (member, "x-note", "from the paper");
  focal_link_add_citation (member, citation);
  g_assert_true (focal_graph_add_link (graph, member, &error));
  g_assert_true (focal_graph_add_link (graph, works, &error));
  g_assert_no_error (error);

  text = focal_popolo_export (graph, NULL);
  root = json_from_string (text, &error);
  g_assert_no_error (error);
  object = json_node_get_object (root);

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "persons")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "organizations")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (object, "organizations"), 0),
                     "classification"), ==, "party");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (object, "organizations"), 1),
                     "classification"), ==, "ministry");

  /* Only the member-of link is a membership. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "memberships")), ==, 1);
  membership = json_array_get_object_element (json_object_get_array_member (object, "memberships"), 0);
  g_assert_cmpstr (json_object_get_string_member (membership, "person_id"), ==, "ana");
  g_assert_cmpstr (json_object_get_string_member (membership, "organization_id"), ==, "red");
  g_assert_cmpstr (json_object_get_string_member (membership, "role"), ==, "treasurer");
  g_assert_cmpstr (json_object_get_string_member (membership, "start_date"), ==, "1999");
  g_assert_cmpstr (json_object_get_string_member (membership, "end_date"), ==, "2004-10");
  g_assert_cmpstr (json_object_get_string_member (membership, "x-note"), ==, "from the paper");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (membership, "sources"), 0),
                     "url"), ==, "http://www.focal.ca");
  g_assert_false (json_object_has_member (object, "meta"));
  g_assert_false (json_object_has_member (object, "events"));
}

static void
test_popolo_assert_fails (const char *text,
                          int         code,
                          const char *where)
{
  g_autoptr(GListModel) report = NULL;
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(GError) error = NULL;

  graph = focal_popolo_import_data (text, -1, &report, &error);
  g_assert_null (graph);
  g_assert_null (report);
  g_assert_error (error, FOCAL_ERROR, code);
  if (!g_str_has_prefix (error->message, where))
    g_error ("expected a message starting with \"%s\", got \"%s\"", where, error->message);
}

static void
test_popolo_errors (void)
{
  test_popolo_assert_fails ("", FOCAL_ERROR_PARSE, "<data>:1:1: $: malformed JSON");
  test_popolo_assert_fails ("[]", FOCAL_ERROR_WRONG_TYPE, "<data>:1:1: $: expected an object");
  test_popolo_assert_fails ("{\"persons\": {}}", FOCAL_ERROR_WRONG_TYPE,
                            "<data>:1:13: $.persons: expected an array, got an object");
  test_popolo_assert_fails ("{\"persons\": [{\"id\": 7}]}", FOCAL_ERROR_WRONG_TYPE,
                            "<data>:1:21: $.persons[0].id: expected a string, got the number 7");
  test_popolo_assert_fails ("{\"persons\": [\n  {\"id\": \"a\", \"name\": [\"x\"]}]}",
                            FOCAL_ERROR_WRONG_TYPE, "<data>:2:23: $.persons[0].name: expected a string");
  test_popolo_assert_fails ("{\"persons\": [{\"name\": \"x\"}]}", FOCAL_ERROR_MISSING_FIELD,
                            "<data>:1:14: $.persons[0].id: missing required member \"id\"");
  test_popolo_assert_fails ("{\"persons\": [{\"id\": \"a\"}],\n \"organizations\": [{\"id\": \"a\"}]}",
                            FOCAL_ERROR_DUPLICATE_ID,
                            "<data>:2:27: $.organizations[0].id: duplicate id \"a\"");
  test_popolo_assert_fails ("{\"persons\": [{\"id\": \"a\", \"birth_date\": \"spring\"}]}",
                            FOCAL_ERROR_PARSE, "<data>:1:40: $.persons[0].birth_date: invalid date");
  test_popolo_assert_fails ("{\"memberships\": [{\"person_id\": \"a\", \"start_date\": 2004}]}",
                            FOCAL_ERROR_WRONG_TYPE, "<data>:1:51: $.memberships[0].start_date: expected a string");
  test_popolo_assert_fails ("{\"persons\": [{\"id\": \"a\",}]}", FOCAL_ERROR_PARSE,
                            "<data>:1:25: $.persons[0]: malformed JSON");
  test_popolo_assert_fails ("{\"persons\": [{\"id\": \"a\\q\"}]}", FOCAL_ERROR_PARSE,
                            "<data>:1:23: $.persons[0].id: malformed JSON: \"\\q\" is not a valid escape");
  test_popolo_assert_fails ("{\"persons\": [{\"id\": 01}]}", FOCAL_ERROR_PARSE,
                            "<data>:1:21: $.persons[0].id: malformed JSON");
  test_popolo_assert_fails ("{\"a\": \"\xff\"}", FOCAL_ERROR_PARSE,
                            "<data>:1:8: $.a: malformed JSON: the text is not valid UTF-8");
  test_popolo_assert_fails ("{\"persons\": []} []", FOCAL_ERROR_PARSE,
                            "<data>:1:17: $: malformed JSON: unexpected text");
  test_popolo_assert_fails ("{\"organizations\": [{\"id\": \"o\", \"parent_id\": \"p\"},\n"
                            "  {\"id\": \"p\", \"parent_id\": \"o\"}]}", FOCAL_ERROR_CYCLE,
                            "<data>:1:45: $.organizations[0].parent_id:");
}

static void
test_popolo_file (void)
{
  g_autofree char *path = test_popolo_data ("everypolitician-canada-commons", "ep-popolo-v1.0.json");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/popolo.json");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GListModel) report = NULL;
  g_autoptr(FocalGraph) graph = NULL;
  g_autoptr(GError) error = NULL;
  FocalProblem *problem;

  graph = focal_popolo_import_file (missing, &report, NULL, &error);
  g_assert_null (graph);
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/popolo.json"));
  g_clear_error (&error);

  if (path == NULL)
    return;
  file = g_file_new_for_path (path);

  g_cancellable_cancel (cancellable);
  graph = focal_popolo_import_file (file, NULL, cancellable, &error);
  g_assert_null (graph);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  graph = focal_popolo_import_file (file, &report, NULL, &error);
  g_assert_no_error (error);
  /* 541 persons and 6 organizations; 661 memberships. */
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_actors (graph)), ==, 547);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_links (graph)), ==, 661);
  g_assert_cmpuint (g_list_model_get_n_items (focal_graph_get_events (graph)), ==, 2);

  problem = test_popolo_find_problem (report, "$.persons[*].contact_details");
  g_assert_nonnull (problem);
  g_assert_cmpstr (focal_problem_get_file (problem), ==, "ep-popolo-v1.0.json");
  g_assert_cmpstr (focal_problem_get_message (problem), ==,
                   "$.persons[*].contact_details: not represented (342 values); "
                   "kept as extension data \"x-popolo\"");
  test_popolo_assert_note (report, "$.areas[*].type", "(458 values); dropped");
}

static void
test_popolo_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *text = focal_popolo_export (NULL, NULL);

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

  g_test_add_func ("/focal/popolo/person", test_popolo_person);
  g_test_add_func ("/focal/popolo/organization", test_popolo_organization);
  g_test_add_func ("/focal/popolo/membership", test_popolo_membership);
  g_test_add_func ("/focal/popolo/embedding", test_popolo_embedding);
  g_test_add_func ("/focal/popolo/event", test_popolo_event);
  g_test_add_func ("/focal/popolo/unsupported", test_popolo_unsupported);
  g_test_add_func ("/focal/popolo/legislature", test_popolo_legislature);
  g_test_add_func ("/focal/popolo/roundtrip", test_popolo_roundtrip);
  g_test_add_func ("/focal/popolo/export-graph", test_popolo_export_graph);
  g_test_add_func ("/focal/popolo/errors", test_popolo_errors);
  g_test_add_func ("/focal/popolo/file", test_popolo_file);
  g_test_add_func ("/focal/popolo/preconditions", test_popolo_preconditions);

  return g_test_run ();
}
