/* focal-agreement.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-agreement.h"

#include "focal-entity-private.h"

#include "focal-actor.h"
#include "focal-date.h"
#include "focal-enum-types.h"
#include "focal-graph.h"

/**
 * FocalAgreement:
 *
 * A treaty, memorandum, declaration, law, trade agreement, twinning or
 * programme, with its parties and the steps of its life.
 *
 * The [property@Agreement:status] says how far the agreement got. Each step
 * can also carry the date it was reached ([method@Agreement.set_step_date]),
 * and the parties are [class@Membership] records naming an actor, its role
 * and the period it took part.
 *
 * ```c
 * g_autoptr(FocalAgreement) nafta = NULL;
 * g_autoptr(FocalMembership) mexico = NULL;
 * g_autoptr(FocalDate) signed_on = NULL;
 *
 * nafta = focal_agreement_new ("nafta", FOCAL_AGREEMENT_KIND_TRADE_AGREEMENT);
 * focal_agreement_set_status (nafta, FOCAL_AGREEMENT_STATUS_IN_FORCE);
 * signed_on = focal_date_new (1992, 12, 17);
 * focal_agreement_set_step_date (nafta, FOCAL_AGREEMENT_STATUS_SIGNED, signed_on);
 *
 * mexico = focal_membership_new ("mexico", FOCAL_ROLE_PARTY);
 * focal_agreement_add_party (nafta, mexico);
 * ```
 */

#define N_STEPS (FOCAL_AGREEMENT_STATUS_WITHDRAWN + 1)

struct _FocalAgreement
{
  FocalEntity           parent_instance;

  FocalAgreementKind    kind;
  FocalAgreementStatus  status;
  FocalDate            *step_dates[N_STEPS];  /* index 0 (unknown) unused */
  GListStore           *parties;  /* NULL until first needed */
};

G_DEFINE_FINAL_TYPE (FocalAgreement, focal_agreement, FOCAL_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_KIND,
  PROP_STATUS,
  PROP_PARTIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Returns the parties store, creating it on first use. Getters may run on
 * several threads at once: the first store published wins and the others
 * are dropped. */
static GListStore *
focal_agreement_ensure_parties (FocalAgreement *self)
{
  GListStore *store = g_atomic_pointer_get (&self->parties);
  GListStore *fresh;

  if (store != NULL)
    return store;

  fresh = g_list_store_new (FOCAL_TYPE_MEMBERSHIP);
  if (g_atomic_pointer_compare_and_exchange (&self->parties, NULL, fresh))
    return fresh;

  g_object_unref (fresh);
  return g_atomic_pointer_get (&self->parties);
}

/* Returns the parties without creating a store: a shared empty model while
 * the agreement has never had any. */
GListModel *
_focal_agreement_peek_parties (FocalAgreement *self)
{
  static GListModel *empty;
  GListStore *store = g_atomic_pointer_get (&self->parties);

  if (store != NULL)
    return G_LIST_MODEL (store);

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, G_LIST_MODEL (g_list_store_new (FOCAL_TYPE_MEMBERSHIP)));

  return empty;
}

enum {
  STEP_DATE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The steps whose dates must come in this order when both are known. */
static const FocalAgreementStatus ordered_steps[] = {
  FOCAL_AGREEMENT_STATUS_PROPOSED,
  FOCAL_AGREEMENT_STATUS_NEGOTIATING,
  FOCAL_AGREEMENT_STATUS_SIGNED,
  FOCAL_AGREEMENT_STATUS_IN_FORCE,
};

static const char *
focal_agreement_step_nick (FocalAgreementStatus step)
{
  GEnumClass *enum_class = g_type_class_ref (FOCAL_TYPE_AGREEMENT_STATUS);
  GEnumValue *value = g_enum_get_value (enum_class, step);

  g_type_class_unref (enum_class);  /* the enum class is never freed */

  return value != NULL ? value->value_nick : "?";
}

static gboolean
focal_agreement_check_step_order (FocalAgreement  *self,
                                  GError         **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (ordered_steps); i++)
    {
      FocalDate *earlier = self->step_dates[ordered_steps[i]];

      for (guint j = i + 1; earlier != NULL && j < G_N_ELEMENTS (ordered_steps); j++)
        {
          FocalDate *later = self->step_dates[ordered_steps[j]];
          g_autofree char *earlier_text = NULL;
          g_autofree char *later_text = NULL;

          if (later == NULL ||
              focal_date_get_first_day (later) >= focal_date_get_first_day (earlier))
            continue;

          earlier_text = focal_date_to_string (earlier);
          later_text = focal_date_to_string (later);
          g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_INCONSISTENT,
                       "agreement \"%s\": %s date %s is before %s date %s",
                       focal_entity_get_id (FOCAL_ENTITY (self)),
                       focal_agreement_step_nick (ordered_steps[j]), later_text,
                       focal_agreement_step_nick (ordered_steps[i]), earlier_text);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
focal_agreement_check_party (FocalAgreement   *self,
                             FocalGraph       *graph,
                             FocalMembership  *party,
                             GError          **error)
{
  const char *id = focal_entity_get_id (FOCAL_ENTITY (self));
  const char *actor_id = focal_membership_get_actor_id (party);
  FocalEntity *actor;
  const char *kind;

  if (actor_id == NULL || actor_id[0] == '\0')
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_MISSING_FIELD,
                   "agreement \"%s\": a party without an actor-id", id);
      return FALSE;
    }

