from __future__ import annotations

from kordon.document import Document, Segment, Span


def test_to_raw_maps_through_segments_and_gaps() -> None:
    raw = "MENU\nHello world\n\nSHARE\nBye now"
    doc = Document(
        id="d",
        source="d",
        raw=raw,
        text="Hello world\nBye now",
        segments=[Segment(0, 5, 11), Segment(12, 24, 7)],
    )
    assert doc.to_raw(0) == 5
    assert doc.to_raw(6) == raw.index("world")
    assert doc.to_raw(11) == 16  # end of the first run
    assert doc.to_raw(12) == 24
    assert doc.raw_span(Span(12, 19)) == Span(24, 31)
    assert raw[24:31] == "Bye now"
    assert doc.to_raw(100) is None


def test_content_hash_is_stable_and_content_based() -> None:
    a = Document(id="a", source="x", raw="same text")
    b = Document(id="b", source="y", raw="same text")
    assert a.content_hash == b.content_hash
    assert len(a.content_hash) == 64
