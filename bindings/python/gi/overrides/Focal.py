# Focal.py: PyGObject overrides for libfocal
#
# SPDX-FileCopyrightText: 2026 The libfocal developers
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Pythonic conveniences over the introspected C API. Everything here wraps
# C functions that the C, Python and GJS test suites already cover; the
# overrides themselves are tested in tests/python/test_overrides.py.
#
#   from gi.repository import Focal
#
#   document = Focal.Document.canada_mexico_2004()    # the embedded dataset
#   graph = document.props.graph
#   graph["ife"]                        # <Focal.Actor 'ife' agency MX>
#   "ife" in graph                      # True
#   [e.props.id for e in graph]         # every entity
#   Focal.Date("1989/1999")             # Focal.Date('1989/1999')
#   Focal.Actor(id="ife", kind=Focal.ActorKind.AGENCY, country="MX")
#   graph.to_networkx()                 # a networkx.MultiDiGraph
#   graph.to_dataframes()["actors"]     # a pandas.DataFrame
#
# networkx and pandas are imported only when a conversion needs them.

import datetime
import os

from gi.repository import Gio

from ..module import get_introspection_module
from ..overrides import override

Focal = get_introspection_module("Focal")

__all__ = []

# The upper bound of an unbounded FocalCount (G_MAXUINT).
_COUNT_UNBOUNDED = 0xFFFFFFFF

_QUALIFIER_SIGNS = {
    "exact": "=",
    "approximate": "~",
    "at-least": ">=",
    "at-most": "<=",
    "more-than": ">",
    "fewer-than": "<",
}


def _nick(value):
    """The nick of an enum value ("agency"), or None."""
    return value.value_nick if value is not None else None


def _date_text(date):
    """The EDTF text of a FocalDate, or None."""
    return date.to_string() if date is not None else None


def _date_years(date):
    """The first and last year a FocalDate covers: (1990, 1999) for "199X".

    An open or unknown end gives None on that side; no date gives
    (None, None).
    """
    if date is None:
        return None, None
    first = date.get_first_day()
    last = date.get_last_day()
    # Day numbers are proleptic Gregorian ordinals, as date.toordinal().
    first_year = datetime.date.fromordinal(first).year if first >= 1 else None
    last_year = (datetime.date.fromordinal(last).year
                 if 1 <= last <= datetime.date.max.toordinal() else None)
    return first_year, last_year


def _require(module, what, debian_package):
    try:
        return __import__(module)
    except ImportError as e:
        raise ImportError(
            f"{what} needs the {module} module, which cannot be imported "
            f"({e}); on Debian install {debian_package}, elsewhere "
            f"`pip install {module}`") from e


# ---------------------------------------------------------------- Date

class Date(Focal.Date):
    """An EDTF date or interval: ``Focal.Date("1989/1999")``.

    ``Focal.Date(text)`` is ``Focal.Date.new_from_string(text)``: a malformed
    text raises ``GLib.Error`` (``Focal.Error.PARSE``). ``str()`` gives the
    EDTF text; dates compare and hash with ``Focal.Date.equal`` and
    ``Focal.Date.hash``.
    """

    def __new__(cls, text):
        if not isinstance(text, str):
            raise TypeError(
                f"Focal.Date() takes EDTF text such as '2004' or '1989/1999', "
                f"not {type(text).__name__}; see also Focal.Date.new()")
        return Focal.Date.new_from_string(text)

    def __init__(self, *args, **kwargs):
        # Everything happened in __new__; boxed kwargs would be ignored.
        pass

    def __str__(self):
        return self.to_string()

    def __repr__(self):
        return f"Focal.Date({self.to_string()!r})"

    def __eq__(self, other):
        if not isinstance(other, Focal.Date):
            return NotImplemented
        return Focal.Date.equal(self, other)

    def __ne__(self, other):
        if not isinstance(other, Focal.Date):
            return NotImplemented
        return not Focal.Date.equal(self, other)

    def __hash__(self):
        return self.hash()


