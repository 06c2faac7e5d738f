/* focal-graph.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-graph.h"
#include "focal-graph-private.h"
#include "focal-hash-private.h"
#include "focal-id-index-private.h"

#include <string.h>

#include "focal-actor.h"
#include "focal-agreement.h"
#include "focal-date.h"
#include "focal-entity-private.h"
#include "focal-enum-types.h"
#include "focal-event.h"
#include "focal-forum.h"
#include "focal-issue.h"
#include "focal-membership.h"
#include "focal-position.h"

/**
 * FocalGraph:
 *
 * The container of a relationship: it owns every entity, link and source,
 * keeps ids unique, refuses dangling references, and answers questions
 * about who is linked to whom and when.
 *
 * ```c
 * g_autoptr(FocalGraph) graph = focal_graph_new ();
 * g_autoptr(FocalActor) ec = focal_actor_new ("elections-canada", FOCAL_ACTOR_KIND_AGENCY);
 * g_autoptr(FocalActor) ife = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
 * g_autoptr(FocalLink) link = focal_link_new ("elections-canada",
 *                                             FOCAL_LINK_KIND_COOPERATES_WITH,
 *                                             "ife");
 * g_autoptr(GError) error = NULL;
 *
 * if (!focal_graph_add (graph, FOCAL_ENTITY (ec), &error) ||
 *     !focal_graph_add (graph, FOCAL_ENTITY (ife), &error) ||
 *     !focal_graph_add_link (graph, link, &error))
 *   g_printerr ("%s\n", error->message);
 * ```
 *
 * Each kind of entity is available as a [iface@Gio.ListModel]
 * ([method@Graph.get_actors], [method@Graph.get_links] …), so the graph can
 * be shown directly in GTK list views or iterated from Python and
 * JavaScript. The models keep the order in which things were added.
 *
 * Lookups by id are O(1) on average (ids are hashed with a per-process
 * random key, so crafted ids cannot make them collide); the links of an
 * entity are indexed, so [method@Graph.dup_links_for] and
 * [method@Graph.dup_neighbors] cost O(degree).
 *
 * The graph stores its links as a packed table (about 25 bytes a link, plus
 * their optional parts) rather than one object each: a [class@Link] is
 * made when someone asks for one, and the same object is returned while
 * anyone holds it. Links given to [method@Graph.add_link] stay held by the
 * graph. For bulk work, [method@Graph.dup_link_column] copies a whole
 * column at once. docs/complexity.md gives the cost of every query.
 */

/* The links of one node: their positions in the link table, and the node
 * at the other end of each, so that neighbours need not read the table. */
typedef struct
{
  guint32 *links;
  guint32 *others;     /* the node at the other end of each */
  guint32  n_links;
  guint32  capacity;
} FocalAdjacency;

struct _FocalGraph
{
  GObject         parent_instance;

  /* Entities are nodes: an index into nodes and adjacency. */
  FocalIdIndex   *ids;          /* entity id → node */
  GPtrArray      *nodes;        /* FocalEntity (owned) by node; NULL for a free slot */
  GArray         *free_nodes;   /* guint: free slots of nodes, reused first */
  FocalAdjacency *adjacency;    /* by node; adjacency_capacity of them */
  guint8         *node_ends;    /* by node: what kind of link end it is (END_*) */
  guint           adjacency_capacity;

  GHashTable     *sources;      /* id → FocalSource (owned) */
  GHashTable     *parts;        /* parent id → GPtrArray of FocalEntity (borrowed) */

  /* The link table: one column per field, a row per link, in the order of
   * the links model. */
  guint           n_links;
  guint           links_capacity;
  guint32        *link_source;  /* node */
  guint32        *link_target;  /* node */
  guint8         *link_kind;    /* FocalLinkKind */
  guint32        *link_period;  /* index in periods, 0 for none */
  guint32        *link_data;    /* index in data, 0 for none */
  double         *link_weight;  /* past 65,536 distinct weights; else NULL */
  guint16        *weight_code;  /* while there are fewer: index in weight_values */
  GArray         *weight_values; /* double; [0] is 1 */
  GHashTable     *weight_index; /* bits of a weight (in a guint64 key) → code + 1 */

  GPtrArray      *periods;      /* FocalDate (owned), interned; [0] is NULL */
  GArray         *period_first; /* gint32 first day of each period */
  GArray         *period_last;  /* gint32 last day of each period */
  GHashTable     *period_index; /* FocalDate (borrowed) → index in periods */
  GPtrArray      *data;         /* FocalLinkData (owned) or NULL; [0] is NULL */
  GArray         *free_data;    /* guint32: free slots of data */
  /* Links whose only optional part is their attributes share a read-only
   * FocalLinkData per attribute block: their link_data is
   * FOCAL_GRAPH_SHARED_DATA | index in shared_data. */
  GPtrArray      *shared_data;  /* FocalLinkData (owned), attributes only */
  GHashTable     *shared_index; /* attribute block → index in shared_data + 1 */

  /* The link objects handed out: link position → GWeakRef of its object. */
  GMutex          proxy_lock;
  GHashTable     *proxies;
  /* The link objects added with focal_graph_add_link(): the graph holds
   * them, as callers of the public API expect. Position → FocalLink. */
  GHashTable     *pinned;

  GListStore     *actors;
  GListStore     *agreements;
  GListStore     *forums;
  GListStore     *issues;
  GListStore     *positions;
  GListStore     *events;
  GListModel     *links;        /* FocalLinkList */
  guint64         link_stamp;   /* how many times links were removed */
  guint           bulk_depth;   /* > 0: appends are announced at the end */
  guint           bulk_first;   /* the first row appended in bulk */
  gboolean        bulk_link_added; /* "link-added" had handlers when the bulk began */
  guint           adjacency_done; /* rows [0, this) are in the adjacency lists */
  GListStore     *source_store;
};

/* The links model: a view of the link table that creates link objects
 * when asked for them. */
#define FOCAL_TYPE_LINK_LIST (focal_link_list_get_type ())
G_DECLARE_FINAL_TYPE (FocalLinkList, focal_link_list, FOCAL, LINK_LIST, GObject)

struct _FocalLinkList
{
  GObject     parent_instance;
  FocalGraph *graph;   /* unowned; cleared when the graph goes */
};

static GType
focal_link_list_get_item_type (GListModel *model)
{
  return FOCAL_TYPE_LINK;
}

static guint
focal_link_list_get_n_items (GListModel *model)
{
  FocalLinkList *self = FOCAL_LINK_LIST (model);

  return self->graph != NULL ? self->graph->n_links : 0;
}

static gpointer
focal_link_list_get_item (GListModel *model,
                          guint       position)
{
  FocalLinkList *self = FOCAL_LINK_LIST (model);

  if (self->graph == NULL || position >= self->graph->n_links)
    return NULL;

  return _focal_graph_dup_link (self->graph, position);
}

static void
focal_link_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = focal_link_list_get_item_type;
  iface->get_n_items = focal_link_list_get_n_items;
  iface->get_item = focal_link_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (FocalLinkList, focal_link_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      focal_link_list_model_init))

static void
focal_link_list_class_init (FocalLinkListClass *klass)
{
}

static void
focal_link_list_init (FocalLinkList *self)
{
}

