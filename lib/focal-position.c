/* focal-position.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <string.h>

#include "focal-position.h"

#include "focal-entity-private.h"

#include "focal-actor.h"
#include "focal-date.h"
#include "focal-graph.h"
#include "focal-issue.h"

/**
 * FocalPosition:
 *
 * The stance of an actor on an issue at a date.
 *
 * A position links an [class@Actor] to an [class@Issue]. Sources state
 * stances in words ("obstructionist", "lukewarm", "more open"), which the
 * [property@Position:label] keeps as written, and a position may also place
 * the stance on a scale from -1 (opposed) to 1 (supportive) in
 * [property@Position:stance]. A position must state at least one of the two.
 *
 * ```c
 * g_autoptr(FocalPosition) pos = NULL;
 * g_autoptr(GError) error = NULL;
 *
 * pos = focal_position_new ("pos-mx-ftaa-1994", "mexico", "ftaa");
 * focal_position_set_label (pos, "lukewarm");
 * if (!focal_position_set_stance (pos, -0.25, &error))
 *   g_printerr ("%s\n", error->message);
 * ```
 */

struct _FocalPosition
{
  FocalEntity  parent_instance;

  char        *actor_id;
  char        *issue_id;
  FocalDate   *date;
  double       stance;
  gboolean     has_stance;
  char        *label;
};

G_DEFINE_FINAL_TYPE (FocalPosition, focal_position, FOCAL_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_ACTOR_ID,
  PROP_ISSUE_ID,
  PROP_DATE,
  PROP_STANCE,
  PROP_HAS_STANCE,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
focal_position_stance_in_range (double stance)
{
  return !isnan (stance) && stance >= -1.0 && stance <= 1.0;
}

static gboolean
focal_position_validate (FocalEntity  *entity,
                         FocalGraph   *graph,
                         GError      **error)
{
  FocalPosition *self = FOCAL_POSITION (entity);
  const char *id;

  if (!FOCAL_ENTITY_CLASS (focal_position_parent_class)->validate (entity, graph, error))
    return FALSE;

  id = focal_entity_get_id (entity);

  if (self->actor_id == NULL || self->actor_id[0] == '\0')
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD,
                   "position \"%s\": missing actor-id", id);
      return FALSE;
    }

  if (self->issue_id == NULL || self->issue_id[0] == '\0')
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD,
                   "position \"%s\": missing issue-id", id);
      return FALSE;
    }

  if (!self->has_stance && (self->label == NULL || self->label[0] == '\0'))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD,
                   "position \"%s\": a position must state a stance or a label", id);
      return FALSE;
    }

  if (self->has_stance && !focal_position_stance_in_range (self->stance))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_OUT_OF_RANGE,
                   "position \"%s\": stance %g is outside [-1, 1]", id, self->stance);
      return FALSE;
    }

  if (graph == NULL)
    return TRUE;

  return _focal_entity_lookup_reference (FOCAL_ENTITY (self), graph, "actor", self->actor_id,
                                         FOCAL_TYPE_ACTOR, "actor", error) != NULL &&
         _focal_entity_lookup_reference (FOCAL_ENTITY (self), graph, "issue", self->issue_id,
                                         FOCAL_TYPE_ISSUE, "issue", error) != NULL;
}

static void
focal_position_collect_references (FocalEntity *entity,
                                   GPtrArray   *ids)
{
  FocalPosition *self = FOCAL_POSITION (entity);

  FOCAL_ENTITY_CLASS (focal_position_parent_class)->collect_references (entity, ids);

  if (self->actor_id != NULL)
    g_ptr_array_add (ids, g_strdup (self->actor_id));
  if (self->issue_id != NULL)
    g_ptr_array_add (ids, g_strdup (self->issue_id));
}

static void
focal_position_finalize (GObject *object)
{
  FocalPosition *self = FOCAL_POSITION (object);

  g_clear_pointer (&self->actor_id, g_free);
  g_clear_pointer (&self->issue_id, g_free);
  g_clear_pointer (&self->date, focal_date_unref);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (focal_position_parent_class)->finalize (object);
}

