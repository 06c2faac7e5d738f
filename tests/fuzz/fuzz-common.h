/* fuzz-common.h: what the fuzz harnesses share
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

#include <stdio.h>
#include <stdlib.h>

/* A broken invariant: say which and abort, so that the fuzzer keeps the
 * input as a crash and the replay driver fails. */
G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
static inline void
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  fputs ("fuzz invariant broken: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);

  abort ();
}

/* Warnings and criticals are bugs here: bad data must become a GError,
 * never a g_warning() or a failed precondition. */
static inline void
fuzz_init (void)
{
  static gboolean done = FALSE;

  if (done)
    return;
  done = TRUE;

  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
}
