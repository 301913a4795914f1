"""Kordon: evidence-backed structured data on transnational security cooperation.

>>> import kordon
>>> doc = kordon.process("MINSK, 24 November (BelTA) – Talks were held.")
>>> doc.dateline.place, doc.dateline.agency
('Minsk', 'BelTA')
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from . import _threads  # noqa: F401  (first: before anything imports numpy)
from .document import Dateline, DateValue, Document, Event, Fact, Mention, Span
from .errors import ConfigError, InputError, KordonError, NotFoundError, PipelineError, StoreError
from .export import exchange, record
from .ingest import read
from .pipeline import Component, Pipeline, available, register
from .store import Store

try:
    __version__ = version("kordon")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Component",
    "ConfigError",
    "DateValue",
    "Dateline",
    "Document",
    "Event",
    "Fact",
    "InputError",
    "KordonError",
    "Mention",
    "NotFoundError",
    "Pipeline",
    "PipelineError",
    "Span",
    "Store",
    "StoreError",
    "__version__",
    "available",
    "exchange",
    "process",
    "read",
    "record",
    "register",
]


def process(
    text: str,
    *,
    id: str = "text",
    format: str = "text",
    lang: str | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Run the default pipeline over one text (or HTML with ``format="html"``)."""
    doc = Document(id=id, source=id, raw=text, format=format, meta={"lang": lang} if lang else {})
    return (pipeline or Pipeline.from_profile())(doc)
