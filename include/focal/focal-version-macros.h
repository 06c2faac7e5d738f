/* focal-version-macros.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <glib.h>

#ifndef _FOCAL_EXTERN
# define _FOCAL_EXTERN __attribute__((visibility ("default"))) extern
#endif

/**
 * FOCAL_AVAILABLE_IN_ALL:
 *
 * Marks a symbol as part of the public API of every libfocal release.
 *
 * It also makes the symbol visible outside the shared library, which is
 * built with hidden visibility.
 */
#define FOCAL_AVAILABLE_IN_ALL _FOCAL_EXTERN
