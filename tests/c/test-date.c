/* test-date.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

#include <string.h>

/* Julian day number of a calendar day, 0 standing for an open end. */
static gint32
julian (int year,
        int month,
        int day,
        gint32 open)
{
  GDate date;

  if (year == 0)
    return open;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

static FocalDate *
parse (const char *text)
{
  g_autoptr (GError) error = NULL;
  FocalDate *date = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);

  return date;
}

typedef struct
{
  const char         *text;
  FocalDatePrecision  precision;
  int                 year, month, day;
  gboolean            uncertain, approximate;
  gboolean            start_open, end_open;
  int                 first[3];
  int                 last[3];
} ValidCase;

#define P_Y FOCAL_DATE_PRECISION_YEAR
#define P_M FOCAL_DATE_PRECISION_MONTH
#define P_D FOCAL_DATE_PRECISION_DAY
#define P_I FOCAL_DATE_PRECISION_INTERVAL

static const ValidCase valid_cases[] = {
  /* Level 0. */
  { "2004", P_Y, 2004, 0, 0, FALSE, FALSE, FALSE, FALSE, { 2004, 1, 1 }, { 2004, 12, 31 } },
  { "2004-10", P_M, 2004, 10, 0, FALSE, FALSE, FALSE, FALSE, { 2004, 10, 1 }, { 2004, 10, 31 } },
  { "2004-10-15", P_D, 2004, 10, 15, FALSE, FALSE, FALSE, FALSE, { 2004, 10, 15 }, { 2004, 10, 15 } },
  { "1989/1999", P_I, 0, 0, 0, FALSE, FALSE, FALSE, FALSE, { 1989, 1, 1 }, { 1999, 12, 31 } },
  { "2004-10/2005-03-15", P_I, 0, 0, 0, FALSE, FALSE, FALSE, FALSE, { 2004, 10, 1 }, { 2005, 3, 15 } },
  { "2004/2004-03", P_I, 0, 0, 0, FALSE, FALSE, FALSE, FALSE, { 2004, 1, 1 }, { 2004, 3, 31 } },
  { "2004/2004", P_I, 0, 0, 0, FALSE, FALSE, FALSE, FALSE, { 2004, 1, 1 }, { 2004, 12, 31 } },
  { "0001", P_Y, 1, 0, 0, FALSE, FALSE, FALSE, FALSE, { 1, 1, 1 }, { 1, 12, 31 } },
  { "0999-12-31", P_D, 999, 12, 31, FALSE, FALSE, FALSE, FALSE, { 999, 12, 31 }, { 999, 12, 31 } },
  { "9999", P_Y, 9999, 0, 0, FALSE, FALSE, FALSE, FALSE, { 9999, 1, 1 }, { 9999, 12, 31 } },
  /* Leap years. */
  { "2004-02", P_M, 2004, 2, 0, FALSE, FALSE, FALSE, FALSE, { 2004, 2, 1 }, { 2004, 2, 29 } },
  { "2003-02", P_M, 2003, 2, 0, FALSE, FALSE, FALSE, FALSE, { 2003, 2, 1 }, { 2003, 2, 28 } },
  { "1900-02", P_M, 1900, 2, 0, FALSE, FALSE, FALSE, FALSE, { 1900, 2, 1 }, { 1900, 2, 28 } },
  { "2000-02", P_M, 2000, 2, 0, FALSE, FALSE, FALSE, FALSE, { 2000, 2, 1 }, { 2000, 2, 29 } },
  { "2004-02-29", P_D, 2004, 2, 29, FALSE, FALSE, FALSE, FALSE, { 2004, 2, 29 }, { 2004, 2, 29 } },
  /* Qualifiers. */
  { "1996?", P_Y, 1996, 0, 0, TRUE, FALSE, FALSE, FALSE, { 1996, 1, 1 }, { 1996, 12, 31 } },
  { "2001~", P_Y, 2001, 0, 0, FALSE, TRUE, FALSE, FALSE, { 2001, 1, 1 }, { 2001, 12, 31 } },
  { "2001%", P_Y, 2001, 0, 0, TRUE, TRUE, FALSE, FALSE, { 2001, 1, 1 }, { 2001, 12, 31 } },
  { "2004-06~", P_M, 2004, 6, 0, FALSE, TRUE, FALSE, FALSE, { 2004, 6, 1 }, { 2004, 6, 30 } },
  { "2004-06-11%", P_D, 2004, 6, 11, TRUE, TRUE, FALSE, FALSE, { 2004, 6, 11 }, { 2004, 6, 11 } },
  { "1996?/2004~", P_I, 0, 0, 0, TRUE, TRUE, FALSE, FALSE, { 1996, 1, 1 }, { 2004, 12, 31 } },
  { "1996?/2004", P_I, 0, 0, 0, TRUE, FALSE, FALSE, FALSE, { 1996, 1, 1 }, { 2004, 12, 31 } },
  { "1996/2004-06~", P_I, 0, 0, 0, FALSE, TRUE, FALSE, FALSE, { 1996, 1, 1 }, { 2004, 6, 30 } },
  /* Unspecified digits. */
  { "199X", P_Y, 1990, 0, 0, FALSE, FALSE, FALSE, FALSE, { 1990, 1, 1 }, { 1999, 12, 31 } },
  { "19XX", P_Y, 1900, 0, 0, FALSE, FALSE, FALSE, FALSE, { 1900, 1, 1 }, { 1999, 12, 31 } },
  { "010X", P_Y, 100, 0, 0, FALSE, FALSE, FALSE, FALSE, { 100, 1, 1 }, { 109, 12, 31 } },
  { "199X~", P_Y, 1990, 0, 0, FALSE, TRUE, FALSE, FALSE, { 1990, 1, 1 }, { 1999, 12, 31 } },
  { "2004-XX", P_M, 2004, 0, 0, FALSE, FALSE, FALSE, FALSE, { 2004, 1, 1 }, { 2004, 12, 31 } },
  { "2004-10-XX", P_D, 2004, 10, 0, FALSE, FALSE, FALSE, FALSE, { 2004, 10, 1 }, { 2004, 10, 31 } },
  { "2004-02-XX?", P_D, 2004, 2, 0, TRUE, FALSE, FALSE, FALSE, { 2004, 2, 1 }, { 2004, 2, 29 } },
  { "2004-XX-XX", P_D, 2004, 0, 0, FALSE, FALSE, FALSE, FALSE, { 2004, 1, 1 }, { 2004, 12, 31 } },
  { "199X/2004-10-XX", P_I, 0, 0, 0, FALSE, FALSE, FALSE, FALSE, { 1990, 1, 1 }, { 2004, 10, 31 } },
  /* Open and unknown ends. */
  { "../2004", P_I, 0, 0, 0, FALSE, FALSE, TRUE, FALSE, { 0 }, { 2004, 12, 31 } },
  { "2000/..", P_I, 0, 0, 0, FALSE, FALSE, FALSE, TRUE, { 2000, 1, 1 }, { 0 } },
  { "/2004", P_I, 0, 0, 0, FALSE, FALSE, TRUE, FALSE, { 0 }, { 2004, 12, 31 } },
  { "2000/", P_I, 0, 0, 0, FALSE, FALSE, FALSE, TRUE, { 2000, 1, 1 }, { 0 } },
  { "../2004-10-15?", P_I, 0, 0, 0, TRUE, FALSE, TRUE, FALSE, { 0 }, { 2004, 10, 15 } },
  { "2000~/", P_I, 0, 0, 0, FALSE, TRUE, FALSE, TRUE, { 2000, 1, 1 }, { 0 } },
};

