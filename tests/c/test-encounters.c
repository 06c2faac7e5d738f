/* test-encounters.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <focal/focal.h>

#define UNBOUNDED FOCAL_COUNT_UNBOUNDED

static FocalDate *
parse_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  FocalDate *date = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);
  return date;
}

static FocalEvent *
new_total (const char     *id,
           guint           count,
           FocalQualifier  qualifier,
           const char     *date,
           const char     *parent_id)
{
  FocalEvent *event = focal_event_new_aggregate (id, FOCAL_EVENT_KIND_MEETING, count, qualifier);

  if (date != NULL)
    {
      g_autoptr(FocalDate) period = parse_date (date);

      focal_event_set_date (event, period);
    }
  focal_event_set_parent_id (event, parent_id);

  return event;
}

static FocalEvent *
new_single (const char *id,
            const char *date,
            const char *parent_id)
{
  FocalEvent *event = focal_event_new (id, FOCAL_EVENT_KIND_MEETING);

  if (date != NULL)
    {
      g_autoptr(FocalDate) day = parse_date (date);

      focal_event_set_date (event, day);
    }
  focal_event_set_parent_id (event, parent_id);

  return event;
}

/* Adds @entity to @graph and drops the caller's reference. */
static void
add (FocalGraph *graph,
     gpointer    entity)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (focal_graph_add (graph, FOCAL_ENTITY (entity), &error));
  g_assert_no_error (error);
  g_object_unref (entity);
}

static void
add_actors (FocalGraph *graph)
{
  const char * const ids[] = { "canada", "mexico", "usa", "chretien", "fox" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    add (graph, focal_actor_new (ids[i], i < 3 ? FOCAL_ACTOR_KIND_STATE : FOCAL_ACTOR_KIND_PERSON));
}

/* The JMC: 13 meetings over 1968/1999, five of which over 1989/1999. */
static FocalGraph *
make_jmc (void)
{
  FocalGraph *graph = focal_graph_new ();
  const char * const parties[] = { "canada", "mexico", NULL };
  FocalEvent *all;

  add_actors (graph);
  add (graph, focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE));
  add (graph, focal_forum_new ("ipm", FOCAL_FORUM_KIND_INTER_PARLIAMENTARY));

  all = new_total ("jmc-1968-1999", 13, FOCAL_QUALIFIER_EXACT, "1968/1999", NULL);
  focal_event_set_forum_id (all, "jmc");
  focal_event_set_participants (all, parties);
  add (graph, all);
  add (graph, new_total ("jmc-1989-1999", 5, FOCAL_QUALIFIER_EXACT, "1989/1999",
                         "jmc-1968-1999"));

  return graph;
}

/* Leaders' meetings: 8 over 1959/1989, over 25 over 1989/2004, 7 of which
 * between Chrétien and Fox over 2000/2003. */
static FocalGraph *
make_leaders (void)
{
  FocalGraph *graph = focal_graph_new ();
  const char * const parties[] = { "canada", "mexico", NULL };
  const char * const leaders[] = { "chretien", "fox", NULL };
  FocalEvent *event;

  add_actors (graph);

  event = new_total ("leaders-1959-1989", 8, FOCAL_QUALIFIER_EXACT, "1959/1989", NULL);
  focal_event_set_participants (event, parties);
  add (graph, event);

  event = new_total ("leaders-1989-2004", 25, FOCAL_QUALIFIER_MORE_THAN, "1989/2004", NULL);
  focal_event_set_participants (event, parties);
  add (graph, event);

  event = new_total ("leaders-2000-2003", 7, FOCAL_QUALIFIER_EXACT, "2000/2003",
                     "leaders-1989-2004");
  focal_event_set_participants (event, leaders);
  add (graph, event);

  return graph;
}

/* Checks the bounds of @count and the ids of its events, given as one
 * space-separated string. */
