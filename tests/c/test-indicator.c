/* test-indicator.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>

#include <focal/focal.h>

typedef const char *(*IndicatorStringGetter) (FocalIndicator *self);
typedef void        (*IndicatorStringSetter) (FocalIndicator *self,
                                              const char     *value);

typedef struct
{
  guint one;
  guint all;
} NotifyCount;

typedef struct
{
  guint emissions;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
count_one_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  NotifyCount *count = user_data;

  count->one++;
}

static void
count_all_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  NotifyCount *count = user_data;

  count->all++;
}

static void
watch_notify (gpointer     object,
              const char  *property,
              NotifyCount *count)
{
  g_autofree char *detailed = g_strconcat ("notify::", property, NULL);

  g_signal_connect (object, detailed, G_CALLBACK (count_one_cb), count);
  g_signal_connect (object, "notify", G_CALLBACK (count_all_cb), count);
}

static void
assert_notified (NotifyCount *count,
                 guint        expected)
{
  g_assert_cmpuint (count->one, ==, expected);
  g_assert_cmpuint (count->all, ==, expected);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *changed = user_data;

  changed->emissions++;
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
}

static FocalDate *
parse_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  FocalDate *date = focal_date_new_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);

  return date;
}

static void
check_string_property (const char            *property,
                       IndicatorStringGetter  get,
                       IndicatorStringSetter  set)
{
  g_autoptr(FocalIndicator) indicator = focal_indicator_new ("staff", 100);
  g_autofree char *copy = g_strdup ("persons");
  g_autofree char *read = NULL;
  NotifyCount count = { 0, };

  watch_notify (indicator, property, &count);
  g_assert_null (get (indicator));

  set (indicator, "persons");
  g_assert_cmpstr (get (indicator), ==, "persons");
  assert_notified (&count, 1);

  /* The same text in another buffer is no change. */
  set (indicator, copy);
  assert_notified (&count, 1);

  g_object_set (indicator, property, "USD", NULL);
  g_assert_cmpstr (get (indicator), ==, "USD");
  assert_notified (&count, 2);

  g_object_set (indicator, property, "USD", NULL);
  assert_notified (&count, 2);

  g_object_get (indicator, property, &read, NULL);
  g_assert_cmpstr (read, ==, "USD");

  set (indicator, NULL);
  g_assert_null (get (indicator));
  assert_notified (&count, 3);

  set (indicator, NULL);
  assert_notified (&count, 3);

  g_assert_finalize_object (g_steal_pointer (&indicator));
}

static void
test_indicator_new (void)
{
  FocalIndicator *indicator = focal_indicator_new ("staff", 100);
  g_autofree char *name = NULL;
  GListModel *citations;

  g_assert_true (FOCAL_IS_INDICATOR (indicator));
  g_assert_cmpstr (focal_indicator_get_name (indicator), ==, "staff");
  g_assert_cmpfloat (focal_indicator_get_value (indicator), ==, 100.0);
  g_assert_cmpint (focal_indicator_get_qualifier (indicator), ==, FOCAL_QUALIFIER_EXACT);
  g_assert_null (focal_indicator_get_unit (indicator));
  g_assert_null (focal_indicator_get_date (indicator));
  g_assert_null (focal_indicator_get_part_of (indicator));
  g_assert_null (focal_indicator_get_label (indicator));

  citations = focal_indicator_get_citations (indicator);
  g_assert_true (G_IS_LIST_MODEL (citations));
  g_assert_true (g_list_model_get_item_type (citations) == FOCAL_TYPE_CITATION);
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 0);
  /* The same model every time. */
  g_assert_true (focal_indicator_get_citations (indicator) == citations);

  g_object_get (indicator, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "staff");

  g_assert_finalize_object (indicator);
}

static void
test_indicator_construct_properties (void)
{
  g_autoptr(FocalDate) date = parse_date ("2004");
  FocalIndicator *indicator = g_object_new (FOCAL_TYPE_INDICATOR,
                                            "name", "trade",
                                            "value", 12e9,
                                            "qualifier", FOCAL_QUALIFIER_APPROXIMATE,
                                            "unit", "USD",
                                            "date", date,
                                            "part-of", "economy",
                                            "label", "Bilateral trade",
                                            NULL);

  g_assert_cmpstr (focal_indicator_get_name (indicator), ==, "trade");
  g_assert_cmpfloat (focal_indicator_get_value (indicator), ==, 12e9);
  g_assert_cmpint (focal_indicator_get_qualifier (indicator), ==, FOCAL_QUALIFIER_APPROXIMATE);
  g_assert_cmpstr (focal_indicator_get_unit (indicator), ==, "USD");
  g_assert_true (focal_indicator_get_date (indicator) == date);
  g_assert_cmpstr (focal_indicator_get_part_of (indicator), ==, "economy");
  g_assert_cmpstr (focal_indicator_get_label (indicator), ==, "Bilateral trade");

  g_assert_finalize_object (indicator);
}