static void
test_date_round_trip (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (valid_cases); i++)
    {
      const ValidCase *c = &valid_cases[i];
      g_autoptr (FocalDate) date = NULL;
      g_autofree char *text = NULL;

      g_test_message ("%s", c->text);
      date = parse (c->text);
      text = focal_date_to_string (date);

      g_assert_cmpstr (text, ==, c->text);
      g_assert_cmpint (focal_date_get_precision (date), ==, c->precision);
      g_assert_cmpint (focal_date_is_interval (date), ==, c->precision == P_I);
      g_assert_cmpint (focal_date_get_year (date), ==, c->year);
      g_assert_cmpint (focal_date_get_month (date), ==, c->month);
      g_assert_cmpint (focal_date_get_day (date), ==, c->day);
      g_assert_cmpint (focal_date_is_uncertain (date), ==, c->uncertain);
      g_assert_cmpint (focal_date_is_approximate (date), ==, c->approximate);
      g_assert_cmpint (focal_date_is_start_open (date), ==, c->start_open);
      g_assert_cmpint (focal_date_is_end_open (date), ==, c->end_open);
      g_assert_cmpint (focal_date_get_first_day (date), ==,
                       julian (c->first[0], c->first[1], c->first[2], FOCAL_DATE_DAY_MIN));
      g_assert_cmpint (focal_date_get_last_day (date), ==,
                       julian (c->last[0], c->last[1], c->last[2], FOCAL_DATE_DAY_MAX));
    }
}

