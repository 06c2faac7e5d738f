/* focal-date.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "focal-date.h"

#include <string.h>

/**
 * FocalDate:
 *
 * An immutable date of year, month or day precision, or an interval between
 * two such dates.
 *
 * Dates are written in the Extended Date/Time Format (EDTF, ISO 8601-2),
 * levels 0 and 1:
 *
 * | text | meaning |
 * | --- | --- |
 * | `2004`, `2004-10`, `2004-10-15` | a year, a month, a day |
 * | `1996?`, `2001~`, `2001%` | uncertain, approximate, both |
 * | `199X`, `19XX` | some year in 1990..1999, in 1900..1999 |
 * | `2004-XX`, `2004-10-XX`, `2004-XX-XX` | some month of 2004, some day of October 2004, some day of 2004 |
 * | `1989/1999`, `2004-10/2005-03-15` | a closed interval; each end has its own precision and qualifier (`1996?/2004~`) |
 * | `../2004`, `2000/..` | an open start or end |
 * | `/2004`, `2000/` | an unknown start or end |
 *
 * The start of an interval may not begin after its end ends (`1999/1989` is
 * refused, `2004/2004-03` is accepted).
 *
 * Seasons (`2001-21`), years with a `Y` prefix or more than four digits and
 * negative years are not supported; years run from 0001 to 9999.
 * [ctor@Date.new_from_string] reads such text and [method@Date.to_string]
 * writes exactly the same text back.
 *
 * Every date covers a range of days, given as GLib Julian day numbers (see
 * `g_date_get_julian()`, where 1 is 0001-01-01) by
 * [method@Date.get_first_day] and [method@Date.get_last_day]: a year covers
 * January 1 to December 31, `199X` covers 1990-01-01 to 1999-12-31, an
 * interval runs from the first day of its start to the last day of its end.
 * Open and unknown ends are unbounded: they are [const@DATE_DAY_MIN] and
 * [const@DATE_DAY_MAX]. [method@Date.contains], [method@Date.overlaps] and
 * [method@Date.compare] work on these ranges.
 *
 * A `FocalDate` is reference counted with [method@Date.ref] and
 * [method@Date.unref]; since it never changes after construction it may be
 * shared freely, also between threads.
 *
 * ```c
 * g_autoptr (GError) error = NULL;
 * g_autoptr (FocalDate) period = focal_date_new_from_string ("1989/1999~", &error);
 * g_autoptr (FocalDate) signed_on = focal_date_new (1994, 1, 1);
 *
 * if (period == NULL)
 *   g_error ("%s", error->message);
 *
 * g_assert_true (focal_date_contains (period, signed_on));
 * g_assert_true (focal_date_is_approximate (period));
 * ```
 */

typedef enum
{
  FOCAL_DATE_END_DATE,
  FOCAL_DATE_END_OPEN,
  FOCAL_DATE_END_UNKNOWN,
} FocalDateEndKind;

struct _FocalDate
{
  gatomicrefcount    ref_count;

  /* Computed once at construction: these are compared in hot loops. */
  gint32             first_day;
  gint32             last_day;

  FocalDatePrecision precision;

  /* A single date. Unspecified digits are stored as zeros: 199X has year
   * 1990 and year_unspecified 1; 2004-XX has month 0 and month_unspecified. */
  guint16            year;
  guint8             month;
  guint8             day;
  guint8             year_unspecified;
  guint              month_unspecified : 1;
  guint              day_unspecified : 1;

  /* For an interval, whether either end is uncertain or approximate. */
  guint              uncertain : 1;
  guint              approximate : 1;

  /* An interval. */
  guint8             start_kind;
  guint8             end_kind;
  FocalDate         *start;
  FocalDate         *end;
};

G_DEFINE_BOXED_TYPE (FocalDate, focal_date, focal_date_ref, focal_date_unref)

G_STATIC_ASSERT (FOCAL_DATE_DAY_MIN == G_MININT32);
G_STATIC_ASSERT (FOCAL_DATE_DAY_MAX == G_MAXINT32);

