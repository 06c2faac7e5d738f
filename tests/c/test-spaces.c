/* test-spaces.c: common spaces and success patterns on hand-made graphs
 * with known answers and on the Canada-Mexico dataset
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
add (FocalGraph  *graph,
     FocalEntity *entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_graph_add (graph, entity, &error));
  g_assert_no_error (error);
  g_object_unref (entity);
}

static void
add_actor (FocalGraph     *graph,
           const char     *id,
           FocalActorKind  kind,
           const char     *country,
           const char     *parent,
           const char     *tags)
{
  FocalActor *actor = focal_actor_new (id, kind);
  g_autoptr(GError) error = NULL;

  if (country != NULL)
    g_assert_true (focal_actor_set_country (actor, country, &error));
  focal_actor_set_parent_id (actor, parent);
  if (tags != NULL)
    {
      g_auto(GStrv) split = g_strsplit (tags, " ", -1);
      focal_entity_set_tags (FOCAL_ENTITY (actor), (const char * const *) split);
    }
  add (graph, FOCAL_ENTITY (actor));
}

/* A forum with tags and members "ca mx:1990/1995 ca-min/observer". */
static void
add_forum (FocalGraph *graph,
           const char *id,
           const char *tags,
           const char *members)
{
  FocalForum *forum = focal_forum_new (id, FOCAL_FORUM_KIND_WORKING_GROUP);
  g_auto(GStrv) split_tags = g_strsplit (tags, " ", -1);
  g_auto(GStrv) split_members = g_strsplit (members, " ", -1);

  if (tags[0] != '\0')
    focal_entity_set_tags (FOCAL_ENTITY (forum), (const char * const *) split_tags);
  for (guint i = 0; split_members[i] != NULL && split_members[i][0] != '\0'; i++)
    {
      g_auto(GStrv) period = g_strsplit (split_members[i], ":", 2);
      g_auto(GStrv) role = g_strsplit (period[0], "/", 2);
      g_autoptr(FocalMembership) member = NULL;

      member = focal_membership_new (role[0], role[1] != NULL ? FOCAL_ROLE_OBSERVER
                                                              : FOCAL_ROLE_MEMBER);
      if (period[1] != NULL)
        {
          g_autoptr(FocalDate) d = date (period[1]);
          focal_membership_set_period (member, d);
        }
      focal_forum_add_member (forum, member);
    }
  add (graph, FOCAL_ENTITY (forum));
}

static void
add_issue (FocalGraph *graph,
           const char *id,
           const char *tag)
{
  FocalIssue *issue = focal_issue_new (id, FOCAL_ISSUE_AREA_POLITICAL);
  const char * const tags[] = { tag, NULL };

  focal_entity_set_tags (FOCAL_ENTITY (issue), tags);
  add (graph, FOCAL_ENTITY (issue));
}

static void
add_position (FocalGraph *graph,
              const char *id,
              const char *actor,
              const char *issue,
              double      stance,
              const char *when)
{
  FocalPosition *position = focal_position_new (id, actor, issue);
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_position_set_stance (position, stance, &error));
  if (when != NULL)
    {
      g_autoptr(FocalDate) d = date (when);
      focal_position_set_date (position, d);
    }
  add (graph, FOCAL_ENTITY (position));
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

/* Two sides with parts (ca ← ca-min, mx ← mx-min) and us:
 *
 *   f-bi     bilateral, trade      ca, mx                          score 2 + i-trade
 *   f-na     north-america         ca; link mx-min (2000/..)       score 2
 *   f-am     americas, governance  ca, ca-min (observer), mx;
 *                                  link ca (a repeat)              score 3 + i-gov2
 *   f-gl     global                ca, us                          not common
 *   f-other  (no setting)          link ca; mx (1990/1995)         score 2
 *   f-bi2    bilateral             ca, ca-min, mx, mx-min          score 4
 *
 * Stances: i-trade ca +0.5 (2000), mx -0.5 (1999) then +0.8 (2003);
 * i-gov ca-min +1, mx -1; i-gov2 ca +1 (undated), mx-min +1 (undated). */
