/* focal-id-index-private.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A map from entity ids to node numbers, built for the reader's hot path:
 * every link looks up both of its ends.
 *
 * A GHashTable keyed by the entities' own id strings costs several cache
 * misses per lookup (its hash, key and value arrays, then the key string
 * wherever the entity was allocated). Here a slot holds the hash, the
 * value and where the key is in one arena of id strings, so a lookup
 * reads one slot and one arena string. Open addressing with linear
 * probing, at most half full, keyed by _focal_str_hash() (SipHash under a
 * per-process key, so ids cannot be chosen to collide). Removal shifts
 * the following slots back, so there are no tombstones; the arena is
 * compacted when half of it is removed ids.
 *
 * Lookups do not write: any number of threads may look up at once, as
 * long as none inserts or removes. */
typedef struct _FocalIdIndex FocalIdIndex;

FocalIdIndex *_focal_id_index_new    (void);
void          _focal_id_index_free   (FocalIdIndex *index);
guint         _focal_id_index_size   (FocalIdIndex *index);
gboolean      _focal_id_index_lookup (FocalIdIndex *index,
                                      const char   *id,
                                      guint        *value);
/* For two lookups at once, as a link's two ends: hash both and start
 * loading their slots, then look each up with its hash, so that the two
 * cache misses overlap. */
guint32       _focal_id_index_prefetch      (FocalIdIndex *index,
                                             const char   *id);
gboolean      _focal_id_index_lookup_hashed (FocalIdIndex *index,
                                             const char   *id,
                                             guint32       hash,
                                             guint        *value);
/* @id must not be in @index yet. */
void          _focal_id_index_insert (FocalIdIndex *index,
                                      const char   *id,
                                      guint         value);
gboolean      _focal_id_index_remove (FocalIdIndex *index,
                                      const char   *id);
gsize         _focal_id_index_get_memory (FocalIdIndex *index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FocalIdIndex, _focal_id_index_free)

G_END_DECLS
