/* focal-indicator.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>

#include "focal-indicator.h"
#include "focal-date.h"
#include "focal-enum-types.h"

/**
 * FocalIndicator:
 *
 * A dated, sourced measurement on an entity.
 *
 * An indicator has a [property@Indicator:name], a key such as `"staff"`
 * set once at construction, and a [property@Indicator:value] kept as the
 * source states it, with a [enum@Qualifier] saying how exact it is. An
 * indicator may break down another one of the same entity ("of which"),
 * named by [property@Indicator:part-of].
 *
 * An embassy with a staff of 100 in 2004, of which 30 Canadian diplomats:
 *
 * ```c
 * g_autoptr(FocalIndicator) staff = focal_indicator_new ("staff", 100);
 * g_autoptr(FocalIndicator) diplomats =
 *   focal_indicator_new ("staff-canadian-diplomats", 30);
 * g_autoptr(FocalDate) year = focal_date_new (2004, 0, 0);
 *
 * focal_indicator_set_unit (staff, "persons");
 * focal_indicator_set_date (staff, year);
 * focal_indicator_set_unit (diplomats, "persons");
 * focal_indicator_set_date (diplomats, year);
 * focal_indicator_set_part_of (diplomats, "staff");
 * ```
 */

struct _FocalIndicator
{
  GObject parent_instance;

  char *name;
  double value;
  FocalQualifier qualifier;
  char *unit;
  FocalDate *date;
  char *part_of;
  char *label;
  GListStore *citations;
};

enum
{
  PROP_0,
  PROP_NAME,
  PROP_VALUE,
  PROP_QUALIFIER,
  PROP_UNIT,
  PROP_DATE,
  PROP_PART_OF,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FocalIndicator, focal_indicator, G_TYPE_OBJECT)