#define FOCAL_DATE_EXPECTED "expected YYYY, YYYY-MM or YYYY-MM-DD"
#define FOCAL_DATE_MAX_QUOTED 64

static gint32
focal_date_julian (int year,
                   int month,
                   int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

static void
focal_date_compute_days (FocalDate *self)
{
  int last_year = self->year + (self->year_unspecified == 2 ? 99 :
                                self->year_unspecified == 1 ? 9 : 0);
  int month = self->month;

  if (month == 0)
    {
      self->first_day = focal_date_julian (self->year, 1, 1);
      self->last_day = focal_date_julian (last_year, 12, 31);
    }
  else if (self->day == 0)
    {
      self->first_day = focal_date_julian (self->year, month, 1);
      self->last_day = focal_date_julian (self->year, month,
                                          g_date_get_days_in_month (month, self->year));
    }
  else
    {
      self->first_day = focal_date_julian (self->year, month, self->day);
      self->last_day = self->first_day;
    }
}

static FocalDate *
focal_date_alloc (FocalDatePrecision precision)
{
  FocalDate *self = g_new0 (FocalDate, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->precision = precision;

  return self;
}

/* Takes ownership of @start and @end. */
static FocalDate *
focal_date_new_interval_internal (FocalDate        *start,
                                  FocalDateEndKind  start_kind,
                                  FocalDate        *end,
                                  FocalDateEndKind  end_kind)
{
  FocalDate *self = focal_date_alloc (FOCAL_DATE_PRECISION_INTERVAL);

  self->start = start;
  self->end = end;
  self->start_kind = start_kind;
  self->end_kind = end_kind;
  self->first_day = start != NULL ? start->first_day : FOCAL_DATE_DAY_MIN;
  self->last_day = end != NULL ? end->last_day : FOCAL_DATE_DAY_MAX;
  self->uncertain = (start != NULL && start->uncertain) || (end != NULL && end->uncertain);
  self->approximate = (start != NULL && start->approximate) || (end != NULL && end->approximate);

  return self;
}

static gboolean
focal_date_is_reversed (FocalDate *start,
                        FocalDate *end)
{
  return start != NULL && end != NULL && start->first_day > end->last_day;
}

/* Builds a copy of @text fit for an error message: valid UTF-8, quotes,
 * backslashes and control characters escaped, at most
 * FOCAL_DATE_MAX_QUOTED characters. */
static char *
focal_date_quote (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *quoted = g_string_new (NULL);
  const char *p = valid;

  for (guint n = 0; *p != '\0' && n < FOCAL_DATE_MAX_QUOTED; n++)
    {
      const char *next = g_utf8_next_char (p);
      guchar c = *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (quoted, "\\%c", c);
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (quoted, "\\x%02x", c);
      else
        g_string_append_len (quoted, p, next - p);
      p = next;
    }

  if (*p != '\0')
    g_string_append (quoted, "…");

  return g_string_free (quoted, FALSE);
}

G_GNUC_PRINTF (4, 5)
static void
focal_date_set_error (GError     **error,
                      FocalError   code,
                      const char  *text,
                      const char  *format,
                      ...)
{
  g_autofree char *quoted = focal_date_quote (text);
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, FOCAL_ERROR, code, "invalid date \"%s\": %s", quoted, reason);
}

static int
focal_date_parse_two_digits (const char *p)
{
  return (p[0] - '0') * 10 + (p[1] - '0');
}

/* Reads "-MM" or "-DD" at @p; "-XX" gives 0 and sets @unspecified. */
static gboolean
focal_date_parse_part (const char *p,
                       const char *end,
                       int        *value,
                       gboolean   *unspecified)
{
  if (end - p < 3 || p[0] != '-')
    return FALSE;

  if (p[1] == 'X' && p[2] == 'X')
    {
      *value = 0;
      *unspecified = TRUE;
      return TRUE;
    }

  if (!g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]))
    return FALSE;

  *value = focal_date_parse_two_digits (p + 1);
  *unspecified = FALSE;

  return TRUE;
}

