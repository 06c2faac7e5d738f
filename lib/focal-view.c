/* focal-view.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-view.h"
#include "focal-view-private.h"

#include "focal-actor.h"
#include "focal-date.h"
#include "focal-enum-types.h"

/**
 * FocalView:
 *
 * A read-only, filtered look at a [class@Graph] that copies nothing.
 *
 * [ctor@View.new] sees the whole graph. Each of [method@View.at],
 * [method@View.with_link_kinds], [method@View.with_actor_kinds],
 * [method@View.with_levels], [method@View.with_countries] and
 * [method@View.with_tags] returns a new view that keeps its parent and adds
 * one condition, so views compose: an entity or link is in a view when it
 * meets the conditions of the view and of all its ancestors.
 *
 * ```c
 * g_autoptr(FocalDate) y1995 = focal_date_new (1995, 0, 0);
 * const char * const countries[] = { "CA", "MX", NULL };
 * g_autoptr(FocalView) all = focal_view_new (graph);
 * g_autoptr(FocalView) then = focal_view_at (all, y1995);
 * g_autoptr(FocalView) north = focal_view_with_countries (then, countries);
 * g_autoptr(GListModel) links = focal_view_dup_links (north);
 * ```
 *
 * The conditions on actors (kind, level, country) let every other kind of
 * entity through; the conditions on links (kinds) let every entity through.
 * A link is in a view when it meets the link conditions and both its ends
 * are in the view.
 *
 * A view is immutable, but the graph under it is not: each call answers
 * for the graph as it is at that moment. Take a [class@Network] for a
 * snapshot to run graph algorithms on.
 *
 * "Graph order", in which views list entities, is: actors, agreements,
 * forums, issues, positions, then events, each in the order they were added
 * to the graph.
 */

typedef enum
{
  FOCAL_VIEW_FILTER_NONE,
  FOCAL_VIEW_FILTER_DATE,
  FOCAL_VIEW_FILTER_LINK_KINDS,
  FOCAL_VIEW_FILTER_ACTOR_KINDS,
  FOCAL_VIEW_FILTER_LEVELS,
  FOCAL_VIEW_FILTER_COUNTRIES,
  FOCAL_VIEW_FILTER_TAGS,
} FocalViewFilter;

struct _FocalView
{
  GObject          parent_instance;

  FocalGraph      *graph;
  FocalView       *parent;

  FocalViewFilter  filter;
  FocalDate       *date;     /* FOCAL_VIEW_FILTER_DATE */
  gint32           date_first, date_last;  /* its days */
  guint64          mask;     /* the enum values a kind or level filter keeps */
  char           **strings;  /* the country codes or tags */
};