G_DEFINE_FINAL_TYPE (FocalGraph, focal_graph, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_ENTITIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ENTITY_ADDED,
  ENTITY_REMOVED,
  LINK_ADDED,
  LINK_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void focal_graph_finalize          (GObject     *object);
static guint focal_graph_end_of           (FocalEntity *entity);

/* The link table ------------------------------------------------------ */

static void
focal_graph_free_link_data (gpointer data)
{
  if (data == NULL)
    return;

  _focal_link_data_clear (data);
  g_free (data);
}

static void
focal_graph_free_node (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

static void
focal_graph_free_period (gpointer data)
{
  if (data != NULL)
    focal_date_unref (data);
}

static void
focal_graph_free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
focal_graph_ensure_adjacency (FocalGraph *self,
                              guint       n_nodes)
{
  guint capacity = self->adjacency_capacity;

  if (n_nodes <= capacity)
    return;

  capacity = MAX (MAX (16, capacity * 2), n_nodes);
  self->adjacency = g_renew (FocalAdjacency, self->adjacency, capacity);
  memset (self->adjacency + self->adjacency_capacity, 0,
          sizeof (FocalAdjacency) * (capacity - self->adjacency_capacity));
  self->node_ends = g_renew (guint8, self->node_ends, capacity);
  memset (self->node_ends + self->adjacency_capacity, 0, capacity - self->adjacency_capacity);
  self->adjacency_capacity = capacity;
}

static void
focal_graph_adjacency_append (FocalAdjacency *adjacency,
                              guint32         link,
                              guint32         other)
{
  if (adjacency->n_links == adjacency->capacity)
    {
      adjacency->capacity = adjacency->capacity == 0 ? 4 : adjacency->capacity * 2;
      adjacency->links = g_renew (guint32, adjacency->links, adjacency->capacity);
      adjacency->others = g_renew (guint32, adjacency->others, adjacency->capacity);
    }
  adjacency->links[adjacency->n_links] = link;
  adjacency->others[adjacency->n_links] = other;
  adjacency->n_links++;
}

static void
focal_graph_adjacency_clear (FocalAdjacency *adjacency)
{
  g_clear_pointer (&adjacency->links, g_free);
  g_clear_pointer (&adjacency->others, g_free);
  adjacency->n_links = adjacency->capacity = 0;
}

static guint32
focal_graph_intern_period (FocalGraph *self,
                           FocalDate  *period)
{
  gpointer found;
  gint32 first, last;

  if (period == NULL)
    return 0;

  found = g_hash_table_lookup (self->period_index, period);
  if (found != NULL)
    return GPOINTER_TO_UINT (found);

  first = focal_date_get_first_day (period);
  last = focal_date_get_last_day (period);
  g_ptr_array_add (self->periods, focal_date_ref (period));
  g_array_append_val (self->period_first, first);
  g_array_append_val (self->period_last, last);
  g_hash_table_insert (self->period_index, period, GUINT_TO_POINTER (self->periods->len - 1));

  return self->periods->len - 1;
}

/* Gives every column room for @capacity rows. */
static void
focal_graph_resize_links (FocalGraph *self,
                          guint       capacity)
{
  self->link_source = g_renew (guint32, self->link_source, capacity);
  self->link_target = g_renew (guint32, self->link_target, capacity);
  self->link_kind = g_renew (guint8, self->link_kind, capacity);
  self->link_period = g_renew (guint32, self->link_period, capacity);
  self->link_data = g_renew (guint32, self->link_data, capacity);
  if (self->link_weight != NULL)
    self->link_weight = g_renew (double, self->link_weight, capacity);
  if (self->weight_code != NULL)
    self->weight_code = g_renew (guint16, self->weight_code, capacity);
  self->links_capacity = capacity;
}

static void
focal_graph_grow_links (FocalGraph *self)
{
  guint capacity = self->links_capacity < 64 ? 64 : self->links_capacity + self->links_capacity / 2;

  if (capacity < self->links_capacity || capacity > G_MAXINT32)
    g_error ("FocalGraph: too many links");

  focal_graph_resize_links (self, capacity);
}

static guint64
focal_graph_weight_bits (double weight)
{
  guint64 bits;

  memcpy (&bits, &weight, sizeof bits);
  return bits;
}

/* Weights come from the data: their bits are hashed with SipHash (the
 * bits of doubles such as 0.5 + i / 1024 differ only in their high
 * half, which g_int64_hash() folds away). */
static guint
focal_graph_weight_hash (gconstpointer key)
{
  return _focal_hash_bytes (key, sizeof (guint64));
}

/* Past 65,536 distinct weights, the codes give way to the weights. */
static void
focal_graph_decode_weights (FocalGraph *self)
{
  self->link_weight = g_new (double, MAX (self->links_capacity, 1));
  for (guint i = 0; i < self->n_links; i++)
    self->link_weight[i] = g_array_index (self->weight_values, double, self->weight_code[i]);
  g_clear_pointer (&self->weight_code, g_free);
  g_clear_pointer (&self->weight_values, g_array_unref);
  g_clear_pointer (&self->weight_index, g_hash_table_unref);
}

static void
focal_graph_put_weight (FocalGraph *self,
                        guint       l,
                        double      weight)
{
  guint64 bits;
  guint code;

  if (self->link_weight != NULL)
    {
      self->link_weight[l] = weight;
      return;
    }

  if (self->weight_code == NULL)
    {
      double one = 1.0;

      if (weight == 1.0)
        return;
      /* The first link that weighs other than 1: the codes start now. */
      self->weight_code = g_new0 (guint16, MAX (self->links_capacity, 1));
      self->weight_values = g_array_new (FALSE, FALSE, sizeof (double));
      g_array_append_val (self->weight_values, one);
      self->weight_index = g_hash_table_new_full (focal_graph_weight_hash, g_int64_equal,
                                                  g_free, NULL);
      bits = focal_graph_weight_bits (one);
      g_hash_table_insert (self->weight_index, g_memdup2 (&bits, sizeof bits), GUINT_TO_POINTER (1));
    }

  /* Code 0 is 1, the weight of most links: no lookup for it. */
  if (weight == 1.0)
    {
      self->weight_code[l] = 0;
      return;
    }

  bits = focal_graph_weight_bits (weight);
  code = GPOINTER_TO_UINT (g_hash_table_lookup (self->weight_index, &bits));
  if (code == 0)
    {
      if (self->weight_values->len > G_MAXUINT16)
        {
          focal_graph_decode_weights (self);
          self->link_weight[l] = weight;
          return;
        }
      g_array_append_val (self->weight_values, weight);
      code = self->weight_values->len;
      g_hash_table_insert (self->weight_index, g_memdup2 (&bits, sizeof bits),
                           GUINT_TO_POINTER (code));
    }
  self->weight_code[l] = code - 1;
}

/* Appends a row; the caller emits what must be emitted. */
static guint
focal_graph_append_row (FocalGraph    *self,
                        guint          source,
                        FocalLinkKind  kind,
                        guint          target,
                        guint32        period,
                        double         weight)
{
  guint l = self->n_links;

  if (l == self->links_capacity)
    focal_graph_grow_links (self);

  self->link_source[l] = source;
  self->link_target[l] = target;
  self->link_kind[l] = kind;
  self->link_period[l] = period;
  self->link_data[l] = 0;
  if (self->link_weight != NULL)
    self->link_weight[l] = 1.0;
  if (self->weight_code != NULL)
    self->weight_code[l] = 0;
  self->n_links++;
  focal_graph_put_weight (self, l, weight);

  /* In bulk, the adjacency lists are filled at the end, in one pass. */
  if (self->bulk_depth == 0)
    {
      focal_graph_adjacency_append (&self->adjacency[source], l, target);
      focal_graph_adjacency_append (&self->adjacency[target], l, source);
      self->adjacency_done = self->n_links;
    }

  return l;
}

/* Puts the rows appended in bulk into the adjacency lists of their ends,
 * growing each list once to its final size: O(n + rows). The lists come
 * out as if each row had been appended on its own. */
static void
focal_graph_flush_adjacency (FocalGraph *self)
{
  guint first = self->adjacency_done;
  g_autofree guint32 *added = NULL;
  guint n_nodes = self->nodes->len;

  if (first >= self->n_links)
    {
      self->adjacency_done = self->n_links;
      return;
    }

  added = g_new0 (guint32, n_nodes);
  for (guint l = first; l < self->n_links; l++)
    {
      added[self->link_source[l]]++;
      added[self->link_target[l]]++;
    }

  for (guint node = 0; node < n_nodes; node++)
    {
      FocalAdjacency *adjacency = &self->adjacency[node];
      guint needed = adjacency->n_links + added[node];

      if (added[node] == 0 || needed <= adjacency->capacity)
        continue;
      adjacency->links = g_renew (guint32, adjacency->links, needed);
      adjacency->others = g_renew (guint32, adjacency->others, needed);
      adjacency->capacity = needed;
    }

  for (guint l = first; l < self->n_links; l++)
    {
      FocalAdjacency *source = &self->adjacency[self->link_source[l]];
      FocalAdjacency *target = &self->adjacency[self->link_target[l]];

      source->links[source->n_links] = l;
      source->others[source->n_links++] = self->link_target[l];
      target->links[target->n_links] = l;
      target->others[target->n_links++] = self->link_source[l];
    }

  self->adjacency_done = self->n_links;
}

/* Keeps @data for link @l, moving it out of @data, even when it is empty. */
static void
focal_graph_keep_data (FocalGraph    *self,
                       guint          l,
                       FocalLinkData *data)
{
  FocalLinkData *kept;
  guint32 slot;

  kept = g_new (FocalLinkData, 1);
  *kept = *data;
  memset (data, 0, sizeof *data);

  if (self->free_data->len > 0)
    {
      slot = g_array_index (self->free_data, guint32, self->free_data->len - 1);
      g_array_set_size (self->free_data, self->free_data->len - 1);
      g_ptr_array_index (self->data, slot) = kept;
    }
  else
    {
      slot = self->data->len;
      g_ptr_array_add (self->data, kept);
    }
  self->link_data[l] = slot;
}

#define FOCAL_GRAPH_SHARED_DATA 0x80000000u

/* Keeps @data, which only has attributes, as the shared parts of its
 * attribute block. */
static void
focal_graph_share_data (FocalGraph    *self,
                        guint          l,
                        FocalLinkData *data)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->shared_index, data->attributes));

  if (index == 0)
    {
      FocalLinkData *shared = g_new0 (FocalLinkData, 1);

      shared->attributes = g_ref_string_acquire (data->attributes);
      g_ptr_array_add (self->shared_data, shared);
      index = self->shared_data->len;
      g_hash_table_insert (self->shared_index, shared->attributes, GUINT_TO_POINTER (index));
    }

  self->link_data[l] = FOCAL_GRAPH_SHARED_DATA | (index - 1);
  _focal_link_data_clear (data);
}

/* Keeps @data for link @l, moving it out of @data; nothing when it is empty. */
static void
focal_graph_store_data (FocalGraph    *self,
                        guint          l,
                        FocalLinkData *data)
{
  if (_focal_link_data_is_empty (data))
    _focal_link_data_clear (data);
  else if (data->description == NULL && data->citations == NULL && data->unknown == NULL)
    focal_graph_share_data (self, l, data);
  else
    focal_graph_keep_data (self, l, data);
}

/* The optional parts of link @l, NULL for none; shared ones are
 * read-only. */
static FocalLinkData *
focal_graph_peek_data (FocalGraph *self,
                       guint       l)
{
  guint32 slot = self->link_data[l];

  if (slot == 0)
    return NULL;
  if (slot & FOCAL_GRAPH_SHARED_DATA)
    return g_ptr_array_index (self->shared_data, slot & ~FOCAL_GRAPH_SHARED_DATA);

  return g_ptr_array_index (self->data, slot);
}

/* Drops the optional parts of link @l, or hands them to @out. */
static void
focal_graph_take_data (FocalGraph    *self,
                       guint          l,
                       FocalLinkData *out)
{
  guint32 slot = self->link_data[l];
  FocalLinkData *kept;

  if (slot == 0)
    return;

  if (slot & FOCAL_GRAPH_SHARED_DATA)
    {
      FocalLinkData *shared = focal_graph_peek_data (self, l);

      self->link_data[l] = 0;
      if (out != NULL)
        {
          memset (out, 0, sizeof *out);
          out->attributes = g_ref_string_acquire (shared->attributes);
        }
      return;
    }

  kept = g_ptr_array_index (self->data, slot);
  g_ptr_array_index (self->data, slot) = NULL;
  self->link_data[l] = 0;
  g_array_append_val (self->free_data, slot);

  if (out != NULL)
    *out = *kept;
  else
    _focal_link_data_clear (kept);
  g_free (kept);
}

/* With proxy_lock held. */
static void
focal_graph_remember_link (FocalGraph *self,
                           guint       l,
                           FocalLink  *link)
{
  GWeakRef *ref = g_hash_table_lookup (self->proxies, GUINT_TO_POINTER (l));

  if (ref == NULL)
    {
      ref = g_new (GWeakRef, 1);
      g_weak_ref_init (ref, link);
      g_hash_table_insert (self->proxies, GUINT_TO_POINTER (l), ref);
    }
  else
    {
      g_weak_ref_set (ref, link);
    }
}

/* The object of link @l if someone holds one, else NULL. */
static FocalLink *
focal_graph_held_link (FocalGraph *self,
                       guint       l)
{
  GWeakRef *ref;
  FocalLink *link = NULL;

  g_mutex_lock (&self->proxy_lock);
  ref = g_hash_table_lookup (self->proxies, GUINT_TO_POINTER (l));
  if (ref != NULL)
    link = g_weak_ref_get (ref);
  g_mutex_unlock (&self->proxy_lock);

  return link;
}

/* The link object takes its fields back from the table; the row stays
 * (without its optional parts) for the caller to remove. */
static void
focal_graph_detach_link (FocalGraph *self,
                         FocalLink  *link)
{
  guint l = _focal_link_get_index (link);
  FocalLinkData data = { NULL, };

  g_assert (_focal_link_get_graph (link) == self);

  g_mutex_lock (&self->proxy_lock);
  g_hash_table_remove (self->proxies, GUINT_TO_POINTER (l));
  g_mutex_unlock (&self->proxy_lock);
  /* The caller holds @link, so this is never the last reference. */
  if (g_hash_table_steal (self->pinned, GUINT_TO_POINTER (l)))
    g_object_unref (link);

  focal_graph_take_data (self, l, &data);
  _focal_link_detach (link,
                      _focal_graph_link_source_id (self, l),
                      _focal_graph_link_target_id (self, l),
                      _focal_graph_link_period (self, l),
                      _focal_graph_link_weight (self, l),
                      &data);
}