static FocalGraph *
make_graph (void)
{
  FocalGraph *graph = focal_graph_new ();

  add_actor (graph, "ca", FOCAL_ACTOR_KIND_STATE, "CA", NULL, NULL);
  add_actor (graph, "ca-min", FOCAL_ACTOR_KIND_MINISTRY, "CA", "ca", NULL);
  add_actor (graph, "mx", FOCAL_ACTOR_KIND_STATE, "MX", NULL, NULL);
  add_actor (graph, "mx-min", FOCAL_ACTOR_KIND_MINISTRY, "MX", "mx", NULL);
  add_actor (graph, "us", FOCAL_ACTOR_KIND_STATE, "US", NULL, NULL);

  add_forum (graph, "f-bi", "setting:bilateral trade", "ca mx");
  add_forum (graph, "f-na", "setting:north-america", "ca");
  add_forum (graph, "f-am", "governance setting:americas", "ca ca-min/observer mx");
  add_forum (graph, "f-gl", "setting:global", "ca us");
  add_forum (graph, "f-other", "", "mx:1990/1995");
  add_forum (graph, "f-bi2", "setting:bilateral", "ca ca-min mx mx-min");

  add_issue (graph, "i-trade", "trade");
  add_issue (graph, "i-gov", "governance");
  add_issue (graph, "i-gov2", "governance");

  add_position (graph, "p1", "ca", "i-trade", 0.5, "2000");
  add_position (graph, "p2", "mx", "i-trade", 0.8, "2003");
  add_position (graph, "p3", "mx", "i-trade", -0.5, "1999");
  add_position (graph, "p4", "ca-min", "i-gov", 1.0, NULL);
  add_position (graph, "p5", "mx", "i-gov", -1.0, NULL);
  add_position (graph, "p6", "ca", "i-gov2", 1.0, NULL);
  add_position (graph, "p7", "mx-min", "i-gov2", 1.0, NULL);
  add_position (graph, "p8", "us", "i-gov", 1.0, NULL);

  add_link (graph, "mx-min", FOCAL_LINK_KIND_MEMBER_OF, "f-na", "2000/..");
  add_link (graph, "ca", FOCAL_LINK_KIND_PARTICIPATES_IN, "f-am", NULL);
  add_link (graph, "ca", FOCAL_LINK_KIND_PARTICIPATES_IN, "f-other", NULL);

  return graph;
}

static char *
strv_text (const char * const *strv)
{
  g_assert_nonnull (strv);
  return g_strjoinv (",", (char **) strv);
}

/* "forum:setting:a-members:b-members:issues:score", one per space. */
static char *
describe (GListModel *spaces)
{
  GString *out = g_string_new (NULL);

  g_assert_true (g_list_model_get_item_type (spaces) == FOCAL_TYPE_SPACE);
  for (guint i = 0; i < g_list_model_get_n_items (spaces); i++)
    {
      g_autoptr(FocalSpace) space = g_list_model_get_item (spaces, i);
      g_autoptr(GEnumClass) klass = g_type_class_ref (FOCAL_TYPE_SETTING);
      g_autofree char *a = strv_text (focal_space_get_members_a (space));
      g_autofree char *b = strv_text (focal_space_get_members_b (space));
      g_autofree char *issues = strv_text (focal_space_get_coinciding_issues (space));

      g_string_append_printf (out, "%s%s:%s:%s:%s:%s:%g", i > 0 ? " " : "",
                              focal_space_get_forum_id (space),
                              g_enum_get_value (klass, focal_space_get_setting (space))->value_nick,
                              a, b, issues, focal_space_get_score (space));
    }

  return g_string_free (out, FALSE);
}

static char *
spaces_text (FocalView  *view,
             const char *a,
             const char *b,
             const char *period)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalDate) d = period != NULL ? date (period) : NULL;
  g_autoptr(GListModel) spaces = focal_view_dup_common_spaces (view, a, b, d, &error);

  g_assert_no_error (error);
  g_assert_nonnull (spaces);
  return describe (spaces);
}