static void
focal_indicator_replace_string (FocalIndicator *self,
                                char          **field,
                                const char     *value,
                                int             prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static gboolean
focal_indicator_date_equal (FocalDate *a,
                            FocalDate *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return focal_date_equal (a, b);
}

static void
focal_indicator_constructed (GObject *object)
{
  FocalIndicator *self = FOCAL_INDICATOR (object);

  G_OBJECT_CLASS (focal_indicator_parent_class)->constructed (object);

  if (self->name == NULL || self->name[0] == '\0')
    g_critical ("A FocalIndicator needs a non-empty name at construction");
}

static void
focal_indicator_dispose (GObject *object)
{
  FocalIndicator *self = FOCAL_INDICATOR (object);

  g_clear_object (&self->citations);

  G_OBJECT_CLASS (focal_indicator_parent_class)->dispose (object);
}

static void
focal_indicator_finalize (GObject *object)
{
  FocalIndicator *self = FOCAL_INDICATOR (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->date, focal_date_unref);
  g_clear_pointer (&self->part_of, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (focal_indicator_parent_class)->finalize (object);
}

static void
focal_indicator_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FocalIndicator *self = FOCAL_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, focal_indicator_get_name (self));
      break;

    case PROP_VALUE:
      g_value_set_double (value, focal_indicator_get_value (self));
      break;

    case PROP_QUALIFIER:
      g_value_set_enum (value, focal_indicator_get_qualifier (self));
      break;

    case PROP_UNIT:
      g_value_set_string (value, focal_indicator_get_unit (self));
      break;

    case PROP_DATE:
      g_value_set_boxed (value, focal_indicator_get_date (self));
      break;

    case PROP_PART_OF:
      g_value_set_string (value, focal_indicator_get_part_of (self));
      break;

    case PROP_LABEL:
      g_value_set_string (value, focal_indicator_get_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_indicator_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FocalIndicator *self = FOCAL_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      focal_indicator_set_value (self, g_value_get_double (value));
      break;

    case PROP_QUALIFIER:
      focal_indicator_set_qualifier (self, g_value_get_enum (value));
      break;

    case PROP_UNIT:
      focal_indicator_set_unit (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      focal_indicator_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_PART_OF:
      focal_indicator_set_part_of (self, g_value_get_string (value));
      break;

    case PROP_LABEL:
      focal_indicator_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_indicator_class_init (FocalIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = focal_indicator_constructed;
  object_class->dispose = focal_indicator_dispose;
  object_class->finalize = focal_indicator_finalize;
  object_class->get_property = focal_indicator_get_property;
  object_class->set_property = focal_indicator_set_property;

  /**
   * FocalIndicator:name:
   *
   * The key of the indicator, such as `"staff"` or
   * `"staff-canadian-diplomats"`.
   *
   * It is set once, at construction, and must not be empty.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalIndicator:value:
   *
   * The number as the source states it; a finite number.
   *
   * How exact it is is said by [property@Indicator:qualifier].
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalIndicator:qualifier:
   *
   * How exactly the source states [property@Indicator:value].
   */
  properties[PROP_QUALIFIER] =
    g_param_spec_enum ("qualifier", NULL, NULL,
                       FOCAL_TYPE_QUALIFIER,
                       FOCAL_QUALIFIER_EXACT,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * FocalIndicator:unit:
   *
   * The unit of the value, such as `"persons"` or `"USD"`.
   */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalIndicator:date:
   *
   * When the measurement holds, or `NULL` if the source does not say.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        FOCAL_TYPE_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * FocalIndicator:part-of:
   *
   * The name of the indicator of the same entity that this one breaks down
   * ("of which"), or `NULL`.
   */
  properties[PROP_PART_OF] =
    g_param_spec_string ("part-of", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalIndicator:label:
   *
   * A human readable description of the indicator.
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_indicator_init (FocalIndicator *self)
{
  self->qualifier = FOCAL_QUALIFIER_EXACT;
  self->citations = g_list_store_new (FOCAL_TYPE_CITATION);
}

/**
 * focal_indicator_new:
 * @name: the key of the indicator, not empty
 * @value: the number as the source states it, finite
 *
 * Creates an exact indicator with no unit, date or citation.
 *
 * Returns: (transfer full): a new indicator
 */
FocalIndicator *
focal_indicator_new (const char *name,
                     double      value)
{
  g_return_val_if_fail (name != NULL && name[0] != '\0', NULL);
  g_return_val_if_fail (isfinite (value), NULL);

  return g_object_new (FOCAL_TYPE_INDICATOR,
                       "name", name,
                       "value", value,
                       NULL);
}

/**
 * focal_indicator_get_name:
 * @self: an indicator
 *
 * Gets the key of the indicator.
 *
 * Returns: (transfer none): the name
 */
const char *
focal_indicator_get_name (FocalIndicator *self)
{
  g_return_val_if_fail (FOCAL_IS_INDICATOR (self), NULL);

  return self->name;
}

/**
 * focal_indicator_get_value:
 * @self: an indicator
 *
 * Gets the number as the source states it.
 *
 * Returns: the value
 */
double
focal_indicator_get_value (FocalIndicator *self)
{
  g_return_val_if_fail (FOCAL_IS_INDICATOR (self), 0.0);

  return self->value;
}

/**
 * focal_indicator_set_value:
 * @self: an indicator
 * @value: the number as the source states it, finite
 *
 * Sets the number as the source states it.
 */
void
focal_indicator_set_value (FocalIndicator *self,
                           double          value)
{
  g_return_if_fail (FOCAL_IS_INDICATOR (self));
  g_return_if_fail (isfinite (value));

  if (self->value == value)
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * focal_indicator_get_qualifier:
 * @self: an indicator
 *
 * Gets how exactly the source states the value.
 *
 * Returns: the qualifier
 */
FocalQualifier
focal_indicator_get_qualifier (FocalIndicator *self)
{
  g_return_val_if_fail (FOCAL_IS_INDICATOR (self), FOCAL_QUALIFIER_EXACT);

  return self->qualifier;
}

/**
 * focal_indicator_set_qualifier:
 * @self: an indicator
 * @qualifier: how exactly the source states the value
 *
 * Sets how exactly the source states the value.
 */
void
focal_indicator_set_qualifier (FocalIndicator *self,
                               FocalQualifier  qualifier)
{
  g_return_if_fail (FOCAL_IS_INDICATOR (self));
  g_return_if_fail ((guint) qualifier <= FOCAL_QUALIFIER_FEWER_THAN);

  if (self->qualifier == qualifier)
    return;

  self->qualifier = qualifier;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUALIFIER]);
}

/**
 * focal_indicator_get_unit:
 * @self: an indicator
 *
 * Gets the unit of the value.
 *
 * Returns: (transfer none) (nullable): the unit, or `NULL` if unset
 */
const char *
focal_indicator_get_unit (FocalIndicator *self)
{
  g_return_val_if_fail (FOCAL_IS_INDICATOR (self), NULL);

  return self->unit;
}

/**
 * focal_indicator_set_unit:
 * @self: an indicator
 * @unit: (nullable): the unit, such as `"persons"`, or `NULL` to unset it
 *
 * Sets the unit of the value.
 */
void
focal_indicator_set_unit (FocalIndicator *self,
                          const char     *unit)
{
  g_return_if_fail (FOCAL_IS_INDICATOR (self));

  focal_indicator_replace_string (self, &self->unit, unit, PROP_UNIT);
}

/**
 * focal_indicator_get_date:
 * @self: an indicator
 *
 * Gets when the measurement holds.
 *
 * Returns: (transfer none) (nullable): the date, or `NULL` if unknown
 */
FocalDate *
focal_indicator_get_date (FocalIndicator *self)
{
  g_return_val_if_fail (FOCAL_IS_INDICATOR (self), NULL);

  return self->date;
}

/**
 * focal_indicator_set_date:
 * @self: an indicator
 * @date: (nullable): when the measurement holds, or `NULL` if unknown
 *
 * Sets when the measurement holds.
 *
 * Setting a date equal to the current one changes nothing and does not
 * notify.
 */
void
focal_indicator_set_date (FocalIndicator *self,
                          FocalDate      *date)
{
  g_return_if_fail (FOCAL_IS_INDICATOR (self));

  if (focal_indicator_date_equal (self->date, date))
    return;

  g_clear_pointer (&self->date, focal_date_unref);
  if (date != NULL)
    self->date = focal_date_ref (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * focal_indicator_get_part_of:
 * @self: an indicator
 *
 * Gets the name of the indicator that this one breaks down.
 *
 * Returns: (transfer none) (nullable): the name of the enclosing
 *   indicator, or `NULL`
 */
const char *
focal_indicator_get_part_of (FocalIndicator *self)
{
  g_return_val_if_fail (FOCAL_IS_INDICATOR (self), NULL);

  return self->part_of;
}

/**
 * focal_indicator_set_part_of:
 * @self: an indicator
 * @part_of: (nullable): the name of the enclosing indicator, or `NULL`
 *
 * Sets the name of the indicator that this one breaks down ("of which").
 */
void
focal_indicator_set_part_of (FocalIndicator *self,
                             const char     *part_of)
{
  g_return_if_fail (FOCAL_IS_INDICATOR (self));

  focal_indicator_replace_string (self, &self->part_of, part_of, PROP_PART_OF);
}

/**
 * focal_indicator_get_label:
 * @self: an indicator
 *
 * Gets the human readable description of the indicator.
 *
 * Returns: (transfer none) (nullable): the label, or `NULL` if unset
 */
const char *
focal_indicator_get_label (FocalIndicator *self)
{
  g_return_val_if_fail (FOCAL_IS_INDICATOR (self), NULL);

  return self->label;
}

/**
 * focal_indicator_set_label:
 * @self: an indicator
 * @label: (nullable): a human readable description, or `NULL` to unset it
 *
 * Sets the human readable description of the indicator.
 */
void
focal_indicator_set_label (FocalIndicator *self,
                           const char     *label)
{
  g_return_if_fail (FOCAL_IS_INDICATOR (self));

  focal_indicator_replace_string (self, &self->label, label, PROP_LABEL);
}

/**
 * focal_indicator_get_bounds:
 * @self: an indicator
 * @min: (out) (optional): return location for the lower bound
 * @max: (out) (optional): return location for the upper bound
 *
 * Derives the range the true number lies in from the value and the
 * qualifier.
 *
 * An exact value gives `[value, value]`; "at least" and "more than" give
 * `[value, +inf]`; "at most" and "fewer than" give `[-inf, value]`. For
 * "more than" and "fewer than" the bound itself is excluded, but since the
 * values are doubles the closed range is returned: the caller that needs
 * the strict comparison checks [property@Indicator:qualifier]. An
 * approximate value gives no bound at all, `[-inf, +inf]`: "about 50" may
 * be 48 or 53.
 */
void
focal_indicator_get_bounds (FocalIndicator *self,
                            double         *min,
                            double         *max)
{
  double lower = -INFINITY;
  double upper = INFINITY;

  g_return_if_fail (FOCAL_IS_INDICATOR (self));

  switch (self->qualifier)
    {
    case FOCAL_QUALIFIER_EXACT:
      lower = self->value;
      upper = self->value;
      break;

    case FOCAL_QUALIFIER_AT_LEAST:
    case FOCAL_QUALIFIER_MORE_THAN:
      lower = self->value;
      break;

    case FOCAL_QUALIFIER_AT_MOST:
    case FOCAL_QUALIFIER_FEWER_THAN:
      upper = self->value;
      break;

    case FOCAL_QUALIFIER_APPROXIMATE:
    default:
      break;
    }

  if (min != NULL)
    *min = lower;
  if (max != NULL)
    *max = upper;
}

/**
 * focal_indicator_get_citations:
 * @self: an indicator
 *
 * Gets the citations that support the indicator, in the order they were
 * added.
 *
 * The model is live: it grows as citations are added.
 *
 * Returns: (transfer none): a list model of [class@Citation]
 */
GListModel *
focal_indicator_get_citations (FocalIndicator *self)
{
  g_return_val_if_fail (FOCAL_IS_INDICATOR (self), NULL);

  return G_LIST_MODEL (self->citations);
}

/**
 * focal_indicator_add_citation:
 * @self: an indicator
 * @citation: a citation that supports the indicator
 *
 * Appends @citation to the citations of the indicator.
 */
void
focal_indicator_add_citation (FocalIndicator *self,
                              FocalCitation  *citation)
{
  g_return_if_fail (FOCAL_IS_INDICATOR (self));
  g_return_if_fail (FOCAL_IS_CITATION (citation));

  g_list_store_append (self->citations, citation);
}
