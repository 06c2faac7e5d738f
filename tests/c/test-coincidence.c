/* test-coincidence.c: coincidence (share, Signorino-Ritter S, Cohen's kappa)
 * and convergence of two actors' positions, on hand-built graphs whose
 * answers are worked out below, and on the Canada-Mexico dataset
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>

#include <focal/focal.h>

#define EPS 1e-12

static FocalDate *
date (const char *text)
{
  g_autoptr(GError) error = NULL;
  FocalDate *d = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);
  return d;
}

static void
add (FocalGraph *graph,
     gpointer    entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (entity), &error));
  g_assert_no_error (error);
  g_object_unref (entity);
}

/* A position; @stance outside [-1, 1] (such as 9) means "label only", a
 * NULL @when an undated position. */
static void
add_position (FocalGraph *graph,
              const char *id,
              const char *actor,
              const char *issue,
              const char *when,
              double      stance)
{
  FocalPosition *position = focal_position_new (id, actor, issue);

  if (stance >= -1 && stance <= 1)
    g_assert_true (focal_position_set_stance (position, stance, NULL));
  else
    focal_position_set_label (position, "in words only");
  if (when != NULL)
    {
      g_autoptr(FocalDate) d = date (when);
      focal_position_set_date (position, d);
    }
  add (graph, position);
}

static void
add_issues (FocalGraph *graph,
            const char *ids)
{
  g_auto(GStrv) split = g_strsplit (ids, " ", -1);

  for (guint i = 0; split[i] != NULL; i++)
    add (graph, focal_issue_new (split[i], FOCAL_ISSUE_AREA_POLITICAL));
}

/* Actors alpha and beta (and gamma, with no position), a forum, and:
 *
 *   issue  alpha            beta             side a / b     |a - b|
 *   i1     1                1                for / for      0
 *   i2     0.5              -0.5             for / against  1
 *   i3     -1               -0.5             ag. / ag.      0.5
 *   i4     0                0                neu / neu      0
 *   i5     1                0                for / neu      1
 *   i6     label only       1                (not compared)
 *   i7     1                -                (not compared)
 *   i8     1990: -1         1995: 1          dated; see below
 *          2000: 0.5        2005: -0.5
 *          undated: -1 (never chosen: a dated stance exists)
 *
 * Without a date (as_of NULL), i8 pairs alpha's 0.5 (2000) with beta's -0.5
 * (2005). */
static FocalGraph *
make_graph (void)
{
  FocalGraph *graph = focal_graph_new ();

  add (graph, focal_actor_new ("alpha", FOCAL_ACTOR_KIND_STATE));
  add (graph, focal_actor_new ("beta", FOCAL_ACTOR_KIND_STATE));
  add (graph, focal_actor_new ("gamma", FOCAL_ACTOR_KIND_STATE));
  add (graph, focal_forum_new ("summit", FOCAL_FORUM_KIND_SUMMIT));
  add_issues (graph, "i1 i2 i3 i4 i5 i6 i7 i8");

  add_position (graph, "a1", "alpha", "i1", NULL, 1);
  add_position (graph, "b1", "beta", "i1", NULL, 1);
  add_position (graph, "a2", "alpha", "i2", NULL, 0.5);
  add_position (graph, "b2", "beta", "i2", NULL, -0.5);
  add_position (graph, "a3", "alpha", "i3", NULL, -1);
  add_position (graph, "b3", "beta", "i3", NULL, -0.5);
  add_position (graph, "a4", "alpha", "i4", NULL, 0);
  add_position (graph, "b4", "beta", "i4", NULL, 0);
  add_position (graph, "a5", "alpha", "i5", NULL, 1);
  add_position (graph, "b5", "beta", "i5", NULL, 0);
  add_position (graph, "a6", "alpha", "i6", NULL, 9);
  add_position (graph, "b6", "beta", "i6", NULL, 1);
  add_position (graph, "a7", "alpha", "i7", NULL, 1);
  add_position (graph, "a8-1990", "alpha", "i8", "1990", -1);
  add_position (graph, "b8-1995", "beta", "i8", "1995", 1);
  add_position (graph, "a8-2000", "alpha", "i8", "2000", 0.5);
  add_position (graph, "b8-2005", "beta", "i8", "2005", -0.5);
  add_position (graph, "a8-undated", "alpha", "i8", NULL, -1);

  return graph;
}

