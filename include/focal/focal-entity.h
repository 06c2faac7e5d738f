/* focal-entity.h
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FOCAL_INSIDE) && !defined(FOCAL_COMPILATION)
# error "Include <focal/focal.h> instead."
#endif

#include <gio/gio.h>

#include <focal/focal-types.h>
#include <focal/focal-citation.h>
#include <focal/focal-indicator.h>

G_BEGIN_DECLS

#define FOCAL_TYPE_ENTITY (focal_entity_get_type ())

FOCAL_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (FocalEntity, focal_entity, FOCAL, ENTITY, GObject)

/**
 * FocalEntityClass:
 * @parent_class: the parent class
 * @validate: checks the entity's own values and, when a graph is given, that
 *   every id it refers to exists there with the right kind of entity
 * @collect_references: appends the ids the entity refers to (a parent, an
 *   issue, participants, members) to a string array
 *
 * The class of every entity kind.
 */
struct _FocalEntityClass
{
  GObjectClass parent_class;

  /*< public >*/
  gboolean (*validate)           (FocalEntity  *self,
                                  FocalGraph   *graph,
                                  GError      **error);
  void     (*collect_references) (FocalEntity  *self,
                                  GPtrArray    *ids);

  /*< private >*/
  gpointer padding[8];
};

FOCAL_AVAILABLE_IN_ALL
const char         *focal_entity_get_id            (FocalEntity    *self);
FOCAL_AVAILABLE_IN_ALL
const char         *focal_entity_get_kind_name     (FocalEntity    *self);
FOCAL_AVAILABLE_IN_ALL
FocalGraph         *focal_entity_get_graph         (FocalEntity    *self);

FOCAL_AVAILABLE_IN_ALL
const char         *focal_entity_get_name          (FocalEntity    *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_entity_set_name          (FocalEntity    *self,
                                                    const char     *name);
FOCAL_AVAILABLE_IN_ALL
const char         *focal_entity_get_description   (FocalEntity    *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_entity_set_description   (FocalEntity    *self,
                                                    const char     *description);

FOCAL_AVAILABLE_IN_ALL
const char * const *focal_entity_get_tags          (FocalEntity    *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_entity_set_tags          (FocalEntity    *self,
                                                    const char * const *tags);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_entity_add_tag           (FocalEntity    *self,
                                                    const char     *tag);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_entity_remove_tag        (FocalEntity    *self,
                                                    const char     *tag);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_entity_has_tag           (FocalEntity    *self,
                                                    const char     *tag);

FOCAL_AVAILABLE_IN_ALL
FocalDate          *focal_entity_get_valid         (FocalEntity    *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_entity_set_valid         (FocalEntity    *self,
                                                    FocalDate      *valid);
FOCAL_AVAILABLE_IN_ALL
gboolean            focal_entity_is_valid_at       (FocalEntity    *self,
                                                    FocalDate      *date);

FOCAL_AVAILABLE_IN_ALL
GListModel         *focal_entity_get_citations     (FocalEntity    *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_entity_add_citation      (FocalEntity    *self,
                                                    FocalCitation  *citation);
FOCAL_AVAILABLE_IN_ALL
GListModel         *focal_entity_get_indicators    (FocalEntity    *self);
FOCAL_AVAILABLE_IN_ALL
void                focal_entity_add_indicator     (FocalEntity    *self,
                                                    FocalIndicator *indicator);
FOCAL_AVAILABLE_IN_ALL
FocalIndicator     *focal_entity_find_indicator    (FocalEntity    *self,
                                                    const char     *name);

FOCAL_AVAILABLE_IN_ALL
gboolean            focal_entity_validate          (FocalEntity    *self,
                                                    FocalGraph     *graph,
                                                    GError        **error);
FOCAL_AVAILABLE_IN_ALL
char              **focal_entity_dup_references    (FocalEntity    *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
