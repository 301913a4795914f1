"""Registered pipeline components and the pipeline that checks and runs them.

A component is a small callable class with a ``name``, the document fields it ``requires``
and the fields it ``assigns``. Components are pure: no database, network or printing.
Third-party packages add components through the ``kordon.components`` entry-point group.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib.metadata import entry_points
from types import FrameType
from typing import ClassVar, Protocol, runtime_checkable

from .document import Document
from .errors import ConfigError, InputError, PipelineError, TimeLimitError

ENTRY_POINT_GROUP = "kordon.components"

#: Fields a document has before any component runs (set by ingest).
INPUT_FIELDS = frozenset({"id", "source", "raw", "format", "meta", "url"})

_DEFAULT = (
    "clean", "lang", "dateline",
    "countries", "organizations", "places", "agencies", "persons",
    "threats", "events",
)  # fmt: skip

#: Component lists by profile name; ``fast`` is the default. ``accurate`` is the same list
#: until a slower component proves worth its cost (see docs/architecture.md).
PROFILES: dict[str, tuple[str, ...]] = {"fast": _DEFAULT, "accurate": _DEFAULT}


@runtime_checkable
class Component(Protocol):
    """What the pipeline needs of a component."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Document) -> Document: ...


#: Seconds one document may take in the pipeline unless ``KORDON_TIME_LIMIT`` or
#: ``time_limit`` says otherwise; 0 means no limit.
DEFAULT_TIME_LIMIT = 30.0
TIME_LIMIT_ENV = "KORDON_TIME_LIMIT"


def default_time_limit() -> float:
    """The per-document time limit: ``KORDON_TIME_LIMIT`` (seconds, 0 = none), else 30 s."""
    value = os.environ.get(TIME_LIMIT_ENV, "").strip()
    if not value:
        return DEFAULT_TIME_LIMIT
    try:
        seconds = float(value)
    except ValueError:
        raise ConfigError(f"{TIME_LIMIT_ENV}={value!r} is not a number of seconds") from None
    if seconds < 0 or seconds != seconds:
        raise ConfigError(f"{TIME_LIMIT_ENV} must be 0 (no limit) or a positive number of seconds")
    return seconds