static void
check_count (FocalCount *count,
             guint       min,
             guint       max,
             const char *events)
{
  g_auto(GStrv) ids = g_strsplit (events, " ", -1);
  GListModel *model;

  g_assert_nonnull (count);
  g_assert_cmpuint (focal_count_get_min (count), ==, min);
  g_assert_cmpuint (focal_count_get_max (count), ==, max);
  g_assert_true (focal_count_get_exact (count) == (min == max && max != UNBOUNDED));

  model = focal_count_get_events (count);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_strv_length (ids));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(FocalEvent) event = g_list_model_get_item (model, i);

      g_assert_cmpstr (focal_entity_get_id (FOCAL_ENTITY (event)), ==, ids[i]);
    }
}

static void
assert_count (FocalGraph         *graph,
              const char         *forum_id,
              const char * const *participants,
              const char         *series_id,
              const char         *period,
              guint               min,
              guint               max,
              const char         *events)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalDate) date = period != NULL ? parse_date (period) : NULL;
  FocalCount *count;

  g_test_message ("counting %s", period != NULL ? period : "all time");
  count = focal_graph_count_encounters (graph, forum_id, participants, series_id, date, &error);
  g_assert_no_error (error);
  check_count (count, min, max, events);
  if (date != NULL)
    g_assert_true (focal_date_equal (focal_count_get_period (count), date));
  else
    g_assert_null (focal_count_get_period (count));

  g_assert_finalize_object (count);
}

static void
test_encounters_count_properties (void)
{
  g_autoptr(FocalGraph) graph = make_jmc ();
  g_autoptr(FocalDate) period = parse_date ("1980/1990");
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalDate) got_period = NULL;
  g_autoptr(GListModel) events = NULL;
  const char * const names[] = { "min", "max", "exact", "period", "events" };
  FocalCount *count;
  guint min = 1, max = 0;
  gboolean exact = TRUE;

  count = focal_graph_count_encounters (graph, NULL, NULL, NULL, period, &error);
  g_assert_no_error (error);
  g_assert_true (FOCAL_IS_COUNT (count));

  g_object_get (count,
                "min", &min,
                "max", &max,
                "exact", &exact,
                "period", &got_period,
                "events", &events,
                NULL);
  g_assert_cmpuint (min, ==, 0);
  g_assert_cmpuint (max, ==, 13);
  g_assert_false (exact);
  g_assert_true (got_period == period);
  g_assert_true (events == focal_count_get_events (count));
  g_assert_true (g_list_model_get_item_type (events) == FOCAL_TYPE_EVENT);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);

  /* A count is a result: every property is read-only. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (count), names[i]);

      g_assert_nonnull (pspec);
      g_assert_true ((pspec->flags & G_PARAM_READABLE) != 0);
      g_assert_true ((pspec->flags & G_PARAM_WRITABLE) == 0);
    }

  g_clear_object (&events);
  g_assert_finalize_object (count);
}

static void
test_encounters_jmc (void)
{
  g_autoptr(FocalGraph) graph = make_jmc ();

  assert_count (graph, NULL, NULL, NULL, NULL, 13, 13, "jmc-1968-1999");
  assert_count (graph, NULL, NULL, NULL, "1968/1999", 13, 13, "jmc-1968-1999");
  assert_count (graph, NULL, NULL, NULL, "1960/2010", 13, 13, "jmc-1968-1999");
  assert_count (graph, NULL, NULL, NULL, "1989/1999", 5, 5, "jmc-1989-1999");
  assert_count (graph, NULL, NULL, NULL, "1968/1988", 8, 8, "jmc-1968-1999");
  assert_count (graph, NULL, NULL, NULL, "1980/1990", 0, 13, "jmc-1968-1999 jmc-1989-1999");
  assert_count (graph, NULL, NULL, NULL, "1990/1999", 0, 5, "jmc-1989-1999");
  assert_count (graph, NULL, NULL, NULL, "1970", 0, 8, "jmc-1968-1999");
  assert_count (graph, NULL, NULL, NULL, "2000/2010", 0, 0, "");
  assert_count (graph, NULL, NULL, NULL, "../1967", 0, 0, "");
  assert_count (graph, NULL, NULL, NULL, "1989/..", 5, 5, "jmc-1989-1999");
}

static void
test_encounters_leaders (void)
{
  g_autoptr(FocalGraph) graph = make_leaders ();

  assert_count (graph, NULL, NULL, NULL, NULL, 34, UNBOUNDED,
                "leaders-1959-1989 leaders-1989-2004");
  assert_count (graph, NULL, NULL, NULL, "2000/2003", 7, 7, "leaders-2000-2003");
  assert_count (graph, NULL, NULL, NULL, "1989/2004", 26, UNBOUNDED,
                "leaders-1959-1989 leaders-1989-2004");
  assert_count (graph, NULL, NULL, NULL, "1989/1999", 0, UNBOUNDED,
                "leaders-1959-1989 leaders-1989-2004");
  assert_count (graph, NULL, NULL, NULL, "1959/2004", 34, UNBOUNDED,
                "leaders-1959-1989 leaders-1989-2004");
  assert_count (graph, NULL, NULL, NULL, "1959/1988", 0, 8, "leaders-1959-1989");
  assert_count (graph, NULL, NULL, NULL, "2004", 0, UNBOUNDED, "leaders-1989-2004");
  assert_count (graph, NULL, NULL, NULL, "2001", 0, 7, "leaders-2000-2003");
}

static void
test_encounters_filter_forum (void)
{
  g_autoptr(FocalGraph) graph = make_jmc ();
  FocalEvent *ipm = new_total ("ipm-1975-2000", 20, FOCAL_QUALIFIER_EXACT, "1975/2000", NULL);

  focal_event_set_forum_id (ipm, "ipm");
  add (graph, ipm);
  /* Nested in a JMC total, the meeting belongs to the JMC without saying so. */
  add (graph, new_single ("jmc-1995", "1995-03-10", "jmc-1968-1999"));

  assert_count (graph, NULL, NULL, NULL, NULL, 33, 33, "jmc-1968-1999 ipm-1975-2000");
  assert_count (graph, "jmc", NULL, NULL, NULL, 13, 13, "jmc-1968-1999");
  assert_count (graph, "jmc", NULL, NULL, "1989/1999", 5, 5, "jmc-1989-1999");
  assert_count (graph, "jmc", NULL, NULL, "1995", 1, 5, "jmc-1989-1999 jmc-1995");
  assert_count (graph, "ipm", NULL, NULL, NULL, 20, 20, "ipm-1975-2000");
  assert_count (graph, "ipm", NULL, NULL, "1995", 0, 20, "ipm-1975-2000");
}

