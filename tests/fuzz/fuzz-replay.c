/* fuzz-replay.c: a short fuzz run without libFuzzer, for the test suite
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the target on every file of the seed corpus, then on a few thousand
 * mutations of them (bytes flipped, cut, repeated), from a fixed seed so that a
 * failure repeats. Clang builds with -Dfuzzing=true use libFuzzer instead.
 */

#include <string.h>

#include "fuzz-target.h"

static void
mutate (GRand      *rand,
        GByteArray *bytes)
{
  guint n = bytes->len;

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0: /* flip a byte */
      if (n > 0)
        bytes->data[g_rand_int_range (rand, 0, n)] = g_rand_int_range (rand, 0, 256);
      break;

    case 1: /* cut the tail */
      if (n > 0)
        g_byte_array_set_size (bytes, g_rand_int_range (rand, 0, n));
      break;

    case 2: /* repeat a slice */
      if (n > 1)
        {
          guint start = g_rand_int_range (rand, 0, n - 1);
          guint len = g_rand_int_range (rand, 1, MIN (64, n - start) + 1);
          g_autofree guint8 *slice = g_memdup2 (bytes->data + start, len);

          g_byte_array_append (bytes, slice, len);
        }
      break;

    default: /* drop a byte */
      if (n > 0)
        g_byte_array_remove_index (bytes, g_rand_int_range (rand, 0, n));
      break;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) seeds = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autoptr(GDir) dir = NULL;
  guint runs = argc > 2 ? atoi (argv[2]) : 3000;
  const char *name;

  if (argc < 2 || !(dir = g_dir_open (argv[1], 0, NULL)))
    {
      g_printerr ("usage: %s CORPUS-DIR [RUNS]\n", argv[0]);
      return 2;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (argv[1], name, NULL);
      char *data;
      gsize size;

      if (g_file_get_contents (path, &data, &size, NULL))
        g_ptr_array_add (seeds, g_bytes_new_take (data, size));
    }

  g_print ("1..%u\n", seeds->len + 1);
  for (guint i = 0; i < seeds->len; i++)
    {
      LLVMFuzzerTestOneInput (g_bytes_get_data (g_ptr_array_index (seeds, i), NULL),
                              g_bytes_get_size (g_ptr_array_index (seeds, i)));
      g_print ("ok %u - seed %u\n", i + 1, i);
    }

  for (guint i = 0; i < runs && seeds->len > 0; i++)
    {
      GBytes *seed = g_ptr_array_index (seeds, g_rand_int_range (rand, 0, seeds->len));
      g_autoptr(GByteArray) bytes = g_byte_array_new ();

      g_byte_array_append (bytes, g_bytes_get_data (seed, NULL), g_bytes_get_size (seed));
      for (int m = g_rand_int_range (rand, 1, 6); m > 0; m--)
        mutate (rand, bytes);
      LLVMFuzzerTestOneInput (bytes->data, bytes->len);
    }
  g_print ("ok %u - %u mutations\n", seeds->len + 1, runs);

  return 0;
}
