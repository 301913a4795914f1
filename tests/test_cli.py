"""The command line as a user runs it (in-process through typer's runner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kordon import __version__
from kordon.cli import app
from kordon.pipeline import PROFILES

runner = CliRunner()

ARTICLE = (
    "Baku, 24. Mai, AZERTAC\nDas Treffen der Innenminister der Organisation der Turkstaaten "
    "fand am 23. Mai 2025 in Baku statt. Die Minister sprachen über Drogenhandel.\n"
)


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "de_1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "ru_1.txt").write_bytes(
        "МОСКВА, 5 марта. /ТАСС/. Таможенники изъяли 300 кг гашиша.".encode("cp1251")
    )
    (folder / "wire.jsonl").write_text(
        json.dumps(
            {"id": "w1", "text": "ALMATY, Nov 3 (Reuters) - Police seized heroin.", "published": "2025-11-03"}
        )
        + "\n{broken\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("")
    return folder


def test_version_and_help() -> None:
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out
    for cmd in ("ingest", "extract", "search", "show", "stats", "components", "bench", "demo"):
        code, out, _ = run(cmd, "--help")
        assert code == 0 and "Usage" in out, cmd


def test_ingest_reports_bad_files_and_is_idempotent(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    code, out, err = run("ingest", str(corpus), "--db", db)
    assert code == 1  # two inputs failed
    assert "3 new document(s) stored" in out and "2 failed" in out
    assert "empty.txt: empty file" in err
    assert "wire.jsonl:2: invalid JSON" in err
    code, out, err = run("ingest", str(corpus / "de_1.txt"), "--db", db)
    assert code == 0
    assert "0 new document(s) stored, 1 already stored" in out
    assert "already stored" in err
    code, out, _ = run("stats", "--db", db, "--json")
    assert json.loads(out)["documents"] == 3


def test_ingest_in_small_batches_stores_the_same(corpus: Path, tmp_path: Path) -> None:
    """One document per transaction stores what the default batch does; a batch of 0 is refused."""
    stats = []
    for name, extra in (("default.db", []), ("one.db", ["--batch", "1"])):
        db = str(tmp_path / name)
        code, out, _ = run("ingest", str(corpus), "--db", db, *extra)
        assert code == 1 and "3 new document(s) stored" in out
        stats.append(json.loads(run("stats", "--db", db, "--json")[1]))
    assert stats[0] == stats[1] and stats[0]["documents"] == 3
    code, _, err = run("ingest", str(corpus), "--db", str(tmp_path / "zero.db"), "--batch", "0")
    assert code == 2 and "--batch" in err


def test_kordon_db_environment_variable(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    code, _, _ = run("ingest", str(corpus / "de_1.txt"), env={"KORDON_DB": str(db)})
    assert code == 0 and db.exists()


def test_extract_exchange_and_json(corpus: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "out.jsonl"
    code, _, _ = run("extract", str(corpus / "de_1.txt"), str(corpus / "wire.jsonl"), "-o", str(out_file))
    assert code == 1  # the broken JSONL line
    rows = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["de_1", "w1"]
    assert rows[0]["dateline"] == {"place": "Baku", "country": "AZ", "agency": "AZERTAC"}
    assert rows[0]["published"] == "XXXX-05-24"
    assert rows[1]["published"] == "2025-11-03"
    assert rows[0]["countries"] == ["AZ"]
    assert rows[0]["organizations"] == [{"name": "Organization of Turkic States", "acronym": "OTS"}]
    assert rows[0]["places"] == [{"name": "Baku", "country": "AZ"}]
    assert rows[0]["threats"] == ["drug_trafficking"]
    (meeting,) = rows[0]["events"]
    assert (meeting["type"], meeting["date_start"], meeting["place"], meeting["country"]) == (
        "meeting",
        "2025-05-23",
        "Baku",
        "AZ",
    )
    code, out, _ = run("extract", str(corpus / "de_1.txt"), "--format", "json")
    assert code == 0
    rec = json.loads(out)
    ev = rec["dateline"]["agency_evidence"]
    assert ev["text"] == "AZERTAC"
    assert ARTICLE[ev["raw_start"] : ev["raw_end"]] == "AZERTAC"
    assert rec["published"]["component"] == "dateline"
    assert rec["components"] == list(PROFILES["fast"])


def test_search_show_stats(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    run("ingest", str(corpus), "--db", db)
    code, out, _ = run("search", "гашиша", "--db", db, "--json")
    assert code == 0
    (hit,) = [json.loads(line) for line in out.splitlines()]
    assert hit["name"] == "ru_1"
    code, out, _ = run("show", "ru_1", "--db", db)
    assert code == 0 and "Таможенники изъяли" in out and "TASS" in out
    code, _, err = run("show", "nope", "--db", db)
    assert code == 4 and "no document 'nope'" in err
    code, out, _ = run("stats", "--db", db)
    assert code == 0 and "documents" in out


def test_components_lists_contracts() -> None:
    code, out, _ = run("components")
    assert code == 0
    assert "dateline" in out and "published" in out


def test_demo_builds_a_store_and_prints_a_summary(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    code, out, _ = run("demo", "--db", db)
    assert code == 0
    assert "35 new, 0 already stored, 0 failed" in out
    assert "ru" in out and "de" in out and "en" in out
    code, out, _ = run("demo", "--db", db)
    assert "0 new, 35 already stored" in out


def test_a_failing_batch_leaves_what_was_stored_intact(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    run("ingest", str(corpus / "de_1.txt"), "--db", db)
    before = run("show", "de_1", "--db", db, "--json")[1]
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    code, _, err = run("ingest", str(tmp_path / "bad.txt"), str(corpus / "empty.txt"), "--db", db)
    assert code == 1 and "bad.txt: binary file" in err
    assert run("show", "de_1", "--db", db, "--json")[1] == before
    assert json.loads(run("stats", "--db", db, "--json")[1])["documents"] == 1


def test_entities_command_lists_linked_entities(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Innenminister Iwan Kubrakow traf in Minsk den Botschafter Chinas Xie Xiaoyong."
    )
    (folder / "b.txt").write_text("Министр внутренних дел Иван Кубраков провел встречу в Минске.")
    db = str(tmp_path / "k.db")
    run("ingest", str(folder), "--db", db)
    code, out, _ = run("entities", "--db", db, "--type", "person", "--json")
    assert code == 0
    people = {json.loads(line)["name"]: json.loads(line) for line in out.splitlines()}
    assert people["Iwan Kubrakow"]["documents"] == 2
    assert "Иван Кубраков" in people["Iwan Kubrakow"]["aliases"]
    code, out, _ = run("entities", "--db", db)
    assert code == 0 and "Minsk" in out
    code, out, _ = run("show", "a", "--db", db)
    assert code == 0 and "Entities" in out and "Xie Xiaoyong" in out


def test_events_export_and_plover(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "az.txt").write_text(
        "Baku, 4 October 2022 – On October 2, border guards found 13 kg 90 grams of "
        "heroin hidden in a truck coming from Iran.",
        encoding="utf-8",
    )
    db = str(tmp_path / "k.db")
    run("ingest", str(folder), "--db", db)
    code, out, _ = run("events", "--db", db, "--substance", "heroin", "--json")
    assert code == 0 and json.loads(out.splitlines()[0])["goods"][0]["value"] == 13.09
    csv_file = tmp_path / "seizures.csv"
    code, _, _ = run("export", "--format", "seizures", "--db", db, "-o", str(csv_file), "--bom")
    assert code == 0
    raw = csv_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    import csv

    (row,) = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert (
        row["substance"],
        row["amount"],
        row["unit"],
        row["country"],
        row["route_from"],
        row["transport"],
    ) == ("heroin", "13.09", "kg", "AZ", "IR", "truck")
    assert "hidden in a truck" in row["concealment"] and "found" in row["evidence"]
    code, out, _ = run("extract", str(folder / "az.txt"), "--format", "plover")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert (record["event_type"], record["mode"], record["event_date"]) == ("COERCE", "seize", "2022-10-02")
    code, out, _ = run("export", "--format", "exchange", "--db", db)
    assert json.loads(out)["events"][0]["type"] == "seizure"


def test_incidents_command_and_show(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "ru.txt").write_text(
        "ДУШАНБЕ, 12 марта 2025 /ТАСС/. Пограничники Таджикистана 11 марта изъяли 590 кг "
        "гашиша на таджикско-афганской границе.",
        encoding="utf-8",
    )
    (folder / "en.txt").write_text(
        "DUSHANBE, March 13, 2025 (Reuters) - Tajik border guards seized about 600 "
        "kilograms of hashish on March 11 on the border with Afghanistan.",
        encoding="utf-8",
    )
    db = str(tmp_path / "k.db")
    run("ingest", str(folder), "--db", db)
    code, out, _ = run("incidents", "--db", db, "--format", "jsonl", "--min-reports", "2")
    assert code == 0
    (incident,) = [json.loads(line) for line in out.splitlines()]
    assert {d["id"] for d in incident["documents"]} == {"ru", "en"}
    assert incident["documents"][0]["source"].endswith(".txt")
    assert set(incident) >= {
        "id",
        "type",
        "date_start",
        "date_end",
        "country",
        "place",
        "documents",
        "languages",
        "conflicts",
    }
    code, out, _ = run("show", incident["id"], "--db", db)
    assert code == 0 and "conflict" in out and "590" in out and "600" in out
    code, _, err = run("show", "I999", "--db", db)
    assert code == 4 and "no incident" in err
