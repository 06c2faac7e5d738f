/* test-actor.c
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
test_actor_new (void)
{
  FocalActor *actor = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
  FocalEntity *entity = FOCAL_ENTITY (actor);

  g_assert_true (FOCAL_IS_ENTITY (actor));
  g_assert_cmpstr (focal_entity_get_id (entity), ==, "ife");
  g_assert_cmpstr (focal_entity_get_kind_name (entity), ==, "actor");
  g_assert_cmpint (focal_actor_get_kind (actor), ==, FOCAL_ACTOR_KIND_AGENCY);
  g_assert_null (focal_actor_get_country (actor));
  g_assert_null (focal_actor_get_parent_id (actor));
  g_assert_cmpint (focal_actor_get_level (actor), ==, FOCAL_LEVEL_FEDERAL);
  g_assert_true (focal_actor_get_level_is_derived (actor));
  g_assert_null (focal_entity_get_graph (entity));

  g_assert_finalize_object (actor);
}

static void
test_actor_new_properties (void)
{
  FocalActor *actor;
  FocalActorKind kind;
  FocalLevel level;
  g_autofree char *country = NULL;
  g_autofree char *parent_id = NULL;
  gboolean derived;

  actor = g_object_new (FOCAL_TYPE_ACTOR,
                        "id", "sre-na",
                        "kind", FOCAL_ACTOR_KIND_UNIT,
                        "country", "MX",
                        "parent-id", "sre",
                        NULL);

  g_object_get (actor,
                "kind", &kind,
                "country", &country,
                "parent-id", &parent_id,
                "level", &level,
                "level-is-derived", &derived,
                NULL);
  g_assert_cmpint (kind, ==, FOCAL_ACTOR_KIND_UNIT);
  g_assert_cmpstr (country, ==, "MX");
  g_assert_cmpstr (parent_id, ==, "sre");
  g_assert_cmpint (level, ==, FOCAL_LEVEL_FEDERAL);
  g_assert_true (derived);

  g_assert_finalize_object (actor);
}

static void
test_actor_kind (void)
{
  FocalActor *actor = focal_actor_new ("a", FOCAL_ACTOR_KIND_MINISTRY);
  guint kind_count = 0;
  guint level_count = 0;
  FocalActorKind kind;

  g_signal_connect (actor, "notify::kind", G_CALLBACK (count_notify_cb), &kind_count);
  g_signal_connect (actor, "notify::level", G_CALLBACK (count_notify_cb), &level_count);

  /* Ministry to agency: both federal, so the level does not change. */
  focal_actor_set_kind (actor, FOCAL_ACTOR_KIND_AGENCY);
  g_assert_cmpint (focal_actor_get_kind (actor), ==, FOCAL_ACTOR_KIND_AGENCY);
  g_assert_cmpuint (kind_count, ==, 1);
  g_assert_cmpuint (level_count, ==, 0);

  focal_actor_set_kind (actor, FOCAL_ACTOR_KIND_AGENCY);
  g_assert_cmpuint (kind_count, ==, 1);

  g_object_set (actor, "kind", FOCAL_ACTOR_KIND_PERSON, NULL);
  g_object_get (actor, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, FOCAL_ACTOR_KIND_PERSON);
  g_assert_cmpuint (kind_count, ==, 2);
  g_assert_cmpuint (level_count, ==, 1);
  g_assert_cmpint (focal_actor_get_level (actor), ==, FOCAL_LEVEL_PERSONAL);

  g_object_set (actor, "kind", FOCAL_ACTOR_KIND_PERSON, NULL);
  g_assert_cmpuint (kind_count, ==, 2);
  g_assert_cmpuint (level_count, ==, 1);

  g_assert_finalize_object (actor);
}

