"""Two processes ingesting into one store at once lose and duplicate nothing (both backends)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kordon import Store
from kordon.kb import data_path


def test_two_concurrent_ingests_store_every_document_exactly_once(store_db: str, tmp_path: Path) -> None:
    corpus = sorted(Path(str(data_path("demo"))).glob("*.txt"))[:12]
    shared, only_a, only_b = corpus[:6], corpus[6:9], corpus[9:]
    folders = {}
    for name, own in (("a", only_a), ("b", only_b)):
        folder = tmp_path / name
        folder.mkdir()
        for path in [*shared, *own]:
            shutil.copy(path, folder / path.name)
        folders[name] = folder
    Store(store_db).close()  # migrate once, before the writers race
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "kordon", "ingest", str(folder), "--db", store_db],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in folders.values()
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, stderr) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, stderr
    with Store(store_db) as store:
        assert store.count() == len(corpus)
        names = sorted(r["id"] for r in store.records())
        assert names == sorted(p.stem for p in corpus)
        # every stored document has its derived data
        assert all(store.get(p.stem).record for p in corpus)