typedef struct
{
  const char *text;
  FocalError  code;
  const char *reason;
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  { "", FOCAL_ERROR_PARSE, "empty" },
  { "spring", FOCAL_ERROR_PARSE, "expected YYYY, YYYY-MM or YYYY-MM-DD" },
  { "04", FOCAL_ERROR_PARSE, "expected" },
  { "2004-1", FOCAL_ERROR_PARSE, "expected" },
  { "2004-10-1", FOCAL_ERROR_PARSE, "expected" },
  { "2004-10-15T10:00", FOCAL_ERROR_PARSE, "expected" },
  { "2004/10/15", FOCAL_ERROR_PARSE, "one '/'" },
  { "15.10.2004", FOCAL_ERROR_PARSE, "expected" },
  { "20040", FOCAL_ERROR_PARSE, "four digits" },
  { " 2004", FOCAL_ERROR_PARSE, "whitespace" },
  { "2004 ", FOCAL_ERROR_PARSE, "whitespace" },
  { "1989 / 1999", FOCAL_ERROR_PARSE, "whitespace" },
  { "2004\n", FOCAL_ERROR_PARSE, "whitespace" },
  { "2001-21", FOCAL_ERROR_PARSE, "seasons" },
  { "2001-24~", FOCAL_ERROR_PARSE, "seasons" },
  { "2001-41", FOCAL_ERROR_PARSE, "seasons" },
  { "Y170000002", FOCAL_ERROR_PARSE, "'Y' prefix" },
  { "Y2004", FOCAL_ERROR_PARSE, "'Y' prefix" },
  { "-1985", FOCAL_ERROR_PARSE, "negative" },
  { "-0500/2004", FOCAL_ERROR_PARSE, "negative" },
  { "1989/1999/2004", FOCAL_ERROR_PARSE, "one '/'" },
  { "../..", FOCAL_ERROR_PARSE, "one end" },
  { "/", FOCAL_ERROR_PARSE, "one end" },
  { "../", FOCAL_ERROR_PARSE, "one end" },
  { "/..", FOCAL_ERROR_PARSE, "one end" },
  { "..", FOCAL_ERROR_PARSE, "expected" },
  { "...", FOCAL_ERROR_PARSE, "expected" },
  { ".../2004", FOCAL_ERROR_PARSE, "expected" },
  { "2004/..?", FOCAL_ERROR_PARSE, "expected" },
  { "2004??", FOCAL_ERROR_PARSE, "expected" },
  { "2004?~", FOCAL_ERROR_PARSE, "expected" },
  { "2004?-10", FOCAL_ERROR_PARSE, "expected" },
  { "?", FOCAL_ERROR_PARSE, "expected" },
  { "199x", FOCAL_ERROR_PARSE, "expected" },
  { "2004-xx", FOCAL_ERROR_PARSE, "expected" },
  { "1XXX", FOCAL_ERROR_PARSE, "at most two digits" },
  { "XXXX", FOCAL_ERROR_PARSE, "at most two digits" },
  { "19X9", FOCAL_ERROR_PARSE, "only the last digits" },
  { "199X-10", FOCAL_ERROR_PARSE, "cannot have a month" },
  { "2004-XX-15", FOCAL_ERROR_PARSE, "month is unspecified" },
  { "2004-1X", FOCAL_ERROR_PARSE, "expected" },
  { "2004-10-1X", FOCAL_ERROR_PARSE, "expected" },
  { "0000", FOCAL_ERROR_INVALID_VALUE, "year 0000" },
  { "00XX", FOCAL_ERROR_INVALID_VALUE, "year 00XX" },
  { "000X", FOCAL_ERROR_INVALID_VALUE, "year 000X" },
  { "2004-02-30", FOCAL_ERROR_INVALID_VALUE, "day 30 is outside 01..29" },
  { "2003-02-29", FOCAL_ERROR_INVALID_VALUE, "day 29 is outside 01..28" },
  { "2004-04-31", FOCAL_ERROR_INVALID_VALUE, "day 31" },
  { "2004-10-00", FOCAL_ERROR_INVALID_VALUE, "day 00" },
  { "2004-10-32", FOCAL_ERROR_INVALID_VALUE, "day 32" },
  { "2004-13", FOCAL_ERROR_INVALID_VALUE, "month 13" },
  { "2004-00", FOCAL_ERROR_INVALID_VALUE, "month 00" },
  { "2004-20", FOCAL_ERROR_INVALID_VALUE, "month 20" },
  { "2004-42", FOCAL_ERROR_INVALID_VALUE, "month 42" },
  { "2004-13-01", FOCAL_ERROR_INVALID_VALUE, "month 13" },
  { "2004-13/2005", FOCAL_ERROR_INVALID_VALUE, "month 13" },
  { "1999/1989", FOCAL_ERROR_INVALID_VALUE, "the start 1999 comes after the end 1989" },
  { "2004-10/2004-03", FOCAL_ERROR_INVALID_VALUE, "after the end" },
  { "2000/1999-12-31", FOCAL_ERROR_INVALID_VALUE, "after the end" },
  { "2000?/199X~", FOCAL_ERROR_INVALID_VALUE, "after the end" },
};

