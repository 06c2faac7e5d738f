/* focal-spaces.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-spaces.h"
#include "focal-comparison-private.h"
#include "focal-view-private.h"

#include "focal-actor.h"
#include "focal-agreement.h"
#include "focal-date.h"
#include "focal-enum-types.h"
#include "focal-event.h"
#include "focal-forum.h"
#include "focal-graph.h"
#include "focal-issue.h"
#include "focal-membership.h"
#include "focal-position.h"

/**
 * FocalSpace:
 *
 * A forum where both sides of a relationship take part: a common space
 * for joint action.
 *
 * The paper asks Canada and Mexico to use what they built bilaterally "as
 * a basis for joint actions in other regional settings", and maps the
 * spaces by setting: bilateral relations, North America, the Americas, the
 * United Nations. [method@View.dup_common_spaces] lists the forums both
 * sides take part in, grouped by [enum@Setting] and ranked within each:
 *
 * ```c
 * g_autoptr(GError) error = NULL;
 * g_autoptr(GListModel) spaces = NULL;
 *
 * spaces = focal_view_dup_common_spaces (view, "canada", "mexico", NULL, &error);
 * for (guint i = 0; spaces != NULL && i < g_list_model_get_n_items (spaces); i++)
 *   {
 *     g_autoptr(FocalSpace) space = g_list_model_get_item (spaces, i);
 *     g_autofree char *setting = g_enum_to_string (FOCAL_TYPE_SETTING,
 *                                                  focal_space_get_setting (space));
 *
 *     g_print ("%s (%s): score %g\n", focal_space_get_forum_id (space), setting,
 *              focal_space_get_score (space));
 *   }
 * ```
 *
 * A space is a result: its properties are read-only.
 */

/**
 * FocalPattern:
 *
 * A successful piece of cooperation, the kinds of body it joined, and the
 * sectors where the same pattern between counterpart bodies is still
 * missing.
 *
 * The paper regrets "the lack of information that limits the capacity of
 * Canada and Mexico to extrapolate successful experiences from one sector
 * to another". Links whose attribute `outcome` is `success` mark such
 * experiences (the electoral cooperation between Elections Canada and the
 * IFE); [method@View.dup_success_patterns] describes each one and lists
 * the sectors it could be extrapolated to.
 *
 * ```c
 * g_autoptr(GListModel) patterns = focal_view_dup_success_patterns (view);
 *
 * for (guint i = 0; i < g_list_model_get_n_items (patterns); i++)
 *   {
 *     g_autoptr(FocalPattern) pattern = g_list_model_get_item (patterns, i);
 *     const char * const *missing = focal_pattern_get_missing (pattern);
 *
 *     for (guint k = 0; missing[k] != NULL; k++)
 *       g_print ("%s-%s cooperation is missing in %s\n",
 *                focal_pattern_get_source_kind (pattern),
 *                focal_pattern_get_target_kind (pattern), missing[k]);
 *   }
 * ```
 *
 * A pattern is a result: its properties are read-only.
 */

struct _FocalSpace
{
  GObject       parent_instance;

  char         *forum_id;
  FocalSetting  setting;
  char        **members[2];
  char        **coinciding_issues;
  double        score;
  guint         order;  /* the forum's position in graph order */
};

G_DEFINE_FINAL_TYPE (FocalSpace, focal_space, G_TYPE_OBJECT)

enum {
  SPACE_PROP_0,
  SPACE_PROP_FORUM_ID,
  SPACE_PROP_SETTING,
  SPACE_PROP_MEMBERS_A,
  SPACE_PROP_MEMBERS_B,
  SPACE_PROP_COINCIDING_ISSUES,
  SPACE_PROP_SCORE,
  SPACE_N_PROPS
};

static GParamSpec *space_properties[SPACE_N_PROPS];

struct _FocalPattern
{
  GObject     parent_instance;

  FocalLink  *link;
  char       *source_kind;
  char       *target_kind;
  char      **sectors;
  char      **missing;
};

G_DEFINE_FINAL_TYPE (FocalPattern, focal_pattern, G_TYPE_OBJECT)

enum {
  PATTERN_PROP_0,
  PATTERN_PROP_LINK,
  PATTERN_PROP_SOURCE_KIND,
  PATTERN_PROP_TARGET_KIND,
  PATTERN_PROP_SECTORS,
  PATTERN_PROP_MISSING,
  PATTERN_N_PROPS
};

static GParamSpec *pattern_properties[PATTERN_N_PROPS];

#define FOCAL_SPACES_SETTING_PREFIX "setting:"

static const char * const focal_spaces_empty[] = { NULL };

static void
focal_space_finalize (GObject *object)
{
  FocalSpace *self = FOCAL_SPACE (object);

  g_clear_pointer (&self->forum_id, g_free);
  g_clear_pointer (&self->members[0], g_strfreev);
  g_clear_pointer (&self->members[1], g_strfreev);
  g_clear_pointer (&self->coinciding_issues, g_strfreev);

  G_OBJECT_CLASS (focal_space_parent_class)->finalize (object);
}

