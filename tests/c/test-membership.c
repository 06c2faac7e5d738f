/* test-membership.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

typedef struct
{
  guint one;
  guint all;
} NotifyCount;

typedef struct
{
  guint emissions;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
count_one_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  NotifyCount *count = user_data;

  count->one++;
}

static void
count_all_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  NotifyCount *count = user_data;

  count->all++;
}

static void
watch_notify (gpointer     object,
              const char  *property,
              NotifyCount *count)
{
  g_autofree char *detailed = g_strconcat ("notify::", property, NULL);

  g_signal_connect (object, detailed, G_CALLBACK (count_one_cb), count);
  g_signal_connect (object, "notify", G_CALLBACK (count_all_cb), count);
}

static void
assert_notified (NotifyCount *count,
                 guint        expected)
{
  g_assert_cmpuint (count->one, ==, expected);
  g_assert_cmpuint (count->all, ==, expected);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *changed = user_data;

  changed->emissions++;
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
  g_assert_nonnull (date);

  return date;
}

static void
test_membership_new (void)
{
  FocalMembership *membership = focal_membership_new ("mx-sre", FOCAL_ROLE_OBSERVER);
  g_autofree char *actor_id = NULL;
  GListModel *citations;

  g_assert_true (FOCAL_IS_MEMBERSHIP (membership));
  g_assert_cmpstr (focal_membership_get_actor_id (membership), ==, "mx-sre");
  g_assert_cmpint (focal_membership_get_role (membership), ==, FOCAL_ROLE_OBSERVER);
  g_assert_null (focal_membership_get_period (membership));

  citations = focal_membership_get_citations (membership);
  g_assert_true (G_IS_LIST_MODEL (citations));
  g_assert_true (g_list_model_get_item_type (citations) == FOCAL_TYPE_CITATION);
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 0);
  g_assert_true (focal_membership_get_citations (membership) == citations);

  g_object_get (membership, "actor-id", &actor_id, NULL);
  g_assert_cmpstr (actor_id, ==, "mx-sre");

  g_assert_finalize_object (membership);
}

static void
test_membership_construct_properties (void)
{
  g_autoptr(FocalDate) period = parse_date ("1996/2004");
  FocalMembership *membership = g_object_new (FOCAL_TYPE_MEMBERSHIP,
                                              "actor-id", "ca-dfait",
                                              "role", FOCAL_ROLE_CHAIR,
                                              "period", period,
                                              NULL);

  g_assert_cmpstr (focal_membership_get_actor_id (membership), ==, "ca-dfait");
  g_assert_cmpint (focal_membership_get_role (membership), ==, FOCAL_ROLE_CHAIR);
  g_assert_true (focal_membership_get_period (membership) == period);

  g_assert_finalize_object (membership);
}

static void
test_membership_defaults (void)
{
  FocalMembership *membership = g_object_new (FOCAL_TYPE_MEMBERSHIP,
                                              "actor-id", "ca-dfait",
                                              NULL);

  g_assert_cmpint (focal_membership_get_role (membership), ==, FOCAL_ROLE_MEMBER);
  g_assert_null (focal_membership_get_period (membership));

  g_assert_finalize_object (membership);
}

static void
test_membership_actor_id_is_construct_only (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (FOCAL_TYPE_MEMBERSHIP);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "actor-id");

  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
}

static void
test_membership_role (void)
{
  FocalMembership *membership = focal_membership_new ("mx-sre", FOCAL_ROLE_MEMBER);
  NotifyCount count = { 0, };
  FocalRole role = FOCAL_ROLE_MEMBER;

  watch_notify (membership, "role", &count);

  focal_membership_set_role (membership, FOCAL_ROLE_MEMBER);
  assert_notified (&count, 0);

  focal_membership_set_role (membership, FOCAL_ROLE_HOST);
  g_assert_cmpint (focal_membership_get_role (membership), ==, FOCAL_ROLE_HOST);
  assert_notified (&count, 1);

  focal_membership_set_role (membership, FOCAL_ROLE_HOST);
  assert_notified (&count, 1);

  g_object_set (membership, "role", FOCAL_ROLE_PARTY, NULL);
  g_assert_cmpint (focal_membership_get_role (membership), ==, FOCAL_ROLE_PARTY);
  assert_notified (&count, 2);

  g_object_set (membership, "role", FOCAL_ROLE_PARTY, NULL);
  assert_notified (&count, 2);

  g_object_get (membership, "role", &role, NULL);
  g_assert_cmpint (role, ==, FOCAL_ROLE_PARTY);

  g_assert_finalize_object (membership);
}

static void
test_membership_period (void)
{
  FocalMembership *membership = focal_membership_new ("mx-sre", FOCAL_ROLE_MEMBER);
  g_autoptr(FocalDate) period = parse_date ("1996/2004");
  g_autoptr(FocalDate) same = parse_date ("1996/2004");
  g_autoptr(FocalDate) other = parse_date ("2000/..");
  g_autoptr(FocalDate) read = NULL;
  NotifyCount count = { 0, };

  watch_notify (membership, "period", &count);

  focal_membership_set_period (membership, NULL);
  assert_notified (&count, 0);

  focal_membership_set_period (membership, period);
  g_assert_true (focal_membership_get_period (membership) == period);
  assert_notified (&count, 1);

  /* An equal period in another instance is no change; the first is kept. */
  g_assert_true (period != same);
  focal_membership_set_period (membership, same);
  g_assert_true (focal_membership_get_period (membership) == period);
  assert_notified (&count, 1);

  g_object_set (membership, "period", same, NULL);
  assert_notified (&count, 1);

  g_object_set (membership, "period", other, NULL);
  g_assert_true (focal_membership_get_period (membership) == other);
  assert_notified (&count, 2);

  g_object_get (membership, "period", &read, NULL);
  g_assert_true (focal_date_equal (read, other));

  focal_membership_set_period (membership, NULL);
  g_assert_null (focal_membership_get_period (membership));
  assert_notified (&count, 3);

  g_object_set (membership, "period", NULL, NULL);
  assert_notified (&count, 3);

  g_assert_finalize_object (membership);
}

