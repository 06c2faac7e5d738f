/* focal-entity.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-entity-private.h"
#include "focal-hash-private.h"

#include "focal-date.h"
#include "focal-graph.h"

/**
 * FocalEntity:
 *
 * The base of every identified thing in a relationship: actors, agreements,
 * forums, issues, positions and events.
 *
 * An entity has an `id` that is fixed at construction and unique in a
 * [class@Graph], a name, a description, tags for the sectors and themes it
 * belongs to ("elections", "energy"), an optional validity interval, the
 * citations that support it and dated indicators measured on it.
 *
 * ```c
 * g_autoptr(FocalActor) ife = focal_actor_new ("ife", FOCAL_ACTOR_KIND_AGENCY);
 *
 * focal_entity_set_name (FOCAL_ENTITY (ife), "Federal Electoral Institute");
 * focal_entity_add_tag (FOCAL_ENTITY (ife), "elections");
 * ```
 *
 * Subclasses check their own values and references in
 * [vfunc@Entity.validate], which [method@Graph.add] calls before it accepts
 * an entity.
 */

/* A graph may hold a million entities, most of them with no tags, citations
 * or indicators: those collections are created when first written to, or
 * when a public getter must hand out a live list model. */
typedef struct
{
  char        *id;
  char        *name;
  char        *description;
  char       **tags;         /* NULL while there are none */
  FocalDate   *valid;
  GListStore  *citations;    /* NULL until first needed */
  GListStore  *indicators;   /* NULL until first needed */
  FocalGraph  *graph;        /* unowned; the graph clears it before it goes */
} FocalEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FocalEntity, focal_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND_NAME,
  PROP_GRAPH,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_TAGS,
  PROP_VALID,
  PROP_CITATIONS,
  PROP_INDICATORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Set once in class_init, before any entity exists. */
static GQuark focal_entity_kind_name_quark;

static const char * const focal_entity_no_strings[] = { NULL };

static char *
focal_entity_compute_kind_name (GType type)
{
  const char *type_name = g_type_name (type);
  GString *out = g_string_new (NULL);

  if (g_str_has_prefix (type_name, "Focal"))
    type_name += strlen ("Focal");

  for (const char *p = type_name; *p != '\0'; p++)
    {
      if (g_ascii_isupper (*p) && p != type_name)
        g_string_append_c (out, '-');
      g_string_append_c (out, g_ascii_tolower (*p));
    }

  return g_string_free (out, FALSE);
}

/* The kind name is the same for every instance of a type, so it is computed
 * once per type, interned and kept in the type's qdata. Two threads may both
 * compute it the first time; they store the same interned string. */
static const char *
focal_entity_kind_name_of (GType type)
{
  const char *kind_name = g_type_get_qdata (type, focal_entity_kind_name_quark);

  if (kind_name == NULL)
    {
      g_autofree char *computed = focal_entity_compute_kind_name (type);

      kind_name = g_intern_string (computed);
      g_type_set_qdata (type, focal_entity_kind_name_quark, (gpointer) kind_name);
    }

  return kind_name;
}

/* Returns the store in @slot, creating an empty one first if there is none.
 * Getters may run on several threads at once: the first store published
 * wins and the others are dropped. */
static GListStore *
focal_entity_ensure_store (GListStore **slot,
                           GType        item_type)
{
  GListStore *store = g_atomic_pointer_get (slot);
  GListStore *fresh;

  if (store != NULL)
    return store;

  fresh = g_list_store_new (item_type);
  if (g_atomic_pointer_compare_and_exchange (slot, NULL, fresh))
    return fresh;

  g_object_unref (fresh);
  return g_atomic_pointer_get (slot);
}

/* Returns the store in @slot, or a shared empty model (created once in
 * @empty, never changed) while there is no store. */