static char *
position_ids (GListModel *positions)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(FocalEntity) position = g_list_model_get_item (positions, i);

      g_assert_true (FOCAL_IS_POSITION (position));
      g_string_append_printf (out, "%s%s", i > 0 ? " " : "", focal_entity_get_id (position));
    }

  return g_string_free (out, FALSE);
}

static char *
joined (const char * const *strv)
{
  g_assert_nonnull (strv);
  return g_strjoinv (" ", (char **) strv);
}

static FocalCoincidence *
compare (FocalView  *view,
         const char *a,
         const char *b,
         const char *as_of)
{
  g_autoptr(FocalDate) d = as_of != NULL ? date (as_of) : NULL;
  g_autoptr(GError) error = NULL;
  FocalCoincidence *c = focal_view_compare_positions (view, a, b, d, &error);

  g_assert_no_error (error);
  g_assert_nonnull (c);
  return c;
}

static void
test_latest (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  FocalCoincidence *c = compare (view, "alpha", "beta", NULL);
  g_autofree char *issues = joined (focal_coincidence_get_issues (c));
  g_autofree char *positions = position_ids (focal_coincidence_get_positions (c));

  /* n = 6: i1..i5 and i8. Same side on i1, i3, i4: k = 3, share 1/2.
   * sum |a - b| = 0 + 1 + 0.5 + 0 + 1 + |0.5 - -0.5| = 3.5, so
   * S = 1 - 2 * 3.5 / (6 * 2) = 5/12.
   * Sides: alpha for 4 (i1 i2 i5 i8), neutral 1, against 1; beta for 1,
   * neutral 2 (i4 i5), against 3 (i2 i3 i8). p_o = 3/6, p_e = (4*1 + 1*2 +
   * 1*3) / 36 = 9/36, kappa = (1/2 - 1/4) / (3/4) = 1/3. */
  g_assert_cmpstr (focal_coincidence_get_actor_a (c), ==, "alpha");
  g_assert_cmpstr (focal_coincidence_get_actor_b (c), ==, "beta");
  g_assert_null (focal_coincidence_get_as_of (c));
  g_assert_cmpuint (focal_coincidence_get_n_issues (c), ==, 6);
  g_assert_cmpuint (focal_coincidence_get_n_coinciding (c), ==, 3);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_share (c), 0.5, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_s_score (c), 5.0 / 12.0, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_kappa (c), 1.0 / 3.0, EPS);
  g_assert_cmpstr (issues, ==, "i1 i2 i3 i4 i5 i8");
  g_assert_cmpstr (positions, ==, "a1 b1 a2 b2 a3 b3 a4 b4 a5 b5 a8-2000 b8-2005");

  g_assert_finalize_object (c);
}

static void
test_without_dates (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  const char * const undated_only[] = { "i1", "i2", "i3", "i4", "i5", NULL };
  g_autoptr(FocalView) some = NULL;
  FocalCoincidence *c;
  guint tagged = 0;

  /* Tag the positions of i1..i5 to narrow the view to them. */
  for (guint i = 0; i < g_list_model_get_n_items (focal_graph_get_positions (graph)); i++)
    {
      g_autoptr(FocalPosition) position = g_list_model_get_item (focal_graph_get_positions (graph), i);

      if (g_strv_contains (undated_only, focal_position_get_issue_id (position)))
        tagged += focal_entity_add_tag (FOCAL_ENTITY (position), "undated");
    }
  g_assert_cmpuint (tagged, ==, 10);
  some = focal_view_with_tags (view, (const char * const[]) { "undated", NULL });
  c = compare (some, "alpha", "beta", NULL);

  /* n = 5, k = 3, share 3/5. sum |a - b| = 2.5, S = 1 - 5 / 10 = 1/2.
   * alpha: for 3 (i1 i2 i5), neutral 1, against 1; beta: for 1, neutral 2,
   * against 2. p_e = (3 + 2 + 2) / 25 = 7/25, p_o = 15/25,
   * kappa = (15 - 7) / (25 - 7) = 4/9. */
  g_assert_cmpuint (focal_coincidence_get_n_issues (c), ==, 5);
  g_assert_cmpuint (focal_coincidence_get_n_coinciding (c), ==, 3);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_share (c), 0.6, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_s_score (c), 0.5, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_kappa (c), 4.0 / 9.0, EPS);

  g_assert_finalize_object (c);
}

