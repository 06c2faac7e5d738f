/* focal-id-index.c
 *
 * SPDX-FileCopyrightText: 2026 The libfocal developers
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "focal-hash-private.h"
#include "focal-id-index-private.h"

typedef struct
{
  guint32 hash;
  guint32 value;   /* the caller's value + 1; 0 for an empty slot */
  guint32 key;     /* offset of the id in the arena */
} FocalIdSlot;

struct _FocalIdIndex
{
  FocalIdSlot *slots;
  guint        mask;        /* number of slots - 1, or 0 with no slots */
  guint        n_items;
  char        *arena;       /* the ids, each with its NUL */
  gsize        arena_length;
  gsize        arena_capacity;
  gsize        arena_garbage;  /* bytes of removed ids */
};

FocalIdIndex *
_focal_id_index_new (void)
{
  return g_new0 (FocalIdIndex, 1);
}

void
_focal_id_index_free (FocalIdIndex *index)
{
  if (index == NULL)
    return;

  g_free (index->slots);
  g_free (index->arena);
  g_free (index);
}

guint
_focal_id_index_size (FocalIdIndex *index)
{
  return index->n_items;
}

gsize
_focal_id_index_get_memory (FocalIdIndex *index)
{
  return sizeof *index + (index->slots != NULL ? (index->mask + 1) * sizeof (FocalIdSlot) : 0) +
         index->arena_capacity;
}

/* The slot that holds @id, or the empty slot where it would go. */
static FocalIdSlot *
focal_id_index_probe (FocalIdIndex *index,
                      const char   *id,
                      guint32       hash)
{
  for (guint i = hash & index->mask;; i = (i + 1) & index->mask)
    {
      FocalIdSlot *slot = &index->slots[i];

      if (slot->value == 0)
        return slot;
      if (slot->hash == hash && strcmp (index->arena + slot->key, id) == 0)
        return slot;
    }
}

gboolean
_focal_id_index_lookup (FocalIdIndex *index,
                        const char   *id,
                        guint        *value)
{
  return _focal_id_index_lookup_hashed (index, id, _focal_str_hash (id), value);
}

guint32
_focal_id_index_prefetch (FocalIdIndex *index,
                          const char   *id)
{
  guint32 hash = _focal_str_hash (id);

#if defined(__GNUC__) || defined(__clang__)
  if (index->slots != NULL)
    __builtin_prefetch (&index->slots[hash & index->mask]);
#endif

  return hash;
}

gboolean
_focal_id_index_lookup_hashed (FocalIdIndex *index,
                               const char   *id,
                               guint32       hash,
                               guint        *value)
{
  FocalIdSlot *slot;

  if (index->n_items == 0)
    return FALSE;

  slot = focal_id_index_probe (index, id, hash);
  if (slot->value == 0)
    return FALSE;

  *value = slot->value - 1;
  return TRUE;
}

static void
focal_id_index_place (FocalIdIndex      *index,
                      const FocalIdSlot *entry)
{
  guint i = entry->hash & index->mask;

  while (index->slots[i].value != 0)
    i = (i + 1) & index->mask;
  index->slots[i] = *entry;
}

static void
focal_id_index_resize (FocalIdIndex *index,
                       guint         n_slots)
{
  FocalIdSlot *old = index->slots;
  guint old_n = old != NULL ? index->mask + 1 : 0;

  index->slots = g_new0 (FocalIdSlot, n_slots);
  index->mask = n_slots - 1;
  for (guint i = 0; i < old_n; i++)
    {
      if (old[i].value != 0)
        focal_id_index_place (index, &old[i]);
    }
  g_free (old);
}

/* Copies the ids still in use into a new arena. */
static void
focal_id_index_compact (FocalIdIndex *index)
{
  gsize capacity = MAX (index->arena_length - index->arena_garbage, 64);
  char *arena = g_malloc (capacity);
  gsize length = 0;

  for (guint i = 0; i <= index->mask; i++)
    {
      FocalIdSlot *slot = &index->slots[i];
      gsize size;

      if (slot->value == 0)
        continue;
      size = strlen (index->arena + slot->key) + 1;
      memcpy (arena + length, index->arena + slot->key, size);
      slot->key = length;
      length += size;
    }

  g_free (index->arena);
  index->arena = arena;
  index->arena_length = length;
  index->arena_capacity = capacity;
  index->arena_garbage = 0;
}

void
_focal_id_index_insert (FocalIdIndex *index,
                        const char   *id,
                        guint         value)
{
  gsize size = strlen (id) + 1;
  FocalIdSlot entry;

  g_return_if_fail (value < G_MAXUINT32);

  if (index->slots == NULL || 2 * (index->n_items + 1) > index->mask + 1)
    {
      guint n_slots = index->slots == NULL ? 16 : 2 * (index->mask + 1);

      if (n_slots == 0 || n_slots > G_MAXINT32)
        g_error ("FocalIdIndex: too many ids");
      focal_id_index_resize (index, n_slots);
    }

  if (index->arena_length + size > index->arena_capacity)
    {
      gsize capacity = MAX (index->arena_capacity * 2, 256);

      while (capacity < index->arena_length + size)
        capacity *= 2;
      if (capacity > G_MAXUINT32)
        g_error ("FocalIdIndex: ids too long");
      index->arena = g_realloc (index->arena, capacity);
      index->arena_capacity = capacity;
    }

  entry.hash = _focal_str_hash (id);
  entry.value = value + 1;
  entry.key = index->arena_length;
  memcpy (index->arena + index->arena_length, id, size);
  index->arena_length += size;

  g_assert (focal_id_index_probe (index, id, entry.hash)->value == 0);
  focal_id_index_place (index, &entry);
  index->n_items++;
}

gboolean
_focal_id_index_remove (FocalIdIndex *index,
                        const char   *id)
{
  FocalIdSlot *slot;
  guint hole, i;

  if (index->n_items == 0)
    return FALSE;

  slot = focal_id_index_probe (index, id, _focal_str_hash (id));
  if (slot->value == 0)
    return FALSE;

  index->arena_garbage += strlen (index->arena + slot->key) + 1;
  index->n_items--;

  /* Shifts back every following slot that may not stay after a hole. */
  hole = slot - index->slots;
  index->slots[hole].value = 0;
  for (i = (hole + 1) & index->mask; index->slots[i].value != 0; i = (i + 1) & index->mask)
    {
      guint home = index->slots[i].hash & index->mask;

      /* Slot i may move to the hole when its home is not in (hole, i]. */
      if (((i - home) & index->mask) >= ((i - hole) & index->mask))
        {
          index->slots[hole] = index->slots[i];
          index->slots[i].value = 0;
          hole = i;
        }
    }

  if (index->n_items == 0)
    {
      index->arena_length = index->arena_garbage = 0;
    }
  else if (index->arena_garbage > 4096 && 2 * index->arena_garbage > index->arena_length)
    focal_id_index_compact (index);

  return TRUE;
}
