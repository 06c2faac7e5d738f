/* test-issue.c
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

static void
test_issue_new (void)
{
  FocalIssue *issue = focal_issue_new ("ftaa", FOCAL_ISSUE_AREA_ECONOMIC);
  g_auto(GStrv) refs = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (FOCAL_IS_ENTITY (issue));
  g_assert_cmpstr (focal_entity_get_id (FOCAL_ENTITY (issue)), ==, "ftaa");
  g_assert_cmpstr (focal_entity_get_kind_name (FOCAL_ENTITY (issue)), ==, "issue");
  g_assert_cmpint (focal_issue_get_area (issue), ==, FOCAL_ISSUE_AREA_ECONOMIC);

  refs = focal_entity_dup_references (FOCAL_ENTITY (issue));
  g_assert_nonnull (refs);
  g_assert_cmpuint (g_strv_length (refs), ==, 0);

  g_assert_true (focal_entity_validate (FOCAL_ENTITY (issue), NULL, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (issue);
}

static void
test_issue_default_area (void)
{
  FocalIssue *issue = g_object_new (FOCAL_TYPE_ISSUE, "id", "misc", NULL);

  g_assert_cmpint (focal_issue_get_area (issue), ==, FOCAL_ISSUE_AREA_OTHER);

  g_assert_finalize_object (issue);
}

static void
test_issue_area (void)
{
  FocalIssue *issue = focal_issue_new ("democracy", FOCAL_ISSUE_AREA_OTHER);
  FocalIssueArea area;
  guint count = 0;

  g_signal_connect (issue, "notify::area", G_CALLBACK (count_notify_cb), &count);

  focal_issue_set_area (issue, FOCAL_ISSUE_AREA_POLITICAL);
  g_assert_cmpint (focal_issue_get_area (issue), ==, FOCAL_ISSUE_AREA_POLITICAL);
  g_assert_cmpuint (count, ==, 1);

  focal_issue_set_area (issue, FOCAL_ISSUE_AREA_POLITICAL);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (issue, "area", FOCAL_ISSUE_AREA_SECURITY, NULL);
  g_object_get (issue, "area", &area, NULL);
  g_assert_cmpint (area, ==, FOCAL_ISSUE_AREA_SECURITY);
  g_assert_cmpuint (count, ==, 2);

  g_object_set (issue, "area", FOCAL_ISSUE_AREA_SECURITY, NULL);
  g_assert_cmpuint (count, ==, 2);

  g_assert_finalize_object (issue);
}

static void
test_issue_in_graph (void)
{
  FocalGraph *graph = focal_graph_new ();
  FocalIssue *issue = focal_issue_new ("peacekeeping", FOCAL_ISSUE_AREA_SECURITY);
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (issue), &error));
  g_assert_no_error (error);
  g_assert_true (focal_graph_lookup (graph, "peacekeeping") == FOCAL_ENTITY (issue));
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (issue), graph, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (graph);
  g_assert_finalize_object (issue);
}

static void
test_issue_preconditions (void)
{
  if (g_test_subprocess ())
    {
      focal_issue_set_area (NULL, FOCAL_ISSUE_AREA_SOCIAL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*FOCAL_IS_ISSUE*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/issue/new", test_issue_new);
  g_test_add_func ("/focal/issue/default-area", test_issue_default_area);
  g_test_add_func ("/focal/issue/area", test_issue_area);
  g_test_add_func ("/focal/issue/in-graph", test_issue_in_graph);
  g_test_add_func ("/focal/issue/preconditions", test_issue_preconditions);

  return g_test_run ();
}
