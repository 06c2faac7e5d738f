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

/* Writes the message as GLib would, then aborts on a warning, a critical
 * or an error. GLib itself stops a program at a fatal message with
 * SIGTRAP, which libFuzzer does not catch: it would lose the input. */
static inline GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      fputs ("fuzz invariant broken: a warning, critical or error was logged\n", stderr);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
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

  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
}
