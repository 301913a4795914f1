"""Coverage-guided fuzzing of extraction with atheris (libFuzzer).

Each input goes through the default pipeline twice-over: as bytes decoded the way ``kordon
ingest`` decodes a file (UTF-8/16, legacy code pages; as text or as HTML), and as arbitrary
Unicode. A finding is any exception other than the ``InputError`` that decoding or cleaning may raise
(a component's exception, which the pipeline wraps in ``PipelineError``, counts), a document
over the per-document time limit, a fact whose span is outside the text, or a record that
cannot be serialised; libFuzzer adds its own per-input timeout and RSS limit.

    .venv/bin/pip install atheris
    .venv/bin/python scripts/fuzz_extract.py --max-total-time 3600      # the long run
    .venv/bin/python scripts/fuzz_extract.py --runs 300                  # a smoke run

The script runs libFuzzer in a child process and prints (and with ``--json FILE`` writes) a
summary: runs, seconds, peak RSS, slowest input and findings (saved under ``--artifacts``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- the target (child process)


def _target_main(argv: list[str], time_limit: float) -> None:
    import atheris

    with atheris.instrument_imports(include=["kordon"]):
        from kordon.document import Document
        from kordon.errors import InputError, TimeLimitError
        from kordon.export import exchange, record
        from kordon.ingest import decode
        from kordon.pipeline import Pipeline

        pipeline = Pipeline.from_profile(time_limit=0)
        pipeline(
            Document(
                id="warm", source="warm", raw="МОСКВА, 3 марта /ТАСС/. Изъяли 12 кг героина.", format="text"
            )
        )
        pipeline(
            Document(
                id="warm",
                source="warm",
                raw="<html><body><p>Berlin (dpa) - Test.</p></body></html>",
                format="html",
            )
        )
    pipeline.time_limit = time_limit

    def check(doc: Any) -> None:
        n = len(doc.text)
        for m in doc.mentions:
            if not (0 <= m.span.start < m.span.end <= n and doc.text[m.span.start : m.span.end] == m.surface):
                raise AssertionError(f"mention {m.surface!r} at {m.span} is not in the text")
        for ev in doc.events:
            if not 0 <= ev.trigger.start < ev.trigger.end <= n:
                raise AssertionError(f"event trigger {ev.trigger} outside a text of {n} characters")
        json.dumps(exchange(doc), ensure_ascii=False)
        json.dumps(record(doc), ensure_ascii=False)

    def one_input(data: bytes) -> None:
        if not data:
            return
        mode, body = data[0] % 3, data[1:]
        if mode == 2:
            text = atheris.FuzzedDataProvider(body).ConsumeUnicodeNoSurrogates(len(body))
            if not text.strip():
                return
            fmt = "text"
        else:
            fmt = "html" if mode == 1 else "text"
            try:
                text = decode(body, "fuzz", html=fmt == "html")
            except InputError:
                return
        try:
            doc = pipeline(Document(id="fuzz", source="fuzz", raw=text, format=fmt))
        except TimeLimitError as exc:
            raise AssertionError(f"hang: {exc}") from exc
        except InputError:
            return  # nothing to extract (no letters left after cleaning): reported, not a crash
        check(doc)

    atheris.Setup(argv, one_input)
    atheris.Fuzz()


# ---------------------------------------------------------------- the driver


def _seeds(folder: Path) -> None:
    """A seed corpus: the demo articles (as text and HTML) and a few hostile shapes."""
    demo = ROOT / "src" / "kordon" / "data" / "demo"
    n = 0
    for path in sorted(demo.glob("*"))[:40]:
        if path.suffix in (".txt", ".html", ".htm"):
            data = path.read_bytes()[:8000]
            mode = b"\x01" if path.suffix != ".txt" else b"\x00"
            (folder / f"seed{n}").write_bytes(mode + data)
            n += 1
    extras = [
        b"\x00" + "МОСКВА, 5 марта /ТАСС/. Изъято 1,5 тонны гашиша и 24.000 таблеток.".encode("cp1251"),
        b"\x01" + b"<div>" * 2000 + b"x",
        b"\x02" + "\u202eBaku\u202c, 24. Mai, AZERTAC \u200f– 13 kg 90 g Heroin".encode(),
        b"\x00" + b"1" * 7000 + " кг героина".encode(),  # once infinity, which broke the events stage
    ]
    for data in extras:
        (folder / f"seed{n}").write_bytes(data)
        n += 1


def _stats(output: str) -> dict[str, Any]:
    stats = dict(re.findall(r"stat::(\w+):\s*(\d+)", output))
    done = re.search(r"Done (\d+) (?:runs )?in (\d+) second", output)
    rss = [int(x) for x in re.findall(r"rss: (\d+)Mb", output)]
    return {
        "runs": int(stats.get("number_of_executed_units") or (done.group(1) if done else 0)),
        "peak_rss_mb": max([int(stats.get("peak_rss_mb", 0)), *rss]),
        "slowest_input_s": int(stats.get("slowest_unit_time_sec", 0)),
        "coverage_edges": max((int(x) for x in re.findall(r"cov: (\d+)", output)), default=0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=0, help="Stop after this many inputs (0: no limit).")
    parser.add_argument("--max-total-time", type=int, default=0, help="Stop after this many seconds.")
    parser.add_argument("--time-limit", type=float, default=10.0, help="Per-document time limit (s).")
    parser.add_argument("--timeout", type=int, default=60, help="libFuzzer's hard per-input timeout (s).")
    parser.add_argument("--rss-limit-mb", type=int, default=3072, help="libFuzzer's memory limit (MB).")
    parser.add_argument("--max-len", type=int, default=65536, help="Largest input (bytes).")
    parser.add_argument("--corpus", type=Path, help="Corpus folder (kept; default: a temporary one).")
    parser.add_argument("--artifacts", type=Path, default=Path("fuzz-findings"), help="Where findings go.")
    parser.add_argument("--json", type=Path, help="Write the summary here as JSON.")
    parser.add_argument("--seed", type=int, default=0, help="libFuzzer seed (0: random).")
    args, extra = parser.parse_known_args()

    if extra and extra[0] == "--target":
        _target_main([sys.argv[0], *extra[1:]], args.time_limit)
        return 0

    args.artifacts.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        _seeds(seeds)
        before = set(args.artifacts.iterdir())
        cmd = [
            sys.executable,
            __file__,
            "--time-limit",
            str(args.time_limit),
            "--target",
            str(corpus),
            str(seeds),
            f"-timeout={args.timeout}",
            f"-rss_limit_mb={args.rss_limit_mb}",
            f"-max_len={args.max_len}",
            f"-artifact_prefix={args.artifacts}/",
            f"-seed={args.seed}",
            "-print_final_stats=1",
        ]
        if args.runs:
            cmd.append(f"-atheris_runs={args.runs}")
        if args.max_total_time:
            cmd.append(f"-max_total_time={args.max_total_time}")
        t0 = time.time()
        proc = subprocess.run(
            cmd, capture_output=True, text=True, errors="replace", env=os.environ | {"PYTHONHASHSEED": "0"}
        )
        elapsed = time.time() - t0
        findings = sorted(str(p) for p in set(args.artifacts.iterdir()) - before)
        summary = {
            **_stats(proc.stderr),
            "seconds": round(elapsed, 1),
            "exit_status": proc.returncode,
            "findings": findings,
            "time_limit_s": args.time_limit,
            "rss_limit_mb": args.rss_limit_mb,
            "corpus_files": len(list(corpus.iterdir())),
        }
    if proc.returncode != 0 or findings:
        sys.stderr.write(proc.stderr[-6000:])
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")
    return 0 if proc.returncode == 0 and not findings else 1


if __name__ == "__main__":
    sys.exit(main())
