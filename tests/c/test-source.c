/* test-source.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

typedef const char *(*SourceStringGetter) (FocalSource *self);
typedef void        (*SourceStringSetter) (FocalSource *self,
                                           const char  *value);

typedef struct
{
  guint one;
  guint all;
} NotifyCount;

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
check_string_property (const char         *property,
                       SourceStringGetter  get,
                       SourceStringSetter  set)
{
  g_autoptr(FocalSource) source = focal_source_new ("src-1");
  g_autofree char *copy = g_strdup ("alpha");
  g_autofree char *read = NULL;
  NotifyCount count = { 0, };

  watch_notify (source, property, &count);
  g_assert_null (get (source));

  set (source, "alpha");
  g_assert_cmpstr (get (source), ==, "alpha");
  assert_notified (&count, 1);

  /* The same text in another buffer is no change. */
  set (source, copy);
  assert_notified (&count, 1);

  g_object_set (source, property, "beta", NULL);
  g_assert_cmpstr (get (source), ==, "beta");
  assert_notified (&count, 2);

  g_object_set (source, property, "beta", NULL);
  assert_notified (&count, 2);

  g_object_get (source, property, &read, NULL);
  g_assert_cmpstr (read, ==, "beta");

  set (source, NULL);
  g_assert_null (get (source));
  assert_notified (&count, 3);

  set (source, NULL);
  assert_notified (&count, 3);

  g_assert_finalize_object (g_steal_pointer (&source));
}

static void
test_source_new (void)
{
  FocalSource *source = focal_source_new ("dfait-2005");
  g_autofree char *id = NULL;

  g_assert_true (FOCAL_IS_SOURCE (source));
  g_assert_cmpstr (focal_source_get_id (source), ==, "dfait-2005");
  g_assert_null (focal_source_get_author (source));
  g_assert_null (focal_source_get_title (source));
  g_assert_null (focal_source_get_publisher (source));
  g_assert_null (focal_source_get_url (source));
  g_assert_cmpint (focal_source_get_year (source), ==, 0);

  g_object_get (source, "id", &id, NULL);
  g_assert_cmpstr (id, ==, "dfait-2005");

  g_assert_finalize_object (source);
}

static void
test_source_construct_properties (void)
{
  FocalSource *source = g_object_new (FOCAL_TYPE_SOURCE,
                                      "id", "src-2",
                                      "author", "Jane Doe",
                                      "title", "Partners",
                                      "publisher", "DFAIT",
                                      "year", 2005,
                                      "url", "https://example.org/p.pdf",
                                      NULL);

  g_assert_cmpstr (focal_source_get_id (source), ==, "src-2");
  g_assert_cmpstr (focal_source_get_author (source), ==, "Jane Doe");
  g_assert_cmpstr (focal_source_get_title (source), ==, "Partners");
  g_assert_cmpstr (focal_source_get_publisher (source), ==, "DFAIT");
  g_assert_cmpint (focal_source_get_year (source), ==, 2005);
  g_assert_cmpstr (focal_source_get_url (source), ==, "https://example.org/p.pdf");

  g_assert_finalize_object (source);
}

static void
test_source_author (void)
{
  check_string_property ("author", focal_source_get_author, focal_source_set_author);
}

static void
test_source_title (void)
{
  check_string_property ("title", focal_source_get_title, focal_source_set_title);
}

static void
test_source_publisher (void)
{
  check_string_property ("publisher", focal_source_get_publisher, focal_source_set_publisher);
}

static void
test_source_url (void)
{
  check_string_property ("url", focal_source_get_url, focal_source_set_url);
}