/* Reads the four characters of a year, with up to two trailing X. */
static gboolean
focal_date_parse_year (const char *whole,
                       const char *p,
                       const char *end,
                       int        *year,
                       guint      *unspecified,
                       GError    **error)
{
  gsize n = 0;

  *year = 0;
  *unspecified = 0;

  while (p + n < end && (g_ascii_isdigit (p[n]) || p[n] == 'X'))
    n++;

  if (n > 4)
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, whole,
                            "years with more than four digits are not supported");
      return FALSE;
    }
  if (n < 4)
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, whole, FOCAL_DATE_EXPECTED);
      return FALSE;
    }

  for (gsize i = 0; i < 4; i++)
    {
      if (p[i] == 'X')
        (*unspecified)++;
      else if (*unspecified > 0)
        {
          focal_date_set_error (error, FOCAL_ERROR_PARSE, whole,
                                "only the last digits of a year may be unspecified (X)");
          return FALSE;
        }
      *year = *year * 10 + (p[i] == 'X' ? 0 : p[i] - '0');
    }

  if (*unspecified > 2)
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, whole,
                            "at most two digits of a year may be unspecified (X)");
      return FALSE;
    }

  return TRUE;
}

/* Checks the values of a well-formed date: the year, month and day ranges. */
static gboolean
focal_date_check_values (const char *whole,
                         const char *p,
                         int         year,
                         int         month,
                         int         day,
                         gboolean    has_month,
                         gboolean    has_day,
                         GError    **error)
{
  if (year == 0)
    {
      focal_date_set_error (error, FOCAL_ERROR_INVALID_VALUE, whole,
                            "year %.4s is outside 0001..9999", p);
      return FALSE;
    }

  if (has_month && month >= 21 && month <= 41)
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, whole,
                            "seasons (%.7s) are not supported", p);
      return FALSE;
    }

  if (has_month && (month < 1 || month > 12))
    {
      focal_date_set_error (error, FOCAL_ERROR_INVALID_VALUE, whole,
                            "month %02d is outside 01..12", month);
      return FALSE;
    }

  if (has_day && (day < 1 || day > g_date_get_days_in_month (month, year)))
    {
      focal_date_set_error (error, FOCAL_ERROR_INVALID_VALUE, whole,
                            "day %02d is outside 01..%02d in %04d-%02d", day,
                            g_date_get_days_in_month (month, year), year, month);
      return FALSE;
    }

  return TRUE;
}

/* Parses one date of an EDTF text: [p, end) is a part of @whole. */
static FocalDate *
focal_date_parse_single (const char  *whole,
                         const char  *p,
                         const char  *end,
                         GError     **error)
{
  g_autoptr (FocalDate) self = NULL;
  gboolean uncertain = FALSE, approximate = FALSE;
  gboolean month_unspecified = FALSE, day_unspecified = FALSE;
  gboolean has_month, has_day;
  int year, month = 0, day = 0;
  guint year_unspecified;
  const char *q;

  if (p < end && p[0] == 'Y')
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, whole,
                            "years with a 'Y' prefix are not supported");
      return NULL;
    }
  if (p < end && p[0] == '-')
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, whole,
                            "negative years are not supported");
      return NULL;
    }

  if (p < end && strchr ("?~%", end[-1]) != NULL)
    {
      uncertain = end[-1] != '~';
      approximate = end[-1] != '?';
      end--;
    }

  if (!focal_date_parse_year (whole, p, end, &year, &year_unspecified, error))
    return NULL;

  q = p + 4;
  has_month = focal_date_parse_part (q, end, &month, &month_unspecified);
  if (has_month)
    q += 3;
  has_day = has_month && focal_date_parse_part (q, end, &day, &day_unspecified);
  if (has_day)
    q += 3;

  if (q != end)
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, whole, FOCAL_DATE_EXPECTED);
      return NULL;
    }

  if (year_unspecified > 0 && has_month)
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, whole,
                            "a year with unspecified digits (X) cannot have a month");
      return NULL;
    }
  if (month_unspecified && has_day && !day_unspecified)
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, whole,
                            "a day cannot be given when the month is unspecified (XX)");
      return NULL;
    }

  if (!focal_date_check_values (whole, p, year, month, day,
                                has_month && !month_unspecified,
                                has_day && !day_unspecified, error))
    return NULL;

  self = focal_date_alloc (has_day ? FOCAL_DATE_PRECISION_DAY :
                           has_month ? FOCAL_DATE_PRECISION_MONTH :
                           FOCAL_DATE_PRECISION_YEAR);
  self->year = year;
  self->month = month;
  self->day = day;
  self->year_unspecified = year_unspecified;
  self->month_unspecified = month_unspecified;
  self->day_unspecified = day_unspecified;
  self->uncertain = uncertain;
  self->approximate = approximate;
  focal_date_compute_days (self);

  return g_steal_pointer (&self);
}