static void
test_date_errors (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      const InvalidCase *c = &invalid_cases[i];
      g_autoptr (GError) error = NULL;
      g_autoptr (FocalDate) date = NULL;
      g_autofree char *escaped = g_strescape (c->text, NULL);
      g_autofree char *quoted = g_strdup_printf ("invalid date \"%s\": ", escaped);

      g_test_message ("\"%s\"", escaped);
      date = focal_date_new_from_string (c->text, &error);

      g_assert_null (date);
      g_assert_error (error, FOCAL_ERROR, (int) c->code);
      if (strchr (c->text, '\n') == NULL)
        g_assert_nonnull (strstr (error->message, quoted));
      g_assert_nonnull (strstr (error->message, c->reason));
    }
}

static void
test_date_error_message (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FocalDate) date = NULL;
  g_autofree char *long_text = NULL;

  date = focal_date_new_from_string ("spring", &error);
  g_assert_null (date);
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==,
                   "invalid date \"spring\": expected YYYY, YYYY-MM or YYYY-MM-DD");
  g_clear_error (&error);

  /* Control characters and quotes are escaped. */
  date = focal_date_new_from_string ("20\"04\t", &error);
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "\"20\\\"04\\x09\""));
  g_clear_error (&error);

  /* Invalid UTF-8 still gives a valid message. */
  date = focal_date_new_from_string ("20\xff\xfe", &error);
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_PARSE);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  /* Long text is shortened. */
  long_text = g_strnfill (10000, '7');
  date = focal_date_new_from_string (long_text, &error);
  g_assert_error (error, FOCAL_ERROR, FOCAL_ERROR_PARSE);
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_assert_nonnull (strstr (error->message, "7777777…"));
}

static void
test_date_new (void)
{
  g_autoptr (FocalDate) year = focal_date_new (2004, 0, 0);
  g_autoptr (FocalDate) month = focal_date_new (2004, 2, 0);
  g_autoptr (FocalDate) day = focal_date_new (2004, 2, 29);
  g_autoptr (FocalDate) early = focal_date_new (5, 3, 0);
  g_autofree char *year_text = focal_date_to_string (year);
  g_autofree char *month_text = focal_date_to_string (month);
  g_autofree char *day_text = focal_date_to_string (day);
  g_autofree char *early_text = focal_date_to_string (early);
  g_autoptr (FocalDate) parsed = parse ("2004-02");

  g_assert_cmpstr (year_text, ==, "2004");
  g_assert_cmpstr (month_text, ==, "2004-02");
  g_assert_cmpstr (day_text, ==, "2004-02-29");
  g_assert_cmpstr (early_text, ==, "0005-03");

  g_assert_cmpint (focal_date_get_precision (year), ==, FOCAL_DATE_PRECISION_YEAR);
  g_assert_cmpint (focal_date_get_precision (month), ==, FOCAL_DATE_PRECISION_MONTH);
  g_assert_cmpint (focal_date_get_precision (day), ==, FOCAL_DATE_PRECISION_DAY);
  g_assert_cmpint (focal_date_get_year (day), ==, 2004);
  g_assert_cmpint (focal_date_get_month (day), ==, 2);
  g_assert_cmpint (focal_date_get_day (day), ==, 29);
  g_assert_false (focal_date_is_uncertain (day));
  g_assert_false (focal_date_is_approximate (day));

  g_assert_cmpint (focal_date_get_first_day (month), ==, julian (2004, 2, 1, 0));
  g_assert_cmpint (focal_date_get_last_day (month), ==, julian (2004, 2, 29, 0));
  g_assert_cmpint (focal_date_get_first_day (year), ==, julian (2004, 1, 1, 0));
  g_assert_cmpint (focal_date_get_last_day (year), ==, julian (2004, 12, 31, 0));
  g_assert_true (focal_date_equal (month, parsed));
}

