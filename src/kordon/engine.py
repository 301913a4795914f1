"""Running the pipeline over many inputs: in this process, in a local process pool, or on Ray.

Every engine takes what :func:`kordon.ingest.read` yields (documents, errors, skipped files)
and yields, in input order, the processed documents with the errors and skips in their place,
so the caller stores or prints them the same way whatever the engine. The pipeline is
described by its profile and disabled components, and built once in each worker.

- ``local`` with one worker runs in this process;
- ``local`` with more workers forks a process pool (the loaded models are shared
  copy-on-write);
- ``ray`` runs Ray Data: a local Ray by default, any cluster by ``address``
  (``ray://head:10001`` or ``auto``). Files are read by the workers, so a corpus never has to
  pass through one machine's memory. Install with ``pip install 'kordon[ray]'``.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .document import Document
from .errors import ConfigError, InputError, KordonError
from .ingest import DEFAULT_MAX_BYTES, Skipped, iter_files, read, read_file
from .pipeline import Pipeline
from .store import Prepared
from .store import prepare as store_prepare

Item = Document | InputError | Skipped
Result = Document | Prepared | KordonError | Skipped

ENGINES = ("local", "ray")


@dataclass(frozen=True, slots=True)
class Spec:
    """What a worker needs to build the same pipeline: profile, disabled components and the
    per-document time limit (``None``: :func:`kordon.pipeline.default_time_limit`); with
    ``prepare``, workers also do the database-free part of storing each document
    (:func:`kordon.store.prepare`) and yield :class:`~kordon.store.Prepared` documents."""

    profile: str = "fast"
    disable: tuple[str, ...] = ()
    time_limit: float | None = None
    prepare: bool = False

    def build(self) -> Pipeline:
        return Pipeline.from_profile(self.profile, disable=self.disable, time_limit=self.time_limit)


def _apply(pipeline: Pipeline, item: Item, prepare: bool = False) -> Result:
    if not isinstance(item, Document):
        return item
    try:
        doc = pipeline(item)
    except KordonError as exc:  # the pipeline turns a component's failure into a PipelineError
        return exc
    return store_prepare(doc) if prepare else doc


def run(
    paths: Iterable[str | os.PathLike[str]],
    spec: Spec = Spec(),
    *,
    engine: str = "local",
    workers: int = 1,
    address: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reader: Any = None,
) -> Iterator[Result]:
    """Read ``paths`` and process every document with the engine asked for.

    ``reader`` replaces :func:`kordon.ingest.read` (a callable from paths to items), for inputs
    such as URLs that need options of their own.
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    if engine == "ray":
        paths = list(paths)
        urls = [p for p in paths if "://" in str(p)]
        if urls:  # fetched here, politely and by the fetch rules, then processed in this process
            pipeline = spec.build().warm()
            for item in reader(urls) if reader else read(urls, max_bytes):
                yield _apply(pipeline, item, spec.prepare)
        yield from _ray([p for p in paths if "://" not in str(p)], spec, workers, address, max_bytes)
        return
    items = reader(paths) if reader else read(paths, max_bytes)
    if workers == 1:
        pipeline = spec.build().warm()  # loading models is not charged to the first document
        for item in items:
            yield _apply(pipeline, item, spec.prepare)
        return
    yield from _pool(items, spec, workers)


# ---------------------------------------------------------------- local process pool

_WORKER_PIPELINE: Pipeline | None = None
_WORKER_PREPARE = False


def _pool_init(spec: Spec, warm: bool) -> None:
    global _WORKER_PIPELINE, _WORKER_PREPARE
    _WORKER_PIPELINE = spec.build().warm() if warm else spec.build()
    _WORKER_PREPARE = spec.prepare


def _pool_work(item: Item) -> Result:
    assert _WORKER_PIPELINE is not None
    return _apply(_WORKER_PIPELINE, item, _WORKER_PREPARE)


def _pool(items: Iterable[Item], spec: Spec, workers: int) -> Iterator[Result]:
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        # load the lazy lexicons and models once, before forking: every worker shares them
        spec.build().warm()
    with multiprocessing.get_context(method).Pool(workers, _pool_init, (spec, method != "fork")) as pool:
        yield from pool.imap(_pool_work, items, chunksize=4)


# ---------------------------------------------------------------- Ray


def _ray(
    paths: list[str | os.PathLike[str]], spec: Spec, workers: int, address: str | None, max_bytes: int
) -> Iterator[Result]:
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise ConfigError("the Ray engine needs Ray: pip install 'kordon[ray]'") from exc
    files: list[dict[str, Any]] = []
    for n, item in enumerate(iter_files(paths)):
        if isinstance(item, Path):
            files.append({"n": n, "path": str(item)})
        else:
            yield item
    if not files:
        return
    started = not ray.is_initialized()
    if started:
        options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
        if address:
            options["address"] = address
        else:
            options["num_cpus"] = workers
        ray.init(**options)
    try:
        yield from _ray_data(files, spec, workers, max_bytes)
    finally:
        if started:
            ray.shutdown()


def _ray_data(files: list[dict[str, Any]], spec: Spec, workers: int, max_bytes: int) -> Iterator[Result]:
    import ray.data

    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    data = (
        # blocks of about 128 files: results stream back steadily, not a quarter of the corpus at once
        ray.data.from_items(files, override_num_blocks=min(len(files), max(workers * 4, len(files) // 128)))
        # reading is light: it takes no CPU slot, so the workers' actors cannot starve it, and
        # as many readers as workers (without a cap Ray starts a process for every block)
        .flat_map(functools.partial(_ray_read, max_bytes=max_bytes), num_cpus=0, concurrency=workers)
        .map_batches(
            _RayProcess,
            fn_constructor_args=(spec,),
            compute=ray.data.ActorPoolStrategy(size=workers),
            batch_size=32,
            batch_format="numpy",
            num_cpus=1,
        )
    )
    for batch in data.iter_batches(batch_size=None, batch_format="numpy"):
        for result in batch["result"]:
            yield pickle.loads(result)


def _ray_read(row: dict[str, Any], max_bytes: int) -> list[dict[str, Any]]:
    """Ray task: the documents (or errors) of one file, pickled, in input order."""
    return [
        {"n": row["n"], "i": i, "item": pickle.dumps(item)}
        for i, item in enumerate(read_file(Path(row["path"]), max_bytes))
    ]


class _RayProcess:
    """Ray actor: builds the pipeline once and processes batches of pickled items."""

    def __init__(self, spec: Spec) -> None:
        self.pipeline = spec.build().warm()
        self.prepare = spec.prepare

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        results = [pickle.dumps(_apply(self.pipeline, pickle.loads(b), self.prepare)) for b in batch["item"]]
        return {"n": batch["n"], "i": batch["i"], "result": np.array(results, dtype=object)}
