"""Registered pipeline components and the pipeline that checks and runs them.

A component is a small callable class with a ``name``, the document fields it ``requires``
and the fields it ``assigns``. Components are pure: no database, network or printing.
Third-party packages add components through the ``kordon.components`` entry-point group.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from importlib.metadata import entry_points
from typing import ClassVar, Protocol, runtime_checkable

from .document import Document
from .errors import PipelineError

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
    """An ordered list of components whose ``requires`` are met by earlier ``assigns``."""

    def __init__(self, components: Sequence[Component]) -> None:
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
        self.timings: dict[str, float] = {c.name: 0.0 for c in components}

    @classmethod
    def from_profile(
        cls,
        profile: str = "fast",
        *,
        disable: Iterable[str] = (),
        add: Iterable[str] = (),
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
        return cls([get(n)() for n in names])

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Document:
        for comp in self.components:
            t0 = time.perf_counter()
            try:
                doc = comp(doc)
            except Exception as exc:
                raise PipelineError(f"{doc.source}: component {comp.name!r} failed: {exc}") from exc
            self.timings[comp.name] += time.perf_counter() - t0
            doc.trace.append(comp.name)
        return doc