/* Parses one end of an interval: a date, ".." (open) or "" (unknown). */
static gboolean
focal_date_parse_end (const char        *whole,
                      const char        *p,
                      const char        *end,
                      FocalDate        **date,
                      FocalDateEndKind  *kind,
                      GError           **error)
{
  *date = NULL;

  if (p == end)
    {
      *kind = FOCAL_DATE_END_UNKNOWN;
      return TRUE;
    }

  if (end - p == 2 && p[0] == '.' && p[1] == '.')
    {
      *kind = FOCAL_DATE_END_OPEN;
      return TRUE;
    }

  *kind = FOCAL_DATE_END_DATE;
  *date = focal_date_parse_single (whole, p, end, error);

  return *date != NULL;
}

static FocalDate *
focal_date_parse_interval (const char  *text,
                           const char  *slash,
                           GError     **error)
{
  g_autoptr (FocalDate) start = NULL;
  g_autoptr (FocalDate) end = NULL;
  FocalDateEndKind start_kind, end_kind;
  const char *text_end = slash + strlen (slash);

  if (strchr (slash + 1, '/') != NULL)
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, text,
                            "an interval has exactly one '/'");
      return NULL;
    }

  if (!focal_date_parse_end (text, text, slash, &start, &start_kind, error) ||
      !focal_date_parse_end (text, slash + 1, text_end, &end, &end_kind, error))
    return NULL;

  if (start == NULL && end == NULL)
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, text,
                            "at least one end of an interval must be a date");
      return NULL;
    }

  if (focal_date_is_reversed (start, end))
    {
      focal_date_set_error (error, FOCAL_ERROR_INVALID_VALUE, text,
                            "the start %.*s comes after the end %s",
                            (int) (slash - text), text, slash + 1);
      return NULL;
    }

  return focal_date_new_interval_internal (g_steal_pointer (&start), start_kind,
                                           g_steal_pointer (&end), end_kind);
}

static void
focal_date_append_single (FocalDate *self,
                          GString   *string)
{
  int shown = self->year;

  for (guint i = 0; i < self->year_unspecified; i++)
    shown /= 10;
  g_string_append_printf (string, "%0*d", 4 - self->year_unspecified, shown);
  for (guint i = 0; i < self->year_unspecified; i++)
    g_string_append_c (string, 'X');

  if (self->precision >= FOCAL_DATE_PRECISION_MONTH)
    {
      if (self->month_unspecified)
        g_string_append (string, "-XX");
      else
        g_string_append_printf (string, "-%02d", self->month);
    }

  if (self->precision == FOCAL_DATE_PRECISION_DAY)
    {
      if (self->day_unspecified)
        g_string_append (string, "-XX");
      else
        g_string_append_printf (string, "-%02d", self->day);
    }

  if (self->uncertain && self->approximate)
    g_string_append_c (string, '%');
  else if (self->uncertain)
    g_string_append_c (string, '?');
  else if (self->approximate)
    g_string_append_c (string, '~');
}

static void
focal_date_append_end (FocalDate        *date,
                       FocalDateEndKind  kind,
                       GString          *string)
{
  if (kind == FOCAL_DATE_END_DATE)
    focal_date_append_single (date, string);
  else if (kind == FOCAL_DATE_END_OPEN)
    g_string_append (string, "..");
}

