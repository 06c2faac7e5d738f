/* focal-hash-private.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A string hash for GHashTable keyed by ids read from untrusted input.
 *
 * g_str_hash() is djb2: anyone can write ids that all land in one bucket
 * ("Ez" and "FY" hash alike, so do all their concatenations), which makes
 * filling a table quadratic. This is SipHash-1-3 under a key drawn at random
 * once per process, so collisions cannot be prepared in advance.
 *
 * The hash of a string differs between processes: never store it, and do
 * not let the iteration order of such a table reach any output. */
guint       _focal_str_hash      (gconstpointer  key);

/* The same for @length bytes that may hold nul bytes. */
guint       _focal_hash_bytes    (gconstpointer  data,
                                  gsize          length);

/* g_hash_table_new_full (_focal_str_hash, g_str_equal, key_free,
 * value_free): a table for string keys that come from input data. */
GHashTable *_focal_str_table_new (GDestroyNotify key_free,
                                  GDestroyNotify value_free);

G_END_DECLS