static void
test_actor_country (void)
{
  FocalActor *actor = focal_actor_new ("quebec", FOCAL_ACTOR_KIND_MINISTRY);
  g_autoptr(GError) error = NULL;
  g_autofree char *country = NULL;
  guint country_count = 0;
  guint level_count = 0;

  g_signal_connect (actor, "notify::country", G_CALLBACK (count_notify_cb), &country_count);
  g_signal_connect (actor, "notify::level", G_CALLBACK (count_notify_cb), &level_count);

  g_assert_true (focal_actor_set_country (actor, "CA", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (focal_actor_get_country (actor), ==, "CA");
  g_assert_cmpuint (country_count, ==, 1);
  g_assert_cmpuint (level_count, ==, 0);

  /* A no-op succeeds without notifying. */
  g_assert_true (focal_actor_set_country (actor, "CA", &error));
  g_assert_cmpuint (country_count, ==, 1);

  /* A subdivision makes a ministry subnational. */
  g_object_set (actor, "country", "CA-QC", NULL);
  g_object_get (actor, "country", &country, NULL);
  g_assert_cmpstr (country, ==, "CA-QC");
  g_assert_cmpuint (country_count, ==, 2);
  g_assert_cmpuint (level_count, ==, 1);
  g_assert_cmpint (focal_actor_get_level (actor), ==, FOCAL_LEVEL_SUBNATIONAL);

  g_object_set (actor, "country", "CA-QC", NULL);
  g_assert_cmpuint (country_count, ==, 2);

  /* NULL clears it, and the level goes back to federal. */
  g_assert_true (focal_actor_set_country (actor, NULL, NULL));
  g_assert_null (focal_actor_get_country (actor));
  g_assert_cmpuint (country_count, ==, 3);
  g_assert_cmpuint (level_count, ==, 2);
  g_assert_cmpint (focal_actor_get_level (actor), ==, FOCAL_LEVEL_FEDERAL);

  g_assert_finalize_object (actor);
}

static void
test_actor_country_invalid (void)
{
  FocalActor *actor = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_assert_true (focal_actor_set_country (actor, "MX", NULL));
  g_signal_connect (actor, "notify", G_CALLBACK (count_notify_cb), &count);

  g_assert_false (focal_actor_set_country (actor, "mx", &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "\"ife\""));
  g_assert_nonnull (strstr (error->message, "\"mx\""));
  g_clear_error (&error);

  g_assert_false (focal_actor_set_country (actor, "Mexico", &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "Mexico"));

  /* The actor is left as it was. */
  g_assert_cmpstr (focal_actor_get_country (actor), ==, "MX");
  g_assert_cmpuint (count, ==, 0);

  g_assert_finalize_object (actor);
}

static void
test_actor_country_invalid_property (void)
{
  if (g_test_subprocess ())
    {
      FocalActor *actor = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);

      g_object_set (actor, "country", "mx", NULL);
      g_object_unref (actor);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*actor \"ife\"*\"mx\" is not a valid country code*");
}

static void
test_actor_country_code_is_valid (void)
{
  const char *valid[] = { "CA", "MX", "US", "CA-QC", "MX-JAL", "MX-CMX", "FR-75", "GB-A1B" };
  const char *invalid[] = {
    "", "C", "ca", "Ca", "CAN", "C1", "CA-", "CA-QCXX", "CA_QC", "CA-qc", "CA QC",
    "CA--Q", "CA-Q-", "É1", "CA-QC ",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (focal_country_code_is_valid (valid[i]));
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      if (focal_country_code_is_valid (invalid[i]))
        g_error ("\"%s\" accepted as a country code", invalid[i]);
    }
  g_assert_false (focal_country_code_is_valid (NULL));
}

static void
test_actor_parent_id (void)
{
  FocalActor *actor = focal_actor_new ("sre-na", FOCAL_ACTOR_KIND_UNIT);
  g_autofree char *parent_id = NULL;
  guint count = 0;

  g_signal_connect (actor, "notify::parent-id", G_CALLBACK (count_notify_cb), &count);

  focal_actor_set_parent_id (actor, "sre");
  g_assert_cmpstr (focal_actor_get_parent_id (actor), ==, "sre");
  g_assert_cmpuint (count, ==, 1);

  focal_actor_set_parent_id (actor, "sre");
  g_assert_cmpuint (count, ==, 1);

  g_object_set (actor, "parent-id", "mexico", NULL);
  g_object_get (actor, "parent-id", &parent_id, NULL);
  g_assert_cmpstr (parent_id, ==, "mexico");
  g_assert_cmpuint (count, ==, 2);

  g_object_set (actor, "parent-id", "mexico", NULL);
  g_assert_cmpuint (count, ==, 2);

  focal_actor_set_parent_id (actor, NULL);
  g_assert_null (focal_actor_get_parent_id (actor));
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (actor);
}

static void
test_actor_level_derived (void)
{
  static const struct
  {
    FocalActorKind kind;
    FocalLevel plain;
    FocalLevel subdivision;
  } cases[] = {
    { FOCAL_ACTOR_KIND_OTHER, FOCAL_LEVEL_UNKNOWN, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_STATE, FOCAL_LEVEL_FEDERAL, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_FEDERAL_GOVERNMENT, FOCAL_LEVEL_FEDERAL, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_MINISTRY, FOCAL_LEVEL_FEDERAL, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_AGENCY, FOCAL_LEVEL_FEDERAL, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_UNIT, FOCAL_LEVEL_FEDERAL, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_LEGISLATURE, FOCAL_LEVEL_FEDERAL, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_LEGISLATIVE_CHAMBER, FOCAL_LEVEL_FEDERAL, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT, FOCAL_LEVEL_SUBNATIONAL, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_MUNICIPALITY, FOCAL_LEVEL_MUNICIPAL, FOCAL_LEVEL_MUNICIPAL },
    { FOCAL_ACTOR_KIND_INTERNATIONAL_ORGANIZATION, FOCAL_LEVEL_INTERNATIONAL, FOCAL_LEVEL_INTERNATIONAL },
    { FOCAL_ACTOR_KIND_EMBASSY, FOCAL_LEVEL_FEDERAL, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_CONSULATE, FOCAL_LEVEL_FEDERAL, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_REPRESENTATION_OFFICE, FOCAL_LEVEL_UNKNOWN, FOCAL_LEVEL_SUBNATIONAL },
    { FOCAL_ACTOR_KIND_NGO, FOCAL_LEVEL_NON_GOVERNMENTAL, FOCAL_LEVEL_NON_GOVERNMENTAL },
    { FOCAL_ACTOR_KIND_COMPANY, FOCAL_LEVEL_NON_GOVERNMENTAL, FOCAL_LEVEL_NON_GOVERNMENTAL },
    { FOCAL_ACTOR_KIND_UNIVERSITY, FOCAL_LEVEL_NON_GOVERNMENTAL, FOCAL_LEVEL_NON_GOVERNMENTAL },
    { FOCAL_ACTOR_KIND_RESEARCH_CENTRE, FOCAL_LEVEL_NON_GOVERNMENTAL, FOCAL_LEVEL_NON_GOVERNMENTAL },
    { FOCAL_ACTOR_KIND_POLITICAL_PARTY, FOCAL_LEVEL_NON_GOVERNMENTAL, FOCAL_LEVEL_NON_GOVERNMENTAL },
    { FOCAL_ACTOR_KIND_PERSON, FOCAL_LEVEL_PERSONAL, FOCAL_LEVEL_PERSONAL },
    { FOCAL_ACTOR_KIND_GROUP, FOCAL_LEVEL_UNKNOWN, FOCAL_LEVEL_SUBNATIONAL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      FocalActor *actor = focal_actor_new ("a", cases[i].kind);

      g_test_message ("kind %d", cases[i].kind);
      g_assert_cmpint (focal_actor_get_level (actor), ==, cases[i].plain);
      g_assert_true (focal_actor_set_country (actor, "MX", NULL));
      g_assert_cmpint (focal_actor_get_level (actor), ==, cases[i].plain);
      g_assert_true (focal_actor_set_country (actor, "MX-JAL", NULL));
      g_assert_cmpint (focal_actor_get_level (actor), ==, cases[i].subdivision);
      g_assert_true (focal_actor_get_level_is_derived (actor));
      g_assert_finalize_object (actor);
    }
}

static void
test_actor_level_explicit (void)
{
  FocalActor *actor = focal_actor_new ("pearson", FOCAL_ACTOR_KIND_RESEARCH_CENTRE);
  guint level_count = 0;
  guint derived_count = 0;
  FocalLevel level;
  gboolean derived;

  g_signal_connect (actor, "notify::level", G_CALLBACK (count_notify_cb), &level_count);
  g_signal_connect (actor, "notify::level-is-derived", G_CALLBACK (count_notify_cb), &derived_count);

  g_assert_cmpint (focal_actor_get_level (actor), ==, FOCAL_LEVEL_NON_GOVERNMENTAL);

  focal_actor_set_level (actor, FOCAL_LEVEL_FEDERAL);
  g_assert_cmpint (focal_actor_get_level (actor), ==, FOCAL_LEVEL_FEDERAL);
  g_assert_false (focal_actor_get_level_is_derived (actor));
  g_assert_cmpuint (level_count, ==, 1);
  g_assert_cmpuint (derived_count, ==, 1);

  focal_actor_set_level (actor, FOCAL_LEVEL_FEDERAL);
  g_assert_cmpuint (level_count, ==, 1);
  g_assert_cmpuint (derived_count, ==, 1);

  /* An explicit level wins over the kind and the country. */
  focal_actor_set_kind (actor, FOCAL_ACTOR_KIND_PERSON);
  g_assert_true (focal_actor_set_country (actor, "CA-QC", NULL));
  g_assert_cmpint (focal_actor_get_level (actor), ==, FOCAL_LEVEL_FEDERAL);
  g_assert_cmpuint (level_count, ==, 1);

  g_object_set (actor, "level", FOCAL_LEVEL_INTERNATIONAL, NULL);
  g_object_get (actor, "level", &level, "level-is-derived", &derived, NULL);
  g_assert_cmpint (level, ==, FOCAL_LEVEL_INTERNATIONAL);
  g_assert_false (derived);
  g_assert_cmpuint (level_count, ==, 2);
  g_assert_cmpuint (derived_count, ==, 1);

  /* Unknown goes back to the derived level, personal for a person. */
  g_object_set (actor, "level", FOCAL_LEVEL_UNKNOWN, NULL);
  g_object_get (actor, "level", &level, "level-is-derived", &derived, NULL);
  g_assert_cmpint (level, ==, FOCAL_LEVEL_PERSONAL);
  g_assert_true (derived);
  g_assert_cmpuint (level_count, ==, 3);
  g_assert_cmpuint (derived_count, ==, 2);

  /* Setting the level it already derives changes only the flag. */
  focal_actor_set_level (actor, FOCAL_LEVEL_PERSONAL);
  g_assert_false (focal_actor_get_level_is_derived (actor));
  g_assert_cmpuint (level_count, ==, 3);
  g_assert_cmpuint (derived_count, ==, 3);

  g_assert_finalize_object (actor);
}

static void
test_actor_level_notify_once (void)
{
  FocalActor *actor = focal_actor_new ("a", FOCAL_ACTOR_KIND_OTHER);
  guint level_count = 0;

  g_signal_connect (actor, "notify::level", G_CALLBACK (count_notify_cb), &level_count);

  focal_actor_set_parent_id (actor, "b");
  g_assert_cmpuint (level_count, ==, 0);

  focal_actor_set_kind (actor, FOCAL_ACTOR_KIND_MUNICIPALITY);
  g_assert_cmpuint (level_count, ==, 1);

  g_assert_true (focal_actor_set_country (actor, "MX-JAL", NULL));
  g_assert_cmpuint (level_count, ==, 1);

  focal_actor_set_kind (actor, FOCAL_ACTOR_KIND_GROUP);
  g_assert_cmpint (focal_actor_get_level (actor), ==, FOCAL_LEVEL_SUBNATIONAL);
  g_assert_cmpuint (level_count, ==, 2);

  g_assert_finalize_object (actor);
}

static FocalActor *
add_actor (FocalGraph     *graph,
           const char     *id,
           FocalActorKind  kind,
           const char     *parent_id,
           const char     *country)
{
  g_autoptr(FocalActor) actor = focal_actor_new (id, kind);
  g_autoptr(GError) error = NULL;

  focal_actor_set_parent_id (actor, parent_id);
  g_assert_true (focal_actor_set_country (actor, country, NULL));
  focal_graph_add (graph, FOCAL_ENTITY (actor), &error);
  g_assert_no_error (error);

  return actor;
}

static void
test_actor_graph_parents (void)
{
  FocalGraph *graph = focal_graph_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) refs = NULL;
  FocalActor *mexico, *sre, *sre_na, *quebec, *mrif, *office, *group, *unit, *toronto, *consulate;

  mexico = add_actor (graph, "mexico", FOCAL_ACTOR_KIND_STATE, NULL, "MX");
  sre = add_actor (graph, "sre", FOCAL_ACTOR_KIND_MINISTRY, "mexico", "MX");
  sre_na = add_actor (graph, "sre-na", FOCAL_ACTOR_KIND_UNIT, "sre", NULL);
  quebec = add_actor (graph, "quebec", FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT, NULL, "CA-QC");
  mrif = add_actor (graph, "mrif", FOCAL_ACTOR_KIND_MINISTRY, "quebec", "CA");
  office = add_actor (graph, "quebec-mexico", FOCAL_ACTOR_KIND_REPRESENTATION_OFFICE, "mrif", NULL);
  group = add_actor (graph, "friends", FOCAL_ACTOR_KIND_GROUP, NULL, NULL);
  unit = add_actor (graph, "friends-unit", FOCAL_ACTOR_KIND_UNIT, "friends", NULL);
  toronto = add_actor (graph, "toronto", FOCAL_ACTOR_KIND_MUNICIPALITY, NULL, "CA");
  consulate = add_actor (graph, "toronto-office", FOCAL_ACTOR_KIND_OTHER, "toronto", NULL);

  g_assert_true (focal_graph_lookup (graph, "sre-na") == FOCAL_ENTITY (sre_na));
  g_assert_true (focal_entity_get_graph (FOCAL_ENTITY (sre_na)) == graph);

  g_assert_cmpint (focal_actor_get_level (mexico), ==, FOCAL_LEVEL_FEDERAL);
  g_assert_cmpint (focal_actor_get_level (sre), ==, FOCAL_LEVEL_FEDERAL);
  g_assert_cmpint (focal_actor_get_level (sre_na), ==, FOCAL_LEVEL_FEDERAL);
  g_assert_cmpint (focal_actor_get_level (quebec), ==, FOCAL_LEVEL_SUBNATIONAL);
  /* The parent's level wins over the fallback of a ministry ... */
  g_assert_cmpint (focal_actor_get_level (mrif), ==, FOCAL_LEVEL_SUBNATIONAL);
  /* ... and over two steps. */
  g_assert_cmpint (focal_actor_get_level (office), ==, FOCAL_LEVEL_SUBNATIONAL);
  g_assert_cmpint (focal_actor_get_level (toronto), ==, FOCAL_LEVEL_MUNICIPAL);
  g_assert_cmpint (focal_actor_get_level (consulate), ==, FOCAL_LEVEL_MUNICIPAL);
  /* A parent of unknown level leaves the unit its own fallback. */
  g_assert_cmpint (focal_actor_get_level (group), ==, FOCAL_LEVEL_UNKNOWN);
  g_assert_cmpint (focal_actor_get_level (unit), ==, FOCAL_LEVEL_FEDERAL);

  /* An explicit level on the parent is followed too. */
  focal_actor_set_level (group, FOCAL_LEVEL_PERSONAL);
  g_assert_cmpint (focal_actor_get_level (unit), ==, FOCAL_LEVEL_PERSONAL);

  g_assert_true (focal_entity_validate (FOCAL_ENTITY (office), graph, &error));
  g_assert_no_error (error);

  refs = focal_entity_dup_references (FOCAL_ENTITY (sre_na));
  g_assert_cmpuint (g_strv_length (refs), ==, 1);
  g_assert_cmpstr (refs[0], ==, "sre");
  g_clear_pointer (&refs, g_strfreev);
  refs = focal_entity_dup_references (FOCAL_ENTITY (mexico));
  g_assert_cmpuint (g_strv_length (refs), ==, 0);

  g_assert_finalize_object (graph);
}

static void
test_actor_unknown_parent (void)
{
  FocalGraph *graph = focal_graph_new ();
  FocalActor *actor = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
  g_autoptr(GError) error = NULL;

  focal_actor_set_parent_id (actor, "mexico");

  /* Without a graph, the reference is not checked. */
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (actor), NULL, &error));
  g_assert_no_error (error);

  g_assert_false (focal_graph_add (graph, FOCAL_ENTITY (actor), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "\"ife\""));
  g_assert_nonnull (strstr (error->message, "\"mexico\""));
  g_assert_null (focal_graph_lookup (graph, "ife"));
  g_clear_error (&error);

  g_assert_false (focal_entity_validate (FOCAL_ENTITY (actor), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);

  g_assert_finalize_object (graph);
  g_assert_finalize_object (actor);
}