static void
test_spaces_common (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autofree char *any_time = spaces_text (view, "ca", "mx", NULL);
  g_autofree char *in_2001 = spaces_text (view, "ca", "mx", "2001");
  g_autofree char *in_1995 = spaces_text (view, "ca", "mx", "1995");

  /* By setting, then by decreasing score. */
  g_assert_cmpstr (any_time, ==,
                   "f-bi2:bilateral:ca,ca-min:mx,mx-min::4 "
                   "f-bi:bilateral:ca:mx:i-trade:3 "
                   "f-na:north-america:ca:mx-min::2 "
                   "f-am:americas:ca,ca-min:mx:i-gov2:4 "
                   "f-other:other:ca:mx::2");

  /* In 2001 Mexico's latest stance on trade was still against, and its
   * membership of f-other had ended. */
  g_assert_cmpstr (in_2001, ==,
                   "f-bi2:bilateral:ca,ca-min:mx,mx-min::4 "
                   "f-bi:bilateral:ca:mx::2 "
                   "f-na:north-america:ca:mx-min::2 "
                   "f-am:americas:ca,ca-min:mx:i-gov2:4");

  /* In 1995 Mexico's ministry had not joined f-na yet. */
  g_assert_cmpstr (in_1995, ==,
                   "f-bi2:bilateral:ca,ca-min:mx,mx-min::4 "
                   "f-bi:bilateral:ca:mx::2 "
                   "f-am:americas:ca,ca-min:mx:i-gov2:4 "
                   "f-other:other:ca:mx::2");
}

static void
test_spaces_sides (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autofree char *swapped = spaces_text (view, "mx", "ca", NULL);
  g_autofree char *with_us = spaces_text (view, "ca", "us", NULL);
  g_autofree char *ministries = spaces_text (view, "ca-min", "mx-min", NULL);

  g_assert_cmpstr (swapped, ==,
                   "f-bi2:bilateral:mx,mx-min:ca,ca-min::4 "
                   "f-bi:bilateral:mx:ca:i-trade:3 "
                   "f-na:north-america:mx-min:ca::2 "
                   "f-am:americas:mx:ca,ca-min:i-gov2:4 "
                   "f-other:other:mx:ca::2");
  /* The United States and Canada meet in f-gl only; on i-gov the latest
   * stance of Canada's side is its ministry's. */
  g_assert_cmpstr (with_us, ==, "f-gl:global:ca:us::2");
  /* The ministries alone: their own memberships and links. */
  g_assert_cmpstr (ministries, ==,
                   "f-bi2:bilateral:ca-min:mx-min::2");
}

static void
test_spaces_views (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) all = focal_view_new (graph);
  const char * const states[] = { "CA", "MX", NULL };
  g_autoptr(FocalView) north = focal_view_with_countries (all, states);
  const FocalActorKind kinds[] = { FOCAL_ACTOR_KIND_STATE };
  g_autoptr(FocalView) only_states = focal_view_with_actor_kinds (all, kinds, 1);
  g_autoptr(FocalDate) y1995 = date ("1995");
  g_autoptr(FocalView) then = focal_view_at (all, y1995);
  g_autofree char *states_text = spaces_text (only_states, "ca", "mx", NULL);
  g_autofree char *north_text = spaces_text (north, "ca", "mx", NULL);
  g_autofree char *then_text = spaces_text (then, "ca", "mx", NULL);

  /* Without the ministries: neither their memberships, nor their links,
   * nor their positions count. */
  g_assert_cmpstr (states_text, ==,
                   "f-bi:bilateral:ca:mx:i-trade:3 "
                   "f-bi2:bilateral:ca:mx::2 "
                   "f-am:americas:ca:mx::2 "
                   "f-other:other:ca:mx::2");

  /* Leaving the United States out changes nothing for Canada and Mexico. */
  g_assert_cmpstr (north_text, ==,
                   "f-bi2:bilateral:ca,ca-min:mx,mx-min::4 "
                   "f-bi:bilateral:ca:mx:i-trade:3 "
                   "f-na:north-america:ca:mx-min::2 "
                   "f-am:americas:ca,ca-min:mx:i-gov2:4 "
                   "f-other:other:ca:mx::2");

  /* A view at a date drops the links of other times; memberships and
   * positions are dated by the period argument only. */
  g_assert_cmpstr (then_text, ==,
                   "f-bi2:bilateral:ca,ca-min:mx,mx-min::4 "
                   "f-bi:bilateral:ca:mx:i-trade:3 "
                   "f-am:americas:ca,ca-min:mx:i-gov2:4 "
                   "f-other:other:ca:mx::2");
}

