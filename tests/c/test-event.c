/* test-event.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <focal/focal.h>

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static FocalDate *
parse_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  FocalDate *date = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);
  return date;
}

static void
add_or_fail (FocalGraph  *graph,
             gpointer     entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (entity), &error));
  g_assert_no_error (error);
}

/* A graph with the actors "canada" and "mexico", the forum "jmc" and the
 * aggregate "jmc-1968-1999": 13 meetings over 1968/1999. */
static FocalGraph *
make_graph (void)
{
  FocalGraph *graph = focal_graph_new ();
  g_autoptr(FocalActor) canada = focal_actor_new ("canada", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalActor) mexico = focal_actor_new ("mexico", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalForum) jmc = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(FocalEvent) all = NULL;
  g_autoptr(FocalDate) period = parse_date ("1968/1999");

  all = focal_event_new_aggregate ("jmc-1968-1999", FOCAL_EVENT_KIND_MEETING,
                                   13, FOCAL_QUALIFIER_EXACT);
  focal_event_set_date (all, period);
  focal_event_set_forum_id (all, "jmc");

  add_or_fail (graph, canada);
  add_or_fail (graph, mexico);
  add_or_fail (graph, jmc);
  add_or_fail (graph, all);

  return graph;
}

static void
test_event_new (void)
{
  FocalEvent *event = focal_event_new ("jmc-1999", FOCAL_EVENT_KIND_MEETING);
  guint min = 0, max = 0;

  g_assert_true (FOCAL_IS_ENTITY (event));
  g_assert_cmpstr (focal_entity_get_id (FOCAL_ENTITY (event)), ==, "jmc-1999");
  g_assert_cmpstr (focal_entity_get_kind_name (FOCAL_ENTITY (event)), ==, "event");
  g_assert_cmpint (focal_event_get_kind (event), ==, FOCAL_EVENT_KIND_MEETING);
  g_assert_false (focal_event_get_aggregate (event));
  g_assert_cmpuint (focal_event_get_count (event), ==, 1);
  g_assert_cmpint (focal_event_get_count_qualifier (event), ==, FOCAL_QUALIFIER_EXACT);
  g_assert_null (focal_event_get_date (event));
  g_assert_null (focal_event_get_location (event));
  g_assert_null (focal_event_get_forum_id (event));
  g_assert_null (focal_event_get_parent_id (event));
  g_assert_nonnull (focal_event_get_participants (event));
  g_assert_null (focal_event_get_participants (event)[0]);

  focal_event_get_count_bounds (event, &min, &max);
  g_assert_cmpuint (min, ==, 1);
  g_assert_cmpuint (max, ==, 1);

  g_assert_true (focal_entity_validate (FOCAL_ENTITY (event), NULL, NULL));

  g_assert_finalize_object (event);
}

static void
test_event_new_aggregate (void)
{
  FocalEvent *event;
  FocalQualifier qualifier;
  gboolean aggregate;
  guint count;

  event = focal_event_new_aggregate ("missions", FOCAL_EVENT_KIND_MISSION,
                                     25, FOCAL_QUALIFIER_MORE_THAN);
  g_object_get (event,
                "aggregate", &aggregate,
                "count", &count,
                "count-qualifier", &qualifier,
                NULL);
  g_assert_true (aggregate);
  g_assert_cmpuint (count, ==, 25);
  g_assert_cmpint (qualifier, ==, FOCAL_QUALIFIER_MORE_THAN);
  g_assert_cmpint (focal_event_get_kind (event), ==, FOCAL_EVENT_KIND_MISSION);

  g_assert_finalize_object (event);

  event = g_object_new (FOCAL_TYPE_EVENT, "id", "x", "aggregate", TRUE, NULL);
  g_assert_true (focal_event_get_aggregate (event));
  g_assert_finalize_object (event);
}

