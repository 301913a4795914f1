"""Fusion: near-duplicate documents and incidents reported by many documents in many languages.

Pure functions; the store calls them when it adds a document (incrementally: a new document's
events join an existing incident or start one; nothing is recomputed).

- Near-duplicates: MinHash over word 5-gram shingles of the cleaned text, banded into a
  locality-sensitive index (32 bands of 2 rows: pairs above 0.5 Jaccard meet in a band with
  probability > 0.999), then the estimated Jaccard decides (``DUPLICATE_JACCARD``: a reprint with
  a new title, other site furniture and a reworded paragraph scores ~0.65; unrelated reports
  of the same kind < 0.05).
- Incidents: events meet candidate incidents through blocking keys (type and month of the
  event's date, or of the publication when the event has none), so the cost stays near-linear.
  A candidate is scored on language-independent features: dates (partial dates match as
  wildcards), country, place, shared entities (organisations, persons, places, agencies),
  goods (same substance, figures within 20 %) and near-duplication; incompatible dates or
  countries veto. The features and score that joined an event are kept.
- Conflicts: figures and dates that fused reports give differently, each value with its
  source, a reconciled value and a flag.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import operator
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from statistics import median
from typing import Any

from .document import Document, sentence_at

NUM_PERM = 64
BANDS = 32
ROWS = NUM_PERM // BANDS
DUPLICATE_JACCARD = 0.5
JOIN_SCORE = 0.6
#: Added when the document already shares another incident with one of the candidate's reports.
ALLY_BONUS = 0.1
_SHINGLE = 5


def minhash(text: str) -> list[int]:
    """A MinHash signature of the text's word 5-gram shingles.

    Each shingle's hash is the first four bytes of its SHA-1 (little-endian), mixed by the
    MurmurHash3 finaliser and mapped by ``NUM_PERM`` affine permutations ``a * h + b mod 2**32``
    (odd ``a``) drawn from seed 7; the signature is each permutation's minimum. These are the
    values datasketch 2's ``MinHash(num_perm=64, seed=7)`` gives (its "affine32" scheme), which
    stores written by earlier releases hold; written out here so that no library's change of
    default can silently make new signatures incomparable with stored ones.
    """
    import numpy as np

    words = re.findall(r"\w+", text.casefold())
    shingles = {" ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}
    hv = np.fromiter(
        (int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little") for s in shingles),
        dtype=np.uint32,
        count=len(shingles),
    ).reshape(-1, 1)
    hv ^= hv >> np.uint32(16)
    hv *= np.uint32(0x85EBCA6B)
    hv ^= hv >> np.uint32(13)
    hv *= np.uint32(0xC2B2AE35)
    hv ^= hv >> np.uint32(16)
    a, b = _permutations()
    return (hv * a + b).min(axis=0).tolist()  # type: ignore[no-any-return]


@cache
def _permutations() -> tuple[Any, Any]:
    """The ``NUM_PERM`` permutations (multipliers ``a``, odd; offsets ``b``), drawn once."""
    import numpy as np

    gen = np.random.RandomState(7)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def bands(signature: list[int]) -> list[tuple[int, str]]:
    """The locality-sensitive band keys of a signature."""
    out = []
    for b in range(BANDS):
        chunk = ",".join(str(x) for x in signature[b * ROWS : (b + 1) * ROWS])
        out.append((b, hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest()))
    return out


def jaccard(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if len(a) != len(b):
        raise ValueError(f"signatures of {len(a)} and {len(b)} values cannot be compared")
    equal: int = sum(map(operator.eq, a, b))
    return equal / len(a)


# ---------------------------------------------------------------- incidents


@dataclass(slots=True)
class Features:
    """What an event (or an incident, by union) is compared on."""

    type: str
    dates: list[str] = field(default_factory=list)
    published: str | None = None
    countries: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    goods: list[tuple[str, float, str]] = field(default_factory=list)
    documents: set[int] = field(default_factory=set)
    figures: list[tuple[str, float, str]] = field(default_factory=list)
    """Other counts the event gives (money, vehicles, personnel): ``(unit, value, unit)``."""

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "dates": self.dates,
            "published": self.published,
            "countries": sorted(self.countries),
            "places": sorted(self.places),
            "entities": sorted(self.entities),
            "goods": self.goods,
            "documents": sorted(self.documents),
            "figures": self.figures,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Features:
        return cls(
            data["type"],
            list(data["dates"]),
            data.get("published"),
            set(data["countries"]),
            set(data["places"]),
            set(data["entities"]),
            [tuple(g) for g in data["goods"]],  # type: ignore[misc]
            set(data["documents"]),
            [tuple(g) for g in data.get("figures", [])],  # type: ignore[misc]
        )

    def merge(self, other: Features) -> None:
        self.dates += [d for d in other.dates if d not in self.dates]
        self.countries |= other.countries
        self.places |= other.places
        self.entities |= other.entities
        self.goods += [g for g in other.goods if g not in self.goods]
        self.figures += [g for g in other.figures if g not in self.figures]
        self.documents |= other.documents
        self.published = self.published or other.published


_ENTITY_TYPES = ("org:", "person:", "place:", "agency:")
#: Events between two countries (giver and receiver, requesting and extraditing), which each
#: side reports with its own country as the event's: they agree on the pair, not the one.
_TWO_SIDED = frozenset({"extradition", "aid"})


def features(event: dict[str, Any], doc: Document, document_pk: int) -> Features:
    """The features of one event of a document.

    An event without a place of its own takes the dateline's place when that is in the event's
    country; a two-sided event (aid, extradition) counts every country of its trigger sentence.
    """
    dates = [d for d in (event.get("date_start"), event.get("date_end")) if d]
    goods = [
        (g["substance"], float(g["value"]), g["unit"])
        for g in event.get("goods", [])
        if g.get("value") is not None and g.get("substance")
    ]
    country = event.get("country")
    place = event.get("place")
    line = doc.dateline
    if not place and line and line.place and (not country or line.country == country):
        place = line.place
    countries = {country} if country else set()
    if event["type"] in _TWO_SIDED and countries:
        countries |= _sentence_countries(doc, event["trigger"]["start"])
        countries |= {r for r in (event.get("route") or {}).values() if r}
    return Features(
        type=event["type"],
        dates=dates[:1] if dates else [],
        published=doc.published.edtf if doc.published else None,
        countries=countries,
        places={place} if place else set(),
        entities={e.id for e in doc.entities if e.id.startswith(_ENTITY_TYPES)},
        goods=goods,
        documents={document_pk},
        figures=[
            (q["unit"], float(q["value"]), q["unit"])
            for q in event.get("quantities", [])
            if q.get("value") is not None and q.get("unit")
        ],
    )


def _sentence_countries(doc: Document, pos: int) -> set[str]:
    bounds = sentence_at(doc.text, pos)
    ids = {m.entity_id for m in doc.mentions if bounds.start <= m.span.start < bounds.end and m.entity_id}
    return {e.country for e in doc.entities if e.id in ids and e.type == "country" and e.country}


@lru_cache(maxsize=65536)
def _parse(edtf: str | None) -> tuple[str, str, str] | None:
    if not edtf:
        return None
    parts = edtf.split("/")[0].split("-")
    parts += ["XX"] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


@lru_cache(maxsize=65536)
def _date_gap(a: str, b: str) -> float | None:
    """Days between two EDTF dates where both say enough; 0 when one is a wildcard or coarser."""
    pa, pb = _parse(a), _parse(b)
    if pa is None or pb is None:
        return None
    for x, y in zip(pa, pb, strict=True):
        if "X" in x or "X" in y:
            continue
        if x != y and len(x) == 4:
            return 999.0  # different years
    if "X" in pa[1] + pb[1] or pa[1] != pb[1]:
        if "X" in pa[1] + pb[1]:
            return 0.0
        months = abs(int(pa[1]) - int(pb[1]))
        return 999.0 if months > 1 else 30.0 * months - 15
    if "X" in pa[2] + pb[2]:
        return 0.0
    return float(abs(int(pa[2]) - int(pb[2])))


@lru_cache(maxsize=65536)
def _published_gap(a: str | None, b: str | None) -> float | None:
    """Days between two publication dates; a yearless one is taken in the other's year."""
    pa, pb = _parse(a), _parse(b)
    if pa is None or pb is None or "X" in pa[1] + pa[2] + pb[1] + pb[2]:
        return None
    year_a = pa[0] if "X" not in pa[0] else pb[0]
    year_b = pb[0] if "X" not in pb[0] else year_a
    if "X" in year_a + year_b:
        year_a = year_b = "2000"
    try:
        da = dt.date(int(year_a), int(pa[1]), int(pa[2]))
        db = dt.date(int(year_b), int(pb[1]), int(pb[2]))
    except ValueError:
        return None
    return float(abs((da - db).days))