static void
test_as_of (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  FocalCoincidence *c;
  g_autofree char *positions = NULL;
  g_autofree char *as_of = NULL;

  /* As of 1998 only i8 counts (undated positions are left out): alpha's
   * 1990 stance -1 against beta's 1995 stance 1. n = 1, k = 0,
   * S = 1 - 2 * 2 / 2 = -1; p_e = 0 (against vs for), kappa = 0. */
  c = compare (view, "alpha", "beta", "1998");
  positions = position_ids (focal_coincidence_get_positions (c));
  as_of = focal_date_to_string (focal_coincidence_get_as_of (c));
  g_assert_cmpstr (as_of, ==, "1998");
  g_assert_cmpuint (focal_coincidence_get_n_issues (c), ==, 1);
  g_assert_cmpuint (focal_coincidence_get_n_coinciding (c), ==, 0);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_share (c), 0.0, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_s_score (c), -1.0, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_kappa (c), 0.0, EPS);
  g_assert_cmpstr (positions, ==, "a8-1990 b8-1995");
  g_assert_finalize_object (c);
  g_clear_pointer (&positions, g_free);

  /* As of 2002: alpha 0.5 (2000), beta 1 (1995): same side, S = 1 - 0.5.
   * Both "for" on the only issue: p_e = 1, kappa undefined. */
  c = compare (view, "alpha", "beta", "2002");
  positions = position_ids (focal_coincidence_get_positions (c));
  g_assert_cmpuint (focal_coincidence_get_n_issues (c), ==, 1);
  g_assert_cmpuint (focal_coincidence_get_n_coinciding (c), ==, 1);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_share (c), 1.0, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_s_score (c), 0.5, EPS);
  g_assert_true (isnan (focal_coincidence_get_kappa (c)));
  g_assert_cmpstr (positions, ==, "a8-2000 b8-1995");
  g_assert_finalize_object (c);

  /* A position counts when its date starts by the end of as_of: 1995
   * counts as of 1995-06, not as of 1994. */
  c = compare (view, "alpha", "beta", "1995-06");
  g_assert_cmpuint (focal_coincidence_get_n_issues (c), ==, 1);
  g_assert_finalize_object (c);

  c = compare (view, "alpha", "beta", "1994");
  g_assert_cmpuint (focal_coincidence_get_n_issues (c), ==, 0);
  g_assert_cmpuint (focal_coincidence_get_n_coinciding (c), ==, 0);
  g_assert_true (isnan (focal_coincidence_get_share (c)));
  g_assert_true (isnan (focal_coincidence_get_s_score (c)));
  g_assert_true (isnan (focal_coincidence_get_kappa (c)));
  g_assert_cmpuint (g_list_model_get_n_items (focal_coincidence_get_positions (c)), ==, 0);
  g_assert_nonnull (focal_coincidence_get_issues (c));
  g_assert_null (focal_coincidence_get_issues (c)[0]);
  g_assert_finalize_object (c);
}

static void
test_same_date (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalView) view = NULL;
  FocalCoincidence *c;
  g_autofree char *positions = NULL;

  add (graph, focal_actor_new ("alpha", FOCAL_ACTOR_KIND_STATE));
  add (graph, focal_actor_new ("beta", FOCAL_ACTOR_KIND_STATE));
  add_issues (graph, "i1");
  /* Two stances of alpha dated 2004: the one added last wins; the
   * interval 2000/2004 starts earlier than 2004, so it is older. */
  add_position (graph, "a-2004-first", "alpha", "i1", "2004", -1);
  add_position (graph, "a-2004-last", "alpha", "i1", "2004", 0.5);
  add_position (graph, "a-2000-2004", "alpha", "i1", "2000/2004", 1);
  add_position (graph, "b-2004-03", "beta", "i1", "2004-03", 0.5);
  view = focal_view_new (graph);

  c = compare (view, "alpha", "beta", NULL);
  positions = position_ids (focal_coincidence_get_positions (c));
  g_assert_cmpstr (positions, ==, "a-2004-last b-2004-03");
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_s_score (c), 1.0, EPS);
  g_assert_finalize_object (c);
}

