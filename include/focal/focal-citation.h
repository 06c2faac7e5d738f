/* focal-citation.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <focal/focal-types.h>

G_BEGIN_DECLS

#define FOCAL_TYPE_CITATION (focal_citation_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FocalCitation, focal_citation, FOCAL, CITATION, GObject)

FOCAL_AVAILABLE_IN_ALL
FocalCitation *focal_citation_new           (const char    *source_id) G_GNUC_WARN_UNUSED_RESULT;

FOCAL_AVAILABLE_IN_ALL
const char    *focal_citation_get_source_id (FocalCitation *self);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_citation_get_section   (FocalCitation *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_citation_set_section   (FocalCitation *self,
                                             const char    *section);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_citation_get_page      (FocalCitation *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_citation_set_page      (FocalCitation *self,
                                             const char    *page);
FOCAL_AVAILABLE_IN_ALL
guint          focal_citation_get_note      (FocalCitation *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_citation_set_note      (FocalCitation *self,
                                             guint          note);
FOCAL_AVAILABLE_IN_ALL
const char    *focal_citation_get_quote     (FocalCitation *self);
FOCAL_AVAILABLE_IN_ALL
void           focal_citation_set_quote     (FocalCitation *self,
                                             const char    *quote);

G_END_DECLS