static void
test_event_properties (void)
{
  FocalEvent *event = focal_event_new ("e", FOCAL_EVENT_KIND_OTHER);
  g_autoptr(FocalDate) date = parse_date ("1999-11-08");
  g_autoptr(FocalDate) same = parse_date ("1999-11-08");
  g_autoptr(FocalDate) date_out = NULL;
  g_autofree char *location = NULL;
  g_autofree char *forum_id = NULL;
  g_autofree char *parent_id = NULL;
  FocalEventKind kind;
  guint count = 0;

  g_signal_connect (event, "notify", G_CALLBACK (count_notify_cb), &count);

  focal_event_set_kind (event, FOCAL_EVENT_KIND_VISIT);
  focal_event_set_date (event, date);
  focal_event_set_location (event, "Ottawa");
  focal_event_set_forum_id (event, "jmc");
  focal_event_set_parent_id (event, "jmc-1968-1999");
  g_assert_cmpuint (count, ==, 5);
  g_assert_cmpint (focal_event_get_kind (event), ==, FOCAL_EVENT_KIND_VISIT);
  g_assert_true (focal_event_get_date (event) == date);
  g_assert_cmpstr (focal_event_get_location (event), ==, "Ottawa");
  g_assert_cmpstr (focal_event_get_forum_id (event), ==, "jmc");
  g_assert_cmpstr (focal_event_get_parent_id (event), ==, "jmc-1968-1999");

  /* No-ops notify nothing. */
  focal_event_set_kind (event, FOCAL_EVENT_KIND_VISIT);
  focal_event_set_date (event, same);
  focal_event_set_location (event, "Ottawa");
  focal_event_set_forum_id (event, "jmc");
  focal_event_set_parent_id (event, "jmc-1968-1999");
  g_assert_cmpuint (count, ==, 5);

  g_object_set (event,
                "kind", FOCAL_EVENT_KIND_SUMMIT,
                "date", NULL,
                "location", "Mexico City",
                "forum-id", NULL,
                "parent-id", NULL,
                NULL);
  g_assert_cmpuint (count, ==, 10);
  g_object_get (event,
                "kind", &kind,
                "date", &date_out,
                "location", &location,
                "forum-id", &forum_id,
                "parent-id", &parent_id,
                NULL);
  g_assert_cmpint (kind, ==, FOCAL_EVENT_KIND_SUMMIT);
  g_assert_null (date_out);
  g_assert_cmpstr (location, ==, "Mexico City");
  g_assert_null (forum_id);
  g_assert_null (parent_id);

  g_assert_finalize_object (event);
}

static void
test_event_participants (void)
{
  FocalEvent *event = focal_event_new ("e", FOCAL_EVENT_KIND_MEETING);
  const char *with_duplicates[] = { "mexico", "canada", "mexico", "usa", NULL };
  const char *same[] = { "mexico", "canada", "usa", NULL };
  g_auto(GStrv) out = NULL;
  guint count = 0;

  g_signal_connect (event, "notify::participants", G_CALLBACK (count_notify_cb), &count);

  g_assert_true (focal_event_add_participant (event, "canada"));
  g_assert_true (focal_event_add_participant (event, "mexico"));
  g_assert_false (focal_event_add_participant (event, "canada"));
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstrv (focal_event_get_participants (event),
                    ((const char * const[]) { "canada", "mexico", NULL }));
  g_assert_true (focal_event_has_participant (event, "mexico"));
  g_assert_false (focal_event_has_participant (event, "usa"));

  focal_event_set_participants (event, with_duplicates);
  g_assert_cmpuint (count, ==, 3);
  g_assert_cmpstrv (focal_event_get_participants (event), same);

  focal_event_set_participants (event, same);
  g_assert_cmpuint (count, ==, 3);

  g_object_set (event, "participants", (const char * const[]) { "usa", NULL }, NULL);
  g_assert_cmpuint (count, ==, 4);
  g_object_get (event, "participants", &out, NULL);
  g_assert_cmpstrv (out, ((const char * const[]) { "usa", NULL }));

  focal_event_set_participants (event, NULL);
  g_assert_cmpuint (count, ==, 5);
  g_assert_null (focal_event_get_participants (event)[0]);

  g_assert_finalize_object (event);
}

