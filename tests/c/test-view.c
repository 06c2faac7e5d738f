/* test-view.c: FocalView over a Canada-Mexico slice of the founding paper
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

typedef struct
{
  FocalGraph *graph;
} Fixture;

static FocalDate *
date (const char *text)
{
  g_autoptr(GError) error = NULL;
  FocalDate *d = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);
  return d;
}

static void
add_actor (FocalGraph     *graph,
           const char     *id,
           FocalActorKind  kind,
           const char     *country,
           const char     *parent,
           const char     *valid,
           const char     *tag)
{
  g_autoptr(FocalActor) actor = focal_actor_new (id, kind);
  g_autoptr(GError) error = NULL;

  if (country != NULL)
    g_assert_true (focal_actor_set_country (actor, country, &error));
  focal_actor_set_parent_id (actor, parent);
  if (valid != NULL)
    {
      g_autoptr(FocalDate) d = date (valid);
      focal_entity_set_valid (FOCAL_ENTITY (actor), d);
    }
  if (tag != NULL)
    focal_entity_add_tag (FOCAL_ENTITY (actor), tag);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (actor), &error));
  g_assert_no_error (error);
}

static FocalLink *
add_link (FocalGraph    *graph,
          const char    *source,
          FocalLinkKind  kind,
          const char    *target,
          const char    *period)
{
  g_autoptr(FocalLink) link = focal_link_new (source, kind, target);
  g_autoptr(GError) error = NULL;

  if (period != NULL)
    {
      g_autoptr(FocalDate) d = date (period);
      focal_link_set_period (link, d);
    }
  g_assert_true (focal_graph_add_link (graph, link, &error));
  g_assert_no_error (error);

  return link;  /* the graph holds it */
}

/* Thirteen actors, an agreement and a forum (15 entities), 15 links. */
static FocalGraph *
make_slice (void)
{
  FocalGraph *graph = focal_graph_new ();
  g_autoptr(FocalAgreement) nafta = focal_agreement_new ("nafta", FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);
  g_autoptr(FocalForum) jmc = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
  g_autoptr(GError) error = NULL;

  add_actor (graph, "canada", FOCAL_ACTOR_KIND_STATE, "CA", NULL, NULL, NULL);
  add_actor (graph, "mexico", FOCAL_ACTOR_KIND_STATE, "MX", NULL, NULL, NULL);
  add_actor (graph, "dfait", FOCAL_ACTOR_KIND_MINISTRY, "CA", "canada", NULL, "foreign-affairs");
  add_actor (graph, "sre", FOCAL_ACTOR_KIND_MINISTRY, "MX", "mexico", NULL, "foreign-affairs");
  add_actor (graph, "elections-canada", FOCAL_ACTOR_KIND_AGENCY, "CA", "canada", NULL, "electoral");
  add_actor (graph, "ife", FOCAL_ACTOR_KIND_AGENCY, "MX", "mexico", "1990/2014", "electoral");
  add_actor (graph, "alberta", FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT, "CA-AB", NULL, NULL, NULL);
  add_actor (graph, "jalisco", FOCAL_ACTOR_KIND_SUBNATIONAL_GOVERNMENT, "MX-JAL", NULL, NULL, NULL);
  add_actor (graph, "quebec-office", FOCAL_ACTOR_KIND_REPRESENTATION_OFFICE, "CA-QC", NULL, NULL, NULL);
  add_actor (graph, "edmonton", FOCAL_ACTOR_KIND_MUNICIPALITY, "CA-AB", NULL, NULL, NULL);
  add_actor (graph, "axworthy", FOCAL_ACTOR_KIND_PERSON, "CA", NULL, NULL, NULL);
  add_actor (graph, "green", FOCAL_ACTOR_KIND_PERSON, "MX", NULL, NULL, NULL);
  add_actor (graph, "oas", FOCAL_ACTOR_KIND_INTERNATIONAL_ORGANIZATION, NULL, NULL, NULL, NULL);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (nafta), &error));
  focal_entity_add_tag (FOCAL_ENTITY (jmc), "bilateral");
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (jmc), &error));
  g_assert_no_error (error);

  add_link (graph, "dfait", FOCAL_LINK_KIND_PART_OF, "canada", NULL);
  add_link (graph, "sre", FOCAL_LINK_KIND_PART_OF, "mexico", NULL);
  add_link (graph, "elections-canada", FOCAL_LINK_KIND_PART_OF, "canada", NULL);
  add_link (graph, "ife", FOCAL_LINK_KIND_PART_OF, "mexico", NULL);
  add_link (graph, "axworthy", FOCAL_LINK_KIND_LEADS, "dfait", "1996/2000");
  add_link (graph, "green", FOCAL_LINK_KIND_LEADS, "sre", "1998/2000");
  add_link (graph, "axworthy", FOCAL_LINK_KIND_COOPERATES_WITH, "green", "1998/2000");
  add_link (graph, "elections-canada", FOCAL_LINK_KIND_COOPERATES_WITH, "ife", "1996/..");
  add_link (graph, "alberta", FOCAL_LINK_KIND_PARTNERS_WITH, "jalisco", "1999/..");
  add_link (graph, "canada", FOCAL_LINK_KIND_PARTY_TO, "nafta", "1994/..");
  add_link (graph, "mexico", FOCAL_LINK_KIND_PARTY_TO, "nafta", "1994/..");
  add_link (graph, "dfait", FOCAL_LINK_KIND_MEMBER_OF, "jmc", NULL);
  add_link (graph, "sre", FOCAL_LINK_KIND_MEMBER_OF, "jmc", NULL);
  add_link (graph, "quebec-office", FOCAL_LINK_KIND_REPRESENTED_IN, "mexico", NULL);
  add_link (graph, "edmonton", FOCAL_LINK_KIND_PART_OF, "alberta", NULL);

  return graph;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->graph = make_slice ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (fixture->graph);
}

