"""The whole pipeline takes any text without failing, and every fact's span is inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kordon import InputError, Pipeline, exchange, process, record
from kordon.clean import clean_text

WORDS = [
    "МОСКВА",
    "5",
    "марта",
    "/ТАСС/.",
    "Innenminister",
    "Iwan",
    "Kubrakow",
    "ГКНБ",
    "РТ",
    "(BelTA)",
    "–",
    "в",
    "Душанбе",
    "village",
    "of",
    "Qala",
    "the",
    "CSTO",
    "Генеральный",
    "секретарь",
    "Ламберто",
    "Занньером",
    "\n",
    "\n\n",
    ",",
    ".",
    "Kazakhstan's",
    "police",
    "«Панджоб»",
    "застава",
    "г.",
    "2025",
    "By",
    "Mr",
]

PIPE = Pipeline.from_profile()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join) | st.text(max_size=300))
def test_any_text_goes_through_with_spans_inside_it(text: str) -> None:
    try:
        doc = process(text, pipeline=PIPE)
    except InputError as exc:  # the one refusal allowed: nothing left to read
        assert "no article text" in str(exc)
        assert not any(c.isalpha() for c in clean_text(text).text)
        return
    for m in doc.mentions:
        assert 0 <= m.span.start < m.span.end <= len(doc.text)
        assert doc.text[m.span.start : m.span.end] == m.surface
    exchange(doc)
    record(doc)
