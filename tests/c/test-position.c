/* test-position.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
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

/* A graph with the actors "mexico" and "canada" and the issue "ftaa". */
static FocalGraph *
make_graph (void)
{
  g_autoptr(GError) error = NULL;
  FocalGraph *graph = focal_graph_new ();
  g_autoptr(FocalActor) mexico = focal_actor_new ("mexico", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalActor) canada = focal_actor_new ("canada", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalIssue) ftaa = focal_issue_new ("ftaa", FOCAL_ISSUE_AREA_ECONOMIC);

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (mexico), &error));
  g_assert_no_error (error);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (canada), &error));
  g_assert_no_error (error);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (ftaa), &error));
  g_assert_no_error (error);

  return graph;
}

static void
test_position_new (void)
{
  FocalPosition *pos = focal_position_new ("pos-mx-ftaa-1994", "mexico", "ftaa");
  char **refs;

  g_assert_true (FOCAL_IS_ENTITY (pos));
  g_assert_cmpstr (focal_entity_get_id (FOCAL_ENTITY (pos)), ==, "pos-mx-ftaa-1994");
  g_assert_cmpstr (focal_entity_get_kind_name (FOCAL_ENTITY (pos)), ==, "position");
  g_assert_cmpstr (focal_position_get_actor_id (pos), ==, "mexico");
  g_assert_cmpstr (focal_position_get_issue_id (pos), ==, "ftaa");
  g_assert_null (focal_position_get_date (pos));
  g_assert_cmpfloat (focal_position_get_stance (pos), ==, 0.0);
  g_assert_false (focal_position_get_has_stance (pos));
  g_assert_null (focal_position_get_label (pos));

  refs = focal_entity_dup_references (FOCAL_ENTITY (pos));
  g_assert_cmpstrv (refs, ((const char * const[]) { "mexico", "ftaa", NULL }));
  g_strfreev (refs);

  g_assert_finalize_object (pos);
}

static void
test_position_new_properties (void)
{
  g_autoptr(FocalDate) date = parse_date ("1994-12");
  g_autoptr(FocalDate) date_out = NULL;
  g_autofree char *actor_id = NULL;
  g_autofree char *issue_id = NULL;
  g_autofree char *label = NULL;
  FocalPosition *pos;
  gboolean has_stance;
  double stance;

  pos = g_object_new (FOCAL_TYPE_POSITION,
                      "id", "p1",
                      "actor-id", "canada",
                      "issue-id", "ftaa",
                      "date", date,
                      "stance", 0.75,
                      "label", "supportive",
                      NULL);

  g_object_get (pos,
                "actor-id", &actor_id,
                "issue-id", &issue_id,
                "date", &date_out,
                "stance", &stance,
                "has-stance", &has_stance,
                "label", &label,
                NULL);
  g_assert_cmpstr (actor_id, ==, "canada");
  g_assert_cmpstr (issue_id, ==, "ftaa");
  g_assert_true (focal_date_equal (date_out, date));
  g_assert_cmpfloat (stance, ==, 0.75);
  g_assert_true (has_stance);
  g_assert_cmpstr (label, ==, "supportive");

  g_assert_finalize_object (pos);
}

static void
test_position_ids (void)
{
  FocalPosition *pos = focal_position_new ("p1", NULL, NULL);
  g_autofree char *actor_id = NULL;
  g_autofree char *issue_id = NULL;
  guint actor_count = 0;
  guint issue_count = 0;

  g_signal_connect (pos, "notify::actor-id", G_CALLBACK (count_notify_cb), &actor_count);
  g_signal_connect (pos, "notify::issue-id", G_CALLBACK (count_notify_cb), &issue_count);

  focal_position_set_actor_id (pos, "mexico");
  focal_position_set_issue_id (pos, "ftaa");
  g_assert_cmpstr (focal_position_get_actor_id (pos), ==, "mexico");
  g_assert_cmpstr (focal_position_get_issue_id (pos), ==, "ftaa");
  g_assert_cmpuint (actor_count, ==, 1);
  g_assert_cmpuint (issue_count, ==, 1);

  focal_position_set_actor_id (pos, "mexico");
  focal_position_set_issue_id (pos, "ftaa");
  g_assert_cmpuint (actor_count, ==, 1);
  g_assert_cmpuint (issue_count, ==, 1);

  g_object_set (pos, "actor-id", "canada", "issue-id", "nafta", NULL);
  g_object_get (pos, "actor-id", &actor_id, "issue-id", &issue_id, NULL);
  g_assert_cmpstr (actor_id, ==, "canada");
  g_assert_cmpstr (issue_id, ==, "nafta");
  g_assert_cmpuint (actor_count, ==, 2);
  g_assert_cmpuint (issue_count, ==, 2);

  g_assert_finalize_object (pos);
}

