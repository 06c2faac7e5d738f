/* focal-graph-private.h: the graph's packed storage, for the library's
 * own queries, readers and writers
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "focal-graph.h"
#include "focal-link-private.h"

G_BEGIN_DECLS

/* Entities are nodes numbered 0 .. n_nodes - 1; a removed entity leaves a
 * hole (NULL) that a later entity may reuse. */
guint         _focal_graph_get_n_nodes     (FocalGraph    *self);
FocalEntity  *_focal_graph_get_node        (FocalGraph    *self,
                                            guint          node);
gboolean      _focal_graph_find_node       (FocalGraph    *self,
                                            const char    *id,
                                            guint         *node);

/* The link table, one column per field, indexed by the link's position in
 * focal_graph_get_links(). Periods are interned: period[l] indexes
 * period_first / period_last / periods, 0 standing for "no period" (which
 * holds at every date: G_MININT32 .. G_MAXINT32). Weights are coded: while
 * the links have at most 65,536 distinct weights, weight_code[l] indexes
 * weight_values (weight is NULL); past that, weight holds them (and
 * weight_code is NULL); both are NULL while every link weighs 1. Read them
 * with _focal_link_columns_weight(). The pointers are valid until the
 * graph changes. */
typedef struct
{
  guint           n_links;
  const guint32  *source;
  const guint32  *target;
  const guint8   *kind;
  const guint32  *period;
  const double   *weight;
  const guint16  *weight_code;
  const double   *weight_values;
  const gint32   *period_first;
  const gint32   *period_last;
  FocalDate     **periods;
} FocalLinkColumns;

void          _focal_graph_get_link_columns (FocalGraph       *self,
                                             FocalLinkColumns *columns);

static inline double
_focal_link_columns_weight (const FocalLinkColumns *columns,
                            guint                   l)
{
  if (columns->weight_code != NULL)
    return columns->weight_values[columns->weight_code[l]];

  return columns->weight != NULL ? columns->weight[l] : 1.0;
}

static inline gboolean
_focal_link_columns_weighted (const FocalLinkColumns *columns)
{
  return columns->weight_code != NULL || columns->weight != NULL;
}

/* Grows each time links are removed (which moves the rows after them), so
 * that holders of row numbers can tell whether they still hold. */
guint64        _focal_graph_get_link_stamp (FocalGraph    *self);

/* The positions of the links that touch @node, in the order they were
 * added; valid until the graph changes. */
const guint32 *_focal_graph_get_node_links (FocalGraph    *self,
                                            guint          node,
                                            guint         *n_links);

/* Fields of link @index. */
const char    *_focal_graph_link_source_id (FocalGraph    *self,
                                            guint          index);
const char    *_focal_graph_link_target_id (FocalGraph    *self,
                                            guint          index);
FocalLinkKind  _focal_graph_link_kind      (FocalGraph    *self,
                                            guint          index);
FocalDate     *_focal_graph_link_period    (FocalGraph    *self,
                                            guint          index);
double         _focal_graph_link_weight    (FocalGraph    *self,
                                            guint          index);
/* The optional parts, NULL when the link has none unless @create. */
FocalLinkData *_focal_graph_link_data      (FocalGraph    *self,
                                            guint          index,
                                            gboolean       create);
void           _focal_graph_link_set_period (FocalGraph   *self,
                                             guint         index,
                                             FocalDate    *period);
void           _focal_graph_link_set_weight (FocalGraph   *self,
                                             guint         index,
                                             double        weight);

/* The object for link @index: the one already handed out while anyone
 * holds it, else a new one. */
FocalLink     *_focal_graph_dup_link       (FocalGraph    *self,
                                            guint          index);
/* Called by a link object of @self when it is finalized. */
void           _focal_graph_forget_link    (FocalGraph    *self,
                                            FocalLink     *link);

/* Appends a link between two nodes without an object, for readers that
 * checked it already (the ends exist, are of the right kinds and differ,
 * the citations name registered sources), with its period interned (see
 * _focal_graph_intern_period). @data is moved into the graph. */
void           _focal_graph_append_link_interned (FocalGraph    *self,
                                                  guint          source,
                                                  FocalLinkKind  kind,
                                                  guint          target,
                                                  guint32        period,
                                                  double         weight,
                                                  FocalLinkData *data);
/* The index of @period (NULL: 0) in the graph's period table, which keeps
 * one reference to each distinct period. */
guint32        _focal_graph_intern_period  (FocalGraph    *self,
                                            FocalDate     *period);
/* Makes room for @n_links more links. */
void           _focal_graph_reserve_links  (FocalGraph    *self,
                                            guint          n_links);
/* Between these, the links appended are announced by one items-changed at
 * the end rather than one each. They nest. */
void           _focal_graph_begin_bulk     (FocalGraph    *self);
void           _focal_graph_end_bulk       (FocalGraph    *self);
/* Whether a reader is filling the graph (between begin and end bulk): it
 * checks part-of loops itself, so entities skip that walk. */
gboolean       _focal_graph_is_loading     (FocalGraph    *self);

/* focal_graph_add_link() for importers: the graph does not hold @link,
 * which stands for its row only while the caller (or anyone) holds it. */
gboolean       _focal_graph_add_link_unpinned (FocalGraph   *self,
                                               FocalLink    *link,
                                               GError      **error);

/* Checks that a link of @kind may join @source_id to @target_id, as
 * focal_graph_add_link() does, and finds their nodes. */
gboolean       _focal_graph_check_link     (FocalGraph    *self,
                                            const char    *source_id,
                                            FocalLinkKind  kind,
                                            const char    *target_id,
                                            guint         *source,
                                            guint         *target,
                                            GError       **error);
/* Gives back the memory kept for growth, after a bulk load. */
void           _focal_graph_trim           (FocalGraph    *self);

/* Whether a link whose period is first_day .. last_day holds at @date (NULL:
 * always). */
static inline gboolean
_focal_days_overlap (gint32 first_day,
                     gint32 last_day,
                     gint32 date_first,
                     gint32 date_last)
{
  return first_day <= date_last && date_first <= last_day;
}

G_END_DECLS
