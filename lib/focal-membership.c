/* focal-membership.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-membership.h"
#include "focal-date.h"
#include "focal-enum-types.h"

/**
 * FocalMembership:
 *
 * An actor's membership in a forum, or its party-hood in an agreement.
 *
 * The [property@Membership:actor-id] names the actor and is set once, at
 * construction; the [enum@Role] says its standing, and the optional
 * [property@Membership:period] says when the membership held.
 *
 * ```c
 * g_autoptr(FocalMembership) membership =
 *   focal_membership_new ("ca-dfait", FOCAL_ROLE_CHAIR);
 * g_autoptr(FocalDate) period = focal_date_new_from_string ("1996/..", NULL);
 * g_autoptr(FocalDate) year = focal_date_new (2004, 0, 0);
 *
 * focal_membership_set_period (membership, period);
 * if (focal_membership_is_valid_at (membership, year))
 *   g_print ("%s chairs in 2004\n", focal_membership_get_actor_id (membership));
 * ```
 */

struct _FocalMembership
{
  GObject parent_instance;

  char *actor_id;
  FocalRole role;
  FocalDate *period;
  GListStore *citations;
};

enum
{
  PROP_0,
  PROP_ACTOR_ID,
  PROP_ROLE,
  PROP_PERIOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FocalMembership, focal_membership, G_TYPE_OBJECT)

static gboolean
focal_membership_date_equal (FocalDate *a,
                             FocalDate *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return focal_date_equal (a, b);
}

static void
focal_membership_constructed (GObject *object)
{
  FocalMembership *self = FOCAL_MEMBERSHIP (object);

  G_OBJECT_CLASS (focal_membership_parent_class)->constructed (object);

  if (self->actor_id == NULL || self->actor_id[0] == '\0')
    g_critical ("A FocalMembership needs a non-empty actor-id at construction");
}

static void
focal_membership_dispose (GObject *object)
{
  FocalMembership *self = FOCAL_MEMBERSHIP (object);

  g_clear_object (&self->citations);

  G_OBJECT_CLASS (focal_membership_parent_class)->dispose (object);
}

static void
focal_membership_finalize (GObject *object)
{
  FocalMembership *self = FOCAL_MEMBERSHIP (object);

  g_clear_pointer (&self->actor_id, g_free);
  g_clear_pointer (&self->period, focal_date_unref);

  G_OBJECT_CLASS (focal_membership_parent_class)->finalize (object);
}