static void
test_event_set_count (void)
{
  FocalEvent *event = focal_event_new_aggregate ("a", FOCAL_EVENT_KIND_MEETING,
                                                 13, FOCAL_QUALIFIER_EXACT);
  guint count_count = 0;
  guint qualifier_count = 0;

  g_signal_connect (event, "notify::count", G_CALLBACK (count_notify_cb), &count_count);
  g_signal_connect (event, "notify::count-qualifier",
                    G_CALLBACK (count_notify_cb), &qualifier_count);

  focal_event_set_count (event, 25, FOCAL_QUALIFIER_MORE_THAN);
  g_assert_cmpuint (focal_event_get_count (event), ==, 25);
  g_assert_cmpint (focal_event_get_count_qualifier (event), ==, FOCAL_QUALIFIER_MORE_THAN);
  g_assert_cmpuint (count_count, ==, 1);
  g_assert_cmpuint (qualifier_count, ==, 1);

  focal_event_set_count (event, 25, FOCAL_QUALIFIER_MORE_THAN);
  g_assert_cmpuint (count_count, ==, 1);
  g_assert_cmpuint (qualifier_count, ==, 1);

  focal_event_set_count (event, 30, FOCAL_QUALIFIER_MORE_THAN);
  g_assert_cmpuint (count_count, ==, 2);
  g_assert_cmpuint (qualifier_count, ==, 1);

  focal_event_set_count (event, 30, FOCAL_QUALIFIER_APPROXIMATE);
  g_assert_cmpuint (count_count, ==, 2);
  g_assert_cmpuint (qualifier_count, ==, 2);

  g_assert_finalize_object (event);
}

