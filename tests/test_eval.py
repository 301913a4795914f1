"""Quality floors on the shared dev set, scored by the shared scorer (trafilatura-style)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kordon import Pipeline, exchange
from kordon.ingest import read

FLOORS = {
    "lang": 1.0,
    "published": 0.9,
    "dateline_place": 0.9,
    "dateline_agency": 0.9,
    "countries": 0.9,
    "organizations": 0.85,
    "places": 0.75,
    "agencies": 0.7,
    "persons": 0.85,
    "threats": 0.8,
    "event_types": 0.75,
    "event_countries": 0.7,
    "quantities": 0.85,
    "goods": 0.75,
    "event_dates": 0.7,
    "routes": 0.6,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    from conftest import DEV

    if not (DEV / "text").is_dir():
        pytest.skip(f"the shared evaluation set is not beside the repository ({DEV})")
    pipe = Pipeline.from_profile()
    pred = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    rows = [exchange(pipe(d)) for d in read([DEV / "text"]) if hasattr(d, "raw")]
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    args = [sys.executable, str(DEV.parent / "score.py"), str(DEV), str(pred), "--json"]
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    data = json.loads(result.stdout)
    assert data["predicted"] == data["articles"] == 23
    return data["fields"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(("field", "floor"), list(FLOORS.items()))
def test_floor(scores: dict[str, dict[str, float]], field: str, floor: float) -> None:
    assert scores[field]["f1"] >= floor, f"{field}: F1 {scores[field]['f1']} below {floor}: {scores[field]}"
