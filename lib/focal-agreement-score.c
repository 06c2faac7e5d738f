/* focal-agreement-score.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <string.h>

#include "focal-agreement-score.h"

#include "focal-actor.h"
#include "focal-date.h"
#include "focal-entity.h"
#include "focal-enum-types.h"
#include "focal-graph.h"
#include "focal-position.h"
#include "focal-view-private.h"

/* A change of distance this close to 0 counts as no change. */
#define FOCAL_TREND_EPSILON 1e-9

/**
 * FocalCoincidence:
 *
 * How far two actors agree on the issues both took a stance on: the
 * paper's "convergence, coincidence and complementarity", measured.
 *
 * [method@View.compare_positions] pairs the latest stance of each actor on
 * every issue both have a stance on, and reports the share of issues
 * where they are on the same side, Signorino and Ritter's S score and
 * Cohen's kappa, along with the positions it used so that a table can cite
 * them.
 *
 * ```c
 * g_autoptr(FocalView) view = focal_view_new (graph);
 * g_autoptr(FocalDate) y2004 = focal_date_new (2004, 0, 0);
 * g_autoptr(FocalCoincidence) c = NULL;
 * g_autoptr(GError) error = NULL;
 *
 * c = focal_view_compare_positions (view, "canada", "mexico", y2004, &error);
 * if (c == NULL)
 *   g_printerr ("%s\n", error->message);
 * else
 *   g_print ("%u of %u issues on the same side, S = %.2f\n",
 *            focal_coincidence_get_n_coinciding (c),
 *            focal_coincidence_get_n_issues (c),
 *            focal_coincidence_get_s_score (c));
 * ```
 *
 * A coincidence never changes after it was computed.
 */

/**
 * FocalConvergence:
 *
 * How the distance between the stances of two actors on one issue changed
 * over time.
 *
 * [method@View.dup_convergence] returns one per issue on which both actors
 * took at least one dated stance. The distance is `|a - b|` on the stance
 * scale, from 0 (the same stance) to 2 (opposite extremes).
 *
 * ```c
 * g_autoptr(GListModel) items = NULL;
 * g_autoptr(GError) error = NULL;
 *
 * items = focal_view_dup_convergence (view, "canada", "mexico", &error);
 * if (items != NULL)
 *   g_print ("mean change of distance: %.2f\n",
 *            focal_convergence_mean_change (items));
 * ```
 *
 * A convergence never changes after it was computed.
 */

struct _FocalCoincidence
{
  GObject     parent_instance;

  char       *actor_a;
  char       *actor_b;
  FocalDate  *as_of;
  guint       n_issues;
  guint       n_coinciding;
  double      share;
  double      s_score;
  double      kappa;
  GListStore *positions;
  char      **issues;
};

struct _FocalConvergence
{
  GObject     parent_instance;

  char       *issue_id;
  double      first_distance;
  double      last_distance;
  FocalDate  *first_date;
  FocalDate  *last_date;
  GListStore *positions;
};

G_DEFINE_FINAL_TYPE (FocalCoincidence, focal_coincidence, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (FocalConvergence, focal_convergence, G_TYPE_OBJECT)

enum {
  PROP_COINCIDENCE_0,
  PROP_ACTOR_A,
  PROP_ACTOR_B,
  PROP_AS_OF,
  PROP_N_ISSUES,
  PROP_N_COINCIDING,
  PROP_SHARE,
  PROP_S_SCORE,
  PROP_KAPPA,
  PROP_COINCIDENCE_POSITIONS,
  PROP_ISSUES,
  N_COINCIDENCE_PROPS
};

enum {
  PROP_CONVERGENCE_0,
  PROP_ISSUE_ID,
  PROP_FIRST_DISTANCE,
  PROP_LAST_DISTANCE,
  PROP_CHANGE,
  PROP_DIRECTION,
  PROP_FIRST_DATE,
  PROP_LAST_DATE,
  PROP_CONVERGENCE_POSITIONS,
  N_CONVERGENCE_PROPS
};

static GParamSpec *coincidence_properties[N_COINCIDENCE_PROPS];
static GParamSpec *convergence_properties[N_CONVERGENCE_PROPS];

/* The positions of one issue: for the coincidence, the one chosen for each
 * actor; for the convergence, every dated one of either actor. */
typedef struct
{
  const char    *issue_id;
  FocalPosition *chosen[2];
  GPtrArray     *dated;
} FocalIssuePair;

static void
focal_issue_pair_free (FocalIssuePair *pair)
{
  g_clear_pointer (&pair->dated, g_ptr_array_unref);
  g_free (pair);
}

static FocalIssuePair *
focal_issue_pair_lookup (GHashTable *pairs,
                         const char *issue_id)
{
  FocalIssuePair *pair = g_hash_table_lookup (pairs, issue_id);

  if (pair == NULL)
    {
      pair = g_new0 (FocalIssuePair, 1);
      pair->issue_id = issue_id;
      pair->dated = g_ptr_array_new ();
      g_hash_table_insert (pairs, (gpointer) issue_id, pair);
    }

  return pair;
}

static int
focal_issue_pair_compare (gconstpointer a,
                          gconstpointer b)
{
  const FocalIssuePair *pa = *(FocalIssuePair **) a;
  const FocalIssuePair *pb = *(FocalIssuePair **) b;

  return strcmp (pa->issue_id, pb->issue_id);
}

/* The pairs of @pairs that pass @keep, sorted by issue id. */
static GPtrArray *
focal_issue_pairs_sorted (GHashTable *pairs,
                          gboolean  (*keep) (FocalIssuePair *pair))
{
  GPtrArray *sorted = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, pairs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (keep (value))
        g_ptr_array_add (sorted, value);
    }
  g_ptr_array_sort (sorted, focal_issue_pair_compare);

  return sorted;
}

