/* focal-link-private.h: how a link is stored, in a graph or on its own
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "focal-link.h"
#include "focal-graph.h"

G_BEGIN_DECLS

/* The parts of a link that most links do not have. A graph keeps one only
 * for the links that have any of them. */
typedef struct
{
  char       *description;
  char       *attributes;   /* "key\0value\0" pairs sorted by key, then "\0", in a
                             * GRefString (shared between links); or NULL */
  GListStore *citations;    /* FocalCitation, or NULL when none was ever added */
  JsonObject *unknown;      /* the unknown JSON members, or NULL */
} FocalLinkData;

void        _focal_link_data_clear      (FocalLinkData  *data);
gboolean    _focal_link_data_is_empty   (FocalLinkData  *data);
/* The value of @key in a packed attribute string, or NULL. */
const char *_focal_link_data_lookup     (const char     *attributes,
                                         const char     *key);
/* Sets or (value NULL) removes @key; returns FALSE when nothing changed. */
gboolean    _focal_link_data_set_attribute (FocalLinkData *data,
                                            const char    *key,
                                            const char    *value);
/* Replaces the attributes by @n_pairs (key, value) pairs, in any order; a
 * repeated key keeps its last value. O(k log k). */
void        _focal_link_data_set_attributes (FocalLinkData  *data,
                                             const char    **pairs,
                                             guint           n_pairs);
GListStore *_focal_link_data_ensure_citations (FocalLinkData *data);

/* Packed attribute blocks are GRefStrings, immutable once made, so that
 * links with the same attributes share one block: a change makes a new
 * block. @size counts the final nul. */
char       *_focal_link_attributes_new    (const char    *packed,
                                           gsize          size);
gsize       _focal_link_attributes_size   (const char    *attributes);
/* Hash and equality of blocks by content, for hash tables. */
guint       _focal_link_attributes_hash   (gconstpointer  key);
gboolean    _focal_link_attributes_equal  (gconstpointer  a,
                                           gconstpointer  b);
/* A set of blocks for _focal_link_attributes_intern(), for one load. */
GHashTable *_focal_link_attributes_table_new (void);
/* Returns the block of @table equal to @attributes (transfer full), which
 * it takes, or @attributes itself, which it adds to @table. */
char       *_focal_link_attributes_intern (GHashTable    *table,
                                           char          *attributes);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FocalLinkData, _focal_link_data_clear)

/* A link object that stands for link @index of @graph; its fields are read
 * from and written to the graph's table. Called by the graph only. */
FocalLink  *_focal_link_new_proxy       (FocalGraph     *graph,
                                         guint           index);
/* The graph that holds @self (unowned) and its position there, or NULL. */
FocalGraph *_focal_link_get_graph       (FocalLink      *self);
guint       _focal_link_get_index       (FocalLink      *self);
void        _focal_link_set_index       (FocalLink      *self,
                                         guint           index);
/* A link on its own hands its fields over to @graph, which stores it at
 * @index: @data receives the optional parts, moved out of the link. */
void        _focal_link_attach          (FocalLink      *self,
                                         FocalGraph     *graph,
                                         guint           index,
                                         FocalLinkData  *data);
/* The reverse, when the link leaves its graph (or the graph goes away):
 * the link takes its fields back; @data is moved into it. */
void        _focal_link_detach          (FocalLink      *self,
                                         const char     *source_id,
                                         const char     *target_id,
                                         FocalDate      *period,
                                         double          weight,
                                         FocalLinkData  *data);

/* The citations, or NULL when none were ever added or asked for. */
GListModel *_focal_link_peek_citations  (FocalLink      *self);

/* The unknown JSON members kept with the link (see focal-extras-private.h). */
JsonObject *_focal_link_get_unknown     (FocalLink      *self);
void        _focal_link_set_unknown     (FocalLink      *self,
                                         JsonObject     *unknown);

G_END_DECLS