static void
test_position_date (void)
{
  FocalPosition *pos = focal_position_new ("p1", "mexico", "ftaa");
  g_autoptr(FocalDate) date = parse_date ("1994");
  g_autoptr(FocalDate) same = parse_date ("1994");
  g_autoptr(FocalDate) other = parse_date ("1998/2001");
  g_autoptr(FocalDate) out = NULL;
  guint count = 0;

  g_signal_connect (pos, "notify::date", G_CALLBACK (count_notify_cb), &count);

  focal_position_set_date (pos, date);
  g_assert_true (focal_position_get_date (pos) == date);
  g_assert_cmpuint (count, ==, 1);

  focal_position_set_date (pos, same);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (pos, "date", other, NULL);
  g_object_get (pos, "date", &out, NULL);
  g_assert_true (focal_date_equal (out, other));
  g_assert_cmpuint (count, ==, 2);

  focal_position_set_date (pos, NULL);
  g_assert_null (focal_position_get_date (pos));
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (pos);
}

static void
test_position_stance (void)
{
  FocalPosition *pos = focal_position_new ("p1", "mexico", "ftaa");
  g_autoptr(GError) error = NULL;
  guint stance_count = 0;
  guint has_count = 0;
  gboolean has_stance;
  double stance;

  g_signal_connect (pos, "notify::stance", G_CALLBACK (count_notify_cb), &stance_count);
  g_signal_connect (pos, "notify::has-stance", G_CALLBACK (count_notify_cb), &has_count);

  g_assert_true (focal_position_set_stance (pos, -0.5, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (focal_position_get_stance (pos), ==, -0.5);
  g_assert_true (focal_position_get_has_stance (pos));
  g_assert_cmpuint (stance_count, ==, 1);
  g_assert_cmpuint (has_count, ==, 1);

  g_assert_true (focal_position_set_stance (pos, -0.5, NULL));
  g_assert_cmpuint (stance_count, ==, 1);
  g_assert_cmpuint (has_count, ==, 1);

  g_object_set (pos, "stance", 1.0, NULL);
  g_object_get (pos, "stance", &stance, "has-stance", &has_stance, NULL);
  g_assert_cmpfloat (stance, ==, 1.0);
  g_assert_true (has_stance);
  g_assert_cmpuint (stance_count, ==, 2);
  g_assert_cmpuint (has_count, ==, 1);

  focal_position_clear_stance (pos);
  g_assert_cmpfloat (focal_position_get_stance (pos), ==, 0.0);
  g_assert_false (focal_position_get_has_stance (pos));
  g_assert_cmpuint (stance_count, ==, 3);
  g_assert_cmpuint (has_count, ==, 2);

  focal_position_clear_stance (pos);
  g_assert_cmpuint (stance_count, ==, 3);
  g_assert_cmpuint (has_count, ==, 2);

  /* A stated neutral stance changes has-stance only. */
  g_assert_true (focal_position_set_stance (pos, 0.0, NULL));
  g_assert_true (focal_position_get_has_stance (pos));
  g_assert_cmpuint (stance_count, ==, 3);
  g_assert_cmpuint (has_count, ==, 3);

  g_assert_finalize_object (pos);
}

static void
test_position_stance_out_of_range (void)
{
  FocalPosition *pos = focal_position_new ("pos-mx-ftaa-1994", "mexico", "ftaa");
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_signal_connect (pos, "notify", G_CALLBACK (count_notify_cb), &count);

  g_assert_true (focal_position_set_stance (pos, 0.25, NULL));
  count = 0;

  g_assert_false (focal_position_set_stance (pos, 1.5, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "pos-mx-ftaa-1994"));
  g_assert_nonnull (strstr (error->message, "1.5"));
  g_clear_error (&error);

  g_assert_false (focal_position_set_stance (pos, -1.01, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "-1.01"));
  g_clear_error (&error);

  g_assert_false (focal_position_set_stance (pos, NAN, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "nan"));
  g_clear_error (&error);

  g_assert_false (focal_position_set_stance (pos, INFINITY, NULL));

  /* Nothing changed. */
  g_assert_cmpfloat (focal_position_get_stance (pos), ==, 0.25);
  g_assert_true (focal_position_get_has_stance (pos));
  g_assert_cmpuint (count, ==, 0);

  g_assert_finalize_object (pos);
}

static void
test_position_label (void)
{
  FocalPosition *pos = focal_position_new ("p1", "mexico", "ftaa");
  g_autofree char *label = NULL;
  guint count = 0;

  g_signal_connect (pos, "notify::label", G_CALLBACK (count_notify_cb), &count);

  focal_position_set_label (pos, "obstructionist");
  g_assert_cmpstr (focal_position_get_label (pos), ==, "obstructionist");
  g_assert_cmpuint (count, ==, 1);

  focal_position_set_label (pos, "obstructionist");
  g_assert_cmpuint (count, ==, 1);

  g_object_set (pos, "label", "more open", NULL);
  g_object_get (pos, "label", &label, NULL);
  g_assert_cmpstr (label, ==, "more open");
  g_assert_cmpuint (count, ==, 2);

  focal_position_set_label (pos, NULL);
  g_assert_null (focal_position_get_label (pos));
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (pos);
}

static void
test_position_validate_alone (void)
{
  FocalPosition *pos = focal_position_new ("p1", "mexico", "ftaa");
  g_autoptr(GError) error = NULL;

  g_assert_false (focal_entity_validate (FOCAL_ENTITY (pos), NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD);
  g_assert_nonnull (strstr (error->message, "\"p1\""));
  g_assert_nonnull (strstr (error->message, "stance or a label"));
  g_clear_error (&error);

  focal_position_set_label (pos, "lukewarm");
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (pos), NULL, &error));
  g_assert_no_error (error);

  focal_position_set_label (pos, NULL);
  g_assert_true (focal_position_set_stance (pos, -0.25, NULL));
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (pos), NULL, &error));
  g_assert_no_error (error);

  focal_position_set_actor_id (pos, NULL);
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (pos), NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD);
  g_assert_nonnull (strstr (error->message, "\"p1\""));
  g_assert_nonnull (strstr (error->message, "actor-id"));
  g_clear_error (&error);

  focal_position_set_actor_id (pos, "mexico");
  focal_position_set_issue_id (pos, "");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (pos), NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD);
  g_assert_nonnull (strstr (error->message, "issue-id"));
  g_clear_error (&error);

  g_assert_finalize_object (pos);
}

