/* test-forum.c
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

typedef struct
{
  guint count;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *changed = user_data;

  changed->count++;
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
}

static FocalDate *
parse_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  FocalDate *date = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);

  return date;
}

static FocalMembership *
membership_new (const char *actor_id,
                FocalRole   role,
                const char *period)
{
  FocalMembership *member = focal_membership_new (actor_id, role);

  if (period != NULL)
    {
      g_autoptr(FocalDate) date = parse_date (period);

      focal_membership_set_period (member, date);
    }

  return member;
}

static void
add_membership (FocalForum *forum,
                const char *actor_id,
                FocalRole   role,
                const char *period)
{
  g_autoptr(FocalMembership) member = membership_new (actor_id, role, period);

  focal_forum_add_member (forum, member);
}

static void
test_forum_new (void)
{
  FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  FocalEntity *entity = FOCAL_ENTITY (forum);
  g_auto(GStrv) refs = NULL;
  GListModel *members;

  g_assert_true (FOCAL_IS_ENTITY (forum));
  g_assert_cmpstr (focal_entity_get_id (entity), ==, "jmc");
  g_assert_cmpstr (focal_entity_get_kind_name (entity), ==, "forum");
  g_assert_cmpint (focal_forum_get_kind (forum), ==, FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_assert_null (focal_forum_get_founded (forum));
  g_assert_null (focal_forum_get_cadence (forum));

  members = focal_forum_get_members (forum);
  g_assert_true (G_IS_LIST_MODEL (members));
  g_assert_true (g_list_model_get_item_type (members) == FOCAL_TYPE_MEMBERSHIP);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 0);
  g_assert_true (focal_forum_get_members (forum) == members);

  refs = focal_entity_dup_references (entity);
  g_assert_cmpuint (g_strv_length (refs), ==, 0);

  g_assert_finalize_object (forum);
}

static void
test_forum_kind (void)
{
  FocalForum *forum = g_object_new (FOCAL_TYPE_FORUM, "id", "oas", NULL);
  FocalForumKind kind;
  guint count = 0;

  g_assert_cmpint (focal_forum_get_kind (forum), ==, FOCAL_FORUM_KIND_OTHER);
  g_signal_connect (forum, "notify::kind", G_CALLBACK (count_notify_cb), &count);

  focal_forum_set_kind (forum, FOCAL_FORUM_KIND_MULTILATERAL_ORGANIZATION);
  g_assert_cmpint (focal_forum_get_kind (forum), ==, FOCAL_FORUM_KIND_MULTILATERAL_ORGANIZATION);
  g_assert_cmpuint (count, ==, 1);

  focal_forum_set_kind (forum, FOCAL_FORUM_KIND_MULTILATERAL_ORGANIZATION);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (forum, "kind", FOCAL_FORUM_KIND_SUMMIT, NULL);
  g_object_get (forum, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, FOCAL_FORUM_KIND_SUMMIT);
  g_assert_cmpuint (count, ==, 2);

  g_object_set (forum, "kind", FOCAL_FORUM_KIND_SUMMIT, NULL);
  g_assert_cmpuint (count, ==, 2);

  g_assert_finalize_object (forum);
}

static void
test_forum_founded (void)
{
  FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(FocalDate) y1968 = focal_date_new (1968, 0, 0);
  g_autoptr(FocalDate) y1968_again = focal_date_new (1968, 0, 0);
  g_autoptr(FocalDate) y1990 = focal_date_new (1990, 0, 0);
  g_autoptr(FocalDate) read_back = NULL;
  guint count = 0;

  g_signal_connect (forum, "notify::founded", G_CALLBACK (count_notify_cb), &count);

  focal_forum_set_founded (forum, y1968);
  g_assert_true (focal_forum_get_founded (forum) == y1968);
  g_assert_cmpuint (count, ==, 1);

  /* An equal date is a no-op, even as another object. */
  focal_forum_set_founded (forum, y1968_again);
  g_assert_true (focal_forum_get_founded (forum) == y1968);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (forum, "founded", y1990, NULL);
  g_object_get (forum, "founded", &read_back, NULL);
  g_assert_true (focal_date_equal (read_back, y1990));
  g_assert_cmpint (focal_date_get_year (read_back), ==, 1990);
  g_assert_cmpuint (count, ==, 2);

  g_object_set (forum, "founded", y1990, NULL);
  g_assert_cmpuint (count, ==, 2);

  focal_forum_set_founded (forum, NULL);
  g_assert_null (focal_forum_get_founded (forum));
  g_assert_cmpuint (count, ==, 3);

  focal_forum_set_founded (forum, NULL);
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (forum);
}

