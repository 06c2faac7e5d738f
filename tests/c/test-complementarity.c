/* test-complementarity.c: offers and seeks, paired by
 * focal_view_dup_complementarities() on hand-made graphs and on the
 * Canada-Mexico dataset
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <focal/focal.h>

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
           const char     *parent)
{
  g_autoptr(FocalActor) actor = focal_actor_new (id, kind);
  g_autoptr(GError) error = NULL;

  if (country != NULL)
    g_assert_true (focal_actor_set_country (actor, country, &error));
  focal_actor_set_parent_id (actor, parent);
  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (actor), &error));
  g_assert_no_error (error);
}

static void
add_issue (FocalGraph *graph,
           const char *id)
{
  g_autoptr(FocalIssue) issue = focal_issue_new (id, FOCAL_ISSUE_AREA_POLITICAL);
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (issue), &error));
  g_assert_no_error (error);
}

static FocalLink *
add_fact (FocalGraph    *graph,
          const char    *actor,
          FocalLinkKind  kind,
          const char    *issue,
          const char    *capacity,
          const char    *period)
{
  g_autoptr(FocalLink) link = focal_link_new (actor, kind, issue);
  g_autoptr(GError) error = NULL;

  if (capacity != NULL)
    focal_link_set_attribute (link, "capacity", capacity);
  if (period != NULL)
    {
      g_autoptr(FocalDate) d = date (period);
      focal_link_set_period (link, d);
    }
  g_assert_true (focal_graph_add_link (graph, link, &error));
  g_assert_no_error (error);

  return link;  /* the graph holds it */
}

/* Two countries with parts, a third country and three issues:
 *
 *   ca ← ca-gov ← ca-agency        mx ← mx-agency        us
 *
 * ca-agency offers expertise on i1 (twice); mx seeks expertise on i1.
 * ca offers funding on i1; nobody seeks funding.
 * mx-agency offers access on i2 (from 2000); ca-gov seeks access on i2.
 * mx seeks capacity on i3; nobody offers it.
 * us offers expertise on i1: neither side. */
static FocalGraph *
make_graph (void)
{
  FocalGraph *graph = focal_graph_new ();

  add_actor (graph, "ca", FOCAL_ACTOR_KIND_STATE, "CA", NULL);
  add_actor (graph, "ca-gov", FOCAL_ACTOR_KIND_FEDERAL_GOVERNMENT, "CA", "ca");
  add_actor (graph, "ca-agency", FOCAL_ACTOR_KIND_AGENCY, "CA", "ca-gov");
  add_actor (graph, "mx", FOCAL_ACTOR_KIND_STATE, "MX", NULL);
  add_actor (graph, "mx-agency", FOCAL_ACTOR_KIND_AGENCY, "MX", "mx");
  add_actor (graph, "us", FOCAL_ACTOR_KIND_STATE, "US", NULL);
  add_issue (graph, "i1");
  add_issue (graph, "i2");
  add_issue (graph, "i3");

  add_fact (graph, "ca-agency", FOCAL_LINK_KIND_OFFERS, "i1", "expertise", NULL);
  add_fact (graph, "us", FOCAL_LINK_KIND_OFFERS, "i1", "expertise", NULL);
  add_fact (graph, "ca", FOCAL_LINK_KIND_OFFERS, "i1", "funding", NULL);
  add_fact (graph, "mx-agency", FOCAL_LINK_KIND_OFFERS, "i2", "access", "2000/..");
  add_fact (graph, "mx", FOCAL_LINK_KIND_SEEKS, "i1", "expertise", NULL);
  add_fact (graph, "ca-gov", FOCAL_LINK_KIND_SEEKS, "i2", "access", NULL);
  add_fact (graph, "mx", FOCAL_LINK_KIND_SEEKS, "i3", "capacity", NULL);
  add_fact (graph, "ca-agency", FOCAL_LINK_KIND_OFFERS, "i1", "expertise", "1999");

  return graph;
}

/* "issue:provider:side:seeker:capacity:n-links", one per item. */
static char *
describe (GListModel *found)
{
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (found);

  g_assert_true (g_list_model_get_item_type (found) == FOCAL_TYPE_COMPLEMENTARITY);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalComplementarity) c = g_list_model_get_item (found, i);
      g_autofree char *capacity = g_enum_to_string (FOCAL_TYPE_CAPACITY,
                                                    focal_complementarity_get_capacity (c));

      g_assert_true (focal_complementarity_get_matched (c) ==
                     (focal_complementarity_get_seeker (c) != NULL));
      g_string_append_printf (out, "%s%s:%s:%s:%s:%s:%u", i > 0 ? " " : "",
                              focal_complementarity_get_issue_id (c),
                              focal_complementarity_get_provider (c),
                              focal_complementarity_get_provider_side (c),
                              focal_complementarity_get_seeker (c) != NULL
                              ? focal_complementarity_get_seeker (c) : "-",
                              capacity,
                              g_list_model_get_n_items (focal_complementarity_get_links (c)));
    }

  return g_string_free (out, FALSE);
}

