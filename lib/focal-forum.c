/* focal-forum.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-forum.h"

#include "focal-entity-private.h"

#include "focal-actor.h"
#include "focal-date.h"
#include "focal-enum-types.h"
#include "focal-graph.h"

/**
 * FocalForum:
 *
 * A setting where actors meet: a joint committee, a summit, an
 * inter-parliamentary meeting, a multilateral organization.
 *
 * A forum has a [enum@ForumKind], an optional founding date, a free-text
 * cadence ("every two years") and a list of [class@Membership]s. An actor
 * may hold several memberships of one forum, for different periods or
 * roles.
 *
 * ```c
 * g_autoptr(FocalForum) jmc = focal_forum_new ("jmc", FOCAL_FORUM_KIND_JOINT_COMMITTEE);
 * g_autoptr(FocalMembership) chair = focal_membership_new ("sre", FOCAL_ROLE_CHAIR);
 * g_autoptr(FocalDate) founded = focal_date_new (1968, 0, 0);
 *
 * focal_forum_set_founded (jmc, founded);
 * focal_forum_set_cadence (jmc, "every two years");
 * focal_forum_add_member (jmc, chair);
 * ```
 */

struct _FocalForum
{
  FocalEntity     parent_instance;

  FocalForumKind  kind;
  FocalDate      *founded;
  char           *cadence;
  GListStore     *members;  /* NULL until first needed */
};

enum
{
  PROP_0,
  PROP_KIND,
  PROP_FOUNDED,
  PROP_CADENCE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FocalForum, focal_forum, FOCAL_TYPE_ENTITY)

static GParamSpec *properties[N_PROPS];

/* Returns the members store, creating it on first use. Getters may run on
 * several threads at once: the first store published wins and the others
 * are dropped. */
static GListStore *
focal_forum_ensure_members (FocalForum *self)
{
  GListStore *store = g_atomic_pointer_get (&self->members);
  GListStore *fresh;

  if (store != NULL)
    return store;

  fresh = g_list_store_new (FOCAL_TYPE_MEMBERSHIP);
  if (g_atomic_pointer_compare_and_exchange (&self->members, NULL, fresh))
    return fresh;

  g_object_unref (fresh);
  return g_atomic_pointer_get (&self->members);
}

/* Returns the members without creating a store: a shared empty model while
 * the forum has never had any. */
GListModel *
_focal_forum_peek_members (FocalForum *self)
{
  static GListModel *empty;
  GListStore *store = g_atomic_pointer_get (&self->members);

  if (store != NULL)
    return G_LIST_MODEL (store);

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, G_LIST_MODEL (g_list_store_new (FOCAL_TYPE_MEMBERSHIP)));

  return empty;
}

static gboolean
focal_forum_date_equal (FocalDate *a,
                        FocalDate *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return focal_date_equal (a, b);
}

static gboolean
focal_forum_check_member (FocalForum       *self,
                          guint             index,
                          FocalMembership  *member,
                          FocalGraph       *graph,
                          GError          **error)
{
  const char *actor_id = focal_membership_get_actor_id (member);
  FocalEntity *entity;

  entity = focal_graph_lookup (graph, actor_id);
  if (entity == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "forum \"%s\": member %u: actor \"%s\" is not in the graph",
                   focal_entity_get_id (FOCAL_ENTITY (self)), index, actor_id);
      return FALSE;
    }

  if (!FOCAL_IS_ACTOR (entity))
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "forum \"%s\": member %u: \"%s\" is of kind \"%s\", not an actor",
                   focal_entity_get_id (FOCAL_ENTITY (self)), index, actor_id,
                   focal_entity_get_kind_name (entity));
      return FALSE;
    }

  return TRUE;
}

static gboolean
focal_forum_validate (FocalEntity  *entity,
                      FocalGraph   *graph,
                      GError      **error)
{
  FocalForum *self = FOCAL_FORUM (entity);
  GListModel *members = _focal_forum_peek_members (self);
  guint n_members = g_list_model_get_n_items (members);

  if (!FOCAL_ENTITY_CLASS (focal_forum_parent_class)->validate (entity, graph, error))
    return FALSE;

  if (graph == NULL)
    return TRUE;

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(FocalMembership) member = g_list_model_get_item (members, i);

      if (!focal_forum_check_member (self, i, member, graph, error))
        return FALSE;
    }

  return TRUE;
}