def score(event: Features, incident: Features, near_duplicate: bool = False) -> tuple[float, dict[str, Any]]:
    """How well an event fits an incident (0 = never), with the features that decided it."""
    why: dict[str, Any] = {}
    if event.type != incident.type:
        return 0.0, {"type": "different"}
    total = 0.0
    pub = _published_gap(event.published, incident.published)
    if pub is not None and pub > 10:
        return 0.0, {"published_gap_days": pub}  # reports weeks apart are of different happenings
    gaps = [g for d in event.dates for e in incident.dates if (g := _date_gap(d, e)) is not None]
    reported = _report_gap(event, incident)
    if gaps:
        gap = min(gaps)
        why["date_gap_days"] = gap
        if gap > 3:
            return 0.0, why  # the same border a week later is another incident
        exact = any(d == e and "X" not in d for d in event.dates for e in incident.dates)
        total += 0.35 if exact else 0.25 if gap <= 1 else 0.1
    elif reported is not None:
        # one side dates the event, the other only its report: a report follows its event
        why["report_gap_days"] = reported
        total += 0.25 if 0 <= reported <= 1 else 0.15 if abs(reported) <= 3 else 0.0
    else:
        why["published_gap_days"] = pub
        total += 0.1 if pub is not None and pub <= 3 else 0.0
    if event.countries and incident.countries:
        if not event.countries & incident.countries:
            why["country"] = "different"
            return 0.0, why
        shared = event.countries & incident.countries
        # both sides of a two-sided event agreeing is worth more than one country
        total += 0.25 if event.type in _TWO_SIDED and len(shared) > 1 else 0.15
        why["country"] = sorted(shared)
    if event.places & incident.places:
        total += 0.15
        why["place"] = sorted(event.places & incident.places)
    if event.entities and incident.entities:
        overlap = len(event.entities & incident.entities) / len(event.entities | incident.entities)
        total += 0.25 * overlap
        why["entity_overlap"] = round(overlap, 2)
    matched = _goods_match(event.goods, incident.goods)
    if matched is not None:
        why["goods"] = matched
        total += 0.3 if matched else -0.2
    if _goods_match(event.figures, incident.figures):
        why["figures"] = True
        total += 0.15  # the same count of money, vehicles or people; differing ones prove nothing
    if near_duplicate:
        total += 0.5
        why["near_duplicate"] = True
    why["score"] = round(total, 3)
    return total, why