static void
test_event_set_count_single (void)
{
  if (g_test_subprocess ())
    {
      FocalEvent *event = focal_event_new ("e", FOCAL_EVENT_KIND_MEETING);

      focal_event_set_count (event, 3, FOCAL_QUALIFIER_EXACT);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*self->aggregate*");
}

static void
assert_bounds (guint          count,
               FocalQualifier qualifier,
               guint          expected_min,
               guint          expected_max)
{
  FocalEvent *event = focal_event_new_aggregate ("a", FOCAL_EVENT_KIND_MEETING,
                                                 count, qualifier);
  guint min = 42, max = 42;

  focal_event_get_count_bounds (event, &min, &max);
  g_assert_cmpuint (min, ==, expected_min);
  g_assert_cmpuint (max, ==, expected_max);

  /* Both out arguments are optional. */
  min = 42;
  focal_event_get_count_bounds (event, &min, NULL);
  g_assert_cmpuint (min, ==, expected_min);
  max = 42;
  focal_event_get_count_bounds (event, NULL, &max);
  g_assert_cmpuint (max, ==, expected_max);
  focal_event_get_count_bounds (event, NULL, NULL);

  g_assert_finalize_object (event);
}

static void
test_event_count_bounds (void)
{
  assert_bounds (13, FOCAL_QUALIFIER_EXACT, 13, 13);
  assert_bounds (0, FOCAL_QUALIFIER_EXACT, 0, 0);
  assert_bounds (5, FOCAL_QUALIFIER_AT_LEAST, 5, FOCAL_COUNT_UNBOUNDED);
  assert_bounds (25, FOCAL_QUALIFIER_MORE_THAN, 26, FOCAL_COUNT_UNBOUNDED);
  assert_bounds (G_MAXUINT, FOCAL_QUALIFIER_MORE_THAN, G_MAXUINT, FOCAL_COUNT_UNBOUNDED);
  assert_bounds (4, FOCAL_QUALIFIER_AT_MOST, 0, 4);
  assert_bounds (5, FOCAL_QUALIFIER_FEWER_THAN, 0, 4);
  assert_bounds (1, FOCAL_QUALIFIER_FEWER_THAN, 0, 0);
  assert_bounds (0, FOCAL_QUALIFIER_FEWER_THAN, 0, 0);
  assert_bounds (50, FOCAL_QUALIFIER_APPROXIMATE, 0, FOCAL_COUNT_UNBOUNDED);
}

static void
test_event_fewer_than_zero (void)
{
  FocalEvent *event = focal_event_new_aggregate ("none", FOCAL_EVENT_KIND_VISIT,
                                                 0, FOCAL_QUALIFIER_FEWER_THAN);
  g_autoptr(GError) error = NULL;

  g_assert_false (focal_entity_validate (FOCAL_ENTITY (event), NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "\"none\""));
  g_assert_nonnull (strstr (error->message, "fewer than 0"));
  g_clear_error (&error);

  focal_event_set_count (event, 1, FOCAL_QUALIFIER_FEWER_THAN);
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (event), NULL, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (event);
}

static void
test_event_references (void)
{
  FocalEvent *event = focal_event_new ("e", FOCAL_EVENT_KIND_MEETING);
  char **refs;

  focal_event_set_forum_id (event, "jmc");
  focal_event_set_parent_id (event, "jmc-1968-1999");
  focal_event_add_participant (event, "canada");
  focal_event_add_participant (event, "mexico");

  refs = focal_entity_dup_references (FOCAL_ENTITY (event));
  g_assert_cmpstrv (refs, ((const char * const[]) {
                             "jmc", "jmc-1968-1999", "canada", "mexico", NULL }));
  g_strfreev (refs);

  g_assert_finalize_object (event);
}

/* The paper's own example: "the JMC met 13 times between 1968 and 1999, five
 * of which between 1989 and 1999". */
static void
test_event_jmc_example (void)
{
  FocalGraph *graph = make_graph ();
  FocalEvent *late = focal_event_new_aggregate ("jmc-1989-1999", FOCAL_EVENT_KIND_MEETING,
                                                5, FOCAL_QUALIFIER_EXACT);
  FocalEvent *meeting = focal_event_new ("jmc-1999", FOCAL_EVENT_KIND_MEETING);
  g_autoptr(FocalDate) late_period = parse_date ("1989/1999");
  g_autoptr(FocalDate) meeting_day = parse_date ("1999-11-08");
  g_autoptr(GError) error = NULL;

  focal_event_set_date (late, late_period);
  focal_event_set_forum_id (late, "jmc");
  focal_event_set_parent_id (late, "jmc-1968-1999");
  focal_event_add_participant (late, "canada");
  focal_event_add_participant (late, "mexico");

  g_assert_true (focal_entity_validate (FOCAL_ENTITY (late), graph, &error));
  g_assert_no_error (error);
  add_or_fail (graph, late);

  /* A single meeting counted in the nested total. */
  focal_event_set_date (meeting, meeting_day);
  focal_event_set_parent_id (meeting, "jmc-1989-1999");
  focal_event_set_location (meeting, "Mexico City");
  add_or_fail (graph, meeting);

  g_assert_finalize_object (graph);
  g_assert_finalize_object (late);
  g_assert_finalize_object (meeting);
}

static void
test_event_child_exceeds_parent (void)
{
  FocalGraph *graph = make_graph ();
  FocalEvent *child = focal_event_new_aggregate ("jmc-too-many", FOCAL_EVENT_KIND_MEETING,
                                                 14, FOCAL_QUALIFIER_EXACT);
  g_autoptr(GError) error = NULL;

  focal_event_set_parent_id (child, "jmc-1968-1999");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (child), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT);
  g_assert_cmpstr (error->message, ==,
                   "event \"jmc-too-many\": at least 14 encounters cannot be part of "
                   "\"jmc-1968-1999\" with at most 13");
  g_clear_error (&error);

  g_assert_false (focal_graph_add (graph, FOCAL_ENTITY (child), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT);
  g_assert_null (focal_graph_lookup (graph, "jmc-too-many"));
  g_clear_error (&error);

  /* "More than 12" can still fit in 13; "more than 13" cannot. */
  focal_event_set_count (child, 12, FOCAL_QUALIFIER_MORE_THAN);
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (child), graph, &error));
  g_assert_no_error (error);
  focal_event_set_count (child, 13, FOCAL_QUALIFIER_MORE_THAN);
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (child), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT);
  g_assert_nonnull (strstr (error->message, "at least 14"));
  g_clear_error (&error);

  /* An approximate count gives no bound, so it never contradicts. */
  focal_event_set_count (child, 40, FOCAL_QUALIFIER_APPROXIMATE);
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (child), graph, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (graph);
  g_assert_finalize_object (child);
}