static void
test_encounters_filter_participants (void)
{
  g_autoptr(FocalGraph) graph = make_leaders ();
  const char * const chretien[] = { "chretien", NULL };
  const char * const canada_fox[] = { "canada", "fox", NULL };
  const char * const canada[] = { "canada", NULL };
  const char * const canada_usa[] = { "canada", "usa", NULL };
  const char * const mexico_usa[] = { "mexico", "usa", NULL };
  const char * const nobody[] = { NULL };
  const char * const visitors[] = { "canada", "usa", NULL };
  FocalEvent *visit = new_single ("visit-2001", "2001-05", NULL);

  focal_event_set_participants (visit, visitors);
  add (graph, visit);

  /* Chrétien is only named on the nested total: it counts on its own. */
  assert_count (graph, NULL, chretien, NULL, NULL, 7, 7, "leaders-2000-2003");
  assert_count (graph, NULL, chretien, NULL, "2001", 0, 7, "leaders-2000-2003");
  /* Canada is inherited from the enclosing total. */
  assert_count (graph, NULL, canada_fox, NULL, NULL, 7, 7, "leaders-2000-2003");
  assert_count (graph, NULL, canada, NULL, NULL, 35, UNBOUNDED,
                "leaders-1959-1989 leaders-1989-2004 visit-2001");
  assert_count (graph, NULL, canada, NULL, "2000/2003", 8, 8, "leaders-2000-2003 visit-2001");
  assert_count (graph, NULL, canada_usa, NULL, NULL, 1, 1, "visit-2001");
  assert_count (graph, NULL, mexico_usa, NULL, NULL, 0, 0, "");
  assert_count (graph, NULL, nobody, NULL, NULL, 35, UNBOUNDED,
                "leaders-1959-1989 leaders-1989-2004 visit-2001");
}