static void
test_source_year (void)
{
  FocalSource *source = focal_source_new ("src-1");
  NotifyCount count = { 0, };
  int year = -1;

  watch_notify (source, "year", &count);

  focal_source_set_year (source, 2004);
  g_assert_cmpint (focal_source_get_year (source), ==, 2004);
  assert_notified (&count, 1);

  focal_source_set_year (source, 2004);
  assert_notified (&count, 1);

  g_object_set (source, "year", 9999, NULL);
  g_assert_cmpint (focal_source_get_year (source), ==, 9999);
  assert_notified (&count, 2);

  g_object_set (source, "year", 9999, NULL);
  assert_notified (&count, 2);

  g_object_get (source, "year", &year, NULL);
  g_assert_cmpint (year, ==, 9999);

  focal_source_set_year (source, 0);
  g_assert_cmpint (focal_source_get_year (source), ==, 0);
  assert_notified (&count, 3);

  g_assert_finalize_object (source);
}

static void
test_source_id_is_construct_only (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (FOCAL_TYPE_SOURCE);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "id");

  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
}

/* Preconditions, each in its own subprocess. */

static void
precondition_new_null (void)
{
  FocalSource *source = focal_source_new (NULL);

  g_assert_null (source);
}

static void
precondition_new_empty (void)
{
  FocalSource *source = focal_source_new ("");

  g_assert_null (source);
}

static void
precondition_missing_id (void)
{
  FocalSource *source = g_object_new (FOCAL_TYPE_SOURCE, NULL);

  g_object_unref (source);
}

static void
precondition_get_id_null (void)
{
  g_assert_null (focal_source_get_id (NULL));
}

static void
precondition_year_negative (void)
{
  g_autoptr(FocalSource) source = focal_source_new ("src-1");

  focal_source_set_year (source, -1);
}

static void
precondition_year_too_large (void)
{
  g_autoptr(FocalSource) source = focal_source_new ("src-1");

  focal_source_set_year (source, 10000);
}

static void
precondition_year_property_out_of_range (void)
{
  g_autoptr(FocalSource) source = focal_source_new ("src-1");

  g_object_set (source, "year", 10000, NULL);
}

static void
precondition_set_title_wrong_type (void)
{
  g_autoptr(GObject) object = g_object_new (G_TYPE_OBJECT, NULL);

  focal_source_set_title ((FocalSource *) object, "x");
}

typedef struct
{
  const char *name;
  void (*run) (void);
  const char *stderr_pattern;
} Precondition;

static const Precondition preconditions[] = {
  { "new-null", precondition_new_null, "*focal_source_new*assertion*failed*" },
  { "new-empty", precondition_new_empty, "*focal_source_new*assertion*failed*" },
  { "missing-id", precondition_missing_id, "*FocalSource needs a non-empty id*" },
  { "get-id-null", precondition_get_id_null, "*focal_source_get_id*FOCAL_IS_SOURCE*" },
  { "year-negative", precondition_year_negative, "*focal_source_set_year*year >= 0*" },
  { "year-too-large", precondition_year_too_large, "*focal_source_set_year*year >= 0*" },
  { "year-property-out-of-range", precondition_year_property_out_of_range, "*out of range*year*" },
  { "wrong-type", precondition_set_title_wrong_type, "*focal_source_set_title*FOCAL_IS_SOURCE*" },
};

static void
test_source_precondition (gconstpointer data)
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

  g_test_add_func ("/focal/source/new", test_source_new);
  g_test_add_func ("/focal/source/construct-properties", test_source_construct_properties);
  g_test_add_func ("/focal/source/id-construct-only", test_source_id_is_construct_only);
  g_test_add_func ("/focal/source/author", test_source_author);
  g_test_add_func ("/focal/source/title", test_source_title);
  g_test_add_func ("/focal/source/publisher", test_source_publisher);
  g_test_add_func ("/focal/source/url", test_source_url);
  g_test_add_func ("/focal/source/year", test_source_year);

  for (gsize i = 0; i < G_N_ELEMENTS (preconditions); i++)
    {
      g_autofree char *path = g_strconcat ("/focal/source/precondition/",
                                           preconditions[i].name, NULL);

      g_test_add_data_func (path, &preconditions[i], test_source_precondition);
    }

  return g_test_run ();
}
