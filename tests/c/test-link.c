/* test-link.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <string.h>

#include <focal/focal.h>

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
attribute_changed_cb (FocalLink  *link,
                      const char *key,
                      gpointer    user_data)
{
  GPtrArray *keys = user_data;

  g_ptr_array_add (keys, g_strdup (key));
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
test_link_new (void)
{
  FocalLink *link = focal_link_new ("mexico", FOCAL_LINK_KIND_PARTY_TO, "nafta");

  g_assert_cmpstr (focal_link_get_source_id (link), ==, "mexico");
  g_assert_cmpstr (focal_link_get_target_id (link), ==, "nafta");
  g_assert_cmpint (focal_link_get_kind (link), ==, FOCAL_LINK_KIND_PARTY_TO);
  g_assert_null (focal_link_get_period (link));
  g_assert_cmpfloat (focal_link_get_weight (link), ==, 1.0);
  g_assert_null (focal_link_get_description (link));
  g_assert_cmpuint (g_list_model_get_n_items (focal_link_get_citations (link)), ==, 0);

  g_assert_finalize_object (link);
}

static void
test_link_new_properties (void)
{
  g_autoptr(FocalDate) period = parse_date ("1994/2005");
  g_autoptr(FocalDate) period_out = NULL;
  g_autofree char *source_id = NULL;
  g_autofree char *target_id = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GListModel) citations = NULL;
  FocalLinkKind kind;
  double weight;
  FocalLink *link;

  link = g_object_new (FOCAL_TYPE_LINK,
                       "source-id", "calgary",
                       "target-id", "quebec-city",
                       "kind", FOCAL_LINK_KIND_PARTNERS_WITH,
                       "period", period,
                       "weight", 2.5,
                       "description", "sister cities",
                       NULL);

  g_object_get (link,
                "source-id", &source_id,
                "target-id", &target_id,
                "kind", &kind,
                "period", &period_out,
                "weight", &weight,
                "description", &description,
                "citations", &citations,
                NULL);
  g_assert_cmpstr (source_id, ==, "calgary");
  g_assert_cmpstr (target_id, ==, "quebec-city");
  g_assert_cmpint (kind, ==, FOCAL_LINK_KIND_PARTNERS_WITH);
  g_assert_true (focal_date_equal (period_out, period));
  g_assert_cmpfloat (weight, ==, 2.5);
  g_assert_cmpstr (description, ==, "sister cities");
  g_assert_true (citations == focal_link_get_citations (link));

  g_clear_object (&citations);
  g_assert_finalize_object (link);
}

static void
test_link_default_kind (void)
{
  FocalLink *link = g_object_new (FOCAL_TYPE_LINK,
                                  "source-id", "a",
                                  "target-id", "b",
                                  NULL);

  g_assert_cmpint (focal_link_get_kind (link), ==, FOCAL_LINK_KIND_MEMBER_OF);
  g_assert_finalize_object (link);
}

static void
test_link_new_any_refused (void)
{
  if (g_test_subprocess ())
    {
      FocalLink *link = focal_link_new ("a", FOCAL_LINK_KIND_ANY, "b");

      g_assert_null (link);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*kind != FOCAL_LINK_KIND_ANY*");
}

static void
test_link_symmetric (void)
{
  g_assert_true (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_PARTNERS_WITH));
  g_assert_true (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_COOPERATES_WITH));
  g_assert_true (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_DISPUTES_WITH));

  g_assert_false (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_ANY));
  g_assert_false (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_MEMBER_OF));
  g_assert_false (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_PARTY_TO));
  g_assert_false (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_PART_OF));
  g_assert_false (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_HOSTS));
  g_assert_false (focal_link_kind_is_symmetric (FOCAL_LINK_KIND_SUCCEEDED_BY));
}

static void
test_link_other_end (void)
{
  FocalLink *link = focal_link_new ("canada", FOCAL_LINK_KIND_DISPUTES_WITH, "mexico");

  g_assert_cmpstr (focal_link_get_other_end (link, "canada"), ==, "mexico");
  g_assert_cmpstr (focal_link_get_other_end (link, "mexico"), ==, "canada");
  g_assert_null (focal_link_get_other_end (link, "usa"));

  g_assert_finalize_object (link);
}

static void
test_link_period (void)
{
  FocalLink *link = focal_link_new ("a", FOCAL_LINK_KIND_MEMBER_OF, "b");
  g_autoptr(FocalDate) period = parse_date ("1990/1999");
  g_autoptr(FocalDate) same = parse_date ("1990/1999");
  g_autoptr(FocalDate) other = parse_date ("2001");
  g_autoptr(FocalDate) out = NULL;
  guint count = 0;

  g_signal_connect (link, "notify::period", G_CALLBACK (count_notify_cb), &count);

  focal_link_set_period (link, period);
  g_assert_true (focal_link_get_period (link) == period);
  g_assert_cmpuint (count, ==, 1);

  focal_link_set_period (link, same);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (link, "period", other, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_object_get (link, "period", &out, NULL);
  g_assert_true (focal_date_equal (out, other));

  focal_link_set_period (link, NULL);
  g_assert_null (focal_link_get_period (link));
  g_assert_cmpuint (count, ==, 3);

  focal_link_set_period (link, NULL);
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (link);
}

static void
test_link_valid_at (void)
{
  FocalLink *link = focal_link_new ("mexico", FOCAL_LINK_KIND_MEMBER_OF, "apec");
  g_autoptr(FocalDate) period = parse_date ("1993/2000");
  g_autoptr(FocalDate) inside = parse_date ("1995-06-01");
  g_autoptr(FocalDate) before = parse_date ("1990");
  g_autoptr(FocalDate) overlapping = parse_date ("1999/2004");
  g_autoptr(FocalDate) after = parse_date ("2001-01");

  /* Without a period, the link holds at every date. */
  g_assert_true (focal_link_is_valid_at (link, NULL));
  g_assert_true (focal_link_is_valid_at (link, before));

  focal_link_set_period (link, period);
  g_assert_true (focal_link_is_valid_at (link, NULL));
  g_assert_true (focal_link_is_valid_at (link, inside));
  g_assert_true (focal_link_is_valid_at (link, overlapping));
  g_assert_false (focal_link_is_valid_at (link, before));
  g_assert_false (focal_link_is_valid_at (link, after));

  g_assert_finalize_object (link);
}