static void
focal_space_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FocalSpace *self = FOCAL_SPACE (object);

  switch (prop_id)
    {
    case SPACE_PROP_FORUM_ID:
      g_value_set_string (value, focal_space_get_forum_id (self));
      break;

    case SPACE_PROP_SETTING:
      g_value_set_enum (value, focal_space_get_setting (self));
      break;

    case SPACE_PROP_MEMBERS_A:
      g_value_set_boxed (value, focal_space_get_members_a (self));
      break;

    case SPACE_PROP_MEMBERS_B:
      g_value_set_boxed (value, focal_space_get_members_b (self));
      break;

    case SPACE_PROP_COINCIDING_ISSUES:
      g_value_set_boxed (value, focal_space_get_coinciding_issues (self));
      break;

    case SPACE_PROP_SCORE:
      g_value_set_double (value, focal_space_get_score (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_space_class_init (FocalSpaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = focal_space_finalize;
  object_class->get_property = focal_space_get_property;

  /**
   * FocalSpace:forum-id: (getter get_forum_id)
   *
   * The id of the forum.
   */
  space_properties[SPACE_PROP_FORUM_ID] =
    g_param_spec_string ("forum-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalSpace:setting: (getter get_setting)
   *
   * The regional setting of the forum, from its `setting:` tag.
   */
  space_properties[SPACE_PROP_SETTING] =
    g_param_spec_enum ("setting", NULL, NULL,
                       FOCAL_TYPE_SETTING,
                       FOCAL_SETTING_OTHER,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalSpace:members-a: (getter get_members_a)
   *
   * The ids of the actors of the first side that take part in the forum:
   * the side's actor or its parts.
   */
  space_properties[SPACE_PROP_MEMBERS_A] =
    g_param_spec_boxed ("members-a", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalSpace:members-b: (getter get_members_b)
   *
   * The ids of the actors of the second side that take part in the forum.
   */
  space_properties[SPACE_PROP_MEMBERS_B] =
    g_param_spec_boxed ("members-b", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalSpace:coinciding-issues: (getter get_coinciding_issues)
   *
   * The ids of the issues, related to the forum by a shared tag, on which
   * the latest stances of the two sides lean the same way.
   */
  space_properties[SPACE_PROP_COINCIDING_ISSUES] =
    g_param_spec_boxed ("coinciding-issues", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalSpace:score: (getter get_score)
   *
   * How much common ground the forum offers: the number of taking part
   * actors of both sides plus the number of coinciding issues.
   */
  space_properties[SPACE_PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, SPACE_N_PROPS, space_properties);
}

static void
focal_space_init (FocalSpace *self)
{
  self->setting = FOCAL_SETTING_OTHER;
}

/**
 * focal_space_get_forum_id: (get-property forum-id)
 * @self: a space
 *
 * Gets the id of the forum.
 *
 * Returns: (transfer none) (nullable): a forum id
 */
const char *
focal_space_get_forum_id (FocalSpace *self)
{
  g_return_val_if_fail (FOCAL_IS_SPACE (self), NULL);

  return self->forum_id;
}

/**
 * focal_space_get_setting: (get-property setting)
 * @self: a space
 *
 * Gets the regional setting of the forum.
 *
 * Returns: the setting
 */
FocalSetting
focal_space_get_setting (FocalSpace *self)
{
  g_return_val_if_fail (FOCAL_IS_SPACE (self), FOCAL_SETTING_OTHER);

  return self->setting;
}

/**
 * focal_space_get_members_a: (get-property members-a)
 * @self: a space
 *
 * Gets the actors of the first side that take part in the forum.
 *
 * Returns: (transfer none) (array zero-terminated=1): actor ids
 */
const char * const *
focal_space_get_members_a (FocalSpace *self)
{
  g_return_val_if_fail (FOCAL_IS_SPACE (self), NULL);

  return self->members[0] != NULL ? (const char * const *) self->members[0]
                                  : focal_spaces_empty;
}

/**
 * focal_space_get_members_b: (get-property members-b)
 * @self: a space
 *
 * Gets the actors of the second side that take part in the forum.
 *
 * Returns: (transfer none) (array zero-terminated=1): actor ids
 */
const char * const *
focal_space_get_members_b (FocalSpace *self)
{
  g_return_val_if_fail (FOCAL_IS_SPACE (self), NULL);

  return self->members[1] != NULL ? (const char * const *) self->members[1]
                                  : focal_spaces_empty;
}

/**
 * focal_space_get_coinciding_issues: (get-property coinciding-issues)
 * @self: a space
 *
 * Gets the issues related to the forum on which the two sides coincide.
 *
 * Returns: (transfer none) (array zero-terminated=1): issue ids
 */
const char * const *
focal_space_get_coinciding_issues (FocalSpace *self)
{
  g_return_val_if_fail (FOCAL_IS_SPACE (self), NULL);

  return self->coinciding_issues != NULL ? (const char * const *) self->coinciding_issues
                                         : focal_spaces_empty;
}

/**
 * focal_space_get_score: (get-property score)
 * @self: a space
 *
 * Gets how much common ground the forum offers.
 *
 * Returns: the score, see [property@Space:score]
 */
double
focal_space_get_score (FocalSpace *self)
{
  g_return_val_if_fail (FOCAL_IS_SPACE (self), 0.0);

  return self->score;
}

static void
focal_pattern_dispose (GObject *object)
{
  FocalPattern *self = FOCAL_PATTERN (object);

  g_clear_object (&self->link);

  G_OBJECT_CLASS (focal_pattern_parent_class)->dispose (object);
}

static void
focal_pattern_finalize (GObject *object)
{
  FocalPattern *self = FOCAL_PATTERN (object);

  g_clear_pointer (&self->source_kind, g_free);
  g_clear_pointer (&self->target_kind, g_free);
  g_clear_pointer (&self->sectors, g_strfreev);
  g_clear_pointer (&self->missing, g_strfreev);

  G_OBJECT_CLASS (focal_pattern_parent_class)->finalize (object);
}

static void
focal_pattern_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FocalPattern *self = FOCAL_PATTERN (object);

  switch (prop_id)
    {
    case PATTERN_PROP_LINK:
      g_value_set_object (value, focal_pattern_get_link (self));
      break;

    case PATTERN_PROP_SOURCE_KIND:
      g_value_set_string (value, focal_pattern_get_source_kind (self));
      break;

    case PATTERN_PROP_TARGET_KIND:
      g_value_set_string (value, focal_pattern_get_target_kind (self));
      break;

    case PATTERN_PROP_SECTORS:
      g_value_set_boxed (value, focal_pattern_get_sectors (self));
      break;

    case PATTERN_PROP_MISSING:
      g_value_set_boxed (value, focal_pattern_get_missing (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_pattern_class_init (FocalPatternClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = focal_pattern_dispose;
  object_class->finalize = focal_pattern_finalize;
  object_class->get_property = focal_pattern_get_property;

  /**
   * FocalPattern:link: (getter get_link)
   *
   * The successful link: its attribute `outcome` is `success`.
   */
  pattern_properties[PATTERN_PROP_LINK] =
    g_param_spec_object ("link", NULL, NULL,
                         FOCAL_TYPE_LINK,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalPattern:source-kind: (getter get_source_kind)
   *
   * The kind of the link's source, as the nick of its kind: an
   * [enum@ActorKind] for an actor (`"agency"`), an [enum@AgreementKind]
   * for an agreement (`"law"`), a [enum@ForumKind], an [enum@EventKind],
   * an [enum@IssueArea], or `"position"`.
   */
  pattern_properties[PATTERN_PROP_SOURCE_KIND] =
    g_param_spec_string ("source-kind", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalPattern:target-kind: (getter get_target_kind)
   *
   * The kind of the link's target, written as for
   * [property@Pattern:source-kind].
   */
  pattern_properties[PATTERN_PROP_TARGET_KIND] =
    g_param_spec_string ("target-kind", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalPattern:sectors: (getter get_sectors)
   *
   * The sectors of the success: the tags the two ends of the link share,
   * in the order of the source's tags.
   */
  pattern_properties[PATTERN_PROP_SECTORS] =
    g_param_spec_boxed ("sectors", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * FocalPattern:missing: (getter get_missing)
   *
   * The other sectors where counterpart bodies exist but are not linked,
   * sorted; see [method@View.dup_success_patterns].
   */
  pattern_properties[PATTERN_PROP_MISSING] =
    g_param_spec_boxed ("missing", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, PATTERN_N_PROPS, pattern_properties);
}

static void
focal_pattern_init (FocalPattern *self)
{
}

/**
 * focal_pattern_get_link: (get-property link)
 * @self: a pattern
 *
 * Gets the successful link.
 *
 * Returns: (transfer none) (nullable): the link
 */
FocalLink *
focal_pattern_get_link (FocalPattern *self)
{
  g_return_val_if_fail (FOCAL_IS_PATTERN (self), NULL);

  return self->link;
}

/**
 * focal_pattern_get_source_kind: (get-property source-kind)
 * @self: a pattern
 *
 * Gets the kind of the link's source.
 *
 * Returns: (transfer none) (nullable): the nick of the source's kind
 */
const char *
focal_pattern_get_source_kind (FocalPattern *self)
{
  g_return_val_if_fail (FOCAL_IS_PATTERN (self), NULL);

  return self->source_kind;
}

/**
 * focal_pattern_get_target_kind: (get-property target-kind)
 * @self: a pattern
 *
 * Gets the kind of the link's target.
 *
 * Returns: (transfer none) (nullable): the nick of the target's kind
 */
const char *
focal_pattern_get_target_kind (FocalPattern *self)
{
  g_return_val_if_fail (FOCAL_IS_PATTERN (self), NULL);

  return self->target_kind;
}

/**
 * focal_pattern_get_sectors: (get-property sectors)
 * @self: a pattern
 *
 * Gets the tags the two ends of the link share.
 *
 * Returns: (transfer none) (array zero-terminated=1): tags
 */
const char * const *
focal_pattern_get_sectors (FocalPattern *self)
{
  g_return_val_if_fail (FOCAL_IS_PATTERN (self), NULL);

  return self->sectors != NULL ? (const char * const *) self->sectors : focal_spaces_empty;
}

/**
 * focal_pattern_get_missing: (get-property missing)
 * @self: a pattern
 *
 * Gets the other sectors where the pattern between counterpart bodies is
 * still missing.
 *
 * Returns: (transfer none) (array zero-terminated=1): tags
 */
const char * const *
focal_pattern_get_missing (FocalPattern *self)
{
  g_return_val_if_fail (FOCAL_IS_PATTERN (self), NULL);

  return self->missing != NULL ? (const char * const *) self->missing : focal_spaces_empty;
}

/* ------------------------------------------------------------ common spaces */

static gboolean
focal_spaces_forum_setting (FocalForum    *forum,
                            FocalSetting  *setting,
                            GError       **error)
{
  const char * const *tags = focal_entity_get_tags (FOCAL_ENTITY (forum));
  const char *id = focal_entity_get_id (FOCAL_ENTITY (forum));
  const char *found = NULL;

  *setting = FOCAL_SETTING_OTHER;
  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autoptr(GEnumClass) klass = NULL;
      GEnumValue *value;
      const char *name;

      if (!g_str_has_prefix (tags[i], FOCAL_SPACES_SETTING_PREFIX))
        continue;
      name = tags[i] + strlen (FOCAL_SPACES_SETTING_PREFIX);

      if (found != NULL)
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT,
                       "forum \"%s\": two settings, \"%s\" and \"%s\"", id, found, tags[i]);
          return FALSE;
        }
      found = tags[i];

      klass = g_type_class_ref (FOCAL_TYPE_SETTING);
      value = g_enum_get_value_by_nick (klass, name);
      if (value == NULL || value->value == FOCAL_SETTING_OTHER)
        {
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INVALID_VALUE,
                       "forum \"%s\": unknown setting \"%s\" (expected bilateral, "
                       "north-america, americas or global)", id, name);
          return FALSE;
        }
      *setting = value->value;
    }

  return TRUE;
}

/* The latest stance of each side on one issue. */
typedef struct
{
  FocalPosition *latest[2];  /* borrowed from the graph */
} FocalSpacesStances;

/* Orders position dates, undated first: nothing says when those held. */
static int
focal_spaces_compare_dates (FocalDate *a,
                            FocalDate *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return focal_date_compare (a, b);
}

/* Keeps the latest stated stance of each side on each issue: positions of
 * the view, by a side's actor or one of its parts that the view keeps, with
 * a stance, dated no later than the end of period. Later positions win;
 * among equal dates, the one added to the graph last. */
static GHashTable *
focal_spaces_collect_stances (FocalSides *sides,
                              FocalDate  *period)
{
  GListModel *positions = focal_graph_get_positions (sides->graph);
  guint n = g_list_model_get_n_items (positions);
  GHashTable *stances = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalPosition) position = g_list_model_get_item (positions, i);
      FocalDate *date = focal_position_get_date (position);
      const char *issue_id = focal_position_get_issue_id (position);
      FocalEntity *issue;
      FocalSpacesStances *entry;
      FocalSide side;

      if (!_focal_view_accept_entity (sides->view, FOCAL_ENTITY (position)) ||
          !focal_position_get_has_stance (position) ||
          issue_id == NULL)
        continue;
      if (period != NULL && date != NULL &&
          focal_date_get_first_day (date) > focal_date_get_last_day (period))
        continue;

      if (focal_position_get_actor_id (position) == NULL ||
          _focal_comparison_view_lookup (sides->view,
                                         focal_position_get_actor_id (position)) == NULL)
        continue;
      side = _focal_comparison_side_of (sides, focal_position_get_actor_id (position));
      issue = _focal_comparison_view_lookup (sides->view, issue_id);
      if (side == FOCAL_SIDE_NONE || issue == NULL)
        continue;

      /* Keys are borrowed from the graph's issues. */
      entry = g_hash_table_lookup (stances, focal_entity_get_id (issue));
      if (entry == NULL)
        {
          entry = g_new0 (FocalSpacesStances, 1);
          g_hash_table_insert (stances, (gpointer) focal_entity_get_id (issue), entry);
        }
      if (entry->latest[side] == NULL ||
          focal_spaces_compare_dates (date, focal_position_get_date (entry->latest[side])) >= 0)
        entry->latest[side] = position;
    }

  return stances;
}

static gboolean
focal_spaces_coincide (FocalSpacesStances *entry)
{
  double a, b;

  if (entry == NULL || entry->latest[0] == NULL || entry->latest[1] == NULL)
    return FALSE;

  a = focal_position_get_stance (entry->latest[0]);
  b = focal_position_get_stance (entry->latest[1]);

  return (a > 0 && b > 0) || (a < 0 && b < 0);
}

/* Whether two entities share a tag other than a setting: tag. */
static gboolean
focal_spaces_share_topic (FocalEntity *a,
                          FocalEntity *b)
{
  const char * const *tags = focal_entity_get_tags (a);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      if (!g_str_has_prefix (tags[i], FOCAL_SPACES_SETTING_PREFIX) &&
          focal_entity_has_tag (b, tags[i]))
        return TRUE;
    }

  return FALSE;
}

/* The member-of and participates-in links of the view to each forum that
 * hold during period: forum id → GPtrArray of FocalLink. */
static GHashTable *
focal_spaces_collect_taking_part (FocalView  *view,
                                  GListModel *links,
                                  FocalDate  *period)
{
  FocalGraph *graph = focal_view_get_graph (view);
  GHashTable *by_forum = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                (GDestroyNotify) g_ptr_array_unref);
  guint n = g_list_model_get_n_items (links);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      FocalLinkKind kind = focal_link_get_kind (link);
      FocalEntity *forum;
      GPtrArray *list;

      if (kind != FOCAL_LINK_KIND_MEMBER_OF && kind != FOCAL_LINK_KIND_PARTICIPATES_IN)
        continue;
      forum = focal_graph_lookup (graph, focal_link_get_target_id (link));
      if (!FOCAL_IS_FORUM (forum) || !focal_link_is_valid_at (link, period))
        continue;

      list = g_hash_table_lookup (by_forum, focal_entity_get_id (forum));
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (by_forum, (gpointer) focal_entity_get_id (forum), list);
        }
      g_ptr_array_add (list, g_object_ref (link));
    }

  return by_forum;
}

static void
focal_spaces_add_member (FocalSides *sides,
                         const char *actor_id,
                         GPtrArray  *members[2],
                         GHashTable *seen)
{
  FocalSide side = _focal_comparison_side_of (sides, actor_id);

  if (side == FOCAL_SIDE_NONE || !g_hash_table_add (seen, (gpointer) actor_id))
    return;

  g_ptr_array_add (members[side], g_strdup (actor_id));
}

/* Fills members with the ids of each side's actors taking part in a forum:
 * memberships valid during period first, then links. */
static void
focal_spaces_members_of (FocalSides *sides,
                         FocalForum *forum,
                         GPtrArray  *links,
                         FocalDate  *period,
                         GPtrArray  *members[2])
{
  GListModel *memberships = focal_forum_get_members (forum);
  guint n = g_list_model_get_n_items (memberships);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalMembership) membership = g_list_model_get_item (memberships, i);
      FocalEntity *actor;

      if (!focal_membership_is_valid_at (membership, period))
        continue;
      actor = _focal_comparison_view_lookup (sides->view,
                                             focal_membership_get_actor_id (membership));
      if (FOCAL_IS_ACTOR (actor))
        focal_spaces_add_member (sides, focal_entity_get_id (actor), members, seen);
    }

  for (guint i = 0; links != NULL && i < links->len; i++)
    focal_spaces_add_member (sides, focal_link_get_source_id (g_ptr_array_index (links, i)),
                             members, seen);
}

static char **
focal_spaces_steal_strv (GPtrArray *strings)
{
  g_ptr_array_add (strings, NULL);
  return (char **) g_ptr_array_free (strings, FALSE);
}

/* The issues of the view, in graph order, that the forum shares a topic
 * with and on which the two sides coincide. */
static char **
focal_spaces_coinciding_for (FocalSides *sides,
                             FocalForum *forum,
                             GHashTable *stances)
{
  GListModel *issues = focal_graph_get_issues (sides->graph);
  guint n = g_list_model_get_n_items (issues);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalEntity) issue = g_list_model_get_item (issues, i);

      if (focal_spaces_coincide (g_hash_table_lookup (stances, focal_entity_get_id (issue))) &&
          focal_spaces_share_topic (FOCAL_ENTITY (forum), issue))
        g_ptr_array_add (found, g_strdup (focal_entity_get_id (issue)));
    }

  return focal_spaces_steal_strv (found);
}

/* Makes the space of one forum, or sets *space to NULL when one side does
 * not take part. */
static gboolean
focal_spaces_space_for (FocalSides  *sides,
                        FocalForum  *forum,
                        guint        order,
                        GHashTable  *taking_part,
                        GHashTable  *stances,
                        FocalDate   *period,
                        FocalSpace **space,
                        GError     **error)
{
  const char *id = focal_entity_get_id (FOCAL_ENTITY (forum));
  g_autoptr(GPtrArray) a = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) b = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *members[2] = { a, b };
  FocalSetting setting;
  FocalSpace *result;

  *space = NULL;
  focal_spaces_members_of (sides, forum, g_hash_table_lookup (taking_part, id), period, members);
  if (a->len == 0 || b->len == 0)
    return TRUE;

  if (!focal_spaces_forum_setting (forum, &setting, error))
    return FALSE;

  result = g_object_new (FOCAL_TYPE_SPACE, NULL);
  result->forum_id = g_strdup (id);
  result->setting = setting;
  result->order = order;
  g_ptr_array_set_free_func (a, NULL);
  g_ptr_array_set_free_func (b, NULL);
  result->members[0] = focal_spaces_steal_strv (g_steal_pointer (&a));
  result->members[1] = focal_spaces_steal_strv (g_steal_pointer (&b));
  result->coinciding_issues = focal_spaces_coinciding_for (sides, forum, stances);
  result->score = g_strv_length (result->members[0]) + g_strv_length (result->members[1]) +
                  g_strv_length (result->coinciding_issues);

  *space = result;
  return TRUE;
}

