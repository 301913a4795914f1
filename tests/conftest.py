"""Shared fixtures: paths to the shared evaluation data and a temporary store."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"


@pytest.fixture
def dev_dir() -> Path:
    if not (DEV / "text").is_dir():
        pytest.skip(f"the shared evaluation set is not beside the repository ({DEV})")
    return DEV


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
