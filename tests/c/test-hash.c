/* test-hash.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <glib.h>

#include "focal-hash-private.h"
#include "focal-id-index-private.h"

#define N_COLLIDING 20000
#define N_BLOCKS    15   /* 2^15 = 32768 strings of 30 bytes to choose from */

/* "Ez" and "FY" have the same djb2 (g_str_hash) value, 69 * 33 + 122 = 70 *
 * 33 + 89, so every string made of N_BLOCKS of them has the same value too.
 * String @index spells the bits of @index with those two blocks. */
static char *
make_colliding_id (guint index)
{
  GString *id = g_string_sized_new (2 * N_BLOCKS);

  for (guint block = 0; block < N_BLOCKS; block++)
    g_string_append (id, (index >> block) & 1 ? "FY" : "Ez");

  return g_string_free (id, FALSE);
}

static GPtrArray *
make_colliding_ids (guint n)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, make_colliding_id (i));

  return ids;
}

static void
test_hash_equal_strings (void)
{
  const char *samples[] = { "", "a", "ife", "jmc-1998", "actor/with/slashes",
                            "exactly8", "more than sixteen bytes long" };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *copy = g_strdup (samples[i]);

      g_assert_true (copy != samples[i]);
      g_assert_cmpuint (_focal_str_hash (copy), ==, _focal_str_hash (samples[i]));
      g_assert_cmpuint (_focal_str_hash (samples[i]), ==, _focal_str_hash (samples[i]));
    }

  /* A prefix is a different string: the length is part of the hash. */
  g_assert_cmpuint (_focal_str_hash ("abcdefgh"), !=, _focal_str_hash ("abcdefg"));
  g_assert_cmpuint (_focal_str_hash ("a"), !=, _focal_str_hash (""));
}

/* The words are read whatever the alignment of the string, and only up to
 * its end: the same text at every offset of a buffer hashes alike. */
static void
test_hash_alignment (void)
{
  const char *text = "an identifier of some forty bytes, or so";
  char buffer[64];
  guint expected = _focal_str_hash (text);

  for (guint offset = 0; offset < 8; offset++)
    {
      memset (buffer, 'x', sizeof buffer);
      memcpy (buffer + offset, text, strlen (text) + 1);
      g_assert_cmpuint (_focal_str_hash (buffer + offset), ==, expected);
    }
}

/* Every length from 0 to 40 exercises each size of the final partial word;
 * the strings are prefixes of one another and must all hash apart. */
static void
test_hash_lengths (void)
{
  const char *text = "0123456789abcdefghijklmnopqrstuvwxyzABCD";
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (gsize len = 0; len <= strlen (text); len++)
    {
      g_autofree char *prefix = g_strndup (text, len);

      g_hash_table_add (seen, GUINT_TO_POINTER (_focal_str_hash (prefix)));
    }

  g_assert_cmpuint (g_hash_table_size (seen), ==, strlen (text) + 1);
}

static void
test_hash_djb2_collisions (void)
{
  g_autoptr(GPtrArray) ids = make_colliding_ids (N_COLLIDING);
  g_autoptr(GHashTable) low_bits = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) full = g_hash_table_new (NULL, NULL);
  guint djb2 = g_str_hash (g_ptr_array_index (ids, 0));
  double buckets = 65536.0;
  double empty_share = 1.0;
  double ideal;

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      guint hash = _focal_str_hash (id);

      g_assert_cmpuint (g_str_hash (id), ==, djb2);
      g_hash_table_add (low_bits, GUINT_TO_POINTER (hash & 0xffff));
      g_hash_table_add (full, GUINT_TO_POINTER (hash));
    }

  /* A random function puts n keys into buckets * (1 - (1 - 1/buckets)^n)
   * distinct buckets on average: about 17,240 of 65,536 for 20,000 keys. */
  for (guint i = 0; i < N_COLLIDING; i++)
    empty_share *= 1.0 - 1.0 / buckets;
  ideal = buckets * (1.0 - empty_share);
  g_test_message ("%u distinct values mod 2^16, ideal %.0f",
                  g_hash_table_size (low_bits), ideal);
  g_assert_cmpfloat (g_hash_table_size (low_bits), >=, 0.9 * ideal);

  /* Over 32 bits a random function gives 20,000 keys about 0.05 collisions. */
  g_assert_cmpuint (g_hash_table_size (full), >=, N_COLLIDING - 10);
}