static void
test_indicator_name_is_construct_only (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (FOCAL_TYPE_INDICATOR);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "name");

  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
}

static void
test_indicator_value (void)
{
  FocalIndicator *indicator = focal_indicator_new ("staff", 100);
  NotifyCount count = { 0, };
  double value = 0;

  watch_notify (indicator, "value", &count);

  focal_indicator_set_value (indicator, 30);
  g_assert_cmpfloat (focal_indicator_get_value (indicator), ==, 30);
  assert_notified (&count, 1);

  focal_indicator_set_value (indicator, 30);
  assert_notified (&count, 1);

  g_object_set (indicator, "value", -2.5, NULL);
  g_assert_cmpfloat (focal_indicator_get_value (indicator), ==, -2.5);
  assert_notified (&count, 2);

  g_object_set (indicator, "value", -2.5, NULL);
  assert_notified (&count, 2);

  g_object_get (indicator, "value", &value, NULL);
  g_assert_cmpfloat (value, ==, -2.5);

  g_assert_finalize_object (indicator);
}

static void
test_indicator_qualifier (void)
{
  FocalIndicator *indicator = focal_indicator_new ("staff", 100);
  NotifyCount count = { 0, };
  FocalQualifier qualifier = FOCAL_QUALIFIER_EXACT;

  watch_notify (indicator, "qualifier", &count);

  focal_indicator_set_qualifier (indicator, FOCAL_QUALIFIER_EXACT);
  assert_notified (&count, 0);

  focal_indicator_set_qualifier (indicator, FOCAL_QUALIFIER_MORE_THAN);
  g_assert_cmpint (focal_indicator_get_qualifier (indicator), ==, FOCAL_QUALIFIER_MORE_THAN);
  assert_notified (&count, 1);

  focal_indicator_set_qualifier (indicator, FOCAL_QUALIFIER_MORE_THAN);
  assert_notified (&count, 1);

  g_object_set (indicator, "qualifier", FOCAL_QUALIFIER_AT_MOST, NULL);
  g_assert_cmpint (focal_indicator_get_qualifier (indicator), ==, FOCAL_QUALIFIER_AT_MOST);
  assert_notified (&count, 2);

  g_object_set (indicator, "qualifier", FOCAL_QUALIFIER_AT_MOST, NULL);
  assert_notified (&count, 2);

  g_object_get (indicator, "qualifier", &qualifier, NULL);
  g_assert_cmpint (qualifier, ==, FOCAL_QUALIFIER_AT_MOST);

  g_assert_finalize_object (indicator);
}

static void
test_indicator_unit (void)
{
  check_string_property ("unit", focal_indicator_get_unit, focal_indicator_set_unit);
}

static void
test_indicator_part_of (void)
{
  check_string_property ("part-of", focal_indicator_get_part_of, focal_indicator_set_part_of);
}

static void
test_indicator_label (void)
{
  check_string_property ("label", focal_indicator_get_label, focal_indicator_set_label);
}

static void
test_indicator_date (void)
{
  FocalIndicator *indicator = focal_indicator_new ("staff", 100);
  g_autoptr(FocalDate) date = parse_date ("2004");
  g_autoptr(FocalDate) same = parse_date ("2004");
  g_autoptr(FocalDate) other = parse_date ("2004-10");
  g_autoptr(FocalDate) read = NULL;
  NotifyCount count = { 0, };

  watch_notify (indicator, "date", &count);

  focal_indicator_set_date (indicator, NULL);
  assert_notified (&count, 0);

  focal_indicator_set_date (indicator, date);
  g_assert_true (focal_indicator_get_date (indicator) == date);
  assert_notified (&count, 1);

  /* An equal date in another instance is no change; the first is kept. */
  g_assert_true (date != same);
  focal_indicator_set_date (indicator, same);
  g_assert_true (focal_indicator_get_date (indicator) == date);
  assert_notified (&count, 1);

  g_object_set (indicator, "date", same, NULL);
  assert_notified (&count, 1);

  g_object_set (indicator, "date", other, NULL);
  g_assert_true (focal_indicator_get_date (indicator) == other);
  assert_notified (&count, 2);

  g_object_get (indicator, "date", &read, NULL);
  g_assert_true (focal_date_equal (read, other));

  focal_indicator_set_date (indicator, NULL);
  g_assert_null (focal_indicator_get_date (indicator));
  assert_notified (&count, 3);

  g_object_set (indicator, "date", NULL, NULL);
  assert_notified (&count, 3);

  g_assert_finalize_object (indicator);
}

