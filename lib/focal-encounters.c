/* focal-encounters.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-encounters.h"

#include "focal-actor.h"
#include "focal-count-private.h"
#include "focal-entity.h"
#include "focal-event.h"
#include "focal-forum.h"

/* Counting works on a forest built for one call: one node per event of the
 * graph, linked to the node of its parent. The selected nodes are arranged
 * once (which nested totals cut their parent's period into cells, which
 * nested events are only witnesses) and then counted for each period. */

typedef struct
{
  gint32 first;
  gint32 last;
} FocalEncounterSpan;

typedef struct _FocalEncounterNode FocalEncounterNode;

struct _FocalEncounterNode
{
  FocalEvent         *event;      /* owned */
  FocalEncounterNode *parent;     /* the node of the parent event, or NULL */

  /* The days the event's encounters lie in: its own date, clipped to its
   * parent's days, or its parent's days when it has no date. */
  gint32              first;
  gint32              last;

  guint               lo, hi;          /* the event's own count bounds */
  guint               lo_eff, hi_eff;  /* narrowed by the events nested in it */
  guint               lo_res, hi_res;  /* the encounters in none of its cells */

  GPtrArray          *children;   /* nested nodes still to arrange */
  GPtrArray          *cells;      /* dated nested totals, disjoint, by day */
  GPtrArray          *witnesses;  /* the other nested nodes */
  GArray             *pieces;     /* FocalEncounterSpan: the residual period */

  guint               selected : 1;
  guint               dated : 1;
  guint               in_residual : 1;  /* as a witness: within the residual period */
};

typedef struct
{
  FocalEncounterNode *nodes;   /* one per event, in the order of the graph */
  guint               n_nodes;
  GHashTable         *by_id;   /* event id → node */
  GPtrArray          *roots;   /* selected nodes whose parent is not selected */
  guint8             *marks;   /* per node: counted in the current period */
} FocalEncounterForest;

static void
focal_encounter_forest_clear (FocalEncounterForest *forest)
{
  for (guint i = 0; i < forest->n_nodes; i++)
    {
      FocalEncounterNode *node = &forest->nodes[i];

      g_clear_object (&node->event);
      g_clear_pointer (&node->children, g_ptr_array_unref);
      g_clear_pointer (&node->cells, g_ptr_array_unref);
      g_clear_pointer (&node->witnesses, g_ptr_array_unref);
      g_clear_pointer (&node->pieces, g_array_unref);
    }

  g_clear_pointer (&forest->nodes, g_free);
  g_clear_pointer (&forest->by_id, g_hash_table_unref);
  g_clear_pointer (&forest->roots, g_ptr_array_unref);
  g_clear_pointer (&forest->marks, g_free);
  forest->n_nodes = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FocalEncounterForest, focal_encounter_forest_clear)

/* Sums two bounds; FOCAL_COUNT_UNBOUNDED absorbs, and sums saturate. */
static guint
focal_encounters_add (guint a,
                      guint b)
{
  if (a == FOCAL_COUNT_UNBOUNDED || b == FOCAL_COUNT_UNBOUNDED ||
      a > FOCAL_COUNT_UNBOUNDED - b)
    return FOCAL_COUNT_UNBOUNDED;

  return a + b;
}

static void
focal_encounters_append (GPtrArray          **array,
                         FocalEncounterNode  *node)
{
  if (*array == NULL)
    *array = g_ptr_array_new ();

  g_ptr_array_add (*array, node);
}

static const char *
focal_encounters_article (const char *word)
{
  return strchr ("aeiou", word[0]) != NULL ? "an" : "a";
}

