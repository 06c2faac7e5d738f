/* bench-hash.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Times filling a string-keyed GHashTable with ids crafted to collide under
 * g_str_hash (djb2), once with g_str_hash and once with _focal_str_hash,
 * and the same for ordinary ids ("actor-1", "actor-2", ...) to show what the
 * seeded hash costs when nobody attacks.
 *
 *   bench-hash [--all] [N ...]    (default: 20000 100000)
 *
 * g_str_hash on colliding ids is quadratic: 20,000 took 2.5 s to insert and
 * 100,000 took 432 s (then 1219 s to look up), so it only runs up to
 * BENCH_HASH_DJB2_LIMIT ids unless --all is given.
 */

#include <stdlib.h>

#include <glib.h>

#include "focal-hash-private.h"

#define BENCH_HASH_DJB2_LIMIT 20000

static gboolean bench_hash_all;

/* "Ez" and "FY" have the same djb2 value, and so does every string of the
 * same number of them: id @index spells the bits of @index with the two
 * blocks, @n_blocks of them. */
static GPtrArray *
bench_hash_colliding_ids (guint n)
{
  GPtrArray *ids = g_ptr_array_new_full (n, g_free);
  guint n_blocks = 1;

  while (n_blocks < 31 && (1u << n_blocks) < n)
    n_blocks++;

  for (guint i = 0; i < n; i++)
    {
      GString *id = g_string_sized_new (2 * n_blocks);

      for (guint block = 0; block < n_blocks; block++)
        g_string_append (id, (i >> block) & 1 ? "FY" : "Ez");
      g_ptr_array_add (ids, g_string_free (id, FALSE));
    }

  return ids;
}

static GPtrArray *
bench_hash_plain_ids (guint n)
{
  GPtrArray *ids = g_ptr_array_new_full (n, g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, g_strdup_printf ("actor-%u", i));

  return ids;
}

/* Inserts every id, then looks every id up; returns the seconds taken by
 * each in @insert_s and @lookup_s. */
static void
bench_hash_fill (GPtrArray *ids,
                 GHashFunc  hash_func,
                 double    *insert_s,
                 double    *lookup_s)
{
  g_autoptr(GHashTable) table = g_hash_table_new (hash_func, g_str_equal);
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < ids->len; i++)
    g_hash_table_insert (table, g_ptr_array_index (ids, i), GUINT_TO_POINTER (i + 1));
  *insert_s = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < ids->len; i++)
    if (g_hash_table_lookup (table, g_ptr_array_index (ids, i)) != GUINT_TO_POINTER (i + 1))
      g_error ("lookup of %s failed", (const char *) g_ptr_array_index (ids, i));
  *lookup_s = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static void
bench_hash_run (const char *label,
                GPtrArray  *ids)
{
  const struct {
    const char *name;
    GHashFunc   func;
  } hashes[] = {
    { "g_str_hash", g_str_hash },
    { "_focal_str_hash", _focal_str_hash },
  };

  for (guint h = 0; h < G_N_ELEMENTS (hashes); h++)
    {
      double insert_s, lookup_s;

      if (hashes[h].func == g_str_hash && g_str_equal (label, "colliding") &&
          ids->len > BENCH_HASH_DJB2_LIMIT && !bench_hash_all)
        {
          g_print ("%7u %-9s ids  %-16s  skipped: quadratic, run with --all\n",
                   ids->len, label, hashes[h].name);
          continue;
        }

      bench_hash_fill (ids, hashes[h].func, &insert_s, &lookup_s);
      g_print ("%7u %-9s ids  %-16s  insert %9.4f s  lookup %9.4f s\n",
               ids->len, label, hashes[h].name, insert_s, lookup_s);
    }
}

static void
bench_hash_run_size (guint n)
{
  g_autoptr(GPtrArray) plain = bench_hash_plain_ids (n);
  g_autoptr(GPtrArray) colliding = bench_hash_colliding_ids (n);

  bench_hash_run ("ordinary", plain);
  bench_hash_run ("colliding", colliding);
}

int
main (int   argc,
      char *argv[])
{
  if (argc > 1 && g_str_equal (argv[1], "--all"))
    {
      bench_hash_all = TRUE;
      argv++;
      argc--;
    }

  if (argc < 2)
    {
      bench_hash_run_size (20000);
      bench_hash_run_size (100000);
      return EXIT_SUCCESS;
    }

  for (int i = 1; i < argc; i++)
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (argv[i], 10, 1, G_MAXUINT32 / 2, &n, NULL))
        {
          g_printerr ("bench-hash: not a count: %s\n", argv[i]);
          return EXIT_FAILURE;
        }
      bench_hash_run_size (n);
    }

  return EXIT_SUCCESS;
}