def _report_gap(event: Features, incident: Features) -> float | None:
    """Days from the event date one side gives to the publication of the other, which gives
    none (negative when the report precedes the event; None when not comparable)."""
    pairs = []
    if event.dates and not incident.dates:
        pairs = [(d, incident.published) for d in event.dates]
    elif incident.dates and not event.dates:
        pairs = [(d, event.published) for d in incident.dates]
    gaps = []
    for date, published in pairs:
        p = _parse(date)
        if p is None or published is None or "X" in p[1] + p[2]:
            continue
        gap = _published_gap(published, date)
        if gap is not None:
            gaps.append(gap if _parse(published)[1:] >= p[1:] else -gap)  # type: ignore[index]
    return min(gaps, key=abs) if gaps else None


def _goods_match(a: list[tuple[str, float, str]], b: list[tuple[str, float, str]]) -> bool | None:
    """True when both report a substance in figures within 20 %, False when they share none."""
    if not a or not b:
        return None
    for sa, va, ua in a:
        for sb, vb, ub in b:
            if sa == sb and ua == ub and max(va, vb) > 0 and abs(va - vb) / max(va, vb) <= 0.2:
                return True
    return False


def blocking_keys(f: Features) -> list[str]:
    """Keys that bring together events that may be one incident: type, country and the day
    (with its neighbours) of the event's date, or of the publication when the event has none.

    A day is also indexed without its year, so that a report that gives no year meets dated
    ones; a month-precision date is indexed by month. Keys stay narrow, so the candidates an
    event is compared with do not grow with the store.
    """
    country = "|".join(sorted(f.countries)) or "-"
    keys: set[str] = set()
    for date in [*f.dates[:1], f.published]:
        p = _parse(date)
        if p is None:
            continue
        year, month, day = p
        if "X" in month:
            keys.add(f"{f.type}|{country}|{year}")
        elif "X" in day:
            keys.add(f"{f.type}|{country}|{year}-{month}")
            keys.add(f"{f.type}|{country}|XXXX-{month}")
        else:
            for shift in (-1, 0, 1):
                try:
                    when = dt.date(2000 if year.startswith("X") else int(year), int(month), int(day))
                except ValueError:
                    continue
                near = when + dt.timedelta(days=shift)
                keys.add(f"{f.type}|{country}|XXXX-{near.month:02d}-{near.day:02d}")
                if not year.startswith("X"):
                    keys.add(f"{f.type}|{country}|{near.isoformat()}")
            keys.add(f"{f.type}|{country}|{'XXXX' if year.startswith('X') else year}-{month}")
        break
    if not keys:
        keys.add(f"{f.type}|{country}|undated")
    return sorted(keys)


