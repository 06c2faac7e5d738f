/* focal-types.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-types.h"

/**
 * focal_error_quark:
 *
 * Gives the quark of the [error@Error] domain.
 *
 * Returns: the quark of libfocal's error domain
 */
G_DEFINE_QUARK (focal-error-quark, focal_error)