static void
test_self (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  FocalCoincidence *c = compare (view, "alpha", "alpha", NULL);

  /* Seven issues with a stance of alpha (i6 has a label only); every pair
   * is identical. Sides for 5, neutral 1, against 1: p_e = 27/49 < 1, so
   * kappa = 1. */
  g_assert_cmpuint (focal_coincidence_get_n_issues (c), ==, 7);
  g_assert_cmpuint (focal_coincidence_get_n_coinciding (c), ==, 7);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_s_score (c), 1.0, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_kappa (c), 1.0, EPS);
  g_assert_cmpuint (g_list_model_get_n_items (focal_coincidence_get_positions (c)), ==, 14);
  g_assert_finalize_object (c);

  /* gamma has no position at all. */
  c = compare (view, "alpha", "gamma", NULL);
  g_assert_cmpuint (focal_coincidence_get_n_issues (c), ==, 0);
  g_assert_true (isnan (focal_coincidence_get_s_score (c)));
  g_assert_finalize_object (c);
}

static void
test_properties (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  FocalCoincidence *c = compare (view, "alpha", "beta", "1998");
  g_autofree char *actor_a = NULL, *actor_b = NULL;
  g_autoptr(FocalDate) as_of = NULL;
  g_autoptr(GListModel) positions = NULL;
  g_auto(GStrv) issues = NULL;
  guint n_issues = 0, n_coinciding = 1;
  double share = 1, s_score = 0, kappa = 1;
  const char *names[] = {
    "actor-a", "actor-b", "as-of", "n-issues", "n-coinciding", "share", "s-score",
    "kappa", "positions", "issues",
  };

  g_object_get (c,
                "actor-a", &actor_a, "actor-b", &actor_b, "as-of", &as_of,
                "n-issues", &n_issues, "n-coinciding", &n_coinciding,
                "share", &share, "s-score", &s_score, "kappa", &kappa,
                "positions", &positions, "issues", &issues,
                NULL);
  g_assert_cmpstr (actor_a, ==, "alpha");
  g_assert_cmpstr (actor_b, ==, "beta");
  g_assert_cmpint (focal_date_get_year (as_of), ==, 1998);
  g_assert_cmpuint (n_issues, ==, 1);
  g_assert_cmpuint (n_coinciding, ==, 0);
  g_assert_cmpfloat (share, ==, 0.0);
  g_assert_cmpfloat (s_score, ==, -1.0);
  g_assert_cmpfloat (kappa, ==, 0.0);
  g_assert_true (positions == focal_coincidence_get_positions (c));
  g_assert_cmpuint (g_strv_length (issues), ==, 1);
  g_assert_cmpstr (issues[0], ==, "i8");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (c), names[i]);

      g_assert_nonnull (pspec);
      g_assert_false (pspec->flags & G_PARAM_WRITABLE);
    }

  g_clear_object (&positions);
  g_assert_finalize_object (c);
}