static void
test_link_weight (void)
{
  FocalLink *link = focal_link_new ("a", FOCAL_LINK_KIND_COOPERATES_WITH, "b");
  guint count = 0;
  double weight;

  g_signal_connect (link, "notify::weight", G_CALLBACK (count_notify_cb), &count);

  focal_link_set_weight (link, 3.0);
  g_assert_cmpfloat (focal_link_get_weight (link), ==, 3.0);
  g_assert_cmpuint (count, ==, 1);

  focal_link_set_weight (link, 3.0);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (link, "weight", 0.0, NULL);
  g_object_get (link, "weight", &weight, NULL);
  g_assert_cmpfloat (weight, ==, 0.0);
  g_assert_cmpuint (count, ==, 2);

  g_assert_finalize_object (link);
}

static void
test_link_weight_negative (void)
{
  if (g_test_subprocess ())
    {
      FocalLink *link = focal_link_new ("a", FOCAL_LINK_KIND_HOSTS, "b");

      focal_link_set_weight (link, -1.0);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*weight >= 0.0*");
}

static void
test_link_weight_nan (void)
{
  if (g_test_subprocess ())
    {
      FocalLink *link = focal_link_new ("a", FOCAL_LINK_KIND_HOSTS, "b");

      focal_link_set_weight (link, NAN);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*isfinite*");
}

static void
test_link_description (void)
{
  FocalLink *link = focal_link_new ("dfait", FOCAL_LINK_KIND_HOSTS, "cida-staff");
  g_autofree char *description = NULL;
  guint count = 0;

  g_signal_connect (link, "notify::description", G_CALLBACK (count_notify_cb), &count);

  focal_link_set_description (link, "the embassy hosts CIDA staff");
  g_assert_cmpstr (focal_link_get_description (link), ==, "the embassy hosts CIDA staff");
  g_assert_cmpuint (count, ==, 1);

  focal_link_set_description (link, "the embassy hosts CIDA staff");
  g_assert_cmpuint (count, ==, 1);

  g_object_set (link, "description", "shared premises", NULL);
  g_object_get (link, "description", &description, NULL);
  g_assert_cmpstr (description, ==, "shared premises");
  g_assert_cmpuint (count, ==, 2);

  focal_link_set_description (link, NULL);
  g_assert_null (focal_link_get_description (link));
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (link);
}

static void
test_link_attributes (void)
{
  FocalLink *link = focal_link_new ("mexico", FOCAL_LINK_KIND_PARTY_TO, "nafta");
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) keys = NULL;

  g_signal_connect (link, "attribute-changed", G_CALLBACK (attribute_changed_cb), changes);

  keys = focal_link_dup_attribute_keys (link);
  g_assert_nonnull (keys);
  g_assert_cmpuint (g_strv_length (keys), ==, 0);
  g_clear_pointer (&keys, g_strfreev);

  g_assert_null (focal_link_get_attribute (link, "role"));

  focal_link_set_attribute (link, "role", "founding party");
  focal_link_set_attribute (link, "chapter", "19");
  focal_link_set_attribute (link, "article", "1904");
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (changes, 0), ==, "role");
  g_assert_cmpstr (g_ptr_array_index (changes, 2), ==, "article");
  g_assert_cmpstr (focal_link_get_attribute (link, "role"), ==, "founding party");

  /* Setting the same value again changes nothing. */
  focal_link_set_attribute (link, "role", "founding party");
  g_assert_cmpuint (changes->len, ==, 3);

  focal_link_set_attribute (link, "role", "party");
  g_assert_cmpstr (focal_link_get_attribute (link, "role"), ==, "party");
  g_assert_cmpuint (changes->len, ==, 4);

  keys = focal_link_dup_attribute_keys (link);
  g_assert_cmpstrv (keys, ((const char * const[]) { "article", "chapter", "role", NULL }));
  g_clear_pointer (&keys, g_strfreev);

  focal_link_set_attribute (link, "chapter", NULL);
  g_assert_null (focal_link_get_attribute (link, "chapter"));
  g_assert_cmpuint (changes->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (changes, 4), ==, "chapter");

  /* Removing an absent attribute changes nothing. */
  focal_link_set_attribute (link, "chapter", NULL);
  g_assert_cmpuint (changes->len, ==, 5);

  keys = focal_link_dup_attribute_keys (link);
  g_assert_cmpstrv (keys, ((const char * const[]) { "article", "role", NULL }));

  g_assert_finalize_object (link);
}