static int
focal_spaces_compare_spaces (gconstpointer a,
                             gconstpointer b)
{
  FocalSpace *x = *(FocalSpace **) a;
  FocalSpace *y = *(FocalSpace **) b;

  if (x->setting != y->setting)
    return x->setting < y->setting ? -1 : 1;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return (x->order > y->order) - (x->order < y->order);
}

/**
 * focal_view_dup_common_spaces:
 * @self: a view
 * @actor_a: the id of the actor of one side, such as `"canada"`
 * @actor_b: the id of the actor of the other side, such as `"mexico"`
 * @period: (nullable): the period to look at, or `NULL` for any time
 * @error: return location for an error
 *
 * Lists the forums where both sides take part: the common spaces for
 * joint action, grouped by setting and ranked.
 *
 * An actor takes part for a side when it is the side's actor or one of its
 * parts (its chain of parents reaches the side's actor, as for
 * [method@View.dup_complementarities]), and when the forum lists it as a
 * member with a membership valid during @period (any role, observers
 * included), or when a `member-of` or `participates-in` link of the view
 * from it to the forum holds during @period. The forum and the actor must
 * be in the view. A forum is a [class@Space] when each side has at least
 * one actor taking part; [property@Space:members-a] and
 * [property@Space:members-b] list them, memberships first, then links, in
 * graph order.
 *
 * The setting comes from the forum's tags: `setting:bilateral`,
 * `setting:north-america`, `setting:americas` or `setting:global`, and
 * [enum@Setting.OTHER] without one. A space whose forum has another
 * `setting:` tag is [error@Focal.Error.INVALID_VALUE]; one with two is
 * [error@Focal.Error.INCONSISTENT].
 *
 * The coinciding issues of a space are the issues of the view that share a
 * tag (other than a `setting:` tag) with the forum and on which the two
 * sides' latest stances lean the same way: both positive or both negative.
 * A side's latest stance on an issue is that of its most recent position
 * ([class@Position] in the view, by the side's actor or a part that the
 * view keeps, with a stance, dated no later than the end of @period);
 * undated positions count as the oldest, and of positions with the same
 * date the one added last wins.
 *
 * The score is the number of actors taking part, on both sides, plus the
 * number of coinciding issues. Spaces come by setting in the order of
 * [enum@Setting] (bilateral first, other last), then by decreasing score,
 * then in graph order.
 *
 * The errors on the two actor ids are those of
 * [method@View.dup_complementarities]. Costs O(n + m + F·I) for F forums
 * and I issues, each actor's chain of parents being walked once.
 *
 * Returns: (transfer full) (nullable): a list model of [class@Space], or
 *   `NULL` with @error set
 */