static void
assert_fails (FocalView  *view,
              const char *a,
              const char *b,
              int         code,
              const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) spaces = focal_view_dup_common_spaces (view, a, b, NULL, &error);

  g_assert_null (spaces);
  g_assert_error (error, FOCAL_ERROR, code);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_spaces_errors (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  const char * const canada[] = { "CA", NULL };
  g_autoptr(FocalView) canada_only = focal_view_with_countries (view, canada);

  assert_fails (view, "ca", "atlantis", FOCAL_ERROR_UNKNOWN_ID, "atlantis");
  assert_fails (view, "f-bi", "mx", FOCAL_ERROR_WRONG_KIND, "f-bi");
  assert_fails (view, "mx", "mx", FOCAL_ERROR_INVALID_VALUE, "\"mx\"");
  assert_fails (view, "mx-min", "mx", FOCAL_ERROR_INVALID_VALUE, "mx-min");
  assert_fails (canada_only, "ca", "mx", FOCAL_ERROR_UNKNOWN_ID, "not in the view");
}

static void
test_spaces_bad_settings (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  FocalEntity *f_gl = focal_graph_lookup (graph, "f-gl");
  FocalEntity *f_na = focal_graph_lookup (graph, "f-na");
  g_autofree char *text = NULL;

  /* A bad tag on a forum that is no common space does not matter. */
  focal_entity_add_tag (f_gl, "setting:mars");
  text = spaces_text (view, "ca", "mx", NULL);
  g_assert_nonnull (strstr (text, "f-na:north-america"));

  focal_entity_add_tag (f_na, "setting:atlantis");
  assert_fails (view, "ca", "mx", FOCAL_ERROR_INCONSISTENT, "f-na");
  assert_fails (view, "ca", "mx", FOCAL_ERROR_INCONSISTENT, "setting:atlantis");

  focal_entity_remove_tag (f_na, "setting:north-america");
  assert_fails (view, "ca", "mx", FOCAL_ERROR_INVALID_VALUE, "\"atlantis\"");
  assert_fails (view, "ca", "mx", FOCAL_ERROR_INVALID_VALUE, "f-na");

  focal_entity_remove_tag (f_na, "setting:atlantis");
  focal_entity_add_tag (f_na, "setting:other");
  assert_fails (view, "ca", "mx", FOCAL_ERROR_INVALID_VALUE, "\"other\"");
}

static void
test_spaces_properties (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) spaces = focal_view_dup_common_spaces (view, "ca", "mx", NULL, &error);
  FocalSpace *space = g_list_model_get_item (spaces, 1);
  g_autofree char *forum_id = NULL;
  g_auto(GStrv) a = NULL, b = NULL, issues = NULL;
  FocalSetting setting = FOCAL_SETTING_OTHER;
  double score = 0;
  const char * const names[] = {
    "forum-id", "setting", "members-a", "members-b", "coinciding-issues", "score",
  };
  FocalSpace *blank;

  g_assert_no_error (error);
  g_object_get (space,
                "forum-id", &forum_id,
                "setting", &setting,
                "members-a", &a,
                "members-b", &b,
                "coinciding-issues", &issues,
                "score", &score,
                NULL);
  g_assert_cmpstr (forum_id, ==, "f-bi");
  g_assert_cmpint (setting, ==, FOCAL_SETTING_BILATERAL);
  g_assert_cmpstr (a[0], ==, "ca");
  g_assert_null (a[1]);
  g_assert_cmpstr (b[0], ==, "mx");
  g_assert_cmpstr (issues[0], ==, "i-trade");
  g_assert_cmpfloat (score, ==, 3.0);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (space), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true ((pspec->flags & G_PARAM_WRITABLE) == 0);
    }

  g_clear_object (&spaces);
  g_assert_finalize_object (space);

  blank = g_object_new (FOCAL_TYPE_SPACE, NULL);
  g_assert_cmpint (focal_space_get_setting (blank), ==, FOCAL_SETTING_OTHER);
  g_assert_null (focal_space_get_members_a (blank)[0]);
  g_assert_null (focal_space_get_coinciding_issues (blank)[0]);
  g_assert_finalize_object (blank);
}

/* Agencies of two countries, tagged by sector:
 *
 *   CA: ca-el (elections governance), ca-tr (trade), ca-he (health),
 *       ca-dev (development), ca-min (trade; a ministry)
 *   MX: mx-el (elections governance), mx-tr (trade), mx-he (health),
 *       mx-sec (security), mx-min (trade; a ministry)
 *
 * ca-el cooperates with mx-el: a success. ca-he cooperates with mx-he
 * (until 1990). Two laws, with parties, one modelled on the other (a
 * success), and two energy laws that are not. */