static void
test_encounters_filter_series (void)
{
  g_autoptr(FocalGraph) leaders = make_leaders ();
  g_autoptr(FocalGraph) jmc = make_jmc ();
  const char * const chretien[] = { "chretien", NULL };

  assert_count (leaders, NULL, NULL, "leaders-1989-2004", NULL, 26, UNBOUNDED,
                "leaders-1989-2004");
  assert_count (leaders, NULL, NULL, "leaders-1989-2004", "2000/2003", 7, 7,
                "leaders-2000-2003");
  assert_count (leaders, NULL, NULL, "leaders-1959-1989", "1989/2004", 0, 8,
                "leaders-1959-1989");
  assert_count (leaders, NULL, NULL, "leaders-2000-2003", NULL, 7, 7, "leaders-2000-2003");
  assert_count (leaders, NULL, chretien, "leaders-1959-1989", NULL, 0, 0, "");
  assert_count (jmc, "jmc", NULL, "jmc-1989-1999", NULL, 5, 5, "jmc-1989-1999");
  assert_count (jmc, "jmc", NULL, "jmc-1989-1999", "1968/1988", 0, 0, "");
}

static void
test_encounters_single_events (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();

  assert_count (graph, NULL, NULL, NULL, NULL, 0, 0, "");
  assert_count (graph, NULL, NULL, NULL, "1995", 0, 0, "");

  add (graph, new_single ("dated", "1995-03-10", NULL));
  add (graph, new_single ("undated", NULL, NULL));

  assert_count (graph, NULL, NULL, NULL, NULL, 2, 2, "dated undated");
  assert_count (graph, NULL, NULL, NULL, "1995", 1, 2, "dated undated");
  assert_count (graph, NULL, NULL, NULL, "1995-03-10", 1, 2, "dated undated");
  assert_count (graph, NULL, NULL, NULL, "1995-04", 0, 1, "undated");
  assert_count (graph, NULL, NULL, NULL, "1996", 0, 1, "undated");
}

static void
test_encounters_nested_single_events (void)
{
  g_autoptr(FocalGraph) graph = make_jmc ();
  g_autoptr(FocalGraph) visits = focal_graph_new ();

  add (graph, new_single ("jmc-1995", "1995-03-10", "jmc-1968-1999"));
  add (graph, new_single ("jmc-undated", NULL, "jmc-1968-1999"));

  /* Both are among the 13: never counted besides them. */
  assert_count (graph, NULL, NULL, NULL, NULL, 13, 13, "jmc-1968-1999");
  assert_count (graph, NULL, NULL, NULL, "1989/1999", 5, 5, "jmc-1989-1999");
  assert_count (graph, NULL, NULL, NULL, "1968/1988", 8, 8, "jmc-1968-1999");
  /* The 1995 meeting is one of the five of 1989/1999; it does not say
   * there was no other in 1995. */
  assert_count (graph, NULL, NULL, NULL, "1995", 1, 5, "jmc-1989-1999 jmc-1995");
  assert_count (graph, NULL, NULL, NULL, "1995-03-10", 1, 5, "jmc-1989-1999 jmc-1995");
  assert_count (graph, NULL, NULL, NULL, "1996", 0, 5, "jmc-1989-1999");

  /* An undated total of at least 2 visits, three of them recorded. */
  add (visits, new_total ("visits", 2, FOCAL_QUALIFIER_AT_LEAST, NULL, NULL));
  add (visits, new_single ("visit-1970", "1970", "visits"));
  add (visits, new_single ("visit-1980", "1980-06", "visits"));
  add (visits, new_single ("visit-1990", "1990-06-01", "visits"));

  assert_count (visits, NULL, NULL, NULL, NULL, 3, UNBOUNDED, "visits");
  assert_count (visits, NULL, NULL, NULL, "1975/1985", 1, UNBOUNDED, "visits visit-1980");
  assert_count (visits, NULL, NULL, NULL, "1965/1995", 3, UNBOUNDED,
                "visits visit-1970 visit-1980 visit-1990");
  assert_count (visits, NULL, NULL, NULL, "2000/2010", 0, UNBOUNDED, "visits");
}