/* Checks that @id names an entity of type @type in @graph. */
static gboolean
focal_encounters_check_id (FocalGraph  *graph,
                           const char  *role,
                           const char  *id,
                           GType        type,
                           const char  *type_name,
                           GError     **error)
{
  FocalEntity *entity = focal_graph_lookup (graph, id);
  const char *kind;

  if (entity == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "%s \"%s\" is not in the graph", role, id);
      return FALSE;
    }

  if (!G_TYPE_CHECK_INSTANCE_TYPE (entity, type))
    {
      kind = focal_entity_get_kind_name (entity);
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "%s \"%s\" is %s %s, not %s %s", role, id,
                   focal_encounters_article (kind), kind,
                   focal_encounters_article (type_name), type_name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
focal_encounters_check_selection (FocalGraph          *graph,
                                  const char          *forum_id,
                                  const char * const  *participants,
                                  const char          *series_id,
                                  GError             **error)
{
  if (forum_id != NULL &&
      !focal_encounters_check_id (graph, "forum", forum_id, FOCAL_TYPE_FORUM, "forum", error))
    return FALSE;

  for (guint i = 0; participants != NULL && participants[i] != NULL; i++)
    {
      if (!focal_encounters_check_id (graph, "participant", participants[i],
                                      FOCAL_TYPE_ACTOR, "actor", error))
        return FALSE;
    }

  if (series_id != NULL)
    {
      if (!focal_encounters_check_id (graph, "series", series_id, FOCAL_TYPE_EVENT, "event", error))
        return FALSE;

      if (!focal_event_get_aggregate (FOCAL_EVENT (focal_graph_lookup (graph, series_id))))
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                       "series \"%s\" is a single event, not an aggregate", series_id);
          return FALSE;
        }
    }

  return TRUE;
}

/* Makes one node per event and links each to its parent's node. Fails if a
 * chain of parents loops, which the graph refuses on adding but a later
 * change of parent could still make. */
static gboolean
focal_encounter_forest_load (FocalEncounterForest  *forest,
                             FocalGraph            *graph,
                             GError               **error)
{
  GListModel *events = focal_graph_get_events (graph);

  forest->n_nodes = g_list_model_get_n_items (events);
  forest->nodes = g_new0 (FocalEncounterNode, forest->n_nodes);
  forest->marks = g_new0 (guint8, forest->n_nodes);
  forest->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  forest->roots = g_ptr_array_new ();

  for (guint i = 0; i < forest->n_nodes; i++)
    {
      FocalEncounterNode *node = &forest->nodes[i];

      node->event = g_list_model_get_item (events, i);
      focal_event_get_count_bounds (node->event, &node->lo, &node->hi);
      g_hash_table_insert (forest->by_id,
                           (gpointer) focal_entity_get_id (FOCAL_ENTITY (node->event)), node);
    }

  for (guint i = 0; i < forest->n_nodes; i++)
    {
      FocalEncounterNode *node = &forest->nodes[i];
      const char *parent_id = focal_event_get_parent_id (node->event);

      if (parent_id != NULL)
        node->parent = g_hash_table_lookup (forest->by_id, parent_id);
    }

  for (guint i = 0; i < forest->n_nodes; i++)
    {
      guint steps = 0;

      for (FocalEncounterNode *up = forest->nodes[i].parent; up != NULL; up = up->parent)
        {
          if (++steps > forest->n_nodes)
            {
              g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_CYCLE,
                           "event \"%s\": its chain of parents loops",
                           focal_entity_get_id (FOCAL_ENTITY (forest->nodes[i].event)));
              return FALSE;
            }
        }
    }

  return TRUE;
}