static GListModel *
focal_entity_peek_store (GListStore **slot,
                         GListModel **empty,
                         GType        item_type)
{
  GListStore *store = g_atomic_pointer_get (slot);

  if (store != NULL)
    return G_LIST_MODEL (store);

  if (g_once_init_enter (empty))
    g_once_init_leave (empty, G_LIST_MODEL (g_list_store_new (item_type)));

  return *empty;
}

static gboolean
focal_entity_real_validate (FocalEntity  *self,
                            FocalGraph   *graph,
                            GError      **error)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  if (priv->id == NULL || priv->id[0] == '\0')
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD,
                   "%s without an id", focal_entity_get_kind_name (self));
      return FALSE;
    }

  return TRUE;
}

static void
focal_entity_real_collect_references (FocalEntity *self,
                                      GPtrArray   *ids)
{
}

static void
focal_entity_dispose (GObject *object)
{
  FocalEntity *self = FOCAL_ENTITY (object);
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  /* Drop the stores rather than emptying them: emitting items-changed
   * while the entity is being torn down would call into listeners (in GJS,
   * during garbage collection). */
  g_clear_object (&priv->citations);
  g_clear_object (&priv->indicators);
  priv->graph = NULL;

  G_OBJECT_CLASS (focal_entity_parent_class)->dispose (object);
}

static void
focal_entity_finalize (GObject *object)
{
  FocalEntity *self = FOCAL_ENTITY (object);
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->name, g_free);
  g_clear_pointer (&priv->description, g_free);
  g_clear_pointer (&priv->tags, g_strfreev);
  g_clear_pointer (&priv->valid, focal_date_unref);
  /* A getter called after dispose creates a store again. */
  g_clear_object (&priv->citations);
  g_clear_object (&priv->indicators);

  G_OBJECT_CLASS (focal_entity_parent_class)->finalize (object);
}