static void
focal_forum_collect_references (FocalEntity *entity,
                                GPtrArray   *ids)
{
  FocalForum *self = FOCAL_FORUM (entity);
  FocalEntityClass *parent_class = FOCAL_ENTITY_CLASS (focal_forum_parent_class);
  GListModel *members = _focal_forum_peek_members (self);
  guint n_members = g_list_model_get_n_items (members);

  if (parent_class->collect_references != NULL)
    parent_class->collect_references (entity, ids);

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(FocalMembership) member = g_list_model_get_item (members, i);
      const char *actor_id = focal_membership_get_actor_id (member);

      /* focal_entity_dup_references() drops the duplicates. */
      if (actor_id != NULL)
        g_ptr_array_add (ids, g_strdup (actor_id));
    }
}

static void
focal_forum_dispose (GObject *object)
{
  FocalForum *self = FOCAL_FORUM (object);

  g_clear_object (&self->members);

  G_OBJECT_CLASS (focal_forum_parent_class)->dispose (object);
}

static void
focal_forum_finalize (GObject *object)
{
  FocalForum *self = FOCAL_FORUM (object);

  g_clear_pointer (&self->founded, focal_date_unref);
  g_clear_pointer (&self->cadence, g_free);
  /* A getter called after dispose creates the store again. */
  g_clear_object (&self->members);

  G_OBJECT_CLASS (focal_forum_parent_class)->finalize (object);
}