/* The ids of a model of entities, comma-separated. */
static char *
entity_ids (GListModel *model)
{
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalEntity) entity = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", focal_entity_get_id (entity));
    }

  return g_string_free (out, FALSE);
}

/* The links of a model as "source>target", comma-separated. */
static char *
link_ends (GListModel *model)
{
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s>%s", i > 0 ? "," : "",
                              focal_link_get_source_id (link), focal_link_get_target_id (link));
    }

  return g_string_free (out, FALSE);
}

static guint
n_entities (FocalView *view)
{
  g_autoptr(GListModel) model = focal_view_dup_entities (view);

  return g_list_model_get_n_items (model);
}

static guint
n_links (FocalView *view)
{
  g_autoptr(GListModel) model = focal_view_dup_links (view);

  return g_list_model_get_n_items (model);
}

static void
test_view_whole (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(FocalView) view = focal_view_new (fixture->graph);
  g_autoptr(GListModel) entities = focal_view_dup_entities (view);
  g_autoptr(GListModel) links = focal_view_dup_links (view);
  g_autofree char *ids = entity_ids (entities);

  g_assert_true (focal_view_get_graph (view) == fixture->graph);
  g_assert_null (focal_view_get_parent (view));
  g_assert_true (g_list_model_get_item_type (entities) == FOCAL_TYPE_ENTITY);
  g_assert_true (g_list_model_get_item_type (links) == FOCAL_TYPE_LINK);

  /* Graph order: actors, then agreements, then forums. */
  g_assert_cmpstr (ids, ==,
                   "canada,mexico,dfait,sre,elections-canada,ife,alberta,jalisco,"
                   "quebec-office,edmonton,axworthy,green,oas,nafta,jmc");
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 15);

  for (guint i = 0; i < 15; i++)
    {
      g_autoptr(FocalEntity) entity = g_list_model_get_item (entities, i);
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      g_autoptr(FocalLink) held = g_list_model_get_item (focal_graph_get_links (fixture->graph), i);

      g_assert_true (focal_view_contains (view, entity));
      g_assert_true (focal_view_contains_link (view, link));
      g_assert_true (link == held);
    }
}