  if (graph == NULL)
    return TRUE;

  actor = focal_graph_lookup (graph, actor_id);
  if (actor == NULL)
    {
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_UNKNOWN_ID,
                   "agreement \"%s\": party \"%s\" is not in the graph", id, actor_id);
      return FALSE;
    }

  if (!FOCAL_IS_ACTOR (actor))
    {
      kind = focal_entity_get_kind_name (actor);
      g_set_error (error, FOCAL_ERROR, FOCAL_ERROR_WRONG_KIND,
                   "agreement \"%s\": party \"%s\" is %s %s, not an actor",
                   id, actor_id, strchr ("aeiou", kind[0]) != NULL ? "an" : "a", kind);
      return FALSE;
    }

  return TRUE;
}

static gboolean
focal_agreement_validate (FocalEntity  *entity,
                          FocalGraph   *graph,
                          GError      **error)
{
  FocalAgreement *self = FOCAL_AGREEMENT (entity);
  GListModel *parties = _focal_agreement_peek_parties (self);
  guint n;

  if (!FOCAL_ENTITY_CLASS (focal_agreement_parent_class)->validate (entity, graph, error))
    return FALSE;

  if (!focal_agreement_check_step_order (self, error))
    return FALSE;

  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalMembership) party = g_list_model_get_item (parties, i);

      if (!focal_agreement_check_party (self, graph, party, error))
        return FALSE;
    }

  return TRUE;
}

static void
focal_agreement_collect_references (FocalEntity *entity,
                                    GPtrArray   *ids)
{
  FocalAgreement *self = FOCAL_AGREEMENT (entity);
  GListModel *parties = _focal_agreement_peek_parties (self);
  guint n;

  FOCAL_ENTITY_CLASS (focal_agreement_parent_class)->collect_references (entity, ids);

  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalMembership) party = g_list_model_get_item (parties, i);
      const char *actor_id = focal_membership_get_actor_id (party);

      if (actor_id != NULL)
        g_ptr_array_add (ids, g_strdup (actor_id));
    }
}

static void
focal_agreement_dispose (GObject *object)
{
  FocalAgreement *self = FOCAL_AGREEMENT (object);

  g_clear_object (&self->parties);

  G_OBJECT_CLASS (focal_agreement_parent_class)->dispose (object);
}

static void
focal_agreement_finalize (GObject *object)
{
  FocalAgreement *self = FOCAL_AGREEMENT (object);

  for (guint i = 0; i < N_STEPS; i++)
    g_clear_pointer (&self->step_dates[i], focal_date_unref);
  /* A getter called after dispose creates the store again. */
  g_clear_object (&self->parties);

  G_OBJECT_CLASS (focal_agreement_parent_class)->finalize (object);
}