Date = override(Date)
__all__.append("Date")


# ---------------------------------------------------------------- entities

class Entity(Focal.Entity):
    """Adds a readable ``repr()`` and checked keyword construction.

    ``Focal.Actor(id="ife", kind=Focal.ActorKind.AGENCY)`` needs an ``id``
    (a ``TypeError`` otherwise): it is the entity's identity and cannot be
    set later.
    """

    def __init__(self, **kwargs):
        ident = kwargs.get("id")
        if not isinstance(ident, str) or not ident:
            name = type(self).__name__
            raise TypeError(f"Focal.{name}() needs an id, as in Focal.{name}(id='...', ...)")
        super().__init__(**kwargs)

    def _repr_details(self):
        return []

    def __repr__(self):
        parts = [repr(self.props.id)]
        parts.extend(str(p) for p in self._repr_details() if p is not None)
        return f"<Focal.{type(self).__name__} {' '.join(parts)}>"


Entity = override(Entity)
__all__.append("Entity")


class Actor(Focal.Actor, Entity):
    """``<Focal.Actor 'ife' agency MX>``.

    A ``country`` keyword goes through ``set_country()``, so a malformed
    code raises ``GLib.Error`` (``Focal.Error.INVALID_VALUE``).
    """

    def __init__(self, country=None, **kwargs):
        super().__init__(**kwargs)
        if country is not None:
            self.set_country(country)

    def _repr_details(self):
        return [_nick(self.props.kind), self.props.country]


Actor = override(Actor)
__all__.append("Actor")


class Agreement(Focal.Agreement, Entity):
    """``<Focal.Agreement 'nafta' trade-agreement in-force>``."""

    def _repr_details(self):
        return [_nick(self.props.kind), _nick(self.props.status)]


Agreement = override(Agreement)
__all__.append("Agreement")


class Forum(Focal.Forum, Entity):
    """``<Focal.Forum 'jmc' joint-committee>``."""

    def _repr_details(self):
        return [_nick(self.props.kind)]


Forum = override(Forum)
__all__.append("Forum")


class Issue(Focal.Issue, Entity):
    """``<Focal.Issue 'ftaa-issue' trade>``: the issue's area."""

    def _repr_details(self):
        return [_nick(self.props.area)]


Issue = override(Issue)
__all__.append("Issue")


class Position(Focal.Position, Entity):
    """``<Focal.Position 'pos-mx-ftaa-1994' mexico on ftaa 1994 stance=-0.25 'lukewarm'>``.

    Labels longer than 40 characters are cut short with an ellipsis.

    A ``stance`` keyword goes through ``set_stance()``, so a stance outside
    [-1, 1] raises ``GLib.Error`` (``Focal.Error.OUT_OF_RANGE``).
    """

    def __init__(self, stance=None, **kwargs):
        super().__init__(**kwargs)
        if stance is not None:
            self.set_stance(stance)

    def _repr_details(self):
        details = [self.props.actor_id, "on", self.props.issue_id,
                   _date_text(self.props.date)]
        if self.props.has_stance:
            details.append(f"stance={self.props.stance:g}")
        label = self.props.label
        if label is not None:
            details.append(repr(label if len(label) <= 40 else label[:39] + "…"))
        return details


Position = override(Position)
__all__.append("Position")


class Event(Focal.Event, Entity):
    """``<Focal.Event 'jmc-meetings-1968-1999' meeting 1968/1999 count=13>``.

    The count of an aggregate is shown with its qualifier: ``count>25``
    for "over 25 times", ``count~50`` for "about 50".
    """

    def _repr_details(self):
        details = [_nick(self.props.kind), _date_text(self.props.date)]
        if self.props.aggregate:
            sign = _QUALIFIER_SIGNS.get(_nick(self.props.count_qualifier), "=")
            details.append(f"count{sign}{self.props.count}")
        return details


Event = override(Event)
__all__.append("Event")


