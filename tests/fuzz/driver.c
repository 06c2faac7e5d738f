/* driver.c: replays files through a fuzz harness without a fuzzing engine
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: fuzz-NAME-replay PATH...
 *
 * Every PATH that is a file, and every file below every PATH that is a
 * directory (in name order, hidden files and README.md left out), is read
 * and given to LLVMFuzzerTestOneInput() once. The output is TAP, one test
 * per file; a harness that finds a broken invariant aborts, and so fails
 * the run. Finding no file at all fails too.
 */

#include <glib.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static int
driver_compare_paths (gconstpointer a,
                      gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
driver_collect (const char  *path,
                GPtrArray   *files,
                GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return TRUE;
    }

  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return FALSE;

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_strcmp0 (name, "README.md") != 0)
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, driver_compare_paths);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (path, g_ptr_array_index (names, i), NULL);

      if (!driver_collect (child, files, error))
        return FALSE;
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s PATH...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      if (!driver_collect (argv[i], files, &error))
        {
          printf ("Bail out! %s\n", error->message);
          return 1;
        }
    }

  if (files->len == 0)
    {
      printf ("Bail out! no input file in the paths given\n");
      return 1;
    }

  printf ("1..%u\n", files->len);
  fflush (stdout);

  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);
      g_autofree char *contents = NULL;
      g_autofree uint8_t *data = NULL;
      gsize length = 0;

      if (!g_file_get_contents (file, &contents, &length, &error))
        {
          printf ("not ok %u - %s\n", i + 1, error->message);
          g_clear_error (&error);
          continue;
        }

      /* An exact-size copy, as the fuzzer gives: reading past the end is
       * then an error the sanitizers see. */
      data = g_memdup2 (contents, length);
      LLVMFuzzerTestOneInput (data, length);
      printf ("ok %u - %s\n", i + 1, file);
      fflush (stdout);
    }

  return 0;
}