static void
focal_entity_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FocalEntity *self = FOCAL_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, focal_entity_get_id (self));
      break;

    case PROP_KIND_NAME:
      g_value_set_string (value, focal_entity_get_kind_name (self));
      break;

    case PROP_GRAPH:
      g_value_set_object (value, focal_entity_get_graph (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, focal_entity_get_name (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, focal_entity_get_description (self));
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, focal_entity_get_tags (self));
      break;

    case PROP_VALID:
      g_value_set_boxed (value, focal_entity_get_valid (self));
      break;

    case PROP_CITATIONS:
      g_value_set_object (value, focal_entity_get_citations (self));
      break;

    case PROP_INDICATORS:
      g_value_set_object (value, focal_entity_get_indicators (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_entity_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FocalEntity *self = FOCAL_ENTITY (object);
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      focal_entity_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      focal_entity_set_description (self, g_value_get_string (value));
      break;

    case PROP_TAGS:
      focal_entity_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_VALID:
      focal_entity_set_valid (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_entity_class_init (FocalEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = focal_entity_dispose;
  object_class->finalize = focal_entity_finalize;
  object_class->get_property = focal_entity_get_property;
  object_class->set_property = focal_entity_set_property;

  klass->validate = focal_entity_real_validate;
  klass->collect_references = focal_entity_real_collect_references;

  focal_entity_kind_name_quark = g_quark_from_static_string ("focal-entity-kind-name");

  /**
   * FocalEntity:id: (getter get_id)
   *
   * The identifier of the entity, unique in a graph and fixed at
   * construction: a readable string such as `"ife"` or `"jmc"`.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEntity:kind-name: (getter get_kind_name)
   *
   * The kind of entity as a lowercase word: `actor`, `agreement`, `forum`,
   * `issue`, `position` or `event`.
   */
  properties[PROP_KIND_NAME] =
    g_param_spec_string ("kind-name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEntity:graph: (getter get_graph)
   *
   * The graph that holds the entity, or `NULL` while it is in none.
   */
  properties[PROP_GRAPH] =
    g_param_spec_object ("graph", NULL, NULL,
                         FOCAL_TYPE_GRAPH,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEntity:name: (getter get_name) (setter set_name)
   *
   * The name of the entity as people write it.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEntity:description: (getter get_description) (setter set_description)
   *
   * A longer description of the entity.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEntity:tags: (getter get_tags) (setter set_tags)
   *
   * The sectors and themes the entity belongs to, such as `elections` or
   * `energy`, without duplicates, in the order they were added.
   */
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEntity:valid: (getter get_valid) (setter set_valid)
   *
   * When the entity existed or held, as a date or an interval; `NULL` when
   * the sources do not say.
   */
  properties[PROP_VALID] =
    g_param_spec_boxed ("valid", NULL, NULL,
                        FOCAL_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEntity:citations: (getter get_citations)
   *
   * The citations that support the entity, a list model of
   * [class@Citation].
   */
  properties[PROP_CITATIONS] =
    g_param_spec_object ("citations", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalEntity:indicators: (getter get_indicators)
   *
   * The measurements made on the entity, a list model of
   * [class@Indicator].
   */
  properties[PROP_INDICATORS] =
    g_param_spec_object ("indicators", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_entity_init (FocalEntity *self)
{
}

/**
 * focal_entity_get_id: (get-property id)
 * @self: an entity
 *
 * Gets the identifier of the entity.
 *
 * Returns: the id, unique in a graph
 */
const char *
focal_entity_get_id (FocalEntity *self)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);

  return priv->id;
}

/**
 * focal_entity_get_kind_name: (get-property kind-name)
 * @self: an entity
 *
 * Gets the kind of entity as a lowercase word.
 *
 * The word is the type name without its `Focal` prefix, such as `actor` or
 * `agreement`. Documents and error messages use it.
 *
 * Returns: the kind of entity
 */
const char *
focal_entity_get_kind_name (FocalEntity *self)
{
  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);

  return focal_entity_kind_name_of (G_OBJECT_TYPE (self));
}

/**
 * focal_entity_get_graph: (get-property graph)
 * @self: an entity
 *
 * Gets the graph that holds the entity.
 *
 * Returns: (transfer none) (nullable): the graph, or `NULL` when the entity
 *   is in none
 */
FocalGraph *
focal_entity_get_graph (FocalEntity *self)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);

  return priv->graph;
}

void
_focal_entity_set_graph (FocalEntity *self,
                         FocalGraph  *graph)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_assert (FOCAL_IS_ENTITY (self));

  if (priv->graph == graph)
    return;

  /* Not a weak pointer: GLib's weak references are a list per object, so
   * 100,000 entities pointing weakly at one graph made disposing it
   * quadratic. The graph sets every entity's pointer back to NULL when it
   * removes the entity and when it is disposed. */
  priv->graph = graph;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRAPH]);
}

/**
 * focal_entity_get_name: (get-property name)
 * @self: an entity
 *
 * Gets the name of the entity.
 *
 * Returns: (nullable): the name
 */
const char *
focal_entity_get_name (FocalEntity *self)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);

  return priv->name;
}

/**
 * focal_entity_set_name: (set-property name)
 * @self: an entity
 * @name: (nullable): the new name
 *
 * Sets the name of the entity.
 */
void
focal_entity_set_name (FocalEntity *self,
                       const char  *name)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_if_fail (FOCAL_IS_ENTITY (self));

  if (g_strcmp0 (priv->name, name) == 0)
    return;

  g_free (priv->name);
  priv->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * focal_entity_get_description: (get-property description)
 * @self: an entity
 *
 * Gets the description of the entity.
 *
 * Returns: (nullable): the description
 */
const char *
focal_entity_get_description (FocalEntity *self)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);

  return priv->description;
}

/**
 * focal_entity_set_description: (set-property description)
 * @self: an entity
 * @description: (nullable): the new description
 *
 * Sets the description of the entity.
 */
