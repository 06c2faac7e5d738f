/* focal-link.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "focal-link.h"

#include "focal-date.h"
#include "focal-enum-types.h"
#include "focal-graph-private.h"
#include "focal-hash-private.h"
#include "focal-link-private.h"

/**
 * FocalLink:
 *
 * A typed, directed, time-bounded and cited relation between two entities.
 *
 * A link names its two ends by id: the source and the target. Its
 * [enum@LinkKind] says what the relation is; for the symmetric kinds (see
 * [func@LinkKind.is_symmetric]) the direction carries no meaning. A link
 * may hold for a period only, may carry a weight, free-form string
 * attributes and the citations that support it.
 *
 * ```c
 * g_autoptr(FocalLink) link = NULL;
 * g_autoptr(FocalDate) period = NULL;
 *
 * link = focal_link_new ("mexico", FOCAL_LINK_KIND_PARTY_TO, "nafta");
 * period = focal_date_new_from_string ("1994/2005", NULL);
 * focal_link_set_period (link, period);
 * focal_link_set_attribute (link, "role", "founding party");
 * ```
 *
 * The ends are not checked here: [method@Graph.add_link] refuses a link
 * whose ends it does not hold.
 */

/* A link on its own keeps its fields here. Once a graph holds it, the
 * graph's table does, and the object only stands for one of its rows
 * (graph, index): the graph hands out the same object for that row while
 * anyone holds it, and gives the fields back when the link leaves it. */
struct _FocalLink
{
  GObject        parent_instance;

  FocalGraph    *graph;        /* unowned; NULL on its own */
  guint          index;

  char          *source_id;
  char          *target_id;
  FocalLinkKind  kind;
  FocalDate     *period;
  double         weight;
  FocalLinkData  data;
};