static void
test_actor_wrong_kind_parent (void)
{
  FocalGraph *graph = focal_graph_new ();
  FocalIssue *issue = focal_issue_new ("ftaa", FOCAL_ISSUE_AREA_ECONOMIC);
  FocalActor *actor = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (issue), &error));
  g_assert_no_error (error);

  focal_actor_set_parent_id (actor, "ftaa");
  g_assert_false (focal_graph_add (graph, FOCAL_ENTITY (actor), &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_nonnull (strstr (error->message, "\"ife\""));
  g_assert_nonnull (strstr (error->message, "\"ftaa\""));
  g_assert_nonnull (strstr (error->message, "issue"));
  g_assert_null (focal_graph_lookup (graph, "ife"));

  /* A parent that is not an actor gives no level. */
  g_assert_cmpint (focal_actor_get_level (actor), ==, FOCAL_LEVEL_FEDERAL);

  g_assert_finalize_object (graph);
  g_assert_finalize_object (actor);
  g_assert_finalize_object (issue);
}

static void
test_actor_own_parent (void)
{
  FocalActor *actor = focal_actor_new ("sre", FOCAL_ACTOR_KIND_MINISTRY);
  g_autoptr(GError) error = NULL;

  focal_actor_set_parent_id (actor, "sre");
  g_assert_false (focal_entity_validate (FOCAL_ENTITY (actor), NULL, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "sre -> sre"));

  g_assert_finalize_object (actor);
}

static void
test_actor_cycle (void)
{
  FocalGraph *graph = focal_graph_new ();
  FocalActor *a, *b, *c;
  g_autoptr(GError) error = NULL;

  a = add_actor (graph, "a", FOCAL_ACTOR_KIND_OTHER, NULL, NULL);
  b = add_actor (graph, "b", FOCAL_ACTOR_KIND_OTHER, "a", NULL);
  c = add_actor (graph, "c", FOCAL_ACTOR_KIND_UNIT, "b", NULL);

  g_assert_true (focal_entity_validate (FOCAL_ENTITY (a), graph, &error));
  g_assert_no_error (error);

  focal_actor_set_parent_id (a, "b");

  g_assert_false (focal_entity_validate (FOCAL_ENTITY (a), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "\"a\""));
  g_assert_nonnull (strstr (error->message, "a -> b -> a"));
  g_clear_error (&error);

  g_assert_false (focal_entity_validate (FOCAL_ENTITY (b), graph, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "b -> a -> b"));
  g_clear_error (&error);

  /* c hangs below the cycle without being on it: its own check passes,
   * and neither check nor level derivation loops forever. */
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (c), graph, &error));
  g_assert_no_error (error);
  g_assert_cmpint (focal_actor_get_level (a), ==, FOCAL_LEVEL_UNKNOWN);
  g_assert_cmpint (focal_actor_get_level (c), ==, FOCAL_LEVEL_FEDERAL);

  /* Breaking the cycle makes a valid again. */
  focal_actor_set_parent_id (a, NULL);
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (a), graph, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (graph);
}