static void
test_encounters_qualifiers (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalGraph) other = focal_graph_new ();

  /* At most 20, exactly 5 in the 1970s and 7 in the 1980s. */
  add (graph, new_total ("cap", 20, FOCAL_QUALIFIER_AT_MOST, "1960/1999", NULL));
  add (graph, new_total ("cap-70s", 5, FOCAL_QUALIFIER_EXACT, "1970/1979", "cap"));
  add (graph, new_total ("cap-80s", 7, FOCAL_QUALIFIER_EXACT, "1980/1989", "cap"));

  assert_count (graph, NULL, NULL, "cap", NULL, 12, 20, "cap");
  assert_count (graph, NULL, NULL, "cap", "1960/1999", 12, 20, "cap");
  assert_count (graph, NULL, NULL, "cap", "1970/1979", 5, 5, "cap-70s");
  assert_count (graph, NULL, NULL, "cap", "1970/1989", 12, 12, "cap-70s cap-80s");
  assert_count (graph, NULL, NULL, "cap", "1990/1999", 0, 8, "cap");
  assert_count (graph, NULL, NULL, "cap", "1965/1975", 0, 13, "cap cap-70s");

  /* At least 10, all of them in two nested periods that fill the whole. */
  add (graph, new_total ("floor", 10, FOCAL_QUALIFIER_AT_LEAST, "1968/1999", NULL));
  add (graph, new_total ("floor-early", 5, FOCAL_QUALIFIER_EXACT, "1968/1988", "floor"));
  add (graph, new_total ("floor-late", 5, FOCAL_QUALIFIER_EXACT, "1989/1999", "floor"));

  assert_count (graph, NULL, NULL, "floor", NULL, 10, 10, "floor");
  assert_count (graph, NULL, NULL, "floor", "1980/1990", 0, 10, "floor-early floor-late");

  add (other, new_total ("approximate", 50, FOCAL_QUALIFIER_APPROXIMATE, "2000/2009", NULL));
  add (other, new_total ("fewer", 10, FOCAL_QUALIFIER_FEWER_THAN, "1990/1999", NULL));
  add (other, new_total ("over", 25, FOCAL_QUALIFIER_MORE_THAN, "1980/1989", NULL));
  add (other, new_total ("at-least", 3, FOCAL_QUALIFIER_AT_LEAST, "1970/1979", NULL));
  add (other, new_total ("at-most-0", 0, FOCAL_QUALIFIER_AT_MOST, "1960/1969", NULL));

  assert_count (other, NULL, NULL, "approximate", NULL, 0, UNBOUNDED, "approximate");
  assert_count (other, NULL, NULL, "fewer", NULL, 0, 9, "fewer");
  assert_count (other, NULL, NULL, "over", NULL, 26, UNBOUNDED, "over");
  assert_count (other, NULL, NULL, "at-least", NULL, 3, UNBOUNDED, "at-least");
  /* Nothing can have happened: the total rests on no encounter. */
  assert_count (other, NULL, NULL, "at-most-0", NULL, 0, 0, "");
  assert_count (other, NULL, NULL, NULL, "1990/1999", 0, 9, "fewer");
}