static GListModel *
complementarities (FocalView  *view,
                   const char *a,
                   const char *b)
{
  g_autoptr(GError) error = NULL;
  GListModel *found = focal_view_dup_complementarities (view, a, b, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

static void
test_complementarity_pairs (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GListModel) found = complementarities (view, "ca", "mx");
  g_autoptr(GListModel) swapped = complementarities (view, "mx", "ca");
  g_autofree char *text = describe (found);
  g_autofree char *swapped_text = describe (swapped);
  g_autoptr(FocalComplementarity) first = g_list_model_get_item (found, 0);
  GListModel *links = focal_complementarity_get_links (first);
  g_autoptr(FocalLink) offer1 = g_list_model_get_item (links, 0);
  g_autoptr(FocalLink) offer2 = g_list_model_get_item (links, 1);
  g_autoptr(FocalLink) seek = g_list_model_get_item (links, 2);

  /* Parts count for their side; the twice-made offer is one item with
   * both links; funding is offered but not sought; us and the unanswered
   * seek on i3 are left out. */
  g_assert_cmpstr (text, ==,
                   "i1:ca-agency:ca:mx:FOCAL_CAPACITY_EXPERTISE:3 "
                   "i1:ca:ca:-:FOCAL_CAPACITY_FUNDING:1 "
                   "i2:mx-agency:mx:ca-gov:FOCAL_CAPACITY_ACCESS:2");
  g_assert_cmpstr (swapped_text, ==, text);

  /* Offers first, then the matching seeks, in graph order. */
  g_assert_cmpint (focal_link_get_kind (offer1), ==, FOCAL_LINK_KIND_OFFERS);
  g_assert_null (focal_link_get_period (offer1));
  g_assert_cmpint (focal_link_get_kind (offer2), ==, FOCAL_LINK_KIND_OFFERS);
  g_assert_nonnull (focal_link_get_period (offer2));
  g_assert_cmpint (focal_link_get_kind (seek), ==, FOCAL_LINK_KIND_SEEKS);
  g_assert_cmpstr (focal_link_get_source_id (seek), ==, "mx");
}

static void
test_complementarity_views (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) all = focal_view_new (graph);
  g_autoptr(FocalDate) y1995 = date ("1995");
  g_autoptr(FocalView) then = focal_view_at (all, y1995);
  const FocalLinkKind offers_only[] = { FOCAL_LINK_KIND_OFFERS };
  g_autoptr(FocalView) no_seeks = focal_view_with_link_kinds (all, offers_only, 1);
  g_autoptr(GListModel) in_1995 = complementarities (then, "ca", "mx");
  g_autoptr(GListModel) unsought = complementarities (no_seeks, "ca", "mx");
  g_autofree char *text_1995 = describe (in_1995);
  g_autofree char *text_unsought = describe (unsought);

  /* In 1995 Mexico's agency offered nothing yet, and the 1999 offer is not
   * in the view. */
  g_assert_cmpstr (text_1995, ==,
                   "i1:ca-agency:ca:mx:FOCAL_CAPACITY_EXPERTISE:2 "
                   "i1:ca:ca:-:FOCAL_CAPACITY_FUNDING:1");
  /* Without seeks nothing is matched. */
  g_assert_cmpstr (text_unsought, ==,
                   "i1:ca-agency:ca:-:FOCAL_CAPACITY_EXPERTISE:2 "
                   "i1:ca:ca:-:FOCAL_CAPACITY_FUNDING:1 "
                   "i2:mx-agency:mx:-:FOCAL_CAPACITY_ACCESS:1");
}

static void
test_complementarity_empty (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalView) view = NULL;
  g_autoptr(GListModel) found = NULL;

  add_actor (graph, "a", FOCAL_ACTOR_KIND_STATE, NULL, NULL);
  add_actor (graph, "b", FOCAL_ACTOR_KIND_STATE, NULL, NULL);
  view = focal_view_new (graph);
  found = complementarities (view, "a", "b");
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 0);
}

