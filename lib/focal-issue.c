/* focal-issue.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-issue.h"
#include "focal-enum-types.h"

/**
 * FocalIssue:
 *
 * A policy question that actors take positions on: free trade in the
 * Americas, democracy promotion, peacekeeping.
 *
 * An issue belongs to a broad [enum@IssueArea] and refers to no other
 * entity.
 *
 * ```c
 * g_autoptr(FocalIssue) ftaa = focal_issue_new ("ftaa", FOCAL_ISSUE_AREA_ECONOMIC);
 *
 * focal_entity_set_name (FOCAL_ENTITY (ftaa), "Free Trade Area of the Americas");
 * ```
 */

struct _FocalIssue
{
  FocalEntity     parent_instance;

  FocalIssueArea  area;
};

enum
{
  PROP_0,
  PROP_AREA,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FocalIssue, focal_issue, FOCAL_TYPE_ENTITY)

static GParamSpec *properties[N_PROPS];

static void
focal_issue_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FocalIssue *self = FOCAL_ISSUE (object);

  switch (prop_id)
    {
    case PROP_AREA:
      g_value_set_enum (value, focal_issue_get_area (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_issue_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FocalIssue *self = FOCAL_ISSUE (object);

  switch (prop_id)
    {
    case PROP_AREA:
      focal_issue_set_area (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_issue_class_init (FocalIssueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = focal_issue_get_property;
  object_class->set_property = focal_issue_set_property;

  /**
   * FocalIssue:area:
   *
   * The broad policy area of the issue.
   */
  properties[PROP_AREA] =
    g_param_spec_enum ("area", NULL, NULL,
                       FOCAL_TYPE_ISSUE_AREA,
                       FOCAL_ISSUE_AREA_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_issue_init (FocalIssue *self)
{
  self->area = FOCAL_ISSUE_AREA_OTHER;
}

/**
 * focal_issue_new:
 * @id: the unique id of the issue, such as `ftaa`
 * @area: the broad policy area of the issue
 *
 * Creates an issue.
 *
 * Returns: (transfer full): a new issue
 */
FocalIssue *
focal_issue_new (const char     *id,
                 FocalIssueArea  area)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (FOCAL_TYPE_ISSUE,
                       "id", id,
                       "area", area,
                       NULL);
}

/**
 * focal_issue_get_area:
 * @self: an issue
 *
 * Gets the broad policy area of the issue.
 *
 * Returns: the area of the issue
 */
FocalIssueArea
focal_issue_get_area (FocalIssue *self)
{
  g_return_val_if_fail (FOCAL_IS_ISSUE (self), FOCAL_ISSUE_AREA_OTHER);

  return self->area;
}

/**
 * focal_issue_set_area:
 * @self: an issue
 * @area: the new area
 *
 * Sets the broad policy area of the issue.
 */
void
focal_issue_set_area (FocalIssue     *self,
                      FocalIssueArea  area)
{
  g_return_if_fail (FOCAL_IS_ISSUE (self));

  if (self->area == area)
    return;

  self->area = area;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
}