/* The number of rows[] below @l, and whether @l is one of them. */
static guint
focal_graph_count_below (const guint32 *rows,
                         guint          n_rows,
                         guint32        l,
                         gboolean      *is_row)
{
  guint lo = 0, hi = n_rows;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (rows[mid] < l)
        lo = mid + 1;
      else
        hi = mid;
    }
  *is_row = lo < n_rows && rows[lo] == l;

  return lo;
}

/* Removes the links at @rows (ascending, distinct) in one pass: O(m log k)
 * for k rows, then one items-changed and a link-removed per link. */
static void
focal_graph_remove_rows (FocalGraph    *self,
                         const guint32 *rows,
                         guint          n_rows)
{
  g_autoptr(GPtrArray) removed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) proxies = NULL;
  g_autoptr(GPtrArray) moved = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean signal_wanted;
  guint first, last, out, r;
  GHashTableIter iter;
  gpointer key, value;

  if (n_rows == 0)
    return;

  focal_graph_flush_adjacency (self);
  first = rows[0];
  last = rows[n_rows - 1];
  signal_wanted = g_signal_has_handler_pending (self, signals[LINK_REMOVED], 0, TRUE);

  /* 1. The objects held (and, for the signal, every one) take their fields. */
  for (guint i = 0; i < n_rows; i++)
    {
      FocalLink *link = signal_wanted ? _focal_graph_dup_link (self, rows[i])
                                      : focal_graph_held_link (self, rows[i]);

      if (link != NULL)
        {
          focal_graph_detach_link (self, link);
          g_ptr_array_add (removed, link);
        }
    }

  /* 2. The adjacency lists drop the rows and renumber what follows. */
  for (guint node = 0; node < self->nodes->len; node++)
    {
      FocalAdjacency *adjacency = &self->adjacency[node];
      guint kept = 0;

      for (guint i = 0; i < adjacency->n_links; i++)
        {
          guint32 l = adjacency->links[i];
          gboolean is_row = FALSE;
          guint below = l < first ? 0 : focal_graph_count_below (rows, n_rows, l, &is_row);

          if (!is_row)
            {
              adjacency->others[kept] = adjacency->others[i];
              adjacency->links[kept++] = l - below;
            }
        }
      adjacency->n_links = kept;
    }

  /* 3. The columns close up. */
  out = first;
  r = 0;
  for (guint l = first; l < self->n_links; l++)
    {
      if (r < n_rows && rows[r] == l)
        {
          focal_graph_take_data (self, l, NULL);
          r++;
          continue;
        }
      self->link_source[out] = self->link_source[l];
      self->link_target[out] = self->link_target[l];
      self->link_kind[out] = self->link_kind[l];
      self->link_period[out] = self->link_period[l];
      self->link_data[out] = self->link_data[l];
      if (self->link_weight != NULL)
        self->link_weight[out] = self->link_weight[l];
      if (self->weight_code != NULL)
        self->weight_code[out] = self->weight_code[l];
      out++;
    }
  self->n_links = out;
  self->adjacency_done = out;
  self->link_stamp++;

  /* 4. The objects handed out for later links learn their new position. */
  proxies = g_hash_table_new_full (NULL, NULL, NULL, focal_graph_free_weak_ref);
  g_mutex_lock (&self->proxy_lock);
  g_hash_table_iter_init (&iter, self->proxies);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint32 l = GPOINTER_TO_UINT (key);
      FocalLink *link = g_weak_ref_get (value);
      gboolean is_row;
      guint below;

      g_hash_table_iter_steal (&iter);
      if (link == NULL)
        {
          focal_graph_free_weak_ref (value);
          continue;
        }
      below = l < first ? 0 : focal_graph_count_below (rows, n_rows, l, &is_row);
      _focal_link_set_index (link, l - below);
      g_hash_table_insert (proxies, GUINT_TO_POINTER (l - below), value);
      g_ptr_array_add (moved, link);
    }
  g_hash_table_unref (self->proxies);
  self->proxies = g_steal_pointer (&proxies);
  g_mutex_unlock (&self->proxy_lock);

  if (g_hash_table_size (self->pinned) > 0)
    {
      g_autoptr(GHashTable) pinned = g_hash_table_new (NULL, NULL);

      g_hash_table_iter_init (&iter, self->pinned);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (pinned, GUINT_TO_POINTER (_focal_link_get_index (value)), value);
      g_hash_table_steal_all (self->pinned);
      g_hash_table_unref (self->pinned);
      self->pinned = g_steal_pointer (&pinned);
    }
  g_ptr_array_set_size (moved, 0);

  g_list_model_items_changed (self->links, first, last - first + 1, last - first + 1 - n_rows);
  for (guint i = 0; i < removed->len; i++)
    g_signal_emit (self, signals[LINK_REMOVED], 0, g_ptr_array_index (removed, i));
}

static GListStore *
focal_graph_store_for (FocalGraph  *self,
                       FocalEntity *entity)
{
  if (FOCAL_IS_ACTOR (entity))
    return self->actors;
  if (FOCAL_IS_AGREEMENT (entity))
    return self->agreements;
  if (FOCAL_IS_FORUM (entity))
    return self->forums;
  if (FOCAL_IS_ISSUE (entity))
    return self->issues;
  if (FOCAL_IS_POSITION (entity))
    return self->positions;
  if (FOCAL_IS_EVENT (entity))
    return self->events;

  return NULL;
}

static const char *
focal_graph_parent_id_of (FocalEntity *entity)
{
  if (FOCAL_IS_ACTOR (entity))
    return focal_actor_get_parent_id (FOCAL_ACTOR (entity));
  if (FOCAL_IS_EVENT (entity))
    return focal_event_get_parent_id (FOCAL_EVENT (entity));

  return NULL;
}

static void
focal_graph_index_append (GHashTable *index,
                          const char *key,
                          gpointer    item)
{
  GPtrArray *array = g_hash_table_lookup (index, key);

  if (array == NULL)
    {
      array = g_ptr_array_new ();
      g_hash_table_insert (index, g_strdup (key), array);
    }

  g_ptr_array_add (array, item);
}

static void
focal_graph_index_remove (GHashTable *index,
                          const char *key,
                          gpointer    item)
{
  GPtrArray *array;

  if (key == NULL)
    return;

  array = g_hash_table_lookup (index, key);
  if (array == NULL)
    return;

  g_ptr_array_remove (array, item);
  if (array->len == 0)
    g_hash_table_remove (index, key);
}

static void
focal_graph_reindex_parts (FocalGraph *self)
{
  g_hash_table_remove_all (self->parts);

  for (guint node = 0; node < self->nodes->len; node++)
    {
      FocalEntity *value = g_ptr_array_index (self->nodes, node);
      const char *parent_id = value != NULL ? focal_graph_parent_id_of (value) : NULL;

      if (parent_id != NULL)
        focal_graph_index_append (self->parts, parent_id, value);
    }
}

void
_focal_graph_parent_changed (FocalGraph  *self,
                             FocalEntity *entity)
{
  /* A parent changed after the entity was added: the previous parent id is
   * gone, so rebuild the index. Parent changes are rare edits; adding and
   * removing keep the index up to date incrementally. */
  focal_graph_reindex_parts (self);
}

/* Checks that the graph has the source of every citation of @citations;
 * the message names the owner of the citations with @owner_format, which
 * is only formatted then: most entities and links have none to report. */
static gboolean G_GNUC_PRINTF (4, 5)
focal_graph_check_citations (FocalGraph  *self,
                             GListModel  *citations,
                             GError     **error,
                             const char  *owner_format,
                             ...)
{
  guint n = g_list_model_get_n_items (citations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalCitation) citation = g_list_model_get_item (citations, i);
      const char *source_id = focal_citation_get_source_id (citation);
      g_autofree char *owner = NULL;
      va_list args;

      if (g_hash_table_lookup (self->sources, source_id) != NULL)
        continue;

      va_start (args, owner_format);
      owner = g_strdup_vprintf (owner_format, args);
      va_end (args);
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "%s: citation %u refers to unknown source \"%s\"", owner, i, source_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
focal_graph_check_entity_citations (FocalGraph   *self,
                                    FocalEntity  *entity,
                                    GError      **error)
{
  const char *kind = focal_entity_get_kind_name (entity);
  const char *id = focal_entity_get_id (entity);
  GListModel *indicators = _focal_entity_peek_indicators (entity);
  GListModel *memberships = NULL;
  guint n;

  if (!focal_graph_check_citations (self, _focal_entity_peek_citations (entity), error,
                                    "%s \"%s\"", kind, id))
    return FALSE;

  n = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalIndicator) indicator = g_list_model_get_item (indicators, i);

      if (!focal_graph_check_citations (self, focal_indicator_get_citations (indicator), error,
                                        "%s \"%s\", indicator \"%s\"", kind, id,
                                        focal_indicator_get_name (indicator)))
        return FALSE;
    }

  if (FOCAL_IS_FORUM (entity))
    memberships = _focal_forum_peek_members (FOCAL_FORUM (entity));
  else if (FOCAL_IS_AGREEMENT (entity))
    memberships = _focal_agreement_peek_parties (FOCAL_AGREEMENT (entity));
  n = memberships != NULL ? g_list_model_get_n_items (memberships) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalMembership) membership = g_list_model_get_item (memberships, i);

      if (!focal_graph_check_citations (self, focal_membership_get_citations (membership), error,
                                        "%s \"%s\", member %u", kind, id, i))
        return FALSE;
    }

  return TRUE;
}

/* Nested encounter totals must not be contradicted by the totals nested in
 * them: the smallest possible sum of the parts may not exceed the largest
 * possible count of the whole. */
static gboolean
focal_graph_check_event_total (FocalGraph   *self,
                               FocalEvent   *event,
                               GError      **error)
{
  const char *parent_id = focal_event_get_parent_id (event);
  FocalEntity *parent;
  GPtrArray *siblings;
  guint parent_min, parent_max, own_min;
  guint64 sum;

  if (parent_id == NULL)
    return TRUE;

  parent = focal_graph_lookup (self, parent_id);
  if (!FOCAL_IS_EVENT (parent))
    return TRUE;  /* validate() already reported it */

  focal_event_get_count_bounds (FOCAL_EVENT (parent), &parent_min, &parent_max);
  if (parent_max == FOCAL_COUNT_UNBOUNDED)
    return TRUE;

  focal_event_get_count_bounds (event, &own_min, NULL);
  sum = own_min;
  siblings = g_hash_table_lookup (self->parts, parent_id);
  for (guint i = 0; siblings != NULL && i < siblings->len; i++)
    {
      guint min;

      focal_event_get_count_bounds (g_ptr_array_index (siblings, i), &min, NULL);
      sum += min;
    }

  if (sum > parent_max)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT,
                   "event \"%s\": the encounters nested in \"%s\" add up to at least %"
                   G_GUINT64_FORMAT ", more than its at most %u",
                   focal_entity_get_id (FOCAL_ENTITY (event)), parent_id, sum, parent_max);
      return FALSE;
    }

  return TRUE;
}