static void
test_forum_cadence (void)
{
  FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autofree char *cadence = NULL;
  guint count = 0;

  g_signal_connect (forum, "notify::cadence", G_CALLBACK (count_notify_cb), &count);

  focal_forum_set_cadence (forum, "every two years");
  g_assert_cmpstr (focal_forum_get_cadence (forum), ==, "every two years");
  g_assert_cmpuint (count, ==, 1);

  focal_forum_set_cadence (forum, "every two years");
  g_assert_cmpuint (count, ==, 1);

  g_object_set (forum, "cadence", "annually", NULL);
  g_object_get (forum, "cadence", &cadence, NULL);
  g_assert_cmpstr (cadence, ==, "annually");
  g_assert_cmpuint (count, ==, 2);

  g_object_set (forum, "cadence", "annually", NULL);
  g_assert_cmpuint (count, ==, 2);

  focal_forum_set_cadence (forum, NULL);
  g_assert_null (focal_forum_get_cadence (forum));
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (forum);
}

static void
test_forum_members (void)
{
  FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  GListModel *members = focal_forum_get_members (forum);
  ItemsChanged changed = { 0, };
  FocalMembership *chair = membership_new ("sre", FOCAL_ROLE_CHAIR, "1968/1999");
  g_autoptr(FocalMembership) item = NULL;
  g_auto(GStrv) refs = NULL;

  g_signal_connect (members, "items-changed", G_CALLBACK (items_changed_cb), &changed);

  focal_forum_add_member (forum, chair);
  g_assert_cmpuint (changed.count, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);

  add_membership (forum, "dfait", FOCAL_ROLE_CHAIR, NULL);
  add_membership (forum, "sre", FOCAL_ROLE_MEMBER, "2000/2010");
  add_membership (forum, "cida", FOCAL_ROLE_OBSERVER, NULL);
  g_assert_cmpuint (changed.count, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 4);

  item = g_list_model_get_item (members, 0);
  g_assert_true (item == chair);
  g_clear_object (&item);
  item = g_list_model_get_item (members, 2);
  g_assert_cmpstr (focal_membership_get_actor_id (item), ==, "sre");
  g_assert_cmpint (focal_membership_get_role (item), ==, FOCAL_ROLE_MEMBER);
  g_clear_object (&item);

  /* Each actor once, in order of first appearance. */
  refs = focal_entity_dup_references (FOCAL_ENTITY (forum));
  g_assert_cmpuint (g_strv_length (refs), ==, 3);
  g_assert_cmpstr (refs[0], ==, "sre");
  g_assert_cmpstr (refs[1], ==, "dfait");
  g_assert_cmpstr (refs[2], ==, "cida");

  /* Both memberships of the SRE go, in one change. */
  changed.count = 0;
  g_assert_true (focal_forum_remove_member (forum, "sre"));
  g_assert_cmpuint (changed.count, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 3);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  item = g_list_model_get_item (members, 0);
  g_assert_cmpstr (focal_membership_get_actor_id (item), ==, "dfait");
  g_clear_object (&item);
  item = g_list_model_get_item (members, 1);
  g_assert_cmpstr (focal_membership_get_actor_id (item), ==, "cida");
  g_clear_object (&item);

  g_assert_false (focal_forum_remove_member (forum, "sre"));
  g_assert_false (focal_forum_remove_member (forum, "nobody"));
  g_assert_cmpuint (changed.count, ==, 1);

  g_assert_true (focal_forum_remove_member (forum, "cida"));
  g_assert_cmpuint (changed.count, ==, 2);
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 1);
  g_assert_cmpuint (changed.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);

  g_signal_handlers_disconnect_by_func (members, items_changed_cb, &changed);
  g_assert_finalize_object (forum);
  g_assert_finalize_object (chair);
}

static void
test_forum_members_at (void)
{
  FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(FocalDate) y1980 = focal_date_new (1980, 0, 0);
  g_autoptr(FocalDate) y2004 = focal_date_new (2004, 10, 15);
  g_autoptr(FocalDate) y2020 = focal_date_new (2020, 0, 0);
  g_autoptr(GPtrArray) at = NULL;

  add_membership (forum, "sre", FOCAL_ROLE_CHAIR, "1968/1999");
  add_membership (forum, "dfait", FOCAL_ROLE_CHAIR, NULL);
  add_membership (forum, "sre", FOCAL_ROLE_MEMBER, "2000/2010");

  at = focal_forum_dup_members_at (forum, NULL);
  g_assert_cmpuint (at->len, ==, 3);
  g_clear_pointer (&at, g_ptr_array_unref);

  at = focal_forum_dup_members_at (forum, y1980);
  g_assert_cmpuint (at->len, ==, 2);
  g_assert_cmpstr (focal_membership_get_actor_id (at->pdata[0]), ==, "sre");
  g_assert_cmpint (focal_membership_get_role (at->pdata[0]), ==, FOCAL_ROLE_CHAIR);
  g_assert_cmpstr (focal_membership_get_actor_id (at->pdata[1]), ==, "dfait");
  g_clear_pointer (&at, g_ptr_array_unref);

  at = focal_forum_dup_members_at (forum, y2004);
  g_assert_cmpuint (at->len, ==, 2);
  g_assert_cmpstr (focal_membership_get_actor_id (at->pdata[0]), ==, "dfait");
  g_assert_cmpstr (focal_membership_get_actor_id (at->pdata[1]), ==, "sre");
  g_assert_cmpint (focal_membership_get_role (at->pdata[1]), ==, FOCAL_ROLE_MEMBER);
  g_clear_pointer (&at, g_ptr_array_unref);

  at = focal_forum_dup_members_at (forum, y2020);
  g_assert_cmpuint (at->len, ==, 1);
  g_assert_cmpstr (focal_membership_get_actor_id (at->pdata[0]), ==, "dfait");

  /* The array holds its own references. */
  focal_forum_remove_member (forum, "dfait");
  g_assert_cmpstr (focal_membership_get_actor_id (at->pdata[0]), ==, "dfait");

  g_assert_finalize_object (forum);
}

