"""Web archives: pages of WARC files become documents; damage is reported by offset and
reading goes on."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kordon.document import Document
from kordon.errors import InputError
from kordon.ingest import Skipped, read
from kordon.warc import read_warc

RU = """<!DOCTYPE html><html><head><title>Задержание на заставе Северная</title></head><body>
<article><h1>Задержание на заставе Северная</h1><p class="date">24 ноября 2025</p>
<p>Пограничники заставы Северная задержали двух жителей соседней области, которые пытались
провезти через реку партию контрафактных сигарет. Товар изъят.</p></article></body></html>"""

DE = """Kontrolle am Grenzübergang Lindenau

Beamte haben am Grenzübergang Lindenau einen Kleintransporter mit nicht angemeldeten
Elektrogeräten gestoppt. Der Fahrer muss mit einem Bußgeldverfahren rechnen."""

EN = """<!DOCTYPE html><html><head><title>Patrol</title></head><body><article><h1>Joint patrol</h1>
<p>Border guards of two neighbouring services held a joint patrol along the river, checking
fishing boats and a ferry crossing. No violations were found.</p></article></body></html>"""


def _response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    ctype: str,
    status: str = "200 OK",
    date: str = "2025-11-26T10:00:00Z",
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict={"WARC-Date": date}
    )
    writer.write_record(record)


def build(gz: bool = True) -> bytes:
    """warcinfo, a request, three pages (ru HTML, de text, en HTML in cp1251), an image,
    a 404 and a redirect."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "kordon tests"}))
    request = StatusAndHeaders("GET /news/101 HTTP/1.1", [("Host", "border.example")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record(
            "http://border.example/news/101", "request", payload=io.BytesIO(b""), http_headers=request
        )
    )
    _response(writer, "http://border.example/news/101", RU.encode(), "text/html; charset=utf-8")
    _response(writer, "http://presse.example/311.txt", DE.encode(), "text/plain; charset=utf-8")
    _response(writer, "http://coast.example/n/7", EN.encode("cp1251"), "text/html; charset=windows-1251")
    _response(writer, "http://border.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
    _response(writer, "http://border.example/gone", b"<html>not here</html>", "text/html", "404 Not Found")
    _response(writer, "http://border.example/old", b"", "text/html", "301 Moved Permanently")
    return buf.getvalue()


def _split(
    items: list[Document | InputError | Skipped],
) -> tuple[list[Document], list[InputError], list[Skipped]]:
    return (
        [i for i in items if isinstance(i, Document)],
        [i for i in items if isinstance(i, InputError)],
        [i for i in items if isinstance(i, Skipped)],
    )


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_pages_become_documents_and_other_records_are_skipped(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(build(gz))
    docs, errors, skipped = _split(list(read([path])))
    assert errors == []
    assert [d.url for d in docs] == [
        "http://border.example/news/101",
        "http://presse.example/311.txt",
        "http://coast.example/n/7",
    ]
    ru, de, en = docs
    assert ru.format == "html" and "контрафактных сигарет" in ru.raw
    assert ru.meta["html_date"] == "2025-11-24"  # the page's own date
    assert de.format == "text" and de.raw == DE
    assert (de.meta["html_date"], de.meta["date_from"]) == ("2025-11-26", "capture")  # WARC-Date fallback
    assert "joint patrol" in en.raw  # decoded from cp1251
    assert sorted(s.reason for s in skipped) == sorted(
        ["warcinfo record", "request record", "content type image/png", "HTTP status 404", "HTTP status 301"]
    )
    assert all(str(path) in s.path and "offset" in s.path for s in skipped)


def test_a_truncated_warc_gz_reports_the_record_and_keeps_what_was_read(tmp_path: Path) -> None:
    data = build(gz=True)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(data)
    offsets = [int(s.path.rsplit(" ", 1)[1].rstrip(")")) for s in _split(list(read_warc(whole)))[2]]
    assert offsets[:2] == [0, offsets[1]]
    # cut the archive inside the third page (the cp1251 one): the first two pages survive
    pages = [d.meta["warc_record"] for d in _split(list(read_warc(whole)))[0]]
    third = int(pages[2].rsplit(" ", 1)[1].rstrip(")"))
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: third + 200])
    docs, errors, _ = _split(list(read([cut])))
    assert [d.url for d in docs] == ["http://border.example/news/101", "http://presse.example/311.txt"]
    (error,) = errors
    assert error.source == f"{cut} (record at offset {third})"
    assert "truncated" in error.problem


def test_a_corrupt_gzip_member_in_the_middle_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    data = bytearray(build(gz=True))
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(bytes(data))
    pages = [d.meta["warc_record"] for d in _split(list(read_warc(whole)))[0]]
    second = int(pages[1].rsplit(" ", 1)[1].rstrip(")"))
    data[second + 30 : second + 60] = b"\xff" * 30  # garble the compressed stream of the second page
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(bytes(data))
    docs, errors, _ = _split(list(read_warc(bad)))
    assert [d.url for d in docs] == ["http://border.example/news/101", "http://coast.example/n/7"]
    assert len(errors) == 1 and errors[0].source == f"{bad} (record at offset {second})"


def test_a_damaged_uncompressed_record_fails_its_digest(tmp_path: Path) -> None:
    data = build(gz=False)
    at = data.index("контрафактных".encode())
    damaged = data[:at] + "КОНТРАФАКТНЫХ".encode() + data[at + len("контрафактных".encode()) :]
    path = tmp_path / "damaged.warc"
    path.write_bytes(damaged)
    docs, errors, _ = _split(list(read_warc(path)))
    assert [d.url for d in docs] == ["http://presse.example/311.txt", "http://coast.example/n/7"]
    (error,) = errors
    assert "record is damaged" in error.problem and "digest" in error.problem


def test_not_a_warc_empty_and_oversized(tmp_path: Path) -> None:
    (tmp_path / "fake.warc").write_bytes(b"<html>no archive</html>")
    (tmp_path / "empty.warc.gz").write_bytes(b"")
    big = tmp_path / "big.warc.gz"
    big.write_bytes(build(gz=True))
    errors = {
        Path(e.source).name: e.problem
        for e in _split(list(read([tmp_path / "fake.warc", tmp_path / "empty.warc.gz"])))[1]
    }
    assert errors == {
        "fake.warc": "not a WARC file (it starts with neither 'WARC/' nor a gzip header)",
        "empty.warc.gz": "empty file",
    }
    docs, errors_big, _ = _split(list(read([big], max_bytes=250)))
    assert [d.url for d in docs] == ["http://presse.example/311.txt"]  # the only page under 250 bytes
    assert len(errors_big) == 2 and all("over the" in e.problem for e in errors_big)


def test_warc_files_in_folders(tmp_path: Path) -> None:
    (tmp_path / "crawls").mkdir()
    (tmp_path / "crawls" / "day1.warc.gz").write_bytes(build(gz=True))
    docs, errors, skipped = _split(list(read([tmp_path])))
    assert len(docs) == 3 and errors == [] and len(skipped) == 5