static void
test_view_at (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(FocalView) all = focal_view_new (fixture->graph);
  g_autoptr(FocalDate) d1995 = date ("1995");
  g_autoptr(FocalDate) d2016 = date ("2016");
  g_autoptr(FocalDate) late90s = date ("1997/1998");
  g_autoptr(FocalView) in_1995 = focal_view_at (all, d1995);
  g_autoptr(FocalView) in_2016 = focal_view_at (all, d2016);
  g_autoptr(FocalView) in_late90s = focal_view_at (all, late90s);
  g_autoptr(GListModel) links_1995 = focal_view_dup_links (in_1995);
  g_autoptr(GListModel) links_late90s = focal_view_dup_links (in_late90s);
  g_autofree char *ends_1995 = link_ends (links_1995);
  g_autofree char *ends_late90s = link_ends (links_late90s);
  FocalEntity *ife = focal_graph_lookup (fixture->graph, "ife");

  g_assert_true (focal_view_get_parent (in_1995) == all);
  g_assert_true (focal_view_get_graph (in_1995) == fixture->graph);

  /* Before the ministers and the electoral cooperation of 1996. */
  g_assert_cmpuint (n_entities (in_1995), ==, 15);
  g_assert_cmpstr (ends_1995, ==,
                   "dfait>canada,sre>mexico,elections-canada>canada,ife>mexico,"
                   "canada>nafta,mexico>nafta,dfait>jmc,sre>jmc,quebec-office>mexico,"
                   "edmonton>alberta");

  /* An interval keeps what overlaps it. */
  g_assert_cmpstr (ends_late90s, ==,
                   "dfait>canada,sre>mexico,elections-canada>canada,ife>mexico,"
                   "axworthy>dfait,green>sre,axworthy>green,elections-canada>ife,"
                   "canada>nafta,mexico>nafta,dfait>jmc,sre>jmc,quebec-office>mexico,"
                   "edmonton>alberta");

  /* The IFE became the INE in 2014: gone, and its open-ended link with it. */
  g_assert_true (focal_view_contains (in_1995, ife));
  g_assert_false (focal_view_contains (in_2016, ife));
  g_assert_cmpuint (n_entities (in_2016), ==, 14);
  g_assert_cmpuint (n_links (in_2016), ==, 10);
}

static void
test_view_link_kinds (Fixture       *fixture,
                      gconstpointer  user_data)
{
  const FocalLinkKind cooperation[] = { FOCAL_LINK_KIND_COOPERATES_WITH };
  const FocalLinkKind structure[] = { FOCAL_LINK_KIND_PART_OF, FOCAL_LINK_KIND_MEMBER_OF };
  const FocalLinkKind any[] = { FOCAL_LINK_KIND_PARTY_TO, FOCAL_LINK_KIND_ANY };
  g_autoptr(FocalView) all = focal_view_new (fixture->graph);
  g_autoptr(FocalView) coop = focal_view_with_link_kinds (all, cooperation, 1);
  g_autoptr(FocalView) parts = focal_view_with_link_kinds (all, structure, 2);
  g_autoptr(FocalView) every = focal_view_with_link_kinds (all, any, 2);
  g_autoptr(FocalView) none = focal_view_with_link_kinds (all, NULL, 0);
  g_autoptr(GListModel) coop_links = focal_view_dup_links (coop);
  g_autofree char *coop_ends = link_ends (coop_links);

  g_assert_cmpstr (coop_ends, ==, "axworthy>green,elections-canada>ife");
  g_assert_cmpuint (n_links (parts), ==, 7);
  g_assert_cmpuint (n_links (every), ==, 15);
  g_assert_cmpuint (n_links (none), ==, 0);

  /* Link kinds leave entities alone. */
  g_assert_cmpuint (n_entities (coop), ==, 15);
  g_assert_cmpuint (n_entities (none), ==, 15);
}

