from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from kordon.document import Document
from kordon.errors import InputError
from kordon.ingest import Skipped, decode, read

RU = "Пограничники Таджикистана задержали наркокурьера на границе с Афганистаном. " * 3


def _read(*paths: Path, max_bytes: int = 20 * 1024 * 1024) -> list[Document | InputError | Skipped]:
    return list(read(paths, max_bytes))


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "utf-8-sig", "utf-16"])
def test_legacy_and_unicode_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes(RU.encode(encoding))
    (doc,) = _read(path)
    assert isinstance(doc, Document)
    assert doc.raw.strip() == RU.strip()


def test_empty_binary_and_missing_files_give_one_clear_error_each(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "binary.txt").write_bytes(gzip.compress(b"x" * 1000))
    (tmp_path / "good.txt").write_text(
        "MINSK, 24 November (BelTA) – Talks were held today.", encoding="utf-8"
    )
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    items = _read(tmp_path, tmp_path / "missing.txt")
    errors = {Path(e.source).name: e.problem for e in items if isinstance(e, InputError)}
    assert errors["empty.txt"] == "empty file"
    assert "binary" in errors["binary.txt"]
    assert "cannot read" in errors["dangling.txt"]
    assert errors["missing.txt"] == "no such file or folder"
    assert [d.id for d in items if isinstance(d, Document)] == ["good"]
    assert [Path(s.path).name for s in items if isinstance(s, Skipped)] == ["notes.pdf"]


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # a sparse 100 MB file
    (err,) = _read(big)
    assert isinstance(err, InputError)
    assert "100.0 MB" in err.problem and "limit" in err.problem


def test_jsonl_lines_with_errors_in_place(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "First article text.", "lang": "en", "published": "2025-03-04"}),
        "{not json",
        json.dumps({"id": "a3"}),
        json.dumps([1, 2]),
        "",
        json.dumps(
            {"html": "<html><body><p>Second article in HTML.</p></body></html>", "url": "https://x.test/a"}
        ),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(path)
    docs = [d for d in items if isinstance(d, Document)]
    errors = [e for e in items if isinstance(e, InputError)]
    assert [d.id for d in docs] == ["a1", "wire-6"]
    assert docs[0].meta == {"lang": "en", "published": "2025-03-04"}
    assert docs[1].format == "html" and docs[1].url == "https://x.test/a"
    assert [e.source.rsplit(":", 1)[1] for e in errors] == ["2", "3", "4"]
    assert "invalid JSON" in errors[0].problem
    assert "neither" in errors[1].problem


def test_jsonl_overlong_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "small"}) + "\n")
    items = _read(path, max_bytes=1000)
    assert isinstance(items[0], InputError) and "longer than" in items[0].problem
    assert isinstance(items[1], Document) and items[1].raw == "small"


def test_decode_rejects_control_garbage() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(1, 32)) * 100, "x.txt")


def test_nul_characters_anywhere_are_refused_naming_the_input(tmp_path: Path) -> None:
    """No database stores a NUL (PostgreSQL refuses it), so no reader lets one through."""
    from kordon.errors import InputError
    from kordon.ingest import decode, decode_body

    late = ("Пограничники задержали нарушителя. " * 3000).encode() + b"\x00 end"
    with pytest.raises(InputError, match="late.txt: binary"):
        decode(late, "late.txt")  # past the first 64 KiB
    with pytest.raises(InputError, match="utf16.txt: binary"):
        decode("\ufeffТекст\x00 с нулём".encode("utf-16"), "utf16.txt")
    with pytest.raises(InputError, match="page: binary"):
        decode_body("<p>Текст\x00</p>".encode("koi8-r"), "page", "koi8-r", True)
    lines = tmp_path / "nul.jsonl"
    lines.write_text(
        '{"text": "Beamte stoppten\\u0000 einen Lkw."}\n'
        '{"text": "Beamte stoppten einen Lkw.", "title": "T\\u0000"}\n'
        '{"text": "Beamte stoppten einen Lkw."}\n',
        encoding="utf-8",
    )
    got = list(read([lines]))
    assert [str(g) for g in got[:2]] == [
        f"{lines}:1: binary, not text (it contains NUL characters)",
        f"{lines}:2: a field contains a NUL character",
    ]
    assert isinstance(got[2], Document)