/* Whether @node or one of its ancestors belongs to @forum_id. */
static gboolean
focal_encounter_node_in_forum (FocalEncounterNode *node,
                               const char         *forum_id)
{
  for (; node != NULL; node = node->parent)
    {
      if (g_strcmp0 (focal_event_get_forum_id (node->event), forum_id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether @actor_id takes part in @node or in one of its ancestors. */
static gboolean
focal_encounter_node_has_participant (FocalEncounterNode *node,
                                      const char         *actor_id)
{
  for (; node != NULL; node = node->parent)
    {
      if (focal_event_has_participant (node->event, actor_id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
focal_encounter_node_in_series (FocalEncounterNode *node,
                                FocalEncounterNode *series)
{
  for (; node != NULL; node = node->parent)
    {
      if (node == series)
        return TRUE;
    }

  return FALSE;
}

static gboolean
focal_encounter_node_matches (FocalEncounterNode *node,
                              FocalView          *view,
                              const char         *forum_id,
                              const char * const *participants,
                              FocalEncounterNode *series)
{
  if (view != NULL && !focal_view_contains (view, FOCAL_ENTITY (node->event)))
    return FALSE;

  if (forum_id != NULL && !focal_encounter_node_in_forum (node, forum_id))
    return FALSE;

  for (guint i = 0; participants != NULL && participants[i] != NULL; i++)
    {
      if (!focal_encounter_node_has_participant (node, participants[i]))
        return FALSE;
    }

  return series == NULL || focal_encounter_node_in_series (node, series);
}

/* Every criterion is inherited by nested events, so the selected nodes are
 * whole subtrees: a node whose parent is not selected is a root. */
static void
focal_encounter_forest_select (FocalEncounterForest *forest,
                               FocalView            *view,
                               const char           *forum_id,
                               const char * const   *participants,
                               const char           *series_id)
{
  FocalEncounterNode *series = NULL;

  if (series_id != NULL)
    series = g_hash_table_lookup (forest->by_id, series_id);

  for (guint i = 0; i < forest->n_nodes; i++)
    {
      FocalEncounterNode *node = &forest->nodes[i];

      node->selected = focal_encounter_node_matches (node, view, forum_id, participants, series);
    }

  for (guint i = 0; i < forest->n_nodes; i++)
    {
      FocalEncounterNode *node = &forest->nodes[i];

      if (!node->selected)
        continue;

      if (node->parent != NULL && node->parent->selected)
        focal_encounters_append (&node->parent->children, node);
      else
        g_ptr_array_add (forest->roots, node);
    }
}

/* Sets the days of @node and of everything nested in it, within the days
 * [@first, @last] of its parent. */
static void
focal_encounter_node_place (FocalEncounterNode *node,
                            gint32              first,
                            gint32              last)
{
  FocalDate *date = focal_event_get_date (node->event);

  node->first = first;
  node->last = last;

  if (date != NULL)
    {
      gint32 own_first = MAX (first, focal_date_get_first_day (date));
      gint32 own_last = MIN (last, focal_date_get_last_day (date));

      /* A date outside the parent's contradicts the parent link, which the
       * graph refuses on adding: the event is then taken as undated. */
      if (own_first <= own_last)
        {
          node->first = own_first;
          node->last = own_last;
          node->dated = TRUE;
        }
    }

  for (guint i = 0; node->children != NULL && i < node->children->len; i++)
    focal_encounter_node_place (g_ptr_array_index (node->children, i), node->first, node->last);
}

/* By first day, the wider first, then in the order of the graph (the nodes
 * lie in one array in that order). */
static int
focal_encounter_node_compare (gconstpointer a,
                              gconstpointer b)
{
  const FocalEncounterNode *x = *(FocalEncounterNode * const *) a;
  const FocalEncounterNode *y = *(FocalEncounterNode * const *) b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  if (x->last != y->last)
    return x->last > y->last ? -1 : 1;

  return (x > y) - (x < y);
}

/* A nested total with a date is the complete count of its parent's
 * encounters in that period, so it can cut the parent's period. */
static gboolean
focal_encounter_node_is_cell (FocalEncounterNode *node)
{
  return node->dated && focal_event_get_aggregate (node->event);
}

/* Finds the cell that overlaps [@first, @last], if any. The cells are
 * disjoint and sorted, so their last days are sorted too. */
static FocalEncounterNode *
focal_encounter_node_find_cell (FocalEncounterNode *node,
                                gint32              first,
                                gint32              last)
{
  FocalEncounterNode *cell;
  guint lo = 0, hi;

  if (node->cells == NULL)
    return NULL;

  hi = node->cells->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      cell = g_ptr_array_index (node->cells, mid);
      if (cell->last < first)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo == node->cells->len)
    return NULL;

  cell = g_ptr_array_index (node->cells, lo);
  return cell->first <= last ? cell : NULL;
}

/* The least number of encounters that the witnesses of @node lying within
 * [@first, @last] (and, if @residual_only, within the residual period)
 * certainly make up: single events are distinct encounters, while totals
 * may share encounters with each other and with single events, so of them
 * only the largest counts. With @marks, marks the witnesses it looked at. */
static guint
focal_encounter_node_witnessed (FocalEncounterNode   *node,
                                gboolean              residual_only,
                                gint32                first,
                                gint32                last,
                                FocalEncounterForest *marks)
{
  guint singles = 0, largest = 0;

  for (guint i = 0; node->witnesses != NULL && i < node->witnesses->len; i++)
    {
      FocalEncounterNode *witness = g_ptr_array_index (node->witnesses, i);

      if ((residual_only && !witness->in_residual) ||
          witness->first < first || witness->last > last)
        continue;

      if (focal_event_get_aggregate (witness->event))
        largest = MAX (largest, witness->lo_eff);
      else
        singles++;

      if (marks != NULL && witness->hi_eff > 0)
        marks->marks[witness - marks->nodes] = TRUE;
    }

  return MAX (singles, largest);
}

/* Sorts the nested nodes of @node into cells and witnesses. A nested node
 * whose days lie within a cell is one of the cell's encounters and moves
 * into it; a dated total that overlaps a cell only partly is kept as a
 * witness. */
static void
focal_encounter_node_sort_children (FocalEncounterNode *node)
{
  g_autoptr(GPtrArray) others = NULL;

  if (node->children == NULL)
    return;

  g_ptr_array_sort (node->children, focal_encounter_node_compare);

  for (guint i = 0; i < node->children->len; i++)
    {
      FocalEncounterNode *child = g_ptr_array_index (node->children, i);
      FocalEncounterNode *last_cell = NULL;

      if (!focal_encounter_node_is_cell (child))
        {
          focal_encounters_append (&others, child);
          continue;
        }

      if (node->cells != NULL)
        last_cell = g_ptr_array_index (node->cells, node->cells->len - 1);

      if (last_cell == NULL || child->first > last_cell->last)
        focal_encounters_append (&node->cells, child);
      else if (child->last <= last_cell->last)
        focal_encounters_append (&last_cell->children, child);
      else
        focal_encounters_append (&node->witnesses, child);
    }

  for (guint i = 0; others != NULL && i < others->len; i++)
    {
      FocalEncounterNode *other = g_ptr_array_index (others, i);
      FocalEncounterNode *cell = focal_encounter_node_find_cell (node, other->first, other->last);

      if (cell != NULL && cell->first <= other->first && other->last <= cell->last)
        {
          focal_encounters_append (&cell->children, other);
        }
      else
        {
          other->in_residual = cell == NULL;
          focal_encounters_append (&node->witnesses, other);
        }
    }
}

/* Sets the residual period of @node: its days outside its cells. */
static void
focal_encounter_node_cut (FocalEncounterNode *node)
{
  gint64 day = node->first;

  node->pieces = g_array_new (FALSE, FALSE, sizeof (FocalEncounterSpan));

  for (guint i = 0; node->cells != NULL && i < node->cells->len; i++)
    {
      FocalEncounterNode *cell = g_ptr_array_index (node->cells, i);

      if (cell->first > day)
        {
          FocalEncounterSpan span = { (gint32) day, cell->first - 1 };

          g_array_append_val (node->pieces, span);
        }
      day = (gint64) cell->last + 1;
    }

  if (day <= node->last)
    {
      FocalEncounterSpan span = { (gint32) day, node->last };

      g_array_append_val (node->pieces, span);
    }
}

/* Computes the bounds of the residual of @node and narrows its own bounds
 * with what is nested in it, once its cells and witnesses have theirs. */
static void
focal_encounter_node_bound (FocalEncounterNode *node)
{
  guint sum_lo = 0, sum_hi = 0;

  for (guint i = 0; node->cells != NULL && i < node->cells->len; i++)
    {
      FocalEncounterNode *cell = g_ptr_array_index (node->cells, i);

      sum_lo = focal_encounters_add (sum_lo, cell->lo_eff);
      sum_hi = focal_encounters_add (sum_hi, cell->hi_eff);
    }

  /* Cells that fill the whole period but cannot hold the least count
   * contradict the total (often a subset by another criterion, dated like
   * its parent): the encounters they miss could then be anywhere. */
  if (node->pieces->len == 0 && sum_hi != FOCAL_COUNT_UNBOUNDED && node->lo > sum_hi)
    {
      FocalEncounterSpan span = { node->first, node->last };

      g_array_append_val (node->pieces, span);
    }

  if (node->pieces->len == 0)
    {
      node->lo_res = node->hi_res = 0;
    }
  else
    {
      node->lo_res = (sum_hi == FOCAL_COUNT_UNBOUNDED || node->lo <= sum_hi) ? 0 :
                     node->lo - sum_hi;
      node->lo_res = MAX (node->lo_res,
                          focal_encounter_node_witnessed (node, TRUE, FOCAL_DATE_DAY_MIN,
                                                          FOCAL_DATE_DAY_MAX, NULL));
      node->hi_res = (node->hi == FOCAL_COUNT_UNBOUNDED) ? FOCAL_COUNT_UNBOUNDED :
                     (node->hi > sum_lo ? node->hi - sum_lo : 0);
      node->hi_res = MAX (node->hi_res, node->lo_res);
    }

  node->lo_eff = MAX (node->lo, focal_encounters_add (sum_lo, node->lo_res));
  node->lo_eff = MAX (node->lo_eff,
                      focal_encounter_node_witnessed (node, FALSE, FOCAL_DATE_DAY_MIN,
                                                      FOCAL_DATE_DAY_MAX, NULL));
  node->hi_eff = MIN (node->hi, focal_encounters_add (sum_hi, node->hi_res));
  node->hi_eff = MAX (node->hi_eff, node->lo_eff);
}

static void
focal_encounter_node_arrange (FocalEncounterNode *node)
{
  focal_encounter_node_sort_children (node);

  for (guint i = 0; node->cells != NULL && i < node->cells->len; i++)
    focal_encounter_node_arrange (g_ptr_array_index (node->cells, i));
  for (guint i = 0; node->witnesses != NULL && i < node->witnesses->len; i++)
    focal_encounter_node_arrange (g_ptr_array_index (node->witnesses, i));

  focal_encounter_node_cut (node);
  focal_encounter_node_bound (node);
}

/* Adds what the residual of @node, a node that straddles [@first, @last],
 * contributes to that period to [@min, @max]. */
static void
focal_encounter_node_count_residual (FocalEncounterNode   *node,
                                     FocalEncounterForest *forest,
                                     gint32                first,
                                     gint32                last,
                                     guint                *min,
                                     guint                *max)
{
  gboolean inside = TRUE, outside = TRUE;
  guint witnessed;

  if (node->hi_res == 0)
    return;

  for (guint i = 0; i < node->pieces->len; i++)
    {
      FocalEncounterSpan *span = &g_array_index (node->pieces, FocalEncounterSpan, i);

      if (span->first < first || span->last > last)
        inside = FALSE;
      if (span->last >= first && span->first <= last)
        outside = FALSE;
    }

  if (outside)
    return;

  forest->marks[node - forest->nodes] = TRUE;
  if (inside)
    {
      *min = focal_encounters_add (*min, node->lo_res);
      *max = focal_encounters_add (*max, node->hi_res);
      return;
    }

  witnessed = focal_encounter_node_witnessed (node, TRUE, first, last, forest);
  *min = focal_encounters_add (*min, MIN (witnessed, node->hi_res));
  *max = focal_encounters_add (*max, node->hi_res);
}

/* Adds the encounters of @node within [@first, @last] to [@min, @max]. */
static void
focal_encounter_node_count (FocalEncounterNode   *node,
                            FocalEncounterForest *forest,
                            gint32                first,
                            gint32                last,
                            guint                *min,
                            guint                *max)
{
  guint lo = 0, hi = 0;

  if (first <= node->first && node->last <= last)
    {
      *min = focal_encounters_add (*min, node->lo_eff);
      *max = focal_encounters_add (*max, node->hi_eff);
      if (node->hi_eff > 0)
        forest->marks[node - forest->nodes] = TRUE;
      return;
    }

  if (node->last < first || node->first > last)
    return;

  for (guint i = 0; node->cells != NULL && i < node->cells->len; i++)
    focal_encounter_node_count (g_ptr_array_index (node->cells, i), forest,
                                first, last, &lo, &hi);
  focal_encounter_node_count_residual (node, forest, first, last, &lo, &hi);

  /* Whatever is nested in @node and lies within the period is counted in
   * it, even a total that overlaps a cell only in part. */
  lo = MAX (lo, focal_encounter_node_witnessed (node, FALSE, first, last, forest));
  hi = MAX (hi, lo);

  *min = focal_encounters_add (*min, lo);
  *max = focal_encounters_add (*max, hi);
}

/* Checks the selection and builds the arranged forest of the selected
 * events. */
static gboolean
focal_encounter_forest_init (FocalEncounterForest  *forest,
                             FocalGraph            *graph,
                             FocalView             *view,
                             const char            *forum_id,
                             const char * const    *participants,
                             const char            *series_id,
                             GError               **error)
{
  if (!focal_encounters_check_selection (graph, forum_id, participants, series_id, error) ||
      !focal_encounter_forest_load (forest, graph, error))
    return FALSE;

  focal_encounter_forest_select (forest, view, forum_id, participants, series_id);

  for (guint i = 0; i < forest->roots->len; i++)
    {
      FocalEncounterNode *root = g_ptr_array_index (forest->roots, i);

      focal_encounter_node_place (root, FOCAL_DATE_DAY_MIN, FOCAL_DATE_DAY_MAX);
      focal_encounter_node_arrange (root);
    }

  return TRUE;
}

static FocalCount *
focal_encounter_forest_count (FocalEncounterForest *forest,
                              FocalDate            *period)
{
  g_autoptr(GListStore) events = g_list_store_new (FOCAL_TYPE_EVENT);
  gint32 first = period != NULL ? focal_date_get_first_day (period) : FOCAL_DATE_DAY_MIN;
  gint32 last = period != NULL ? focal_date_get_last_day (period) : FOCAL_DATE_DAY_MAX;
  guint min = 0, max = 0;

  if (forest->n_nodes > 0)
    memset (forest->marks, 0, forest->n_nodes);

  for (guint i = 0; i < forest->roots->len; i++)
    focal_encounter_node_count (g_ptr_array_index (forest->roots, i), forest,
                                first, last, &min, &max);

  for (guint i = 0; i < forest->n_nodes; i++)
    {
      if (forest->marks[i])
        g_list_store_append (events, forest->nodes[i].event);
    }

  return _focal_count_new (min, max, period, G_LIST_MODEL (events));
}

/**
 * focal_graph_count_encounters:
 * @self: a graph
 * @forum_id: (nullable): count only the encounters of this forum, or `NULL`
 * @participants: (nullable) (array zero-terminated=1): count only the
 *   encounters in which all of these actors take part, or `NULL`
 * @series_id: (nullable): count only this aggregate event and what is
 *   nested in it, or `NULL`
 * @period: (nullable): the period to count, or `NULL` for all time
 * @error: return location for an error
 *
 * Counts the encounters that single events and aggregate totals record,
 * as honest lower and upper bounds.
 *
 * ## Selection
 *
 * An event is selected when it, or an aggregate it is nested in, belongs to
 * the forum @forum_id; when every actor of @participants takes part in it
 * or in an aggregate it is nested in; and when it is @series_id or nested
 * in it. Nested events thus inherit the forum and the participants of the
 * totals that enclose them. When an event is selected but the aggregate it
 * is nested in is not (its participants are only given on the nested
 * event), the nested event is counted on its own: the rest of the unselected
 * total is not attributed to the selection.
 *
 * ## What the data says
 *
 * - A single event is one encounter. Nested in an aggregate (see
 *   [property@Event:parent-id]), it is one of the aggregate's encounters,
 *   already inside its total, and is never counted besides it.
 * - A nested aggregate with a date is the complete count of its parent's
 *   encounters in its period: "13 JMC meetings between 1968 and 1999, five
 *   of which between 1989 and 1999" leaves exactly eight for 1968–1988.
 * - A nested aggregate without a date is some of its parent's encounters
 *   ("seven of them in Ottawa").
 * - An event without a date can be anywhere within the period of the
 *   aggregate it is nested in, or at any time if it is nested in none: it
 *   straddles every period but the whole of time.
 * - Events that are not nested in one another are separate encounters,
 *   even when their periods overlap.
 * - Dates count by the days they cover ([method@Date.get_first_day] to
 *   [method@Date.get_last_day]); uncertain and approximate dates are taken
 *   at face value.
 *
 * ## How it counts
 *
 * The selected events form a forest along their parent links. The count is
 * the sum, over its roots, of what each event N contributes to the period
 * P, where N covers the days D and allows [lo, hi] encounters:
 *
 * - if D lies within P, N contributes [lo, hi];
 * - if D and P are disjoint, it contributes nothing;
 * - otherwise (D straddles P, or N has no date) the dated aggregates
 *   nested in N, its "cells", contribute what they contain, recursively,
 *   and the rest R of N, the encounters in no cell, allows
 *   [max(0, lo − Σ hi of the cells), hi − Σ lo of the cells] encounters
 *   that lie in D minus the cells' periods. If that residual period lies
 *   within P, R contributes fully; if it is disjoint from P, nothing;
 *   otherwise [w, hi of R], where w is the number of nested single events
 *   known to lie in both.
 *
 * Nested single events and undated totals do not cut the residual period
 * (a meeting recorded in 1995 does not say there was no other that year),
 * and a nested event whose days lie within a cell's is one of the cell's
 * encounters. A dated total that overlaps a sibling's period only in part
 * serves only as a lower bound, and when nested totals fill their parent's
 * period but cannot hold its least count, the encounters they miss may lie
 * anywhere in it. The bounds of an aggregate are also
 * narrowed by what is nested in it: a total of "at most 20" holding
 * nested totals of exactly 5 and 7 allows [12, 20]. Sums saturate at
 * [const@COUNT_UNBOUNDED], and an unbounded bound stays unbounded.
 *
 * With the JMC example above, all time and 1968–1999 give exactly 13,
 * 1989–1999 exactly 5, 1968–1988 exactly 8, and 1980–1990 between 0 and
 * 13 (up to 8 of the first period's and up to 5 of the second's).
 *
 * Each call costs O(n·d + n log n) for the n events of the graph nested d
 * deep, and a list of periods (see
 * [method@Graph.count_encounters_series]) O(n) more per period.
 *
 * @forum_id must name a forum and @participants actors of the graph, and
 * @series_id an aggregate event: an unknown id is `FOCAL_ERROR_UNKNOWN_ID`,
 * an id of another kind `FOCAL_ERROR_WRONG_KIND`, and a chain of parents
 * that loops `FOCAL_ERROR_CYCLE`.
 *
 * Returns: (transfer full) (nullable): the count, or `NULL` with @error set
 */
FocalCount *
focal_graph_count_encounters (FocalGraph          *self,
                              const char          *forum_id,
                              const char * const  *participants,
                              const char          *series_id,
                              FocalDate           *period,
                              GError             **error)
{
  g_auto(FocalEncounterForest) forest = { 0, };

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!focal_encounter_forest_init (&forest, self, NULL, forum_id, participants, series_id, error))
    return NULL;

  return focal_encounter_forest_count (&forest, period);
}

static gboolean
focal_encounters_check_breaks (const int  *breaks,
                               guint       n_breaks,
                               GError    **error)
{
  if (n_breaks < 2)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                   "a series needs at least 2 breaks, got %u", n_breaks);
      return FALSE;
    }

  for (guint i = 1; i < n_breaks; i++)
    {
      if (breaks[i] <= breaks[i - 1])
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                       "breaks must increase: break %u (%d) does not come after %d",
                       i, breaks[i], breaks[i - 1]);
          return FALSE;
        }
    }

  if (breaks[0] < 1 || breaks[n_breaks - 1] > 10000)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_OUT_OF_RANGE,
                   "breaks %d to %d: the years of a series must lie in [1, 9999]",
                   breaks[0], breaks[n_breaks - 1]);
      return FALSE;
    }

  return TRUE;
}