void
focal_entity_set_description (FocalEntity *self,
                              const char  *description)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_if_fail (FOCAL_IS_ENTITY (self));

  if (g_strcmp0 (priv->description, description) == 0)
    return;

  g_free (priv->description);
  priv->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * focal_entity_get_tags: (get-property tags)
 * @self: an entity
 *
 * Gets the tags of the entity.
 *
 * Returns: (transfer none) (array zero-terminated=1): the tags, possibly
 *   empty, never `NULL`
 */
const char * const *
focal_entity_get_tags (FocalEntity *self)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);

  if (priv->tags == NULL)
    return focal_entity_no_strings;

  return (const char * const *) priv->tags;
}

static gboolean
focal_entity_tags_find (FocalEntityPrivate *priv,
                        const char         *tag,
                        guint              *index)
{
  for (guint i = 0; priv->tags != NULL && priv->tags[i] != NULL; i++)
    {
      if (g_str_equal (priv->tags[i], tag))
        {
          if (index != NULL)
            *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
focal_entity_tags_append (FocalEntityPrivate *priv,
                          const char         *tag)
{
  guint n;

  if (tag[0] == '\0' || focal_entity_tags_find (priv, tag, NULL))
    return FALSE;

  n = priv->tags != NULL ? g_strv_length (priv->tags) : 0;
  priv->tags = g_renew (char *, priv->tags, n + 2);
  priv->tags[n] = g_strdup (tag);
  priv->tags[n + 1] = NULL;
  return TRUE;
}

/**
 * focal_entity_set_tags: (set-property tags)
 * @self: an entity
 * @tags: (nullable) (array zero-terminated=1): the new tags
 *
 * Replaces the tags of the entity.
 *
 * Empty strings and repeated tags are left out.
 */
void
focal_entity_set_tags (FocalEntity        *self,
                       const char * const *tags)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);
  g_auto(GStrv) old = NULL;
  gboolean changed;

  g_return_if_fail (FOCAL_IS_ENTITY (self));

  old = g_steal_pointer (&priv->tags);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    focal_entity_tags_append (priv, tags[i]);

  changed = !g_strv_equal (old != NULL ? (const char * const *) old : focal_entity_no_strings,
                           focal_entity_get_tags (self));
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

/**
 * focal_entity_add_tag:
 * @self: an entity
 * @tag: a tag such as `elections`
 *
 * Adds a tag to the entity, unless it has it already.
 *
 * Returns: `TRUE` if the tag was added
 */
gboolean
focal_entity_add_tag (FocalEntity *self,
                      const char  *tag)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  if (!focal_entity_tags_append (priv, tag))
    return FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
  return TRUE;
}

/**
 * focal_entity_remove_tag:
 * @self: an entity
 * @tag: a tag
 *
 * Removes a tag from the entity.
 *
 * Returns: `TRUE` if the entity had the tag
 */
gboolean
focal_entity_remove_tag (FocalEntity *self,
                         const char  *tag)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);
  guint index;
  guint n;

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  if (!focal_entity_tags_find (priv, tag, &index))
    return FALSE;

  /* Moves the later tags and the terminating NULL down by one. */
  n = g_strv_length (priv->tags);
  g_free (priv->tags[index]);
  memmove (&priv->tags[index], &priv->tags[index + 1], (n - index) * sizeof (char *));
  if (priv->tags[0] == NULL)
    g_clear_pointer (&priv->tags, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
  return TRUE;
}

/**
 * focal_entity_has_tag:
 * @self: an entity
 * @tag: a tag
 *
 * Checks whether the entity has a tag.
 *
 * Returns: `TRUE` if the entity has @tag
 */
gboolean
focal_entity_has_tag (FocalEntity *self,
                      const char  *tag)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  return focal_entity_tags_find (priv, tag, NULL);
}

/**
 * focal_entity_get_valid: (get-property valid)
 * @self: an entity
 *
 * Gets when the entity existed or held.
 *
 * Returns: (transfer none) (nullable): a date or interval, or `NULL` when
 *   unknown
 */