static void
focal_graph_dispose (GObject *object)
{
  FocalGraph *self = FOCAL_GRAPH (object);

  if (self->proxies != NULL)
    {
      g_autoptr(GPtrArray) alive = g_ptr_array_new_with_free_func (g_object_unref);
      GHashTableIter iter;
      gpointer key, value;

      /* The links someone still holds take their fields back. */
      g_mutex_lock (&self->proxy_lock);
      g_hash_table_iter_init (&iter, self->proxies);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          FocalLink *link = g_weak_ref_get (value);

          if (link != NULL)
            g_ptr_array_add (alive, link);
        }
      g_hash_table_remove_all (self->proxies);
      g_mutex_unlock (&self->proxy_lock);

      for (guint i = 0; i < alive->len; i++)
        focal_graph_detach_link (self, g_ptr_array_index (alive, i));
    }
  g_clear_pointer (&self->pinned, g_hash_table_unref);

  if (self->links != NULL)
    FOCAL_LINK_LIST (self->links)->graph = NULL;

  if (self->nodes != NULL)
    {
      for (guint node = 0; node < self->nodes->len; node++)
        {
          FocalEntity *entity = g_ptr_array_index (self->nodes, node);

          if (entity == NULL)
            continue;
          _focal_entity_set_graph (entity, NULL);
        }
    }

  if (self->adjacency != NULL)
    {
      for (guint node = 0; node < self->adjacency_capacity; node++)
        focal_graph_adjacency_clear (&self->adjacency[node]);
      g_clear_pointer (&self->adjacency, g_free);
    }
  g_clear_pointer (&self->node_ends, g_free);
  self->adjacency_capacity = 0;

  g_clear_pointer (&self->parts, g_hash_table_unref);
  g_clear_pointer (&self->ids, _focal_id_index_free);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_pointer (&self->free_nodes, g_array_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->proxies, g_hash_table_unref);

  self->n_links = self->links_capacity = self->adjacency_done = 0;
  g_clear_pointer (&self->link_source, g_free);
  g_clear_pointer (&self->link_target, g_free);
  g_clear_pointer (&self->link_kind, g_free);
  g_clear_pointer (&self->link_period, g_free);
  g_clear_pointer (&self->link_data, g_free);
  g_clear_pointer (&self->link_weight, g_free);
  g_clear_pointer (&self->weight_code, g_free);
  g_clear_pointer (&self->weight_values, g_array_unref);
  g_clear_pointer (&self->weight_index, g_hash_table_unref);
  g_clear_pointer (&self->period_index, g_hash_table_unref);
  g_clear_pointer (&self->periods, g_ptr_array_unref);
  g_clear_pointer (&self->period_first, g_array_unref);
  g_clear_pointer (&self->period_last, g_array_unref);
  g_clear_pointer (&self->data, g_ptr_array_unref);
  g_clear_pointer (&self->free_data, g_array_unref);
  g_clear_pointer (&self->shared_index, g_hash_table_unref);
  g_clear_pointer (&self->shared_data, g_ptr_array_unref);

  g_clear_object (&self->actors);
  g_clear_object (&self->agreements);
  g_clear_object (&self->forums);
  g_clear_object (&self->issues);
  g_clear_object (&self->positions);
  g_clear_object (&self->events);
  g_clear_object (&self->links);
  g_clear_object (&self->source_store);

  G_OBJECT_CLASS (focal_graph_parent_class)->dispose (object);
}

static void
focal_graph_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FocalGraph *self = FOCAL_GRAPH (object);

  switch (prop_id)
    {
    case PROP_N_ENTITIES:
      g_value_set_uint (value, focal_graph_get_n_entities (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_graph_class_init (FocalGraphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = focal_graph_dispose;
  object_class->finalize = focal_graph_finalize;
  object_class->get_property = focal_graph_get_property;

  /**
   * FocalGraph:n-entities: (getter get_n_entities)
   *
   * The number of entities in the graph, of every kind; links and sources
   * are not counted.
   */
  properties[PROP_N_ENTITIES] =
    g_param_spec_uint ("n-entities", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FocalGraph::entity-added:
   * @self: the graph
   * @entity: the entity that was added
   *
   * Emitted after an entity was added, once the graph and its list models
   * hold it.
   */
  signals[ENTITY_ADDED] =
    g_signal_new ("entity-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FOCAL_TYPE_ENTITY);

  /**
   * FocalGraph::entity-removed:
   * @self: the graph
   * @entity: the entity that was removed
   *
   * Emitted after an entity was removed, once the graph and its list models
   * no longer hold it.
   */
  signals[ENTITY_REMOVED] =
    g_signal_new ("entity-removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FOCAL_TYPE_ENTITY);

  /**
   * FocalGraph::link-added:
   * @self: the graph
   * @link: the link that was added
   *
   * Emitted after a link was added and indexed.
   */
  signals[LINK_ADDED] =
    g_signal_new ("link-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FOCAL_TYPE_LINK);

  /**
   * FocalGraph::link-removed:
   * @self: the graph
   * @link: the link that was removed
   *
   * Emitted after a link was removed from the graph and its index.
   */
  signals[LINK_REMOVED] =
    g_signal_new ("link-removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FOCAL_TYPE_LINK);
}

static void
focal_graph_finalize (GObject *object)
{
  FocalGraph *self = FOCAL_GRAPH (object);

  g_mutex_clear (&self->proxy_lock);

  G_OBJECT_CLASS (focal_graph_parent_class)->finalize (object);
}

static void
focal_graph_init (FocalGraph *self)
{
  gint32 always_first = G_MININT32, always_last = G_MAXINT32;

  self->ids = _focal_id_index_new ();
  self->nodes = g_ptr_array_new_with_free_func (focal_graph_free_node);
  self->free_nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  self->sources = _focal_str_table_new (g_free, g_object_unref);
  self->parts = _focal_str_table_new (g_free,
                                       (GDestroyNotify) g_ptr_array_unref);

  self->periods = g_ptr_array_new_with_free_func (focal_graph_free_period);
  g_ptr_array_add (self->periods, NULL);
  self->period_first = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->period_last = g_array_new (FALSE, FALSE, sizeof (gint32));
  g_array_append_val (self->period_first, always_first);
  g_array_append_val (self->period_last, always_last);
  self->period_index = g_hash_table_new ((GHashFunc) focal_date_hash, (GEqualFunc) focal_date_equal);
  self->data = g_ptr_array_new_with_free_func (focal_graph_free_link_data);
  g_ptr_array_add (self->data, NULL);
  self->free_data = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->shared_data = g_ptr_array_new_with_free_func (focal_graph_free_link_data);
  self->shared_index = g_hash_table_new (_focal_link_attributes_hash, _focal_link_attributes_equal);

  g_mutex_init (&self->proxy_lock);
  self->proxies = g_hash_table_new_full (NULL, NULL, NULL, focal_graph_free_weak_ref);
  self->pinned = g_hash_table_new (NULL, NULL);

  self->actors = g_list_store_new (FOCAL_TYPE_ACTOR);
  self->agreements = g_list_store_new (FOCAL_TYPE_AGREEMENT);
  self->forums = g_list_store_new (FOCAL_TYPE_FORUM);
  self->issues = g_list_store_new (FOCAL_TYPE_ISSUE);
  self->positions = g_list_store_new (FOCAL_TYPE_POSITION);
  self->events = g_list_store_new (FOCAL_TYPE_EVENT);
  self->links = g_object_new (FOCAL_TYPE_LINK_LIST, NULL);
  FOCAL_LINK_LIST (self->links)->graph = self;
  self->source_store = g_list_store_new (FOCAL_TYPE_SOURCE);
}

/**
 * focal_graph_new:
 *
 * Creates an empty graph.
 *
 * Returns: (transfer full): a new graph
 */
FocalGraph *
focal_graph_new (void)
{
  return g_object_new (FOCAL_TYPE_GRAPH, NULL);
}

/**
 * focal_graph_add:
 * @self: a graph
 * @entity: an actor, agreement, forum, issue, position or event that is in
 *   no graph yet
 * @error: return location for an error
 *
 * Adds an entity to the graph, after checking it.
 *
 * The graph refuses, with an error naming the id and the value:
 *
 * - an id already used in the graph (`FOCAL_ERROR_DUPLICATE_ID`);
 * - a reference to an id the graph does not hold
 *   (`FOCAL_ERROR_UNKNOWN_ID`), or to the wrong kind of entity
 *   (`FOCAL_ERROR_WRONG_KIND`), as checked by
 *   [method@Entity.validate];
 * - a citation of a source not in the graph's registry;
 * - a nested encounter total that, with its siblings, exceeds its parent
 *   (`FOCAL_ERROR_INCONSISTENT`).
 *
 * So entities that refer to others are added after them: actors before
 * their parts, issues and actors before positions.
 *
 * Returns: `TRUE` if the entity was added
 */
gboolean
focal_graph_add (FocalGraph   *self,
                 FocalEntity  *entity,
                 GError      **error)
{
  const char *id;
  const char *parent_id;
  GListStore *store;
  FocalEntity *existing;
  guint node;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (FOCAL_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = focal_graph_store_for (self, entity);
  g_return_val_if_fail (store != NULL, FALSE);

  id = focal_entity_get_id (entity);
  if (id == NULL || id[0] == '\0')
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD,
                   "%s without an id", focal_entity_get_kind_name (entity));
      return FALSE;
    }

  existing = focal_graph_lookup (self, id);
  if (existing != NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_DUPLICATE_ID,
                   "duplicate id \"%s\": already used by a%s %s",
                   id,
                   strchr ("aeiou", focal_entity_get_kind_name (existing)[0]) ? "n" : "",
                   focal_entity_get_kind_name (existing));
      return FALSE;
    }

  g_return_val_if_fail (focal_entity_get_graph (entity) == NULL, FALSE);

  if (!focal_entity_validate (entity, self, error) ||
      !focal_graph_check_entity_citations (self, entity, error))
    return FALSE;

  if (FOCAL_IS_EVENT (entity) && !focal_graph_check_event_total (self, FOCAL_EVENT (entity), error))
    return FALSE;

  if (self->free_nodes->len > 0)
    {
      node = g_array_index (self->free_nodes, guint, self->free_nodes->len - 1);
      g_array_set_size (self->free_nodes, self->free_nodes->len - 1);
      g_ptr_array_index (self->nodes, node) = g_object_ref (entity);
    }
  else
    {
      node = self->nodes->len;
      g_ptr_array_add (self->nodes, g_object_ref (entity));
      focal_graph_ensure_adjacency (self, self->nodes->len);
    }
  self->node_ends[node] = focal_graph_end_of (entity);
  /* The index keeps its own copy of the id, which is fixed at construction. */
  _focal_id_index_insert (self->ids, id, node);

  parent_id = focal_graph_parent_id_of (entity);
  if (parent_id != NULL)
    focal_graph_index_append (self->parts, parent_id, entity);

  _focal_entity_set_graph (entity, self);
  g_list_store_append (store, entity);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ENTITIES]);
  g_signal_emit (self, signals[ENTITY_ADDED], 0, entity);

  return TRUE;
}

/**
 * focal_graph_remove:
 * @self: a graph
 * @id: the id of an entity in the graph
 * @error: return location for an error
 *
 * Removes an entity and every link that touches it.
 *
 * An entity that other entities refer to (the parent of an actor, the issue
 * of a position, a member of a forum) cannot be removed: the graph reports
 * `FOCAL_ERROR_IN_USE` naming the first one that refers to it.
 * An unknown id is `FOCAL_ERROR_UNKNOWN_ID`.
 *
 * The links are removed first, each with [signal@Graph::link-removed], then
 * the entity, with [signal@Graph::entity-removed].
 *
 * Returns: `TRUE` if the entity was removed
 */
gboolean
focal_graph_remove (FocalGraph   *self,
                    const char   *id,
                    GError      **error)
{
  g_autoptr(FocalEntity) entity = NULL;
  g_autoptr(GListModel) referrers = NULL;
  FocalAdjacency *adjacency;
  GListStore *store;
  guint position, node;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_focal_graph_find_node (self, id, &node))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "cannot remove \"%s\": no such entity", id);
      return FALSE;
    }
  entity = g_object_ref (g_ptr_array_index (self->nodes, node));

  referrers = focal_graph_dup_referrers (self, id);
  if (g_list_model_get_n_items (referrers) > 0)
    {
      g_autoptr(FocalEntity) first = g_list_model_get_item (referrers, 0);

      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_IN_USE,
                   "cannot remove %s \"%s\": %s \"%s\" refers to it",
                   focal_entity_get_kind_name (entity), focal_entity_get_id (entity),
                   focal_entity_get_kind_name (first), focal_entity_get_id (first));
      return FALSE;
    }

  /* Every link of the node goes in one pass over the table: O(m), however
   * many links the entity has. */
  focal_graph_flush_adjacency (self);
  adjacency = &self->adjacency[node];
  if (adjacency->n_links > 0)
    {
      g_autofree guint32 *doomed = g_memdup2 (adjacency->links, sizeof (guint32) * adjacency->n_links);

      /* A node's links are listed in the order they were added, which is
       * the order of their positions. */
      focal_graph_remove_rows (self, doomed, adjacency->n_links);
    }

  focal_graph_index_remove (self->parts, focal_graph_parent_id_of (entity), entity);

  store = focal_graph_store_for (self, entity);
  if (g_list_store_find (store, entity, &position))
    g_list_store_remove (store, position);
  _focal_id_index_remove (self->ids, focal_entity_get_id (entity));
  g_ptr_array_index (self->nodes, node) = NULL;
  g_object_unref (entity);   /* the graph's reference */
  focal_graph_adjacency_clear (&self->adjacency[node]);
  g_array_append_val (self->free_nodes, node);
  _focal_entity_set_graph (entity, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ENTITIES]);
  g_signal_emit (self, signals[ENTITY_REMOVED], 0, entity);

  return TRUE;
}