static void
test_date_day_numbers (void)
{
  g_autoptr (FocalDate) first = parse ("0001-01-01");
  g_autoptr (FocalDate) leap = parse ("2004");
  g_autoptr (FocalDate) common = parse ("2003");
  g_autoptr (FocalDate) century = parse ("19XX");

  g_assert_cmpint (focal_date_get_first_day (first), ==, 1);
  g_assert_cmpint (focal_date_get_last_day (first), ==, 1);
  g_assert_cmpint (focal_date_get_last_day (leap) - focal_date_get_first_day (leap) + 1, ==, 366);
  g_assert_cmpint (focal_date_get_last_day (common) - focal_date_get_first_day (common) + 1, ==, 365);
  g_assert_cmpint (focal_date_get_last_day (century) - focal_date_get_first_day (century) + 1,
                   ==, 100 * 365 + 24);
}

static void
test_date_interval (void)
{
  g_autoptr (FocalDate) start = focal_date_new (1989, 0, 0);
  g_autoptr (FocalDate) end = focal_date_new (1999, 6, 0);
  g_autoptr (FocalDate) interval = focal_date_new_interval (start, end);
  g_autoptr (FocalDate) open_start = focal_date_new_interval (NULL, end);
  g_autoptr (FocalDate) open_end = focal_date_new_interval (start, NULL);
  g_autoptr (FocalDate) same = focal_date_new_interval (start, start);
  g_autoptr (FocalDate) parsed = parse ("1989/1999-06");
  g_autoptr (FocalDate) parsed_open = parse ("../1999-06");
  g_autoptr (FocalDate) parsed_unknown = parse ("/1999-06");
  g_autofree char *text = focal_date_to_string (interval);
  g_autofree char *open_start_text = focal_date_to_string (open_start);
  g_autofree char *open_end_text = focal_date_to_string (open_end);
  g_autofree char *same_text = focal_date_to_string (same);

  g_assert_cmpstr (text, ==, "1989/1999-06");
  g_assert_cmpstr (open_start_text, ==, "../1999-06");
  g_assert_cmpstr (open_end_text, ==, "1989/..");
  g_assert_cmpstr (same_text, ==, "1989/1989");

  g_assert_true (focal_date_get_start (interval) == start);
  g_assert_true (focal_date_get_end (interval) == end);
  g_assert_null (focal_date_get_start (open_start));
  g_assert_true (focal_date_get_end (open_start) == end);
  g_assert_true (focal_date_get_start (open_end) == start);
  g_assert_null (focal_date_get_end (open_end));
  g_assert_true (focal_date_is_start_open (open_start));
  g_assert_false (focal_date_is_end_open (open_start));
  g_assert_true (focal_date_is_end_open (open_end));
  g_assert_false (focal_date_is_start_open (interval));
  g_assert_false (focal_date_is_end_open (interval));

  /* A single date is its own start and end. */
  g_assert_true (focal_date_get_start (start) == start);
  g_assert_true (focal_date_get_end (start) == start);
  g_assert_false (focal_date_is_start_open (start));
  g_assert_false (focal_date_is_end_open (start));

  /* Endpoints of parsed intervals are single dates. */
  g_assert_cmpint (focal_date_get_precision (focal_date_get_start (parsed)), ==,
                   FOCAL_DATE_PRECISION_YEAR);
  g_assert_cmpint (focal_date_get_month (focal_date_get_end (parsed)), ==, 6);
  g_assert_null (focal_date_get_start (parsed_unknown));

  g_assert_true (focal_date_equal (interval, parsed));
  g_assert_true (focal_date_equal (open_start, parsed_open));
  /* Open and unknown ends cover the same days but mean something else. */
  g_assert_false (focal_date_equal (parsed_open, parsed_unknown));
  g_assert_cmpint (focal_date_compare (parsed_open, parsed_unknown), !=, 0);
  g_assert_cmpint (focal_date_get_first_day (parsed_open), ==,
                   focal_date_get_first_day (parsed_unknown));

  g_assert_cmpint (focal_date_get_year (interval), ==, 0);
  g_assert_cmpint (focal_date_get_month (interval), ==, 0);
  g_assert_cmpint (focal_date_get_day (interval), ==, 0);
  g_assert_cmpint (focal_date_get_first_day (interval), ==, julian (1989, 1, 1, 0));
  g_assert_cmpint (focal_date_get_last_day (interval), ==, julian (1999, 6, 30, 0));
  g_assert_cmpint (focal_date_get_first_day (open_start), ==, FOCAL_DATE_DAY_MIN);
  g_assert_cmpint (focal_date_get_last_day (open_end), ==, FOCAL_DATE_DAY_MAX);
}