static int
focal_date_compare_int (int a,
                        int b)
{
  return (a > b) - (a < b);
}

static int focal_date_compare_nullable (FocalDate *a,
                                        FocalDate *b);

/* Orders dates that cover the same days, so that compare() is 0 exactly
 * when equal() is TRUE. */
static int
focal_date_compare_components (FocalDate *a,
                               FocalDate *b)
{
  int cmp;

  if ((cmp = focal_date_compare_int (a->precision, b->precision)) != 0)
    return cmp;

  if (a->precision == FOCAL_DATE_PRECISION_INTERVAL)
    {
      if ((cmp = focal_date_compare_int (a->start_kind, b->start_kind)) != 0 ||
          (cmp = focal_date_compare_int (a->end_kind, b->end_kind)) != 0 ||
          (cmp = focal_date_compare_nullable (a->start, b->start)) != 0)
        return cmp;
      return focal_date_compare_nullable (a->end, b->end);
    }

  if ((cmp = focal_date_compare_int (a->year, b->year)) != 0 ||
      (cmp = focal_date_compare_int (a->month, b->month)) != 0 ||
      (cmp = focal_date_compare_int (a->day, b->day)) != 0 ||
      (cmp = focal_date_compare_int (a->year_unspecified, b->year_unspecified)) != 0 ||
      (cmp = focal_date_compare_int (a->month_unspecified, b->month_unspecified)) != 0 ||
      (cmp = focal_date_compare_int (a->day_unspecified, b->day_unspecified)) != 0 ||
      (cmp = focal_date_compare_int (a->uncertain, b->uncertain)) != 0)
    return cmp;

  return focal_date_compare_int (a->approximate, b->approximate);
}

static int
focal_date_compare_nullable (FocalDate *a,
                             FocalDate *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return focal_date_compare (a, b);
}

/**
 * focal_date_new: (constructor)
 * @year: the year, from 1 to 9999
 * @month: the month from 1 to 12, or 0 for a date of year precision
 * @day: the day of the month, or 0 for a date of year or month precision
 *
 * Creates a date of year, month or day precision, with no qualifier.
 *
 * The date must exist: a day needs a month, and 2003-02-29 is refused. Values
 * read from data should go through [ctor@Date.new_from_string] instead, which
 * reports mistakes as errors.
 *
 * Returns: (transfer full): a new date
 */
FocalDate *
focal_date_new (int year,
                int month,
                int day)
{
  FocalDate *self;

  g_return_val_if_fail (year >= 1 && year <= 9999, NULL);
  g_return_val_if_fail (month >= 0 && month <= 12, NULL);
  g_return_val_if_fail (day >= 0 && day <= 31, NULL);
  g_return_val_if_fail (day == 0 || g_date_valid_dmy (day, month, year), NULL);

  self = focal_date_alloc (day != 0 ? FOCAL_DATE_PRECISION_DAY :
                           month != 0 ? FOCAL_DATE_PRECISION_MONTH :
                           FOCAL_DATE_PRECISION_YEAR);
  self->year = year;
  self->month = month;
  self->day = day;
  focal_date_compute_days (self);

  return self;
}

/**
 * focal_date_new_from_string: (constructor)
 * @text: a date or interval in EDTF (levels 0 and 1), such as `2004-10`,
 *   `1996?/2004~` or `2000/..`
 * @error: return location for an error
 *
 * Parses a date or an interval written in the Extended Date/Time Format.
 *
 * The accepted forms are listed in the description of [struct@Date]. Errors
 * are in the [error@Error] domain: text that is not EDTF (including
 * whitespace, seasons and years with a `Y` prefix) fails with
 * `FOCAL_ERROR_PARSE`; well-formed text naming an impossible date
 * (2004-02-30, month 13, year 0000, a reversed interval such as `1999/1989`)
 * fails with `FOCAL_ERROR_INVALID_VALUE`. The message quotes @text, as in
 * `invalid date "spring": expected YYYY, YYYY-MM or YYYY-MM-DD`.
 *
 * Returns: (transfer full): a new date, or `NULL` with @error set
 */
