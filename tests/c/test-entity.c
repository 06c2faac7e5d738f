/* test-entity.c: the FocalEntity base, through its concrete subclasses
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <focal/focal.h>

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_entity_id_and_kind (void)
{
  g_autoptr(FocalActor) ife = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
  g_autoptr(FocalIssue) ftaa = focal_issue_new ("ftaa", FOCAL_ISSUE_AREA_ECONOMIC);
  g_autofree char *id = NULL;

  g_assert_cmpstr (focal_entity_get_id (FOCAL_ENTITY (ife)), ==, "ife");
  g_assert_cmpstr (focal_entity_get_kind_name (FOCAL_ENTITY (ife)), ==, "actor");
  g_assert_cmpstr (focal_entity_get_kind_name (FOCAL_ENTITY (ftaa)), ==, "issue");
  g_assert_null (focal_entity_get_graph (FOCAL_ENTITY (ife)));

  g_object_get (ife, "id", &id, NULL);
  g_assert_cmpstr (id, ==, "ife");

  g_assert_finalize_object (g_steal_pointer (&ife));
  g_assert_finalize_object (g_steal_pointer (&ftaa));
}

static void
test_entity_name_description (void)
{
  FocalActor *actor = focal_actor_new ("sre", FOCAL_ACTOR_KIND_MINISTRY);
  FocalEntity *entity = FOCAL_ENTITY (actor);
  guint name_count = 0, description_count = 0;
  g_autofree char *name = NULL;

  g_signal_connect (actor, "notify::name", G_CALLBACK (count_notify_cb), &name_count);
  g_signal_connect (actor, "notify::description", G_CALLBACK (count_notify_cb),
                    &description_count);

  focal_entity_set_name (entity, "Secretaría de Relaciones Exteriores");
  g_assert_cmpstr (focal_entity_get_name (entity), ==, "Secretaría de Relaciones Exteriores");
  g_assert_cmpuint (name_count, ==, 1);
  focal_entity_set_name (entity, "Secretaría de Relaciones Exteriores");
  g_assert_cmpuint (name_count, ==, 1);

  g_object_set (actor, "name", "SRE", NULL);
  g_assert_cmpuint (name_count, ==, 2);
  g_object_get (actor, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "SRE");

  focal_entity_set_name (entity, NULL);
  g_assert_null (focal_entity_get_name (entity));
  g_assert_cmpuint (name_count, ==, 3);

  focal_entity_set_description (entity, "Mexico's Ministry of Foreign Affairs");
  g_object_set (actor, "description", "Mexico's Ministry of Foreign Affairs", NULL);
  g_assert_cmpuint (description_count, ==, 1);
  g_assert_cmpstr (focal_entity_get_description (entity), ==,
                   "Mexico's Ministry of Foreign Affairs");

  g_assert_finalize_object (actor);
}

static void
test_entity_tags (void)
{
  FocalActor *actor = focal_actor_new ("elections-canada", FOCAL_ACTOR_KIND_AGENCY);
  FocalEntity *entity = FOCAL_ENTITY (actor);
  const char * const replacement[] = { "governance", "governance", "", "democracy", NULL };
  g_auto(GStrv) tags = NULL;
  guint count = 0;

  g_signal_connect (actor, "notify::tags", G_CALLBACK (count_notify_cb), &count);

  g_assert_cmpuint (g_strv_length ((char **) focal_entity_get_tags (entity)), ==, 0);
  g_assert_true (focal_entity_add_tag (entity, "elections"));
  g_assert_false (focal_entity_add_tag (entity, "elections"));
  g_assert_false (focal_entity_add_tag (entity, ""));
  g_assert_true (focal_entity_add_tag (entity, "governance"));
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (focal_entity_has_tag (entity, "elections"));
  g_assert_false (focal_entity_has_tag (entity, "energy"));
  g_assert_cmpstr (focal_entity_get_tags (entity)[0], ==, "elections");
  g_assert_cmpstr (focal_entity_get_tags (entity)[1], ==, "governance");
  g_assert_null (focal_entity_get_tags (entity)[2]);

  g_assert_true (focal_entity_remove_tag (entity, "elections"));
  g_assert_false (focal_entity_remove_tag (entity, "elections"));
  g_assert_cmpuint (count, ==, 3);

  g_object_set (actor, "tags", replacement, NULL);
  g_assert_cmpuint (count, ==, 4);
  g_object_get (actor, "tags", &tags, NULL);
  g_assert_cmpuint (g_strv_length (tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "governance");
  g_assert_cmpstr (tags[1], ==, "democracy");

  /* The same set again changes nothing. */
  focal_entity_set_tags (entity, replacement);
  g_assert_cmpuint (count, ==, 4);

  focal_entity_set_tags (entity, NULL);
  g_assert_cmpuint (count, ==, 5);
  g_assert_null (focal_entity_get_tags (entity)[0]);

  g_assert_finalize_object (actor);
}