static void
test_complementarity_properties (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GListModel) found = complementarities (view, "ca", "mx");
  FocalComplementarity *item = g_list_model_get_item (found, 2);
  g_autofree char *issue_id = NULL, *provider = NULL, *side = NULL, *seeker = NULL;
  g_autoptr(GListModel) links = NULL;
  FocalCapacity capacity = FOCAL_CAPACITY_EXPERTISE;
  gboolean matched = FALSE;
  const char * const names[] = {
    "issue-id", "provider", "provider-side", "seeker", "capacity", "matched", "links",
  };
  FocalComplementarity *blank;

  g_object_get (item,
                "issue-id", &issue_id,
                "provider", &provider,
                "provider-side", &side,
                "seeker", &seeker,
                "capacity", &capacity,
                "matched", &matched,
                "links", &links,
                NULL);
  g_assert_cmpstr (issue_id, ==, "i2");
  g_assert_cmpstr (provider, ==, "mx-agency");
  g_assert_cmpstr (side, ==, "mx");
  g_assert_cmpstr (seeker, ==, "ca-gov");
  g_assert_cmpint (capacity, ==, FOCAL_CAPACITY_ACCESS);
  g_assert_true (matched);
  g_assert_true (links == focal_complementarity_get_links (item));

  /* Results are read-only. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true ((pspec->flags & G_PARAM_READABLE) != 0);
      g_assert_true ((pspec->flags & G_PARAM_WRITABLE) == 0);
    }

  g_clear_object (&links);
  g_clear_object (&found);
  g_assert_finalize_object (item);

  blank = g_object_new (FOCAL_TYPE_COMPLEMENTARITY, NULL);
  g_assert_null (focal_complementarity_get_issue_id (blank));
  g_assert_false (focal_complementarity_get_matched (blank));
  g_assert_cmpuint (g_list_model_get_n_items (focal_complementarity_get_links (blank)), ==, 0);
  g_assert_finalize_object (blank);
}

static void
test_complementarity_link_kinds (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalLink) backwards = focal_link_new ("i1", FOCAL_LINK_KIND_OFFERS, "ca");
  g_autoptr(FocalLink) to_actor = focal_link_new ("ca", FOCAL_LINK_KIND_SEEKS, "mx");
  g_autoptr(GEnumClass) kinds = g_type_class_ref (FOCAL_TYPE_LINK_KIND);
  g_autoptr(GEnumClass) capacities = g_type_class_ref (FOCAL_TYPE_CAPACITY);

  g_assert_cmpint (g_enum_get_value_by_nick (kinds, "offers")->value, ==, FOCAL_LINK_KIND_OFFERS);
  g_assert_cmpint (g_enum_get_value_by_nick (kinds, "seeks")->value, ==, FOCAL_LINK_KIND_SEEKS);
  g_assert_cmpint (FOCAL_LINK_KIND_SEEKS, ==, FOCAL_LINK_KIND_OFFERS + 1);
  g_assert_false (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_OFFERS));
  g_assert_false (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_SEEKS));
  g_assert_cmpint (g_enum_get_value_by_nick (capacities, "funding")->value, ==,
                   FOCAL_CAPACITY_FUNDING);
  g_assert_cmpuint (capacities->n_values, ==, 4);

  /* From an actor to an issue only. */
  g_assert_false (focal_graph_add_link (graph, backwards, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_nonnull (strstr (error->message, "i1"));
  g_clear_error (&error);
  g_assert_false (focal_graph_add_link (graph, to_actor, &error));
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND);
  g_assert_nonnull (strstr (error->message, "mx"));
}

static void
assert_fails (FocalView  *view,
              const char *a,
              const char *b,
              int         code,
              const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = focal_view_dup_complementarities (view, a, b, &error);

  g_assert_null (found);
  g_assert_error (error, FOCAL_ERROR, code);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_complementarity_errors (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  const char * const north[] = { "CA", NULL };
  g_autoptr(FocalView) canada_only = focal_view_with_countries (view, north);

  assert_fails (view, "ca", "nowhere", FOCAL_ERROR_UNKNOWN_ID, "nowhere");
  assert_fails (view, "nowhere", "ca", FOCAL_ERROR_UNKNOWN_ID, "nowhere");
  assert_fails (view, "ca", "i1", FOCAL_ERROR_WRONG_KIND, "i1");
  assert_fails (view, "ca", "ca", FOCAL_ERROR_INVALID_VALUE, "\"ca\"");
  assert_fails (view, "ca", "ca-agency", FOCAL_ERROR_INVALID_VALUE, "ca-agency");
  assert_fails (view, "ca-gov", "ca", FOCAL_ERROR_INVALID_VALUE, "ca-gov");
  assert_fails (canada_only, "ca", "mx", FOCAL_ERROR_UNKNOWN_ID, "not in the view");
}

static void
test_complementarity_bad_capacity (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  FocalLink *link;

  /* A bad fact of a third country is none of the comparison's business. */
  add_fact (graph, "us", FOCAL_LINK_KIND_OFFERS, "i3", "gold", NULL);
  g_assert_finalize_object (complementarities (view, "ca", "mx"));

  link = add_fact (graph, "mx-agency", FOCAL_LINK_KIND_SEEKS, "i3", NULL, NULL);
  assert_fails (view, "ca", "mx", FOCAL_ERROR_MISSING_FIELD, "mx-agency");
  assert_fails (view, "ca", "mx", FOCAL_ERROR_MISSING_FIELD, "capacity");

  focal_link_set_attribute (link, "capacity", "money");
  assert_fails (view, "ca", "mx", FOCAL_ERROR_INVALID_VALUE, "\"money\"");
  assert_fails (view, "ca", "mx", FOCAL_ERROR_INVALID_VALUE, "mx-agency");
}

static FocalGraph *
load_dataset (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                 "canada-mexico-2004.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FocalDocument) document = focal_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_NONE,
                                                NULL, &error));
  g_assert_no_error (error);

  return g_object_ref (focal_document_get_graph (document));
}