static guint n_keys_freed;
static guint n_values_freed;

static void
count_key_free (gpointer data)
{
  n_keys_freed++;
  g_free (data);
}

static void
count_value_free (gpointer data)
{
  n_values_freed++;
}

static void
test_hash_table (void)
{
  g_autoptr(GPtrArray) ids = make_colliding_ids (N_COLLIDING);
  GHashTable *table = _focal_str_table_new (count_key_free, count_value_free);

  n_keys_freed = n_values_freed = 0;

  for (guint i = 0; i < ids->len; i++)
    g_assert_true (g_hash_table_insert (table, g_strdup (g_ptr_array_index (ids, i)),
                                        GUINT_TO_POINTER (i + 1)));
  g_assert_cmpuint (g_hash_table_size (table), ==, N_COLLIDING);

  /* Lookups go through a different copy of each key. */
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *copy = g_strdup (g_ptr_array_index (ids, i));

      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (table, copy)), ==, i + 1);
    }

  /* Strings that collide with the keys under djb2 but were never added. */
  for (guint i = N_COLLIDING; i < N_COLLIDING + 100; i++)
    {
      g_autofree char *absent = make_colliding_id (i);

      g_assert_false (g_hash_table_contains (table, absent));
    }

  /* Replacing a value keeps the key count and frees the old value. */
  g_assert_false (g_hash_table_insert (table, g_strdup (g_ptr_array_index (ids, 7)),
                                       GUINT_TO_POINTER (G_MAXUINT)));
  g_assert_cmpuint (g_hash_table_size (table), ==, N_COLLIDING);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (table, g_ptr_array_index (ids, 7))),
                    ==, G_MAXUINT);

  for (guint i = 0; i < ids->len; i += 2)
    g_assert_true (g_hash_table_remove (table, g_ptr_array_index (ids, i)));
  g_assert_cmpuint (g_hash_table_size (table), ==, N_COLLIDING / 2);
  for (guint i = 1; i < ids->len; i += 2)
    g_assert_true (g_hash_table_contains (table, g_ptr_array_index (ids, i)));

  g_hash_table_unref (table);
  /* Every key added, the one replaced included, and every value. */
  g_assert_cmpuint (n_keys_freed, ==, N_COLLIDING + 1);
  g_assert_cmpuint (n_values_freed, ==, N_COLLIDING + 1);
}

#define N_THREADS 4

static gpointer
hash_in_thread (gpointer data)
{
  return GUINT_TO_POINTER (_focal_str_hash ("raced"));
}

/* The key is drawn on first use; threads that all make that first use at
 * once must agree on it. Run in a fresh process, where no hash was taken. */