G_DEFINE_FINAL_TYPE (FocalView, focal_view, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GRAPH,
  PROP_PARENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
focal_view_country_matches (const char         *country,
                            const char * const *codes)
{
  if (country == NULL)
    return FALSE;

  for (guint i = 0; codes[i] != NULL; i++)
    {
      gsize len = strlen (codes[i]);

      if (strncmp (country, codes[i], len) == 0 &&
          (country[len] == '\0' || country[len] == '-'))
        return TRUE;
    }

  return FALSE;
}

static gboolean
focal_view_has_any_tag (FocalEntity        *entity,
                        const char * const *tags)
{
  for (guint i = 0; tags[i] != NULL; i++)
    {
      if (focal_entity_has_tag (entity, tags[i]))
        return TRUE;
    }

  return FALSE;
}

static gboolean
focal_view_mask_has (guint64 mask,
                     guint   value)
{
  return value < 64 && (mask & (G_GUINT64_CONSTANT (1) << value)) != 0;
}

/* The view's own condition on an entity, not its ancestors'. */
static gboolean
focal_view_filter_entity (FocalView   *self,
                          FocalEntity *entity)
{
  FocalActor *actor = FOCAL_IS_ACTOR (entity) ? FOCAL_ACTOR (entity) : NULL;

  switch (self->filter)
    {
    case FOCAL_VIEW_FILTER_NONE:
    case FOCAL_VIEW_FILTER_LINK_KINDS:
      return TRUE;
    case FOCAL_VIEW_FILTER_DATE:
      return focal_entity_is_valid_at (entity, self->date);
    case FOCAL_VIEW_FILTER_ACTOR_KINDS:
      return actor == NULL || focal_view_mask_has (self->mask, focal_actor_get_kind (actor));
    case FOCAL_VIEW_FILTER_LEVELS:
      return actor == NULL || focal_view_mask_has (self->mask, focal_actor_get_level (actor));
    case FOCAL_VIEW_FILTER_COUNTRIES:
      return actor == NULL ||
             focal_view_country_matches (focal_actor_get_country (actor),
                                         (const char * const *) self->strings);
    case FOCAL_VIEW_FILTER_TAGS:
      return focal_view_has_any_tag (entity, (const char * const *) self->strings);
    default:
      g_assert_not_reached ();
    }
}

/* The view's own condition on a link itself, not on its ends: its kind and
 * the days of its period (G_MININT32 .. G_MAXINT32 for none). */
static gboolean
focal_view_filter_link (FocalView     *self,
                        FocalLinkKind  kind,
                        gint32         first_day,
                        gint32         last_day)
{
  switch (self->filter)
    {
    case FOCAL_VIEW_FILTER_DATE:
      return _focal_days_overlap (first_day, last_day, self->date_first, self->date_last);
    case FOCAL_VIEW_FILTER_LINK_KINDS:
      return focal_view_mask_has (self->mask, kind);
    case FOCAL_VIEW_FILTER_NONE:
    case FOCAL_VIEW_FILTER_ACTOR_KINDS:
    case FOCAL_VIEW_FILTER_LEVELS:
    case FOCAL_VIEW_FILTER_COUNTRIES:
    case FOCAL_VIEW_FILTER_TAGS:
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

gboolean
_focal_view_accept_entity (FocalView   *self,
                           FocalEntity *entity)
{
  for (FocalView *view = self; view != NULL; view = view->parent)
    {
      if (!focal_view_filter_entity (view, entity))
        return FALSE;
    }

  return TRUE;
}

static gboolean
focal_view_accept_days (FocalView     *self,
                        FocalLinkKind  kind,
                        gint32         first_day,
                        gint32         last_day)
{
  for (FocalView *view = self; view != NULL; view = view->parent)
    {
      if (!focal_view_filter_link (view, kind, first_day, last_day))
        return FALSE;
    }

  return TRUE;
}

gboolean
_focal_view_accept_link (FocalView *self,
                         FocalLink *link)
{
  FocalDate *period = focal_link_get_period (link);

  return focal_view_accept_days (self, focal_link_get_kind (link),
                                 period != NULL ? focal_date_get_first_day (period) : G_MININT32,
                                 period != NULL ? focal_date_get_last_day (period) : G_MAXINT32);
}

gboolean
_focal_view_accept_row (FocalView              *self,
                        const FocalLinkColumns *links,
                        guint                   l)
{
  guint32 period = links->period[l];

  return focal_view_accept_days (self, links->kind[l],
                                 links->period_first[period], links->period_last[period]);
}

guint8 *
_focal_view_dup_node_mask (FocalView *self)
{
  guint n = _focal_graph_get_n_nodes (self->graph);
  guint8 *mask = g_new0 (guint8, MAX (n, 1));

  for (guint node = 0; node < n; node++)
    {
      FocalEntity *entity = _focal_graph_get_node (self->graph, node);

      mask[node] = entity != NULL && _focal_view_accept_entity (self, entity);
    }

  return mask;
}

/* Whether an end of a link is an entity of the graph that the view keeps. */
static gboolean
focal_view_accept_end (FocalView  *self,
                       const char *id)
{
  FocalEntity *entity = focal_graph_lookup (self->graph, id);

  return entity != NULL && _focal_view_accept_entity (self, entity);
}

static FocalView *
focal_view_derive (FocalView       *self,
                   FocalViewFilter  filter)
{
  FocalView *view = g_object_new (FOCAL_TYPE_VIEW, "graph", self->graph, NULL);

  view->parent = g_object_ref (self);
  view->filter = filter;

  return view;
}

static gboolean
focal_view_enum_is_valid (GType enum_type,
                          int   value)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  gboolean valid = value >= 0 && value < 64 && g_enum_get_value (klass, value) != NULL;

  g_type_class_unref (klass);

  return valid;
}

static void
focal_view_dispose (GObject *object)
{
  FocalView *self = FOCAL_VIEW (object);

  g_clear_object (&self->parent);
  g_clear_object (&self->graph);

  G_OBJECT_CLASS (focal_view_parent_class)->dispose (object);
}

static void
focal_view_finalize (GObject *object)
{
  FocalView *self = FOCAL_VIEW (object);

  g_clear_pointer (&self->date, focal_date_unref);
  g_clear_pointer (&self->strings, g_strfreev);

  G_OBJECT_CLASS (focal_view_parent_class)->finalize (object);
}

static void
focal_view_constructed (GObject *object)
{
  FocalView *self = FOCAL_VIEW (object);

  G_OBJECT_CLASS (focal_view_parent_class)->constructed (object);

  if (self->graph == NULL)
    g_critical ("FocalView created without a graph");
}

static void
focal_view_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FocalView *self = FOCAL_VIEW (object);

  switch (prop_id)
    {
    case PROP_GRAPH:
      g_value_set_object (value, focal_view_get_graph (self));
      break;

    case PROP_PARENT:
      g_value_set_object (value, focal_view_get_parent (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_view_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FocalView *self = FOCAL_VIEW (object);

  switch (prop_id)
    {
    case PROP_GRAPH:
      self->graph = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_view_class_init (FocalViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = focal_view_dispose;
  object_class->finalize = focal_view_finalize;
  object_class->constructed = focal_view_constructed;
  object_class->get_property = focal_view_get_property;
  object_class->set_property = focal_view_set_property;

  /**
   * FocalView:graph: (getter get_graph)
   *
   * The graph the view looks at, fixed at construction.
   */
  properties[PROP_GRAPH] =
    g_param_spec_object ("graph", NULL, NULL,
                         FOCAL_TYPE_GRAPH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalView:parent: (getter get_parent)
   *
   * The view this view narrows, or `NULL` for a view of the whole graph.
   */
  properties[PROP_PARENT] =
    g_param_spec_object ("parent", NULL, NULL,
                         FOCAL_TYPE_VIEW,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_view_init (FocalView *self)
{
  self->filter = FOCAL_VIEW_FILTER_NONE;
}

/**
 * focal_view_new:
 * @graph: the graph to look at
 *
 * Creates a view of a whole graph: every entity and every link.
 *
 * The view holds a reference to @graph.
 *
 * Returns: (transfer full): a new view
 */
FocalView *
focal_view_new (FocalGraph *graph)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (graph), NULL);

  return g_object_new (FOCAL_TYPE_VIEW, "graph", graph, NULL);
}

/**
 * focal_view_at:
 * @self: a view
 * @date: a date or interval
 *
 * Narrows a view to a date: "as of 1995".
 *
 * The new view keeps the entities whose validity overlaps @date and the
 * links whose period overlaps it. Entities without a validity interval and
 * links without a period hold at every date (see
 * [method@Entity.is_valid_at] and [method@Link.is_valid_at]).
 *
 * Returns: (transfer full): a new view whose parent is @self
 */
FocalView *
focal_view_at (FocalView *self,
               FocalDate *date)
{
  FocalView *view;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  view = focal_view_derive (self, FOCAL_VIEW_FILTER_DATE);
  view->date = focal_date_ref (date);
  view->date_first = focal_date_get_first_day (date);
  view->date_last = focal_date_get_last_day (date);

  return view;
}

/**
 * focal_view_with_link_kinds:
 * @self: a view
 * @kinds: (array length=n_kinds) (nullable): the kinds of link to keep
 * @n_kinds: the number of kinds
 *
 * Narrows a view to links of some kinds.
 *
 * Entities are not affected. [enum@LinkKind.ANY] among @kinds keeps every
 * kind; an empty list keeps no link.
 *
 * Returns: (transfer full): a new view whose parent is @self
 */
FocalView *
focal_view_with_link_kinds (FocalView           *self,
                            const FocalLinkKind *kinds,
                            guint                n_kinds)
{
  FocalView *view;
  guint64 mask = 0;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (kinds != NULL || n_kinds == 0, NULL);

  for (guint i = 0; i < n_kinds; i++)
    {
      g_return_val_if_fail (focal_view_enum_is_valid (FOCAL_TYPE_LINK_KIND, kinds[i]), NULL);

      if (kinds[i] == FOCAL_LINK_KIND_ANY)
        mask = G_MAXUINT64;
      else
        mask |= G_GUINT64_CONSTANT (1) << kinds[i];
    }

  view = focal_view_derive (self, FOCAL_VIEW_FILTER_LINK_KINDS);
  view->mask = mask;

  return view;
}

/**
 * focal_view_with_actor_kinds:
 * @self: a view
 * @kinds: (array length=n_kinds) (nullable): the kinds of actor to keep
 * @n_kinds: the number of kinds
 *
 * Narrows a view to actors of some kinds.
 *
 * Entities that are not actors are not affected. An empty list keeps no
 * actor.
 *
 * Returns: (transfer full): a new view whose parent is @self
 */
FocalView *
focal_view_with_actor_kinds (FocalView            *self,
                             const FocalActorKind *kinds,
                             guint                 n_kinds)
{
  FocalView *view;
  guint64 mask = 0;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (kinds != NULL || n_kinds == 0, NULL);

  for (guint i = 0; i < n_kinds; i++)
    {
      g_return_val_if_fail (focal_view_enum_is_valid (FOCAL_TYPE_ACTOR_KIND, kinds[i]), NULL);
      mask |= G_GUINT64_CONSTANT (1) << kinds[i];
    }

  view = focal_view_derive (self, FOCAL_VIEW_FILTER_ACTOR_KINDS);
  view->mask = mask;

  return view;
}

/**
 * focal_view_with_levels:
 * @self: a view
 * @levels: (array length=n_levels) (nullable): the levels to keep
 * @n_levels: the number of levels
 *
 * Narrows a view to actors working at some levels: federal ties only, or
 * person-to-person exchanges.
 *
 * The level compared is the actor's effective one, explicit or derived
 * ([property@Actor:level]). Entities that are not actors are not affected.
 * An empty list keeps no actor.
 *
 * Returns: (transfer full): a new view whose parent is @self
 */
FocalView *
focal_view_with_levels (FocalView        *self,
                        const FocalLevel *levels,
                        guint             n_levels)
{
  FocalView *view;
  guint64 mask = 0;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (levels != NULL || n_levels == 0, NULL);

  for (guint i = 0; i < n_levels; i++)
    {
      g_return_val_if_fail (focal_view_enum_is_valid (FOCAL_TYPE_LEVEL, levels[i]), NULL);
      mask |= G_GUINT64_CONSTANT (1) << levels[i];
    }

  view = focal_view_derive (self, FOCAL_VIEW_FILTER_LEVELS);
  view->mask = mask;

  return view;
}

/**
 * focal_view_with_countries:
 * @self: a view
 * @codes: (array zero-terminated=1): country codes, such as `"CA"` and `"MX"`
 *
 * Narrows a view to actors of some countries.
 *
 * An actor matches a code when its country is that code or one of its
 * subdivisions: `"CA"` matches `"CA"` and `"CA-QC"`, `"CA-QC"` matches
 * only Quebec. Actors without a country match no code. Entities that are
 * not actors are not affected.
 *
 * Returns: (transfer full): a new view whose parent is @self
 */
FocalView *
focal_view_with_countries (FocalView          *self,
                           const char * const *codes)
{
  FocalView *view;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (codes != NULL, NULL);

  view = focal_view_derive (self, FOCAL_VIEW_FILTER_COUNTRIES);
  view->strings = g_strdupv ((char **) codes);

  return view;
}

/**
 * focal_view_with_tags:
 * @self: a view
 * @tags: (array zero-terminated=1): tags
 *
 * Narrows a view to entities with at least one of some tags.
 *
 * This condition applies to entities of every kind. An empty list keeps no
 * entity.
 *
 * Returns: (transfer full): a new view whose parent is @self
 */
FocalView *
focal_view_with_tags (FocalView          *self,
                      const char * const *tags)
{
  FocalView *view;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (tags != NULL, NULL);

  view = focal_view_derive (self, FOCAL_VIEW_FILTER_TAGS);
  view->strings = g_strdupv ((char **) tags);

  return view;
}

/**
 * focal_view_get_graph: (get-property graph)
 * @self: a view
 *
 * Gets the graph the view looks at.
 *
 * Returns: (transfer none): the graph
 */
FocalGraph *
focal_view_get_graph (FocalView *self)
{
  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);

  return self->graph;
}

/**
 * focal_view_get_parent: (get-property parent)
 * @self: a view
 *
 * Gets the view this view narrows.
 *
 * Returns: (transfer none) (nullable): the parent view, or `NULL` for a
 *   view made by [ctor@View.new]
 */
FocalView *
focal_view_get_parent (FocalView *self)
{
  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);

  return self->parent;
}

/**
 * focal_view_contains:
 * @self: a view
 * @entity: an entity
 *
 * Checks whether an entity is in the view.
 *
 * An entity that is not in the view's graph is in none of its views. Costs
 * O(depth) for a view derived depth times, plus the number of codes or
 * tags the country and tag conditions list.
 *
 * Returns: `TRUE` if @entity belongs to the graph and meets every condition
 */
gboolean
focal_view_contains (FocalView   *self,
                     FocalEntity *entity)
{
  g_return_val_if_fail (FOCAL_IS_VIEW (self), FALSE);
  g_return_val_if_fail (FOCAL_IS_ENTITY (entity), FALSE);

  if (focal_entity_get_graph (entity) != self->graph)
    return FALSE;

  return _focal_view_accept_entity (self, entity);
}

static gboolean
focal_view_graph_holds_link (FocalView *self,
                             FocalLink *link)
{
  return _focal_link_get_graph (link) == self->graph;
}

/**
 * focal_view_contains_link:
 * @self: a view
 * @link: a link
 *
 * Checks whether a link is in the view.
 *
 * A link is in the view when the view's graph holds it, it meets the link
 * conditions (date, kinds) and both its ends are in the view. Costs
 * O(depth) for a view derived depth times.
 *
 * Returns: `TRUE` if @link is in the view
 */
gboolean
focal_view_contains_link (FocalView *self,
                          FocalLink *link)
{
  g_return_val_if_fail (FOCAL_IS_VIEW (self), FALSE);
  g_return_val_if_fail (FOCAL_IS_LINK (link), FALSE);

  return _focal_view_accept_link (self, link) &&
         focal_view_accept_end (self, focal_link_get_source_id (link)) &&
         focal_view_accept_end (self, focal_link_get_target_id (link)) &&
         focal_view_graph_holds_link (self, link);
}

/**
 * focal_view_dup_entities:
 * @self: a view
 *
 * Collects the entities in the view, in graph order (see [class@View]).
 *
 * Costs O(n) over the graph's entities.
 *
 * Returns: (transfer full): a list model of [class@Entity]
 */
GListModel *
focal_view_dup_entities (FocalView *self)
{
  g_autoptr(GPtrArray) kept = NULL;
  GListModel *models[6];
  GListStore *result;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);

  models[0] = focal_graph_get_actors (self->graph);
  models[1] = focal_graph_get_agreements (self->graph);
  models[2] = focal_graph_get_forums (self->graph);
  models[3] = focal_graph_get_issues (self->graph);
  models[4] = focal_graph_get_positions (self->graph);
  models[5] = focal_graph_get_events (self->graph);

  kept = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      guint n = g_list_model_get_n_items (models[m]);

      for (guint i = 0; i < n; i++)
        {
          FocalEntity *entity = g_list_model_get_item (models[m], i);

          if (_focal_view_accept_entity (self, entity))
            g_ptr_array_add (kept, entity);
          else
            g_object_unref (entity);
        }
    }

  result = g_list_store_new (FOCAL_TYPE_ENTITY);
  g_list_store_splice (result, 0, 0, kept->pdata, kept->len);

  return G_LIST_MODEL (result);
}

/**
 * focal_view_dup_links:
 * @self: a view
 *
 * Collects the links in the view (see [method@View.contains_link]), in the
 * order they were added to the graph.
 *
 * Costs O(n + m) over the graph's entities and links, plus one object per
 * link kept.
 *
 * Returns: (transfer full): a list model of [class@Link]
 */
GListModel *
focal_view_dup_links (FocalView *self)
{
  g_autoptr(GPtrArray) kept = NULL;
  g_autofree guint8 *nodes = NULL;
  FocalLinkColumns links;
  GListStore *result;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);

  nodes = _focal_view_dup_node_mask (self);
  _focal_graph_get_link_columns (self->graph, &links);
  kept = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint l = 0; l < links.n_links; l++)
    {
      if (nodes[links.source[l]] && nodes[links.target[l]] &&
          _focal_view_accept_row (self, &links, l))
        g_ptr_array_add (kept, _focal_graph_dup_link (self->graph, l));
    }

  result = g_list_store_new (FOCAL_TYPE_LINK);
  g_list_store_splice (result, 0, 0, kept->pdata, kept->len);

  return G_LIST_MODEL (result);
}