class _Expired(BaseException):
    """Raised by the alarm inside a component; a BaseException so that no component's
    ``except Exception`` can swallow it."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Expired


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (SIGALRM; only in a process's main thread on POSIX,
    elsewhere a no-op: the pipeline then checks the time between components)."""
    if (
        seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_WARM = (
    ("МОСКВА, 3 марта /ТАСС/. Пограничники Таджикистана изъяли 12 кг героина. Иван Петров.", "text"),
    ("Berlin (dpa) - Die Bundespolizei hat am 5. Mai 3 Kilogramm Kokain sichergestellt.", "text"),
    (
        "<html><body><article><h1>Border</h1><p>ASTANA, 24 November (Kazinform) - Kazakhstan's "
        "border guards detained two smugglers with 40 kg of hashish.</p></article></body></html>",
        "html",
    ),
)

_REGISTRY: dict[str, Callable[[], Component]] = {}
_ENTRY_POINTS_LOADED = False


def register(factory: type[Component]) -> type[Component]:
    """Class decorator: make a component available by its ``name``."""
    _REGISTRY[factory.name] = factory
    return factory


def _builtin() -> None:
    # importing the modules registers their components
    from . import clean, dateline, entities, events, lang, persons, threats  # noqa: F401


def _load_entry_points() -> None:
    global _ENTRY_POINTS_LOADED
    if _ENTRY_POINTS_LOADED:
        return
    _ENTRY_POINTS_LOADED = True
    _builtin()
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in _REGISTRY:
            continue
        try:
            _REGISTRY[ep.name] = ep.load()
        except Exception as exc:  # a broken plug-in must not break the rest
            raise PipelineError(f"component {ep.name!r} from {ep.value} cannot be loaded: {exc}") from exc


def available() -> dict[str, Callable[[], Component]]:
    """All registered components by name (built-ins and entry points)."""
    _load_entry_points()
    return dict(sorted(_REGISTRY.items()))


def get(name: str) -> Callable[[], Component]:
    comps = available()
    if name not in comps:
        raise PipelineError(f"unknown component {name!r}; available: {', '.join(comps)}")
    return comps[name]


class Pipeline:
    """An ordered list of components whose ``requires`` are met by earlier ``assigns``.

    ``time_limit`` (seconds; default :func:`default_time_limit`, 0 = none) bounds one document:
    a document that takes longer raises :class:`~kordon.errors.TimeLimitError`. In a process's
    main thread an alarm interrupts the running component (Python code and regex matching);
    in other threads the limit is checked between components.
    """

    def __init__(self, components: Sequence[Component], *, time_limit: float | None = None) -> None:
        have = set(INPUT_FIELDS)
        for comp in components:
            missing = [f for f in comp.requires if f not in have]
            if missing:
                raise PipelineError(
                    f"component {comp.name!r} requires {', '.join(missing)}, "
                    "which no earlier component assigns"
                )
            have.update(comp.assigns)
        self.components = list(components)
        self.time_limit = default_time_limit() if time_limit is None else time_limit
        self.timings: dict[str, float] = {c.name: 0.0 for c in components}

    @classmethod
    def from_profile(
        cls,
        profile: str = "fast",
        *,
        disable: Iterable[str] = (),
        add: Iterable[str] = (),
        time_limit: float | None = None,
    ) -> Pipeline:
        """Build a profile's pipeline, without the ``disable`` d and with ``add`` ed components."""
        if profile not in PROFILES:
            raise PipelineError(f"unknown profile {profile!r}; profiles: {', '.join(PROFILES)}")
        off = set(disable)
        names = [n for n in PROFILES[profile] if n not in off]
        names += [n for n in add if n not in names]
        unknown = off - set(available())
        if unknown:
            raise PipelineError(f"cannot disable unknown component(s): {', '.join(sorted(unknown))}")
        return cls([get(n)() for n in names], time_limit=time_limit)

    def warm(self, freeze: bool = True) -> Pipeline:
        """Run a few small documents (ru, de, en; text and HTML) through every component without
        the time limit, so that loading lexicons and models is not charged to the first real
        document; timings are reset afterwards.

        With ``freeze``, everything loaded so far is then moved out of the garbage collector's
        generations (:func:`gc.freeze`): the half million objects of the lexicons and models
        live as long as the process, and each full collection would traverse them again (about
        a tenth of the processing time), and in forked workers copy their memory pages.
        """
        limit, self.time_limit = self.time_limit, 0
        try:
            for n, (raw, fmt) in enumerate(_WARM):
                self(Document(id=f"warm{n}", source="warm-up", raw=raw, format=fmt))
        finally:
            self.time_limit = limit
            self.timings = dict.fromkeys(self.timings, 0.0)
        if freeze:
            gc.collect()
            gc.freeze()
        return self

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Document:
        limit = self.time_limit
        start = time.perf_counter()
        comp: Component | None = None
        try:
            with _alarm(limit):
                for comp in self.components:
                    t0 = time.perf_counter()
                    try:
                        doc = comp(doc)
                    except InputError:
                        raise  # the input is at fault (e.g. no text), not the component
                    except Exception as exc:
                        raise PipelineError(f"{doc.source}: component {comp.name!r} failed: {exc}") from exc
                    t1 = time.perf_counter()
                    self.timings[comp.name] += t1 - t0
                    doc.trace.append(comp.name)
                    if limit and t1 - start > limit:
                        raise _Expired
        except _Expired:
            where = f" (in component {comp.name!r})" if comp is not None else ""
            raise TimeLimitError(
                f"{doc.source}: processing took longer than the {limit:g} s time limit{where}; "
                "raise it with --time-limit or KORDON_TIME_LIMIT"
            ) from None
        return doc