static FocalComplementarity *
find (GListModel *found,
      const char *issue_id,
      const char *provider,
      FocalCapacity capacity)
{
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(FocalComplementarity) c = g_list_model_get_item (found, i);

      if (g_str_equal (focal_complementarity_get_issue_id (c), issue_id) &&
          g_str_equal (focal_complementarity_get_provider (c), provider) &&
          focal_complementarity_get_capacity (c) == capacity)
        return c;
    }

  return NULL;
}

static void
test_complementarity_dataset (void)
{
  g_autoptr(FocalGraph) graph = load_dataset ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GListModel) found = complementarities (view, "canada", "mexico");
  FocalComplementarity *c;

  /* Canada's expertise in democracy and good governance; Mexico looked to
   * Canada as a model for its democratic institutions. */
  c = find (found, "democratic-institutions", "canada", FOCAL_CAPACITY_EXPERTISE);
  g_assert_nonnull (c);
  g_assert_cmpstr (focal_complementarity_get_seeker (c), ==, "mexico");

  /* Mexico, Canada's natural interlocutor with Latin America. */
  c = find (found, "latin-america-relations", "mexico", FOCAL_CAPACITY_ACCESS);
  g_assert_nonnull (c);
  g_assert_cmpstr (focal_complementarity_get_provider_side (c), ==, "mexico");
  g_assert_cmpstr (focal_complementarity_get_seeker (c), ==, "canada");

  /* CIDA is a part of Canada: its funds answer Mexico's request. */
  c = find (found, "mexico-development-support", "cida", FOCAL_CAPACITY_FUNDING);
  g_assert_nonnull (c);
  g_assert_cmpstr (focal_complementarity_get_provider_side (c), ==, "canada");
  g_assert_true (focal_complementarity_get_matched (c));

  /* Electoral expertise is on offer from both sides, sought by neither. */
  c = find (found, "electoral-assistance", "elections-canada", FOCAL_CAPACITY_EXPERTISE);
  g_assert_nonnull (c);
  g_assert_false (focal_complementarity_get_matched (c));
  c = find (found, "electoral-assistance", "ife", FOCAL_CAPACITY_EXPERTISE);
  g_assert_nonnull (c);
  g_assert_cmpstr (focal_complementarity_get_provider_side (c), ==, "mexico");

  /* Every fact is cited. */
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(FocalComplementarity) item = g_list_model_get_item (found, i);
      GListModel *links = focal_complementarity_get_links (item);

      for (guint k = 0; k < g_list_model_get_n_items (links); k++)
        {
          g_autoptr(FocalLink) link = g_list_model_get_item (links, k);

          g_assert_cmpuint (g_list_model_get_n_items (focal_link_get_citations (link)), >, 0);
        }
    }
}

static void
test_complementarity_precondition_view (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GListModel) found = focal_view_dup_complementarities (NULL, "a", "b", NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_VIEW*");
}

static void
test_complementarity_precondition_id (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = make_graph ();
      g_autoptr(FocalView) view = focal_view_new (graph);
      g_autoptr(GListModel) found = focal_view_dup_complementarities (view, "ca", NULL, NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*actor_b != NULL*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/complementarity/pairs", test_complementarity_pairs);
  g_test_add_func ("/focal/complementarity/views", test_complementarity_views);
  g_test_add_func ("/focal/complementarity/empty", test_complementarity_empty);
  g_test_add_func ("/focal/complementarity/properties", test_complementarity_properties);
  g_test_add_func ("/focal/complementarity/link-kinds", test_complementarity_link_kinds);
  g_test_add_func ("/focal/complementarity/errors", test_complementarity_errors);
  g_test_add_func ("/focal/complementarity/bad-capacity", test_complementarity_bad_capacity);
  g_test_add_func ("/focal/complementarity/dataset", test_complementarity_dataset);
  g_test_add_func ("/focal/complementarity/precondition/view",
                   test_complementarity_precondition_view);
  g_test_add_func ("/focal/complementarity/precondition/id",
                   test_complementarity_precondition_id);

  return g_test_run ();
}