GListModel *
focal_view_dup_common_spaces (FocalView   *self,
                              const char  *actor_a,
                              const char  *actor_b,
                              FocalDate   *period,
                              GError     **error)
{
  g_autoptr(GListModel) links = NULL;
  g_autoptr(GHashTable) taking_part = NULL;
  g_autoptr(GHashTable) stances = NULL;
  g_autoptr(GPtrArray) spaces = NULL;
  GListModel *forums;
  GListStore *result;
  FocalSides sides;
  guint n;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);
  g_return_val_if_fail (actor_a != NULL, NULL);
  g_return_val_if_fail (actor_b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_focal_comparison_sides_init (&sides, self, actor_a, actor_b, error))
    return NULL;

  links = focal_view_dup_links (self);
  taking_part = focal_spaces_collect_taking_part (self, links, period);
  stances = focal_spaces_collect_stances (&sides, period);

  spaces = g_ptr_array_new_with_free_func (g_object_unref);
  forums = focal_graph_get_forums (sides.graph);
  n = g_list_model_get_n_items (forums);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalForum) forum = g_list_model_get_item (forums, i);
      FocalSpace *space = NULL;

      if (!_focal_view_accept_entity (self, FOCAL_ENTITY (forum)))
        continue;
      if (!focal_spaces_space_for (&sides, forum, i, taking_part, stances, period,
                                   &space, error))
        {
          _focal_comparison_sides_clear (&sides);
          return NULL;
        }
      if (space != NULL)
        g_ptr_array_add (spaces, space);
    }

  g_ptr_array_sort (spaces, focal_spaces_compare_spaces);
  result = g_list_store_new (FOCAL_TYPE_SPACE);
  g_list_store_splice (result, 0, 0, spaces->pdata, spaces->len);

  _focal_comparison_sides_clear (&sides);

  return G_LIST_MODEL (result);
}

