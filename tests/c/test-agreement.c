/* test-agreement.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <focal/focal.h>

typedef struct
{
  guint                 count;
  FocalAgreementStatus  last_step;
  FocalDate            *seen_date;  /* the step's date when the signal ran */
} StepDateLog;

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
step_date_changed_cb (FocalAgreement       *agreement,
                      FocalAgreementStatus  step,
                      gpointer              user_data)
{
  StepDateLog *log = user_data;

  log->count++;
  log->last_step = step;
  log->seen_date = focal_agreement_get_step_date (agreement, step);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
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
add_party (FocalAgreement *agreement,
           const char     *actor_id,
           FocalRole       role)
{
  g_autoptr(FocalMembership) party = focal_membership_new (actor_id, role);

  focal_agreement_add_party (agreement, party);
}

static void
set_step (FocalAgreement       *agreement,
          FocalAgreementStatus  step,
          const char           *text)
{
  g_autoptr(FocalDate) date = parse_date (text);

  focal_agreement_set_step_date (agreement, step, date);
}

static void
test_agreement_new (void)
{
  FocalAgreement *nafta = focal_agreement_new ("nafta", FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);

  g_assert_true (FOCAL_IS_ENTITY (nafta));
  g_assert_cmpstr (focal_entity_get_id (FOCAL_ENTITY (nafta)), ==, "nafta");
  g_assert_cmpstr (focal_entity_get_kind_name (FOCAL_ENTITY (nafta)), ==, "agreement");
  g_assert_cmpint (focal_agreement_get_kind (nafta), ==, FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);
  g_assert_cmpint (focal_agreement_get_status (nafta), ==, FOCAL_AGREEMENT_STATUS_UNKNOWN);
  g_assert_cmpuint (g_list_model_get_n_items (focal_agreement_get_parties (nafta)), ==, 0);
  g_assert_true (g_list_model_get_item_type (focal_agreement_get_parties (nafta)) ==
                 FOCAL_TYPE_MEMBERSHIP);

  for (FocalAgreementStatus s = FOCAL_AGREEMENT_STATUS_PROPOSED;
       s <= FOCAL_AGREEMENT_STATUS_WITHDRAWN; s++)
    g_assert_null (focal_agreement_get_step_date (nafta, s));

  g_assert_true (focal_entity_validate (FOCAL_ENTITY (nafta), NULL, NULL));

  g_assert_finalize_object (nafta);
}

static void
test_agreement_new_properties (void)
{
  FocalAgreement *agreement;
  g_autoptr(GListModel) parties = NULL;
  FocalAgreementKind kind;
  FocalAgreementStatus status;

  agreement = g_object_new (FOCAL_TYPE_AGREEMENT,
                            "id", "ottawa-treaty",
                            "kind", FOCAL_AGREEMENT_KIND_TREATY,
                            "status", FOCAL_AGREEMENT_STATUS_IN_FORCE,
                            NULL);
  g_object_get (agreement,
                "kind", &kind,
                "status", &status,
                "parties", &parties,
                NULL);
  g_assert_cmpint (kind, ==, FOCAL_AGREEMENT_KIND_TREATY);
  g_assert_cmpint (status, ==, FOCAL_AGREEMENT_STATUS_IN_FORCE);
  g_assert_true (parties == focal_agreement_get_parties (agreement));

  g_clear_object (&parties);
  g_assert_finalize_object (agreement);
}

static void
test_agreement_kind (void)
{
  FocalAgreement *agreement = focal_agreement_new ("a", FOCAL_AGREEMENT_KIND_OTHER);
  FocalAgreementKind kind;
  guint count = 0;

  g_signal_connect (agreement, "notify::kind", G_CALLBACK (count_notify_cb), &count);

  focal_agreement_set_kind (agreement, FOCAL_AGREEMENT_KIND_LAW);
  g_assert_cmpint (focal_agreement_get_kind (agreement), ==, FOCAL_AGREEMENT_KIND_LAW);
  g_assert_cmpuint (count, ==, 1);

  focal_agreement_set_kind (agreement, FOCAL_AGREEMENT_KIND_LAW);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (agreement, "kind", FOCAL_AGREEMENT_KIND_TWINNING, NULL);
  g_object_get (agreement, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, FOCAL_AGREEMENT_KIND_TWINNING);
  g_assert_cmpuint (count, ==, 2);

  g_assert_finalize_object (agreement);
}

static void
test_agreement_status (void)
{
  FocalAgreement *agreement = focal_agreement_new ("ftaa", FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);
  FocalAgreementStatus status;
  guint count = 0;

  g_signal_connect (agreement, "notify::status", G_CALLBACK (count_notify_cb), &count);

  focal_agreement_set_status (agreement, FOCAL_AGREEMENT_STATUS_NEGOTIATING);
  g_assert_cmpint (focal_agreement_get_status (agreement), ==,
                   FOCAL_AGREEMENT_STATUS_NEGOTIATING);
  g_assert_cmpuint (count, ==, 1);

  focal_agreement_set_status (agreement, FOCAL_AGREEMENT_STATUS_NEGOTIATING);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (agreement, "status", FOCAL_AGREEMENT_STATUS_STALLED, NULL);
  g_object_get (agreement, "status", &status, NULL);
  g_assert_cmpint (status, ==, FOCAL_AGREEMENT_STATUS_STALLED);
  g_assert_cmpuint (count, ==, 2);

  g_assert_finalize_object (agreement);
}

static void
test_agreement_step_dates (void)
{
  FocalAgreement *nafta = focal_agreement_new ("nafta", FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);
  g_autoptr(FocalDate) signed_on = parse_date ("1992-12-17");
  g_autoptr(FocalDate) same = parse_date ("1992-12-17");
  g_autoptr(FocalDate) in_force = parse_date ("1994-01-01");
  StepDateLog log = { 0, };
  guint notify_count = 0;

  g_signal_connect (nafta, "step-date-changed", G_CALLBACK (step_date_changed_cb), &log);
  g_signal_connect (nafta, "notify", G_CALLBACK (count_notify_cb), &notify_count);

  focal_agreement_set_step_date (nafta, FOCAL_AGREEMENT_STATUS_SIGNED, signed_on);
  g_assert_true (focal_agreement_get_step_date (nafta, FOCAL_AGREEMENT_STATUS_SIGNED) == signed_on);
  g_assert_null (focal_agreement_get_step_date (nafta, FOCAL_AGREEMENT_STATUS_IN_FORCE));
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_cmpint (log.last_step, ==, FOCAL_AGREEMENT_STATUS_SIGNED);
  /* The signal runs after the change. */
  g_assert_true (log.seen_date == signed_on);

  focal_agreement_set_step_date (nafta, FOCAL_AGREEMENT_STATUS_SIGNED, same);
  g_assert_cmpuint (log.count, ==, 1);

  focal_agreement_set_step_date (nafta, FOCAL_AGREEMENT_STATUS_IN_FORCE, in_force);
  g_assert_cmpuint (log.count, ==, 2);
  g_assert_cmpint (log.last_step, ==, FOCAL_AGREEMENT_STATUS_IN_FORCE);
  g_assert_true (focal_date_equal (focal_agreement_get_step_date (nafta,
                                                                  FOCAL_AGREEMENT_STATUS_IN_FORCE),
                                   in_force));

  focal_agreement_set_step_date (nafta, FOCAL_AGREEMENT_STATUS_SIGNED, NULL);
  g_assert_null (focal_agreement_get_step_date (nafta, FOCAL_AGREEMENT_STATUS_SIGNED));
  g_assert_cmpuint (log.count, ==, 3);
  g_assert_null (log.seen_date);

  focal_agreement_set_step_date (nafta, FOCAL_AGREEMENT_STATUS_SIGNED, NULL);
  g_assert_cmpuint (log.count, ==, 3);

  /* Step dates are not properties. */
  g_assert_cmpuint (notify_count, ==, 0);

  g_assert_finalize_object (nafta);
}

static void
test_agreement_step_date_unknown (void)
{
  if (g_test_subprocess ())
    {
      FocalAgreement *agreement = focal_agreement_new ("a", FOCAL_AGREEMENT_KIND_OTHER);
      g_autoptr(FocalDate) date = parse_date ("2000");

      focal_agreement_set_step_date (agreement, FOCAL_AGREEMENT_STATUS_UNKNOWN, date);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_AGREEMENT_STATUS_UNKNOWN*");
}

static void
test_agreement_step_date_out_of_range (void)
{
  if (g_test_subprocess ())
    {
      FocalAgreement *agreement = focal_agreement_new ("a", FOCAL_AGREEMENT_KIND_OTHER);

      focal_agreement_get_step_date (agreement, FOCAL_AGREEMENT_STATUS_WITHDRAWN + 1);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*N_STEPS*");
}

static void
test_agreement_step_order (void)
{
  FocalAgreement *nafta = focal_agreement_new ("nafta", FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);
  g_autoptr(GError) error = NULL;

  set_step (nafta, FOCAL_AGREEMENT_STATUS_PROPOSED, "1990");
  set_step (nafta, FOCAL_AGREEMENT_STATUS_NEGOTIATING, "1991/1992");
  set_step (nafta, FOCAL_AGREEMENT_STATUS_SIGNED, "1992-12-17");
  set_step (nafta, FOCAL_AGREEMENT_STATUS_IN_FORCE, "1994-01-01");
  /* Steps outside the life-cycle order are not compared. */
  set_step (nafta, FOCAL_AGREEMENT_STATUS_STALLED, "1980");
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (nafta), NULL, &error));
  g_assert_no_error (error);

  /* A step may start on the same day as the previous one. */
  set_step (nafta, FOCAL_AGREEMENT_STATUS_IN_FORCE, "1992-12-17");
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (nafta), NULL, &error));
  g_assert_no_error (error);

  set_step (nafta, FOCAL_AGREEMENT_STATUS_IN_FORCE, "1992-11");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (nafta), NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT);
  g_assert_cmpstr (error->message, ==,
                   "agreement \"nafta\": in-force date 1992-11 is before signed date 1992-12-17");
  g_clear_error (&error);

  /* Steps that are not adjacent are compared when the ones between are
   * unknown. */
  set_step (nafta, FOCAL_AGREEMENT_STATUS_IN_FORCE, "1994-01-01");
  focal_agreement_set_step_date (nafta, FOCAL_AGREEMENT_STATUS_NEGOTIATING, NULL);
  focal_agreement_set_step_date (nafta, FOCAL_AGREEMENT_STATUS_SIGNED, NULL);
  set_step (nafta, FOCAL_AGREEMENT_STATUS_PROPOSED, "1995");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (nafta), NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT);
  g_assert_nonnull (strstr (error->message, "\"nafta\""));
  g_assert_nonnull (strstr (error->message, "in-force date 1994-01-01"));
  g_assert_nonnull (strstr (error->message, "proposed date 1995"));
  g_clear_error (&error);

  g_assert_finalize_object (nafta);
}