/* Checks that @id names an actor of @graph. */
static gboolean
focal_agreement_score_check_actor (FocalGraph  *graph,
                                   const char  *id,
                                   GError     **error)
{
  FocalEntity *entity = focal_graph_lookup (graph, id);
  const char *kind;

  if (entity == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "actor \"%s\" is not in the graph", id);
      return FALSE;
    }

  if (!FOCAL_IS_ACTOR (entity))
    {
      kind = focal_entity_get_kind_name (entity);
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "\"%s\" is a%s %s, not an actor", id,
                   strchr ("aeiou", kind[0]) != NULL ? "n" : "", kind);
      return FALSE;
    }

  return TRUE;
}

/* Calls @visit for every position of the view with a stance, held by
 * @actor_a (side 0) or @actor_b (side 1); a position of an actor compared
 * with itself is visited for both sides. */
static void
focal_agreement_score_each_stance (FocalView   *view,
                                   const char  *actor_a,
                                   const char  *actor_b,
                                   void       (*visit) (FocalPosition *position,
                                                        guint          side,
                                                        gpointer       data),
                                   gpointer     data)
{
  GListModel *positions = focal_graph_get_positions (focal_view_get_graph (view));
  guint n = g_list_model_get_n_items (positions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalPosition) position = g_list_model_get_item (positions, i);
      const char *actor = focal_position_get_actor_id (position);

      if (actor == NULL || focal_position_get_issue_id (position) == NULL ||
          !focal_position_get_has_stance (position) ||
          !_focal_view_accept_entity (view, FOCAL_ENTITY (position)))
        continue;

      if (strcmp (actor, actor_a) == 0)
        visit (position, 0, data);
      if (strcmp (actor, actor_b) == 0)
        visit (position, 1, data);
    }
}

/* -1 against, 0 neutral, 1 for: the three categories of Cohen's kappa. */
static int
focal_agreement_score_side_of (double stance)
{
  return stance > 0 ? 1 : stance < 0 ? -1 : 0;
}

/* ---- FocalCoincidence ---------------------------------------------------- */

static void
focal_coincidence_dispose (GObject *object)
{
  FocalCoincidence *self = FOCAL_COINCIDENCE (object);

  g_clear_object (&self->positions);

  G_OBJECT_CLASS (focal_coincidence_parent_class)->dispose (object);
}

static void
focal_coincidence_finalize (GObject *object)
{
  FocalCoincidence *self = FOCAL_COINCIDENCE (object);

  g_clear_pointer (&self->actor_a, g_free);
  g_clear_pointer (&self->actor_b, g_free);
  g_clear_pointer (&self->as_of, focal_date_unref);
  g_clear_pointer (&self->issues, g_strfreev);

  G_OBJECT_CLASS (focal_coincidence_parent_class)->finalize (object);
}