static FocalDate *
focal_encounters_years (int first,
                        int last)
{
  g_autoptr(FocalDate) start = focal_date_new (first, 0, 0);
  g_autoptr(FocalDate) end = focal_date_new (last, 0, 0);

  return focal_date_new_interval (start, end);
}

static GListStore *focal_encounters_count_bins (FocalEncounterForest *forest,
                                                const int            *breaks,
                                                guint                 n_breaks);

/**
 * focal_graph_count_encounters_series:
 * @self: a graph
 * @forum_id: (nullable): count only the encounters of this forum, or `NULL`
 * @participants: (nullable) (array zero-terminated=1): count only the
 *   encounters in which all of these actors take part, or `NULL`
 * @series_id: (nullable): count only this aggregate event and what is
 *   nested in it, or `NULL`
 * @breaks: (array length=n_breaks): the years where bins start, increasing;
 *   the last one closes the last bin
 * @n_breaks: the number of breaks, at least 2
 * @error: return location for an error
 *
 * Counts encounters per period, for plotting a series with its bounds.
 *
 * Bin i covers the years from `breaks[i]` to `breaks[i + 1] - 1`, so
 * @n_breaks breaks make @n_breaks − 1 bins: `1968, 1969, …, 2000` gives
 * one bin per year from 1968 to 1999, and `1960, 1970, 1980, 1990, 2000`
 * one per decade. Each bin is counted as [method@Graph.count_encounters]
 * counts a period, with the same selection; its [property@Count:period] is
 * the interval of its years. Plot [property@Count:min] and
 * [property@Count:max] as a band: where they differ, the sources do not
 * say how the encounters fall within the bins.
 *
 * The selection is checked and arranged once, so a series costs
 * O(n·d + n log n) plus O(n) per bin for the n events of the graph nested
 * d deep.
 *
 * Fewer than 2 breaks, or breaks that do not increase, are
 * `FOCAL_ERROR_INVALID_VALUE`; years outside 1 to 9999
 * `FOCAL_ERROR_OUT_OF_RANGE`. The selection fails as in
 * [method@Graph.count_encounters].
 *
 * Returns: (transfer full) (nullable): a list model of [class@Count], one
 *   per bin in order, or `NULL` with @error set
 */