static void
test_link_citations (void)
{
  FocalLink *link = focal_link_new ("canada", FOCAL_LINK_KIND_MEMBER_OF, "oas");
  FocalCitation *citation = focal_citation_new ("focal-2000");
  GListModel *citations = focal_link_get_citations (link);
  g_autoptr(FocalCitation) first = NULL;

  g_assert_true (g_list_model_get_item_type (citations) == FOCAL_TYPE_CITATION);

  focal_link_add_citation (link, citation);
  g_assert_cmpuint (g_list_model_get_n_items (citations), ==, 1);
  first = g_list_model_get_item (citations, 0);
  g_assert_true (first == citation);

  g_clear_object (&first);
  g_assert_finalize_object (link);
  g_assert_finalize_object (citation);
}

static void
test_link_null_self (void)
{
  if (g_test_subprocess ())
    {
      g_assert_null (focal_link_get_source_id (NULL));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*FOCAL_IS_LINK*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/focal/link/new", test_link_new);
  g_test_add_func ("/focal/link/new-properties", test_link_new_properties);
  g_test_add_func ("/focal/link/default-kind", test_link_default_kind);
  g_test_add_func ("/focal/link/new-any-refused", test_link_new_any_refused);
  g_test_add_func ("/focal/link/symmetric", test_link_symmetric);
  g_test_add_func ("/focal/link/other-end", test_link_other_end);
  g_test_add_func ("/focal/link/period", test_link_period);
  g_test_add_func ("/focal/link/valid-at", test_link_valid_at);
  g_test_add_func ("/focal/link/weight", test_link_weight);
  g_test_add_func ("/focal/link/weight-negative", test_link_weight_negative);
  g_test_add_func ("/focal/link/weight-nan", test_link_weight_nan);
  g_test_add_func ("/focal/link/description", test_link_description);
  g_test_add_func ("/focal/link/attributes", test_link_attributes);
  g_test_add_func ("/focal/link/citations", test_link_citations);
  g_test_add_func ("/focal/link/null-self", test_link_null_self);

  return g_test_run ();
}