static void
test_entity_valid (void)
{
  FocalForum *forum = focal_forum_new ("policy-planning-group", FOCAL_FORUM_KIND_POLICY_DIALOGUE);
  FocalEntity *entity = FOCAL_ENTITY (forum);
  g_autoptr(FocalDate) since_1996 = focal_date_new_from_string ("1996/..", NULL);
  g_autoptr(FocalDate) again = focal_date_new_from_string ("1996/..", NULL);
  g_autoptr(FocalDate) y1990 = focal_date_new (1990, 0, 0);
  g_autoptr(FocalDate) y2003 = focal_date_new (2003, 0, 0);
  g_autoptr(FocalDate) span = focal_date_new_from_string ("1990/1996", NULL);
  guint count = 0;

  g_signal_connect (forum, "notify::valid", G_CALLBACK (count_notify_cb), &count);

  g_assert_true (focal_entity_is_valid_at (entity, y1990));
  focal_entity_set_valid (entity, since_1996);
  g_assert_cmpuint (count, ==, 1);
  focal_entity_set_valid (entity, again);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (focal_entity_get_valid (entity) == since_1996);

  g_assert_false (focal_entity_is_valid_at (entity, y1990));
  g_assert_true (focal_entity_is_valid_at (entity, y2003));
  g_assert_true (focal_entity_is_valid_at (entity, span));
  g_assert_true (focal_entity_is_valid_at (entity, NULL));

  g_object_set (forum, "valid", NULL, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (focal_entity_get_valid (entity));

  g_assert_finalize_object (forum);
}

static void
test_entity_citations_indicators (void)
{
  FocalActor *embassy = focal_actor_new ("canadian-embassy-mexico", FOCAL_ACTOR_KIND_EMBASSY);
  FocalEntity *entity = FOCAL_ENTITY (embassy);
  g_autoptr(FocalCitation) citation = focal_citation_new ("focal-2004");
  g_autoptr(FocalIndicator) staff = focal_indicator_new ("staff", 100);
  g_autoptr(FocalIndicator) diplomats = focal_indicator_new ("staff-canadian-diplomats", 30);
  g_autoptr(GListModel) citations = NULL;

  focal_citation_set_section (citation, "The infrastructure of the relationship");
  focal_entity_add_citation (entity, citation);
  focal_entity_add_indicator (entity, staff);
  focal_indicator_set_part_of (diplomats, "staff");
  focal_entity_add_indicator (entity, diplomats);

  g_assert_cmpuint (g_list_model_get_n_items (focal_entity_get_citations (entity)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (focal_entity_get_indicators (entity)), ==, 2);
  g_assert_true (g_list_model_get_item_type (focal_entity_get_citations (entity)) ==
                 FOCAL_TYPE_CITATION);
  g_assert_true (focal_entity_find_indicator (entity, "staff") == staff);
  g_assert_true (focal_entity_find_indicator (entity, "staff-canadian-diplomats") == diplomats);
  g_assert_null (focal_entity_find_indicator (entity, "consulates"));

  g_object_get (embassy, "citations", &citations, NULL);
  g_assert_true (citations == focal_entity_get_citations (entity));

  g_assert_finalize_object (embassy);
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

/* Collections are created on first use; a model fetched while empty is the
 * one later additions go to. */
static void
test_entity_empty_collections (void)
{
  FocalActor *actor = focal_actor_new ("sre", FOCAL_ACTOR_KIND_MINISTRY);
  FocalEntity *entity = FOCAL_ENTITY (actor);
  g_autoptr(FocalCitation) citation = focal_citation_new ("focal-2004");
  g_autoptr(FocalIndicator) staff = focal_indicator_new ("staff", 12);
  GListModel *citations;
  GListModel *indicators;
  guint changes = 0;

  g_assert_nonnull (focal_entity_get_tags (entity));
  g_assert_null (focal_entity_get_tags (entity)[0]);
  g_assert_null (focal_entity_find_indicator (entity, "staff"));
  g_assert_false (focal_entity_remove_tag (entity, "energy"));

  citations = focal_entity_get_citations (entity);
  indicators = focal_entity_get_indicators (entity);
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 0);
  g_assert_true (g_list_model_get_item_type (indicators) == FOCAL_TYPE_INDICATOR);
  g_signal_connect (citations, "items-changed", G_CALLBACK (count_items_changed_cb), &changes);

  focal_entity_add_citation (entity, citation);
  focal_entity_add_indicator (entity, staff);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (focal_entity_get_citations (entity) == citations);
  g_assert_true (focal_entity_get_indicators (entity) == indicators);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 1);
  g_assert_true (focal_entity_find_indicator (entity, "staff") == staff);

  /* Removing the last tag leaves an empty list that takes tags again. */
  g_assert_true (focal_entity_add_tag (entity, "energy"));
  g_assert_true (focal_entity_remove_tag (entity, "energy"));
  g_assert_null (focal_entity_get_tags (entity)[0]);
  g_assert_true (focal_entity_add_tag (entity, "trade"));
  g_assert_cmpstr (focal_entity_get_tags (entity)[0], ==, "trade");
  g_assert_null (focal_entity_get_tags (entity)[1]);

  g_assert_finalize_object (actor);
}

#define N_GETTER_THREADS 8

typedef struct
{
  FocalEntity *entity;
  GListModel  *citations[N_GETTER_THREADS];
  GListModel  *indicators[N_GETTER_THREADS];
  GListModel  *members[N_GETTER_THREADS];
  gint         started;
} GetterRace;

static GetterRace getter_race;

static gpointer
getter_race_thread (gpointer data)
{
  guint i = GPOINTER_TO_UINT (data);

  /* Wait until every thread runs, so that the getters overlap. */
  g_atomic_int_inc (&getter_race.started);
  while (g_atomic_int_get (&getter_race.started) < N_GETTER_THREADS)
    g_thread_yield ();

  getter_race.citations[i] = focal_entity_get_citations (getter_race.entity);
  getter_race.indicators[i] = focal_entity_get_indicators (getter_race.entity);
  getter_race.members[i] = focal_forum_get_members (FOCAL_FORUM (getter_race.entity));
  return NULL;
}

/* The first call of a collection getter creates the model: threads calling
 * it at once must all get the same one. */
static void
test_entity_getters_threads (void)
{
  for (guint round = 0; round < 20; round++)
    {
      FocalForum *forum = focal_forum_new ("jmc", FOCAL_FORUM_KIND_POLICY_DIALOGUE);
      GThread *threads[N_GETTER_THREADS];

      memset (&getter_race, 0, sizeof getter_race);
      getter_race.entity = FOCAL_ENTITY (forum);
      for (guint i = 0; i < N_GETTER_THREADS; i++)
        threads[i] = g_thread_new ("getter", getter_race_thread, GUINT_TO_POINTER (i));
      for (guint i = 0; i < N_GETTER_THREADS; i++)
        g_thread_join (threads[i]);

      for (guint i = 0; i < N_GETTER_THREADS; i++)
        {
          g_assert_true (getter_race.citations[i] == focal_entity_get_citations (FOCAL_ENTITY (forum)));
          g_assert_true (getter_race.indicators[i] == focal_entity_get_indicators (FOCAL_ENTITY (forum)));
          g_assert_true (getter_race.members[i] == focal_forum_get_members (forum));
        }

      g_assert_finalize_object (forum);
    }
}

static void
test_entity_references (void)
{
  g_autoptr(FocalPosition) position = focal_position_new ("mx-ftaa-initial", "mexico", "ftaa");
  g_autoptr(FocalActor) lone = focal_actor_new ("canada", FOCAL_ACTOR_KIND_STATE);
  g_auto(GStrv) refs = focal_entity_dup_references (FOCAL_ENTITY (position));
  g_auto(GStrv) none = focal_entity_dup_references (FOCAL_ENTITY (lone));

  g_assert_cmpuint (g_strv_length (refs), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) refs, "mexico"));
  g_assert_true (g_strv_contains ((const char * const *) refs, "ftaa"));
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_entity_validate_without_graph (void)
{
  g_autoptr(FocalActor) ife = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
  g_autoptr(GError) error = NULL;

  /* Without a graph, references are not checked: a dangling parent is fine. */
  focal_actor_set_parent_id (ife, "mexico");
  g_assert_true (focal_entity_validate (FOCAL_ENTITY (ife), NULL, &error));
  g_assert_no_error (error);
}