static void
test_encounters_unbounded_sum (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();
  g_autoptr(FocalGraph) huge = focal_graph_new ();

  add (graph, new_total ("some", 3, FOCAL_QUALIFIER_AT_LEAST, "1990/1999", NULL));
  add (graph, new_total ("four", 4, FOCAL_QUALIFIER_EXACT, "1995/1999", NULL));
  assert_count (graph, NULL, NULL, NULL, NULL, 7, UNBOUNDED, "some four");
  assert_count (graph, NULL, NULL, NULL, "1995/1999", 4, UNBOUNDED, "some four");

  /* Sums saturate instead of wrapping around. */
  add (huge, new_total ("a", 4000000000u, FOCAL_QUALIFIER_EXACT, NULL, NULL));
  add (huge, new_total ("b", 4000000000u, FOCAL_QUALIFIER_EXACT, NULL, NULL));
  assert_count (huge, NULL, NULL, NULL, NULL, G_MAXUINT, UNBOUNDED, "a b");
}

static void
test_encounters_overlapping_totals (void)
{
  g_autoptr(FocalGraph) graph = focal_graph_new ();

  /* Two nested totals whose periods overlap in the 1970s. */
  add (graph, new_total ("p", 20, FOCAL_QUALIFIER_EXACT, "1960/1999", NULL));
  add (graph, new_total ("a", 10, FOCAL_QUALIFIER_EXACT, "1960/1979", "p"));
  add (graph, new_total ("b", 8, FOCAL_QUALIFIER_EXACT, "1970/1989", "p"));

  assert_count (graph, NULL, NULL, NULL, NULL, 20, 20, "p");
  assert_count (graph, NULL, NULL, NULL, "1960/1979", 10, 10, "a");
  assert_count (graph, NULL, NULL, NULL, "1980/1999", 10, 10, "p");
  /* "b" is complete for 1970/1989 too, but only counts as a lower bound. */
  assert_count (graph, NULL, NULL, NULL, "1970/1989", 8, 20, "p a b");

  /* A nested total over the whole period that cannot be all of it: the
   * other 8 can lie anywhere in the period. */
  add (graph, new_total ("q", 13, FOCAL_QUALIFIER_EXACT, "1968/1999", NULL));
  add (graph, new_total ("q-some", 5, FOCAL_QUALIFIER_EXACT, "1968/1999", "q"));
  assert_count (graph, NULL, NULL, "q", NULL, 13, 13, "q");
  assert_count (graph, NULL, NULL, "q", "1980/1990", 0, 13, "q q-some");
}

static void
check_bin (GListModel *counts,
           guint       position,
           const char *period,
           guint       min,
           guint       max)
{
  g_autoptr(FocalCount) count = g_list_model_get_item (counts, position);
  g_autofree char *text = focal_date_to_string (focal_count_get_period (count));

  g_assert_cmpstr (text, ==, period);
  g_assert_cmpuint (focal_count_get_min (count), ==, min);
  g_assert_cmpuint (focal_count_get_max (count), ==, max);
  g_assert_true (focal_count_get_exact (count) == (min == max));
}

static void
test_encounters_series (void)
{
  g_autoptr(FocalGraph) jmc = make_jmc ();
  g_autoptr(FocalGraph) leaders = make_leaders ();
  const int decades[] = { 1960, 1970, 1980, 1990, 2000 };
  const int years[] = { 1988, 1989, 1990, 1991 };
  const int chretien_fox[] = { 2000, 2004 };
  g_autoptr(GError) error = NULL;
  GListModel *counts;

  counts = focal_graph_count_encounters_series (jmc, "jmc", NULL, NULL,
                                                decades, G_N_ELEMENTS (decades), &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (counts) == FOCAL_TYPE_COUNT);
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 4);
  check_bin (counts, 0, "1960/1969", 0, 8);
  check_bin (counts, 1, "1970/1979", 0, 8);
  check_bin (counts, 2, "1980/1989", 0, 13);
  check_bin (counts, 3, "1990/1999", 0, 5);
  g_assert_finalize_object (counts);

  counts = focal_graph_count_encounters_series (jmc, NULL, NULL, NULL,
                                                years, G_N_ELEMENTS (years), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 3);
  check_bin (counts, 0, "1988/1988", 0, 8);
  check_bin (counts, 1, "1989/1989", 0, 5);
  check_bin (counts, 2, "1990/1990", 0, 5);
  g_assert_finalize_object (counts);

  counts = focal_graph_count_encounters_series (leaders, NULL, NULL, "leaders-1989-2004",
                                                chretien_fox, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 1);
  check_bin (counts, 0, "2000/2003", 7, 7);
  g_assert_finalize_object (counts);
}

