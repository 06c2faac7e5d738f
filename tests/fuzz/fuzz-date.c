/* fuzz-date.c: FocalDate on arbitrary text
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Parses the input as a nul-terminated string. A date that parses must
 * write back exactly the text it came from, parse again into an equal
 * date, cover the days its precision says, and keep its first day before
 * its last. Text that does not parse must give a FocalError that quotes
 * it. When the input holds a newline, the two halves are also compared
 * with each other.
 *
 * Built with -fsanitize=fuzzer it is a libFuzzer target; linked with
 * driver.c it replays files (the 'fuzz' test suite).
 */

#include <focal/focal.h>

#include <stdint.h>
#include <string.h>

#include "fuzz-common.h"

static gint32
fuzz_date_julian (int year,
                  int month,
                  int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

/* The days a single date covers, worked out from its text: the library
 * stores unspecified digits as zeros, the text still has the X. */
static void
fuzz_date_expected_days (const char *text,
                         FocalDate  *date,
                         gint32     *first,
                         gint32     *last)
{
  int year = focal_date_get_year (date);
  int month = focal_date_get_month (date);
  int day = focal_date_get_day (date);
  int span = 1;

  for (guint i = 0; i < 4; i++)
    if (text[i] == 'X')
      span *= 10;

  if (month == 0)
    {
      *first = fuzz_date_julian (year, 1, 1);
      *last = fuzz_date_julian (year + span - 1, 12, 31);
    }
  else if (day == 0)
    {
      *first = fuzz_date_julian (year, month, 1);
      *last = fuzz_date_julian (year, month, g_date_get_days_in_month (month, year));
    }
  else
    {
      *first = *last = fuzz_date_julian (year, month, day);
    }
}

static void
fuzz_date_check_single (const char *text,
                        FocalDate  *date)
{
  FocalDatePrecision precision = focal_date_get_precision (date);
  int year = focal_date_get_year (date);
  int month = focal_date_get_month (date);
  int day = focal_date_get_day (date);
  gboolean unspecified = strchr (text, 'X') != NULL;
  gboolean qualified = strpbrk (text, "?~%") != NULL;
  gint32 first, last;

  if (focal_date_get_start (date) != date || focal_date_get_end (date) != date ||
      focal_date_is_start_open (date) || focal_date_is_end_open (date))
    fuzz_fail ("\"%s\": a single date has other ends or open ones", text);

  if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31)
    fuzz_fail ("\"%s\": %d-%d-%d is out of range", text, year, month, day);
  if ((precision == FOCAL_DATE_PRECISION_YEAR && (month != 0 || day != 0)) ||
      (precision == FOCAL_DATE_PRECISION_MONTH && day != 0) ||
      (precision == FOCAL_DATE_PRECISION_DAY && month == 0 && day != 0))
    fuzz_fail ("\"%s\": precision %d with %d-%d-%d", text, precision, year, month, day);

  if (focal_date_is_uncertain (date) != (strpbrk (text, "?%") != NULL) ||
      focal_date_is_approximate (date) != (strpbrk (text, "~%") != NULL))
    fuzz_fail ("\"%s\": the qualifiers are not the text's", text);

  fuzz_date_expected_days (text, date, &first, &last);
  if (focal_date_get_first_day (date) != first || focal_date_get_last_day (date) != last)
    fuzz_fail ("\"%s\": covers days %d..%d, expected %d..%d", text,
               focal_date_get_first_day (date), focal_date_get_last_day (date), first, last);

  if (!unspecified && !qualified)
    {
      g_autoptr(FocalDate) built = focal_date_new (year, month, day);

      if (!focal_date_equal (built, date))
        fuzz_fail ("\"%s\": focal_date_new (%d, %d, %d) differs", text, year, month, day);
    }
}

static void
fuzz_date_check_interval (const char *text,
                          FocalDate  *date)
{
  FocalDate *start = focal_date_get_start (date);
  FocalDate *end = focal_date_get_end (date);
  const char *slash = strchr (text, '/');
  gboolean start_unknown = slash == text;
  gboolean end_unknown = slash[1] == '\0';

  if (start == NULL && end == NULL)
    fuzz_fail ("\"%s\": an interval with neither end", text);
  if ((start != NULL && focal_date_is_interval (start)) ||
      (end != NULL && focal_date_is_interval (end)))
    fuzz_fail ("\"%s\": an end of an interval is an interval", text);
  if (focal_date_is_start_open (date) != (start == NULL) ||
      focal_date_is_end_open (date) != (end == NULL))
    fuzz_fail ("\"%s\": open ends disagree with the ends", text);

  if (focal_date_get_first_day (date) !=
      (start != NULL ? focal_date_get_first_day (start) : FOCAL_DATE_DAY_MIN) ||
      focal_date_get_last_day (date) !=
      (end != NULL ? focal_date_get_last_day (end) : FOCAL_DATE_DAY_MAX))
    fuzz_fail ("\"%s\": the interval's days are not its ends'", text);

  if (start != NULL && end != NULL &&
      focal_date_get_first_day (start) > focal_date_get_last_day (end))
    fuzz_fail ("\"%s\": a reversed interval was accepted", text);

  /* "2004/2004-03" ends in March 2004 at the latest and "2004-06/2004"
   * starts in June: an interval need not contain the whole of its ends,
   * but it meets both. */
  if ((start != NULL && !focal_date_overlaps (date, start)) ||
      (end != NULL && !focal_date_overlaps (date, end)))
    fuzz_fail ("\"%s\": the interval does not meet its ends", text);

  if (focal_date_is_uncertain (date) !=
      ((start != NULL && focal_date_is_uncertain (start)) ||
       (end != NULL && focal_date_is_uncertain (end))) ||
      focal_date_is_approximate (date) !=
      ((start != NULL && focal_date_is_approximate (start)) ||
       (end != NULL && focal_date_is_approximate (end))))
    fuzz_fail ("\"%s\": the interval's qualifiers are not its ends'", text);

  if (start != NULL)
    {
      g_autofree char *part = g_strndup (text, slash - text);

      fuzz_date_check_single (part, start);
    }
  if (end != NULL)
    fuzz_date_check_single (slash + 1, end);

  /* Unknown ends ("2000/") only come from text. */
  if (!start_unknown && !end_unknown)
    {
      g_autoptr(FocalDate) built = focal_date_new_interval (start, end);

      if (!focal_date_equal (built, date))
        fuzz_fail ("\"%s\": focal_date_new_interval() of its ends differs", text);
    }
}