# ---------------------------------------------------------------- links, counts

class Link(Focal.Link):
    """``<Focal.Link elections-canada cooperates-with ife 1996/..>``."""

    def __repr__(self):
        parts = [self.props.source_id, _nick(self.props.kind), self.props.target_id]
        if self.props.period is not None:
            parts.append(self.props.period.to_string())
        if self.props.weight != 1.0:
            parts.append(f"weight={self.props.weight:g}")
        return f"<Focal.Link {' '.join(parts)}>"


Link = override(Link)
__all__.append("Link")


class Count(Focal.Count):
    """``<Focal.Count 8 exact 1968/1988>``, ``<Focal.Count 5..7 1989/1999>``.

    An unbounded count (the sources give no upper bound) shows as
    ``24..``; its ``upper`` is ``None``.
    """

    @property
    def upper(self):
        """The upper bound, or None when the sources give none."""
        return None if self.props.max == _COUNT_UNBOUNDED else self.props.max

    def __repr__(self):
        low, high = self.props.min, self.upper
        if self.props.exact:
            text = f"{low} exact"
        elif high is None:
            text = f"{low}.."
        else:
            text = f"{low}..{high}"
        period = _date_text(self.props.period)
        return f"<Focal.Count {text}{' ' + period if period else ''}>"


Count = override(Count)
__all__.append("Count")


# ---------------------------------------------------------------- conversions

def _view_contents(graph, view):
    """The entities and links of @view, or of all @graph when @view is None."""
    if view is None:
        return list(graph), list(graph.get_links())
    if not isinstance(view, Focal.View):
        raise TypeError(f"expected a Focal.View, not {type(view).__name__}")
    if view.get_graph() != graph:
        raise ValueError("the view is a view of another graph")
    return list(view.dup_entities()), list(view.dup_links())


def _entity_kind(entity):
    """The nick of an entity's own kind; an issue's area; None for positions."""
    if isinstance(entity, Focal.Issue):
        return _nick(entity.props.area)
    if isinstance(entity, (Focal.Actor, Focal.Agreement, Focal.Forum, Focal.Event)):
        return _nick(entity.props.kind)
    return None


def _to_networkx(graph, view, actors_only):
    nx = _require("networkx", "to_networkx()", "python3-networkx")
    entities, links = _view_contents(graph, view)
    result = nx.MultiDiGraph()
    for entity in entities:
        is_actor = isinstance(entity, Focal.Actor)
        if actors_only and not is_actor:
            continue
        result.add_node(entity.props.id, **{
            "kind-name": entity.props.kind_name,
            "kind": _entity_kind(entity),
            "name": entity.props.name,
            "country": entity.props.country if is_actor else None,
            "level": _nick(entity.props.level) if is_actor else None,
        })
    for link in links:
        source, target = link.props.source_id, link.props.target_id
        if source in result and target in result:
            result.add_edge(source, target,
                            kind=_nick(link.props.kind),
                            period=_date_text(link.props.period),
                            weight=link.props.weight)
    return result


_ACTOR_COLUMNS = ["id", "name", "kind", "country", "level", "parent_id", "tags", "valid"]
_LINK_COLUMNS = ["source_id", "kind", "target_id", "period", "start_year", "end_year",
                 "weight", "description"]
_POSITION_COLUMNS = ["id", "actor_id", "issue_id", "date", "year", "stance", "label"]
_EVENT_COLUMNS = ["id", "name", "kind", "date", "start_year", "end_year", "forum_id",
                  "parent_id", "participants", "aggregate", "count", "count_qualifier"]