static void
test_actor_preconditions (void)
{
  if (g_test_subprocess ())
    {
      focal_actor_get_kind (NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*FOCAL_IS_ACTOR*");
}

static void
test_actor_preconditions_new (void)
{
  if (g_test_subprocess ())
    {
      FocalActor *actor = focal_actor_new (NULL, FOCAL_ACTOR_KIND_OTHER);

      g_assert_null (actor);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*id != NULL*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/actor/new", test_actor_new);
  g_test_add_func ("/focal/actor/new-properties", test_actor_new_properties);
  g_test_add_func ("/focal/actor/kind", test_actor_kind);
  g_test_add_func ("/focal/actor/country", test_actor_country);
  g_test_add_func ("/focal/actor/country-invalid", test_actor_country_invalid);
  g_test_add_func ("/focal/actor/country-invalid-property", test_actor_country_invalid_property);
  g_test_add_func ("/focal/actor/country-code-is-valid", test_actor_country_code_is_valid);
  g_test_add_func ("/focal/actor/parent-id", test_actor_parent_id);
  g_test_add_func ("/focal/actor/level-derived", test_actor_level_derived);
  g_test_add_func ("/focal/actor/level-explicit", test_actor_level_explicit);
  g_test_add_func ("/focal/actor/level-notify-once", test_actor_level_notify_once);
  g_test_add_func ("/focal/actor/graph-parents", test_actor_graph_parents);
  g_test_add_func ("/focal/actor/unknown-parent", test_actor_unknown_parent);
  g_test_add_func ("/focal/actor/wrong-kind-parent", test_actor_wrong_kind_parent);
  g_test_add_func ("/focal/actor/own-parent", test_actor_own_parent);
  g_test_add_func ("/focal/actor/cycle", test_actor_cycle);
  g_test_add_func ("/focal/actor/preconditions", test_actor_preconditions);
  g_test_add_func ("/focal/actor/preconditions-new", test_actor_preconditions_new);

  return g_test_run ();
}