static void
assert_count_fails (FocalGraph         *graph,
                    const char         *forum_id,
                    const char * const *participants,
                    const char         *series_id,
                    int                 code,
                    const char         *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalCount) count = NULL;

  count = focal_graph_count_encounters (graph, forum_id, participants, series_id, NULL, &error);
  g_assert_null (count);
  g_assert_error (error, FOCAL_ERROR, code);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_encounters_errors (void)
{
  g_autoptr(FocalGraph) graph = make_jmc ();
  const char * const ghost[] = { "canada", "ghost", NULL };
  const char * const forum[] = { "jmc", NULL };

  add (graph, new_single ("jmc-1995", "1995-03-10", "jmc-1968-1999"));

  assert_count_fails (graph, "nowhere", NULL, NULL, FOCAL_ERROR_UNKNOWN_ID, "\"nowhere\"");
  assert_count_fails (graph, "canada", NULL, NULL, FOCAL_ERROR_WRONG_KIND,
                      "forum \"canada\" is an actor, not a forum");
  assert_count_fails (graph, NULL, ghost, NULL, FOCAL_ERROR_UNKNOWN_ID, "\"ghost\"");
  assert_count_fails (graph, NULL, forum, NULL, FOCAL_ERROR_WRONG_KIND,
                      "participant \"jmc\" is a forum, not an actor");
  assert_count_fails (graph, NULL, NULL, "ghost-series", FOCAL_ERROR_UNKNOWN_ID,
                      "\"ghost-series\"");
  assert_count_fails (graph, NULL, NULL, "mexico", FOCAL_ERROR_WRONG_KIND,
                      "series \"mexico\" is an actor, not an event");
  assert_count_fails (graph, NULL, NULL, "jmc-1995", FOCAL_ERROR_WRONG_KIND,
                      "series \"jmc-1995\" is a single event, not an aggregate");

  /* A parent changed after adding can close a loop. */
  focal_event_set_parent_id (FOCAL_EVENT (focal_graph_lookup (graph, "jmc-1968-1999")),
                             "jmc-1989-1999");
  assert_count_fails (graph, NULL, NULL, NULL, FOCAL_ERROR_CYCLE, "loops");
}

static void
assert_series_fails (FocalGraph *graph,
                     const char *series_id,
                     const int  *breaks,
                     guint       n_breaks,
                     int         code,
                     const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) counts = NULL;

  counts = focal_graph_count_encounters_series (graph, NULL, NULL, series_id,
                                                breaks, n_breaks, &error);
  g_assert_null (counts);
  g_assert_error (error, FOCAL_ERROR, code);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_encounters_series_errors (void)
{
  g_autoptr(FocalGraph) graph = make_jmc ();
  const int one[] = { 1990 };
  const int reversed[] = { 1960, 1990, 1980 };
  const int repeated[] = { 1990, 1990 };
  const int too_early[] = { 0, 10 };
  const int too_late[] = { 9990, 10001 };
  const int fine[] = { 1990, 2000 };

  assert_series_fails (graph, NULL, NULL, 0, FOCAL_ERROR_INVALID_VALUE, "got 0");
  assert_series_fails (graph, NULL, one, 1, FOCAL_ERROR_INVALID_VALUE, "got 1");
  assert_series_fails (graph, NULL, reversed, 3, FOCAL_ERROR_INVALID_VALUE,
                       "break 2 (1980) does not come after 1990");
  assert_series_fails (graph, NULL, repeated, 2, FOCAL_ERROR_INVALID_VALUE, "(1990)");
  assert_series_fails (graph, NULL, too_early, 2, FOCAL_ERROR_OUT_OF_RANGE, "0 to 10");
  assert_series_fails (graph, NULL, too_late, 2, FOCAL_ERROR_OUT_OF_RANGE, "9990 to 10001");
  assert_series_fails (graph, "ghost", fine, 2, FOCAL_ERROR_UNKNOWN_ID, "\"ghost\"");
}