/**
 * focal_graph_lookup:
 * @self: a graph
 * @id: an id
 *
 * Finds the entity with the given id.
 *
 * Returns: (transfer none) (nullable): the entity, or `NULL` if the graph
 *   holds none with that id
 */
FocalEntity *
focal_graph_lookup (FocalGraph *self,
                    const char *id)
{
  guint node;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!_focal_graph_find_node (self, id, &node))
    return NULL;

  return g_ptr_array_index (self->nodes, node);
}

/**
 * focal_graph_add_source:
 * @self: a graph
 * @source: a source
 * @error: return location for an error
 *
 * Adds a source to the graph's registry, so that citations can point to
 * it.
 *
 * Source ids are unique among sources: a repeated id is
 * `FOCAL_ERROR_DUPLICATE_ID`.
 *
 * Returns: `TRUE` if the source was added
 */
gboolean
focal_graph_add_source (FocalGraph   *self,
                        FocalSource  *source,
                        GError      **error)
{
  const char *id;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (FOCAL_IS_SOURCE (source), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = focal_source_get_id (source);
  if (g_hash_table_contains (self->sources, id))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_DUPLICATE_ID,
                   "duplicate source id \"%s\"", id);
      return FALSE;
    }

  g_hash_table_insert (self->sources, g_strdup (id), g_object_ref (source));
  g_list_store_append (self->source_store, source);

  return TRUE;
}

static gboolean
focal_graph_model_cites (GListModel *citations,
                         const char *source_id)
{
  guint n = g_list_model_get_n_items (citations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalCitation) citation = g_list_model_get_item (citations, i);

      if (g_str_equal (focal_citation_get_source_id (citation), source_id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
focal_graph_memberships_cite (GListModel *memberships,
                              const char *source_id)
{
  guint n = g_list_model_get_n_items (memberships);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalMembership) membership = g_list_model_get_item (memberships, i);

      if (focal_graph_model_cites (focal_membership_get_citations (membership), source_id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
focal_graph_entity_cites (FocalEntity *entity,
                          const char  *source_id)
{
  GListModel *indicators = _focal_entity_peek_indicators (entity);
  guint n = g_list_model_get_n_items (indicators);

  if (focal_graph_model_cites (_focal_entity_peek_citations (entity), source_id))
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalIndicator) indicator = g_list_model_get_item (indicators, i);

      if (focal_graph_model_cites (focal_indicator_get_citations (indicator), source_id))
        return TRUE;
    }

  if (FOCAL_IS_FORUM (entity))
    return focal_graph_memberships_cite (_focal_forum_peek_members (FOCAL_FORUM (entity)),
                                         source_id);
  if (FOCAL_IS_AGREEMENT (entity))
    return focal_graph_memberships_cite (_focal_agreement_peek_parties (FOCAL_AGREEMENT (entity)),
                                         source_id);

  return FALSE;
}

/**
 * focal_graph_remove_source:
 * @self: a graph
 * @id: the id of a source in the registry
 * @error: return location for an error
 *
 * Removes a source from the registry.
 *
 * A source that is still cited is `FOCAL_ERROR_IN_USE`, and an unknown
 * id is `FOCAL_ERROR_UNKNOWN_ID`.
 *
 * Returns: `TRUE` if the source was removed
 */
gboolean
focal_graph_remove_source (FocalGraph   *self,
                           const char   *id,
                           GError      **error)
{
  FocalSource *source;
  guint position;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  source = g_hash_table_lookup (self->sources, id);
  if (source == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "cannot remove source \"%s\": no such source", id);
      return FALSE;
    }

  for (guint node = 0; node < self->nodes->len; node++)
    {
      FocalEntity *value = g_ptr_array_index (self->nodes, node);

      if (value != NULL && focal_graph_entity_cites (value, id))
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_IN_USE,
                       "cannot remove source \"%s\": %s \"%s\" cites it", id,
                       focal_entity_get_kind_name (value), focal_entity_get_id (value));
          return FALSE;
        }
    }

  for (guint l = 0; l < self->n_links; l++)
    {
      FocalLinkData *data = focal_graph_peek_data (self, l);

      if (data != NULL && data->citations != NULL &&
          focal_graph_model_cites (G_LIST_MODEL (data->citations), id))
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_IN_USE,
                       "cannot remove source \"%s\": the link %s → %s cites it", id,
                       _focal_graph_link_source_id (self, l), _focal_graph_link_target_id (self, l));
          return FALSE;
        }
    }

  if (g_list_store_find (self->source_store, source, &position))
    g_list_store_remove (self->source_store, position);
  g_hash_table_remove (self->sources, id);

  return TRUE;
}

/**
 * focal_graph_lookup_source:
 * @self: a graph
 * @id: a source id
 *
 * Finds a source in the graph's registry.
 *
 * Returns: (transfer none) (nullable): the source, or `NULL`
 */
FocalSource *
focal_graph_lookup_source (FocalGraph *self,
                           const char *id)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->sources, id);
}

typedef enum
{
  END_ACTOR     = 1 << 0,
  END_AGREEMENT = 1 << 1,
  END_FORUM     = 1 << 2,
  END_ISSUE     = 1 << 3,
  END_POSITION  = 1 << 4,
  END_EVENT     = 1 << 5,
  END_SAME      = 1 << 6,  /* the target must be of the source's kind */
} FocalGraphEnds;

typedef struct
{
  guint sources;
  guint targets;
} FocalLinkRule;

/* Which kinds of entity each kind of link may join, indexed by FocalLinkKind. */
static const FocalLinkRule link_rules[] = {
  [FOCAL_LINK_KIND_MEMBER_OF]       = { END_ACTOR, END_ACTOR | END_FORUM },
  [FOCAL_LINK_KIND_PARTY_TO]        = { END_ACTOR, END_AGREEMENT },
  [FOCAL_LINK_KIND_PART_OF]         = { END_ACTOR | END_AGREEMENT | END_FORUM | END_EVENT, END_SAME },
  [FOCAL_LINK_KIND_REPRESENTED_IN]  = { END_ACTOR, END_ACTOR },
  [FOCAL_LINK_KIND_HOSTS]           = { END_ACTOR, END_ACTOR | END_FORUM | END_EVENT },
  [FOCAL_LINK_KIND_PARTNERS_WITH]   = { END_ACTOR, END_ACTOR },
  [FOCAL_LINK_KIND_MODELLED_ON]     = { END_ACTOR | END_AGREEMENT | END_FORUM, END_SAME },
  [FOCAL_LINK_KIND_COOPERATES_WITH] = { END_ACTOR, END_ACTOR },
  [FOCAL_LINK_KIND_DISPUTES_WITH]   = { END_ACTOR, END_ACTOR },
  [FOCAL_LINK_KIND_PARTICIPATES_IN] = { END_ACTOR, END_FORUM | END_EVENT | END_AGREEMENT },
  [FOCAL_LINK_KIND_LEADS]           = { END_ACTOR, END_ACTOR | END_FORUM | END_EVENT | END_AGREEMENT },
  [FOCAL_LINK_KIND_WORKS_FOR]       = { END_ACTOR, END_ACTOR },
  [FOCAL_LINK_KIND_SUCCEEDED_BY]    = { END_ACTOR | END_AGREEMENT | END_FORUM | END_ISSUE, END_SAME },
  [FOCAL_LINK_KIND_OFFERS]          = { END_ACTOR, END_ISSUE },
  [FOCAL_LINK_KIND_SEEKS]           = { END_ACTOR, END_ISSUE },
};

static guint
focal_graph_end_of (FocalEntity *entity)
{
  if (FOCAL_IS_ACTOR (entity))
    return END_ACTOR;
  if (FOCAL_IS_AGREEMENT (entity))
    return END_AGREEMENT;
  if (FOCAL_IS_FORUM (entity))
    return END_FORUM;
  if (FOCAL_IS_ISSUE (entity))
    return END_ISSUE;
  if (FOCAL_IS_POSITION (entity))
    return END_POSITION;
  if (FOCAL_IS_EVENT (entity))
    return END_EVENT;
  return 0;
}