static FocalGraph *
make_pattern_graph (void)
{
  FocalGraph *graph = focal_graph_new ();
  FocalLink *link;
  struct { const char *id; const char *country; const char *tags; } agencies[] = {
    { "ca-el", "CA", "elections governance" }, { "ca-tr", "CA-QC", "trade" },
    { "ca-he", "CA", "health" }, { "ca-dev", "CA", "development" },
    { "mx-el", "MX", "elections governance" }, { "mx-tr", "MX", "trade" },
    { "mx-he", "MX", "health" }, { "mx-sec", "MX", "security" },
  };
  struct { const char *id; const char *party; const char *tags; } laws[] = {
    { "ca-law", "ca-min", "transparency governance" }, { "mx-law", "mx-min", "transparency" },
    { "ca-energy", "ca-min", "energy" }, { "mx-energy", "mx-min", "energy" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (agencies); i++)
    add_actor (graph, agencies[i].id, FOCAL_ACTOR_KIND_AGENCY, agencies[i].country, NULL,
               agencies[i].tags);
  add_actor (graph, "ca-min", FOCAL_ACTOR_KIND_MINISTRY, "CA", NULL, "trade");
  add_actor (graph, "mx-min", FOCAL_ACTOR_KIND_MINISTRY, "MX", NULL, "trade");
  add_actor (graph, "nowhere", FOCAL_ACTOR_KIND_AGENCY, NULL, NULL, "trade");
  for (guint i = 0; i < G_N_ELEMENTS (laws); i++)
    {
      FocalAgreement *law = focal_agreement_new (laws[i].id, FOCAL_AGREEMENT_KIND_LAW);
      g_autoptr(FocalMembership) party = focal_membership_new (laws[i].party, FOCAL_ROLE_PARTY);
      g_auto(GStrv) tags = g_strsplit (laws[i].tags, " ", -1);

      focal_agreement_add_party (law, party);
      focal_entity_set_tags (FOCAL_ENTITY (law), (const char * const *) tags);
      add (graph, FOCAL_ENTITY (law));
    }

  link = add_link (graph, "ca-el", FOCAL_LINK_KIND_COOPERATES_WITH, "mx-el", "1996/..");
  focal_link_set_attribute (link, "outcome", "success");
  add_link (graph, "mx-he", FOCAL_LINK_KIND_COOPERATES_WITH, "ca-he", "1980/1990");
  link = add_link (graph, "ca-tr", FOCAL_LINK_KIND_HOSTS, "mx-tr", NULL);
  focal_link_set_attribute (link, "outcome", "failure");
  link = add_link (graph, "mx-law", FOCAL_LINK_KIND_MODELLED_ON, "ca-law", NULL);
  focal_link_set_attribute (link, "outcome", "success");

  return graph;
}

/* "source>target:source-kind:target-kind:sectors:missing", one per pattern. */
static char *
describe_patterns (GListModel *patterns)
{
  GString *out = g_string_new (NULL);

  g_assert_true (g_list_model_get_item_type (patterns) == FOCAL_TYPE_PATTERN);
  for (guint i = 0; i < g_list_model_get_n_items (patterns); i++)
    {
      g_autoptr(FocalPattern) pattern = g_list_model_get_item (patterns, i);
      FocalLink *link = focal_pattern_get_link (pattern);
      g_autofree char *sectors = strv_text (focal_pattern_get_sectors (pattern));
      g_autofree char *missing = strv_text (focal_pattern_get_missing (pattern));

      g_string_append_printf (out, "%s%s>%s:%s:%s:%s:%s", i > 0 ? " " : "",
                              focal_link_get_source_id (link), focal_link_get_target_id (link),
                              focal_pattern_get_source_kind (pattern),
                              focal_pattern_get_target_kind (pattern), sectors, missing);
    }

  return g_string_free (out, FALSE);
}

static void
test_spaces_patterns (void)
{
  g_autoptr(FocalGraph) graph = make_pattern_graph ();
  g_autoptr(FocalView) all = focal_view_new (graph);
  g_autoptr(FocalDate) y1985 = date ("1985");
  g_autoptr(FocalDate) y2004 = date ("2004");
  g_autoptr(FocalView) then = focal_view_at (all, y1985);
  g_autoptr(FocalView) now = focal_view_at (all, y2004);
  g_autoptr(GListModel) patterns = focal_view_dup_success_patterns (all);
  g_autoptr(GListModel) patterns_then = focal_view_dup_success_patterns (then);
  g_autoptr(GListModel) patterns_now = focal_view_dup_success_patterns (now);
  g_autofree char *text = describe_patterns (patterns);
  g_autofree char *text_then = describe_patterns (patterns_then);
  g_autofree char *text_now = describe_patterns (patterns_now);

  /* Health agencies cooperate (at some time), trade agencies do not; the
   * ministries are not agencies; development and security have no
   * counterpart. Energy laws of both countries are not modelled on each
   * other. */
  g_assert_cmpstr (text, ==,
                   "ca-el>mx-el:agency:agency:elections,governance:trade "
                   "mx-law>ca-law:law:law:transparency:energy");
  /* In 1985 electoral cooperation had not begun. */
  g_assert_cmpstr (text_then, ==, "mx-law>ca-law:law:law:transparency:energy");
  /* By 2004 health cooperation had ended. */
  g_assert_cmpstr (text_now, ==,
                   "ca-el>mx-el:agency:agency:elections,governance:health,trade "
                   "mx-law>ca-law:law:law:transparency:energy");
}

static void
test_spaces_pattern_without_country (void)
{
  g_autoptr(FocalGraph) graph = make_pattern_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GListModel) patterns = NULL;
  g_autofree char *text = NULL;
  FocalLink *link;

  /* An end without a country has nothing to compare with. */
  link = add_link (graph, "nowhere", FOCAL_LINK_KIND_COOPERATES_WITH, "mx-tr", NULL);
  focal_link_set_attribute (link, "outcome", "success");
  patterns = focal_view_dup_success_patterns (view);
  text = describe_patterns (patterns);
  g_assert_nonnull (strstr (text, " nowhere>mx-tr:agency:agency:trade:"));
  g_assert_true (g_str_has_suffix (text, "nowhere>mx-tr:agency:agency:trade:"));
}