GListModel *
focal_graph_count_encounters_series (FocalGraph          *self,
                                     const char          *forum_id,
                                     const char * const  *participants,
                                     const char          *series_id,
                                     const int           *breaks,
                                     guint                n_breaks,
                                     GError             **error)
{
  g_auto(FocalEncounterForest) forest = { 0, };
  g_autoptr(GListStore) counts = NULL;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (breaks != NULL || n_breaks == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!focal_encounters_check_breaks (breaks, n_breaks, error) ||
      !focal_encounter_forest_init (&forest, self, NULL, forum_id, participants, series_id, error))
    return NULL;

  counts = focal_encounters_count_bins (&forest, breaks, n_breaks);
  return G_LIST_MODEL (g_steal_pointer (&counts));
}

static GListStore *
focal_encounters_count_bins (FocalEncounterForest *forest,
                             const int            *breaks,
                             guint                 n_breaks)
{
  GListStore *counts;

  counts = g_list_store_new (FOCAL_TYPE_COUNT);
  for (guint i = 0; i + 1 < n_breaks; i++)
    {
      g_autoptr(FocalDate) period = focal_encounters_years (breaks[i], breaks[i + 1] - 1);
      g_autoptr(FocalCount) count = focal_encounter_forest_count (forest, period);

      g_list_store_append (counts, count);
    }

  return counts;
}

