/* test-citation.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <focal/focal.h>

typedef const char *(*CitationStringGetter) (FocalCitation *self);
typedef void        (*CitationStringSetter) (FocalCitation *self,
                                             const char    *value);

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
check_string_property (const char           *property,
                       CitationStringGetter  get,
                       CitationStringSetter  set)
{
  g_autoptr(FocalCitation) citation = focal_citation_new ("src-1");
  g_autofree char *copy = g_strdup ("4-5");
  g_autofree char *read = NULL;
  NotifyCount count = { 0, };

  watch_notify (citation, property, &count);
  g_assert_null (get (citation));

  set (citation, "4-5");
  g_assert_cmpstr (get (citation), ==, "4-5");
  assert_notified (&count, 1);

  /* The same text in another buffer is no change. */
  set (citation, copy);
  assert_notified (&count, 1);

  g_object_set (citation, property, "Annex B", NULL);
  g_assert_cmpstr (get (citation), ==, "Annex B");
  assert_notified (&count, 2);

  g_object_set (citation, property, "Annex B", NULL);
  assert_notified (&count, 2);

  g_object_get (citation, property, &read, NULL);
  g_assert_cmpstr (read, ==, "Annex B");

  set (citation, NULL);
  g_assert_null (get (citation));
  assert_notified (&count, 3);

  set (citation, NULL);
  assert_notified (&count, 3);

  g_assert_finalize_object (g_steal_pointer (&citation));
}

static void
test_citation_new (void)
{
  FocalCitation *citation = focal_citation_new ("dfait-2005");
  g_autofree char *source_id = NULL;

  g_assert_true (FOCAL_IS_CITATION (citation));
  g_assert_cmpstr (focal_citation_get_source_id (citation), ==, "dfait-2005");
  g_assert_null (focal_citation_get_section (citation));
  g_assert_null (focal_citation_get_page (citation));
  g_assert_cmpuint (focal_citation_get_note (citation), ==, 0);
  g_assert_null (focal_citation_get_quote (citation));

  g_object_get (citation, "source-id", &source_id, NULL);
  g_assert_cmpstr (source_id, ==, "dfait-2005");

  g_assert_finalize_object (citation);
}

static void
test_citation_construct_properties (void)
{
  FocalCitation *citation = g_object_new (FOCAL_TYPE_CITATION,
                                          "source-id", "src-2",
                                          "section", "Trade",
                                          "page", "12",
                                          "note", 7u,
                                          "quote", "about US$12 billion",
                                          NULL);

  g_assert_cmpstr (focal_citation_get_source_id (citation), ==, "src-2");
  g_assert_cmpstr (focal_citation_get_section (citation), ==, "Trade");
  g_assert_cmpstr (focal_citation_get_page (citation), ==, "12");
  g_assert_cmpuint (focal_citation_get_note (citation), ==, 7);
  g_assert_cmpstr (focal_citation_get_quote (citation), ==, "about US$12 billion");

  g_assert_finalize_object (citation);
}

static void
test_citation_section (void)
{
  check_string_property ("section", focal_citation_get_section, focal_citation_set_section);
}

static void
test_citation_page (void)
{
  check_string_property ("page", focal_citation_get_page, focal_citation_set_page);
}

static void
test_citation_quote (void)
{
  check_string_property ("quote", focal_citation_get_quote, focal_citation_set_quote);
}

static void
test_citation_note (void)
{
  FocalCitation *citation = focal_citation_new ("src-1");
  NotifyCount count = { 0, };
  guint note = 0;

  watch_notify (citation, "note", &count);

  focal_citation_set_note (citation, 12);
  g_assert_cmpuint (focal_citation_get_note (citation), ==, 12);
  assert_notified (&count, 1);

  focal_citation_set_note (citation, 12);
  assert_notified (&count, 1);

  g_object_set (citation, "note", 13u, NULL);
  g_assert_cmpuint (focal_citation_get_note (citation), ==, 13);
  assert_notified (&count, 2);

  g_object_set (citation, "note", 13u, NULL);
  assert_notified (&count, 2);

  g_object_get (citation, "note", &note, NULL);
  g_assert_cmpuint (note, ==, 13);

  focal_citation_set_note (citation, 0);
  g_assert_cmpuint (focal_citation_get_note (citation), ==, 0);
  assert_notified (&count, 3);

  g_assert_finalize_object (citation);
}

static void
test_citation_source_id_is_construct_only (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (FOCAL_TYPE_CITATION);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "source-id");

  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
}

/* Preconditions, each in its own subprocess. */

static void
precondition_new_null (void)
{
  g_assert_null (focal_citation_new (NULL));
}

static void
precondition_new_empty (void)
{
  g_assert_null (focal_citation_new (""));
}

static void
precondition_missing_source_id (void)
{
  g_object_unref (g_object_new (FOCAL_TYPE_CITATION, NULL));
}

static void
precondition_get_note_null (void)
{
  g_assert_cmpuint (focal_citation_get_note (NULL), ==, 0);
}

static void
precondition_set_page_null_self (void)
{
  focal_citation_set_page (NULL, "4");
}

typedef struct
{
  const char *name;
  void (*run) (void);
  const char *stderr_pattern;
} Precondition;

static const Precondition preconditions[] = {
  { "new-null", precondition_new_null, "*focal_citation_new*assertion*failed*" },
  { "new-empty", precondition_new_empty, "*focal_citation_new*assertion*failed*" },
  { "missing-source-id", precondition_missing_source_id, "*FocalCitation needs a non-empty source-id*" },
  { "get-note-null", precondition_get_note_null, "*focal_citation_get_note*FOCAL_IS_CITATION*" },
  { "set-page-null", precondition_set_page_null_self, "*focal_citation_set_page*FOCAL_IS_CITATION*" },
};

static void
test_citation_precondition (gconstpointer data)
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

  g_test_add_func ("/focal/citation/new", test_citation_new);
  g_test_add_func ("/focal/citation/construct-properties", test_citation_construct_properties);
  g_test_add_func ("/focal/citation/source-id-construct-only", test_citation_source_id_is_construct_only);
  g_test_add_func ("/focal/citation/section", test_citation_section);
  g_test_add_func ("/focal/citation/page", test_citation_page);
  g_test_add_func ("/focal/citation/note", test_citation_note);
  g_test_add_func ("/focal/citation/quote", test_citation_quote);

  for (gsize i = 0; i < G_N_ELEMENTS (preconditions); i++)
    {
      g_autofree char *path = g_strconcat ("/focal/citation/precondition/",
                                           preconditions[i].name, NULL);

      g_test_add_data_func (path, &preconditions[i], test_citation_precondition);
    }

  return g_test_run ();
}