/* --------------------------------------------------------- success patterns */

/* The enum type and value of an entity's kind; G_TYPE_NONE for a position. */
static GType
focal_spaces_entity_kind (FocalEntity *entity,
                          int         *kind)
{
  *kind = 0;
  if (FOCAL_IS_ACTOR (entity))
    {
      *kind = focal_actor_get_kind (FOCAL_ACTOR (entity));
      return FOCAL_TYPE_ACTOR_KIND;
    }
  if (FOCAL_IS_AGREEMENT (entity))
    {
      *kind = focal_agreement_get_kind (FOCAL_AGREEMENT (entity));
      return FOCAL_TYPE_AGREEMENT_KIND;
    }
  if (FOCAL_IS_FORUM (entity))
    {
      *kind = focal_forum_get_kind (FOCAL_FORUM (entity));
      return FOCAL_TYPE_FORUM_KIND;
    }
  if (FOCAL_IS_ISSUE (entity))
    {
      *kind = focal_issue_get_area (FOCAL_ISSUE (entity));
      return FOCAL_TYPE_ISSUE_AREA;
    }
  if (FOCAL_IS_EVENT (entity))
    {
      *kind = focal_event_get_kind (FOCAL_EVENT (entity));
      return FOCAL_TYPE_EVENT_KIND;
    }

  return G_TYPE_NONE;
}