static void
test_view_actor_kinds (Fixture       *fixture,
                       gconstpointer  user_data)
{
  const FocalActorKind ministries[] = { FOCAL_ACTOR_KIND_MINISTRY };
  g_autoptr(FocalView) all = focal_view_new (fixture->graph);
  g_autoptr(FocalView) view = focal_view_with_actor_kinds (all, ministries, 1);
  g_autoptr(FocalView) none = focal_view_with_actor_kinds (all, NULL, 0);
  g_autoptr(GListModel) entities = focal_view_dup_entities (view);
  g_autoptr(GListModel) links = focal_view_dup_links (view);
  g_autofree char *ids = entity_ids (entities);
  g_autofree char *ends = link_ends (links);

  /* Other kinds of entity pass actor conditions. */
  g_assert_cmpstr (ids, ==, "dfait,sre,nafta,jmc");
  /* A link needs both ends: dfait → canada is gone with canada. */
  g_assert_cmpstr (ends, ==, "dfait>jmc,sre>jmc");
  g_assert_false (focal_view_contains (view, focal_graph_lookup (fixture->graph, "canada")));
  g_assert_cmpuint (n_entities (none), ==, 2);
}

static void
test_view_levels (Fixture       *fixture,
                  gconstpointer  user_data)
{
  const FocalLevel subnational[] = { FOCAL_LEVEL_SUBNATIONAL };
  const FocalLevel local[] = { FOCAL_LEVEL_SUBNATIONAL, FOCAL_LEVEL_MUNICIPAL };
  const FocalLevel personal[] = { FOCAL_LEVEL_PERSONAL };
  g_autoptr(FocalView) all = focal_view_new (fixture->graph);
  g_autoptr(FocalView) provinces = focal_view_with_levels (all, subnational, 1);
  g_autoptr(FocalView) locals = focal_view_with_levels (all, local, 2);
  g_autoptr(FocalView) people = focal_view_with_levels (all, personal, 1);
  g_autoptr(GListModel) province_entities = focal_view_dup_entities (provinces);
  g_autoptr(GListModel) local_links = focal_view_dup_links (locals);
  g_autoptr(GListModel) people_links = focal_view_dup_links (people);
  g_autofree char *province_ids = entity_ids (province_entities);
  g_autofree char *local_ends = link_ends (local_links);
  g_autofree char *people_ends = link_ends (people_links);
  FocalEntity *quebec = focal_graph_lookup (fixture->graph, "quebec-office");

  /* The Quebec office's level is derived from its CA-QC code. */
  g_assert_true (focal_actor_get_level_is_derived (FOCAL_ACTOR (quebec)));
  g_assert_cmpstr (province_ids, ==, "alberta,jalisco,quebec-office,nafta,jmc");
  g_assert_cmpstr (local_ends, ==, "alberta>jalisco,edmonton>alberta");
  g_assert_cmpstr (people_ends, ==, "axworthy>green");

  /* An explicit level counts too, and the view sees the change. */
  focal_actor_set_level (FOCAL_ACTOR (quebec), FOCAL_LEVEL_FEDERAL);
  g_assert_false (focal_view_contains (provinces, quebec));
}