static char *
focal_graph_describe_ends (guint ends)
{
  static const char * const names[] = {
    "an actor", "an agreement", "a forum", "an issue", "a position", "an event",
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if ((ends & (1u << i)) == 0)
        continue;
      if (out->len > 0)
        g_string_append (out, " or ");
      g_string_append (out, names[i]);
    }

  return g_string_free (out, FALSE);
}

static const char *
focal_graph_link_kind_nick (FocalLinkKind kind)
{
  GEnumClass *klass = g_type_class_peek (FOCAL_TYPE_LINK_KIND);
  GEnumValue *value;

  if (klass == NULL)
    klass = g_type_class_ref (FOCAL_TYPE_LINK_KIND);  /* kept for the process */
  value = g_enum_get_value (klass, kind);

  return value != NULL ? value->value_nick : "?";
}

static gboolean
focal_graph_check_link_end (FocalGraph     *self,
                            const char     *source_id,
                            FocalLinkKind   kind,
                            const char     *target_id,
                            const char     *role,
                            const char     *id,
                            guint32         hash,
                            guint           allowed,
                            guint          *out_node,
                            GError        **error)
{
  FocalEntity *entity;
  guint node;

  if (!_focal_id_index_lookup_hashed (self->ids, id, hash, &node))
    {
      const char *kind_nick = focal_graph_link_kind_nick (kind);

      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "link %s → %s (%s): unknown %s \"%s\"",
                   source_id, target_id, kind_nick, role, id);
      return FALSE;
    }

  entity = g_ptr_array_index (self->nodes, node);
  if ((self->node_ends[node] & allowed) == 0)
    {
      g_autofree char *expected = focal_graph_describe_ends (allowed);
      const char *kind_nick = focal_graph_link_kind_nick (kind);

      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "link %s → %s (%s): %s \"%s\" is a%s %s, expected %s",
                   source_id, target_id, kind_nick, role, id,
                   strchr ("aeiou", focal_entity_get_kind_name (entity)[0]) ? "n" : "",
                   focal_entity_get_kind_name (entity), expected);
      return FALSE;
    }

  *out_node = node;
  return TRUE;
}

static gboolean
focal_graph_add_link_internal (FocalGraph   *self,
                               FocalLink    *link,
                               gboolean      pin,
                               GError      **error)
{
  FocalLinkData data = { NULL, };
  const char *source_id, *target_id;
  FocalLinkKind kind;
  FocalDate *period;
  double weight;
  guint source, target, index;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (FOCAL_IS_LINK (link), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (_focal_link_get_graph (link) == NULL, FALSE);

  kind = focal_link_get_kind (link);
  g_return_val_if_fail (kind > FOCAL_LINK_KIND_ANY && kind < G_N_ELEMENTS (link_rules), FALSE);
  source_id = focal_link_get_source_id (link);
  target_id = focal_link_get_target_id (link);

  if (!_focal_graph_check_link (self, source_id, kind, target_id, &source, &target, error))
    return FALSE;

  if (_focal_link_peek_citations (link) != NULL &&
      !focal_graph_check_citations (self, _focal_link_peek_citations (link), error,
                                    "link %s → %s", source_id, target_id))
    return FALSE;

  period = focal_link_get_period (link);
  weight = focal_link_get_weight (link);
  index = self->n_links;
  /* The period is interned before the link lets go of its own. */
  focal_graph_append_row (self, source, kind, target, focal_graph_intern_period (self, period),
                          weight);
  _focal_link_attach (link, self, index, &data);
  focal_graph_store_data (self, index, &data);

  g_mutex_lock (&self->proxy_lock);
  focal_graph_remember_link (self, index, link);
  g_mutex_unlock (&self->proxy_lock);
  if (pin)
    g_hash_table_insert (self->pinned, GUINT_TO_POINTER (index), g_object_ref (link));

  g_list_model_items_changed (self->links, index, 0, 1);
  g_signal_emit (self, signals[LINK_ADDED], 0, link);

  return TRUE;
}

/**
 * focal_graph_add_link:
 * @self: a graph
 * @link: a link that is in no graph yet
 * @error: return location for an error
 *
 * Adds a link between two entities of the graph.
 *
 * Both ends must be in the graph (`FOCAL_ERROR_UNKNOWN_ID`) and be of
 * kinds the link's kind can join (`FOCAL_ERROR_WRONG_KIND`): a
 * `party-to` link goes from an actor to an agreement, a `member-of` link
 * from an actor to a forum or actor, a `part-of`, `modelled-on` or
 * `succeeded-by` link joins two entities of the same kind. A link from an
 * entity to itself is `FOCAL_ERROR_INVALID_VALUE`, and a citation of
 * a source not in the registry is `FOCAL_ERROR_UNKNOWN_ID`.
 *
 * Returns: `TRUE` if the link was added
 */
gboolean
focal_graph_add_link (FocalGraph   *self,
                      FocalLink    *link,
                      GError      **error)
{
  return focal_graph_add_link_internal (self, link, TRUE, error);
}

gboolean
_focal_graph_add_link_unpinned (FocalGraph   *self,
                                FocalLink    *link,
                                GError      **error)
{
  return focal_graph_add_link_internal (self, link, FALSE, error);
}

/**
 * focal_graph_remove_link:
 * @self: a graph
 * @link: a link
 *
 * Removes a link from the graph.
 *
 * The link keeps its fields and can be added again. The links after it
 * move up a row: this costs O(n + m) for the n entities and m links of
 * the graph, so removing many links one at a time is slow; removing an
 * entity removes all its links in one such pass.
 *
 * Returns: `TRUE` if the graph held @link
 */
gboolean
focal_graph_remove_link (FocalGraph *self,
                         FocalLink  *link)
{
  guint32 index;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), FALSE);
  g_return_val_if_fail (FOCAL_IS_LINK (link), FALSE);

  if (_focal_link_get_graph (link) != self)
    return FALSE;

  index = _focal_link_get_index (link);
  focal_graph_remove_rows (self, &index, 1);

  return TRUE;
}

/**
 * focal_graph_get_actors:
 * @self: a graph
 *
 * Gets the actors of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Actor]
 */
GListModel *
focal_graph_get_actors (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->actors);
}

/**
 * focal_graph_get_agreements:
 * @self: a graph
 *
 * Gets the agreements of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Agreement]
 */
GListModel *
focal_graph_get_agreements (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->agreements);
}

/**
 * focal_graph_get_forums:
 * @self: a graph
 *
 * Gets the forums of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Forum]
 */
GListModel *
focal_graph_get_forums (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->forums);
}

/**
 * focal_graph_get_issues:
 * @self: a graph
 *
 * Gets the issues of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Issue]
 */
GListModel *
focal_graph_get_issues (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->issues);
}

/**
 * focal_graph_get_positions:
 * @self: a graph
 *
 * Gets the positions of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Position]
 */
GListModel *
focal_graph_get_positions (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->positions);
}

/**
 * focal_graph_get_events:
 * @self: a graph
 *
 * Gets the events of the graph, single encounters and aggregates, in the
 * order they were added.
 *
 * Returns: (transfer none): a list model of [class@Event]
 */
GListModel *
focal_graph_get_events (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->events);
}

/**
 * focal_graph_get_links:
 * @self: a graph
 *
 * Gets the links of the graph, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Link]
 */
GListModel *
focal_graph_get_links (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->links);
}

/**
 * focal_graph_get_sources:
 * @self: a graph
 *
 * Gets the graph's source registry, in the order sources were added.
 *
 * Returns: (transfer none): a list model of [class@Source]
 */
GListModel *
focal_graph_get_sources (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  return G_LIST_MODEL (self->source_store);
}

/**
 * focal_graph_get_n_entities: (get-property n-entities)
 * @self: a graph
 *
 * Counts the entities of every kind in the graph.
 *
 * Returns: the number of entities
 */
guint
focal_graph_get_n_entities (FocalGraph *self)
{
  g_return_val_if_fail (FOCAL_IS_GRAPH (self), 0);

  return _focal_id_index_size (self->ids);
}

/* The node of @id for the queries by entity, or FALSE with @error set,
 * and the days of @as_of (every day when NULL). */
static gboolean
focal_graph_start_query (FocalGraph  *self,
                         const char  *id,
                         FocalDate   *as_of,
                         guint       *node,
                         gint32      *date_first,
                         gint32      *date_last,
                         GError     **error)
{
  if (!_focal_graph_find_node (self, id, node))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "no entity with id \"%s\"", id);
      return FALSE;
    }

  *date_first = as_of != NULL ? focal_date_get_first_day (as_of) : G_MININT32;
  *date_last = as_of != NULL ? focal_date_get_last_day (as_of) : G_MAXINT32;

  return TRUE;
}

static gboolean
focal_graph_row_matches (FocalGraph     *self,
                         guint           l,
                         guint           node,
                         FocalLinkKind   kind,
                         FocalDirection  direction,
                         gint32          date_first,
                         gint32          date_last)
{
  FocalLinkKind link_kind = self->link_kind[l];
  guint32 period = self->link_period[l];

  if (kind != FOCAL_LINK_KIND_ANY && kind != link_kind)
    return FALSE;

  if (!focal_link_kind_is_symmetric (link_kind))
    {
      gboolean outgoing = self->link_source[l] == node;

      if (outgoing && (direction & FOCAL_DIRECTION_OUTGOING) == 0)
        return FALSE;
      if (!outgoing && (direction & FOCAL_DIRECTION_INCOMING) == 0)
        return FALSE;
    }

  return _focal_days_overlap (g_array_index (self->period_first, gint32, period),
                              g_array_index (self->period_last, gint32, period),
                              date_first, date_last);
}

/**
 * focal_graph_dup_links_for:
 * @self: a graph
 * @id: the id of an entity in the graph
 * @kind: the kind of links wanted, or [enum@Focal.LinkKind.ANY]
 * @direction: which ends to follow; symmetric kinds such as `partners-with`
 *   match in either direction
 * @as_of: (nullable): a date or interval the links must overlap, or `NULL`
 *   for links at any time
 * @error: return location for an error
 *
 * Collects the links that touch an entity.
 *
 * A link with no period is taken to hold at every date. Costs O(degree).
 *
 * Returns: (transfer full) (nullable): a list model of [class@Link], or
 *   `NULL` with @error set when @id is unknown
 */
GListModel *
focal_graph_dup_links_for (FocalGraph      *self,
                           const char      *id,
                           FocalLinkKind    kind,
                           FocalDirection   direction,
                           FocalDate       *as_of,
                           GError         **error)
{
  g_autoptr(GListStore) result = NULL;
  g_autoptr(GPtrArray) found = NULL;
  FocalAdjacency *adjacency;
  gint32 date_first, date_last;
  guint node;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!focal_graph_start_query (self, id, as_of, &node, &date_first, &date_last, error))
    return NULL;

  result = g_list_store_new (FOCAL_TYPE_LINK);
  found = g_ptr_array_new_with_free_func (g_object_unref);
  focal_graph_flush_adjacency (self);
  adjacency = &self->adjacency[node];
  for (guint i = 0; i < adjacency->n_links; i++)
    {
      guint l = adjacency->links[i];

      if (focal_graph_row_matches (self, l, node, kind, direction, date_first, date_last))
        g_ptr_array_add (found, _focal_graph_dup_link (self, l));
    }
  g_list_store_splice (result, 0, 0, found->pdata, found->len);

  return G_LIST_MODEL (g_steal_pointer (&result));
}