static void
test_position_graph (void)
{
  FocalGraph *graph = make_graph ();
  FocalPosition *pos = focal_position_new ("pos-mx-ftaa-1994", "mexico", "ftaa");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;

  focal_position_set_label (pos, "obstructionist");
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (pos), graph, &error));
  g_assert_no_error (error);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (pos), &error));
  g_assert_no_error (error);
  g_assert_true (focal_entity_get_graph (FOCAL_ENTITY (pos)) == graph);

  found = focal_graph_dup_positions_for (graph, "mexico", "ftaa");
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);

  g_clear_object (&found);
  g_assert_finalize_object (graph);
  g_assert_finalize_object (pos);
}

static void
test_position_issue_is_actor (void)
{
  FocalGraph *graph = make_graph ();
  FocalPosition *pos = focal_position_new ("p1", "mexico", "canada");
  g_autoptr(GError) error = NULL;

  focal_position_set_label (pos, "supportive");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (pos), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_cmpstr (error->message, ==,
                   "position \"p1\": issue \"canada\" is an actor, not an issue");
  g_clear_error (&error);

  g_assert_false (focal_graph_add (graph, FOCAL_ENTITY (pos), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_null (focal_graph_lookup (graph, "p1"));
  g_clear_error (&error);

  /* The actor end must be an actor too. */
  focal_position_set_actor_id (pos, "ftaa");
  focal_position_set_issue_id (pos, "ftaa");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (pos), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_nonnull (strstr (error->message, "\"p1\""));
  g_assert_nonnull (strstr (error->message, "actor \"ftaa\" is an issue"));

  g_assert_finalize_object (graph);
  g_assert_finalize_object (pos);
}

static void
test_position_dangling (void)
{
  FocalGraph *graph = make_graph ();
  FocalPosition *pos = focal_position_new ("p2", "usa", "ftaa");
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_position_set_stance (pos, 0.5, NULL));
  g_assert_false (focal_graph_add (graph, FOCAL_ENTITY (pos), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "\"p2\""));
  g_assert_nonnull (strstr (error->message, "actor"));
  g_assert_nonnull (strstr (error->message, "\"usa\""));
  g_clear_error (&error);

  focal_position_set_actor_id (pos, "canada");
  focal_position_set_issue_id (pos, "nafta");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (pos), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "issue \"nafta\""));

  g_assert_finalize_object (graph);
  g_assert_finalize_object (pos);
}

static void
test_position_stance_property_range (void)
{
  if (g_test_subprocess ())
    {
      FocalPosition *pos = focal_position_new ("p1", "mexico", "ftaa");

      /* GObject refuses values outside the pspec range with a warning. */
      g_object_set (pos, "stance", 1.5, NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*stance*");
}

static void
test_position_null_self (void)
{
  if (g_test_subprocess ())
    {
      focal_position_set_stance (NULL, 0.5, NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_POSITION*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/position/new", test_position_new);
  g_test_add_func ("/focal/position/new-properties", test_position_new_properties);
  g_test_add_func ("/focal/position/ids", test_position_ids);
  g_test_add_func ("/focal/position/date", test_position_date);
  g_test_add_func ("/focal/position/stance", test_position_stance);
  g_test_add_func ("/focal/position/stance-out-of-range", test_position_stance_out_of_range);
  g_test_add_func ("/focal/position/stance-property-range", test_position_stance_property_range);
  g_test_add_func ("/focal/position/label", test_position_label);
  g_test_add_func ("/focal/position/validate-alone", test_position_validate_alone);
  g_test_add_func ("/focal/position/graph", test_position_graph);
  g_test_add_func ("/focal/position/issue-is-actor", test_position_issue_is_actor);
  g_test_add_func ("/focal/position/dangling", test_position_dangling);
  g_test_add_func ("/focal/position/null-self", test_position_null_self);

  return g_test_run ();
}