def place_keys(f: Features) -> list[str]:
    """Keys by place: every incident is indexed under them, but only events without any date
    look them up (a dated event meets its incident by date, which keeps its candidates few)."""
    country = "|".join(sorted(f.countries)) or "-"
    return sorted(f"{f.type}|{country}|@{place.casefold()}" for place in f.places)


def undated_place_keys(f: Features) -> list[str]:
    """Keys by place of events with no date and no publication date: such incidents are indexed
    under them, and every event looks them up, so that a dated report meets an undated one
    that came first. They are rare, so the candidates stay few."""
    return [k.replace("|@", "|undated@", 1) for k in place_keys(f)]


# ---------------------------------------------------------------- conflicts


def conflicts(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Figures and dates the reports give differently, each value with its source.

    ``members`` are the incident's events with ``document`` and ``source`` added.
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for m in members:
        for g in m.get("goods", []):
            if g.get("value") is not None:
                groups.setdefault(f"goods:{g['substance']}:{g['unit']}", []).append(
                    {
                        "value": g["value"],
                        "qualifier": g.get("qualifier"),
                        "document": m["document"],
                        "source": m["source"],
                    }
                )
        for q in m.get("quantities", []):
            groups.setdefault(f"quantity:{q['unit']}", []).append(
                {
                    "value": q["value"],
                    "qualifier": q.get("qualifier"),
                    "document": m["document"],
                    "source": m["source"],
                }
            )
        if m.get("date_start"):
            groups.setdefault("date_start", []).append(
                {"value": m["date_start"], "document": m["document"], "source": m["source"]}
            )
    out = []
    for name, values in groups.items():
        distinct = {str(v["value"]) for v in values}
        docs = {v["document"] for v in values}
        if len(distinct) < 2 or len(docs) < 2:
            continue
        out.append({"field": name, "values": values, "reconciled": _reconcile(values), "flag": True})
    return out


def _reconcile(values: list[dict[str, Any]]) -> Any:
    """The value most sources give; for figures with no majority, the median of exact ones."""
    counts = Counter(str(v["value"]) for v in values)
    top, n = counts.most_common(1)[0]
    if n > 1 and list(counts.values()).count(n) == 1:
        return next(v["value"] for v in values if str(v["value"]) == top)
    numbers = [
        v["value"]
        for v in values
        if isinstance(v["value"], int | float) and v.get("qualifier") in (None, "exact")
    ]
    if numbers:
        return median(numbers)
    return None


# ---------------------------------------------------------------- evaluation


def clusters_by_document(incidents: list[dict[str, Any]]) -> dict[str, int]:
    """Documents grouped as an analyst reads them: two documents are about one happening when
    any incident holds reports from both (connected components)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for incident in incidents:
        ids = [d["id"] for d in incident["documents"]]
        for other in ids[1:]:
            parent[find(other)] = find(ids[0])
        find(ids[0])
    roots = sorted({find(x) for x in parent})
    number = {root: n for n, root in enumerate(roots)}
    return {x: number[find(x)] for x in parent}


def bcubed(predicted: dict[str, Any], gold: dict[str, Any]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against gold."""
    items = [i for i in gold if i in predicted]
    p = r = 0.0
    for i in items:
        same_pred = {j for j in items if predicted[j] == predicted[i]}
        same_gold = {j for j in items if gold[j] == gold[i]}
        both = len(same_pred & same_gold)
        p += both / len(same_pred)
        r += both / len(same_gold)
    p, r = p / len(items), r / len(items)
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def pairwise(predicted: dict[str, Any], gold: dict[str, Any]) -> dict[str, float]:
    """Pairwise precision, recall and F1: pairs of items put together."""
    items = sorted(i for i in gold if i in predicted)
    tp = fp = fn = 0
    for k, a in enumerate(items):
        for b in items[k + 1 :]:
            same_p, same_g = predicted[a] == predicted[b], gold[a] == gold[b]
            tp += same_p and same_g
            fp += same_p and not same_g
            fn += same_g and not same_p
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
