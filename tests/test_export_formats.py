"""The file formats of `kordon export` (CSV, JSON lines, GeoJSON, GraphML, Parquet), read back
with the tools their users have, and the export, token and serve commands."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from kordon import Document, Pipeline, Store
from kordon.cli import app
from kordon.export import EVENT_FIELDS, export_store, write_csv, write_graphml
from kordon.ingest import read
from kordon.kb import data_path
from kordon.query import Filters, iter_events, network

DEMO = Path(str(data_path("demo")))
NAMES = [
    "ru_07_seizure_panj",
    "de_01_seizure_baku",
    "en_10_caricc_operation",
    "ru_01_csto_council",
    "en_02_training_karaganda",
]
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    pipe = Pipeline.from_profile()
    path = str(tmp_path_factory.mktemp("export") / "k.db")
    with Store(path) as store:
        for doc in read([DEMO]):
            if isinstance(doc, Document) and doc.id in NAMES:
                store.add(pipe(doc))
        assert store.count() == len(NAMES)
    return path


def exported(db: str, fmt: str, filters: Filters | None = None, bom: bool = False) -> bytes:
    sink = io.BytesIO()
    with Store(db) as store:
        export_store(store, fmt, sink, filters, bom=bom)
    return sink.getvalue()


def events_of(db: str, filters: Filters | None = None) -> list[dict[str, Any]]:
    with Store(db) as store:
        return list(iter_events(store, filters or Filters()))


def test_csv_one_row_per_event_excel_ready(db: str) -> None:
    events = events_of(db)
    plain = exported(db, "csv")
    rows = list(csv.DictReader(io.StringIO(plain.decode("utf-8"), newline="")))
    assert list(rows[0]) == EVENT_FIELDS
    assert [r["id"] for r in rows] == [e["id"] for e in events]
    for row, ev in zip(rows, events, strict=True):
        assert row["type"] == ev["type"] and row["document"] == ev["document"]
        if ev["coords"]:
            assert (float(row["lat"]), float(row["lon"])) == pytest.approx(tuple(ev["coords"]))
        assert row["evidence"] == ev["trigger"]["text"]
    panj = [r["goods"] for r in rows if r["document"] == "ru_07_seizure_panj" and r["type"] == "seizure"]
    assert "1500 kg hashish" in panj  # "1,5 тонны гашиша", flattened
    with_bom = exported(db, "csv", bom=True)
    assert with_bom.startswith(b"\xef\xbb\xbf") and with_bom[3:] == plain
    assert next(csv.DictReader(io.StringIO(with_bom.decode("utf-8-sig"))))["id"] == rows[0]["id"]
    only = list(
        csv.DictReader(io.StringIO(exported(db, "csv", Filters(type="seizure", country="TJ")).decode()))
    )
    assert only and {(r["type"], r["country"]) for r in only} == {("seizure", "TJ")}


def test_csv_quotes_what_needs_quoting() -> None:
    tricky = {"id": "E1", "evidence": 'a "quoted", multi\nline; text', "goods": "x,y", "lat": 1.5}
    sink = io.StringIO(newline="")
    assert write_csv([tricky], sink, ["id", "evidence", "goods", "lat"]) == 1
    (row,) = list(csv.DictReader(io.StringIO(sink.getvalue(), newline="")))
    assert row == {"id": "E1", "evidence": tricky["evidence"], "goods": "x,y", "lat": "1.5"}


def test_geojson_is_rfc7946_for_qgis(db: str) -> None:
    fc = json.loads(exported(db, "geojson"))
    located = [e for e in events_of(db) if e["coords"]]
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    assert [f["id"] for f in fc["features"]] == [e["id"] for e in located]
    for feat, ev in zip(fc["features"], located, strict=True):
        assert feat["type"] == "Feature" and feat["geometry"]["type"] == "Point"
        lon, lat = feat["geometry"]["coordinates"]
        assert [lat, lon] == pytest.approx(ev["coords"], abs=1e-6)
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        props = feat["properties"]
        assert props["event"] == ev["id"] and props["type"] == ev["type"]
        assert all(v is None or isinstance(v, str | int | float) for v in props.values())  # flat columns


def test_graphml_reads_back_with_its_network(db: str) -> None:
    root = ET.fromstring(exported(db, "graphml"))
    assert root.tag == f"{GRAPHML}graphml"
    keys = {
        k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type"))
        for k in root.iter(f"{GRAPHML}key")
    }
    assert keys["label"] == ("node", "label", "string") and keys["eweight"] == ("edge", "weight", "int")
    graph = root.find(f"{GRAPHML}graph")
    assert graph is not None and graph.get("edgedefault") == "undirected"
    nodes = {n.get("id"): {d.get("key"): d.text for d in n} for n in graph.iter(f"{GRAPHML}node")}
    edges = [
        (e.get("source"), e.get("target"), e.find(f"{GRAPHML}data").text)
        for e in graph.iter(f"{GRAPHML}edge")
    ]  # type: ignore[union-attr]
    with Store(db) as store:
        net = network(store, Filters(), limit=1000)
    assert set(nodes) == {n["id"] for n in net["nodes"]}
    assert {(s, t, int(w or 0)) for s, t, w in edges} == {
        (e["source"], e["target"], e["weight"]) for e in net["edges"]
    }
    assert nodes["org:CSTO"]["label"] == "Collective Security Treaty Organization"


def test_graphml_escapes_every_text() -> None:
    evil = "A & B <script>alert(\"x\")</script> \x01 'quoted'"
    net = {
        "nodes": [
            {"id": "org:<x>", "type": "organization", "name": evil, "country": None, "weight": 2},
            {"id": 'p:"y"&', "type": "person", "name": "Ж", "country": "KZ", "weight": 1},
        ],
        "edges": [{"source": "org:<x>", "target": 'p:"y"&', "weight": 1}],
    }
    sink = io.BytesIO()
    write_graphml(net, sink)
    assert b"<script>" not in sink.getvalue()
    root = ET.fromstring(sink.getvalue())
    labels = {n.get("id"): n.find(f"{GRAPHML}data[@key='label']").text for n in root.iter(f"{GRAPHML}node")}  # type: ignore[union-attr]
    assert labels == {"org:<x>": evil.replace("\x01", ""), 'p:"y"&': "Ж"}


def test_graphml_reads_in_networkx(db: str) -> None:
    networkx = pytest.importorskip("networkx", reason="networkx is optional")
    graph = networkx.read_graphml(io.BytesIO(exported(db, "graphml")))
    assert graph.nodes["org:CSTO"]["label"] == "Collective Security Treaty Organization"
    assert all(isinstance(w, int) for _, _, w in graph.edges(data="weight"))


def test_parquet_events_table_with_flat_typed_columns(db: str) -> None:
    table = pq.read_table(io.BytesIO(exported(db, "parquet")))
    assert table.schema.names == EVENT_FIELDS
    assert (
        table.schema.field("lat").type == pa.float64()
        and table.schema.field("trigger_start").type == pa.int64()
    )
    assert table.schema.field("type").type == pa.string()
    rows = list(csv.DictReader(io.StringIO(exported(db, "csv").decode())))
    assert table.num_rows == len(rows)
    assert table.column("id").to_pylist() == [r["id"] for r in rows]
    assert table.column("trigger_start").to_pylist() == [int(r["trigger_start"]) for r in rows]
    empty = pq.read_table(io.BytesIO(exported(db, "parquet", Filters(type="no-such-type"))))
    assert empty.num_rows == 0 and empty.schema.names == EVENT_FIELDS


def test_jsonl_exchange_plover_seizures(db: str) -> None:
    records = [json.loads(line) for line in exported(db, "jsonl").decode().split("\n") if line]
    assert sorted(r["id"] for r in records) == sorted(NAMES)
    assert all("evidence" in e for r in records for e in r["events"])
    exchange = [
        json.loads(line) for line in exported(db, "exchange", Filters(lang="ru")).decode().split("\n") if line
    ]
    assert {x["id"] for x in exchange} == {"ru_07_seizure_panj", "ru_01_csto_council"}
    plover = [
        json.loads(line)
        for line in exported(db, "plover", Filters(type="seizure")).decode().split("\n")
        if line
    ]
    assert plover and {p["kordon_type"] for p in plover} == {"seizure"}
    assert len(plover) == len(events_of(db, Filters(type="seizure")))
    seizures = list(
        csv.DictReader(io.StringIO(exported(db, "seizures", Filters(substance="hashish")).decode()))
    )
    assert seizures and {s["substance"] for s in seizures} >= {"hashish"}


def test_export_command_formats_filters_and_files(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", db, "-f", "csv", "--type", "seizure", "--country", "TJ"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["country"] for r in rows} == {"TJ"}
    out = tmp_path / "events.parquet"
    assert runner.invoke(app, ["export", "--db", db, "-f", "parquet", "-o", str(out)]).exit_code == 0
    assert pq.read_table(out).num_rows == len(events_of(db))
    piped = runner.invoke(app, ["export", "--db", db, "-f", "parquet"])  # stdout is not a terminal here
    assert piped.exit_code == 0 and piped.stdout_bytes.startswith(b"PAR1")
    geo = tmp_path / "events.geojson"
    assert (
        runner.invoke(app, ["export", "--db", db, "-f", "geojson", "-o", str(geo), "-q", "гашиша"]).exit_code
        == 0
    )
    feats = json.loads(geo.read_text(encoding="utf-8"))["features"]
    assert feats and {f["properties"]["document"] for f in feats} == {"ru_07_seizure_panj"}
    graph = tmp_path / "net.graphml"
    assert runner.invoke(app, ["export", "--db", db, "-f", "graphml", "-o", str(graph)]).exit_code == 0
    assert ET.parse(graph).getroot().tag == f"{GRAPHML}graphml"
    bad = runner.invoke(app, ["export", "--db", db, "-f", "csv", "--since", "May"])
    assert bad.exit_code == 1 and "--since" in bad.stderr and "Traceback" not in bad.output


def test_token_commands(db: str) -> None:
    made = runner.invoke(app, ["token", "create", "ci", "--db", db])
    assert made.exit_code == 0, made.output
    secret = made.stdout.strip()
    assert secret.startswith("kdn_") and len(secret) > 40
    listed = runner.invoke(app, ["token", "list", "--db", db, "--json"])
    (entry,) = [json.loads(line) for line in listed.stdout.splitlines() if '"ci"' in line]
    assert entry["revoked"] is False and secret not in listed.stdout
    again = runner.invoke(app, ["token", "create", "ci", "--db", db])
    assert again.exit_code == 1 and "exists" in again.stderr
    assert runner.invoke(app, ["token", "revoke", "ci", "--db", db]).exit_code == 0
    assert '"revoked": true' in runner.invoke(app, ["token", "list", "--db", db, "--json"]).stdout
    missing = runner.invoke(app, ["token", "revoke", "nobody", "--db", db])
    assert missing.exit_code != 0 and "no token named 'nobody'" in missing.stderr


def test_serve_command_binds_locally_and_prints_the_address(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(application: Any, host: str, port: int, **_: Any) -> None:
        seen.update(app=application, host=host, port=port)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = runner.invoke(app, ["serve", "--db", db, "--port", "8799"])
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8799)
    assert "http://127.0.0.1:8799/" in result.stdout
    assert seen["app"].state.service.token_required is True
    runner.invoke(app, ["serve", "--db", db, "--no-token"])
    assert seen["app"].state.service.token_required is False
