"""A short coverage-guided fuzz run of extraction (atheris); the long run is documented in
docs/reliability.md (``scripts/fuzz_extract.py --max-total-time 1800``)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "fuzz_extract.py"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("atheris") is None, reason="atheris is not installed (pip install atheris)"
)


def _fuzz(tmp_path: Path, *args: str) -> tuple[int, dict[str, object], str]:
    summary = tmp_path / "summary.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--artifacts",
            str(tmp_path / "findings"),
            "--json",
            str(summary),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    return proc.returncode, json.loads(summary.read_text()), proc.stderr


def test_a_short_fuzz_run_of_extract_finds_nothing(tmp_path: Path) -> None:
    """The seeds (the demo corpus, hostile shapes and the inputs of past findings) and then
    mutations of them, under the per-document time limit and libFuzzer's RSS limit."""
    status, summary, err = _fuzz(tmp_path, "--runs", "120", "--seed", "1", "--time-limit", "10")
    assert status == 0, err[-3000:]
    assert summary["findings"] == [] and summary["exit_status"] == 0
    assert summary["runs"] == 120
    assert 0 < int(summary["peak_rss_mb"]) < 2048  # type: ignore[call-overload]