static void
test_spaces_pattern_properties (void)
{
  g_autoptr(FocalGraph) graph = make_pattern_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GListModel) patterns = focal_view_dup_success_patterns (view);
  FocalPattern *pattern = g_list_model_get_item (patterns, 0);
  g_autoptr(FocalLink) link = NULL;
  g_autofree char *source_kind = NULL, *target_kind = NULL;
  g_auto(GStrv) sectors = NULL, missing = NULL;
  const char * const names[] = { "link", "source-kind", "target-kind", "sectors", "missing" };
  FocalPattern *blank;

  g_object_get (pattern,
                "link", &link,
                "source-kind", &source_kind,
                "target-kind", &target_kind,
                "sectors", &sectors,
                "missing", &missing,
                NULL);
  g_assert_true (link == focal_pattern_get_link (pattern));
  g_assert_cmpstr (focal_link_get_attribute (link, "outcome"), ==, "success");
  g_assert_cmpstr (source_kind, ==, "agency");
  g_assert_cmpstr (target_kind, ==, "agency");
  g_assert_cmpuint (g_strv_length (sectors), ==, 2);
  g_assert_cmpstr (missing[0], ==, "trade");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (pattern), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true ((pspec->flags & G_PARAM_WRITABLE) == 0);
    }

  g_clear_object (&patterns);
  g_clear_object (&link);
  g_assert_finalize_object (pattern);

  blank = g_object_new (FOCAL_TYPE_PATTERN, NULL);
  g_assert_null (focal_pattern_get_link (blank));
  g_assert_null (focal_pattern_get_sectors (blank)[0]);
  g_assert_null (focal_pattern_get_missing (blank)[0]);
  g_assert_finalize_object (blank);
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

static FocalSpace *
find_space (GListModel *spaces,
            const char *forum_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (spaces); i++)
    {
      g_autoptr(FocalSpace) space = g_list_model_get_item (spaces, i);

      if (g_str_equal (focal_space_get_forum_id (space), forum_id))
        return space;  /* the model holds it */
    }

  return NULL;
}

