"""Crash safety: ingest and watch killed with SIGKILL at random points and restarted leave a
sound store with every document exactly once and its derived data complete.

A short version of ``scripts/crash_test.py`` (see docs/reliability.md for the long run).
"""

from __future__ import annotations

import importlib.util
import signal
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import postgres_database

ROOT = Path(__file__).resolve().parents[1]
N = 40


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_test", ROOT / "scripts" / "crash_test.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


crash = _script()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    return folder, crash.write_corpus(folder, N)


def test_the_verifier_sees_a_missing_document_and_incomplete_derived_data(
    corpus: tuple[Path, list[str]], tmp_path: Path
) -> None:
    from kordon.bench import corpus as make
    from kordon.pipeline import Pipeline
    from kordon.store import Store

    db = str(tmp_path / "v.db")
    docs = make(3)
    pipe = Pipeline.from_profile()
    with Store(db) as store:
        for doc in docs:
            store.add(pipe(doc))
    hashes = [d.content_hash for d in docs]
    crash.verify(db, hashes)  # sound
    with pytest.raises(AssertionError, match="1 missing"):
        crash.verify(db, [*hashes, "0" * 64])
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM mentions WHERE pk = (SELECT max(pk) FROM mentions)")
    with pytest.raises(AssertionError, match="mentions"):
        crash.verify(db, hashes)


def _migrate_and_die(db: Path, after: int) -> int:
    """Open a new store in a child that kills itself after ``after`` SQL statements."""
    code = (
        "import os, signal, sys\n"
        "from sqlalchemy import event\n"
        "from sqlalchemy.engine import Engine\n"
        "n = 0\n"
        "@event.listens_for(Engine, 'before_cursor_execute')\n"
        "def count(*args):\n"
        "    global n\n"
        "    n += 1\n"
        f"    if n == {after}:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "from kordon.store import Store\n"
        "Store(sys.argv[1]).close()\n"
    )
    return subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True).returncode


@pytest.mark.parametrize("after", [8, 20, 40, 55])
def test_a_kill_during_the_first_migration_leaves_a_database_that_opens(tmp_path: Path, after: int) -> None:
    from kordon.store import Store

    db = tmp_path / "m.db"
    assert _migrate_and_die(db, after) == -signal.SIGKILL
    with Store(db) as store:  # was: "table documents already exists", for good
        assert store.count() == 0


def test_ingest_killed_at_start_up_and_while_storing_stores_everything_once(
    corpus: tuple[Path, list[str]], tmp_path: Path
) -> None:
    folder, hashes = corpus
    result = crash.crash_test(
        "ingest", str(tmp_path / "i.db"), folder, hashes, tmp_path, kills=2, seed=3, log=print, batch=4
    )
    assert result["kills"] >= 1 and result["documents"] == N
    assert result["integrity_check"] == "ok" and result["incomplete"] == {}


def test_watch_once_killed_stores_everything_once(corpus: tuple[Path, list[str]], tmp_path: Path) -> None:
    folder, hashes = corpus
    result = crash.crash_test(
        "watch", str(tmp_path / "w.db"), folder, hashes, tmp_path, kills=2, seed=4, log=print
    )
    assert result["kills"] >= 1 and result["documents"] == N and result["watch_items"] == N


def test_ingest_killed_on_postgresql_stores_everything_once(
    corpus: tuple[Path, list[str]], tmp_path: Path
) -> None:
    folder, hashes = corpus
    with postgres_database() as url:
        # four documents per transaction: the kill meets the run while it stores, not after its
        # last commit (with the default batch the forty documents are one transaction)
        result = crash.crash_test(
            "ingest", url, folder, hashes, tmp_path, kills=1, seed=5, log=print, batch=4
        )
    assert result["kills"] >= 1 and result["documents"] == N and result["incomplete"] == {}