static char *
focal_spaces_kind_nick (FocalEntity *entity)
{
  int kind;
  GType type = focal_spaces_entity_kind (entity, &kind);
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  if (type == G_TYPE_NONE)
    return g_strdup (focal_entity_get_kind_name (entity));

  klass = g_type_class_ref (type);
  value = g_enum_get_value (klass, kind);

  return g_strdup (value != NULL ? value->value_nick : focal_entity_get_kind_name (entity));
}

static gboolean
focal_spaces_same_kind (FocalEntity *a,
                        FocalEntity *b)
{
  int kind_a, kind_b;
  GType type_a = focal_spaces_entity_kind (a, &kind_a);
  GType type_b = focal_spaces_entity_kind (b, &kind_b);

  return G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b) && type_a == type_b && kind_a == kind_b;
}

/* The country of an actor (the first two letters of its code), or the one
 * country all the parties of an agreement, or all the members of a forum,
 * belong to; FALSE when there is none. */
static gboolean
focal_spaces_country_of (FocalGraph  *graph,
                         FocalEntity *entity,
                         char         country[3])
{
  GListModel *members = NULL;
  gboolean found = FALSE;
  guint n;

  if (FOCAL_IS_ACTOR (entity))
    {
      const char *code = focal_actor_get_country (FOCAL_ACTOR (entity));

      if (code == NULL || strlen (code) < 2)
        return FALSE;
      memcpy (country, code, 2);
      country[2] = '\0';
      return TRUE;
    }

  if (FOCAL_IS_AGREEMENT (entity))
    members = focal_agreement_get_parties (FOCAL_AGREEMENT (entity));
  else if (FOCAL_IS_FORUM (entity))
    members = focal_forum_get_members (FOCAL_FORUM (entity));
  else
    return FALSE;

  n = g_list_model_get_n_items (members);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalMembership) member = g_list_model_get_item (members, i);
      FocalEntity *actor = focal_graph_lookup (graph, focal_membership_get_actor_id (member));
      char code[3];

      if (actor == NULL || !focal_spaces_country_of (graph, actor, code))
        return FALSE;
      if (found && strcmp (code, country) != 0)
        return FALSE;
      memcpy (country, code, 3);
      found = TRUE;
    }

  return found;
}