def _to_dataframes(graph, view):
    pd = _require("pandas", "to_dataframes()", "python3-pandas")
    entities, links = _view_contents(graph, view)
    actors, positions, events = [], [], []

    for entity in entities:
        if isinstance(entity, Focal.Actor):
            actors.append([entity.props.id, entity.props.name, _nick(entity.props.kind),
                           entity.props.country, _nick(entity.props.level),
                           entity.props.parent_id, list(entity.props.tags or []),
                           _date_text(entity.props.valid)])
        elif isinstance(entity, Focal.Position):
            date = entity.props.date
            positions.append([entity.props.id, entity.props.actor_id, entity.props.issue_id,
                              _date_text(date), _date_years(date)[0],
                              entity.props.stance if entity.props.has_stance else float("nan"),
                              entity.props.label])
        elif isinstance(entity, Focal.Event):
            date = entity.props.date
            aggregate = entity.props.aggregate
            events.append([entity.props.id, entity.props.name, _nick(entity.props.kind),
                           _date_text(date), *_date_years(date), entity.props.forum_id,
                           entity.props.parent_id, list(entity.props.participants or []),
                           aggregate, entity.props.count if aggregate else None,
                           _nick(entity.props.count_qualifier) if aggregate else None])

    link_rows = [[link.props.source_id, _nick(link.props.kind), link.props.target_id,
                  _date_text(link.props.period), *_date_years(link.props.period),
                  link.props.weight, link.props.description]
                 for link in links]

    def frame(rows, columns, integers=()):
        df = pd.DataFrame(rows, columns=columns)
        for column in integers:
            df[column] = df[column].astype("Int64")
        return df

    return {
        "actors": frame(actors, _ACTOR_COLUMNS),
        "links": frame(link_rows, _LINK_COLUMNS, ("start_year", "end_year")),
        "positions": frame(positions, _POSITION_COLUMNS, ("year",)),
        "events": frame(events, _EVENT_COLUMNS, ("start_year", "end_year", "count")),
    }


_TO_DATAFRAMES_DOC = """
        Returns a dict of pandas DataFrames, one row per record:

        - ``"actors"``: id, name, kind, country, level (the effective
          level), parent_id, tags (a list), valid (EDTF text);
        - ``"links"``: source_id, kind, target_id, period (EDTF text),
          start_year, end_year, weight, description;
        - ``"positions"``: id, actor_id, issue_id, date (EDTF text), year
          (the first year of the date), stance (NaN without one), label;
        - ``"events"``: id, name, kind, date (EDTF text), start_year,
          end_year, forum_id, parent_id, participants (a list), aggregate,
          count and count_qualifier (for aggregates only).

        Enum values are their nicks ("agency", "cooperates-with"). Years
        are nullable integers (``Int64``): missing for no date and for the
        open end of an interval. Raises ImportError when pandas is missing.
"""

_TO_NETWORKX_DOC = """
        Returns a networkx.MultiDiGraph with one node per entity (or per
        actor, with actors_only) and one edge per link between two of its
        nodes, in the link's direction.

        Node attributes: "kind-name" ("actor", "forum" …), "kind" (the nick
        of the entity's own kind; an issue's area; None for positions),
        "name", "country" and "level" (actors only, None otherwise). Edge
        attributes: "kind" (the link kind's nick), "period" (EDTF text or
        None) and "weight". Raises ImportError when networkx is missing.
"""


# ---------------------------------------------------------------- graph, view