static void
test_date_interval_keeps_ends (void)
{
  FocalDate *start = focal_date_new (1989, 0, 0);
  FocalDate *end = focal_date_new (1999, 0, 0);
  g_autoptr (FocalDate) interval = focal_date_new_interval (start, end);
  g_autofree char *text = NULL;

  focal_date_unref (start);
  focal_date_unref (end);

  text = focal_date_to_string (interval);
  g_assert_cmpstr (text, ==, "1989/1999");
  g_assert_cmpint (focal_date_get_year (focal_date_get_start (interval)), ==, 1989);
  g_assert_cmpint (focal_date_get_year (focal_date_get_end (interval)), ==, 1999);
}

static gboolean
contains (const char *outer,
          const char *inner)
{
  g_autoptr (FocalDate) a = parse (outer);
  g_autoptr (FocalDate) b = parse (inner);

  return focal_date_contains (a, b);
}

static gboolean
overlaps (const char *one,
          const char *other)
{
  g_autoptr (FocalDate) a = parse (one);
  g_autoptr (FocalDate) b = parse (other);
  gboolean result = focal_date_overlaps (a, b);

  /* Overlapping is symmetric. */
  g_assert_cmpint (focal_date_overlaps (b, a), ==, result);

  return result;
}

static void
test_date_contains (void)
{
  g_assert_true (contains ("2004", "2004"));
  g_assert_true (contains ("2004", "2004-02-29"));
  g_assert_true (contains ("2004", "2004-12"));
  g_assert_false (contains ("2004-10", "2004"));
  g_assert_false (contains ("2004", "2005-01-01"));
  g_assert_true (contains ("199X", "1995-06"));
  g_assert_true (contains ("199X", "1990/1999"));
  g_assert_false (contains ("199X", "1989/1999"));
  g_assert_true (contains ("2004-XX", "2004-03-XX"));
  g_assert_true (contains ("1989/1999", "1994-01-01"));
  g_assert_true (contains ("1989/1999", "1989"));
  g_assert_true (contains ("1989/1999", "1999-12-31"));
  g_assert_false (contains ("1989/1999", "2000-01-01"));
  g_assert_false (contains ("1989/1999", "1988-12-31"));
  g_assert_true (contains ("1989/1999", "1990/1998"));
  g_assert_false (contains ("1989/1999", "1990/2001"));
  g_assert_false (contains ("1989/1999", "1990/.."));
  /* Open and unknown ends are unbounded. */
  g_assert_true (contains ("2000/..", "2004-10-15"));
  g_assert_true (contains ("2000/..", "2010/.."));
  g_assert_true (contains ("2000/", "2010/"));
  g_assert_false (contains ("2000/..", "1999-12-31"));
  g_assert_true (contains ("../2004", "0001-01-01"));
  g_assert_true (contains ("../2004", "/2004"));
  g_assert_true (contains ("/2004", "../2004"));
  g_assert_false (contains ("../2004", "2005"));
  g_assert_false (contains ("2004", "2004/.."));
  /* Qualifiers do not change the days. */
  g_assert_true (contains ("2004~", "2004-06?"));
}

static void
test_date_overlaps (void)
{
  g_assert_true (overlaps ("2004", "2004-06"));
  g_assert_true (overlaps ("2004", "2004"));
  g_assert_false (overlaps ("2004", "2005"));
  g_assert_true (overlaps ("1989/1999", "1999/2004"));
  g_assert_true (overlaps ("1989/1999", "1999-12-31"));
  g_assert_false (overlaps ("1989/1999", "2000/2004"));
  g_assert_true (overlaps ("1989/1999", "1995"));
  g_assert_true (overlaps ("1989/1999", "1980/2010"));
  g_assert_true (overlaps ("../1990", "1990-12"));
  g_assert_false (overlaps ("../1990", "1991-01-01"));
  g_assert_true (overlaps ("2000/..", "9999"));
  g_assert_true (overlaps ("2000/..", "../2000"));
  g_assert_false (overlaps ("2001/..", "../2000"));
  g_assert_true (overlaps ("/2004", "2000/"));
  g_assert_true (overlaps ("199X", "1999-12-31"));
  g_assert_false (overlaps ("199X", "2000-01-01"));
  g_assert_true (overlaps ("2004-02-XX", "2004-02-29"));
}

/* g_ptr_array_sort() passes pointers to the elements. */
static int
compare_indirect (gconstpointer a,
                  gconstpointer b)
{
  return focal_date_compare (*(FocalDate **) a, *(FocalDate **) b);
}