static void
test_event_child_exceeds_upper_bound (void)
{
  FocalGraph *graph = focal_graph_new ();
  FocalEvent *parent = focal_event_new_aggregate ("jmc-1968-1999", FOCAL_EVENT_KIND_MEETING,
                                                  5, FOCAL_QUALIFIER_FEWER_THAN);
  FocalEvent *child = focal_event_new_aggregate ("jmc-1989-1999", FOCAL_EVENT_KIND_MEETING,
                                                 5, FOCAL_QUALIFIER_AT_LEAST);
  g_autoptr(GError) error = NULL;

  add_or_fail (graph, parent);
  focal_event_set_parent_id (child, "jmc-1968-1999");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (child), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT);
  g_assert_cmpstr (error->message, ==,
                   "event \"jmc-1989-1999\": at least 5 encounters cannot be part of "
                   "\"jmc-1968-1999\" with at most 4");

  g_assert_finalize_object (graph);
  g_assert_finalize_object (parent);
  g_assert_finalize_object (child);
}

static void
test_event_parent_not_aggregate (void)
{
  FocalGraph *graph = make_graph ();
  FocalEvent *single = focal_event_new ("jmc-1999", FOCAL_EVENT_KIND_MEETING);
  FocalEvent *meeting = focal_event_new ("jmc-1999-session", FOCAL_EVENT_KIND_MEETING);
  g_autoptr(GError) error = NULL;

  add_or_fail (graph, single);

  focal_event_set_parent_id (meeting, "jmc-1999");
  g_assert_false (focal_graph_add (graph, FOCAL_ENTITY (meeting), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_nonnull (strstr (error->message, "\"jmc-1999-session\""));
  g_assert_nonnull (strstr (error->message, "parent \"jmc-1999\""));
  g_assert_nonnull (strstr (error->message, "not an aggregate"));
  g_clear_error (&error);

  /* A parent that is not an event at all. */
  focal_event_set_parent_id (meeting, "jmc");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (meeting), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_cmpstr (error->message, ==,
                   "event \"jmc-1999-session\": parent \"jmc\" is a forum, not an event");
  g_clear_error (&error);

  focal_event_set_parent_id (meeting, "jmc-2000-2005");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (meeting), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "\"jmc-1999-session\""));
  g_assert_nonnull (strstr (error->message, "parent \"jmc-2000-2005\""));
  g_clear_error (&error);

  g_assert_finalize_object (graph);
  g_assert_finalize_object (single);
  g_assert_finalize_object (meeting);
}

static void
test_event_date_outside_parent (void)
{
  FocalGraph *graph = make_graph ();
  FocalEvent *child = focal_event_new_aggregate ("jmc-1960-1970", FOCAL_EVENT_KIND_MEETING,
                                                 2, FOCAL_QUALIFIER_EXACT);
  g_autoptr(FocalDate) period = parse_date ("1960/1970");
  g_autoptr(FocalDate) inside = parse_date ("1970/1975");
  g_autoptr(GError) error = NULL;

  focal_event_set_parent_id (child, "jmc-1968-1999");
  focal_event_set_date (child, period);
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (child), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT);
  g_assert_nonnull (strstr (error->message, "\"jmc-1960-1970\""));
  g_assert_nonnull (strstr (error->message, "1960/1970"));
  g_assert_nonnull (strstr (error->message, "1968/1999"));
  g_assert_nonnull (strstr (error->message, "\"jmc-1968-1999\""));
  g_clear_error (&error);

  focal_event_set_date (child, inside);
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (child), graph, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (graph);
  g_assert_finalize_object (child);
}

static void
test_event_forum_and_participants (void)
{
  FocalGraph *graph = make_graph ();
  FocalEvent *event = focal_event_new ("visit", FOCAL_EVENT_KIND_VISIT);
  g_autoptr(GError) error = NULL;

  focal_event_set_forum_id (event, "canada");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (event), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_cmpstr (error->message, ==,
                   "event \"visit\": forum \"canada\" is an actor, not a forum");
  g_clear_error (&error);

  focal_event_set_forum_id (event, "apec");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (event), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "forum \"apec\""));
  g_clear_error (&error);

  focal_event_set_forum_id (event, "jmc");
  focal_event_add_participant (event, "canada");
  focal_event_add_participant (event, "usa");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (event), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "\"visit\""));
  g_assert_nonnull (strstr (error->message, "participant \"usa\""));
  g_clear_error (&error);

  focal_event_set_participants (event, (const char * const[]) { "mexico", "jmc", NULL });
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (event), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_nonnull (strstr (error->message, "participant \"jmc\" is a forum, not an actor"));
  g_clear_error (&error);

  focal_event_set_participants (event, (const char * const[]) { "mexico", "canada", NULL });
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (event), graph, &error));
  g_assert_no_error (error);

  /* Without a graph, references are not checked. */
  focal_event_add_participant (event, "nobody");
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (event), NULL, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (graph);
  g_assert_finalize_object (event);
}

