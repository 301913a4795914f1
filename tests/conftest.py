"""Shared fixtures: paths to the shared evaluation data and a temporary store."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
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


#: The PostgreSQL server the store tests also run on (scratch databases are made and dropped).
PG_URL = os.environ.get("KORDON_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@cache
def postgres_unavailable() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when they can."""
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        return f"PostgreSQL is not reachable at {PG_URL} ({str(exc).splitlines()[0]})"
    return None


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test; dropped afterwards."""
    from sqlalchemy import create_engine, text

    reason = postgres_unavailable()
    if reason:
        pytest.skip(reason)
    name = f"kordon_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store location on each backend: a SQLite file, then a scratch PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    with postgres_database() as url:
        yield url