typedef struct
{
  const char *period;
  const char *date;
  gboolean valid;
} ValidityCase;

static void
test_membership_valid_at (void)
{
  static const ValidityCase cases[] = {
    { "1996/2004", "2000", TRUE },
    { "1996/2004", "1996-01-01", TRUE },
    { "1996/2004", "2004-12-31", TRUE },
    { "1996/2004", "1995-12-31", FALSE },
    { "1996/2004", "2005", FALSE },
    { "1996/2004", "1990/1996", TRUE },
    { "1996/2004", "2004/2010", TRUE },
    { "1996/2004", "1980/1990", FALSE },
    { "2000/..", "2000", TRUE },
    { "2000/..", "2050-06-01", TRUE },
    { "2000/..", "1999", FALSE },
    { "2000/..", "1999-12-31", FALSE },
    { "2000/..", "1990/1999", FALSE },
    { "2000/..", "1990/..", TRUE },
    { "../1995", "1800", TRUE },
    { "../1995", "1996", FALSE },
    { "2004-10", "2004", TRUE },
    { "2004-10", "2004-11", FALSE },
  };
  FocalMembership *membership = focal_membership_new ("mx-sre", FOCAL_ROLE_MEMBER);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FocalDate) period = parse_date (cases[i].period);
      g_autoptr(FocalDate) date = parse_date (cases[i].date);

      focal_membership_set_period (membership, period);
      g_test_message ("period %s at %s", cases[i].period, cases[i].date);
      g_assert_cmpint (focal_membership_is_valid_at (membership, date), ==, cases[i].valid);

      /* A NULL date means any time. */
      g_assert_true (focal_membership_is_valid_at (membership, NULL));
    }

  g_assert_finalize_object (membership);
}

static void
test_membership_valid_without_period (void)
{
  FocalMembership *membership = focal_membership_new ("mx-sre", FOCAL_ROLE_MEMBER);
  g_autoptr(FocalDate) early = parse_date ("1800");
  g_autoptr(FocalDate) late = parse_date ("2099-12-31");

  g_assert_true (focal_membership_is_valid_at (membership, early));
  g_assert_true (focal_membership_is_valid_at (membership, late));
  g_assert_true (focal_membership_is_valid_at (membership, NULL));

  g_assert_finalize_object (membership);
}