static void
test_spaces_dataset (void)
{
  g_autoptr(FocalGraph) graph = load_dataset ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) spaces = focal_view_dup_common_spaces (view, "canada", "mexico",
                                                               NULL, &error);
  g_autoptr(GListModel) patterns = focal_view_dup_success_patterns (view);
  FocalSetting previous = FOCAL_SETTING_BILATERAL;
  FocalSpace *jmc, *oas, *un, *idea;
  gboolean elections = FALSE, information = FALSE;

  g_assert_no_error (error);

  /* Grouped by setting. */
  for (guint i = 0; i < g_list_model_get_n_items (spaces); i++)
    {
      g_autoptr(FocalSpace) space = g_list_model_get_item (spaces, i);

      g_assert_cmpint (focal_space_get_setting (space), >=, previous);
      previous = focal_space_get_setting (space);
    }

  jmc = find_space (spaces, "jmc");
  g_assert_nonnull (jmc);
  g_assert_cmpint (focal_space_get_setting (jmc), ==, FOCAL_SETTING_BILATERAL);
  g_assert_true (g_strv_contains (focal_space_get_members_a (jmc), "canada"));
  g_assert_true (g_strv_contains (focal_space_get_members_a (jmc), "dfait"));
  g_assert_true (g_strv_contains (focal_space_get_members_b (jmc), "sre"));

  oas = find_space (spaces, "oas");
  g_assert_nonnull (oas);
  g_assert_cmpint (focal_space_get_setting (oas), ==, FOCAL_SETTING_AMERICAS);
  g_assert_true (g_strv_contains (focal_space_get_coinciding_issues (oas), "democracy-promotion"));

  un = find_space (spaces, "un");
  g_assert_nonnull (un);
  g_assert_cmpint (focal_space_get_setting (un), ==, FOCAL_SETTING_GLOBAL);
  g_assert_true (g_strv_contains (focal_space_get_coinciding_issues (un), "iraq-disarmament-un"));

  /* Elections Canada and the IFE meet in IDEA: parts count for their side. */
  idea = find_space (spaces, "idea");
  g_assert_nonnull (idea);
  g_assert_true (g_strv_contains (focal_space_get_members_a (idea), "elections-canada"));
  g_assert_true (g_strv_contains (focal_space_get_members_b (idea), "ife"));

  /* NORAD joins Canada and the United States only. */
  g_assert_null (find_space (spaces, "norad"));

  for (guint i = 0; i < g_list_model_get_n_items (patterns); i++)
    {
      g_autoptr(FocalPattern) pattern = g_list_model_get_item (patterns, i);
      FocalLink *link = focal_pattern_get_link (pattern);

      g_assert_cmpuint (g_list_model_get_n_items (focal_link_get_citations (link)), >=, 2);
      if (g_str_equal (focal_link_get_source_id (link), "elections-canada") &&
          g_str_equal (focal_link_get_target_id (link), "ife"))
        {
          elections = TRUE;
          g_assert_cmpstr (focal_pattern_get_source_kind (pattern), ==, "agency");
          g_assert_cmpstr (focal_pattern_get_target_kind (pattern), ==, "agency");
          g_assert_true (g_strv_contains (focal_pattern_get_sectors (pattern), "elections"));
        }
      if (g_str_equal (focal_link_get_source_id (link), "mx-access-to-information-act"))
        {
          information = TRUE;
          g_assert_cmpstr (focal_pattern_get_source_kind (pattern), ==, "law");
          g_assert_true (g_strv_contains (focal_pattern_get_sectors (pattern), "transparency"));
        }
    }
  g_assert_true (elections);
  g_assert_true (information);
}

static void
test_spaces_precondition_view (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GListModel) patterns = focal_view_dup_success_patterns (NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_VIEW*");
}

static void
test_spaces_precondition_actor (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = make_graph ();
      g_autoptr(FocalView) view = focal_view_new (graph);
      g_autoptr(GListModel) spaces = focal_view_dup_common_spaces (view, NULL, "mx", NULL, NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*actor_a != NULL*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/spaces/common", test_spaces_common);
  g_test_add_func ("/focal/spaces/sides", test_spaces_sides);
  g_test_add_func ("/focal/spaces/views", test_spaces_views);
  g_test_add_func ("/focal/spaces/errors", test_spaces_errors);
  g_test_add_func ("/focal/spaces/bad-settings", test_spaces_bad_settings);
  g_test_add_func ("/focal/spaces/properties", test_spaces_properties);
  g_test_add_func ("/focal/spaces/patterns", test_spaces_patterns);
  g_test_add_func ("/focal/spaces/pattern-without-country", test_spaces_pattern_without_country);
  g_test_add_func ("/focal/spaces/pattern-properties", test_spaces_pattern_properties);
  g_test_add_func ("/focal/spaces/dataset", test_spaces_dataset);
  g_test_add_func ("/focal/spaces/precondition/view", test_spaces_precondition_view);
  g_test_add_func ("/focal/spaces/precondition/actor", test_spaces_precondition_actor);

  return g_test_run ();
}