static void
test_date_compare (void)
{
  /* In the expected order. */
  static const char *sorted[] = {
    "../1990",
    "/1990",
    "../2004",
    "1989/1999",
    "1989/..",
    "1990-01-01",
    "1990-01",
    "1990",
    "1990~",
    "199X",
    "2004/..",
    "2004/",
    "2004-02",
    "2004-02-XX",
    "2004-02-29",
    "2004-03",
  };
  g_autoptr (GPtrArray) dates = g_ptr_array_new_with_free_func ((GDestroyNotify) focal_date_unref);

  /* Insert in reverse order, then sort. */
  for (gsize i = G_N_ELEMENTS (sorted); i > 0; i--)
    g_ptr_array_add (dates, parse (sorted[i - 1]));

  g_ptr_array_sort (dates, compare_indirect);

  for (gsize i = 0; i < G_N_ELEMENTS (sorted); i++)
    {
      g_autofree char *text = focal_date_to_string (g_ptr_array_index (dates, i));

      g_assert_cmpstr (text, ==, sorted[i]);
    }

  /* Usable as a GCompareFunc after a cast. */
  {
    GList *list = NULL;
    gsize i = 0;

    for (gsize j = 0; j < dates->len; j++)
      list = g_list_prepend (list, g_ptr_array_index (dates, j));
    list = g_list_sort (list, (GCompareFunc) focal_date_compare);
    for (GList *l = list; l != NULL; l = l->next, i++)
      g_assert_true (l->data == g_ptr_array_index (dates, i));
    g_list_free (list);
  }

  for (gsize i = 0; i < dates->len; i++)
    {
      for (gsize j = 0; j < dates->len; j++)
        {
          FocalDate *a = g_ptr_array_index (dates, i);
          FocalDate *b = g_ptr_array_index (dates, j);
          int cmp = focal_date_compare (a, b);

          g_assert_cmpint (cmp < 0, ==, i < j);
          g_assert_cmpint (cmp > 0, ==, i > j);
          g_assert_cmpint (cmp == 0, ==, focal_date_equal (a, b));
        }
    }
}

static void
test_date_equal_hash (void)
{
  static const char *distinct[] = {
    "2004", "2004?", "2004~", "2004%", "2004-XX", "2004-XX-XX", "200X",
    "2004-10", "2004-10-XX", "2004-10-15", "2004/2004", "2004/..", "2004/",
    "../2004", "/2004", "2004?/2005", "2004/2005?", "2004/2005",
  };
  g_autoptr (GHashTable) table = g_hash_table_new_full ((GHashFunc) focal_date_hash,
                                                       (GEqualFunc) focal_date_equal,
                                                       (GDestroyNotify) focal_date_unref,
                                                       NULL);
  g_autoptr (FocalDate) built = focal_date_new (2004, 10, 15);
  g_autoptr (FocalDate) start = focal_date_new (2004, 0, 0);
  g_autoptr (FocalDate) end = focal_date_new (2005, 0, 0);
  g_autoptr (FocalDate) built_interval = focal_date_new_interval (start, end);
  g_autoptr (FocalDate) year = parse ("2004");

  for (gsize i = 0; i < G_N_ELEMENTS (distinct); i++)
    g_assert_true (g_hash_table_add (table, parse (distinct[i])));
  g_assert_cmpuint (g_hash_table_size (table), ==, G_N_ELEMENTS (distinct));

  /* Parsing again finds the same entries. */
  for (gsize i = 0; i < G_N_ELEMENTS (distinct); i++)
    {
      g_autoptr (FocalDate) again = parse (distinct[i]);
      FocalDate *found = g_hash_table_lookup (table, again);
      g_autofree char *text = NULL;

      g_assert_nonnull (found);
      g_assert_true (found != again);
      g_assert_cmpuint (focal_date_hash (found), ==, focal_date_hash (again));
      text = focal_date_to_string (found);
      g_assert_cmpstr (text, ==, distinct[i]);
    }

  g_assert_true (g_hash_table_contains (table, built));
  g_assert_true (g_hash_table_contains (table, built_interval));

  /* equal() is NULL-safe, for setters that compare an old and a new value. */
  g_assert_true (focal_date_equal (NULL, NULL));
  g_assert_false (focal_date_equal (year, NULL));
  g_assert_false (focal_date_equal (NULL, year));
  g_assert_true (focal_date_equal (year, year));
  g_assert_true (focal_date_equal (year, start));
}

