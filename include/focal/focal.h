/* focal.h: the one header libfocal users include
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#define FOCAL_INSIDE

#include <focal/focal-version-macros.h>
#include <focal/focal-version.h>
#include <focal/focal-types.h>
#include <focal/focal-enum-types.h>
#include <focal/focal-date.h>
#include <focal/focal-source.h>
#include <focal/focal-citation.h>
#include <focal/focal-indicator.h>
#include <focal/focal-entity.h>
#include <focal/focal-actor.h>
#include <focal/focal-membership.h>
#include <focal/focal-agreement.h>
#include <focal/focal-forum.h>
#include <focal/focal-issue.h>
#include <focal/focal-position.h>
#include <focal/focal-event.h>
#include <focal/focal-link.h>
#include <focal/focal-graph.h>
#include <focal/focal-count.h>
#include <focal/focal-encounters.h>
#include <focal/focal-view.h>
#include <focal/focal-network.h>
#include <focal/focal-inventory.h>
#include <focal/focal-agreement-score.h>
#include <focal/focal-comparison.h>
#include <focal/focal-people.h>
#include <focal/focal-spaces.h>
#include <focal/focal-problem.h>
#include <focal/focal-document.h>
#include <focal/focal-popolo.h>
#include <focal/focal-graphml.h>

#undef FOCAL_INSIDE
