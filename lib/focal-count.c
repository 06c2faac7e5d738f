/* focal-count.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-count.h"

#include "focal-count-private.h"
#include "focal-event.h"

/**
 * FocalCount:
 *
 * A number of encounters in a period, as honest lower and upper bounds
 * computed from the data.
 *
 * Sources rarely list every meeting: they say "13 meetings between 1968 and
 * 1999" or "over 25 times". So [method@Graph.count_encounters] does not
 * return one number but the least and the greatest number the data allows
 * ([property@Count:min] and [property@Count:max]); when the data pins the
 * number down, both are equal and [property@Count:exact] is `TRUE`. A
 * maximum of [const@COUNT_UNBOUNDED] means that the data sets no upper
 * limit.
 *
 * ```c
 * g_autoptr(FocalDate) period = focal_date_new_from_string ("1989/1999", NULL);
 * g_autoptr(FocalCount) count = NULL;
 * g_autoptr(GError) error = NULL;
 *
 * count = focal_graph_count_encounters (graph, "jmc", NULL, NULL, period, &error);
 * if (count == NULL)
 *   g_printerr ("%s\n", error->message);
 * else if (focal_count_get_exact (count))
 *   g_print ("%u meetings\n", focal_count_get_min (count));
 * else if (focal_count_get_max (count) == FOCAL_COUNT_UNBOUNDED)
 *   g_print ("at least %u meetings\n", focal_count_get_min (count));
 * else
 *   g_print ("%u to %u meetings\n",
 *            focal_count_get_min (count), focal_count_get_max (count));
 * ```
 *
 * [property@Count:events] lists the records the bounds rest on, so that a
 * plot or a table can cite them.
 */

struct _FocalCount
{
  GObject     parent_instance;

  guint       min;
  guint       max;
  FocalDate  *period;
  GListModel *events;
};

G_DEFINE_FINAL_TYPE (FocalCount, focal_count, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MIN,
  PROP_MAX,
  PROP_EXACT,
  PROP_PERIOD,
  PROP_EVENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
focal_count_dispose (GObject *object)
{
  FocalCount *self = FOCAL_COUNT (object);

  g_clear_object (&self->events);

  G_OBJECT_CLASS (focal_count_parent_class)->dispose (object);
}

static void
focal_count_finalize (GObject *object)
{
  FocalCount *self = FOCAL_COUNT (object);

  g_clear_pointer (&self->period, focal_date_unref);

  G_OBJECT_CLASS (focal_count_parent_class)->finalize (object);
}

static void
focal_count_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FocalCount *self = FOCAL_COUNT (object);

  switch (prop_id)
    {
    case PROP_MIN:
      g_value_set_uint (value, focal_count_get_min (self));
      break;

    case PROP_MAX:
      g_value_set_uint (value, focal_count_get_max (self));
      break;

    case PROP_EXACT:
      g_value_set_boolean (value, focal_count_get_exact (self));
      break;

    case PROP_PERIOD:
      g_value_set_boxed (value, focal_count_get_period (self));
      break;

    case PROP_EVENTS:
      g_value_set_object (value, focal_count_get_events (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_count_class_init (FocalCountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = focal_count_dispose;
  object_class->finalize = focal_count_finalize;
  object_class->get_property = focal_count_get_property;

  /**
   * FocalCount:min: (getter get_min)
   *
   * The least number of encounters the data allows.
   */
  properties[PROP_MIN] =
    g_param_spec_uint ("min", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalCount:max: (getter get_max)
   *
   * The greatest number of encounters the data allows, or
   * [const@COUNT_UNBOUNDED] when the data sets no upper limit ("over 25
   * times").
   */
  properties[PROP_MAX] =
    g_param_spec_uint ("max", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalCount:exact: (getter get_exact)
   *
   * Whether the data gives the number exactly, that is whether
   * [property@Count:min] equals [property@Count:max]. An unbounded count is
   * never exact, even when a sum too large for a `guint` saturates both
   * bounds.
   */
  properties[PROP_EXACT] =
    g_param_spec_boolean ("exact", NULL, NULL,
                          TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalCount:period: (getter get_period)
   *
   * The period counted, or `NULL` for all time.
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL,
                        FOCAL_TYPE_DATE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalCount:events: (getter get_events)
   *
   * The [class@Event]s the bounds rest on, in the order of the graph: those
   * that contributed a non-zero upper bound, and single events known to
   * fall in the period inside a total that was only partly counted.
   */
  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_count_init (FocalCount *self)
{
}

/* Creates a count of at least @min and at most @max encounters in @period
 * (NULL for all time), resting on @events, a list model of FocalEvent that
 * the count keeps a reference to. */
FocalCount *
_focal_count_new (guint       min,
                  guint       max,
                  FocalDate  *period,
                  GListModel *events)
{
  FocalCount *self;

  g_return_val_if_fail (min <= max, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);

  self = g_object_new (FOCAL_TYPE_COUNT, NULL);
  self->min = min;
  self->max = max;
  self->period = period != NULL ? focal_date_ref (period) : NULL;
  self->events = g_object_ref (events);

  return self;
}

/**
 * focal_count_get_min: (get-property min)
 * @self: a count
 *
 * Gets the least number of encounters the data allows.
 *
 * Returns: the lower bound
 */
guint
focal_count_get_min (FocalCount *self)
{
  g_return_val_if_fail (FOCAL_IS_COUNT (self), 0);

  return self->min;
}

/**
 * focal_count_get_max: (get-property max)
 * @self: a count
 *
 * Gets the greatest number of encounters the data allows.
 *
 * Returns: the upper bound, or [const@COUNT_UNBOUNDED] when there is none
 */
guint
focal_count_get_max (FocalCount *self)
{
  g_return_val_if_fail (FOCAL_IS_COUNT (self), 0);

  return self->max;
}

/**
 * focal_count_get_exact: (get-property exact)
 * @self: a count
 *
 * Tells whether the data gives the number exactly.
 *
 * Returns: `TRUE` if the lower and upper bounds are equal and bounded
 */
gboolean
focal_count_get_exact (FocalCount *self)
{
  g_return_val_if_fail (FOCAL_IS_COUNT (self), FALSE);

  return self->min == self->max && self->max != FOCAL_COUNT_UNBOUNDED;
}

/**
 * focal_count_get_period: (get-property period)
 * @self: a count
 *
 * Gets the period counted.
 *
 * Returns: (transfer none) (nullable): the period, or `NULL` for all time
 */
FocalDate *
focal_count_get_period (FocalCount *self)
{
  g_return_val_if_fail (FOCAL_IS_COUNT (self), NULL);

  return self->period;
}

/**
 * focal_count_get_events: (get-property events)
 * @self: a count
 *
 * Gets the events the bounds rest on, in the order of the graph.
 *
 * Returns: (transfer none): a list model of [class@Event]
 */
GListModel *
focal_count_get_events (FocalCount *self)
{
  g_return_val_if_fail (FOCAL_IS_COUNT (self), NULL);

  return self->events;
}