FocalDate *
focal_entity_get_valid (FocalEntity *self)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);

  return priv->valid;
}

/**
 * focal_entity_set_valid: (set-property valid)
 * @self: an entity
 * @valid: (nullable): a date or interval, or `NULL` when unknown
 *
 * Sets when the entity existed or held.
 */
void
focal_entity_set_valid (FocalEntity *self,
                        FocalDate   *valid)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_if_fail (FOCAL_IS_ENTITY (self));

  if (priv->valid == valid ||
      (priv->valid != NULL && valid != NULL && focal_date_equal (priv->valid, valid)))
    return;

  g_clear_pointer (&priv->valid, focal_date_unref);
  if (valid != NULL)
    priv->valid = focal_date_ref (valid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

/**
 * focal_entity_is_valid_at:
 * @self: an entity
 * @date: (nullable): a date or interval
 *
 * Checks whether the entity existed at some time within @date.
 *
 * An entity with no validity interval is taken to exist at every date, and
 * every entity exists at a `NULL` date.
 *
 * Returns: `TRUE` if the entity's validity overlaps @date
 */
gboolean
focal_entity_is_valid_at (FocalEntity *self,
                          FocalDate   *date)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), FALSE);

  if (date == NULL || priv->valid == NULL)
    return TRUE;

  return focal_date_overlaps (priv->valid, date);
}

/**
 * focal_entity_get_citations: (get-property citations)
 * @self: an entity
 *
 * Gets the citations that support the entity.
 *
 * Returns: (transfer none): a list model of [class@Citation]
 */
GListModel *
focal_entity_get_citations (FocalEntity *self)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);

  return G_LIST_MODEL (focal_entity_ensure_store (&priv->citations, FOCAL_TYPE_CITATION));
}

/**
 * focal_entity_add_citation:
 * @self: an entity
 * @citation: a citation
 *
 * Appends a citation to the entity's citations.
 */
void
focal_entity_add_citation (FocalEntity   *self,
                           FocalCitation *citation)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_if_fail (FOCAL_IS_ENTITY (self));
  g_return_if_fail (FOCAL_IS_CITATION (citation));

  g_list_store_append (focal_entity_ensure_store (&priv->citations, FOCAL_TYPE_CITATION),
                       citation);
}

/**
 * focal_entity_get_indicators: (get-property indicators)
 * @self: an entity
 *
 * Gets the measurements made on the entity.
 *
 * Returns: (transfer none): a list model of [class@Indicator]
 */
GListModel *
focal_entity_get_indicators (FocalEntity *self)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);

  return G_LIST_MODEL (focal_entity_ensure_store (&priv->indicators, FOCAL_TYPE_INDICATOR));
}

/**
 * focal_entity_add_indicator:
 * @self: an entity
 * @indicator: a measurement on the entity
 *
 * Appends an indicator to the entity's indicators.
 */
void
focal_entity_add_indicator (FocalEntity    *self,
                            FocalIndicator *indicator)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);

  g_return_if_fail (FOCAL_IS_ENTITY (self));
  g_return_if_fail (FOCAL_IS_INDICATOR (indicator));

  g_list_store_append (focal_entity_ensure_store (&priv->indicators, FOCAL_TYPE_INDICATOR),
                       indicator);
}

GListModel *
_focal_entity_peek_citations (FocalEntity *self)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);
  static GListModel *empty;

  g_assert (FOCAL_IS_ENTITY (self));

  return focal_entity_peek_store (&priv->citations, &empty, FOCAL_TYPE_CITATION);
}

GListModel *
_focal_entity_peek_indicators (FocalEntity *self)
{
  FocalEntityPrivate *priv = focal_entity_get_instance_private (self);
  static GListModel *empty;

  g_assert (FOCAL_IS_ENTITY (self));

  return focal_entity_peek_store (&priv->indicators, &empty, FOCAL_TYPE_INDICATOR);
}