FocalDate *
focal_date_new_from_string (const char  *text,
                            GError     **error)
{
  const char *slash;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (*text == '\0')
    {
      focal_date_set_error (error, FOCAL_ERROR_PARSE, text, "the text is empty");
      return NULL;
    }

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          focal_date_set_error (error, FOCAL_ERROR_PARSE, text,
                                "whitespace is not allowed");
          return NULL;
        }
    }

  slash = strchr (text, '/');
  if (slash != NULL)
    return focal_date_parse_interval (text, slash, error);

  return focal_date_parse_single (text, text, text + strlen (text), error);
}

/**
 * focal_date_new_interval: (constructor)
 * @start: (nullable): the first date of the interval, or `NULL` for an open
 *   start (`..`)
 * @end: (nullable): the last date of the interval, or `NULL` for an open
 *   end (`..`)
 *
 * Creates an interval from @start to @end.
 *
 * Neither end may itself be an interval, at least one must be given, and
 * @start must not come after @end (the first day of @start must not be later
 * than the last day of @end). The interval keeps a reference to both dates.
 *
 * Intervals with an unknown end (`2000/`) only come from
 * [ctor@Date.new_from_string].
 *
 * Returns: (transfer full): a new interval
 */
FocalDate *
focal_date_new_interval (FocalDate *start,
                         FocalDate *end)
{
  g_return_val_if_fail (start != NULL || end != NULL, NULL);
  g_return_val_if_fail (start == NULL || !focal_date_is_interval (start), NULL);
  g_return_val_if_fail (end == NULL || !focal_date_is_interval (end), NULL);
  g_return_val_if_fail (!focal_date_is_reversed (start, end), NULL);

  return focal_date_new_interval_internal (start != NULL ? focal_date_ref (start) : NULL,
                                           start != NULL ? FOCAL_DATE_END_DATE : FOCAL_DATE_END_OPEN,
                                           end != NULL ? focal_date_ref (end) : NULL,
                                           end != NULL ? FOCAL_DATE_END_DATE : FOCAL_DATE_END_OPEN);
}

/**
 * focal_date_ref:
 * @self: a date
 *
 * Acquires a reference on a date.
 *
 * Returns: (transfer full): @self
 */
FocalDate *
focal_date_ref (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

/**
 * focal_date_unref:
 * @self: (transfer full): a date
 *
 * Releases a reference on a date, freeing it when the last one goes.
 */
void
focal_date_unref (FocalDate *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_clear_pointer (&self->start, focal_date_unref);
      g_clear_pointer (&self->end, focal_date_unref);
      g_free (self);
    }
}

/**
 * focal_date_to_string:
 * @self: a date
 *
 * Writes a date in the Extended Date/Time Format.
 *
 * For a date read by [ctor@Date.new_from_string] this is the text that was
 * read.
 *
 * Returns: (transfer full): the EDTF text of @self, such as `1996?/2004~`
 */
char *
focal_date_to_string (FocalDate *self)
{
  GString *string;

  g_return_val_if_fail (self != NULL, NULL);

  string = g_string_sized_new (24);

  if (self->precision == FOCAL_DATE_PRECISION_INTERVAL)
    {
      focal_date_append_end (self->start, self->start_kind, string);
      g_string_append_c (string, '/');
      focal_date_append_end (self->end, self->end_kind, string);
    }
  else
    {
      focal_date_append_single (self, string);
    }

  return g_string_free (string, FALSE);
}

/**
 * focal_date_get_precision:
 * @self: a date
 *
 * Tells how precisely a date is given, or that it is an interval.
 *
 * Unspecified digits do not change the precision: `199X` is a year, `2004-XX`
 * a month and `2004-10-XX` a day.
 *
 * Returns: the precision of @self
 */
FocalDatePrecision
focal_date_get_precision (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, FOCAL_DATE_PRECISION_YEAR);

  return self->precision;
}