static FocalGraph *
graph_with_actors (void)
{
  FocalGraph *graph = focal_graph_new ();
  const char *ids[] = { "sre", "dfait" };
  g_autoptr(FocalIssue) issue = focal_issue_new ("ftaa", FOCAL_ISSUE_AREA_ECONOMIC);
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(FocalActor) actor = focal_actor_new (ids[i], FOCAL_ACTOR_KIND_MINISTRY);

      focal_graph_add (graph, FOCAL_ENTITY (actor), &error);
      g_assert_no_error (error);
    }

  focal_graph_add (graph, FOCAL_ENTITY (issue), &error);
  g_assert_no_error (error);

  return graph;
}

static void
test_forum_validate (void)
{
  FocalGraph *graph = graph_with_actors ();
  FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(GError) error = NULL;

  add_membership (forum, "sre", FOCAL_ROLE_CHAIR, "1968/1999");
  add_membership (forum, "dfait", FOCAL_ROLE_CHAIR, NULL);
  add_membership (forum, "sre", FOCAL_ROLE_MEMBER, "2000/2010");

  g_assert_true (focal_entity_validate (FOCAL_ENTITY (forum), NULL, &error));
  g_assert_no_error (error);

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (forum), &error));
  g_assert_no_error (error);
  g_assert_true (focal_graph_lookup (graph, "jmc") == FOCAL_ENTITY (forum));
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (forum), graph, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (graph);
  g_assert_finalize_object (forum);
}

static void
test_forum_unknown_member (void)
{
  FocalGraph *graph = graph_with_actors ();
  FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(GError) error = NULL;

  add_membership (forum, "sre", FOCAL_ROLE_CHAIR, NULL);
  add_membership (forum, "elections-canada", FOCAL_ROLE_MEMBER, NULL);

  /* Without a graph, the actor ids are not checked. */
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (forum), NULL, &error));
  g_assert_no_error (error);

  g_assert_false (focal_graph_add (graph, FOCAL_ENTITY (forum), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "\"jmc\""));
  g_assert_nonnull (strstr (error->message, "member 1"));
  g_assert_nonnull (strstr (error->message, "\"elections-canada\""));
  g_assert_null (focal_graph_lookup (graph, "jmc"));

  g_assert_finalize_object (graph);
  g_assert_finalize_object (forum);
}

static void
test_forum_wrong_kind_member (void)
{
  FocalGraph *graph = graph_with_actors ();
  FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(GError) error = NULL;

  add_membership (forum, "ftaa", FOCAL_ROLE_MEMBER, NULL);

  g_assert_false (focal_entity_validate (FOCAL_ENTITY (forum), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_nonnull (strstr (error->message, "\"jmc\""));
  g_assert_nonnull (strstr (error->message, "member 0"));
  g_assert_nonnull (strstr (error->message, "\"ftaa\""));
  g_assert_nonnull (strstr (error->message, "issue"));
  g_clear_error (&error);

  g_assert_false (focal_graph_add (graph, FOCAL_ENTITY (forum), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);

  g_assert_finalize_object (graph);
  g_assert_finalize_object (forum);
}

static void
test_forum_preconditions (void)
{
  if (g_test_subprocess ())
    {
      FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_OTHER);

      focal_forum_add_member (forum, NULL);
      g_object_unref (forum);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*FOCAL_IS_MEMBERSHIP*");
}

static void
test_forum_preconditions_remove (void)
{
  if (g_test_subprocess ())
    {
      FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_OTHER);

      focal_forum_remove_member (forum, NULL);
      g_object_unref (forum);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*actor_id != NULL*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/forum/new", test_forum_new);
  g_test_add_func ("/focal/forum/kind", test_forum_kind);
  g_test_add_func ("/focal/forum/founded", test_forum_founded);
  g_test_add_func ("/focal/forum/cadence", test_forum_cadence);
  g_test_add_func ("/focal/forum/members", test_forum_members);
  g_test_add_func ("/focal/forum/members-at", test_forum_members_at);
  g_test_add_func ("/focal/forum/validate", test_forum_validate);
  g_test_add_func ("/focal/forum/unknown-member", test_forum_unknown_member);
  g_test_add_func ("/focal/forum/wrong-kind-member", test_forum_wrong_kind_member);
  g_test_add_func ("/focal/forum/preconditions", test_forum_preconditions);
  g_test_add_func ("/focal/forum/preconditions-remove", test_forum_preconditions_remove);

  return g_test_run ();
}