static void
check_error (GError     *error,
             int         code,
             const char *needle)
{
  g_assert_error (error, FOCAL_ERROR, code);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_errors (void)
{
  g_autoptr(FocalGraph) graph = make_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  struct {
    const char *a, *b;
    int code;
    const char *needle;
  } cases[] = {
    { "nobody", "beta", FOCAL_ERROR_UNKNOWN_ID, "\"nobody\"" },
    { "alpha", "nobody", FOCAL_ERROR_UNKNOWN_ID, "\"nobody\"" },
    { "summit", "beta", FOCAL_ERROR_WRONG_KIND, "\"summit\" is a forum" },
    { "alpha", "i1", FOCAL_ERROR_WRONG_KIND, "\"i1\" is an issue" },
    { "alpha", "a1", FOCAL_ERROR_WRONG_KIND, "\"a1\" is a position" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) error2 = NULL;
      g_autoptr(FocalCoincidence) c = NULL;
      g_autoptr(GListModel) items = NULL;

      c = focal_view_compare_positions (view, cases[i].a, cases[i].b, NULL, &error);
      g_assert_null (c);
      check_error (error, cases[i].code, cases[i].needle);

      items = focal_view_dup_convergence (view, cases[i].a, cases[i].b, &error2);
      g_assert_null (items);
      check_error (error2, cases[i].code, cases[i].needle);
    }

  /* NULL error locations are allowed. */
  g_assert_null (focal_view_compare_positions (view, "nobody", "beta", NULL, NULL));
  g_assert_null (focal_view_dup_convergence (view, "nobody", "beta", NULL));
}

/* Convergence graph:
 *
 *   i8   alpha 1990 -1, 2000 0.5, undated -1 (ignored); beta 1995 1,
 *        2005 -0.5. In date order: 1990 only alpha; 1995 both, |-1 - 1| = 2
 *        (first); 2000 |0.5 - 1| = 0.5; 2005 |0.5 - -0.5| = 1 (last).
 *        change 1 - 2 = -1: converging.
 *   i10  alpha 1990 1; at 2000 beta -1 (added first) and alpha -1. All
 *        stances of one date apply together, so the first distance is at
 *        2000, |-1 - -1| = 0, not |1 - -1| = 2. Then alpha 2004 0.5:
 *        |0.5 - -1| = 1.5. change +1.5: diverging.
 *   i12  both 2001 1: change 0, stable.
 *   i13  alpha 2001 1, beta undated 1: no dated stance of beta, no item.
 *   i14  alpha 2001 label only, beta 2001 1: no item.
 */
static FocalGraph *
make_convergence_graph (void)
{
  FocalGraph *graph = focal_graph_new ();

  add (graph, focal_actor_new ("alpha", FOCAL_ACTOR_KIND_STATE));
  add (graph, focal_actor_new ("beta", FOCAL_ACTOR_KIND_STATE));
  add_issues (graph, "i8 i10 i12 i13 i14");
  add_position (graph, "a8-2000", "alpha", "i8", "2000", 0.5);
  add_position (graph, "a8-1990", "alpha", "i8", "1990", -1);
  add_position (graph, "b8-2005", "beta", "i8", "2005", -0.5);
  add_position (graph, "b8-1995", "beta", "i8", "1995", 1);
  add_position (graph, "a8-undated", "alpha", "i8", NULL, -1);
  add_position (graph, "a10-1990", "alpha", "i10", "1990", 1);
  add_position (graph, "b10-2000", "beta", "i10", "2000", -1);
  add_position (graph, "a10-2000", "alpha", "i10", "2000", -1);
  add_position (graph, "a10-2004", "alpha", "i10", "2004", 0.5);
  add_position (graph, "a12", "alpha", "i12", "2001", 1);
  add_position (graph, "b12", "beta", "i12", "2001", 1);
  add_position (graph, "a13", "alpha", "i13", "2001", 1);
  add_position (graph, "b13", "beta", "i13", NULL, 1);
  add_position (graph, "a14", "alpha", "i14", "2001", 9);
  add_position (graph, "b14", "beta", "i14", "2001", 1);

  return graph;
}

static void
check_convergence (GListModel *items,
                   guint       index,
                   const char *issue_id,
                   double      first,
                   double      last,
                   FocalTrend  direction,
                   const char *first_date,
                   const char *last_date,
                   const char *positions)
{
  g_autoptr(FocalConvergence) item = g_list_model_get_item (items, index);
  g_autofree char *ids = position_ids (focal_convergence_get_positions (item));
  g_autofree char *first_text = focal_date_to_string (focal_convergence_get_first_date (item));
  g_autofree char *last_text = focal_date_to_string (focal_convergence_get_last_date (item));
  g_autofree char *issue = NULL;
  double change = 0;
  FocalTrend trend = 0;

  g_assert_cmpstr (focal_convergence_get_issue_id (item), ==, issue_id);
  g_assert_cmpfloat_with_epsilon (focal_convergence_get_first_distance (item), first, EPS);
  g_assert_cmpfloat_with_epsilon (focal_convergence_get_last_distance (item), last, EPS);
  g_assert_cmpfloat_with_epsilon (focal_convergence_get_change (item), last - first, EPS);
  g_assert_cmpint (focal_convergence_get_direction (item), ==, direction);
  g_assert_cmpstr (first_text, ==, first_date);
  g_assert_cmpstr (last_text, ==, last_date);
  g_assert_cmpstr (ids, ==, positions);

  g_object_get (item, "issue-id", &issue, "change", &change, "direction", &trend, NULL);
  g_assert_cmpstr (issue, ==, issue_id);
  g_assert_cmpfloat_with_epsilon (change, last - first, EPS);
  g_assert_cmpint (trend, ==, direction);
}

static void
test_convergence (void)
{
  g_autoptr(FocalGraph) graph = make_convergence_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = focal_view_dup_convergence (view, "alpha", "beta", &error);
  g_autoptr(GListModel) reversed = NULL;

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (items) == FOCAL_TYPE_CONVERGENCE);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  /* Sorted by issue id, in byte order. */
  check_convergence (items, 0, "i10", 0.0, 1.5, FOCAL_TREND_DIVERGING, "2000", "2004",
                     "a10-1990 b10-2000 a10-2000 a10-2004");
  check_convergence (items, 1, "i12", 0.0, 0.0, FOCAL_TREND_STABLE, "2001", "2001",
                     "a12 b12");
  check_convergence (items, 2, "i8", 2.0, 1.0, FOCAL_TREND_CONVERGING, "1995", "2005",
                     "a8-1990 b8-1995 a8-2000 b8-2005");

  /* (1.5 + 0 - 1) / 3 */
  g_assert_cmpfloat_with_epsilon (focal_convergence_mean_change (items), 0.5 / 3.0, EPS);

  /* Swapping the actors changes nothing but the order within a date. */
  reversed = focal_view_dup_convergence (view, "beta", "alpha", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (focal_convergence_mean_change (reversed), 0.5 / 3.0, EPS);
}

static void
test_convergence_empty (void)
{
  g_autoptr(FocalGraph) graph = make_convergence_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GError) error = NULL;
  const char * const nothing[] = { "nothing", NULL };
  g_autoptr(FocalView) narrow = focal_view_with_tags (view, nothing);
  g_autoptr(GListModel) items = focal_view_dup_convergence (narrow, "alpha", "beta", &error);
  g_autoptr(GListStore) store = g_list_store_new (FOCAL_TYPE_CONVERGENCE);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
  g_assert_true (isnan (focal_convergence_mean_change (items)));
  g_assert_true (isnan (focal_convergence_mean_change (G_LIST_MODEL (store))));
}