static void
focal_forum_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FocalForum *self = FOCAL_FORUM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, focal_forum_get_kind (self));
      break;
    case PROP_FOUNDED:
      g_value_set_boxed (value, focal_forum_get_founded (self));
      break;
    case PROP_CADENCE:
      g_value_set_string (value, focal_forum_get_cadence (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_forum_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FocalForum *self = FOCAL_FORUM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      focal_forum_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_FOUNDED:
      focal_forum_set_founded (self, g_value_get_boxed (value));
      break;
    case PROP_CADENCE:
      focal_forum_set_cadence (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_forum_class_init (FocalForumClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FocalEntityClass *entity_class = FOCAL_ENTITY_CLASS (klass);

  object_class->dispose = focal_forum_dispose;
  object_class->finalize = focal_forum_finalize;
  object_class->get_property = focal_forum_get_property;
  object_class->set_property = focal_forum_set_property;

  entity_class->validate = focal_forum_validate;
  entity_class->collect_references = focal_forum_collect_references;

  /**
   * FocalForum:kind:
   *
   * What kind of setting the forum is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       FOCAL_TYPE_FORUM_KIND,
                       FOCAL_FORUM_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalForum:founded:
   *
   * When the forum was founded, or `NULL` if unknown.
   */
  properties[PROP_FOUNDED] =
    g_param_spec_boxed ("founded", NULL, NULL,
                        FOCAL_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalForum:cadence:
   *
   * How often the forum meets, as the source says it ("every two years",
   * "annually"), or `NULL`.
   */
  properties[PROP_CADENCE] =
    g_param_spec_string ("cadence", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_forum_init (FocalForum *self)
{
  self->kind = FOCAL_FORUM_KIND_OTHER;
}

/**
 * focal_forum_new:
 * @id: the unique id of the forum, such as `jmc`
 * @kind: what kind of setting the forum is
 *
 * Creates a forum with no members.
 *
 * Returns: (transfer full): a new forum
 */
FocalForum *
focal_forum_new (const char     *id,
                 FocalForumKind  kind)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (FOCAL_TYPE_FORUM,
                       "id", id,
                       "kind", kind,
                       NULL);
}

/**
 * focal_forum_get_kind:
 * @self: a forum
 *
 * Gets what kind of setting the forum is.
 *
 * Returns: the kind of the forum
 */
FocalForumKind
focal_forum_get_kind (FocalForum *self)
{
  g_return_val_if_fail (FOCAL_IS_FORUM (self), FOCAL_FORUM_KIND_OTHER);

  return self->kind;
}

/**
 * focal_forum_set_kind:
 * @self: a forum
 * @kind: the new kind
 *
 * Sets what kind of setting the forum is.
 */
void
focal_forum_set_kind (FocalForum     *self,
                      FocalForumKind  kind)
{
  g_return_if_fail (FOCAL_IS_FORUM (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * focal_forum_get_founded:
 * @self: a forum
 *
 * Gets when the forum was founded.
 *
 * Returns: (transfer none) (nullable): the founding date, or `NULL`
 */
FocalDate *
focal_forum_get_founded (FocalForum *self)
{
  g_return_val_if_fail (FOCAL_IS_FORUM (self), NULL);

  return self->founded;
}

/**
 * focal_forum_set_founded:
 * @self: a forum
 * @founded: (nullable): the founding date, or `NULL` if unknown
 *
 * Sets when the forum was founded.
 */
void
focal_forum_set_founded (FocalForum *self,
                         FocalDate  *founded)
{
  g_return_if_fail (FOCAL_IS_FORUM (self));

  if (focal_forum_date_equal (self->founded, founded))
    return;

  g_clear_pointer (&self->founded, focal_date_unref);
  if (founded != NULL)
    self->founded = focal_date_ref (founded);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOUNDED]);
}

/**
 * focal_forum_get_cadence:
 * @self: a forum
 *
 * Gets how often the forum meets.
 *
 * Returns: (nullable): the cadence as free text, or `NULL`
 */
const char *
focal_forum_get_cadence (FocalForum *self)
{
  g_return_val_if_fail (FOCAL_IS_FORUM (self), NULL);

  return self->cadence;
}

/**
 * focal_forum_set_cadence:
 * @self: a forum
 * @cadence: (nullable): how often the forum meets ("every two years"), or
 *   `NULL`
 *
 * Sets how often the forum meets.
 */
void
focal_forum_set_cadence (FocalForum *self,
                         const char *cadence)
{
  g_return_if_fail (FOCAL_IS_FORUM (self));

  if (g_strcmp0 (self->cadence, cadence) == 0)
    return;

  g_free (self->cadence);
  self->cadence = g_strdup (cadence);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CADENCE]);
}

/**
 * focal_forum_get_members:
 * @self: a forum
 *
 * Gets the memberships of the forum, in the order they were added.
 *
 * The model is live: it changes as members are added and removed.
 *
 * Returns: (transfer none): a list model of [class@Membership]
 */
GListModel *
focal_forum_get_members (FocalForum *self)
{
  g_return_val_if_fail (FOCAL_IS_FORUM (self), NULL);

  return G_LIST_MODEL (focal_forum_ensure_members (self));
}

/**
 * focal_forum_add_member:
 * @self: a forum
 * @member: a membership
 *
 * Appends a membership to the forum.
 *
 * An actor may hold several memberships, for different periods or roles.
 */
void
focal_forum_add_member (FocalForum      *self,
                        FocalMembership *member)
{
  g_return_if_fail (FOCAL_IS_FORUM (self));
  g_return_if_fail (FOCAL_IS_MEMBERSHIP (member));

  g_list_store_append (focal_forum_ensure_members (self), member);
}

/**
 * focal_forum_remove_member:
 * @self: a forum
 * @actor_id: the id of an actor
 *
 * Removes every membership of an actor from the forum.
 *
 * The members model emits a single [signal@Gio.ListModel::items-changed]
 * for the removal.
 *
 * Returns: `TRUE` if the actor held at least one membership
 */
gboolean
focal_forum_remove_member (FocalForum *self,
                           const char *actor_id)
{
  GListModel *members;
  g_autoptr(GPtrArray) kept = NULL;
  guint n_members;
  guint first = G_MAXUINT;
  guint last = 0;

  g_return_val_if_fail (FOCAL_IS_FORUM (self), FALSE);
  g_return_val_if_fail (actor_id != NULL, FALSE);

  members = _focal_forum_peek_members (self);
  n_members = g_list_model_get_n_items (members);

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(FocalMembership) member = g_list_model_get_item (members, i);

      if (g_strcmp0 (focal_membership_get_actor_id (member), actor_id) == 0)
        {
          first = MIN (first, i);
          last = i;
        }
    }

  if (first == G_MAXUINT)
    return FALSE;

  /* One splice over the span of removed items keeps the others in between,
   * so that listeners see one change. */
  kept = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = first; i <= last; i++)
    {
      FocalMembership *member = g_list_model_get_item (members, i);

      if (g_strcmp0 (focal_membership_get_actor_id (member), actor_id) != 0)
        g_ptr_array_add (kept, member);
      else
        g_object_unref (member);
    }

  g_list_store_splice (self->members, first, last - first + 1,
                       kept->pdata, kept->len);

  return TRUE;
}

/**
 * focal_forum_dup_members_at:
 * @self: a forum
 * @date: (nullable): a date, or `NULL` for all memberships
 *
 * Collects the memberships of the forum valid at a date.
 *
 * The array owns its elements: freeing it releases them.
 *
 * Returns: (transfer container) (element-type FocalMembership): the
 *   memberships valid at @date, in the order they were added
 */
GPtrArray *
focal_forum_dup_members_at (FocalForum *self,
                            FocalDate  *date)
{
  GListModel *members;
  GPtrArray *result;
  guint n_members;

  g_return_val_if_fail (FOCAL_IS_FORUM (self), NULL);

  members = _focal_forum_peek_members (self);
  n_members = g_list_model_get_n_items (members);
  result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_members; i++)
    {
      FocalMembership *member = g_list_model_get_item (members, i);

      if (date == NULL || focal_membership_is_valid_at (member, date))
        g_ptr_array_add (result, member);
      else
        g_object_unref (member);
    }

  return result;
}