static void
test_view_countries (Fixture       *fixture,
                     gconstpointer  user_data)
{
  const char * const canada[] = { "CA", NULL };
  const char * const alberta[] = { "CA-AB", NULL };
  const char * const prefix[] = { "C", NULL };
  const char * const both[] = { "CA", "MX", NULL };
  g_autoptr(FocalView) all = focal_view_new (fixture->graph);
  g_autoptr(FocalView) ca = focal_view_with_countries (all, canada);
  g_autoptr(FocalView) ab = focal_view_with_countries (all, alberta);
  g_autoptr(FocalView) c = focal_view_with_countries (all, prefix);
  g_autoptr(FocalView) north = focal_view_with_countries (all, both);
  g_autoptr(GListModel) ca_entities = focal_view_dup_entities (ca);
  g_autoptr(GListModel) ca_links = focal_view_dup_links (ca);
  g_autoptr(GListModel) ab_entities = focal_view_dup_entities (ab);
  g_autofree char *ca_ids = entity_ids (ca_entities);
  g_autofree char *ca_ends = link_ends (ca_links);
  g_autofree char *ab_ids = entity_ids (ab_entities);

  /* "CA" matches the subdivisions CA-AB and CA-QC. */
  g_assert_cmpstr (ca_ids, ==,
                   "canada,dfait,elections-canada,alberta,quebec-office,edmonton,axworthy,"
                   "nafta,jmc");
  g_assert_cmpstr (ca_ends, ==,
                   "dfait>canada,elections-canada>canada,axworthy>dfait,canada>nafta,"
                   "dfait>jmc,edmonton>alberta");
  g_assert_cmpstr (ab_ids, ==, "alberta,edmonton,nafta,jmc");
  /* A code matches whole codes only, and the OAS has no country. */
  g_assert_cmpuint (n_entities (c), ==, 2);
  g_assert_cmpuint (n_entities (north), ==, 14);
  g_assert_false (focal_view_contains (north, focal_graph_lookup (fixture->graph, "oas")));
}

static void
test_view_tags (Fixture       *fixture,
                gconstpointer  user_data)
{
  const char * const foreign[] = { "foreign-affairs", NULL };
  const char * const two[] = { "bilateral", "electoral", NULL };
  const char * const nothing[] = { NULL };
  g_autoptr(FocalView) all = focal_view_new (fixture->graph);
  g_autoptr(FocalView) ministries = focal_view_with_tags (all, foreign);
  g_autoptr(FocalView) tagged = focal_view_with_tags (all, two);
  g_autoptr(FocalView) none = focal_view_with_tags (all, nothing);
  g_autoptr(GListModel) ministry_entities = focal_view_dup_entities (ministries);
  g_autoptr(GListModel) tagged_entities = focal_view_dup_entities (tagged);
  g_autoptr(GListModel) tagged_links = focal_view_dup_links (tagged);
  g_autofree char *ministry_ids = entity_ids (ministry_entities);
  g_autofree char *tagged_ids = entity_ids (tagged_entities);
  g_autofree char *tagged_ends = link_ends (tagged_links);

  /* Tags apply to every kind of entity, forums included. */
  g_assert_cmpstr (ministry_ids, ==, "dfait,sre");
  g_assert_cmpstr (tagged_ids, ==, "elections-canada,ife,jmc");
  g_assert_cmpstr (tagged_ends, ==, "elections-canada>ife");
  g_assert_cmpuint (n_entities (none), ==, 0);
  g_assert_cmpuint (n_links (none), ==, 0);
}

