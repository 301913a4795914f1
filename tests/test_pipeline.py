from __future__ import annotations

from typing import ClassVar

import pytest

from kordon import Document, Pipeline, PipelineError, available, register
from kordon.pipeline import PROFILES


def test_builtin_components_are_registered_with_their_contracts() -> None:
    comps = available()
    assert {"clean", "lang", "dateline"} <= set(comps)
    assert "text" in comps["clean"].assigns  # type: ignore[attr-defined]
    assert "text" in comps["dateline"].requires  # type: ignore[attr-defined]


def test_requires_are_checked_when_the_pipeline_is_built() -> None:
    with pytest.raises(PipelineError, match="requires text"):
        Pipeline([available()["lang"]()])


def test_disable_and_unknown_components() -> None:
    pipe = Pipeline.from_profile("fast", disable=["places"])
    assert pipe.names == [n for n in PROFILES["fast"] if n != "places"]
    with pytest.raises(PipelineError, match="'places' requires dateline"):
        Pipeline.from_profile("fast", disable=["dateline"])
    with pytest.raises(PipelineError, match="unknown component"):
        Pipeline.from_profile("fast", add=["nope"])
    with pytest.raises(PipelineError, match="unknown profile"):
        Pipeline.from_profile("turbo")


def test_a_user_component_can_be_registered_and_added() -> None:
    @register
    class Shout:
        name: ClassVar[str] = "shout"
        requires: ClassVar[tuple[str, ...]] = ("text",)
        assigns: ClassVar[tuple[str, ...]] = ("meta",)

        def __call__(self, doc: Document) -> Document:
            doc.meta["shout"] = doc.text.upper()
            return doc

    pipe = Pipeline.from_profile("fast", add=["shout"])
    doc = pipe(Document(id="x", source="x", raw="hello world"))
    assert doc.meta["shout"] == "HELLO WORLD"
    assert doc.trace[-1] == "shout" and doc.trace[:3] == ["clean", "lang", "dateline"]


def test_a_failing_component_names_the_document() -> None:
    @register
    class Broken:
        name: ClassVar[str] = "broken"
        requires: ClassVar[tuple[str, ...]] = ()
        assigns: ClassVar[tuple[str, ...]] = ()

        def __call__(self, doc: Document) -> Document:
            raise ValueError("boom")

    with pytest.raises(PipelineError, match="doc.txt: component 'broken' failed: boom"):
        Pipeline([Broken()])(Document(id="d", source="doc.txt", raw="x"))


def test_warm_freezes_what_it_loaded() -> None:
    """After warming, the loaded lexicons and models are out of the collector's generations."""
    import gc

    gc.unfreeze()
    Pipeline.from_profile("fast", disable=("persons",)).warm(freeze=False)
    assert gc.get_freeze_count() == 0
    Pipeline.from_profile("fast", disable=("persons",)).warm()
    assert gc.get_freeze_count() > 10_000
    gc.unfreeze()