/**
 * focal_view_count_encounters:
 * @self: a view
 * @forum_id: (nullable): count only the encounters of this forum, or `NULL`
 * @participants: (nullable) (array zero-terminated=1): count only the
 *   encounters in which all of these actors take part, or `NULL`
 * @series_id: (nullable): count only this aggregate event and what is
 *   nested in it, or `NULL`
 * @period: (nullable): the period to count, or `NULL` for all time
 * @error: return location for an error
 *
 * Counts encounters like [method@Graph.count_encounters], among the events
 * the view contains only.
 *
 * An event the view leaves out takes what is nested in it with it, since
 * nested events inherit the selection of the totals that enclose them;
 * a nested event the view keeps whose total it leaves out is counted on
 * its own. Costs the same as [method@Graph.count_encounters] plus one
 * [method@View.contains] per event.
 *
 * Returns: (transfer full) (nullable): the count, or `NULL` with @error set
 */
FocalCount *
focal_view_count_encounters (FocalView           *self,
                             const char          *forum_id,
                             const char * const  *participants,
                             const char          *series_id,
                             FocalDate           *period,
                             GError             **error)
{
  g_auto(FocalEncounterForest) forest = { 0, };

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!focal_encounter_forest_init (&forest, focal_view_get_graph (self), self, forum_id,
                                    participants, series_id, error))
    return NULL;

  return focal_encounter_forest_count (&forest, period);
}