/* The distinct neighbours of @node, in the order of the first link that
 * reaches each, as node numbers: O(degree + n / 8). A bit per node marks
 * those seen, so several threads may ask at once. */
static guint32 *
focal_graph_collect_neighbors (FocalGraph     *self,
                               guint           node,
                               FocalLinkKind   kind,
                               FocalDirection  direction,
                               FocalDate      *as_of,
                               gint32          date_first,
                               gint32          date_last,
                               guint          *n_found)
{
  g_autofree guint8 *seen = g_malloc0 (self->nodes->len / 8 + 1);
  FocalAdjacency *adjacency;
  gboolean any_link;
  guint32 *found;
  guint n = 0;

  any_link = kind == FOCAL_LINK_KIND_ANY && as_of == NULL &&
             (direction & FOCAL_DIRECTION_BOTH) == FOCAL_DIRECTION_BOTH;
  focal_graph_flush_adjacency (self);
  adjacency = &self->adjacency[node];
  found = g_new (guint32, MAX (adjacency->n_links, 1));
  for (guint i = 0; i < adjacency->n_links; i++)
    {
      guint other_node = adjacency->others[i];

      /* Any link in either direction at any time: the list alone answers,
       * without reading the link table. */
      if (!any_link &&
          !focal_graph_row_matches (self, adjacency->links[i], node, kind, direction,
                                    date_first, date_last))
        continue;

      if (seen[other_node / 8] & (1u << (other_node % 8)))
        continue;
      seen[other_node / 8] |= 1u << (other_node % 8);
      if (as_of == NULL ||
          focal_entity_is_valid_at (g_ptr_array_index (self->nodes, other_node), as_of))
        found[n++] = other_node;
    }

  *n_found = n;
  return found;
}

/* The neighbours of entity @id as node numbers, or NULL with @error set
 * when @id is unknown. */
static guint32 *
focal_graph_neighbors_of (FocalGraph      *self,
                          const char      *id,
                          FocalLinkKind    kind,
                          FocalDirection   direction,
                          FocalDate       *as_of,
                          guint           *n_found,
                          GError         **error)
{
  gint32 date_first, date_last;
  guint node;

  if (!focal_graph_start_query (self, id, as_of, &node, &date_first, &date_last, error))
    return NULL;

  return focal_graph_collect_neighbors (self, node, kind, direction, as_of, date_first,
                                        date_last, n_found);
}

/**
 * focal_graph_dup_neighbors:
 * @self: a graph
 * @id: the id of an entity in the graph
 * @kind: the kind of links to follow, or [enum@Focal.LinkKind.ANY]
 * @direction: which ends to follow
 * @as_of: (nullable): a date or interval, or `NULL` for any time
 * @error: return location for an error
 *
 * Collects the entities linked to an entity.
 *
 * With @as_of, only links that hold then are followed, and only neighbours
 * whose own validity overlaps @as_of are kept: "who was the SRE linked to
 * as of 1995". Each neighbour appears once, in the order of the first link
 * that reaches it. Costs O(degree + n / 8) for n entities, plus O(k log k)
 * to fill the list store of the k neighbours; [method@Graph.dup_neighbor_nodes]
 * answers the same question with node numbers, without the store.
 *
 * Returns: (transfer full) (nullable): a list model of [class@Entity], or
 *   `NULL` with @error set when @id is unknown
 */
GListModel *
focal_graph_dup_neighbors (FocalGraph      *self,
                           const char      *id,
                           FocalLinkKind    kind,
                           FocalDirection   direction,
                           FocalDate       *as_of,
                           GError         **error)
{
  g_autoptr(GListStore) result = NULL;
  g_autofree guint32 *found = NULL;
  g_autofree gpointer *entities = NULL;
  guint n_found;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  found = focal_graph_neighbors_of (self, id, kind, direction, as_of, &n_found, error);
  if (found == NULL)
    return NULL;
  entities = g_new (gpointer, MAX (n_found, 1));
  for (guint i = 0; i < n_found; i++)
    entities[i] = g_ptr_array_index (self->nodes, found[i]);

  result = g_list_store_new (FOCAL_TYPE_ENTITY);
  g_list_store_splice (result, 0, 0, entities, n_found);

  return G_LIST_MODEL (g_steal_pointer (&result));
}

/**
 * focal_graph_dup_neighbor_nodes:
 * @self: a graph
 * @id: the id of an entity in the graph
 * @kind: the kind of links to follow, or [enum@Focal.LinkKind.ANY]
 * @direction: which ends to follow
 * @as_of: (nullable): a date or interval, or `NULL` for any time
 * @error: return location for an error
 *
 * Collects the same neighbours as [method@Graph.dup_neighbors], in the same
 * order, as node numbers: unsigned 32-bit integers in the machine's byte
 * order, which index the array of [method@Graph.dup_node_ids] and match the
 * ends of [method@Graph.dup_link_column]. No object is made or referenced,
 * so this is the call for code that walks large neighbourhoods, or reads
 * them into numpy (`numpy.frombuffer (bytes.get_data (), numpy.uint32)`).
 * Costs O(degree + n / 8) for n entities.
 *
 * Returns: (transfer full) (nullable): the node numbers, or `NULL` with
 *   @error set when @id is unknown
 */
GBytes *
focal_graph_dup_neighbor_nodes (FocalGraph      *self,
                                const char      *id,
                                FocalLinkKind    kind,
                                FocalDirection   direction,
                                FocalDate       *as_of,
                                GError         **error)
{
  guint32 *found;
  guint n_found;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  found = focal_graph_neighbors_of (self, id, kind, direction, as_of, &n_found, error);
  if (found == NULL)
    return NULL;

  return g_bytes_new_take (found, sizeof (guint32) * n_found);
}

static int
focal_graph_compare_positions (gconstpointer a,
                               gconstpointer b)
{
  FocalDate *da = focal_position_get_date (*(FocalPosition **) a);
  FocalDate *db = focal_position_get_date (*(FocalPosition **) b);

  /* Undated positions come first: nothing says when they held. */
  if (da == NULL || db == NULL)
    return (da != NULL) - (db != NULL);

  return focal_date_compare (da, db);
}

/**
 * focal_graph_dup_positions_for:
 * @self: a graph
 * @actor_id: (nullable): the actor whose positions are wanted, or `NULL`
 *   for every actor
 * @issue_id: (nullable): the issue, or `NULL` for every issue
 *
 * Collects positions, oldest first: with both ids, the history of one
 * actor's stance on one issue.
 *
 * Undated positions come first; positions of the same date keep the order
 * they were added in. Costs O(P + k log k) for the P positions of the graph
 * and the k it returns.
 *
 * Returns: (transfer full): a list model of [class@Position]
 */
GListModel *
focal_graph_dup_positions_for (FocalGraph *self,
                               const char *actor_id,
                               const char *issue_id)
{
  g_autoptr(GPtrArray) matches = NULL;
  GListStore *result;
  guint n;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  matches = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->positions));
  for (guint i = 0; i < n; i++)
    {
      FocalPosition *position = g_list_model_get_item (G_LIST_MODEL (self->positions), i);

      if ((actor_id == NULL || g_strcmp0 (focal_position_get_actor_id (position), actor_id) == 0) &&
          (issue_id == NULL || g_strcmp0 (focal_position_get_issue_id (position), issue_id) == 0))
        g_ptr_array_add (matches, position);
      else
        g_object_unref (position);
    }

  g_ptr_array_sort (matches, focal_graph_compare_positions);

  result = g_list_store_new (FOCAL_TYPE_POSITION);
  g_list_store_splice (result, 0, 0, matches->pdata, matches->len);

  return G_LIST_MODEL (result);
}

/**
 * focal_graph_dup_parts:
 * @self: a graph
 * @id: an id
 *
 * Collects the entities whose parent is @id: the actors that are part of
 * an actor, or the totals and encounters nested in an aggregate event.
 *
 * Costs O(parts).
 *
 * Returns: (transfer full): a list model of [class@Entity], possibly empty
 */
GListModel *
focal_graph_dup_parts (FocalGraph *self,
                       const char *id)
{
  GListStore *result;
  GPtrArray *parts;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  result = g_list_store_new (FOCAL_TYPE_ENTITY);
  parts = g_hash_table_lookup (self->parts, id);
  if (parts != NULL)
    g_list_store_splice (result, 0, 0, parts->pdata, parts->len);

  return G_LIST_MODEL (result);
}

/**
 * focal_graph_dup_referrers:
 * @self: a graph
 * @id: an id
 *
 * Collects the entities that refer to @id through their own fields (see
 * [method@Entity.dup_references]); links are not counted.
 *
 * Costs O(n + r) over the graph's entities and the r references they
 * make.
 *
 * Returns: (transfer full): a list model of [class@Entity], possibly empty
 */
GListModel *
focal_graph_dup_referrers (FocalGraph *self,
                           const char *id)
{
  GListStore *result;
  GListStore *stores[6];

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stores[0] = self->actors;
  stores[1] = self->agreements;
  stores[2] = self->forums;
  stores[3] = self->issues;
  stores[4] = self->positions;
  stores[5] = self->events;

  result = g_list_store_new (FOCAL_TYPE_ENTITY);
  for (guint s = 0; s < G_N_ELEMENTS (stores); s++)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (stores[s]));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(FocalEntity) entity = g_list_model_get_item (G_LIST_MODEL (stores[s]), i);
          g_auto(GStrv) references = focal_entity_dup_references (entity);

          if (g_strv_contains ((const char * const *) references, id))
            g_list_store_append (result, entity);
        }
    }

  return G_LIST_MODEL (result);
}

/**
 * focal_graph_dup_link_column:
 * @self: a graph
 * @column: which column
 *
 * Copies one column of the graph's link table: a value per link, in the
 * order of [method@Graph.get_links], packed in the machine's byte order.
 *
 * This is the bulk way to the links, for numpy or a dataframe: no object
 * is made per link. In Python, `numpy.frombuffer (column.get_data (),
 * dtype)` reads it, with `uint32` for the ends (node numbers, see
 * [method@Graph.dup_node_ids]), `uint8` for the kind, `int32` for the
 * days and `float64` for the weight. Costs O(m).
 *
 * Returns: (transfer full): the column, `n_links` values of the type
 *   [enum@LinkColumn] gives
 */