static void
test_event_self_parent (void)
{
  FocalEvent *event = focal_event_new_aggregate ("loop", FOCAL_EVENT_KIND_MEETING,
                                                 3, FOCAL_QUALIFIER_EXACT);
  g_autoptr(GError) error = NULL;

  focal_event_set_parent_id (event, "loop");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (event), NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "\"loop\""));

  g_assert_finalize_object (event);
}

static void
test_event_cycle (void)
{
  FocalGraph *graph = focal_graph_new ();
  FocalEvent *a = focal_event_new_aggregate ("a", FOCAL_EVENT_KIND_MEETING,
                                             10, FOCAL_QUALIFIER_AT_MOST);
  FocalEvent *b = focal_event_new_aggregate ("b", FOCAL_EVENT_KIND_MEETING,
                                             5, FOCAL_QUALIFIER_AT_MOST);
  FocalEvent *c = focal_event_new_aggregate ("c", FOCAL_EVENT_KIND_MEETING,
                                             2, FOCAL_QUALIFIER_AT_MOST);
  FocalEvent *d = focal_event_new_aggregate ("d", FOCAL_EVENT_KIND_MEETING,
                                             1, FOCAL_QUALIFIER_AT_MOST);
  g_autoptr(GError) error = NULL;

  add_or_fail (graph, a);
  focal_event_set_parent_id (b, "a");
  add_or_fail (graph, b);
  focal_event_set_parent_id (c, "b");
  add_or_fail (graph, c);

  /* Closing the loop a -> c -> b -> a after the fact. */
  focal_event_set_parent_id (a, "c");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (a), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE);
  g_assert_cmpstr (error->message, ==,
                   "event \"a\": the parent chain loops: \"a\" -> \"c\" -> \"b\" -> \"a\"");
  g_clear_error (&error);

  /* An event outside the graph whose ancestors lead back to it. */
  focal_event_set_parent_id (a, "d");
  focal_event_set_parent_id (d, "c");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (d), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "event \"d\""));
  g_clear_error (&error);
  g_assert_false (focal_graph_add (graph, FOCAL_ENTITY (d), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE);
  g_clear_error (&error);

  focal_event_set_parent_id (a, NULL);
  g_assert_finalize_object (graph);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
  g_assert_finalize_object (c);
  g_assert_finalize_object (d);
}

static void
test_event_null_self (void)
{
  if (g_test_subprocess ())
    {
      focal_event_get_count_bounds (NULL, NULL, NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_EVENT*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/event/new", test_event_new);
  g_test_add_func ("/focal/event/new-aggregate", test_event_new_aggregate);
  g_test_add_func ("/focal/event/properties", test_event_properties);
  g_test_add_func ("/focal/event/participants", test_event_participants);
  g_test_add_func ("/focal/event/set-count", test_event_set_count);
  g_test_add_func ("/focal/event/set-count-single", test_event_set_count_single);
  g_test_add_func ("/focal/event/count-bounds", test_event_count_bounds);
  g_test_add_func ("/focal/event/fewer-than-zero", test_event_fewer_than_zero);
  g_test_add_func ("/focal/event/references", test_event_references);
  g_test_add_func ("/focal/event/jmc-example", test_event_jmc_example);
  g_test_add_func ("/focal/event/child-exceeds-parent", test_event_child_exceeds_parent);
  g_test_add_func ("/focal/event/child-exceeds-upper-bound", test_event_child_exceeds_upper_bound);
  g_test_add_func ("/focal/event/parent-not-aggregate", test_event_parent_not_aggregate);
  g_test_add_func ("/focal/event/date-outside-parent", test_event_date_outside_parent);
  g_test_add_func ("/focal/event/forum-and-participants", test_event_forum_and_participants);
  g_test_add_func ("/focal/event/self-parent", test_event_self_parent);
  g_test_add_func ("/focal/event/cycle", test_event_cycle);
  g_test_add_func ("/focal/event/null-self", test_event_null_self);

  return g_test_run ();
}