static void
focal_agreement_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FocalAgreement *self = FOCAL_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, focal_agreement_get_kind (self));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, focal_agreement_get_status (self));
      break;

    case PROP_PARTIES:
      g_value_set_object (value, focal_agreement_get_parties (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_agreement_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FocalAgreement *self = FOCAL_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      focal_agreement_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_STATUS:
      focal_agreement_set_status (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_agreement_class_init (FocalAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FocalEntityClass *entity_class = FOCAL_ENTITY_CLASS (klass);

  object_class->dispose = focal_agreement_dispose;
  object_class->finalize = focal_agreement_finalize;
  object_class->get_property = focal_agreement_get_property;
  object_class->set_property = focal_agreement_set_property;

  entity_class->validate = focal_agreement_validate;
  entity_class->collect_references = focal_agreement_collect_references;

  /**
   * FocalAgreement:kind: (getter get_kind) (setter set_kind)
   *
   * What kind of instrument the agreement is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       FOCAL_TYPE_AGREEMENT_KIND,
                       FOCAL_AGREEMENT_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalAgreement:status: (getter get_status) (setter set_status)
   *
   * How far the agreement got in its life; unknown unless a source says.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       FOCAL_TYPE_AGREEMENT_STATUS,
                       FOCAL_AGREEMENT_STATUS_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * FocalAgreement:parties: (getter get_parties)
   *
   * The parties and signatories of the agreement, a list model of
   * [class@Membership].
   */
  properties[PROP_PARTIES] =
    g_param_spec_object ("parties", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FocalAgreement::step-date-changed:
   * @self: the agreement
   * @step: the step whose date changed
   *
   * Emitted after the date of a step of the agreement's life was set,
   * changed or cleared with [method@Agreement.set_step_date].
   */
  signals[STEP_DATE_CHANGED] =
    g_signal_new ("step-date-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1,
                  FOCAL_TYPE_AGREEMENT_STATUS);
}

static void
focal_agreement_init (FocalAgreement *self)
{
  self->kind = FOCAL_AGREEMENT_KIND_OTHER;
  self->status = FOCAL_AGREEMENT_STATUS_UNKNOWN;
}

/**
 * focal_agreement_new:
 * @id: the id of the agreement
 * @kind: what kind of instrument it is
 *
 * Creates an agreement with no parties and an unknown status.
 *
 * Returns: (transfer full): a new agreement
 */
FocalAgreement *
focal_agreement_new (const char         *id,
                     FocalAgreementKind  kind)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (FOCAL_TYPE_AGREEMENT,
                       "id", id,
                       "kind", kind,
                       NULL);
}

/**
 * focal_agreement_get_kind: (get-property kind)
 * @self: an agreement
 *
 * Gets what kind of instrument the agreement is.
 *
 * Returns: the kind of agreement
 */
FocalAgreementKind
focal_agreement_get_kind (FocalAgreement *self)
{
  g_return_val_if_fail (FOCAL_IS_AGREEMENT (self), FOCAL_AGREEMENT_KIND_OTHER);

  return self->kind;
}

/**
 * focal_agreement_set_kind: (set-property kind)
 * @self: an agreement
 * @kind: the kind of instrument
 *
 * Sets what kind of instrument the agreement is.
 */
void
focal_agreement_set_kind (FocalAgreement     *self,
                          FocalAgreementKind  kind)
{
  g_return_if_fail (FOCAL_IS_AGREEMENT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * focal_agreement_get_status: (get-property status)
 * @self: an agreement
 *
 * Gets how far the agreement got in its life.
 *
 * Returns: the status
 */
FocalAgreementStatus
focal_agreement_get_status (FocalAgreement *self)
{
  g_return_val_if_fail (FOCAL_IS_AGREEMENT (self), FOCAL_AGREEMENT_STATUS_UNKNOWN);

  return self->status;
}

/**
 * focal_agreement_set_status: (set-property status)
 * @self: an agreement
 * @status: the step the agreement reached
 *
 * Sets how far the agreement got in its life.
 */
void
focal_agreement_set_status (FocalAgreement       *self,
                            FocalAgreementStatus  status)
{
  g_return_if_fail (FOCAL_IS_AGREEMENT (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * focal_agreement_get_step_date:
 * @self: an agreement
 * @step: a step of the agreement's life, any status but unknown
 *
 * Gets the date the agreement reached @step.
 *
 * Returns: (transfer none) (nullable): a date or interval, or `NULL` when
 *   the sources do not say
 */
FocalDate *
focal_agreement_get_step_date (FocalAgreement       *self,
                               FocalAgreementStatus  step)
{
  g_return_val_if_fail (FOCAL_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (step > FOCAL_AGREEMENT_STATUS_UNKNOWN && step < N_STEPS, NULL);

  return self->step_dates[step];
}

/**
 * focal_agreement_set_step_date:
 * @self: an agreement
 * @step: a step of the agreement's life, any status but unknown
 * @date: (nullable): a date or interval, or `NULL` to forget it
 *
 * Sets the date the agreement reached @step, such as the day it was signed
 * or entered into force.
 *
 * [signal@Agreement::step-date-changed] is emitted after a change; setting
 * the date the step already has emits nothing. [method@Entity.validate]
 * checks that the dates of proposal, negotiation, signature and entry into
 * force come in that order.
 */
void
focal_agreement_set_step_date (FocalAgreement       *self,
                               FocalAgreementStatus  step,
                               FocalDate            *date)
{
  FocalDate **slot;

  g_return_if_fail (FOCAL_IS_AGREEMENT (self));
  g_return_if_fail (step > FOCAL_AGREEMENT_STATUS_UNKNOWN && step < N_STEPS);

  slot = &self->step_dates[step];
  if (*slot == date || (*slot != NULL && date != NULL && focal_date_equal (*slot, date)))
    return;

  g_clear_pointer (slot, focal_date_unref);
  if (date != NULL)
    *slot = focal_date_ref (date);
  g_signal_emit (self, signals[STEP_DATE_CHANGED], 0, step);
}

/**
 * focal_agreement_get_parties:
 * @self: an agreement
 *
 * Gets the parties and signatories of the agreement.
 *
 * Returns: (transfer none): a list model of [class@Membership]
 */
GListModel *
focal_agreement_get_parties (FocalAgreement *self)
{
  g_return_val_if_fail (FOCAL_IS_AGREEMENT (self), NULL);

  return G_LIST_MODEL (focal_agreement_ensure_parties (self));
}

/**
 * focal_agreement_add_party:
 * @self: an agreement
 * @party: the membership of an actor in the agreement
 *
 * Appends a party to the agreement.
 *
 * An actor may appear more than once, for instance as a signatory and later
 * as a party.
 */
void
focal_agreement_add_party (FocalAgreement  *self,
                           FocalMembership *party)
{
  g_return_if_fail (FOCAL_IS_AGREEMENT (self));
  g_return_if_fail (FOCAL_IS_MEMBERSHIP (party));

  g_list_store_append (focal_agreement_ensure_parties (self), party);
}

/**
 * focal_agreement_remove_party:
 * @self: an agreement
 * @actor_id: the id of an actor
 *
 * Removes every membership of an actor from the parties.
 *
 * Returns: `TRUE` if the actor was a party
 */
gboolean
focal_agreement_remove_party (FocalAgreement *self,
                              const char     *actor_id)
{
  g_autoptr(GPtrArray) kept = NULL;
  GListModel *model;
  guint n, first = G_MAXUINT;

  g_return_val_if_fail (FOCAL_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (actor_id != NULL, FALSE);

  model = _focal_agreement_peek_parties (self);
  n = g_list_model_get_n_items (model);
  kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      FocalMembership *party = g_list_model_get_item (model, i);

      if (g_strcmp0 (focal_membership_get_actor_id (party), actor_id) == 0)
        {
          first = MIN (first, i);
          g_object_unref (party);
        }
      else if (first != G_MAXUINT)
        g_ptr_array_add (kept, party);
      else
        g_object_unref (party);
    }

  if (first == G_MAXUINT)
    return FALSE;

  /* One splice, so that listeners see a single change. */
  g_list_store_splice (self->parties, first, n - first, kept->pdata, kept->len);
  return TRUE;
}

/**
 * focal_agreement_find_party:
 * @self: an agreement
 * @actor_id: the id of an actor
 *
 * Finds the first membership of an actor among the parties.
 *
 * Returns: (transfer none) (nullable): the membership, or `NULL` if the
 *   actor is not a party
 */
FocalMembership *
focal_agreement_find_party (FocalAgreement *self,
                            const char     *actor_id)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (FOCAL_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (actor_id != NULL, NULL);

  model = _focal_agreement_peek_parties (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FocalMembership) party = g_list_model_get_item (model, i);

      if (g_strcmp0 (focal_membership_get_actor_id (party), actor_id) == 0)
        return party;  /* the store keeps its own reference */
    }

  return NULL;
}
