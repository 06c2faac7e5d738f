/* focal-count-private.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "focal-count.h"

G_BEGIN_DECLS

FocalCount *_focal_count_new (guint       min,
                              guint       max,
                              FocalDate  *period,
                              GListModel *events) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