GBytes *
focal_graph_dup_link_column (FocalGraph      *self,
                             FocalLinkColumn  column)
{
  guint n;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  n = self->n_links;

  switch (column)
    {
    case FOCAL_LINK_COLUMN_SOURCE:
      return g_bytes_new (self->link_source, sizeof (guint32) * n);

    case FOCAL_LINK_COLUMN_TARGET:
      return g_bytes_new (self->link_target, sizeof (guint32) * n);

    case FOCAL_LINK_COLUMN_KIND:
      return g_bytes_new (self->link_kind, n);

    case FOCAL_LINK_COLUMN_FIRST_DAY:
    case FOCAL_LINK_COLUMN_LAST_DAY:
      {
        GArray *days = column == FOCAL_LINK_COLUMN_FIRST_DAY ? self->period_first : self->period_last;
        gint32 *values = g_new (gint32, MAX (n, 1));

        for (guint l = 0; l < n; l++)
          values[l] = g_array_index (days, gint32, self->link_period[l]);

        return g_bytes_new_take (values, sizeof (gint32) * n);
      }

    case FOCAL_LINK_COLUMN_WEIGHT:
      {
        double *values;

        if (self->link_weight != NULL)
          return g_bytes_new (self->link_weight, sizeof (double) * n);

        values = g_new (double, MAX (n, 1));
        for (guint l = 0; l < n; l++)
          values[l] = _focal_graph_link_weight (self, l);

        return g_bytes_new_take (values, sizeof (double) * n);
      }

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * focal_graph_dup_node_ids:
 * @self: a graph
 *
 * Lists the ids of the graph's nodes, by node number: the numbers that
 * [method@Graph.dup_link_column] gives for the ends of links.
 *
 * Every entity is a node. The number of a removed entity is an empty
 * string until another entity takes it.
 *
 * Returns: (transfer full) (array zero-terminated=1): the id of each node
 */
char **
focal_graph_dup_node_ids (FocalGraph *self)
{
  char **ids;

  g_return_val_if_fail (FOCAL_IS_GRAPH (self), NULL);

  ids = g_new (char *, self->nodes->len + 1);
  for (guint node = 0; node < self->nodes->len; node++)
    {
      FocalEntity *entity = g_ptr_array_index (self->nodes, node);

      ids[node] = g_strdup (entity != NULL ? focal_entity_get_id (entity) : "");
    }
  ids[self->nodes->len] = NULL;

  return ids;
}

/* Private: the packed storage ---------------------------------------- */

guint
_focal_graph_get_n_nodes (FocalGraph *self)
{
  return self->nodes->len;
}

FocalEntity *
_focal_graph_get_node (FocalGraph *self,
                       guint       node)
{
  return node < self->nodes->len ? g_ptr_array_index (self->nodes, node) : NULL;
}

gboolean
_focal_graph_find_node (FocalGraph *self,
                        const char *id,
                        guint      *node)
{
  return _focal_id_index_lookup (self->ids, id, node);
}

void
_focal_graph_get_link_columns (FocalGraph       *self,
                               FocalLinkColumns *columns)
{
  columns->n_links = self->n_links;
  columns->source = self->link_source;
  columns->target = self->link_target;
  columns->kind = self->link_kind;
  columns->period = self->link_period;
  columns->weight = self->link_weight;
  columns->weight_code = self->weight_code;
  columns->weight_values = self->weight_values != NULL
                           ? (const double *) (gpointer) self->weight_values->data : NULL;
  columns->period_first = (const gint32 *) (gpointer) self->period_first->data;
  columns->period_last = (const gint32 *) (gpointer) self->period_last->data;
  columns->periods = (FocalDate **) self->periods->pdata;
}

const guint32 *
_focal_graph_get_node_links (FocalGraph *self,
                             guint       node,
                             guint      *n_links)
{
  if (node >= self->nodes->len)
    {
      *n_links = 0;
      return NULL;
    }

  focal_graph_flush_adjacency (self);
  *n_links = self->adjacency[node].n_links;
  return self->adjacency[node].links;
}

const char *
_focal_graph_link_source_id (FocalGraph *self,
                             guint       index)
{
  return focal_entity_get_id (g_ptr_array_index (self->nodes, self->link_source[index]));
}

const char *
_focal_graph_link_target_id (FocalGraph *self,
                             guint       index)
{
  return focal_entity_get_id (g_ptr_array_index (self->nodes, self->link_target[index]));
}

FocalLinkKind
_focal_graph_link_kind (FocalGraph *self,
                        guint       index)
{
  return self->link_kind[index];
}

FocalDate *
_focal_graph_link_period (FocalGraph *self,
                          guint       index)
{
  return g_ptr_array_index (self->periods, self->link_period[index]);
}

double
_focal_graph_link_weight (FocalGraph *self,
                          guint       index)
{
  if (self->weight_code != NULL)
    return g_array_index (self->weight_values, double, self->weight_code[index]);

  return self->link_weight != NULL ? self->link_weight[index] : 1.0;
}

FocalLinkData *
_focal_graph_link_data (FocalGraph *self,
                        guint       index,
                        gboolean    create)
{
  FocalLinkData *data = focal_graph_peek_data (self, index);

  if (!create)
    return data;

  if (data == NULL || (self->link_data[index] & FOCAL_GRAPH_SHARED_DATA))
    {
      FocalLinkData own = { NULL, };

      /* A link about to change gets parts of its own, even while empty:
       * the caller is about to fill them. */
      if (data != NULL)
        own.attributes = g_ref_string_acquire (data->attributes);
      focal_graph_keep_data (self, index, &own);
    }

  return g_ptr_array_index (self->data, self->link_data[index]);
}

void
_focal_graph_link_set_period (FocalGraph *self,
                              guint       index,
                              FocalDate  *period)
{
  self->link_period[index] = focal_graph_intern_period (self, period);
}

void
_focal_graph_link_set_weight (FocalGraph *self,
                              guint       index,
                              double      weight)
{
  focal_graph_put_weight (self, index, weight);
}

FocalLink *
_focal_graph_dup_link (FocalGraph *self,
                       guint       index)
{
  GWeakRef *ref;
  FocalLink *link = NULL;

  g_mutex_lock (&self->proxy_lock);
  ref = g_hash_table_lookup (self->proxies, GUINT_TO_POINTER (index));
  if (ref != NULL)
    link = g_weak_ref_get (ref);
  if (link == NULL)
    {
      link = _focal_link_new_proxy (self, index);
      focal_graph_remember_link (self, index, link);
    }
  g_mutex_unlock (&self->proxy_lock);

  return link;
}

void
_focal_graph_forget_link (FocalGraph *self,
                          FocalLink  *link)
{
  FocalLink *alive = NULL;
  GWeakRef *ref;
  guint index;

  g_mutex_lock (&self->proxy_lock);
  index = _focal_link_get_index (link);
  ref = g_hash_table_lookup (self->proxies, GUINT_TO_POINTER (index));
  if (ref != NULL)
    {
      /* Another thread may have made a new object for the row already. */
      alive = g_weak_ref_get (ref);
      if (alive == NULL)
        g_hash_table_remove (self->proxies, GUINT_TO_POINTER (index));
    }
  g_mutex_unlock (&self->proxy_lock);

  g_clear_object (&alive);
}

gboolean
_focal_graph_check_link (FocalGraph     *self,
                         const char     *source_id,
                         FocalLinkKind   kind,
                         const char     *target_id,
                         guint          *source,
                         guint          *target,
                         GError        **error)
{
  const FocalLinkRule *rule = &link_rules[kind];
  guint32 source_hash, target_hash;
  guint targets;

  g_assert (kind > FOCAL_LINK_KIND_ANY && kind < G_N_ELEMENTS (link_rules));

  if (g_str_equal (source_id, target_id))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                   "link %s → %s (%s): an entity cannot be linked to itself",
                   source_id, target_id, focal_graph_link_kind_nick (kind));
      return FALSE;
    }

  /* Both ends are looked up: their cache misses overlap. */
  source_hash = _focal_id_index_prefetch (self->ids, source_id);
  target_hash = _focal_id_index_prefetch (self->ids, target_id);

  if (!focal_graph_check_link_end (self, source_id, kind, target_id, "source", source_id,
                                   source_hash, rule->sources, source, error))
    return FALSE;

  targets = rule->targets == END_SAME
            ? self->node_ends[*source]
            : rule->targets;

  return focal_graph_check_link_end (self, source_id, kind, target_id, "target", target_id,
                                     target_hash, targets, target, error);
}

guint32
_focal_graph_intern_period (FocalGraph *self,
                            FocalDate  *period)
{
  return focal_graph_intern_period (self, period);
}

void
_focal_graph_reserve_links (FocalGraph *self,
                            guint       n_links)
{
  guint64 wanted = (guint64) self->n_links + n_links;

  if (wanted > G_MAXINT32)
    wanted = G_MAXINT32;
  if (self->links_capacity < wanted)
    focal_graph_resize_links (self, wanted);
}

void
_focal_graph_begin_bulk (FocalGraph *self)
{
  if (self->bulk_depth++ == 0)
    {
      self->bulk_first = self->n_links;
      self->bulk_link_added = g_signal_has_handler_pending (self, signals[LINK_ADDED], 0, TRUE);
    }
}

void
_focal_graph_end_bulk (FocalGraph *self)
{
  g_return_if_fail (self->bulk_depth > 0);

  if (self->bulk_depth == 1)
    focal_graph_flush_adjacency (self);
  if (--self->bulk_depth == 0 && self->n_links > self->bulk_first)
    g_list_model_items_changed (self->links, self->bulk_first, 0, self->n_links - self->bulk_first);
}

void
_focal_graph_append_link_interned (FocalGraph    *self,
                                   guint          source,
                                   FocalLinkKind  kind,
                                   guint          target,
                                   guint32        period,
                                   double         weight,
                                   FocalLinkData *data)
{
  guint index;

  g_assert (period < self->periods->len);

  index = focal_graph_append_row (self, source, kind, target, period, weight);
  if (data != NULL)
    focal_graph_store_data (self, index, data);

  if (self->bulk_depth == 0)
    g_list_model_items_changed (self->links, index, 0, 1);
  /* Asking GObject takes its global signal lock, which the threads that
   * read a document take for every JSON value: in bulk, it was asked once. */
  if (self->bulk_depth > 0 ? self->bulk_link_added
                           : g_signal_has_handler_pending (self, signals[LINK_ADDED], 0, TRUE))
    {
      g_autoptr(FocalLink) link = _focal_graph_dup_link (self, index);

      g_signal_emit (self, signals[LINK_ADDED], 0, link);
    }
}

void
_focal_graph_trim (FocalGraph *self)
{
  guint capacity = MAX (self->n_links, 1);

  if (self->links_capacity > capacity)
    focal_graph_resize_links (self, capacity);

  focal_graph_flush_adjacency (self);
  for (guint node = 0; node < self->nodes->len; node++)
    {
      FocalAdjacency *adjacency = &self->adjacency[node];

      if (adjacency->capacity > adjacency->n_links && adjacency->n_links > 0)
        {
          adjacency->links = g_renew (guint32, adjacency->links, adjacency->n_links);
          adjacency->others = g_renew (guint32, adjacency->others, adjacency->n_links);
          adjacency->capacity = adjacency->n_links;
        }
    }
}

guint64
_focal_graph_get_link_stamp (FocalGraph *self)
{
  return self->link_stamp;
}

gboolean
_focal_graph_is_loading (FocalGraph *self)
{
  return self->bulk_depth > 0;
}
