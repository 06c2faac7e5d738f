/* focal-source.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-source.h"

/**
 * FocalSource:
 *
 * An entry of a graph's source registry: a document that facts cite.
 *
 * A source has an [property@Source:id], set once at construction, by which
 * a [class@Citation] points at it, and bibliographic details that may all be
 * left unset.
 *
 * ```c
 * g_autoptr(FocalSource) source = focal_source_new ("dfait-2005");
 *
 * focal_source_set_author (source, "Department of Foreign Affairs");
 * focal_source_set_title (source, "Canada and Mexico: Partners in North America");
 * focal_source_set_year (source, 2005);
 * ```
 */

struct _FocalSource
{
  GObject parent_instance;

  char *id;
  char *author;
  char *title;
  char *publisher;
  char *url;
  int year;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_AUTHOR,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_YEAR,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FocalSource, focal_source, G_TYPE_OBJECT)

#define FOCAL_SOURCE_YEAR_MAX 9999

static void
focal_source_replace_string (FocalSource *self,
                             char       **field,
                             const char  *value,
                             int          prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
focal_source_constructed (GObject *object)
{
  FocalSource *self = FOCAL_SOURCE (object);

  G_OBJECT_CLASS (focal_source_parent_class)->constructed (object);

  if (self->id == NULL || self->id[0] == '\0')
    g_critical ("A FocalSource needs a non-empty id at construction");
}

static void
focal_source_finalize (GObject *object)
{
  FocalSource *self = FOCAL_SOURCE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (focal_source_parent_class)->finalize (object);
}

static void
focal_source_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FocalSource *self = FOCAL_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, focal_source_get_id (self));
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, focal_source_get_author (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, focal_source_get_title (self));
      break;

    case PROP_PUBLISHER:
      g_value_set_string (value, focal_source_get_publisher (self));
      break;

    case PROP_YEAR:
      g_value_set_int (value, focal_source_get_year (self));
      break;

    case PROP_URL:
      g_value_set_string (value, focal_source_get_url (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_source_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  FocalSource *self = FOCAL_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_AUTHOR:
      focal_source_set_author (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      focal_source_set_title (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHER:
      focal_source_set_publisher (self, g_value_get_string (value));
      break;

    case PROP_YEAR:
      focal_source_set_year (self, g_value_get_int (value));
      break;

    case PROP_URL:
      focal_source_set_url (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_source_class_init (FocalSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = focal_source_constructed;
  object_class->finalize = focal_source_finalize;
  object_class->get_property = focal_source_get_property;
  object_class->set_property = focal_source_set_property;

  /**
   * FocalSource:id:
   *
   * The identifier by which citations refer to the source.
   *
   * It is set once, at construction, and must not be empty.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalSource:author:
   *
   * The author of the source, a person or an institution.
   */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalSource:title:
   *
   * The title of the source.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalSource:publisher:
   *
   * The publisher of the source.
   */
  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * FocalSource:year:
   *
   * The year of publication, from 0 to 9999; 0 means unknown.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, FOCAL_SOURCE_YEAR_MAX, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  /**
   * FocalSource:url:
   *
   * Where the source can be read, as a URL.
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_source_init (FocalSource *self)
{
}

/**
 * focal_source_new:
 * @id: the identifier of the source, not empty
 *
 * Creates a source with no bibliographic details.
 *
 * Returns: (transfer full): a new source
 */
FocalSource *
focal_source_new (const char *id)
{
  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);

  return g_object_new (FOCAL_TYPE_SOURCE, "id", id, NULL);
}

/**
 * focal_source_get_id:
 * @self: a source
 *
 * Gets the identifier of the source.
 *
 * Returns: (transfer none): the identifier
 */
const char *
focal_source_get_id (FocalSource *self)
{
  g_return_val_if_fail (FOCAL_IS_SOURCE (self), NULL);

  return self->id;
}

/**
 * focal_source_get_author:
 * @self: a source
 *
 * Gets the author of the source.
 *
 * Returns: (transfer none) (nullable): the author, or `NULL` if unknown
 */
const char *
focal_source_get_author (FocalSource *self)
{
  g_return_val_if_fail (FOCAL_IS_SOURCE (self), NULL);

  return self->author;
}

/**
 * focal_source_set_author:
 * @self: a source
 * @author: (nullable): the author, or `NULL` to unset it
 *
 * Sets the author of the source.
 */
void
focal_source_set_author (FocalSource *self,
                         const char  *author)
{
  g_return_if_fail (FOCAL_IS_SOURCE (self));

  focal_source_replace_string (self, &self->author, author, PROP_AUTHOR);
}

/**
 * focal_source_get_title:
 * @self: a source
 *
 * Gets the title of the source.
 *
 * Returns: (transfer none) (nullable): the title, or `NULL` if unknown
 */
const char *
focal_source_get_title (FocalSource *self)
{
  g_return_val_if_fail (FOCAL_IS_SOURCE (self), NULL);

  return self->title;
}

/**
 * focal_source_set_title:
 * @self: a source
 * @title: (nullable): the title, or `NULL` to unset it
 *
 * Sets the title of the source.
 */
void
focal_source_set_title (FocalSource *self,
                        const char  *title)
{
  g_return_if_fail (FOCAL_IS_SOURCE (self));

  focal_source_replace_string (self, &self->title, title, PROP_TITLE);
}

/**
 * focal_source_get_publisher:
 * @self: a source
 *
 * Gets the publisher of the source.
 *
 * Returns: (transfer none) (nullable): the publisher, or `NULL` if unknown
 */
const char *
focal_source_get_publisher (FocalSource *self)
{
  g_return_val_if_fail (FOCAL_IS_SOURCE (self), NULL);

  return self->publisher;
}

/**
 * focal_source_set_publisher:
 * @self: a source
 * @publisher: (nullable): the publisher, or `NULL` to unset it
 *
 * Sets the publisher of the source.
 */
void
focal_source_set_publisher (FocalSource *self,
                            const char  *publisher)
{
  g_return_if_fail (FOCAL_IS_SOURCE (self));

  focal_source_replace_string (self, &self->publisher, publisher, PROP_PUBLISHER);
}

/**
 * focal_source_get_year:
 * @self: a source
 *
 * Gets the year of publication of the source.
 *
 * Returns: the year, or 0 if unknown
 */
int
focal_source_get_year (FocalSource *self)
{
  g_return_val_if_fail (FOCAL_IS_SOURCE (self), 0);

  return self->year;
}

/**
 * focal_source_set_year:
 * @self: a source
 * @year: the year of publication, from 0 to 9999; 0 for unknown
 *
 * Sets the year of publication of the source.
 *
 * A reader of untrusted data checks the range itself and reports a year
 * outside it as an error before calling this.
 */
void
focal_source_set_year (FocalSource *self,
                       int          year)
{
  g_return_if_fail (FOCAL_IS_SOURCE (self));
  g_return_if_fail (year >= 0 && year <= FOCAL_SOURCE_YEAR_MAX);

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * focal_source_get_url:
 * @self: a source
 *
 * Gets the URL where the source can be read.
 *
 * Returns: (transfer none) (nullable): the URL, or `NULL` if unknown
 */
const char *
focal_source_get_url (FocalSource *self)
{
  g_return_val_if_fail (FOCAL_IS_SOURCE (self), NULL);

  return self->url;
}

/**
 * focal_source_set_url:
 * @self: a source
 * @url: (nullable): the URL, or `NULL` to unset it
 *
 * Sets the URL where the source can be read.
 */
void
focal_source_set_url (FocalSource *self,
                      const char  *url)
{
  g_return_if_fail (FOCAL_IS_SOURCE (self));

  focal_source_replace_string (self, &self->url, url, PROP_URL);
}