static void
test_convergence_properties (void)
{
  g_autoptr(FocalGraph) graph = make_convergence_graph ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(GListModel) items = focal_view_dup_convergence (view, "alpha", "beta", NULL);
  FocalConvergence *item = g_list_model_get_item (items, 2);
  g_autoptr(FocalDate) first_date = NULL, last_date = NULL;
  g_autoptr(GListModel) positions = NULL;
  double first = 0, last = 0;
  const char *names[] = {
    "issue-id", "first-distance", "last-distance", "change", "direction", "first-date",
    "last-date", "positions",
  };

  g_object_get (item, "first-distance", &first, "last-distance", &last,
                "first-date", &first_date, "last-date", &last_date,
                "positions", &positions, NULL);
  g_assert_cmpfloat (first, ==, 2.0);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_cmpint (focal_date_get_year (first_date), ==, 1995);
  g_assert_cmpint (focal_date_get_year (last_date), ==, 2005);
  g_assert_cmpuint (g_list_model_get_n_items (positions), ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), names[i]);

      g_assert_nonnull (pspec);
      g_assert_false (pspec->flags & G_PARAM_WRITABLE);
    }

  g_clear_object (&positions);
  g_clear_object (&items);
  g_assert_finalize_object (item);
}

static FocalDocument *
load_dataset (void)
{
  FocalDocument *document = focal_document_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                 "canada-mexico-2004.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_document_load_from_file (document, file, FOCAL_LOAD_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  return document;
}