/**
 * focal_date_is_interval:
 * @self: a date
 *
 * Tells whether a date is an interval.
 *
 * Returns: `TRUE` if the precision of @self is
 *   `FOCAL_DATE_PRECISION_INTERVAL`
 */
gboolean
focal_date_is_interval (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->precision == FOCAL_DATE_PRECISION_INTERVAL;
}

/**
 * focal_date_get_year:
 * @self: a date
 *
 * Gives the year of a single date.
 *
 * When the last digits of the year are unspecified, this is the first year
 * covered: 1990 for `199X`, 1900 for `19XX`.
 *
 * Returns: the year, or 0 for an interval
 */
int
focal_date_get_year (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->year;
}

/**
 * focal_date_get_month:
 * @self: a date
 *
 * Gives the month of a single date.
 *
 * Returns: the month from 1 to 12, or 0 for a date of year precision, an
 *   unspecified month (`2004-XX`) or an interval
 */
int
focal_date_get_month (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->month;
}

/**
 * focal_date_get_day:
 * @self: a date
 *
 * Gives the day of the month of a single date.
 *
 * Returns: the day from 1 to 31, or 0 for a date of year or month
 *   precision, an unspecified day (`2004-10-XX`) or an interval
 */
int
focal_date_get_day (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->day;
}

/**
 * focal_date_is_uncertain:
 * @self: a date
 *
 * Tells whether a date is marked uncertain, with `?` or `%`.
 *
 * Returns: `TRUE` if @self is uncertain; for an interval, if either end is
 */
gboolean
focal_date_is_uncertain (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->uncertain;
}

/**
 * focal_date_is_approximate:
 * @self: a date
 *
 * Tells whether a date is marked approximate, with `~` or `%`.
 *
 * Returns: `TRUE` if @self is approximate; for an interval, if either end is
 */
gboolean
focal_date_is_approximate (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->approximate;
}

/**
 * focal_date_get_start:
 * @self: a date
 *
 * Gives the date at which an interval starts.
 *
 * A single date starts at itself, so for one this returns @self.
 *
 * Returns: (transfer none) (nullable): the start of @self, or `NULL` when
 *   the start of the interval is open or unknown
 */
FocalDate *
focal_date_get_start (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->precision != FOCAL_DATE_PRECISION_INTERVAL)
    return self;

  return self->start;
}

/**
 * focal_date_get_end:
 * @self: a date
 *
 * Gives the date at which an interval ends.
 *
 * A single date ends at itself, so for one this returns @self.
 *
 * Returns: (transfer none) (nullable): the end of @self, or `NULL` when the
 *   end of the interval is open or unknown
 */
FocalDate *
focal_date_get_end (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->precision != FOCAL_DATE_PRECISION_INTERVAL)
    return self;

  return self->end;
}

/**
 * focal_date_is_start_open:
 * @self: a date
 *
 * Tells whether an interval has no start date: open (`../2004`) or unknown
 * (`/2004`).
 *
 * Returns: `TRUE` if the start of @self is open or unknown; `FALSE` for a
 *   single date
 */
gboolean
focal_date_is_start_open (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->precision == FOCAL_DATE_PRECISION_INTERVAL && self->start == NULL;
}

/**
 * focal_date_is_end_open:
 * @self: a date
 *
 * Tells whether an interval has no end date: open (`2000/..`) or unknown
 * (`2000/`).
 *
 * Returns: `TRUE` if the end of @self is open or unknown; `FALSE` for a
 *   single date
 */
gboolean
focal_date_is_end_open (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->precision == FOCAL_DATE_PRECISION_INTERVAL && self->end == NULL;
}

/**
 * focal_date_get_first_day:
 * @self: a date
 *
 * Gives the first day a date covers, as a Julian day number.
 *
 * Day numbers are those of `g_date_get_julian()`: 1 is 0001-01-01. A year
 * starts on January 1 and `199X` on 1990-01-01.
 *
 * Returns: the first day of @self, or [const@DATE_DAY_MIN] when the start of
 *   an interval is open or unknown
 */