static void
test_entity_abstract (void)
{
  g_assert_true (G_TYPE_IS_ABSTRACT (FOCAL_TYPE_ENTITY));
  g_assert_true (g_type_is_a (FOCAL_TYPE_ACTOR, FOCAL_TYPE_ENTITY));
  g_assert_true (g_type_is_a (FOCAL_TYPE_EVENT, FOCAL_TYPE_ENTITY));
  g_assert_false (g_type_is_a (FOCAL_TYPE_LINK, FOCAL_TYPE_ENTITY));
}

static void
test_entity_precondition (void)
{
  if (g_test_subprocess ())
    {
      focal_entity_set_name (NULL, "x");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_ENTITY*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/entity/id-and-kind", test_entity_id_and_kind);
  g_test_add_func ("/focal/entity/name-description", test_entity_name_description);
  g_test_add_func ("/focal/entity/tags", test_entity_tags);
  g_test_add_func ("/focal/entity/valid", test_entity_valid);
  g_test_add_func ("/focal/entity/citations-indicators", test_entity_citations_indicators);
  g_test_add_func ("/focal/entity/empty-collections", test_entity_empty_collections);
  g_test_add_func ("/focal/entity/getters-threads", test_entity_getters_threads);
  g_test_add_func ("/focal/entity/references", test_entity_references);
  g_test_add_func ("/focal/entity/validate-without-graph", test_entity_validate_without_graph);
  g_test_add_func ("/focal/entity/abstract", test_entity_abstract);
  g_test_add_func ("/focal/entity/precondition", test_entity_precondition);

  return g_test_run ();
}