static void
test_membership_citations (void)
{
  FocalMembership *membership = focal_membership_new ("mx-sre", FOCAL_ROLE_PARTY);
  FocalCitation *first = focal_citation_new ("src-a");
  FocalCitation *second = focal_citation_new ("src-b");
  GListModel *citations = focal_membership_get_citations (membership);
  ItemsChanged changed = { 0, };
  g_autoptr(FocalCitation) item = NULL;

  g_signal_connect (citations, "items-changed", G_CALLBACK (items_changed_cb), &changed);

  focal_membership_add_citation (membership, first);
  g_assert_cmpuint (changed.emissions, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 1);

  focal_membership_add_citation (membership, second);
  g_assert_cmpuint (changed.emissions, ==, 2);
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 2);

  item = g_list_model_get_item (citations, 0);
  g_assert_true (item == first);
  g_clear_object (&item);
  item = g_list_model_get_item (citations, 1);
  g_assert_true (item == second);
  g_clear_object (&item);
  g_assert_null (g_list_model_get_item (citations, 2));

  g_assert_finalize_object (membership);
  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

/* Preconditions, each in its own subprocess. */

static void
precondition_new_null (void)
{
  g_assert_null (focal_membership_new (NULL, FOCAL_ROLE_MEMBER));
}

static void
precondition_new_empty (void)
{
  g_assert_null (focal_membership_new ("", FOCAL_ROLE_MEMBER));
}

static void
precondition_new_bad_role (void)
{
  g_assert_null (focal_membership_new ("mx-sre", (FocalRole) 99));
}

static void
precondition_missing_actor_id (void)
{
  g_object_unref (g_object_new (FOCAL_TYPE_MEMBERSHIP, NULL));
}

static void
precondition_set_role_invalid (void)
{
  g_autoptr(FocalMembership) membership = focal_membership_new ("mx-sre", FOCAL_ROLE_MEMBER);

  focal_membership_set_role (membership, (FocalRole) 99);
}

static void
precondition_is_valid_at_null_self (void)
{
  g_assert_false (focal_membership_is_valid_at (NULL, NULL));
}

static void
precondition_add_citation_null (void)
{
  g_autoptr(FocalMembership) membership = focal_membership_new ("mx-sre", FOCAL_ROLE_MEMBER);

  focal_membership_add_citation (membership, NULL);
}

typedef struct
{
  const char *name;
  void (*run) (void);
  const char *stderr_pattern;
} Precondition;

static const Precondition preconditions[] = {
  { "new-null", precondition_new_null, "*focal_membership_new*assertion*failed*" },
  { "new-empty", precondition_new_empty, "*focal_membership_new*assertion*failed*" },
  { "new-bad-role", precondition_new_bad_role, "*focal_membership_new*role*" },
  { "missing-actor-id", precondition_missing_actor_id, "*FocalMembership needs a non-empty actor-id*" },
  { "set-role-invalid", precondition_set_role_invalid, "*focal_membership_set_role*role*" },
  { "is-valid-at-null", precondition_is_valid_at_null_self, "*focal_membership_is_valid_at*FOCAL_IS_MEMBERSHIP*" },
  { "add-citation-null", precondition_add_citation_null, "*focal_membership_add_citation*FOCAL_IS_CITATION*" },
};

static void
test_membership_precondition (gconstpointer data)
{
  const Precondition *precondition = data;

  if (g_test_subprocess ())
    {
      precondition->run ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr (precondition->stderr_pattern);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/membership/new", test_membership_new);
  g_test_add_func ("/focal/membership/construct-properties", test_membership_construct_properties);
  g_test_add_func ("/focal/membership/defaults", test_membership_defaults);
  g_test_add_func ("/focal/membership/actor-id-construct-only", test_membership_actor_id_is_construct_only);
  g_test_add_func ("/focal/membership/role", test_membership_role);
  g_test_add_func ("/focal/membership/period", test_membership_period);
  g_test_add_func ("/focal/membership/valid-at", test_membership_valid_at);
  g_test_add_func ("/focal/membership/valid-without-period", test_membership_valid_without_period);
  g_test_add_func ("/focal/membership/citations", test_membership_citations);

  for (gsize i = 0; i < G_N_ELEMENTS (preconditions); i++)
    {
      g_autofree char *path = g_strconcat ("/focal/membership/precondition/",
                                           preconditions[i].name, NULL);

      g_test_add_data_func (path, &preconditions[i], test_membership_precondition);
    }

  return g_test_run ();
}