static void
test_date_refcount (void)
{
  g_autoptr (FocalDate) date = parse ("1996?/2004~");
  FocalDate *copy;
  FocalDate *ref;
  g_auto (GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  g_assert_true (G_TYPE_IS_BOXED (FOCAL_TYPE_DATE));
  g_assert_cmpstr (g_type_name (FOCAL_TYPE_DATE), ==, "FocalDate");

  /* Copying a boxed date takes a reference on the same date. */
  copy = g_boxed_copy (FOCAL_TYPE_DATE, date);
  g_assert_true (copy == date);
  ref = focal_date_ref (date);
  g_assert_true (ref == date);
  g_boxed_free (FOCAL_TYPE_DATE, copy);
  focal_date_unref (ref);

  g_value_init (&value, FOCAL_TYPE_DATE);
  g_value_set_boxed (&value, date);
  g_assert_true (g_value_get_boxed (&value) == date);
  g_value_unset (&value);

  /* Still alive: the references above were balanced. */
  text = focal_date_to_string (date);
  g_assert_cmpstr (text, ==, "1996?/2004~");

  {
    g_autoptr (FocalDate) scoped = focal_date_ref (date);

    g_assert_true (scoped == date);
  }
  g_assert_true (focal_date_is_uncertain (date));
}

typedef struct
{
  const char *name;
  const char *stderr_pattern;
} PreconditionCase;

static const PreconditionCase precondition_cases[] = {
  { "null-text", "*text != NULL*" },
  { "year-zero", "*year >= 1*" },
  { "year-big", "*year >= 1*" },
  { "month-13", "*month >= 0*" },
  { "february-30", "*g_date_valid_dmy*" },
  { "day-without-month", "*g_date_valid_dmy*" },
  { "nested-interval", "*is_interval*" },
  { "reversed", "*reversed*" },
  { "both-open", "*start != NULL || end != NULL*" },
  { "null-self", "*self != NULL*" },
  { "compare-null", "*b != NULL*" },
};

static FocalDate *
precondition_call (const char *name)
{
  g_autoptr (FocalDate) year = focal_date_new (2004, 0, 0);
  g_autoptr (FocalDate) earlier = focal_date_new (1999, 0, 0);
  g_autoptr (FocalDate) interval = focal_date_new_interval (earlier, year);

  if (g_str_equal (name, "null-text"))
    return focal_date_new_from_string (NULL, NULL);
  if (g_str_equal (name, "year-zero"))
    return focal_date_new (0, 1, 1);
  if (g_str_equal (name, "year-big"))
    return focal_date_new (10000, 0, 0);
  if (g_str_equal (name, "month-13"))
    return focal_date_new (2004, 13, 0);
  if (g_str_equal (name, "february-30"))
    return focal_date_new (2004, 2, 30);
  if (g_str_equal (name, "day-without-month"))
    return focal_date_new (2004, 0, 5);
  if (g_str_equal (name, "nested-interval"))
    return focal_date_new_interval (interval, NULL);
  if (g_str_equal (name, "reversed"))
    return focal_date_new_interval (year, earlier);
  if (g_str_equal (name, "both-open"))
    return focal_date_new_interval (NULL, NULL);
  if (g_str_equal (name, "null-self"))
    g_assert_cmpint (focal_date_get_year (NULL), ==, 0);
  else if (g_str_equal (name, "compare-null"))
    g_assert_cmpint (focal_date_compare (year, NULL), ==, 0);
  else
    g_assert_not_reached ();

  return NULL;
}

static void
test_date_precondition (gconstpointer data)
{
  const PreconditionCase *c = data;

  if (g_test_subprocess ())
    {
      g_assert_null (precondition_call (c->name));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*");
  g_test_trap_assert_stderr (c->stderr_pattern);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/date/round-trip", test_date_round_trip);
  g_test_add_func ("/focal/date/errors", test_date_errors);
  g_test_add_func ("/focal/date/error-message", test_date_error_message);
  g_test_add_func ("/focal/date/new", test_date_new);
  g_test_add_func ("/focal/date/day-numbers", test_date_day_numbers);
  g_test_add_func ("/focal/date/interval", test_date_interval);
  g_test_add_func ("/focal/date/interval-keeps-ends", test_date_interval_keeps_ends);
  g_test_add_func ("/focal/date/contains", test_date_contains);
  g_test_add_func ("/focal/date/overlaps", test_date_overlaps);
  g_test_add_func ("/focal/date/compare", test_date_compare);
  g_test_add_func ("/focal/date/equal-hash", test_date_equal_hash);
  g_test_add_func ("/focal/date/refcount", test_date_refcount);

  for (gsize i = 0; i < G_N_ELEMENTS (precondition_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/focal/date/precondition/%s",
                                               precondition_cases[i].name);

      g_test_add_data_func (path, &precondition_cases[i], test_date_precondition);
    }

  return g_test_run ();
}