static char *
focal_spaces_pair_key (const char *a,
                       const char *b)
{
  if (strcmp (a, b) > 0)
    return g_strconcat (b, "\x1f", a, NULL);
  return g_strconcat (a, "\x1f", b, NULL);
}

/* The unordered pairs joined by a cooperates-with or modelled-on link of
 * the view. */
static GHashTable *
focal_spaces_collect_linked (GListModel *links)
{
  GHashTable *linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (links);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      FocalLinkKind kind = focal_link_get_kind (link);

      if (kind == FOCAL_LINK_KIND_COOPERATES_WITH || kind == FOCAL_LINK_KIND_MODELLED_ON)
        g_hash_table_add (linked, focal_spaces_pair_key (focal_link_get_source_id (link),
                                                         focal_link_get_target_id (link)));
    }

  return linked;
}

/* Groups the entities of the view of the same kind and country as like, by
 * tag: tag → GPtrArray of FocalEntity (borrowed). */
static GHashTable *
focal_spaces_counterparts (FocalGraph  *graph,
                           GListModel  *entities,
                           FocalEntity *like,
                           const char  *country)
{
  GHashTable *by_tag = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                              (GDestroyNotify) g_ptr_array_unref);
  guint n = g_list_model_get_n_items (entities);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalEntity) entity = g_list_model_get_item (entities, i);
      const char * const *tags;
      char code[3];

      if (!focal_spaces_same_kind (entity, like) ||
          !focal_spaces_country_of (graph, entity, code) || strcmp (code, country) != 0)
        continue;

      tags = focal_entity_get_tags (entity);
      for (guint k = 0; tags[k] != NULL; k++)
        {
          GPtrArray *list = g_hash_table_lookup (by_tag, tags[k]);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (by_tag, (gpointer) tags[k], list);
            }
          g_ptr_array_add (list, entity);
        }
    }

  return by_tag;
}

/* Whether counterparts exist in a sector and none of them is linked. */
static gboolean
focal_spaces_sector_is_missing (GPtrArray  *xs,
                                GPtrArray  *ys,
                                GHashTable *linked)
{
  gboolean any_pair = FALSE;

  for (guint i = 0; i < xs->len; i++)
    {
      const char *x = focal_entity_get_id (g_ptr_array_index (xs, i));

      for (guint j = 0; j < ys->len; j++)
        {
          const char *y = focal_entity_get_id (g_ptr_array_index (ys, j));
          g_autofree char *key = NULL;

          if (g_str_equal (x, y))
            continue;
          any_pair = TRUE;
          key = focal_spaces_pair_key (x, y);
          if (g_hash_table_contains (linked, key))
            return FALSE;
        }
    }

  return any_pair;
}