G_DEFINE_FINAL_TYPE (FocalLink, focal_link, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SOURCE_ID,
  PROP_TARGET_ID,
  PROP_KIND,
  PROP_PERIOD,
  PROP_WEIGHT,
  PROP_DESCRIPTION,
  PROP_CITATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ATTRIBUTE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
focal_link_dispose (GObject *object)
{
  FocalLink *self = FOCAL_LINK (object);

  g_clear_object (&self->data.citations);

  G_OBJECT_CLASS (focal_link_parent_class)->dispose (object);
}

static void
focal_link_finalize (GObject *object)
{
  FocalLink *self = FOCAL_LINK (object);

  if (self->graph != NULL)
    _focal_graph_forget_link (self->graph, self);

  g_clear_pointer (&self->source_id, g_free);
  g_clear_pointer (&self->target_id, g_free);
  g_clear_pointer (&self->period, focal_date_unref);
  _focal_link_data_clear (&self->data);

  G_OBJECT_CLASS (focal_link_parent_class)->finalize (object);
}

static void
focal_link_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FocalLink *self = FOCAL_LINK (object);

  switch (prop_id)
    {
    case PROP_SOURCE_ID:
      g_value_set_string (value, focal_link_get_source_id (self));
      break;

    case PROP_TARGET_ID:
      g_value_set_string (value, focal_link_get_target_id (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, focal_link_get_kind (self));
      break;

    case PROP_PERIOD:
      g_value_set_boxed (value, focal_link_get_period (self));
      break;

    case PROP_WEIGHT:
      g_value_set_double (value, focal_link_get_weight (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, focal_link_get_description (self));
      break;

    case PROP_CITATIONS:
      g_value_set_object (value, focal_link_get_citations (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_link_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FocalLink *self = FOCAL_LINK (object);

  switch (prop_id)
    {
    case PROP_SOURCE_ID:
      self->source_id = g_value_dup_string (value);
      break;

    case PROP_TARGET_ID:
      self->target_id = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_PERIOD:
      focal_link_set_period (self, g_value_get_boxed (value));
      break;

    case PROP_WEIGHT:
      focal_link_set_weight (self, g_value_get_double (value));
      break;

    case PROP_DESCRIPTION:
      focal_link_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_link_class_init (FocalLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = focal_link_dispose;
  object_class->finalize = focal_link_finalize;
  object_class->get_property = focal_link_get_property;
  object_class->set_property = focal_link_set_property;

  /**
   * FocalLink:source-id: (getter get_source_id)
   *
   * The id of the entity the link starts from, fixed at construction.
   */
  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalLink:target-id: (getter get_target_id)
   *
   * The id of the entity the link points to, fixed at construction.
   */
  properties[PROP_TARGET_ID] =
    g_param_spec_string ("target-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalLink:kind: (getter get_kind)
   *
   * The relation the link states, fixed at construction. It is never
   * `FOCAL_LINK_KIND_ANY`, which only queries use.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       FOCAL_TYPE_LINK_KIND,
                       FOCAL_LINK_KIND_MEMBER_OF,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalLink:period: (getter get_period) (setter set_period)
   *
   * When the relation held, as a date or an interval; `NULL` when the
   * sources do not say, in which case the link holds at every date.
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL,
                        FOCAL_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalLink:weight: (getter get_weight) (setter set_weight)
   *
   * The strength of the relation, a finite number that is zero or more;
   * 1 by default.
   */
  properties[PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL,
                         0.0, G_MAXDOUBLE, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalLink:description: (getter get_description) (setter set_description)
   *
   * A description of the relation in words.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalLink:citations: (getter get_citations)
   *
   * The citations that support the link, a list model of [class@Citation].
   */
  properties[PROP_CITATIONS] =
    g_param_spec_object ("citations", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FocalLink::attribute-changed:
   * @self: the link
   * @key: the key of the attribute that was set, changed or removed
   *
   * Emitted after an attribute of the link was set to a new value or
   * removed, see [method@Link.set_attribute].
   */
  signals[ATTRIBUTE_CHANGED] =
    g_signal_new ("attribute-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_STRING);
}

static void
focal_link_init (FocalLink *self)
{
  self->kind = FOCAL_LINK_KIND_MEMBER_OF;
  self->weight = 1.0;
}

/**
 * focal_link_new:
 * @source_id: the id of the entity the link starts from
 * @kind: the relation, any kind but `FOCAL_LINK_KIND_ANY`
 * @target_id: the id of the entity the link points to
 *
 * Creates a link of @kind from @source_id to @target_id.
 *
 * Returns: (transfer full): a new link
 */
FocalLink *
focal_link_new (const char    *source_id,
                FocalLinkKind  kind,
                const char    *target_id)
{
  g_return_val_if_fail (source_id != NULL, NULL);
  g_return_val_if_fail (target_id != NULL, NULL);
  g_return_val_if_fail (kind != FOCAL_LINK_KIND_ANY, NULL);

  return g_object_new (FOCAL_TYPE_LINK,
                       "source-id", source_id,
                       "kind", kind,
                       "target-id", target_id,
                       NULL);
}

/**
 * focal_link_get_source_id: (get-property source-id)
 * @self: a link
 *
 * Gets the id of the entity the link starts from.
 *
 * Returns: the source id
 */
const char *
focal_link_get_source_id (FocalLink *self)
{
  g_return_val_if_fail (FOCAL_IS_LINK (self), NULL);

  if (self->graph != NULL)
    return _focal_graph_link_source_id (self->graph, self->index);

  return self->source_id;
}

/**
 * focal_link_get_target_id: (get-property target-id)
 * @self: a link
 *
 * Gets the id of the entity the link points to.
 *
 * Returns: the target id
 */
const char *
focal_link_get_target_id (FocalLink *self)
{
  g_return_val_if_fail (FOCAL_IS_LINK (self), NULL);

  if (self->graph != NULL)
    return _focal_graph_link_target_id (self->graph, self->index);

  return self->target_id;
}

/**
 * focal_link_get_kind: (get-property kind)
 * @self: a link
 *
 * Gets the relation the link states.
 *
 * Returns: the kind of link
 */
FocalLinkKind
focal_link_get_kind (FocalLink *self)
{
  g_return_val_if_fail (FOCAL_IS_LINK (self), FOCAL_LINK_KIND_ANY);

  if (self->graph != NULL)
    return _focal_graph_link_kind (self->graph, self->index);

  return self->kind;
}

/**
 * focal_link_kind_is_symmetric:
 * @kind: a kind of link
 *
 * Checks whether a kind of relation reads the same in both directions.
 *
 * Partnerships (twinning), cooperation and disputes are symmetric: a link
 * from A to B states the same as one from B to A.
 *
 * Returns: `TRUE` if @kind is symmetric
 */
gboolean
focal_link_kind_is_symmetric (FocalLinkKind kind)
{
  switch (kind)
    {
    case FOCAL_LINK_KIND_PARTNERS_WITH:
    case FOCAL_LINK_KIND_COOPERATES_WITH:
    case FOCAL_LINK_KIND_DISPUTES_WITH:
      return TRUE;

    case FOCAL_LINK_KIND_ANY:
    case FOCAL_LINK_KIND_MEMBER_OF:
    case FOCAL_LINK_KIND_PARTY_TO:
    case FOCAL_LINK_KIND_PART_OF:
    case FOCAL_LINK_KIND_REPRESENTED_IN:
    case FOCAL_LINK_KIND_HOSTS:
    case FOCAL_LINK_KIND_MODELLED_ON:
    case FOCAL_LINK_KIND_PARTICIPATES_IN:
    case FOCAL_LINK_KIND_LEADS:
    case FOCAL_LINK_KIND_WORKS_FOR:
    case FOCAL_LINK_KIND_SUCCEEDED_BY:
    case FOCAL_LINK_KIND_OFFERS:
    case FOCAL_LINK_KIND_SEEKS:
    default:
      return FALSE;
    }
}

/**
 * focal_link_get_other_end:
 * @self: a link
 * @entity_id: the id of one end of the link
 *
 * Gets the id at the other end of the link from @entity_id.
 *
 * Returns: (nullable): the target id if @entity_id is the source, the
 *   source id if it is the target, or `NULL` if it is neither
 */
const char *
focal_link_get_other_end (FocalLink  *self,
                          const char *entity_id)
{
  const char *source_id, *target_id;

  g_return_val_if_fail (FOCAL_IS_LINK (self), NULL);
  g_return_val_if_fail (entity_id != NULL, NULL);

  source_id = focal_link_get_source_id (self);
  target_id = focal_link_get_target_id (self);
  if (g_strcmp0 (source_id, entity_id) == 0)
    return target_id;
  if (g_strcmp0 (target_id, entity_id) == 0)
    return source_id;

  return NULL;
}

/**
 * focal_link_get_period: (get-property period)
 * @self: a link
 *
 * Gets when the relation held.
 *
 * Returns: (transfer none) (nullable): a date or interval, or `NULL` when
 *   unknown
 */
FocalDate *
focal_link_get_period (FocalLink *self)
{
  g_return_val_if_fail (FOCAL_IS_LINK (self), NULL);

  if (self->graph != NULL)
    return _focal_graph_link_period (self->graph, self->index);

  return self->period;
}

/**
 * focal_link_set_period: (set-property period)
 * @self: a link
 * @period: (nullable): a date or interval, or `NULL` when unknown
 *
 * Sets when the relation held.
 */
void
focal_link_set_period (FocalLink *self,
                       FocalDate *period)
{
  FocalDate *current;

  g_return_if_fail (FOCAL_IS_LINK (self));

  current = focal_link_get_period (self);
  if (current == period ||
      (current != NULL && period != NULL && focal_date_equal (current, period)))
    return;

  if (self->graph != NULL)
    {
      _focal_graph_link_set_period (self->graph, self->index, period);
    }
  else
    {
      g_clear_pointer (&self->period, focal_date_unref);
      if (period != NULL)
        self->period = focal_date_ref (period);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

/**
 * focal_link_is_valid_at:
 * @self: a link
 * @date: (nullable): a date or interval
 *
 * Checks whether the relation held at some time within @date.
 *
 * A link without a period holds at every date, and every link holds at a
 * `NULL` date.
 *
 * Returns: `TRUE` if the link's period overlaps @date
 */
gboolean
focal_link_is_valid_at (FocalLink *self,
                        FocalDate *date)
{
  FocalDate *period;

  g_return_val_if_fail (FOCAL_IS_LINK (self), FALSE);

  period = focal_link_get_period (self);
  if (date == NULL || period == NULL)
    return TRUE;

  return focal_date_overlaps (period, date);
}

/**
 * focal_link_get_weight: (get-property weight)
 * @self: a link
 *
 * Gets the strength of the relation.
 *
 * Returns: the weight, 1 unless set
 */
double
focal_link_get_weight (FocalLink *self)
{
  g_return_val_if_fail (FOCAL_IS_LINK (self), 0.0);

  if (self->graph != NULL)
    return _focal_graph_link_weight (self->graph, self->index);

  return self->weight;
}

/**
 * focal_link_set_weight: (set-property weight)
 * @self: a link
 * @weight: a finite number, zero or more
 *
 * Sets the strength of the relation.
 */
void
focal_link_set_weight (FocalLink *self,
                       double     weight)
{
  g_return_if_fail (FOCAL_IS_LINK (self));
  g_return_if_fail (isfinite (weight) && weight >= 0.0);

  if (focal_link_get_weight (self) == weight)
    return;

  if (self->graph != NULL)
    _focal_graph_link_set_weight (self->graph, self->index, weight);
  else
    self->weight = weight;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
}

static FocalLinkData *
focal_link_get_data (FocalLink *self,
                     gboolean   create)
{
  if (self->graph != NULL)
    return _focal_graph_link_data (self->graph, self->index, create);

  return &self->data;
}

/**
 * focal_link_get_description: (get-property description)
 * @self: a link
 *
 * Gets the description of the relation.
 *
 * Returns: (nullable): the description
 */
const char *
focal_link_get_description (FocalLink *self)
{
  FocalLinkData *data;

  g_return_val_if_fail (FOCAL_IS_LINK (self), NULL);

  data = focal_link_get_data (self, FALSE);

  return data != NULL ? data->description : NULL;
}

/**
 * focal_link_set_description: (set-property description)
 * @self: a link
 * @description: (nullable): the new description
 *
 * Sets the description of the relation.
 */
void
focal_link_set_description (FocalLink  *self,
                            const char *description)
{
  FocalLinkData *data;

  g_return_if_fail (FOCAL_IS_LINK (self));

  if (g_strcmp0 (focal_link_get_description (self), description) == 0)
    return;

  data = focal_link_get_data (self, TRUE);
  g_free (data->description);
  data->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * focal_link_get_attribute:
 * @self: a link
 * @key: the key of an attribute
 *
 * Gets the value of a free-form attribute of the link.
 *
 * Returns: (nullable): the value, or `NULL` when the link has no attribute
 *   @key
 */
const char *
focal_link_get_attribute (FocalLink  *self,
                          const char *key)
{
  FocalLinkData *data;

  g_return_val_if_fail (FOCAL_IS_LINK (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  data = focal_link_get_data (self, FALSE);

  return data != NULL ? _focal_link_data_lookup (data->attributes, key) : NULL;
}

/**
 * focal_link_set_attribute:
 * @self: a link
 * @key: the key of an attribute, such as `role`
 * @value: (nullable): the new value, or `NULL` to remove the attribute
 *
 * Sets or removes a free-form attribute of the link.
 *
 * [signal@Link::attribute-changed] is emitted after the attribute changed;
 * setting the value it already has, or removing an absent attribute, emits
 * nothing.
 */
void
focal_link_set_attribute (FocalLink  *self,
                          const char *key,
                          const char *value)
{
  g_return_if_fail (FOCAL_IS_LINK (self));
  g_return_if_fail (key != NULL);

  if (g_strcmp0 (focal_link_get_attribute (self, key), value) == 0)
    return;

  if (!_focal_link_data_set_attribute (focal_link_get_data (self, TRUE), key, value))
    return;

  g_signal_emit (self, signals[ATTRIBUTE_CHANGED], 0, key);
}

/**
 * focal_link_dup_attribute_keys:
 * @self: a link
 *
 * Lists the keys of the link's attributes, sorted so that the output is the
 * same from run to run.
 *
 * Returns: (transfer full) (array zero-terminated=1): the keys in byte order,
 *   possibly none
 */
char **
focal_link_dup_attribute_keys (FocalLink *self)
{
  FocalLinkData *data;
  GPtrArray *keys;

  g_return_val_if_fail (FOCAL_IS_LINK (self), NULL);

  data = focal_link_get_data (self, FALSE);
  keys = g_ptr_array_new ();
  if (data != NULL && data->attributes != NULL)
    {
      /* packed in key order already */
      for (const char *p = data->attributes; *p != '\0'; )
        {
          const char *value = p + strlen (p) + 1;

          g_ptr_array_add (keys, g_strdup (p));
          p = value + strlen (value) + 1;
        }
    }
  g_ptr_array_add (keys, NULL);

  return (char **) g_ptr_array_free (keys, FALSE);
}

/**
 * focal_link_get_citations: (get-property citations)
 * @self: a link
 *
 * Gets the citations that support the link.
 *
 * Returns: (transfer none): a list model of [class@Citation]
 */
GListModel *
focal_link_get_citations (FocalLink *self)
{
  g_return_val_if_fail (FOCAL_IS_LINK (self), NULL);

  return G_LIST_MODEL (_focal_link_data_ensure_citations (focal_link_get_data (self, TRUE)));
}

/**
 * focal_link_add_citation:
 * @self: a link
 * @citation: a citation
 *
 * Appends a citation to the link's citations.
 */
void
focal_link_add_citation (FocalLink     *self,
                         FocalCitation *citation)
{
  g_return_if_fail (FOCAL_IS_LINK (self));
  g_return_if_fail (FOCAL_IS_CITATION (citation));

  g_list_store_append (_focal_link_data_ensure_citations (focal_link_get_data (self, TRUE)),
                       citation);
}

/* Private: the optional parts ---------------------------------------- */

void
_focal_link_data_clear (FocalLinkData *data)
{
  g_clear_pointer (&data->description, g_free);
  g_clear_pointer (&data->attributes, g_ref_string_release);
  g_clear_object (&data->citations);
  g_clear_pointer (&data->unknown, json_object_unref);
}

gboolean
_focal_link_data_is_empty (FocalLinkData *data)
{
  /* A citations model once handed out stays the link's, even empty. */
  return data->description == NULL && data->attributes == NULL &&
         data->citations == NULL && data->unknown == NULL;
}

const char *
_focal_link_data_lookup (const char *attributes,
                         const char *key)
{
  if (attributes == NULL)
    return NULL;

  for (const char *p = attributes; *p != '\0'; )
    {
      const char *value = p + strlen (p) + 1;
      int order = strcmp (p, key);

      if (order == 0)
        return value;
      if (order > 0)
        break;
      p = value + strlen (value) + 1;
    }

  return NULL;
}

gboolean
_focal_link_data_set_attribute (FocalLinkData *data,
                                const char    *key,
                                const char    *value)
{
  GString *packed = g_string_new (NULL);
  gboolean placed = FALSE;
  gboolean changed = FALSE;

  /* Rebuilt in key order: links have few attributes, and one block per
   * link keeps the table small. */
  for (const char *p = data->attributes; p != NULL && *p != '\0'; )
    {
      const char *old = p + strlen (p) + 1;
      int order = strcmp (p, key);

      if (order == 0)
        {
          placed = TRUE;
          if (value != NULL)
            {
              g_string_append_len (packed, key, strlen (key) + 1);
              g_string_append_len (packed, value, strlen (value) + 1);
            }
          changed = value == NULL || strcmp (old, value) != 0;
        }
      else
        {
          if (order > 0 && !placed && value != NULL)
            {
              g_string_append_len (packed, key, strlen (key) + 1);
              g_string_append_len (packed, value, strlen (value) + 1);
              placed = changed = TRUE;
            }
          g_string_append_len (packed, p, strlen (p) + 1);
          g_string_append_len (packed, old, strlen (old) + 1);
        }
      p = old + strlen (old) + 1;
    }

  if (!placed && value != NULL)
    {
      g_string_append_len (packed, key, strlen (key) + 1);
      g_string_append_len (packed, value, strlen (value) + 1);
      changed = TRUE;
    }

  if (!changed)
    {
      g_string_free (packed, TRUE);
      return FALSE;
    }

  g_clear_pointer (&data->attributes, g_ref_string_release);
  if (packed->len > 0)
    {
      g_string_append_c (packed, '\0');
      data->attributes = _focal_link_attributes_new (packed->str, packed->len);
    }
  g_string_free (packed, TRUE);

  return TRUE;
}

typedef struct
{
  const char *key;
  const char *value;
  guint       order;
} FocalLinkPair;

static int
focal_link_compare_pairs (gconstpointer a,
                          gconstpointer b)
{
  const FocalLinkPair *pa = a, *pb = b;
  int order = strcmp (pa->key, pb->key);

  if (order != 0)
    return order;

  return pa->order < pb->order ? -1 : pa->order > pb->order;
}

void
_focal_link_data_set_attributes (FocalLinkData  *data,
                                 const char    **pairs,
                                 guint           n_pairs)
{
  g_autofree FocalLinkPair *sorted = g_new (FocalLinkPair, MAX (n_pairs, 1));
  GString *packed;

  g_clear_pointer (&data->attributes, g_ref_string_release);
  if (n_pairs == 0)
    return;

  for (guint i = 0; i < n_pairs; i++)
    {
      sorted[i].key = pairs[2 * i];
      sorted[i].value = pairs[2 * i + 1];
      sorted[i].order = i;
    }
  qsort (sorted, n_pairs, sizeof (FocalLinkPair), focal_link_compare_pairs);

  packed = g_string_new (NULL);
  for (guint i = 0; i < n_pairs; i++)
    {
      /* of a repeated key, the last one wins */
      if (i + 1 < n_pairs && strcmp (sorted[i].key, sorted[i + 1].key) == 0)
        continue;
      g_string_append_len (packed, sorted[i].key, strlen (sorted[i].key) + 1);
      g_string_append_len (packed, sorted[i].value, strlen (sorted[i].value) + 1);
    }
  g_string_append_c (packed, '\0');
  data->attributes = _focal_link_attributes_new (packed->str, packed->len);
  g_string_free (packed, TRUE);
}

char *
_focal_link_attributes_new (const char *packed,
                            gsize       size)
{
  return g_ref_string_new_len (packed, size - 1);
}

gsize
_focal_link_attributes_size (const char *attributes)
{
  const char *p = attributes;

  if (attributes == NULL)
    return 0;

  while (*p != '\0')
    {
      p += strlen (p) + 1;   /* the key */
      p += strlen (p) + 1;   /* the value */
    }

  return p - attributes + 1;
}

guint
_focal_link_attributes_hash (gconstpointer key)
{
  /* The blocks come from the data being read: hashed with SipHash under
   * the process's random key, so that they cannot be made to collide. */
  return _focal_hash_bytes (key, _focal_link_attributes_size (key));
}

gboolean
_focal_link_attributes_equal (gconstpointer a,
                             gconstpointer b)
{
  gsize size = _focal_link_attributes_size (a);

  return size == _focal_link_attributes_size (b) && memcmp (a, b, size) == 0;
}

GHashTable *
_focal_link_attributes_table_new (void)
{
  return g_hash_table_new_full (_focal_link_attributes_hash, _focal_link_attributes_equal,
                                (GDestroyNotify) g_ref_string_release, NULL);
}

char *
_focal_link_attributes_intern (GHashTable *table,
                               char       *attributes)
{
  char *kept;

  if (attributes == NULL)
    return NULL;

  kept = g_hash_table_lookup (table, attributes);
  if (kept != NULL)
    {
      g_ref_string_release (attributes);
      return g_ref_string_acquire (kept);
    }

  g_hash_table_add (table, g_ref_string_acquire (attributes));
  return attributes;
}

GListStore *
_focal_link_data_ensure_citations (FocalLinkData *data)
{
  /* Published atomically: readers of a graph may ask from several threads. */
  if (g_atomic_pointer_get (&data->citations) == NULL)
    {
      GListStore *store = g_list_store_new (FOCAL_TYPE_CITATION);

      if (!g_atomic_pointer_compare_and_exchange (&data->citations, NULL, store))
        g_object_unref (store);
    }

  return g_atomic_pointer_get (&data->citations);
}

/* Private: links in a graph ------------------------------------------ */

FocalLink *
_focal_link_new_proxy (FocalGraph *graph,
                       guint       index)
{
  FocalLink *self = g_object_new (FOCAL_TYPE_LINK, NULL);

  self->graph = graph;
  self->index = index;

  return self;
}

FocalGraph *
_focal_link_get_graph (FocalLink *self)
{
  return self->graph;
}

guint
_focal_link_get_index (FocalLink *self)
{
  return self->index;
}

void
_focal_link_set_index (FocalLink *self,
                       guint      index)
{
  self->index = index;
}

void
_focal_link_attach (FocalLink     *self,
                    FocalGraph    *graph,
                    guint          index,
                    FocalLinkData *data)
{
  g_assert (self->graph == NULL);

  *data = self->data;
  memset (&self->data, 0, sizeof self->data);
  g_clear_pointer (&self->source_id, g_free);
  g_clear_pointer (&self->target_id, g_free);
  g_clear_pointer (&self->period, focal_date_unref);
  self->graph = graph;
  self->index = index;
}

void
_focal_link_detach (FocalLink     *self,
                    const char    *source_id,
                    const char    *target_id,
                    FocalDate     *period,
                    double         weight,
                    FocalLinkData *data)
{
  FocalLinkKind kind = focal_link_get_kind (self);

  g_assert (self->graph != NULL);

  self->graph = NULL;
  self->index = 0;
  self->source_id = g_strdup (source_id);
  self->target_id = g_strdup (target_id);
  self->kind = kind;
  self->period = period != NULL ? focal_date_ref (period) : NULL;
  self->weight = weight;
  _focal_link_data_clear (&self->data);
  if (data != NULL)
    {
      self->data = *data;
      memset (data, 0, sizeof *data);
    }
}

GListModel *
_focal_link_peek_citations (FocalLink *self)
{
  FocalLinkData *data = focal_link_get_data (self, FALSE);

  return data != NULL ? G_LIST_MODEL (data->citations) : NULL;
}

JsonObject *
_focal_link_get_unknown (FocalLink *self)
{
  FocalLinkData *data = focal_link_get_data (self, FALSE);

  return data != NULL ? data->unknown : NULL;
}

void
_focal_link_set_unknown (FocalLink  *self,
                         JsonObject *unknown)
{
  FocalLinkData *data;

  if (unknown != NULL && json_object_get_size (unknown) == 0)
    unknown = NULL;
  if (unknown == NULL && _focal_link_get_unknown (self) == NULL)
    return;

  data = focal_link_get_data (self, TRUE);
  g_clear_pointer (&data->unknown, json_object_unref);
  if (unknown != NULL)
    data->unknown = json_object_ref (unknown);
}