gint32
focal_date_get_first_day (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, FOCAL_DATE_DAY_MIN);

  return self->first_day;
}

/**
 * focal_date_get_last_day:
 * @self: a date
 *
 * Gives the last day a date covers, as a Julian day number.
 *
 * Day numbers are those of `g_date_get_julian()`: 1 is 0001-01-01. A year
 * ends on December 31, `199X` on 1999-12-31 and `2004-02` on 2004-02-29.
 *
 * Returns: the last day of @self, or [const@DATE_DAY_MAX] when the end of an
 *   interval is open or unknown
 */
gint32
focal_date_get_last_day (FocalDate *self)
{
  g_return_val_if_fail (self != NULL, FOCAL_DATE_DAY_MAX);

  return self->last_day;
}

/**
 * focal_date_compare:
 * @a: a date
 * @b: another date
 *
 * Orders two dates by their first day, then by their last day.
 *
 * An open or unknown start sorts before any date, an open or unknown end
 * after any date. Dates that cover the same days but differ (`2004` and
 * `2004~`) are ordered by a fixed rule, so the result is 0 exactly when
 * [method@Date.equal] is `TRUE`. Cast to `GCompareFunc` to sort.
 *
 * Returns: a negative number if @a comes before @b, 0 if they are equal, a
 *   positive number if @a comes after @b
 */
int
focal_date_compare (FocalDate *a,
                    FocalDate *b)
{
  int cmp;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  if (a == b)
    return 0;

  if ((cmp = focal_date_compare_int (a->first_day, b->first_day)) != 0 ||
      (cmp = focal_date_compare_int (a->last_day, b->last_day)) != 0)
    return cmp;

  return focal_date_compare_components (a, b);
}

/**
 * focal_date_equal:
 * @a: (nullable): a date
 * @b: (nullable): another date
 *
 * Tells whether two dates mean the same, that is have the same EDTF text.
 *
 * `2004` and `2004-XX` cover the same days but are not equal. Either date
 * may be `NULL`: two `NULL`s are equal. Cast to `GEqualFunc` for hash
 * tables, with [method@Date.hash].
 *
 * Returns: `TRUE` if @a and @b are equal
 */
gboolean
focal_date_equal (FocalDate *a,
                  FocalDate *b)
{
  if (a == b)
    return TRUE;

  if (a == NULL || b == NULL)
    return FALSE;

  return a->first_day == b->first_day &&
         a->last_day == b->last_day &&
         focal_date_compare_components (a, b) == 0;
}

/**
 * focal_date_hash:
 * @self: a date
 *
 * Computes a hash value of a date, consistent with [method@Date.equal].
 *
 * Returns: the hash of @self
 */
guint
focal_date_hash (FocalDate *self)
{
  guint hash;

  g_return_val_if_fail (self != NULL, 0);

  hash = (guint) self->first_day;
  hash = hash * 31 + (guint) self->last_day;
  hash = hash * 31 + self->precision;
  hash = hash * 31 + (self->uncertain << 1 | self->approximate);

  return hash;
}

/**
 * focal_date_contains:
 * @self: a date
 * @other: the date that may lie within @self
 *
 * Tells whether every day of @other lies within the days of @self.
 *
 * Open and unknown ends are unbounded: `2000/..` contains `2004-10-15` and
 * `2010/..`.
 *
 * Returns: `TRUE` if @self contains @other
 */
gboolean
focal_date_contains (FocalDate *self,
                     FocalDate *other)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (other != NULL, FALSE);

  return self->first_day <= other->first_day && other->last_day <= self->last_day;
}

/**
 * focal_date_overlaps:
 * @self: a date
 * @other: another date
 *
 * Tells whether two dates have a day in common.
 *
 * Open and unknown ends are unbounded: `../1990` overlaps `1990-12`.
 *
 * Returns: `TRUE` if @self and @other overlap
 */
gboolean
focal_date_overlaps (FocalDate *self,
                     FocalDate *other)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (other != NULL, FALSE);

  return self->first_day <= other->last_day && other->first_day <= self->last_day;
}
