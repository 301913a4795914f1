"""``kordon bench ner``: compare entity recognisers on public NER test sets and the dev set.

Test sets (``../shared/eval/ner``): CoNLL-style files (token and BIO tag per line: WikiNEuRal,
CoNLL-2003, WikiANN, WikiGold, BSNLP) and factRuEval-2016 (texts with character spans).
Sentences are rebuilt by joining tokens with spaces; a predicted mention counts when its type
and character span equal a gold one (exact match, micro-averaged F1).

Systems: ``kordon`` (the default pipeline: persons from natasha for Russian and from given
names and roles elsewhere; places and countries as LOC; international organisations and
national agencies as ORG), ``kordon-rules`` (the same without natasha) and ``natasha``
(slovnet's Russian NER alone, as it ships in its wheel).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .document import Document
from .errors import ConfigError, InputError
from .pipeline import Pipeline

Spans = set[tuple[int, int, str]]

_KIND_TO_TYPE = {"person": "PER", "place": "LOC", "country": "LOC", "organization": "ORG", "agency": "ORG"}
_FACTRU_TYPES = {"Person": "PER", "Location": "LOC", "LocOrg": "LOC", "Org": "ORG"}
CONLL_SETS = [
    ("wikineural", "ru"),
    ("wikineural", "de"),
    ("wikineural", "en"),
    ("conll", "de"),
    ("conll", "en"),
    ("wikiann", "ru"),
    ("wikiann", "de"),
    ("wikiann", "en"),
    ("wikigold", "en"),
    ("bsnlp", "ru"),
]


@dataclass(slots=True)
class Sample:
    text: str
    lang: str
    gold: Spans


def read_conll(path: Path, lang: str, limit: int) -> Iterator[Sample]:
    """Sentences of a token-per-line BIO file, as texts with gold character spans."""
    tokens: list[tuple[str, str]] = []
    count = 0

    def flush() -> Sample | None:
        if not tokens:
            return None
        text, gold, pos = "", set(), 0
        open_span: list[Any] | None = None
        for word, tag in tokens:
            start = pos
            text += word + " "
            pos += len(word) + 1
            kind = tag[2:] if len(tag) > 2 else ""
            if tag.startswith("B-") or (tag.startswith("I-") and (open_span is None or open_span[2] != kind)):
                if open_span:
                    gold.add(tuple(open_span))
                open_span = [start, start + len(word), kind]
            elif tag.startswith("I-") and open_span:
                open_span[1] = start + len(word)
            else:
                if open_span:
                    gold.add(tuple(open_span))
                open_span = None
        if open_span:
            gold.add(tuple(open_span))
        return Sample(text.rstrip(), lang, {g for g in gold if g[2] in ("PER", "LOC", "ORG")})

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[0] != "#DOCSTART":
                tokens.append((parts[1], parts[-1]))
            elif tokens:
                sample = flush()
                tokens = []
                if sample:
                    yield sample
                    count += 1
                    if count >= limit:
                        return
    if tokens and (sample := flush()):
        yield sample


def read_factrueval(folder: Path, limit: int) -> Iterator[Sample]:
    """factRuEval-2016 test documents with their person, location and organisation objects."""
    texts = [t for t in sorted(folder.glob("*.txt")) if t.with_suffix(".spans").exists()]
    for n, txt in enumerate(texts):
        if n >= limit:
            return
        stem = txt.with_suffix("")
        text = txt.read_text(encoding="utf-8-sig")
        spans = {}
        for line in Path(f"{stem}.spans").read_text(encoding="utf-8").splitlines():
            f = line.split()
            spans[f[0]] = (int(f[2]), int(f[2]) + int(f[3]))
        gold: Spans = set()
        for line in Path(f"{stem}.objects").read_text(encoding="utf-8").splitlines():
            f = line.split("#")[0].split()
            kind = _FACTRU_TYPES.get(f[1]) if len(f) > 2 else None
            ids = [spans[s] for s in f[2:] if s in spans]
            if kind and ids:
                gold.add((min(s for s, _ in ids), max(e for _, e in ids), kind))
        yield Sample(text, "ru", gold)


def _kordon(pipeline: Pipeline) -> Callable[[Sample], Spans]:
    def predict(sample: Sample) -> Spans:
        try:
            doc = pipeline(Document(id="s", source="s", raw=sample.text, meta={"lang": sample.lang}))
        except InputError:  # a sentence without letters: nothing to find
            return set()
        out: Spans = set()
        for m in doc.mentions:
            kind = _KIND_TO_TYPE.get(m.kind)
            start, end = doc.to_raw(m.span.start), doc.to_raw(m.span.end)
            if kind and start is not None and end is not None:
                out.add((start, end, kind))
        return out

    return predict


def _natasha(sample: Sample) -> Spans:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    global _NATASHA
    if _NATASHA is None:
        _NATASHA = (Segmenter(), NewsNERTagger(NewsEmbedding()))
    segmenter, tagger = _NATASHA
    doc = Doc(sample.text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return {(s.start, s.stop, s.type) for s in doc.spans if s.type in ("PER", "LOC", "ORG")}


_NATASHA: tuple[Any, Any] | None = None


def _score(pairs: list[tuple[Spans, Spans]], kind: str) -> dict[str, float]:
    tp = fp = fn = 0
    for gold, pred in pairs:
        g = {x for x in gold if x[2] == kind}
        p = {x for x in pred if x[2] == kind}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"p": round(prec, 3), "r": round(rec, 3), "f1": round(f1, 3), "gold": tp + fn}


def run(data: Path, sample: int = 500) -> dict[str, Any]:
    """Scores per test set, system and entity type, with documents per second."""
    if not data.is_dir():
        raise ConfigError(f"NER test sets not found at {data} (pass --data)")
    systems: dict[str, Callable[[Sample], Spans]] = {
        "kordon": _kordon(Pipeline.from_profile("fast")),
        "kordon-rules": _kordon(Pipeline.from_profile("fast")),
        "natasha": _natasha,
    }
    sets: list[tuple[str, list[Sample]]] = []
    for name, lang in CONLL_SETS:
        path = data / "wikineural" / name / lang / "test.conllu"
        if path.exists():
            sets.append((f"{name}-{lang}", list(read_conll(path, lang, sample))))
    factru = data / "factrueval2016" / "testset"
    if factru.is_dir():
        sets.append(("factrueval2016-ru", list(read_factrueval(factru, max(1, sample // 5)))))
    rows = []
    for set_name, samples in sets:
        lang = set_name.rsplit("-", 1)[1]
        for system, predict in systems.items():
            if system == "natasha" and lang != "ru":
                continue
            if system == "kordon-rules" and lang != "ru":
                continue  # identical to kordon outside Russian
            from . import persons

            persons.USE_NATASHA = system != "kordon-rules"
            t0 = time.perf_counter()
            pairs = [(s.gold, predict(s)) for s in samples]
            seconds = time.perf_counter() - t0
            for kind in ("PER", "LOC", "ORG"):
                rows.append(
                    {
                        "set": set_name,
                        "system": system,
                        "type": kind,
                        **_score(pairs, kind),
                        "docs_per_s": round(len(samples) / seconds, 1) if seconds else None,
                    }
                )
    from . import persons

    persons.USE_NATASHA = True
    return {"sample": sample, "rows": rows}


def markdown(result: dict[str, Any]) -> str:
    """The comparison as a Markdown table (F1 per type; P/R for persons)."""
    lines = [
        "| test set | system | PER P | PER R | PER F1 | LOC F1 | ORG F1 | docs/s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    by: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for row in result["rows"]:
        by.setdefault((row["set"], row["system"]), {})[row["type"]] = row
    for (set_name, system), kinds in by.items():
        per, loc, org = kinds["PER"], kinds["LOC"], kinds["ORG"]
        lines.append(
            f"| {set_name} | {system} | {per['p']:.2f} | {per['r']:.2f} | {per['f1']:.2f} | "
            f"{loc['f1']:.2f} | {org['f1']:.2f} | {per['docs_per_s']} |"
        )
    return "\n".join(lines)