class Graph(Focal.Graph):
    """A graph is a read-only mapping of ids to entities.

    ``graph["ife"]`` looks an entity up (``KeyError`` if there is none),
    ``"ife" in graph`` tests for one, and ``for entity in graph`` visits
    every entity: actors, agreements, forums, issues, positions, then
    events, each in the graph's order.
    """

    def __getitem__(self, ident):
        if not isinstance(ident, str):
            raise TypeError(f"entity ids are strings, not {type(ident).__name__}")
        entity = self.lookup(ident)
        if entity is None:
            raise KeyError(ident)
        return entity

    def __contains__(self, item):
        if isinstance(item, Focal.Entity):
            return self.lookup(item.props.id) == item
        if not isinstance(item, str):
            raise TypeError(f"entity ids are strings, not {type(item).__name__}")
        return self.lookup(item) is not None

    def __iter__(self):
        for model in (self.get_actors(), self.get_agreements(), self.get_forums(),
                      self.get_issues(), self.get_positions(), self.get_events()):
            yield from model

    def to_networkx(self, view=None, actors_only=False):
        return _to_networkx(self, view, actors_only)

    def to_dataframes(self):
        return _to_dataframes(self, None)

    def link_table(self):
        """The links as numpy arrays, one per column, without an object per link.

        Returns a dict of arrays of the same length, in the order of
        ``get_links()``: ``source`` and ``target`` (uint32 node numbers),
        ``kind`` (uint8 ``Focal.LinkKind`` values), ``first_day`` and
        ``last_day`` (int32 day numbers of the period, as
        ``Focal.Date.get_first_day()`` counts them; the int32 minimum and
        maximum for no period or an open end) and ``weight`` (float64),
        plus ``node_ids``: the id of each node number (an empty string for
        the number of a removed entity). The arrays are read-only copies.

        >>> t = graph.link_table()
        >>> ids = t["node_ids"]
        >>> held = t["first_day"] <= day
        """
        numpy = _require("numpy", "link_table()", "python3-numpy")
        L = Focal.LinkColumn
        dtypes = (("source", L.SOURCE, numpy.uint32), ("target", L.TARGET, numpy.uint32),
                  ("kind", L.KIND, numpy.uint8), ("first_day", L.FIRST_DAY, numpy.int32),
                  ("last_day", L.LAST_DAY, numpy.int32), ("weight", L.WEIGHT, numpy.float64))
        table = {}
        for name, column, dtype in dtypes:
            data = self.dup_link_column(column).get_data() or b""
            table[name] = numpy.frombuffer(data, dtype=dtype)
        table["node_ids"] = list(self.dup_node_ids())
        return table

    to_networkx.__doc__ = """The graph, or a view of it, as networkx data.
""" + _TO_NETWORKX_DOC
    to_dataframes.__doc__ = """The graph as pandas tables.
""" + _TO_DATAFRAMES_DOC


Graph = override(Graph)
__all__.append("Graph")


class View(Focal.View):
    """Adds conversions of what the view shows to networkx and pandas."""

    def to_networkx(self, actors_only=False):
        return _to_networkx(self.get_graph(), self, actors_only)

    def to_dataframes(self):
        return _to_dataframes(self.get_graph(), self)

    to_networkx.__doc__ = """What the view shows, as networkx data.
""" + _TO_NETWORKX_DOC
    to_dataframes.__doc__ = """What the view shows, as pandas tables.
""" + _TO_DATAFRAMES_DOC


View = override(View)
__all__.append("View")


# ---------------------------------------------------------------- documents

class Document(Focal.Document):
    """Adds one-call loading: ``Focal.Document.load("corpus.json")``."""

    @classmethod
    def load(cls, source, flags=Focal.LoadFlags.NONE, cancellable=None):
        """A new document loaded from a path (str or os.PathLike) or a Gio.File.

        Raises GLib.Error as load_from_file() does; messages name the file
        by its basename.
        """
        if isinstance(source, Gio.File):
            file = source
        elif isinstance(source, (str, bytes, os.PathLike)):
            file = Gio.File.new_for_path(os.fsdecode(os.fspath(source)))
        else:
            raise TypeError(f"expected a path or a Gio.File, not {type(source).__name__}")
        document = Focal.Document.new()
        document.load_from_file(file, flags, cancellable)
        return document

    @classmethod
    def canada_mexico_2004(cls, flags=Focal.LoadFlags.NONE):
        """A new document holding the Canada–Mexico dataset built into libfocal.

        It is the resource Focal.DATASET_CANADA_MEXICO_2004: everything
        FOCAL's 2004 paper states about the relationship, with citations.
        """
        document = Focal.Document.new()
        document.load_from_resource(Focal.DATASET_CANADA_MEXICO_2004, flags)
        return document


Document = override(Document)
__all__.append("Document")