static void
test_agreement_parties (void)
{
  FocalAgreement *nafta = focal_agreement_new ("nafta", FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);
  GListModel *parties = focal_agreement_get_parties (nafta);
  g_autoptr(FocalMembership) first = NULL;
  FocalMembership *found;
  guint changes = 0;
  char **refs;

  g_signal_connect (parties, "items-changed", G_CALLBACK (items_changed_cb), &changes);

  add_party (nafta, "mexico", FOCAL_ROLE_SIGNATORY);
  add_party (nafta, "canada", FOCAL_ROLE_PARTY);
  add_party (nafta, "mexico", FOCAL_ROLE_PARTY);
  add_party (nafta, "usa", FOCAL_ROLE_PARTY);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 4);
  g_assert_cmpuint (changes, ==, 4);

  found = focal_agreement_find_party (nafta, "mexico");
  g_assert_nonnull (found);
  g_assert_cmpint (focal_membership_get_role (found), ==, FOCAL_ROLE_SIGNATORY);
  g_assert_null (focal_agreement_find_party (nafta, "chile"));

  refs = focal_entity_dup_references (FOCAL_ENTITY (nafta));
  g_assert_cmpstrv (refs, ((const char * const[]) { "mexico", "canada", "usa", NULL }));
  g_strfreev (refs);

  /* Both memberships of Mexico go, in one change. */
  g_assert_true (focal_agreement_remove_party (nafta, "mexico"));
  g_assert_cmpuint (changes, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 2);
  g_assert_null (focal_agreement_find_party (nafta, "mexico"));
  first = g_list_model_get_item (parties, 0);
  g_assert_cmpstr (focal_membership_get_actor_id (first), ==, "canada");

  g_assert_false (focal_agreement_remove_party (nafta, "mexico"));
  g_assert_cmpuint (changes, ==, 5);

  g_clear_object (&first);
  g_assert_finalize_object (nafta);
}

