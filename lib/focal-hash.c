/* focal-hash.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-hash-private.h"

/* SipHash-1-3 (Aumasson and Bernstein, "SipHash: a fast short-input PRF",
 * 2012): one compression round per 8-byte block and three finalization
 * rounds, the variant hash tables use. Written from the paper's
 * description. */

static guint64 focal_hash_key[2];

static inline guint64
focal_hash_rotl (guint64 x,
                 guint   bits)
{
  return (x << bits) | (x >> (64 - bits));
}

/* The 64-bit word at @p, little-endian whatever the host. */
static inline guint64
focal_hash_load64 (const guint8 *p)
{
  guint64 word;

  memcpy (&word, p, sizeof word);
  return GUINT64_FROM_LE (word);
}

typedef struct
{
  guint64 v0, v1, v2, v3;
} FocalSipState;

static inline void
focal_hash_round (FocalSipState *s)
{
  s->v0 += s->v1;
  s->v1 = focal_hash_rotl (s->v1, 13);
  s->v1 ^= s->v0;
  s->v0 = focal_hash_rotl (s->v0, 32);
  s->v2 += s->v3;
  s->v3 = focal_hash_rotl (s->v3, 16);
  s->v3 ^= s->v2;
  s->v0 += s->v3;
  s->v3 = focal_hash_rotl (s->v3, 21);
  s->v3 ^= s->v0;
  s->v2 += s->v1;
  s->v1 = focal_hash_rotl (s->v1, 17);
  s->v1 ^= s->v2;
  s->v2 = focal_hash_rotl (s->v2, 32);
}

static inline void
focal_hash_compress (FocalSipState *s,
                     guint64        block)
{
  s->v3 ^= block;
  focal_hash_round (s);
  s->v0 ^= block;
}

static guint64
focal_hash_siphash13 (const guint64  key[2],
                      const guint8  *data,
                      gsize          len)
{
  FocalSipState s;
  const guint8 *end = data + (len & ~(gsize) 7);
  guint64 last = (guint64) (len & 0xff) << 56;

  /* The constants spell "somepseudorandomlygeneratedbytes". */
  s.v0 = key[0] ^ G_GUINT64_CONSTANT (0x736f6d6570736575);
  s.v1 = key[1] ^ G_GUINT64_CONSTANT (0x646f72616e646f6d);
  s.v2 = key[0] ^ G_GUINT64_CONSTANT (0x6c7967656e657261);
  s.v3 = key[1] ^ G_GUINT64_CONSTANT (0x7465646279746573);

  for (; data < end; data += 8)
    focal_hash_compress (&s, focal_hash_load64 (data));

  /* The 0 to 7 bytes left, then the length modulo 256 in the top byte. */
  for (guint i = 0; i < (len & 7); i++)
    last |= (guint64) data[i] << (8 * i);
  focal_hash_compress (&s, last);

  s.v2 ^= 0xff;
  focal_hash_round (&s);
  focal_hash_round (&s);
  focal_hash_round (&s);

  return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

/* Draws the key once per process. GLib seeds its global generator from
 * /dev/urandom (or the time when that is missing), which is all this needs:
 * the key only has to be unknown to whoever writes the input. */
static const guint64 *
focal_hash_get_key (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (focal_hash_key); i++)
        focal_hash_key[i] = ((guint64) g_random_int () << 32) | g_random_int ();
      g_once_init_leave (&initialized, 1);
    }

  return focal_hash_key;
}

guint
_focal_str_hash (gconstpointer key)
{
  const char *str = key;
  guint64 hash = focal_hash_siphash13 (focal_hash_get_key (), (const guint8 *) str,
                                       strlen (str));

  return (guint) (hash ^ (hash >> 32));
}

guint
_focal_hash_bytes (gconstpointer data,
                   gsize         length)
{
  guint64 hash = focal_hash_siphash13 (focal_hash_get_key (), data, length);

  return (guint) (hash ^ (hash >> 32));
}

GHashTable *
_focal_str_table_new (GDestroyNotify key_free,
                      GDestroyNotify value_free)
{
  return g_hash_table_new_full (_focal_str_hash, g_str_equal, key_free, value_free);
}