static void
focal_position_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FocalPosition *self = FOCAL_POSITION (object);

  switch (prop_id)
    {
    case PROP_ACTOR_ID:
      g_value_set_string (value, focal_position_get_actor_id (self));
      break;

    case PROP_ISSUE_ID:
      g_value_set_string (value, focal_position_get_issue_id (self));
      break;

    case PROP_DATE:
      g_value_set_boxed (value, focal_position_get_date (self));
      break;

    case PROP_STANCE:
      g_value_set_double (value, focal_position_get_stance (self));
      break;

    case PROP_HAS_STANCE:
      g_value_set_boolean (value, focal_position_get_has_stance (self));
      break;

    case PROP_LABEL:
      g_value_set_string (value, focal_position_get_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_position_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FocalPosition *self = FOCAL_POSITION (object);

  switch (prop_id)
    {
    case PROP_ACTOR_ID:
      focal_position_set_actor_id (self, g_value_get_string (value));
      break;

    case PROP_ISSUE_ID:
      focal_position_set_issue_id (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      focal_position_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_STANCE:
      /* The pspec range already keeps the value within [-1, 1]. */
      focal_position_set_stance (self, g_value_get_double (value), NULL);
      break;

    case PROP_LABEL:
      focal_position_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_position_class_init (FocalPositionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FocalEntityClass *entity_class = FOCAL_ENTITY_CLASS (klass);

  object_class->finalize = focal_position_finalize;
  object_class->get_property = focal_position_get_property;
  object_class->set_property = focal_position_set_property;

  entity_class->validate = focal_position_validate;
  entity_class->collect_references = focal_position_collect_references;

  /**
   * FocalPosition:actor-id: (getter get_actor_id) (setter set_actor_id)
   *
   * The id of the [class@Actor] that holds the position.
   */
  properties[PROP_ACTOR_ID] =
    g_param_spec_string ("actor-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalPosition:issue-id: (getter get_issue_id) (setter set_issue_id)
   *
   * The id of the [class@Issue] the position is about.
   */
  properties[PROP_ISSUE_ID] =
    g_param_spec_string ("issue-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalPosition:date: (getter get_date) (setter set_date)
   *
   * When the actor held the position, as a date or an interval; `NULL` when
   * the sources do not say.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        FOCAL_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalPosition:stance: (getter get_stance)
   *
   * The stance on a scale from -1 (opposed) through 0 (neutral) to 1
   * (supportive); 0 while [property@Position:has-stance] is `FALSE`.
   *
   * Setting the property marks the stance as stated; see
   * [method@Position.set_stance].
   */
  properties[PROP_STANCE] =
    g_param_spec_double ("stance", NULL, NULL,
                         -1.0, 1.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalPosition:has-stance: (getter get_has_stance)
   *
   * Whether a numeric stance was stated: `FALSE` until
   * [property@Position:stance] is set, and again after
   * [method@Position.clear_stance].
   */
  properties[PROP_HAS_STANCE] =
    g_param_spec_boolean ("has-stance", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalPosition:label: (getter get_label) (setter set_label)
   *
   * The stance in the source's words, an ordinal label such as
   * `obstructionist`, `lukewarm`, `more open` or `supportive`.
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_position_init (FocalPosition *self)
{
}

/**
 * focal_position_new:
 * @id: the id of the position
 * @actor_id: (nullable): the id of the actor that holds it
 * @issue_id: (nullable): the id of the issue it is about
 *
 * Creates a position of an actor on an issue, with no stance or label yet.
 *
 * Returns: (transfer full): a new position
 */
FocalPosition *
focal_position_new (const char *id,
                    const char *actor_id,
                    const char *issue_id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (FOCAL_TYPE_POSITION,
                       "id", id,
                       "actor-id", actor_id,
                       "issue-id", issue_id,
                       NULL);
}

/**
 * focal_position_get_actor_id: (get-property actor-id)
 * @self: a position
 *
 * Gets the id of the actor that holds the position.
 *
 * Returns: (nullable): the actor id
 */
const char *
focal_position_get_actor_id (FocalPosition *self)
{
  g_return_val_if_fail (FOCAL_IS_POSITION (self), NULL);

  return self->actor_id;
}

/**
 * focal_position_set_actor_id: (set-property actor-id)
 * @self: a position
 * @actor_id: (nullable): the id of an actor
 *
 * Sets the id of the actor that holds the position.
 */
void
focal_position_set_actor_id (FocalPosition *self,
                             const char    *actor_id)
{
  g_return_if_fail (FOCAL_IS_POSITION (self));

  if (g_strcmp0 (self->actor_id, actor_id) == 0)
    return;

  g_free (self->actor_id);
  self->actor_id = g_strdup (actor_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_ID]);
}

/**
 * focal_position_get_issue_id: (get-property issue-id)
 * @self: a position
 *
 * Gets the id of the issue the position is about.
 *
 * Returns: (nullable): the issue id
 */
const char *
focal_position_get_issue_id (FocalPosition *self)
{
  g_return_val_if_fail (FOCAL_IS_POSITION (self), NULL);

  return self->issue_id;
}

/**
 * focal_position_set_issue_id: (set-property issue-id)
 * @self: a position
 * @issue_id: (nullable): the id of an issue
 *
 * Sets the id of the issue the position is about.
 */
void
focal_position_set_issue_id (FocalPosition *self,
                             const char    *issue_id)
{
  g_return_if_fail (FOCAL_IS_POSITION (self));

  if (g_strcmp0 (self->issue_id, issue_id) == 0)
    return;

  g_free (self->issue_id);
  self->issue_id = g_strdup (issue_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUE_ID]);
}

/**
 * focal_position_get_date: (get-property date)
 * @self: a position
 *
 * Gets when the actor held the position.
 *
 * Returns: (transfer none) (nullable): a date or interval, or `NULL` when
 *   unknown
 */
FocalDate *
focal_position_get_date (FocalPosition *self)
{
  g_return_val_if_fail (FOCAL_IS_POSITION (self), NULL);

  return self->date;
}

/**
 * focal_position_set_date: (set-property date)
 * @self: a position
 * @date: (nullable): a date or interval, or `NULL` when unknown
 *
 * Sets when the actor held the position.
 */
void
focal_position_set_date (FocalPosition *self,
                         FocalDate     *date)
{
  g_return_if_fail (FOCAL_IS_POSITION (self));

  if (self->date == date ||
      (self->date != NULL && date != NULL && focal_date_equal (self->date, date)))
    return;

  g_clear_pointer (&self->date, focal_date_unref);
  if (date != NULL)
    self->date = focal_date_ref (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * focal_position_get_stance: (get-property stance)
 * @self: a position
 *
 * Gets the stance on a scale from -1 (opposed) to 1 (supportive).
 *
 * Returns: the stance, 0 when none was stated
 */
double
focal_position_get_stance (FocalPosition *self)
{
  g_return_val_if_fail (FOCAL_IS_POSITION (self), 0.0);

  return self->stance;
}

/**
 * focal_position_set_stance:
 * @self: a position
 * @stance: a number from -1 (opposed) to 1 (supportive)
 * @error: return location for an error
 *
 * Sets the stance and marks it as stated.
 *
 * A value outside [-1, 1], or NaN, is refused with
 * `FOCAL_ERROR_OUT_OF_RANGE` and changes nothing.
 *
 * Returns: `TRUE` if @stance was in range
 */
gboolean
focal_position_set_stance (FocalPosition  *self,
                           double          stance,
                           GError        **error)
{
  gboolean stance_changed;
  gboolean has_stance_changed;

  g_return_val_if_fail (FOCAL_IS_POSITION (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!focal_position_stance_in_range (stance))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_OUT_OF_RANGE,
                   "position \"%s\": stance %g is outside [-1, 1]",
                   focal_entity_get_id (FOCAL_ENTITY (self)), stance);
      return FALSE;
    }

  stance_changed = self->stance != stance;
  has_stance_changed = !self->has_stance;
  self->stance = stance;
  self->has_stance = TRUE;

  g_object_freeze_notify (G_OBJECT (self));
  if (stance_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STANCE]);
  if (has_stance_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_STANCE]);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/**
 * focal_position_get_has_stance: (get-property has-stance)
 * @self: a position
 *
 * Checks whether a numeric stance was stated.
 *
 * Returns: `TRUE` if [property@Position:stance] holds a stated value
 */
gboolean
focal_position_get_has_stance (FocalPosition *self)
{
  g_return_val_if_fail (FOCAL_IS_POSITION (self), FALSE);

  return self->has_stance;
}

/**
 * focal_position_clear_stance:
 * @self: a position
 *
 * Forgets the numeric stance: the stance goes back to 0 and
 * [property@Position:has-stance] to `FALSE`.
 */
void
focal_position_clear_stance (FocalPosition *self)
{
  gboolean stance_changed;

  g_return_if_fail (FOCAL_IS_POSITION (self));

  if (!self->has_stance)
    return;

  stance_changed = self->stance != 0.0;
  self->stance = 0.0;
  self->has_stance = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  if (stance_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STANCE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_STANCE]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * focal_position_get_label: (get-property label)
 * @self: a position
 *
 * Gets the stance in the source's words.
 *
 * Returns: (nullable): the label, such as `lukewarm`
 */
const char *
focal_position_get_label (FocalPosition *self)
{
  g_return_val_if_fail (FOCAL_IS_POSITION (self), NULL);

  return self->label;
}

/**
 * focal_position_set_label: (set-property label)
 * @self: a position
 * @label: (nullable): an ordinal label such as `obstructionist` or
 *   `supportive`
 *
 * Sets the stance in the source's words.
 */
void
focal_position_set_label (FocalPosition *self,
                          const char    *label)
{
  g_return_if_fail (FOCAL_IS_POSITION (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}