static void
test_hash_first_use_threads (void)
{
  if (g_test_subprocess ())
    {
      GThread *threads[N_THREADS];
      guint hashes[N_THREADS];

      for (guint i = 0; i < N_THREADS; i++)
        threads[i] = g_thread_new ("hash", hash_in_thread, NULL);
      for (guint i = 0; i < N_THREADS; i++)
        hashes[i] = GPOINTER_TO_UINT (g_thread_join (threads[i]));
      for (guint i = 1; i < N_THREADS; i++)
        g_assert_cmpuint (hashes[i], ==, hashes[0]);
      g_assert_cmpuint (_focal_str_hash ("raced"), ==, hashes[0]);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The id index against a GHashTable doing the same random inserts, lookups
 * and removals: removal shifts slots back, so every id must stay findable
 * whatever was removed before it, and the arena is compacted on the way. */
static void
test_id_index_random (void)
{
  g_autoptr(FocalIdIndex) index = _focal_id_index_new ();
  g_autoptr(GHashTable) reference = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  guint compactions_seen = 0;
  gsize last_memory = 0;

  for (guint step = 0; step < 200000; step++)
    {
      g_autofree char *id = g_strdup_printf ("actor/%u", g_rand_int_range (rand, 0, 6000));
      guint value = 0;
      gpointer expected = NULL;
      gboolean present = g_hash_table_lookup_extended (reference, id, NULL, &expected);
      guint32 op = g_rand_int_range (rand, 0, 3);

      g_assert_cmpint (_focal_id_index_lookup (index, id, &value), ==, present);
      if (present)
        g_assert_cmpuint (value, ==, GPOINTER_TO_UINT (expected));

      if (op == 0 && !present)
        {
          _focal_id_index_insert (index, id, step);
          g_hash_table_insert (reference, g_strdup (id), GUINT_TO_POINTER (step));
        }
      else if (op == 1)
        {
          g_assert_cmpint (_focal_id_index_remove (index, id), ==, present);
          g_hash_table_remove (reference, id);
        }
      g_assert_cmpuint (_focal_id_index_size (index), ==, g_hash_table_size (reference));

      if (_focal_id_index_get_memory (index) < last_memory)
        compactions_seen++;
      last_memory = _focal_id_index_get_memory (index);
    }

  /* Every id still there is found with its value, and nothing else. */
  {
    GHashTableIter iter;
    gpointer key, expected;

    g_hash_table_iter_init (&iter, reference);
    while (g_hash_table_iter_next (&iter, &key, &expected))
      {
        guint value;

        g_assert_true (_focal_id_index_lookup (index, key, &value));
        g_assert_cmpuint (value, ==, GPOINTER_TO_UINT (expected));
      }
  }
  g_assert_cmpuint (compactions_seen, >, 0);
}

static void
test_id_index_edges (void)
{
  g_autoptr(FocalIdIndex) index = _focal_id_index_new ();
  guint value = 42;

  /* Empty: no slots yet. */
  g_assert_false (_focal_id_index_lookup (index, "a", &value));
  g_assert_false (_focal_id_index_remove (index, "a"));
  g_assert_cmpuint (value, ==, 42);

  /* The empty string and ids that differ only after a NUL-free prefix. */
  _focal_id_index_insert (index, "", 0);
  _focal_id_index_insert (index, "ab", 1);
  _focal_id_index_insert (index, "abc", 2);
  g_assert_true (_focal_id_index_lookup (index, "", &value));
  g_assert_cmpuint (value, ==, 0);
  g_assert_true (_focal_id_index_lookup (index, "abc", &value));
  g_assert_cmpuint (value, ==, 2);
  g_assert_false (_focal_id_index_lookup (index, "a", &value));

  /* Removing everything resets the arena; inserting again works. */
  g_assert_true (_focal_id_index_remove (index, "ab"));
  g_assert_true (_focal_id_index_remove (index, ""));
  g_assert_true (_focal_id_index_remove (index, "abc"));
  g_assert_cmpuint (_focal_id_index_size (index), ==, 0);
  _focal_id_index_insert (index, "ab", 7);
  g_assert_true (_focal_id_index_lookup (index, "ab", &value));
  g_assert_cmpuint (value, ==, 7);
}

/* Ids that all collide under g_str_hash stay cheap in the index: it hashes
 * with SipHash. */
static void
test_id_index_colliding (void)
{
  g_autoptr(FocalIdIndex) index = _focal_id_index_new ();

  for (guint i = 0; i < N_COLLIDING; i++)
    {
      g_autofree char *id = make_colliding_id (i);

      _focal_id_index_insert (index, id, i);
    }
  for (guint i = 0; i < N_COLLIDING; i++)
    {
      g_autofree char *id = make_colliding_id (i);
      guint value;

      g_assert_true (_focal_id_index_lookup (index, id, &value));
      g_assert_cmpuint (value, ==, i);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/hash/equal-strings", test_hash_equal_strings);
  g_test_add_func ("/focal/hash/alignment", test_hash_alignment);
  g_test_add_func ("/focal/hash/lengths", test_hash_lengths);
  g_test_add_func ("/focal/hash/djb2-collisions", test_hash_djb2_collisions);
  g_test_add_func ("/focal/hash/table", test_hash_table);
  g_test_add_func ("/focal/hash/first-use-threads", test_hash_first_use_threads);
  g_test_add_func ("/focal/hash/id-index/random", test_id_index_random);
  g_test_add_func ("/focal/hash/id-index/edges", test_id_index_edges);
  g_test_add_func ("/focal/hash/id-index/colliding", test_id_index_colliding);

  return g_test_run ();
}
