/* focal-problem.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-problem.h"

#include "focal-enum-types.h"
#include "focal-json-private.h"

/**
 * FocalProblem:
 *
 * One problem found while loading a document: what went wrong
 * ([property@Problem:code] and [property@Problem:message]) and where
 * (file, line, column and JSON path).
 *
 * A strict load stops at the first problem and reports it as a `GError`
 * with the same code and message; a lenient load
 * ([flags@LoadFlags.LENIENT]) goes on and collects every problem in
 * [method@Document.get_problems].
 *
 * ```c
 * GListModel *problems = focal_document_get_problems (document);
 *
 * for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
 *   {
 *     g_autoptr(FocalProblem) problem = g_list_model_get_item (problems, i);
 *
 *     g_printerr ("%s\n", focal_problem_get_message (problem));
 *   }
 * ```
 *
 * The message has the form `corpus.json:41:9: $.agreements[3].dates.signed:
 * invalid date "spring": …`, which editors and compilers' error parsers
 * understand.
 */

struct _FocalProblem
{
  GObject     parent_instance;

  FocalError  code;
  char       *message;
  char       *file;
  guint       line;
  guint       column;
  char       *path;
  char       *id;
};

enum
{
  PROP_0,
  PROP_CODE,
  PROP_MESSAGE,
  PROP_FILE,
  PROP_LINE,
  PROP_COLUMN,
  PROP_PATH,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FocalProblem, focal_problem, G_TYPE_OBJECT)

static void
focal_problem_finalize (GObject *object)
{
  FocalProblem *self = FOCAL_PROBLEM (object);

  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (focal_problem_parent_class)->finalize (object);
}

static void
focal_problem_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FocalProblem *self = FOCAL_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_enum (value, focal_problem_get_code (self));
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, focal_problem_get_message (self));
      break;

    case PROP_FILE:
      g_value_set_string (value, focal_problem_get_file (self));
      break;

    case PROP_LINE:
      g_value_set_uint (value, focal_problem_get_line (self));
      break;

    case PROP_COLUMN:
      g_value_set_uint (value, focal_problem_get_column (self));
      break;

    case PROP_PATH:
      g_value_set_string (value, focal_problem_get_path (self));
      break;

    case PROP_ID:
      g_value_set_string (value, focal_problem_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_problem_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FocalProblem *self = FOCAL_PROBLEM (object);

  /* Every property is construct-only: each is set exactly once. */
  switch (prop_id)
    {
    case PROP_CODE:
      self->code = g_value_get_enum (value);
      break;

    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;

    case PROP_FILE:
      self->file = g_value_dup_string (value);
      break;

    case PROP_LINE:
      self->line = g_value_get_uint (value);
      break;

    case PROP_COLUMN:
      self->column = g_value_get_uint (value);
      break;

    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
focal_problem_class_init (FocalProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = focal_problem_finalize;
  object_class->get_property = focal_problem_get_property;
  object_class->set_property = focal_problem_set_property;

  /**
   * FocalProblem:code: (getter get_code)
   *
   * What kind of problem it is, a code of the [error@Error] domain.
   */
  properties[PROP_CODE] =
    g_param_spec_enum ("code", NULL, NULL,
                       FOCAL_TYPE_ERROR, FOCAL_ERROR_FAILED,
                       flags);

  /**
   * FocalProblem:message: (getter get_message)
   *
   * The full message, `file:line:column: path: what`, as a strict load
   * would report it in a `GError`.
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, flags);

  /**
   * FocalProblem:file: (getter get_file)
   *
   * The name the message gives the input: the basename of the file, or
   * `<data>` for text, bytes and streams; `NULL` when unknown.
   */
  properties[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL, flags);

  /**
   * FocalProblem:line: (getter get_line)
   *
   * The line of the offending value, from 1; 0 when unknown.
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * FocalProblem:column: (getter get_column)
   *
   * The column of the offending value, in bytes from 1; 0 when unknown.
   */
  properties[PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * FocalProblem:path: (getter get_path)
   *
   * The JSON path of the offending value, such as `$.actors[12].kind`.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, flags);

  /**
   * FocalProblem:id: (getter get_id)
   *
   * The id of the record the problem is in, when it has one.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
focal_problem_init (FocalProblem *self)
{
}

FocalProblem *
_focal_problem_new (FocalError  code,
                    const char *message,
                    const char *file,
                    guint       line,
                    guint       column,
                    const char *path,
                    const char *id)
{
  return g_object_new (FOCAL_TYPE_PROBLEM,
                       "code", code,
                       "message", message,
                       "file", file,
                       "line", line,
                       "column", column,
                       "path", path,
                       "id", id,
                       NULL);
}

/**
 * focal_problem_get_code: (get-property code)
 * @self: a problem
 *
 * Gets what kind of problem it is.
 *
 * Returns: a code of the [error@Error] domain
 */
FocalError
focal_problem_get_code (FocalProblem *self)
{
  g_return_val_if_fail (FOCAL_IS_PROBLEM (self), FOCAL_ERROR_FAILED);

  return self->code;
}

/**
 * focal_problem_get_message: (get-property message)
 * @self: a problem
 *
 * Gets the full message, with the location first.
 *
 * Returns: the message
 */
const char *
focal_problem_get_message (FocalProblem *self)
{
  g_return_val_if_fail (FOCAL_IS_PROBLEM (self), NULL);

  return self->message;
}

/**
 * focal_problem_get_file: (get-property file)
 * @self: a problem
 *
 * Gets the name of the input the problem is in.
 *
 * Returns: (nullable): the basename of the file, `<data>`, or `NULL`
 */
const char *
focal_problem_get_file (FocalProblem *self)
{
  g_return_val_if_fail (FOCAL_IS_PROBLEM (self), NULL);

  return self->file;
}

/**
 * focal_problem_get_line: (get-property line)
 * @self: a problem
 *
 * Gets the line of the offending value.
 *
 * Returns: the line, from 1, or 0 if unknown
 */
guint
focal_problem_get_line (FocalProblem *self)
{
  g_return_val_if_fail (FOCAL_IS_PROBLEM (self), 0);

  return self->line;
}

/**
 * focal_problem_get_column: (get-property column)
 * @self: a problem
 *
 * Gets the column of the offending value, counted in bytes.
 *
 * Returns: the column, from 1, or 0 if unknown
 */
guint
focal_problem_get_column (FocalProblem *self)
{
  g_return_val_if_fail (FOCAL_IS_PROBLEM (self), 0);

  return self->column;
}

/**
 * focal_problem_get_path: (get-property path)
 * @self: a problem
 *
 * Gets the JSON path of the offending value.
 *
 * Returns: the path, such as `$.actors[12].kind`
 */
const char *
focal_problem_get_path (FocalProblem *self)
{
  g_return_val_if_fail (FOCAL_IS_PROBLEM (self), NULL);

  return self->path;
}

/**
 * focal_problem_get_id: (get-property id)
 * @self: a problem
 *
 * Gets the id of the record the problem is in.
 *
 * Returns: (nullable): the id, or `NULL` when the problem is not inside a
 *   record with a usable id
 */
const char *
focal_problem_get_id (FocalProblem *self)
{
  g_return_val_if_fail (FOCAL_IS_PROBLEM (self), NULL);

  return self->id;
}