/**
 * focal_entity_find_indicator:
 * @self: an entity
 * @name: the name of an indicator, such as `staff`
 *
 * Finds the first indicator of the entity with the given name.
 *
 * Returns: (transfer none) (nullable): the indicator, or `NULL`
 */
FocalIndicator *
focal_entity_find_indicator (FocalEntity *self,
                             const char  *name)
{
  GListModel *indicators;
  guint n;

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  indicators = _focal_entity_peek_indicators (self);
  n = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalIndicator) indicator = g_list_model_get_item (indicators, i);

      if (g_strcmp0 (focal_indicator_get_name (indicator), name) == 0)
        return indicator;  /* the store keeps its own reference */
    }

  return NULL;
}

static const char *
focal_entity_article (const char *word)
{
  return strchr ("aeiou", word[0]) != NULL ? "an" : "a";
}

FocalEntity *
_focal_entity_lookup_reference (FocalEntity  *self,
                                FocalGraph   *graph,
                                const char   *field,
                                const char   *ref_id,
                                GType         expected,
                                const char   *expected_name,
                                GError      **error)
{
  FocalEntity *target = focal_graph_lookup (graph, ref_id);
  const char *kind;

  if (target == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "%s \"%s\": %s \"%s\" is not in the graph",
                   focal_entity_get_kind_name (self), focal_entity_get_id (self),
                   field, ref_id);
      return NULL;
    }

  if (!G_TYPE_CHECK_INSTANCE_TYPE (target, expected))
    {
      kind = focal_entity_get_kind_name (target);
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "%s \"%s\": %s \"%s\" is %s %s, not %s %s",
                   focal_entity_get_kind_name (self), focal_entity_get_id (self),
                   field, ref_id,
                   focal_entity_article (kind), kind,
                   focal_entity_article (expected_name), expected_name);
      return NULL;
    }

  return target;
}

/**
 * focal_entity_validate:
 * @self: an entity
 * @graph: (nullable): the graph to check references against
 * @error: return location for an error
 *
 * Checks the entity's values and, when @graph is given, that every id it
 * refers to exists there with the right kind of entity.
 *
 * [method@Graph.add] calls this and refuses an entity that fails. The error
 * is in the [error@Error] domain and its message names the entity's id and
 * the offending value.
 *
 * Returns: `TRUE` if the entity is sound
 */
gboolean
focal_entity_validate (FocalEntity  *self,
                       FocalGraph   *graph,
                       GError      **error)
{
  g_return_val_if_fail (FOCAL_IS_ENTITY (self), FALSE);
  g_return_val_if_fail (graph == NULL || FOCAL_IS_GRAPH (graph), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return FOCAL_ENTITY_GET_CLASS (self)->validate (self, graph, error);
}

/**
 * focal_entity_dup_references:
 * @self: an entity
 *
 * Lists the ids of the other entities this one refers to: a parent, an
 * issue, participants, members, parties.
 *
 * Links are not included; see [method@Graph.dup_links_for].
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids, each once, in
 *   the order the entity refers to them
 */
char **
focal_entity_dup_references (FocalEntity *self)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GHashTable) seen = NULL;
  GPtrArray *unique;

  g_return_val_if_fail (FOCAL_IS_ENTITY (self), NULL);

  ids = g_ptr_array_new_with_free_func (g_free);
  FOCAL_ENTITY_GET_CLASS (self)->collect_references (self, ids);

  /* A forum's members come from input: a seeded hash keeps crafted ids
   * from all colliding. */
  seen = _focal_str_table_new (NULL, NULL);
  unique = g_ptr_array_new ();
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      if (id != NULL && g_hash_table_add (seen, (gpointer) id))
        g_ptr_array_add (unique, g_strdup (id));
    }
  g_ptr_array_add (unique, NULL);

  return (char **) g_ptr_array_free (unique, FALSE);
}