static void
focal_coincidence_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FocalCoincidence *self = FOCAL_COINCIDENCE (object);

  switch (prop_id)
    {
    case PROP_ACTOR_A:
      g_value_set_string (value, focal_coincidence_get_actor_a (self));
      break;

    case PROP_ACTOR_B:
      g_value_set_string (value, focal_coincidence_get_actor_b (self));
      break;

    case PROP_AS_OF:
      g_value_set_boxed (value, focal_coincidence_get_as_of (self));
      break;

    case PROP_N_ISSUES:
      g_value_set_uint (value, focal_coincidence_get_n_issues (self));
      break;

    case PROP_N_COINCIDING:
      g_value_set_uint (value, focal_coincidence_get_n_coinciding (self));
      break;

    case PROP_SHARE:
      g_value_set_double (value, focal_coincidence_get_share (self));
      break;

    case PROP_S_SCORE:
      g_value_set_double (value, focal_coincidence_get_s_score (self));
      break;

    case PROP_KAPPA:
      g_value_set_double (value, focal_coincidence_get_kappa (self));
      break;

    case PROP_COINCIDENCE_POSITIONS:
      g_value_set_object (value, focal_coincidence_get_positions (self));
      break;

    case PROP_ISSUES:
      g_value_set_boxed (value, focal_coincidence_get_issues (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_coincidence_class_init (FocalCoincidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = focal_coincidence_dispose;
  object_class->finalize = focal_coincidence_finalize;
  object_class->get_property = focal_coincidence_get_property;

  /**
   * FocalCoincidence:actor-a: (getter get_actor_a)
   *
   * The id of the first actor compared.
   */
  coincidence_properties[PROP_ACTOR_A] =
    g_param_spec_string ("actor-a", NULL, NULL, NULL, flags);

  /**
   * FocalCoincidence:actor-b: (getter get_actor_b)
   *
   * The id of the second actor compared.
   */
  coincidence_properties[PROP_ACTOR_B] =
    g_param_spec_string ("actor-b", NULL, NULL, NULL, flags);

  /**
   * FocalCoincidence:as-of: (getter get_as_of)
   *
   * The date the stances were taken as of, or `NULL` for the latest known
   * stances, undated ones included.
   */
  coincidence_properties[PROP_AS_OF] =
    g_param_spec_boxed ("as-of", NULL, NULL, FOCAL_TYPE_DATE, flags);

  /**
   * FocalCoincidence:n-issues: (getter get_n_issues)
   *
   * The number of issues on which both actors have a stance, n.
   */
  coincidence_properties[PROP_N_ISSUES] =
    g_param_spec_uint ("n-issues", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * FocalCoincidence:n-coinciding: (getter get_n_coinciding)
   *
   * The number of those issues on which both stances are on the same
   * side: both for (above 0), both against (below 0) or both neutral (0).
   */
  coincidence_properties[PROP_N_COINCIDING] =
    g_param_spec_uint ("n-coinciding", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * FocalCoincidence:share: (getter get_share)
   *
   * [property@Coincidence:n-coinciding] divided by
   * [property@Coincidence:n-issues], from 0 to 1; NaN when there is no
   * issue to compare.
   */
  coincidence_properties[PROP_SHARE] =
    g_param_spec_double ("share", NULL, NULL, 0.0, 1.0, 0.0, flags);

  /**
   * FocalCoincidence:s-score: (getter get_s_score)
   *
   * Signorino and Ritter's S, from -1 (opposite extremes on every issue) to
   * 1 (the same stance on every issue); NaN when there is no issue to
   * compare. See [method@View.compare_positions] for the formula.
   */
  coincidence_properties[PROP_S_SCORE] =
    g_param_spec_double ("s-score", NULL, NULL, -1.0, 1.0, 0.0, flags);

  /**
   * FocalCoincidence:kappa: (getter get_kappa)
   *
   * Cohen's kappa of the sides (against, neutral, for) the two actors take,
   * from -1 to 1; NaN when it is undefined. See
   * [method@View.compare_positions] for the formula.
   */
  coincidence_properties[PROP_KAPPA] =
    g_param_spec_double ("kappa", NULL, NULL, -1.0, 1.0, 0.0, flags);

  /**
   * FocalCoincidence:positions: (getter get_positions)
   *
   * The [class@Position]s compared, two per issue in the order of
   * [property@Coincidence:issues]: first the one of
   * [property@Coincidence:actor-a], then the one of
   * [property@Coincidence:actor-b]. Their citations are the facts the
   * scores rest on.
   */
  coincidence_properties[PROP_COINCIDENCE_POSITIONS] =
    g_param_spec_object ("positions", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  /**
   * FocalCoincidence:issues: (getter get_issues)
   *
   * The ids of the issues compared, in byte order.
   */
  coincidence_properties[PROP_ISSUES] =
    g_param_spec_boxed ("issues", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_COINCIDENCE_PROPS, coincidence_properties);
}

static void
focal_coincidence_init (FocalCoincidence *self)
{
  self->positions = g_list_store_new (FOCAL_TYPE_POSITION);
  self->share = NAN;
  self->s_score = NAN;
  self->kappa = NAN;
}

/**
 * focal_coincidence_get_actor_a: (get-property actor-a)
 * @self: a coincidence
 *
 * Gets the id of the first actor compared.
 *
 * Returns: (transfer none): the id of the first actor
 */
const char *
focal_coincidence_get_actor_a (FocalCoincidence *self)
{
  g_return_val_if_fail (FOCAL_IS_COINCIDENCE (self), NULL);

  return self->actor_a;
}

/**
 * focal_coincidence_get_actor_b: (get-property actor-b)
 * @self: a coincidence
 *
 * Gets the id of the second actor compared.
 *
 * Returns: (transfer none): the id of the second actor
 */
const char *
focal_coincidence_get_actor_b (FocalCoincidence *self)
{
  g_return_val_if_fail (FOCAL_IS_COINCIDENCE (self), NULL);

  return self->actor_b;
}

/**
 * focal_coincidence_get_as_of: (get-property as-of)
 * @self: a coincidence
 *
 * Gets the date the stances were taken as of.
 *
 * Returns: (transfer none) (nullable): the date, or `NULL` for the latest
 *   known stances
 */
FocalDate *
focal_coincidence_get_as_of (FocalCoincidence *self)
{
  g_return_val_if_fail (FOCAL_IS_COINCIDENCE (self), NULL);

  return self->as_of;
}

/**
 * focal_coincidence_get_n_issues: (get-property n-issues)
 * @self: a coincidence
 *
 * Gets the number of issues on which both actors have a stance.
 *
 * Returns: the number of issues compared
 */
guint
focal_coincidence_get_n_issues (FocalCoincidence *self)
{
  g_return_val_if_fail (FOCAL_IS_COINCIDENCE (self), 0);

  return self->n_issues;
}

/**
 * focal_coincidence_get_n_coinciding: (get-property n-coinciding)
 * @self: a coincidence
 *
 * Gets the number of issues on which both actors are on the same side.
 *
 * Returns: the number of coinciding issues
 */
guint
focal_coincidence_get_n_coinciding (FocalCoincidence *self)
{
  g_return_val_if_fail (FOCAL_IS_COINCIDENCE (self), 0);

  return self->n_coinciding;
}

/**
 * focal_coincidence_get_share: (get-property share)
 * @self: a coincidence
 *
 * Gets the share of issues on which both actors are on the same side.
 *
 * Returns: the share from 0 to 1, or NaN when no issue was compared
 */
double
focal_coincidence_get_share (FocalCoincidence *self)
{
  g_return_val_if_fail (FOCAL_IS_COINCIDENCE (self), NAN);

  return self->share;
}

/**
 * focal_coincidence_get_s_score: (get-property s-score)
 * @self: a coincidence
 *
 * Gets Signorino and Ritter's S score of the two actors' stances.
 *
 * Returns: S from -1 to 1, or NaN when no issue was compared
 */
double
focal_coincidence_get_s_score (FocalCoincidence *self)
{
  g_return_val_if_fail (FOCAL_IS_COINCIDENCE (self), NAN);

  return self->s_score;
}

/**
 * focal_coincidence_get_kappa: (get-property kappa)
 * @self: a coincidence
 *
 * Gets Cohen's kappa of the sides the two actors take.
 *
 * Returns: kappa from -1 to 1, or NaN when it is undefined
 */
double
focal_coincidence_get_kappa (FocalCoincidence *self)
{
  g_return_val_if_fail (FOCAL_IS_COINCIDENCE (self), NAN);

  return self->kappa;
}

/**
 * focal_coincidence_get_positions: (get-property positions)
 * @self: a coincidence
 *
 * Gets the positions compared, two per issue.
 *
 * Returns: (transfer none): a list model of [class@Position]
 */
GListModel *
focal_coincidence_get_positions (FocalCoincidence *self)
{
  g_return_val_if_fail (FOCAL_IS_COINCIDENCE (self), NULL);

  return G_LIST_MODEL (self->positions);
}

/**
 * focal_coincidence_get_issues: (get-property issues)
 * @self: a coincidence
 *
 * Gets the ids of the issues compared.
 *
 * Returns: (transfer none) (array zero-terminated=1): the issue ids, in
 *   byte order
 */
const char * const *
focal_coincidence_get_issues (FocalCoincidence *self)
{
  g_return_val_if_fail (FOCAL_IS_COINCIDENCE (self), NULL);

  return (const char * const *) self->issues;
}

/* ---- FocalConvergence ---------------------------------------------------- */

static void
focal_convergence_dispose (GObject *object)
{
  FocalConvergence *self = FOCAL_CONVERGENCE (object);

  g_clear_object (&self->positions);

  G_OBJECT_CLASS (focal_convergence_parent_class)->dispose (object);
}

static void
focal_convergence_finalize (GObject *object)
{
  FocalConvergence *self = FOCAL_CONVERGENCE (object);

  g_clear_pointer (&self->issue_id, g_free);
  g_clear_pointer (&self->first_date, focal_date_unref);
  g_clear_pointer (&self->last_date, focal_date_unref);

  G_OBJECT_CLASS (focal_convergence_parent_class)->finalize (object);
}

static void
focal_convergence_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FocalConvergence *self = FOCAL_CONVERGENCE (object);

  switch (prop_id)
    {
    case PROP_ISSUE_ID:
      g_value_set_string (value, focal_convergence_get_issue_id (self));
      break;

    case PROP_FIRST_DISTANCE:
      g_value_set_double (value, focal_convergence_get_first_distance (self));
      break;

    case PROP_LAST_DISTANCE:
      g_value_set_double (value, focal_convergence_get_last_distance (self));
      break;

    case PROP_CHANGE:
      g_value_set_double (value, focal_convergence_get_change (self));
      break;

    case PROP_DIRECTION:
      g_value_set_enum (value, focal_convergence_get_direction (self));
      break;

    case PROP_FIRST_DATE:
      g_value_set_boxed (value, focal_convergence_get_first_date (self));
      break;

    case PROP_LAST_DATE:
      g_value_set_boxed (value, focal_convergence_get_last_date (self));
      break;

    case PROP_CONVERGENCE_POSITIONS:
      g_value_set_object (value, focal_convergence_get_positions (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_convergence_class_init (FocalConvergenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = focal_convergence_dispose;
  object_class->finalize = focal_convergence_finalize;
  object_class->get_property = focal_convergence_get_property;

  /**
   * FocalConvergence:issue-id: (getter get_issue_id)
   *
   * The id of the issue.
   */
  convergence_properties[PROP_ISSUE_ID] =
    g_param_spec_string ("issue-id", NULL, NULL, NULL, flags);

  /**
   * FocalConvergence:first-distance: (getter get_first_distance)
   *
   * The distance `|a - b|` between the two stances at
   * [property@Convergence:first-date], the first date at which both actors
   * had a known stance; from 0 to 2.
   */
  convergence_properties[PROP_FIRST_DISTANCE] =
    g_param_spec_double ("first-distance", NULL, NULL, 0.0, 2.0, 0.0, flags);

  /**
   * FocalConvergence:last-distance: (getter get_last_distance)
   *
   * The distance `|a - b|` between the two latest stances, at
   * [property@Convergence:last-date]; from 0 to 2.
   */
  convergence_properties[PROP_LAST_DISTANCE] =
    g_param_spec_double ("last-distance", NULL, NULL, 0.0, 2.0, 0.0, flags);

  /**
   * FocalConvergence:change: (getter get_change)
   *
   * [property@Convergence:last-distance] minus
   * [property@Convergence:first-distance]: negative when the actors
   * converged, positive when they diverged.
   */
  convergence_properties[PROP_CHANGE] =
    g_param_spec_double ("change", NULL, NULL, -2.0, 2.0, 0.0, flags);

  /**
   * FocalConvergence:direction: (getter get_direction)
   *
   * Which way [property@Convergence:change] goes; a change within 1e-9 of
   * 0 is [enum@Trend.STABLE].
   */
  convergence_properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL,
                       FOCAL_TYPE_TREND, FOCAL_TREND_STABLE, flags);

  /**
   * FocalConvergence:first-date: (getter get_first_date)
   *
   * The first date at which both actors had a known stance on the issue.
   */
  convergence_properties[PROP_FIRST_DATE] =
    g_param_spec_boxed ("first-date", NULL, NULL, FOCAL_TYPE_DATE, flags);

  /**
   * FocalConvergence:last-date: (getter get_last_date)
   *
   * The date of the latest stance of either actor on the issue.
   */
  convergence_properties[PROP_LAST_DATE] =
    g_param_spec_boxed ("last-date", NULL, NULL, FOCAL_TYPE_DATE, flags);

  /**
   * FocalConvergence:positions: (getter get_positions)
   *
   * The dated [class@Position]s with a stance of both actors on the issue,
   * oldest first; those of the same date keep the order they were added to
   * the graph in.
   */
  convergence_properties[PROP_CONVERGENCE_POSITIONS] =
    g_param_spec_object ("positions", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_CONVERGENCE_PROPS, convergence_properties);
}

static void
focal_convergence_init (FocalConvergence *self)
{
  self->positions = g_list_store_new (FOCAL_TYPE_POSITION);
}

/**
 * focal_convergence_get_issue_id: (get-property issue-id)
 * @self: a convergence
 *
 * Gets the id of the issue.
 *
 * Returns: (transfer none): the issue id
 */
const char *
focal_convergence_get_issue_id (FocalConvergence *self)
{
  g_return_val_if_fail (FOCAL_IS_CONVERGENCE (self), NULL);

  return self->issue_id;
}

/**
 * focal_convergence_get_first_distance: (get-property first-distance)
 * @self: a convergence
 *
 * Gets the distance between the stances when both were first known.
 *
 * Returns: the first distance, from 0 to 2
 */
double
focal_convergence_get_first_distance (FocalConvergence *self)
{
  g_return_val_if_fail (FOCAL_IS_CONVERGENCE (self), NAN);

  return self->first_distance;
}

/**
 * focal_convergence_get_last_distance: (get-property last-distance)
 * @self: a convergence
 *
 * Gets the distance between the latest stances.
 *
 * Returns: the last distance, from 0 to 2
 */
double
focal_convergence_get_last_distance (FocalConvergence *self)
{
  g_return_val_if_fail (FOCAL_IS_CONVERGENCE (self), NAN);

  return self->last_distance;
}

/**
 * focal_convergence_get_change: (get-property change)
 * @self: a convergence
 *
 * Gets how much the distance between the stances changed.
 *
 * Returns: the last distance minus the first, negative when converging
 */
double
focal_convergence_get_change (FocalConvergence *self)
{
  g_return_val_if_fail (FOCAL_IS_CONVERGENCE (self), NAN);

  return self->last_distance - self->first_distance;
}

/**
 * focal_convergence_get_direction: (get-property direction)
 * @self: a convergence
 *
 * Tells which way the stances moved.
 *
 * Returns: the trend of the distance
 */
FocalTrend
focal_convergence_get_direction (FocalConvergence *self)
{
  double change;

  g_return_val_if_fail (FOCAL_IS_CONVERGENCE (self), FOCAL_TREND_STABLE);

  change = focal_convergence_get_change (self);
  if (fabs (change) <= FOCAL_TREND_EPSILON)
    return FOCAL_TREND_STABLE;

  return change < 0 ? FOCAL_TREND_CONVERGING : FOCAL_TREND_DIVERGING;
}

/**
 * focal_convergence_get_first_date: (get-property first-date)
 * @self: a convergence
 *
 * Gets the first date at which both stances were known.
 *
 * Returns: (transfer none): the first date
 */
FocalDate *
focal_convergence_get_first_date (FocalConvergence *self)
{
  g_return_val_if_fail (FOCAL_IS_CONVERGENCE (self), NULL);

  return self->first_date;
}

/**
 * focal_convergence_get_last_date: (get-property last-date)
 * @self: a convergence
 *
 * Gets the date of the latest stance on the issue.
 *
 * Returns: (transfer none): the last date
 */
FocalDate *
focal_convergence_get_last_date (FocalConvergence *self)
{
  g_return_val_if_fail (FOCAL_IS_CONVERGENCE (self), NULL);

  return self->last_date;
}

/**
 * focal_convergence_get_positions: (get-property positions)
 * @self: a convergence
 *
 * Gets the dated positions the distances were computed from.
 *
 * Returns: (transfer none): a list model of [class@Position], oldest first
 */
GListModel *
focal_convergence_get_positions (FocalConvergence *self)
{
  g_return_val_if_fail (FOCAL_IS_CONVERGENCE (self), NULL);

  return G_LIST_MODEL (self->positions);
}

/**
 * focal_convergence_mean_change:
 * @items: a list model of [class@Convergence], as returned by
 *   [method@View.dup_convergence]
 *
 * Averages [property@Convergence:change] over several issues: one number
 * for whether two actors grew closer overall.
 *
 * Every issue weighs the same, whatever the number of its positions.
 *
 * Returns: the mean change, negative when the actors converged on
 *   average, or NaN when @items is empty
 */
double
focal_convergence_mean_change (GListModel *items)
{
  double sum = 0.0;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (items), NAN);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (items), FOCAL_TYPE_CONVERGENCE), NAN);

  n = g_list_model_get_n_items (items);
  if (n == 0)
    return NAN;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalConvergence) item = g_list_model_get_item (items, i);

      sum += focal_convergence_get_change (item);
    }

  return sum / n;
}

/* ---- Computations -------------------------------------------------------- */

typedef struct
{
  GHashTable *pairs;
  FocalDate  *as_of;
} FocalCompareData;

/* Whether @candidate replaces @current as the stance of its actor: dated
 * beats undated, a later date beats an earlier one, and among equals the
 * one added to the graph last wins (graph order is visited in order). */
static gboolean
focal_agreement_score_is_later (FocalPosition *candidate,
                                FocalPosition *current)
{
  FocalDate *candidate_date = focal_position_get_date (candidate);
  FocalDate *current_date;

  if (current == NULL)
    return TRUE;

  current_date = focal_position_get_date (current);
  if (candidate_date == NULL || current_date == NULL)
    return current_date == NULL;

  return focal_date_compare (candidate_date, current_date) >= 0;
}

static void
focal_agreement_score_choose_cb (FocalPosition *position,
                                 guint          side,
                                 gpointer       user_data)
{
  FocalCompareData *data = user_data;
  FocalDate *date = focal_position_get_date (position);
  FocalIssuePair *pair;

  if (data->as_of != NULL &&
      (date == NULL || focal_date_get_first_day (date) > focal_date_get_last_day (data->as_of)))
    return;

  pair = focal_issue_pair_lookup (data->pairs, focal_position_get_issue_id (position));
  if (focal_agreement_score_is_later (position, pair->chosen[side]))
    pair->chosen[side] = position;
}

static gboolean
focal_issue_pair_is_complete (FocalIssuePair *pair)
{
  return pair->chosen[0] != NULL && pair->chosen[1] != NULL;
}

/* Fills the counts and scores of @self from the chosen stances of @pairs. */
static void
focal_coincidence_compute (FocalCoincidence *self,
                           GPtrArray        *pairs)
{
  guint counts[2][3] = { { 0 } };
  guint64 n = pairs->len, chance = 0;
  double distance = 0.0;

  self->issues = g_new0 (char *, pairs->len + 1);
  for (guint i = 0; i < pairs->len; i++)
    {
      FocalIssuePair *pair = g_ptr_array_index (pairs, i);
      double a = focal_position_get_stance (pair->chosen[0]);
      double b = focal_position_get_stance (pair->chosen[1]);
      int side_a = focal_agreement_score_side_of (a);
      int side_b = focal_agreement_score_side_of (b);

      self->issues[i] = g_strdup (pair->issue_id);
      g_list_store_append (self->positions, pair->chosen[0]);
      g_list_store_append (self->positions, pair->chosen[1]);

      distance += fabs (a - b);
      counts[0][side_a + 1]++;
      counts[1][side_b + 1]++;
      if (side_a == side_b)
        self->n_coinciding++;
    }

  self->n_issues = pairs->len;
  if (n == 0)
    return;

  self->share = (double) self->n_coinciding / n;
  /* Signorino and Ritter: S = 1 - 2 d / d_max, d_max = 2 per issue. */
  self->s_score = 1.0 - 2.0 * distance / (n * 2.0);

  /* Cohen's kappa from counts: (n k - sum a_c b_c) / (n^2 - sum a_c b_c). */
  for (guint c = 0; c < 3; c++)
    chance += (guint64) counts[0][c] * counts[1][c];
  if (n * n != chance)
    self->kappa = ((double) n * self->n_coinciding - (double) chance) / ((double) (n * n - chance));
}

/**
 * focal_view_compare_positions:
 * @self: a view
 * @actor_a: the id of an actor
 * @actor_b: the id of another actor
 * @as_of: (nullable): the date to take the stances as of, or `NULL` for the
 *   latest known stances
 * @error: return location for an error
 *
 * Measures how far two actors coincide on the issues both have taken a
 * stance on.
 *
 * Only positions in the view with a numeric stance count; those with only
 * a label are left out. For each actor and issue one position is chosen:
 * with @as_of, the latest dated position that is not after @as_of (whose
 * date starts on or before the last day of @as_of); undated positions are
 * then left out, since nothing tells whether they held by @as_of. Without
 * @as_of, the latest dated position, or when the actor has none on the
 * issue, an undated one. Positions of the same date go by the order in
 * which they were added to the graph: the last one wins. The issues
 * compared, n of them, are those where both actors have a chosen position;
 * a_i and b_i are their stances.
 *
 * - [property@Coincidence:n-coinciding] counts the issues on which a_i and
 *   b_i are on the same side: both above 0, both below 0, or both 0;
 *   [property@Coincidence:share] divides it by n.
 * - [property@Coincidence:s-score] is the S score of Signorino and Ritter
 *   with the absolute (city-block) metric: S = 1 − 2 Σ|a_i − b_i| / (n
 *   d_max), where d_max = 2 is the largest distance between two stances on
 *   the [-1, 1] scale. S is 1 when every stance is the same and -1 when
 *   the actors stand at opposite extremes on every issue. (Curtis S.
 *   Signorino and Jeffrey M. Ritter, "Tau-b or Not Tau-b: Measuring the
 *   Similarity of Foreign Policy Positions", International Studies
 *   Quarterly 43(1), 1999, pp. 115–144.)
 * - [property@Coincidence:kappa] is Cohen's kappa over three categories,
 *   against (below 0), neutral (0) and for (above 0): κ = (p_o − p_e) / (1
 *   − p_e), with p_o the share of coinciding issues and p_e = Σ_c p_a(c)
 *   p_b(c), where p_a(c) is the share of issues on which actor a is in
 *   category c. It is NaN when there is no issue, and when p_e = 1, that
 *   is when both actors put every stance in the same single category, so
 *   that agreement by chance cannot be told from real agreement.
 *
 * Comparing an actor with itself is allowed: every score is then 1 or NaN.
 * Costs O(p + k log k) for the p positions of the graph and the k issues
 * compared.
 *
 * Returns: (transfer full): the comparison, or `NULL` with @error set:
 *   `FOCAL_ERROR_UNKNOWN_ID` when an id is not in the graph,
 *   `FOCAL_ERROR_WRONG_KIND` when it is not an actor
 */
FocalCoincidence *
focal_view_compare_positions (FocalView   *self,
                              const char  *actor_a,
                              const char  *actor_b,
                              FocalDate   *as_of,
                              GError     **error)
{
  g_autoptr(GHashTable) pairs = NULL;
  g_autoptr(GPtrArray) complete = NULL;
  FocalCompareData data;
  FocalCoincidence *result;
  FocalGraph *graph;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (actor_a != NULL, NULL);
  g_return_val_if_fail (actor_b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  graph = focal_view_get_graph (self);
  if (!focal_agreement_score_check_actor (graph, actor_a, error) ||
      !focal_agreement_score_check_actor (graph, actor_b, error))
    return NULL;

  pairs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                 (GDestroyNotify) focal_issue_pair_free);
  data.pairs = pairs;
  data.as_of = as_of;
  focal_agreement_score_each_stance (self, actor_a, actor_b,
                                     focal_agreement_score_choose_cb, &data);
  complete = focal_issue_pairs_sorted (pairs, focal_issue_pair_is_complete);

  result = g_object_new (FOCAL_TYPE_COINCIDENCE, NULL);
  result->actor_a = g_strdup (actor_a);
  result->actor_b = g_strdup (actor_b);
  result->as_of = as_of != NULL ? focal_date_ref (as_of) : NULL;
  focal_coincidence_compute (result, complete);

  return result;
}

static void
focal_agreement_score_collect_cb (FocalPosition *position,
                                  guint          side,
                                  gpointer       user_data)
{
  GHashTable *pairs = user_data;
  FocalIssuePair *pair;

  if (focal_position_get_date (position) == NULL)
    return;

  pair = focal_issue_pair_lookup (pairs, focal_position_get_issue_id (position));
  /* An actor compared with itself sees each position twice in a row: keep
   * one. */
  if (pair->dated->len == 0 || pair->dated->pdata[pair->dated->len - 1] != position)
    g_ptr_array_add (pair->dated, position);
  pair->chosen[side] = position;
}

static int
focal_agreement_score_compare_dates (gconstpointer a,
                                     gconstpointer b)
{
  FocalPosition *pa = *(FocalPosition **) a;
  FocalPosition *pb = *(FocalPosition **) b;

  return focal_date_compare (focal_position_get_date (pa), focal_position_get_date (pb));
}

/* Walks the dated stances of one issue in date order, carrying each side's
 * latest stance forward, and records the distance the first and the last
 * time both sides are known. A date's positions all apply before the
 * distance is taken. */
static FocalConvergence *
focal_convergence_new_for_pair (FocalIssuePair *pair,
                                const char     *actor_a,
                                const char     *actor_b)
{
  FocalConvergence *self = g_object_new (FOCAL_TYPE_CONVERGENCE, NULL);
  GPtrArray *dated = pair->dated;
  gboolean known[2] = { FALSE, FALSE };
  double stance[2] = { 0.0, 0.0 };

  /* g_ptr_array_sort() is stable: equal dates keep graph order. */
  g_ptr_array_sort (dated, focal_agreement_score_compare_dates);
  self->issue_id = g_strdup (pair->issue_id);
  g_list_store_splice (self->positions, 0, 0, dated->pdata, dated->len);

  for (guint i = 0; i < dated->len; i++)
    {
      FocalPosition *position = g_ptr_array_index (dated, i);
      FocalDate *date = focal_position_get_date (position);
      const char *actor = focal_position_get_actor_id (position);

      for (guint side = 0; side < 2; side++)
        {
          if (strcmp (actor, side == 0 ? actor_a : actor_b) == 0)
            {
              stance[side] = focal_position_get_stance (position);
              known[side] = TRUE;
            }
        }

      if (i + 1 < dated->len &&
          focal_date_compare (date, focal_position_get_date (g_ptr_array_index (dated, i + 1))) == 0)
        continue;
      if (!known[0] || !known[1])
        continue;

      self->last_distance = fabs (stance[0] - stance[1]);
      g_clear_pointer (&self->last_date, focal_date_unref);
      self->last_date = focal_date_ref (date);
      if (self->first_date == NULL)
        {
          self->first_distance = self->last_distance;
          self->first_date = focal_date_ref (date);
        }
    }

  return self;
}

/**
 * focal_view_dup_convergence:
 * @self: a view
 * @actor_a: the id of an actor
 * @actor_b: the id of another actor
 * @error: return location for an error
 *
 * Follows, issue by issue, whether the stances of two actors grew closer
 * or further apart.
 *
 * Only positions in the view with both a numeric stance and a date count.
 * For each issue on which both actors have at least one, the positions
 * are walked in date order ([method@Date.compare]), each side keeping its
 * latest stance until it states a new one; all positions of one date apply
 * together. [property@Convergence:first-distance] is `|a - b|` at the
 * first date at which both sides have a stance,
 * [property@Convergence:last-distance] after the last position. An issue
 * on which both actors stated a single stance each gives a change of 0.
 * Use [func@Convergence.mean_change] to sum the items up.
 *
 * Items are sorted by issue id in byte order. Costs O(p + q log q) for the
 * p positions of the graph and the q dated positions of the two actors.
 *
 * Returns: (transfer full): a list model of [class@Convergence], or
 *   `NULL` with @error set: `FOCAL_ERROR_UNKNOWN_ID` when an id is not in
 *   the graph, `FOCAL_ERROR_WRONG_KIND` when it is not an actor
 */
GListModel *
focal_view_dup_convergence (FocalView   *self,
                            const char  *actor_a,
                            const char  *actor_b,
                            GError     **error)
{
  g_autoptr(GHashTable) pairs = NULL;
  g_autoptr(GPtrArray) complete = NULL;
  GListStore *result;
  FocalGraph *graph;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (actor_a != NULL, NULL);
  g_return_val_if_fail (actor_b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  graph = focal_view_get_graph (self);
  if (!focal_agreement_score_check_actor (graph, actor_a, error) ||
      !focal_agreement_score_check_actor (graph, actor_b, error))
    return NULL;

  pairs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                 (GDestroyNotify) focal_issue_pair_free);
  focal_agreement_score_each_stance (self, actor_a, actor_b,
                                     focal_agreement_score_collect_cb, pairs);
  complete = focal_issue_pairs_sorted (pairs, focal_issue_pair_is_complete);

  result = g_list_store_new (FOCAL_TYPE_CONVERGENCE);
  for (guint i = 0; i < complete->len; i++)
    {
      g_autoptr(FocalConvergence) item = NULL;

      item = focal_convergence_new_for_pair (g_ptr_array_index (complete, i), actor_a, actor_b);
      g_list_store_append (result, item);
    }

  return G_LIST_MODEL (result);
}