static void
test_view_compose (Fixture       *fixture,
                   gconstpointer  user_data)
{
  const char * const north[] = { "CA", "MX", NULL };
  const FocalLinkKind cooperation[] = { FOCAL_LINK_KIND_COOPERATES_WITH };
  g_autoptr(FocalDate) d1999 = date ("1999");
  g_autoptr(FocalDate) d2016 = date ("2016");
  g_autoptr(FocalView) all = focal_view_new (fixture->graph);
  g_autoptr(FocalView) then = focal_view_at (all, d1999);
  g_autoptr(FocalView) countries = focal_view_with_countries (then, north);
  g_autoptr(FocalView) coop = focal_view_with_link_kinds (countries, cooperation, 1);
  g_autoptr(FocalView) kinds_first = focal_view_with_link_kinds (all, cooperation, 1);
  g_autoptr(FocalView) date_last = focal_view_at (kinds_first, d1999);
  g_autoptr(FocalView) later = focal_view_at (coop, d2016);
  g_autoptr(GListModel) links = focal_view_dup_links (coop);
  g_autoptr(GListModel) links_swapped = focal_view_dup_links (date_last);
  g_autofree char *ends = link_ends (links);
  g_autofree char *ends_swapped = link_ends (links_swapped);
  FocalView *parent = NULL;
  FocalGraph *graph = NULL;

  g_assert_cmpstr (ends, ==, "axworthy>green,elections-canada>ife");
  g_assert_cmpstr (ends_swapped, ==, ends);
  g_assert_cmpuint (n_entities (coop), ==, 14);

  /* Each condition adds to the ancestors': no link holds in both 1999 and
   * 2016 (the IFE is gone by then), and only undated entities remain. */
  g_assert_cmpuint (n_links (later), ==, 0);
  g_assert_cmpuint (n_entities (later), ==, 13);

  g_assert_true (focal_view_get_parent (coop) == countries);
  g_assert_true (focal_view_get_parent (countries) == then);
  g_assert_true (focal_view_get_parent (then) == all);
  g_object_get (coop, "parent", &parent, "graph", &graph, NULL);
  g_assert_true (parent == countries);
  g_assert_true (graph == fixture->graph);
  g_object_unref (parent);
  g_object_unref (graph);
}

static void
test_view_contains (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(FocalGraph) other = make_slice ();
  g_autoptr(FocalView) all = focal_view_new (fixture->graph);
  g_autoptr(FocalActor) loose = focal_actor_new ("canada", FOCAL_ACTOR_KIND_STATE);
  g_autoptr(FocalLink) unheld = focal_link_new ("dfait", FOCAL_LINK_KIND_PART_OF, "canada");
  g_autoptr(FocalLink) dangling = focal_link_new ("dfait", FOCAL_LINK_KIND_PART_OF, "nowhere");
  g_autoptr(FocalLink) foreign = g_list_model_get_item (focal_graph_get_links (other), 0);

  /* The same ids in another graph, or in none, are not in the view. */
  g_assert_false (focal_view_contains (all, FOCAL_ENTITY (loose)));
  g_assert_false (focal_view_contains (all, focal_graph_lookup (other, "canada")));
  g_assert_false (focal_view_contains_link (all, unheld));
  g_assert_false (focal_view_contains_link (all, dangling));
  g_assert_false (focal_view_contains_link (all, foreign));
  g_clear_object (&foreign);
  g_assert_finalize_object (g_steal_pointer (&other));
}