static void
test_encounters_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalCount) count = focal_graph_count_encounters (NULL, NULL, NULL, NULL,
                                                                  NULL, NULL);

      g_assert_null (count);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_GRAPH*");
}

static void
test_encounters_series_preconditions (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FocalGraph) graph = focal_graph_new ();
      g_autoptr(GListModel) counts = NULL;

      counts = focal_graph_count_encounters_series (graph, NULL, NULL, NULL, NULL, 2, NULL);
      g_assert_null (counts);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*breaks != NULL*");
}

static void
test_encounters_view (void)
{
  g_autoptr(FocalGraph) graph = make_leaders ();
  g_autoptr(FocalView) view = focal_view_new (graph);
  g_autoptr(FocalView) cold_war = NULL;
  g_autoptr(FocalCount) all = NULL;
  g_autoptr(FocalCount) early = NULL;
  g_autoptr(FocalCount) missing = NULL;
  g_autoptr(GListModel) bins = NULL;
  g_autoptr(GError) error = NULL;
  const char * const tags[] = { "cold-war", NULL };
  const int breaks[] = { 1950, 1970, 1990 };

  focal_entity_add_tag (focal_graph_lookup (graph, "leaders-1959-1989"), "cold-war");
  cold_war = focal_view_with_tags (view, tags);

  all = focal_view_count_encounters (view, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (focal_count_get_min (all), ==, 34);
  g_assert_cmpuint (focal_count_get_max (all), ==, FOCAL_COUNT_UNBOUNDED);

  early = focal_view_count_encounters (cold_war, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (focal_count_get_min (early), ==, 8);
  g_assert_true (focal_count_get_exact (early));
  g_assert_cmpuint (g_list_model_get_n_items (focal_count_get_events (early)), ==, 1);

  bins = focal_view_count_encounters_series (cold_war, NULL, NULL, NULL, breaks, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (bins), ==, 2);

  missing = focal_view_count_encounters (view, "no-such-forum", NULL, NULL, NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "no-such-forum"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/encounters/count-properties", test_encounters_count_properties);
  g_test_add_func ("/focal/encounters/jmc", test_encounters_jmc);
  g_test_add_func ("/focal/encounters/leaders", test_encounters_leaders);
  g_test_add_func ("/focal/encounters/filter-forum", test_encounters_filter_forum);
  g_test_add_func ("/focal/encounters/filter-participants", test_encounters_filter_participants);
  g_test_add_func ("/focal/encounters/filter-series", test_encounters_filter_series);
  g_test_add_func ("/focal/encounters/single-events", test_encounters_single_events);
  g_test_add_func ("/focal/encounters/nested-single-events", test_encounters_nested_single_events);
  g_test_add_func ("/focal/encounters/qualifiers", test_encounters_qualifiers);
  g_test_add_func ("/focal/encounters/unbounded-sum", test_encounters_unbounded_sum);
  g_test_add_func ("/focal/encounters/overlapping-totals", test_encounters_overlapping_totals);
  g_test_add_func ("/focal/encounters/series", test_encounters_series);
  g_test_add_func ("/focal/encounters/errors", test_encounters_errors);
  g_test_add_func ("/focal/encounters/series-errors", test_encounters_series_errors);
  g_test_add_func ("/focal/encounters/preconditions", test_encounters_preconditions);
  g_test_add_func ("/focal/encounters/series-preconditions", test_encounters_series_preconditions);
  g_test_add_func ("/focal/encounters/view", test_encounters_view);

  return g_test_run ();
}