static void
test_agreement_graph (void)
{
  FocalGraph *graph = focal_graph_new ();
  FocalAgreement *nafta = focal_agreement_new ("nafta", FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);
  g_autoptr(FocalActor) mexico = focal_actor_new ("mexico", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalForum) jmc = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (mexico), NULL));
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (jmc), NULL));

  add_party (nafta, "mexico", FOCAL_ROLE_PARTY);
  add_party (nafta, "canada", FOCAL_ROLE_PARTY);
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (nafta), NULL, &error));
  g_assert_no_error (error);

  g_assert_false (focal_graph_add (graph, FOCAL_ENTITY (nafta), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_cmpstr (error->message, ==,
                   "agreement \"nafta\": party \"canada\" is not in the graph");
  g_clear_error (&error);

  focal_agreement_remove_party (nafta, "canada");
  add_party (nafta, "jmc", FOCAL_ROLE_PARTY);
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (nafta), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_cmpstr (error->message, ==,
                   "agreement \"nafta\": party \"jmc\" is a forum, not an actor");
  g_clear_error (&error);

  focal_agreement_remove_party (nafta, "jmc");
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (nafta), &error));
  g_assert_no_error (error);
  g_assert_true (focal_graph_lookup (graph, "nafta") == FOCAL_ENTITY (nafta));

  g_assert_finalize_object (graph);
  g_assert_finalize_object (nafta);
}

static void
test_agreement_null_self (void)
{
  if (g_test_subprocess ())
    {
      focal_agreement_get_parties (NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_AGREEMENT*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/agreement/new", test_agreement_new);
  g_test_add_func ("/focal/agreement/new-properties", test_agreement_new_properties);
  g_test_add_func ("/focal/agreement/kind", test_agreement_kind);
  g_test_add_func ("/focal/agreement/status", test_agreement_status);
  g_test_add_func ("/focal/agreement/step-dates", test_agreement_step_dates);
  g_test_add_func ("/focal/agreement/step-date-unknown", test_agreement_step_date_unknown);
  g_test_add_func ("/focal/agreement/step-date-out-of-range",
                   test_agreement_step_date_out_of_range);
  g_test_add_func ("/focal/agreement/step-order", test_agreement_step_order);
  g_test_add_func ("/focal/agreement/parties", test_agreement_parties);
  g_test_add_func ("/focal/agreement/graph", test_agreement_graph);
  g_test_add_func ("/focal/agreement/null-self", test_agreement_null_self);

  return g_test_run ();
}
