/* focal-citation.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-citation.h"

/**
 * FocalCitation:
 *
 * A citation of one fact: which [class@Source] supports it, and where.
 *
 * The [property@Citation:source-id] names an entry of the graph's source
 * registry and is set once, at construction. The locator (section, page,
 * endnote number and a short quote) is optional.
 *
 * ```c
 * g_autoptr(FocalCitation) citation = focal_citation_new ("dfait-2005");
 *
 * focal_citation_set_page (citation, "4-5");
 * focal_citation_set_note (citation, 12);
 * focal_indicator_add_citation (indicator, citation);
 * ```
 */

struct _FocalCitation
{
  GObject parent_instance;

  char *source_id;
  char *section;
  char *page;
  char *quote;
  guint note;
};

enum
{
  PROP_0,
  PROP_SOURCE_ID,
  PROP_SECTION,
  PROP_PAGE,
  PROP_NOTE,
  PROP_QUOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FocalCitation, focal_citation, G_TYPE_OBJECT)

static void
focal_citation_replace_string (FocalCitation *self,
                               char         **field,
                               const char    *value,
                               int            prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
focal_citation_constructed (GObject *object)
{
  FocalCitation *self = FOCAL_CITATION (object);

  G_OBJECT_CLASS (focal_citation_parent_class)->constructed (object);

  if (self->source_id == NULL || self->source_id[0] == '\0')
    g_critical ("A FocalCitation needs a non-empty source-id at construction");
}

static void
focal_citation_finalize (GObject *object)
{
  FocalCitation *self = FOCAL_CITATION (object);

  g_clear_pointer (&self->source_id, g_free);
  g_clear_pointer (&self->section, g_free);
  g_clear_pointer (&self->page, g_free);
  g_clear_pointer (&self->quote, g_free);

  G_OBJECT_CLASS (focal_citation_parent_class)->finalize (object);
}

static void
focal_citation_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FocalCitation *self = FOCAL_CITATION (object);

  switch (prop_id)
    {
    case PROP_SOURCE_ID:
      g_value_set_string (value, focal_citation_get_source_id (self));
      break;

    case PROP_SECTION:
      g_value_set_string (value, focal_citation_get_section (self));
      break;

    case PROP_PAGE:
      g_value_set_string (value, focal_citation_get_page (self));
      break;

    case PROP_NOTE:
      g_value_set_uint (value, focal_citation_get_note (self));
      break;

    case PROP_QUOTE:
      g_value_set_string (value, focal_citation_get_quote (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_citation_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  FocalCitation *self = FOCAL_CITATION (object);

  switch (prop_id)
    {
    case PROP_SOURCE_ID:
      self->source_id = g_value_dup_string (value);
      break;

    case PROP_SECTION:
      focal_citation_set_section (self, g_value_get_string (value));
      break;

    case PROP_PAGE:
      focal_citation_set_page (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      focal_citation_set_note (self, g_value_get_uint (value));
      break;

    case PROP_QUOTE:
      focal_citation_set_quote (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_citation_class_init (FocalCitationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = focal_citation_constructed;
  object_class->finalize = focal_citation_finalize;
  object_class->get_property = focal_citation_get_property;
  object_class->set_property = focal_citation_set_property;

  /**
   * FocalCitation:source-id:
   *
   * The id of the cited [class@Source] in the graph's source registry.
   *
   * It is set once, at construction, and must not be empty.
   */
  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalCitation:section:
   *
   * The section, chapter or heading of the source that supports the fact.
   */
  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalCitation:page:
   *
   * The page or page range, as printed (`"4"`, `"4-5"`, `"xii"`).
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalCitation:note:
   *
   * The number of the endnote or footnote that supports the fact; 0 for none.
   */
  properties[PROP_NOTE] =
    g_param_spec_uint ("note", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * FocalCitation:quote:
   *
   * A short verbatim excerpt of the source that states the fact.
   */
  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_citation_init (FocalCitation *self)
{
}

/**
 * focal_citation_new:
 * @source_id: the id of the cited source, not empty
 *
 * Creates a citation of @source_id with no locator.
 *
 * Returns: (transfer full): a new citation
 */
FocalCitation *
focal_citation_new (const char *source_id)
{
  g_return_val_if_fail (source_id != NULL && source_id[0] != '\0', NULL);

  return g_object_new (FOCAL_TYPE_CITATION, "source-id", source_id, NULL);
}

/**
 * focal_citation_get_source_id:
 * @self: a citation
 *
 * Gets the id of the cited source.
 *
 * Returns: (transfer none): the id of the source
 */
const char *
focal_citation_get_source_id (FocalCitation *self)
{
  g_return_val_if_fail (FOCAL_IS_CITATION (self), NULL);

  return self->source_id;
}

/**
 * focal_citation_get_section:
 * @self: a citation
 *
 * Gets the section of the source that the citation points at.
 *
 * Returns: (transfer none) (nullable): the section, or `NULL` if unset
 */
const char *
focal_citation_get_section (FocalCitation *self)
{
  g_return_val_if_fail (FOCAL_IS_CITATION (self), NULL);

  return self->section;
}

/**
 * focal_citation_set_section:
 * @self: a citation
 * @section: (nullable): the section, or `NULL` to unset it
 *
 * Sets the section of the source that the citation points at.
 */
void
focal_citation_set_section (FocalCitation *self,
                            const char    *section)
{
  g_return_if_fail (FOCAL_IS_CITATION (self));

  focal_citation_replace_string (self, &self->section, section, PROP_SECTION);
}

/**
 * focal_citation_get_page:
 * @self: a citation
 *
 * Gets the page or page range that the citation points at.
 *
 * Returns: (transfer none) (nullable): the page, or `NULL` if unset
 */
const char *
focal_citation_get_page (FocalCitation *self)
{
  g_return_val_if_fail (FOCAL_IS_CITATION (self), NULL);

  return self->page;
}

/**
 * focal_citation_set_page:
 * @self: a citation
 * @page: (nullable): the page or page range, such as `"4-5"`, or `NULL`
 *   to unset it
 *
 * Sets the page or page range that the citation points at.
 */
void
focal_citation_set_page (FocalCitation *self,
                         const char    *page)
{
  g_return_if_fail (FOCAL_IS_CITATION (self));

  focal_citation_replace_string (self, &self->page, page, PROP_PAGE);
}

/**
 * focal_citation_get_note:
 * @self: a citation
 *
 * Gets the number of the endnote that the citation points at.
 *
 * Returns: the endnote number, or 0 for none
 */
guint
focal_citation_get_note (FocalCitation *self)
{
  g_return_val_if_fail (FOCAL_IS_CITATION (self), 0);

  return self->note;
}

/**
 * focal_citation_set_note:
 * @self: a citation
 * @note: the endnote number, or 0 for none
 *
 * Sets the number of the endnote that the citation points at.
 */
void
focal_citation_set_note (FocalCitation *self,
                         guint          note)
{
  g_return_if_fail (FOCAL_IS_CITATION (self));

  if (self->note == note)
    return;

  self->note = note;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/**
 * focal_citation_get_quote:
 * @self: a citation
 *
 * Gets the verbatim excerpt of the source that states the fact.
 *
 * Returns: (transfer none) (nullable): the quote, or `NULL` if unset
 */
const char *
focal_citation_get_quote (FocalCitation *self)
{
  g_return_val_if_fail (FOCAL_IS_CITATION (self), NULL);

  return self->quote;
}

/**
 * focal_citation_set_quote:
 * @self: a citation
 * @quote: (nullable): a short verbatim excerpt, or `NULL` to unset it
 *
 * Sets the verbatim excerpt of the source that states the fact.
 */
void
focal_citation_set_quote (FocalCitation *self,
                          const char    *quote)
{
  g_return_if_fail (FOCAL_IS_CITATION (self));

  focal_citation_replace_string (self, &self->quote, quote, PROP_QUOTE);
}