static FocalDate *
fuzz_date_parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FocalDate) date = focal_date_new_from_string (text, &error);
  g_autoptr(FocalDate) again = NULL;
  g_autofree char *written = NULL;

  if (date == NULL)
    {
      if (error == NULL || error->domain != FOCAL_ERROR ||
          (error->code != FOCAL_ERROR_PARSE && error->code != FOCAL_ERROR_INVALID_VALUE))
        fuzz_fail ("a date that does not parse gave no parse or value error");
      if (!g_str_has_prefix (error->message, "invalid date \"") ||
          !g_utf8_validate (error->message, -1, NULL))
        fuzz_fail ("the message does not quote the text, or is not UTF-8: %s", error->message);
      return NULL;
    }
  if (error != NULL)
    fuzz_fail ("\"%s\": a date that parsed set an error", text);

  written = focal_date_to_string (date);
  if (strcmp (written, text) != 0)
    fuzz_fail ("\"%s\" is written back as \"%s\"", text, written);

  again = focal_date_new_from_string (written, &error);
  if (again == NULL)
    fuzz_fail ("\"%s\" does not parse again: %s", written, error->message);
  if (!focal_date_equal (date, again) || focal_date_compare (date, again) != 0 ||
      focal_date_hash (date) != focal_date_hash (again))
    fuzz_fail ("\"%s\" parses again into another date", text);

  if (focal_date_get_first_day (date) > focal_date_get_last_day (date))
    fuzz_fail ("\"%s\": first day %d after last day %d", text,
               focal_date_get_first_day (date), focal_date_get_last_day (date));
  if (!focal_date_contains (date, date) || !focal_date_overlaps (date, date) ||
      focal_date_compare (date, date) != 0)
    fuzz_fail ("\"%s\" does not contain, overlap or equal itself", text);

  if (focal_date_is_interval (date))
    {
      if (focal_date_get_precision (date) != FOCAL_DATE_PRECISION_INTERVAL ||
          strchr (text, '/') == NULL)
        fuzz_fail ("\"%s\": an interval without the precision or the slash", text);
      fuzz_date_check_interval (text, date);
    }
  else
    {
      if (focal_date_get_precision (date) == FOCAL_DATE_PRECISION_INTERVAL ||
          strchr (text, '/') != NULL)
        fuzz_fail ("\"%s\": a single date with an interval's precision or slash", text);
      fuzz_date_check_single (text, date);
    }

  return g_steal_pointer (&date);
}

static int
fuzz_date_sign (int value)
{
  return (value > 0) - (value < 0);
}

static void
fuzz_date_check_pair (FocalDate *a,
                      FocalDate *b)
{
  int ab = fuzz_date_sign (focal_date_compare (a, b));
  int ba = fuzz_date_sign (focal_date_compare (b, a));
  gboolean equal = focal_date_equal (a, b);

  if (ab != -ba)
    fuzz_fail ("compare is not antisymmetric: %d and %d", ab, ba);
  if (equal != (ab == 0) || equal != focal_date_equal (b, a))
    fuzz_fail ("equal and compare disagree");
  if (equal && focal_date_hash (a) != focal_date_hash (b))
    fuzz_fail ("equal dates hash differently");
  if (focal_date_get_first_day (a) < focal_date_get_first_day (b) && ab >= 0)
    fuzz_fail ("a date that starts earlier does not compare lower");
  if (focal_date_overlaps (a, b) != focal_date_overlaps (b, a))
    fuzz_fail ("overlaps is not symmetric");
  if ((focal_date_contains (a, b) || focal_date_contains (b, a)) && !focal_date_overlaps (a, b))
    fuzz_fail ("a date contains another without overlapping it");
  if (focal_date_contains (a, b) && focal_date_contains (b, a) &&
      (focal_date_get_first_day (a) != focal_date_get_first_day (b) ||
       focal_date_get_last_day (a) != focal_date_get_last_day (b)))
    fuzz_fail ("dates that contain each other cover different days");
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = size > 0 ? g_strndup ((const char *) data, size) : g_strdup ("");
  g_autoptr(FocalDate) date = NULL;
  char *newline;

  fuzz_init ();

  date = fuzz_date_parse (text);

  newline = strchr (text, '\n');
  if (newline != NULL)
    {
      g_autoptr(FocalDate) a = NULL;
      g_autoptr(FocalDate) b = NULL;

      *newline = '\0';
      a = fuzz_date_parse (text);
      b = fuzz_date_parse (newline + 1);
      if (a != NULL && b != NULL)
        fuzz_date_check_pair (a, b);
    }

  return 0;
}