/* Sorts a GPtrArray of strings, which passes pointers to its elements. */
static int
focal_spaces_compare_strings (gconstpointer a,
                              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char **
focal_spaces_missing (FocalGraph  *graph,
                      GListModel  *entities,
                      GHashTable  *linked,
                      FocalEntity *source,
                      FocalEntity *target,
                      char       **sectors)
{
  g_autoptr(GHashTable) xs = NULL;
  g_autoptr(GHashTable) ys = NULL;
  GPtrArray *missing = g_ptr_array_new ();
  char source_country[3], target_country[3];
  GHashTableIter iter;
  gpointer tag, list;

  if (!focal_spaces_country_of (graph, source, source_country) ||
      !focal_spaces_country_of (graph, target, target_country))
    return focal_spaces_steal_strv (missing);

  xs = focal_spaces_counterparts (graph, entities, source, source_country);
  ys = focal_spaces_counterparts (graph, entities, target, target_country);

  g_hash_table_iter_init (&iter, xs);
  while (g_hash_table_iter_next (&iter, &tag, &list))
    {
      GPtrArray *others = g_hash_table_lookup (ys, tag);

      if (others == NULL || g_strv_contains ((const char * const *) sectors, tag))
        continue;
      if (focal_spaces_sector_is_missing (list, others, linked))
        g_ptr_array_add (missing, g_strdup (tag));
    }

  g_ptr_array_sort (missing, focal_spaces_compare_strings);
  return focal_spaces_steal_strv (missing);
}

static char **
focal_spaces_shared_tags (FocalEntity *a,
                          FocalEntity *b)
{
  const char * const *tags = focal_entity_get_tags (a);
  GPtrArray *shared = g_ptr_array_new ();

  for (guint i = 0; tags[i] != NULL; i++)
    {
      if (focal_entity_has_tag (b, tags[i]))
        g_ptr_array_add (shared, g_strdup (tags[i]));
    }

  return focal_spaces_steal_strv (shared);
}

/**
 * focal_view_dup_success_patterns:
 * @self: a view
 *
 * Describes each successful piece of cooperation and lists the sectors it
 * could be extrapolated to.
 *
 * A successful link is a link of the view whose attribute `outcome` is
 * `success`, such as the electoral cooperation between Elections Canada
 * and the IFE. Its [class@Pattern] gives:
 *
 * - the kinds of its two ends ([property@Pattern:source-kind],
 *   [property@Pattern:target-kind]): two agencies;
 * - its sectors ([property@Pattern:sectors]): the tags its two ends share,
 *   such as `elections` and `governance`;
 * - the sectors where the pattern is missing ([property@Pattern:missing]).
 *   The *counterparts* of the source are the entities of the view of the
 *   same kind (the same kind of entity, with the same kind value) and the
 *   same country as the source, and likewise for the target. A tag other
 *   than the pattern's sectors is missing when some counterpart of the
 *   source and a different counterpart of the target both carry it, and no
 *   such pair is joined by a `cooperates-with` or `modelled-on` link of the
 *   view, in either direction: both countries have bodies of the two kinds
 *   in that sector, and they do not cooperate.
 *
 * The country of an actor is the first two letters of its code (`"CA"`
 * for `"CA-QC"`); that of an agreement or a forum is the one country of all
 * its parties or members. When either end of the link has no country, the
 * pattern has no missing sectors. Missing sectors are sorted.
 *
 * The patterns come in the order of their links in the graph. Costs
 * O(n + m) to index the view, then for each successful link O(n t) for
 * entities of t tags each, plus a check of every pair of counterparts
 * sharing a tag.
 *
 * Returns: (transfer full): a list model of [class@Pattern], possibly empty
 */
GListModel *
focal_view_dup_success_patterns (FocalView *self)
{
  g_autoptr(GListModel) links = NULL;
  g_autoptr(GListModel) entities = NULL;
  g_autoptr(GHashTable) linked = NULL;
  FocalGraph *graph;
  GListStore *result;
  guint n;

  g_return_val_if_fail (FOCAL_IS_VIEW (self), NULL);

  graph = focal_view_get_graph (self);
  links = focal_view_dup_links (self);
  entities = focal_view_dup_entities (self);
  linked = focal_spaces_collect_linked (links);
  result = g_list_store_new (FOCAL_TYPE_PATTERN);

  n = g_list_model_get_n_items (links);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalLink) link = g_list_model_get_item (links, i);
      g_autoptr(FocalPattern) pattern = NULL;
      FocalEntity *source, *target;

      if (g_strcmp0 (focal_link_get_attribute (link, "outcome"), "success") != 0)
        continue;

      source = focal_graph_lookup (graph, focal_link_get_source_id (link));
      target = focal_graph_lookup (graph, focal_link_get_target_id (link));

      pattern = g_object_new (FOCAL_TYPE_PATTERN, NULL);
      pattern->link = g_object_ref (link);
      pattern->source_kind = focal_spaces_kind_nick (source);
      pattern->target_kind = focal_spaces_kind_nick (target);
      pattern->sectors = focal_spaces_shared_tags (source, target);
      pattern->missing = focal_spaces_missing (graph, entities, linked, source, target,
                                               pattern->sectors);
      g_list_store_append (result, pattern);
    }

  return G_LIST_MODEL (result);
}