static void
test_dataset (void)
{
  g_autoptr(FocalDocument) document = load_dataset ();
  g_autoptr(FocalView) view = focal_view_new (focal_document_get_graph (document));
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  FocalCoincidence *c;
  g_autofree char *issues = NULL;

  /* Canada and Mexico both state a numeric stance on eight issues; they
   * differ only on the OAS (Canada 1, Mexico -0.5): share 7/8, S = 1 -
   * 1.5 / 8 = 0.8125. Canada for 7, against 1 (institutionalization);
   * Mexico for 6, against 2: p_e = (42 + 2) / 64, kappa = (56 - 44) / (64 -
   * 44) = 0.6. The many stances the paper gives only in words ("lukewarm
   * support") are not compared. */
  c = compare (view, "canada", "mexico", NULL);
  issues = joined (focal_coincidence_get_issues (c));
  g_assert_cmpuint (focal_coincidence_get_n_issues (c), ==, 8);
  g_assert_cmpuint (focal_coincidence_get_n_coinciding (c), ==, 7);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_share (c), 0.875, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_s_score (c), 0.8125, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_kappa (c), 0.6, EPS);
  g_assert_cmpstr (issues, ==,
                   "bilateral-dealings-with-us democracy-promotion icc-issue institutionalization "
                   "iraq-disarmament-un landmines-issue multilateral-role oas-strength");
  g_assert_finalize_object (c);

  /* As of 2004 only dated stances count: four issues, all shared. */
  c = compare (view, "canada", "mexico", "2004");
  g_assert_cmpuint (focal_coincidence_get_n_issues (c), ==, 4);
  g_assert_cmpuint (focal_coincidence_get_n_coinciding (c), ==, 4);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_s_score (c), 1.0, EPS);
  g_assert_cmpfloat_with_epsilon (focal_coincidence_get_kappa (c), 1.0, EPS);
  g_assert_finalize_object (c);

  /* Each issue with dated stances of both has one stance per side: no
   * change anywhere. */
  items = focal_view_dup_convergence (view, "canada", "mexico", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(FocalConvergence) item = g_list_model_get_item (items, i);

      g_assert_cmpint (focal_convergence_get_direction (item), ==, FOCAL_TREND_STABLE);
    }
  g_assert_cmpfloat (focal_convergence_mean_change (items), ==, 0.0);
}

static void
test_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalCoincidence) c = focal_view_compare_positions (NULL, "a", "b", NULL, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_VIEW*");
}

static void
test_preconditions_actor (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = focal_graph_new ();
      g_autoptr(FocalView) view = focal_view_new (graph);
      g_autoptr(GListModel) items = focal_view_dup_convergence (view, NULL, "b", NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*actor_a != NULL*");
}

static void
test_preconditions_mean (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GListStore) store = g_list_store_new (FOCAL_TYPE_POSITION);
      g_assert_true (isnan (focal_convergence_mean_change (G_LIST_MODEL (store))));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_TYPE_CONVERGENCE*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/coincidence/latest", test_latest);
  g_test_add_func ("/focal/coincidence/without-dates", test_without_dates);
  g_test_add_func ("/focal/coincidence/as-of", test_as_of);
  g_test_add_func ("/focal/coincidence/same-date", test_same_date);
  g_test_add_func ("/focal/coincidence/self", test_self);
  g_test_add_func ("/focal/coincidence/properties", test_properties);
  g_test_add_func ("/focal/coincidence/errors", test_errors);
  g_test_add_func ("/focal/coincidence/convergence", test_convergence);
  g_test_add_func ("/focal/coincidence/convergence-empty", test_convergence_empty);
  g_test_add_func ("/focal/coincidence/convergence-properties", test_convergence_properties);
  g_test_add_func ("/focal/coincidence/dataset", test_dataset);
  g_test_add_func ("/focal/coincidence/preconditions", test_preconditions);
  g_test_add_func ("/focal/coincidence/preconditions-actor", test_preconditions_actor);
  g_test_add_func ("/focal/coincidence/preconditions-mean", test_preconditions_mean);

  return g_test_run ();
}