/**
 * focal_view_count_encounters_series:
 * @self: a view
 * @forum_id: (nullable): count only the encounters of this forum, or `NULL`
 * @participants: (nullable) (array zero-terminated=1): count only the
 *   encounters in which all of these actors take part, or `NULL`
 * @series_id: (nullable): count only this aggregate event and what is
 *   nested in it, or `NULL`
 * @breaks: (array length=n_breaks): the first year of each period, then
 *   the year after the last one
 * @n_breaks: the number of years in @breaks
 * @error: return location for an error
 *
 * Counts encounters per period like [method@Graph.count_encounters_series],
 * among the events the view contains only.
 *
 * Returns: (transfer full) (nullable): a list model of [class@Count], one
 *   per period, or `NULL` with @error set
 */
GListModel *
focal_view_count_encounters_series (FocalView           *self,
                                    const char          *forum_id,
                                    const char * const  *participants,
                                    const char          *series_id,
                                    const int           *breaks,
                                    guint                n_breaks,
                                    GError             **error)
{
  g_auto(FocalEncounterForest) forest = { 0, };

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (breaks != NULL || n_breaks == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!focal_encounters_check_breaks (breaks, n_breaks, error) ||
      !focal_encounter_forest_init (&forest, focal_view_get_graph (self), self, forum_id,
                                    participants, series_id, error))
    return NULL;

  return G_LIST_MODEL (focal_encounters_count_bins (&forest, breaks, n_breaks));
}