static void
test_indicator_date_reference (void)
{
  FocalIndicator *indicator = focal_indicator_new ("staff", 100);
  FocalDate *date = parse_date ("2004-10-15");

  /* The indicator holds its own reference. */
  focal_indicator_set_date (indicator, date);
  focal_date_unref (date);
  g_assert_cmpint (focal_date_get_day (focal_indicator_get_date (indicator)), ==, 15);

  g_assert_finalize_object (indicator);
}

typedef struct
{
  FocalQualifier qualifier;
  double min;
  double max;
} BoundsCase;

static void
test_indicator_bounds (void)
{
  static const BoundsCase cases[] = {
    { FOCAL_QUALIFIER_EXACT, 25, 25 },
    { FOCAL_QUALIFIER_APPROXIMATE, -INFINITY, INFINITY },
    { FOCAL_QUALIFIER_AT_LEAST, 25, INFINITY },
    { FOCAL_QUALIFIER_AT_MOST, -INFINITY, 25 },
    { FOCAL_QUALIFIER_MORE_THAN, 25, INFINITY },
    { FOCAL_QUALIFIER_FEWER_THAN, -INFINITY, 25 },
  };
  FocalIndicator *indicator = focal_indicator_new ("encounters", 25);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double min = NAN;
      double max = NAN;

      focal_indicator_set_qualifier (indicator, cases[i].qualifier);
      focal_indicator_get_bounds (indicator, &min, &max);
      g_assert_cmpfloat (min, ==, cases[i].min);
      g_assert_cmpfloat (max, ==, cases[i].max);

      /* Either out parameter may be left out. */
      min = max = NAN;
      focal_indicator_get_bounds (indicator, &min, NULL);
      g_assert_cmpfloat (min, ==, cases[i].min);
      focal_indicator_get_bounds (indicator, NULL, &max);
      g_assert_cmpfloat (max, ==, cases[i].max);
      focal_indicator_get_bounds (indicator, NULL, NULL);
    }

  /* The bounds follow the value. */
  focal_indicator_set_qualifier (indicator, FOCAL_QUALIFIER_EXACT);
  focal_indicator_set_value (indicator, -3.5);
  {
    double min = 0, max = 0;

    focal_indicator_get_bounds (indicator, &min, &max);
    g_assert_cmpfloat (min, ==, -3.5);
    g_assert_cmpfloat (max, ==, -3.5);
  }

  g_assert_finalize_object (indicator);
}

static void
test_indicator_citations (void)
{
  FocalIndicator *indicator = focal_indicator_new ("staff", 100);
  FocalCitation *first = focal_citation_new ("src-a");
  FocalCitation *second = focal_citation_new ("src-b");
  GListModel *citations = focal_indicator_get_citations (indicator);
  ItemsChanged changed = { 0, };
  g_autoptr(FocalCitation) item = NULL;

  g_signal_connect (citations, "items-changed", G_CALLBACK (items_changed_cb), &changed);

  focal_indicator_add_citation (indicator, first);
  g_assert_cmpuint (changed.emissions, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 1);

  focal_indicator_add_citation (indicator, second);
  g_assert_cmpuint (changed.emissions, ==, 2);
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 2);

  /* In the order they were added, the very same objects. */
  item = g_list_model_get_item (citations, 0);
  g_assert_true (item == first);
  g_clear_object (&item);
  item = g_list_model_get_item (citations, 1);
  g_assert_true (item == second);
  g_clear_object (&item);
  g_assert_null (g_list_model_get_item (citations, 2));

  /* Adding a citation notifies no property. */
  {
    NotifyCount count = { 0, };

    watch_notify (indicator, "value", &count);
    focal_indicator_add_citation (indicator, first);
    g_assert_cmpuint (count.all, ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 3);
  }

  /* The indicator holds the citations; dropping it releases them. */
  g_assert_finalize_object (indicator);
  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