static void
test_view_live (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(FocalView) all = focal_view_new (fixture->graph);
  const char * const canada[] = { "CA", NULL };
  g_autoptr(FocalView) ca = focal_view_with_countries (all, canada);
  g_autoptr(FocalLink) link = NULL;

  /* A view copies nothing: it answers for the graph as it is now. */
  add_actor (fixture->graph, "pearson-centre", FOCAL_ACTOR_KIND_RESEARCH_CENTRE, "CA",
             NULL, NULL, NULL);
  link = g_object_ref (add_link (fixture->graph, "pearson-centre",
                                 FOCAL_LINK_KIND_COOPERATES_WITH, "sre", NULL));
  g_assert_cmpuint (n_entities (ca), ==, 10);
  g_assert_cmpuint (n_links (all), ==, 16);
  g_assert_true (focal_view_contains_link (all, link));
  g_assert_false (focal_view_contains_link (ca, link));

  g_assert_true (focal_graph_remove_link (fixture->graph, link));
  g_assert_false (focal_view_contains_link (all, link));
  g_assert_cmpuint (n_links (all), ==, 15);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_view_properties (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(FocalView) view = g_object_new (FOCAL_TYPE_VIEW, "graph", fixture->graph, NULL);
  g_autoptr(FocalDate) d1995 = date ("1995");
  g_autoptr(FocalView) child = NULL;
  FocalGraph *graph = NULL;
  FocalView *parent = NULL;
  guint notified = 0;

  g_object_get (view, "graph", &graph, "parent", &parent, NULL);
  g_assert_true (graph == fixture->graph);
  g_assert_null (parent);
  g_object_unref (graph);
  g_assert_cmpuint (n_entities (view), ==, 15);

  /* Views are immutable: deriving one leaves the parent untouched. */
  g_signal_connect (view, "notify", G_CALLBACK (count_notify_cb), &notified);
  child = focal_view_at (view, d1995);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_true (focal_view_get_parent (child) == view);
}

static void
test_view_references (void)
{
  FocalGraph *graph = make_slice ();
  FocalView *all = focal_view_new (graph);
  const char * const canada[] = { "CA", NULL };
  FocalView *ca = focal_view_with_countries (all, canada);

  /* A view keeps its graph and its parent alive. */
  g_object_unref (graph);
  g_object_unref (all);
  g_assert_cmpuint (n_entities (ca), ==, 9);
  g_assert_true (FOCAL_IS_VIEW (focal_view_get_parent (ca)));

  g_object_add_weak_pointer (G_OBJECT (all), (gpointer *) &all);
  g_object_add_weak_pointer (G_OBJECT (graph), (gpointer *) &graph);
  g_assert_finalize_object (ca);
  g_assert_null (all);
  g_assert_null (graph);
}

static void
test_view_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalView) view = focal_view_new (NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_GRAPH*");
}

static void
test_view_precondition_date (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = focal_graph_new ();
      g_autoptr(FocalView) view = focal_view_new (graph);
      g_autoptr(FocalView) bad = focal_view_at (view, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*date != NULL*");
}

static void
test_view_precondition_kinds (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = focal_graph_new ();
      g_autoptr(FocalView) view = focal_view_new (graph);
      g_autoptr(FocalView) bad = focal_view_with_link_kinds (view, NULL, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*kinds != NULL*");
}

static void
test_view_precondition_enum (void)
{
  if (g_test_subprocess ())
    {
      const FocalLevel levels[] = { 99 };
      g_autoptr(FocalGraph) graph = focal_graph_new ();
      g_autoptr(FocalView) view = focal_view_new (graph);
      g_autoptr(FocalView) bad = focal_view_with_levels (view, levels, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*focal_view_enum_is_valid*");
}

static void
test_view_precondition_codes (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = focal_graph_new ();
      g_autoptr(FocalView) view = focal_view_new (graph);
      g_autoptr(FocalView) bad = focal_view_with_countries (view, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*codes != NULL*");
}

static void
test_view_precondition_contains (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = focal_graph_new ();
      g_autoptr(FocalView) view = focal_view_new (graph);

      focal_view_contains (view, NULL);
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

#define ADD(path, func) \
  g_test_add ("/focal/view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("whole", test_view_whole);
  ADD ("at", test_view_at);
  ADD ("link-kinds", test_view_link_kinds);
  ADD ("actor-kinds", test_view_actor_kinds);
  ADD ("levels", test_view_levels);
  ADD ("countries", test_view_countries);
  ADD ("tags", test_view_tags);
  ADD ("compose", test_view_compose);
  ADD ("contains", test_view_contains);
  ADD ("live", test_view_live);
  ADD ("properties", test_view_properties);

#undef ADD

  g_test_add_func ("/focal/view/references", test_view_references);
  g_test_add_func ("/focal/view/precondition/graph", test_view_preconditions);
  g_test_add_func ("/focal/view/precondition/date", test_view_precondition_date);
  g_test_add_func ("/focal/view/precondition/kinds", test_view_precondition_kinds);
  g_test_add_func ("/focal/view/precondition/enum", test_view_precondition_enum);
  g_test_add_func ("/focal/view/precondition/codes", test_view_precondition_codes);
  g_test_add_func ("/focal/view/precondition/contains", test_view_precondition_contains);

  return g_test_run ();
}