static void
focal_membership_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FocalMembership *self = FOCAL_MEMBERSHIP (object);

  switch (prop_id)
    {
    case PROP_ACTOR_ID:
      g_value_set_string (value, focal_membership_get_actor_id (self));
      break;

    case PROP_ROLE:
      g_value_set_enum (value, focal_membership_get_role (self));
      break;

    case PROP_PERIOD:
      g_value_set_boxed (value, focal_membership_get_period (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_membership_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FocalMembership *self = FOCAL_MEMBERSHIP (object);

  switch (prop_id)
    {
    case PROP_ACTOR_ID:
      self->actor_id = g_value_dup_string (value);
      break;

    case PROP_ROLE:
      focal_membership_set_role (self, g_value_get_enum (value));
      break;

    case PROP_PERIOD:
      focal_membership_set_period (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_membership_class_init (FocalMembershipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = focal_membership_constructed;
  object_class->dispose = focal_membership_dispose;
  object_class->finalize = focal_membership_finalize;
  object_class->get_property = focal_membership_get_property;
  object_class->set_property = focal_membership_set_property;

  /**
   * FocalMembership:actor-id:
   *
   * The id of the member actor.
   *
   * It is set once, at construction, and must not be empty.
   */
  properties[PROP_ACTOR_ID] =
    g_param_spec_string ("actor-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalMembership:role:
   *
   * The standing of the actor in the forum or agreement.
   */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       FOCAL_TYPE_ROLE,
                       FOCAL_ROLE_MEMBER,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * FocalMembership:period:
   *
   * When the membership held, or `NULL` if always or unknown.
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL,
                        FOCAL_TYPE_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_membership_init (FocalMembership *self)
{
  self->role = FOCAL_ROLE_MEMBER;
  self->citations = g_list_store_new (FOCAL_TYPE_CITATION);
}

/**
 * focal_membership_new:
 * @actor_id: the id of the member actor, not empty
 * @role: the standing of the actor
 *
 * Creates a membership of @actor_id with no period and no citation.
 *
 * Returns: (transfer full): a new membership
 */
FocalMembership *
focal_membership_new (const char *actor_id,
                      FocalRole   role)
{
  g_return_val_if_fail (actor_id != NULL && actor_id[0] != '\0', NULL);
  g_return_val_if_fail ((guint) role <= FOCAL_ROLE_PARTICIPANT, NULL);

  return g_object_new (FOCAL_TYPE_MEMBERSHIP,
                       "actor-id", actor_id,
                       "role", role,
                       NULL);
}

/**
 * focal_membership_get_actor_id:
 * @self: a membership
 *
 * Gets the id of the member actor.
 *
 * Returns: (transfer none): the id of the actor
 */
const char *
focal_membership_get_actor_id (FocalMembership *self)
{
  g_return_val_if_fail (FOCAL_IS_MEMBERSHIP (self), NULL);

  return self->actor_id;
}

/**
 * focal_membership_get_role:
 * @self: a membership
 *
 * Gets the standing of the actor.
 *
 * Returns: the role
 */
FocalRole
focal_membership_get_role (FocalMembership *self)
{
  g_return_val_if_fail (FOCAL_IS_MEMBERSHIP (self), FOCAL_ROLE_MEMBER);

  return self->role;
}

/**
 * focal_membership_set_role:
 * @self: a membership
 * @role: the standing of the actor
 *
 * Sets the standing of the actor.
 */
void
focal_membership_set_role (FocalMembership *self,
                           FocalRole        role)
{
  g_return_if_fail (FOCAL_IS_MEMBERSHIP (self));
  g_return_if_fail ((guint) role <= FOCAL_ROLE_PARTICIPANT);

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

/**
 * focal_membership_get_period:
 * @self: a membership
 *
 * Gets when the membership held.
 *
 * Returns: (transfer none) (nullable): the period, or `NULL` if unknown
 */
FocalDate *
focal_membership_get_period (FocalMembership *self)
{
  g_return_val_if_fail (FOCAL_IS_MEMBERSHIP (self), NULL);

  return self->period;
}

/**
 * focal_membership_set_period:
 * @self: a membership
 * @period: (nullable): when the membership held, or `NULL` if unknown
 *
 * Sets when the membership held.
 *
 * Setting a period equal to the current one changes nothing and does not
 * notify.
 */
void
focal_membership_set_period (FocalMembership *self,
                             FocalDate       *period)
{
  g_return_if_fail (FOCAL_IS_MEMBERSHIP (self));

  if (focal_membership_date_equal (self->period, period))
    return;

  g_clear_pointer (&self->period, focal_date_unref);
  if (period != NULL)
    self->period = focal_date_ref (period);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

/**
 * focal_membership_is_valid_at:
 * @self: a membership
 * @date: (nullable): a date or interval, or `NULL` for any time
 *
 * Checks whether the membership may have held at @date.
 *
 * A membership without a period counts as valid at every date, and every
 * membership is valid when @date is `NULL`; otherwise the period must
 * overlap @date (see [method@Date.overlaps]).
 *
 * Returns: `TRUE` if the membership held at some time within @date
 */
gboolean
focal_membership_is_valid_at (FocalMembership *self,
                              FocalDate       *date)
{
  g_return_val_if_fail (FOCAL_IS_MEMBERSHIP (self), FALSE);

  if (self->period == NULL || date == NULL)
    return TRUE;

  return focal_date_overlaps (self->period, date);
}

/**
 * focal_membership_get_citations:
 * @self: a membership
 *
 * Gets the citations that support the membership, in the order they were
 * added.
 *
 * The model is live: it grows as citations are added.
 *
 * Returns: (transfer none): a list model of [class@Citation]
 */
GListModel *
focal_membership_get_citations (FocalMembership *self)
{
  g_return_val_if_fail (FOCAL_IS_MEMBERSHIP (self), NULL);

  return G_LIST_MODEL (self->citations);
}

/**
 * focal_membership_add_citation:
 * @self: a membership
 * @citation: a citation that supports the membership
 *
 * Appends @citation to the citations of the membership.
 */
void
focal_membership_add_citation (FocalMembership *self,
                               FocalCitation   *citation)
{
  g_return_if_fail (FOCAL_IS_MEMBERSHIP (self));
  g_return_if_fail (FOCAL_IS_CITATION (citation));

  g_list_store_append (self->citations, citation);
}