/* Preconditions, each in its own subprocess. */

static void
precondition_new_null (void)
{
  g_assert_null (focal_indicator_new (NULL, 1));
}

static void
precondition_new_empty (void)
{
  g_assert_null (focal_indicator_new ("", 1));
}

static void
precondition_new_nan (void)
{
  g_assert_null (focal_indicator_new ("staff", NAN));
}

static void
precondition_missing_name (void)
{
  g_object_unref (g_object_new (FOCAL_TYPE_INDICATOR, NULL));
}

static void
precondition_set_value_infinite (void)
{
  g_autoptr(FocalIndicator) indicator = focal_indicator_new ("staff", 1);

  focal_indicator_set_value (indicator, INFINITY);
}

static void
precondition_set_qualifier_invalid (void)
{
  g_autoptr(FocalIndicator) indicator = focal_indicator_new ("staff", 1);

  focal_indicator_set_qualifier (indicator, (FocalQualifier) 42);
}

static void
precondition_add_citation_null (void)
{
  g_autoptr(FocalIndicator) indicator = focal_indicator_new ("staff", 1);

  focal_indicator_add_citation (indicator, NULL);
}

static void
precondition_add_citation_null_self (void)
{
  g_autoptr(FocalCitation) citation = focal_citation_new ("src-1");

  focal_indicator_add_citation (NULL, citation);
}

static void
precondition_get_bounds_null (void)
{
  double min, max;

  focal_indicator_get_bounds (NULL, &min, &max);
}

typedef struct
{
  const char *name;
  void (*run) (void);
  const char *stderr_pattern;
} Precondition;

static const Precondition preconditions[] = {
  { "new-null", precondition_new_null, "*focal_indicator_new*assertion*failed*" },
  { "new-empty", precondition_new_empty, "*focal_indicator_new*assertion*failed*" },
  { "new-nan", precondition_new_nan, "*focal_indicator_new*isfinite*" },
  { "missing-name", precondition_missing_name, "*FocalIndicator needs a non-empty name*" },
  { "set-value-infinite", precondition_set_value_infinite, "*focal_indicator_set_value*isfinite*" },
  { "set-qualifier-invalid", precondition_set_qualifier_invalid, "*focal_indicator_set_qualifier*assertion*failed*" },
  { "add-citation-null", precondition_add_citation_null, "*focal_indicator_add_citation*FOCAL_IS_CITATION*" },
  { "add-citation-null-self", precondition_add_citation_null_self, "*focal_indicator_add_citation*FOCAL_IS_INDICATOR*" },
  { "get-bounds-null", precondition_get_bounds_null, "*focal_indicator_get_bounds*FOCAL_IS_INDICATOR*" },
};

static void
test_indicator_precondition (gconstpointer data)
{
  const Precondition *precondition = data;

  if (g_test_subprocess ())
    {
      precondition->run ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr (precondition->stderr_pattern);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/indicator/new", test_indicator_new);
  g_test_add_func ("/focal/indicator/construct-properties", test_indicator_construct_properties);
  g_test_add_func ("/focal/indicator/name-construct-only", test_indicator_name_is_construct_only);
  g_test_add_func ("/focal/indicator/value", test_indicator_value);
  g_test_add_func ("/focal/indicator/qualifier", test_indicator_qualifier);
  g_test_add_func ("/focal/indicator/unit", test_indicator_unit);
  g_test_add_func ("/focal/indicator/date", test_indicator_date);
  g_test_add_func ("/focal/indicator/date-reference", test_indicator_date_reference);
  g_test_add_func ("/focal/indicator/part-of", test_indicator_part_of);
  g_test_add_func ("/focal/indicator/label", test_indicator_label);
  g_test_add_func ("/focal/indicator/bounds", test_indicator_bounds);
  g_test_add_func ("/focal/indicator/citations", test_indicator_citations);

  for (gsize i = 0; i < G_N_ELEMENTS (preconditions); i++)
    {
      g_autofree char *path = g_strconcat ("/focal/indicator/precondition/",
                                           preconditions[i].name, NULL);

      g_test_add_data_func (path, &preconditions[i], test_indicator_precondition);
    }

  return g_test_run ();
}
