"""The ``kordon`` command line: ingest, extract, search, show, stats, components, bench, demo."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from . import __version__
from .document import Document
from .errors import InputError, KordonError
from .export import SEIZURE_FIELDS, exchange, from_record, plover, record, seizure_rows
from .ingest import DEFAULT_MAX_BYTES, Skipped, read
from .kb import data_path
from .pipeline import PROFILES, Pipeline, available


class _Group(TyperGroup):
    """Turns Kordon's errors into one clear line and the error's exit status."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KordonError as exc:
            _problem(exc)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=_Group,
    help="Kordon: structured, evidence-backed data on transnational security cooperation "
    "from agency news in many languages.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="KORDON_DB",
        help="Database file or SQLAlchemy URL (default: kordon.db in the current folder).",
    ),
]
ProfileOption = Annotated[str, typer.Option("--profile", help=f"Component profile: {', '.join(PROFILES)}.")]
DisableOption = Annotated[
    list[str] | None, typer.Option("--disable", help="Leave a component out (repeatable).")
]
MaxSizeOption = Annotated[
    float, typer.Option("--max-size", help="Largest input file or JSONL line, in MB.", min=0.001)
]
DEFAULT_MAX_MB = DEFAULT_MAX_BYTES / 1024 / 1024
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


class ExtractFormat(StrEnum):
    exchange = "exchange"
    json = "json"
    plover = "plover"


def _version(value: bool) -> None:
    if value:
        out.print(f"kordon {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Kordon reads agency news in many languages and stores who met whom, what was seized
    where, and the text span behind every fact."""


def _pipeline(profile: str, disable: list[str] | None) -> Pipeline:
    return Pipeline.from_profile(profile, disable=disable or ())


def _problem(exc: KordonError) -> None:
    err.print(f"[red]error[/red] {exc}", highlight=False, markup=True)


def _documents(
    paths: list[Path], pipeline: Pipeline, max_mb: float, counts: dict[str, int]
) -> Iterator[Document]:
    """Read and process documents, reporting each problem on one line and going on."""
    for item in read(paths, int(max_mb * 1024 * 1024)):
        if isinstance(item, Skipped):
            counts["skipped"] += 1
            continue
        if isinstance(item, InputError):
            counts["failed"] += 1
            _problem(item)
            continue
        try:
            yield pipeline(item)
        except KordonError as exc:
            counts["failed"] += 1
            _problem(exc)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .htm, .jsonl).")],
    db: DbOption = None,
    profile: ProfileOption = "fast",
    disable: DisableOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only print problems.")] = False,
) -> None:
    """Process files and folders and store the documents.

    Documents are keyed by a hash of their content: ingesting the same content again adds
    nothing. A bad file is reported on one line and the rest goes on; the exit status is 1
    when anything failed.
    """
    from .store import Store

    counts = {"new": 0, "known": 0, "failed": 0, "skipped": 0}
    with Store(db) as store:
        for doc in _documents(paths, _pipeline(profile, disable), max_size, counts):
            try:
                new = store.add(doc)
            except KordonError as exc:
                counts["failed"] += 1
                _problem(exc)
                continue
            counts["new" if new else "known"] += 1
            if not new and not quiet:
                err.print(f"already stored: {doc.source} (same content)", highlight=False)
        if not quiet or counts["failed"]:
            msg = f"{counts['new']} new document(s) stored, {counts['known']} already stored"
            if counts["skipped"]:
                msg += f", {counts['skipped']} file(s) of other types skipped"
            if counts["failed"]:
                msg += f", {counts['failed']} failed"
            out.print(
                f"{msg} in {store.url.removeprefix('sqlite:///')} ({store.count()} in total)", highlight=False
            )
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .htm, .jsonl).")],
    format: Annotated[
        ExtractFormat,
        typer.Option(
            "--format",
            "-f",
            help="exchange: the evaluation shape; json: the full record with evidence; plover: one PLOVER "
            "record per event.",
        ),
    ] = ExtractFormat.exchange,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    profile: ProfileOption = "fast",
    disable: DisableOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
) -> None:
    """Run the pipeline without a database and print one JSON object per article."""
    counts = {"new": 0, "known": 0, "failed": 0, "skipped": 0}

    def project(doc: Document) -> list[dict[str, Any]]:
        if format is ExtractFormat.plover:
            return plover(doc)
        return [exchange(doc) if format is ExtractFormat.exchange else record(doc)]

    sink: TextIO
    try:
        sink = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        raise KordonError(f"{output}: cannot write ({exc.strerror or exc})") from exc
    try:
        for doc in _documents(paths, _pipeline(profile, disable), max_size, counts):
            for obj in project(doc):
                sink.write(json.dumps(obj, ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[
        str,
        typer.Argument(help="Words that must all occur; each matches as a prefix, so inflected forms count."),
    ],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Most results.", min=1)] = 20,
    lang: Annotated[str | None, typer.Option(help="Only documents in this language.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Full-text search of the stored documents (titles and cleaned texts), best first."""
    from .store import Store

    with Store(db) as store:
        hits = store.search(query, limit=limit, lang=lang)
    if as_json:
        for h in hits:
            out.print(json.dumps(asdict(h), ensure_ascii=False), highlight=False)
        return
    if not hits:
        out.print(f"no documents match {query!r}")
        return
    table = Table("id", "name", "lang", "published", "title / snippet")
    for h in hits:
        table.add_row(
            h.id[:12], h.name, h.lang or "", h.published or "", f"[bold]{h.title or ''}[/bold]\n{h.snippet}"
        )
    out.print(table)


@app.command()
def show(
    doc_id: Annotated[
        str, typer.Argument(help="Content-hash prefix, name (file stem, JSONL id) or incident id (I12).")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show a stored document (its metadata, entities, events and highlighted text) or an
    incident (I12: its reports side by side, with the figures they disagree on)."""
    from .store import Store

    if re.fullmatch(r"[Ii]\d+", doc_id):
        _show_incident(doc_id, db, as_json)
        return

    with Store(db) as store:
        row = store.get(doc_id)
    rec = json.loads(row.record)
    if as_json:
        out.print_json(data=rec)
        return
    table = Table(show_header=False, box=None)
    table.add_row("id", row.id)
    table.add_row("name", row.name)
    table.add_row("source", row.source)
    for label, value in (("title", row.title), ("site", row.site), ("url", row.url)):
        if value:
            table.add_row(label, value)
    lang = rec["lang"]
    table.add_row("language", f"{lang['code']} ({lang['confidence']}, {lang['component']})")
    pub = rec["published"]
    table.add_row("published", f"{pub['edtf']} ({pub['precision']}, from {pub['component']})" if pub else "—")
    line = rec["dateline"]
    if line:
        ev = line["evidence"]
        table.add_row(
            "dateline",
            f"{line['place'] or '—'} {line['country'] or ''} · {line['agency'] or '—'}"
            f"   [dim]« {ev['text']} » at {ev['start']}–{ev['end']}[/dim]",
        )
    out.print(table)
    if rec["entities"]:
        mentions: dict[str, list[str]] = {}
        for m in rec["mentions"]:
            mentions.setdefault(m["entity_id"] or "", []).append(m["surface"])
        ents = Table(
            "entity", "type", "country", "details", "mentions", title="Entities", title_justify="left"
        )
        for e in rec["entities"]:
            details = ", ".join(x for x in (e.get("role"), e.get("affiliation")) if x)
            if e.get("coords"):
                details = details or f"{e['coords'][0]:.2f}, {e['coords'][1]:.2f}"
            surfaces = mentions.get(e["id"], [])
            ents.add_row(
                e["canonical"],
                e["type"],
                e.get("country") or "",
                details,
                f"{len(surfaces)}: " + " · ".join(dict.fromkeys(surfaces)),
            )
        out.print(ents)
    if rec["events"]:
        evs = Table(
            "event",
            "date",
            "place",
            "status",
            "actors",
            "goods / quantities",
            "evidence",
            title="Events",
            title_justify="left",
        )
        for e in rec["events"]:
            dates = _dates(e)
            actors = ", ".join(a.get("org") or f"{a['country']} {a['kind']}" for a in e["actors"])
            amounts = _amounts(e)
            if e["route"]:
                amounts.append(f"{e['route'].get('from') or '?'} → {e['route'].get('to') or '?'}")
            evs.add_row(
                e["type"],
                dates,
                ", ".join(x for x in (e["place"], e["country"]) if x),
                e["status"],
                actors,
                "; ".join(amounts),
                f"« {e['trigger']['text']} » {e['trigger']['start']}",
            )
        out.print(evs)
    if rec["threats"]:
        out.print("[bold]Threats[/bold] " + ", ".join(t["label"] for t in rec["threats"]))
    out.rule()
    out.print(_highlighted(row.text, rec["mentions"]))
    if rec["entities"]:
        legend = "  ".join(f"[{style}]{kind}[/]" for kind, style in _STYLES.items())
        out.print(f"[dim]highlighted:[/] {legend}")


_STYLES = {
    "person": "bold magenta",
    "organization": "bold cyan",
    "agency": "bold blue",
    "country": "bold green",
    "place": "bold yellow",
}


def _dates(event: dict[str, Any]) -> str:
    """An event's or incident's dates: "2025-05-18 … 2025-05-23"."""
    return (event["date_start"] or "") + (f" … {event['date_end']}" if event["date_end"] else "")


def _amounts(event: dict[str, Any]) -> list[str]:
    """An event's seized goods and counts, as they read: "13.09 kg heroin", "3 person"."""
    goods = [f"{g.get('value') or ''} {g.get('unit') or ''} {g['substance']}".strip() for g in event["goods"]]
    return goods + [f"{q['value']} {q['unit']}" for q in event["quantities"]]


def _highlighted(text: str, mentions: list[dict[str, Any]]) -> Text:
    """The cleaned text with every entity mention styled by its kind."""
    rich_text = Text(text)
    for m in mentions:
        span = m["span"]
        rich_text.stylize(_STYLES.get(m["kind"], "bold"), span["start"], span["end"])
    return rich_text


@app.command()
def stats(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Counts of the store: documents per language, date range, top sources."""
    from .store import Store

    with Store(db) as store:
        data = store.stats()
    if as_json:
        out.print_json(data=data)
        return
    _print_stats(data)


def _print_stats(data: dict[str, Any]) -> None:
    rng = data["date_range"]
    out.print(
        f"[bold]{data['documents']}[/bold] documents; published "
        + (f"{rng[0]} … {rng[1]}" if rng else "—")
        + f" ({data['undated']} without a full date)"
    )
    for title, key in (
        ("language", "languages"),
        ("source", "top_sources"),
        ("dateline place", "top_dateline_places"),
        ("event type", "events"),
        ("entity type", "entities"),
        ("threat", "threats"),
    ):
        table = Table(title, "count", title_justify="left")
        for name, count in data[key].items():
            table.add_row(name, str(count))
        out.print(table)


@app.command()
def events(
    db: DbOption = None,
    type: Annotated[
        str | None, typer.Option("--type", "-t", help="Event type (seizure, meeting, ...).")
    ] = None,
    country: Annotated[str | None, typer.Option(help="Country where it happened (ISO2).")] = None,
    since: Annotated[str | None, typer.Option(help="From this date on (2024, 2024-03, 2024-03-01).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (2024, 2024-12).")] = None,
    threat: Annotated[
        str | None, typer.Option(help="Only in articles about this threat (drug_trafficking, ...).")
    ] = None,
    substance: Annotated[
        str | None, typer.Option(help="Only seizures of this substance (heroin, ...).")
    ] = None,
    limit: Annotated[int, typer.Option(help="Most events.", min=1)] = 100,
    as_json: JsonOption = False,
) -> None:
    """Events of the store, newest first, filtered by type, country, dates, threat or substance."""
    from .store import Store

    with Store(db) as store:
        rows = store.events(
            type=type,
            country=country,
            since=since,
            until=until,
            threat=threat,
            substance=substance,
            limit=limit,
        )
    if as_json:
        for r in rows:
            out.print(json.dumps(r, ensure_ascii=False), highlight=False)
        return
    table = Table("date", "type", "country", "place", "status", "goods / quantities", "document")
    for r in rows:
        dates = _dates(r)
        amounts = _amounts(r)
        table.add_row(
            dates,
            r["type"],
            r["country"] or "",
            r["place"] or "",
            r["status"],
            "; ".join(amounts),
            r["document"],
        )
    out.print(table)


class ExportFormat(StrEnum):
    exchange = "exchange"
    json = "json"
    plover = "plover"
    seizures = "seizures"


@app.command()
def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="What to write.")
    ] = ExportFormat.exchange,
    db: DbOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    bom: Annotated[bool, typer.Option("--bom", help="CSV with a UTF-8 byte-order mark, for Excel.")] = False,
) -> None:
    """Export the store: exchange or full JSON lines, PLOVER records, or the seizures CSV
    (one row per seized good: date, country, place, agency, substance, amount, unit, route,
    transport, concealment, document and evidence)."""
    import csv

    from .store import Store

    try:
        sink = (
            output.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") if output else sys.stdout
        )
    except OSError as exc:
        raise KordonError(f"{output}: cannot write ({exc.strerror or exc})") from exc
    try:
        with Store(db) as store:
            if format is ExportFormat.seizures:
                writer = csv.DictWriter(sink, fieldnames=SEIZURE_FIELDS)
                writer.writeheader()
                for rec in store.records():
                    writer.writerows(seizure_rows(from_record(rec)))
                return
            for rec in store.records():
                if format is ExportFormat.json:
                    objs: list[dict[str, Any]] = [rec]
                else:
                    doc = from_record(rec)
                    objs = plover(doc) if format is ExportFormat.plover else [exchange(doc)]
                for obj in objs:
                    sink.write(json.dumps(obj, ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()


class IncidentFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


@app.command()
def incidents(
    db: DbOption = None,
    format: Annotated[
        IncidentFormat, typer.Option("--format", "-f", help="table or jsonl.")
    ] = IncidentFormat.table,
    min_reports: Annotated[
        int, typer.Option("--min-reports", help="Only incidents with this many reports.", min=1)
    ] = 1,
) -> None:
    """Incidents: one happening with every report behind it, across languages, and the figures
    the reports disagree on."""
    from .store import Store

    with Store(db) as store:
        rows = [r for r in store.incidents() if len(r["documents"]) >= min_reports]
    if format is IncidentFormat.jsonl:
        for r in rows:
            out.print(
                json.dumps({k: v for k, v in r.items() if k != "reports"}, ensure_ascii=False),
                highlight=False,
            )
        return
    table = Table("id", "type", "date", "country", "place", "reports", "languages", "conflicts")
    for r in rows:
        dates = _dates(r)
        table.add_row(
            r["id"],
            r["type"],
            dates,
            r["country"] or "",
            r["place"] or "",
            str(len(r["documents"])),
            ", ".join(r["languages"]),
            ", ".join(c["field"] for c in r["conflicts"]),
        )
    out.print(table)


def _show_incident(ref: str, db: str | None, as_json: bool) -> None:
    from .store import Store

    with Store(db) as store:
        (incident,) = store.incidents(ref)
    if as_json:
        out.print_json(data=incident)
        return
    out.print(
        f"[bold]{incident['id']}[/bold] {incident['type']} · {incident['date_start'] or '—'} · "
        f"{incident['place'] or ''} {incident['country'] or ''} · {', '.join(incident['languages'])}"
    )
    table = Table("report", "source", "date", "goods / quantities", "score", "why", "evidence")
    for r in incident["reports"]:
        amounts = _amounts(r)
        why = ", ".join(f"{k}={v}" for k, v in r["why"].items())
        table.add_row(
            r["document"],
            next((x["source"] for x in incident["documents"] if x["id"] == r["document"]), ""),
            r["date_start"] or "",
            "; ".join(amounts),
            "" if r["score"] is None else f"{r['score']:.2f}",
            why,
            r["evidence"]["text"],
        )
    out.print(table)
    for c in incident["conflicts"]:
        values = ", ".join(f"{v['value']} ({v['document']})" for v in c["values"])
        out.print(f"[yellow]conflict[/yellow] {c['field']}: {values} → reconciled {c['reconciled']}")


class EntityType(StrEnum):
    person = "person"
    organization = "organization"
    agency = "agency"
    country = "country"
    place = "place"


@app.command()
def entities(
    db: DbOption = None,
    type: Annotated[
        EntityType | None, typer.Option("--type", "-t", help="Only entities of this type.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="Only entities of this country (ISO2).")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name or alias contains this.")] = None,
    limit: Annotated[int, typer.Option(help="Most entities.", min=1)] = 50,
    as_json: JsonOption = False,
) -> None:
    """Entities of the store, linked across documents and scripts, with their counts."""
    from .store import Store

    with Store(db) as store:
        rows = store.entities(type=type.value if type else None, country=country, query=name, limit=limit)
    if as_json:
        for r in rows:
            out.print(json.dumps(r, ensure_ascii=False), highlight=False)
        return
    table = Table("entity", "type", "country", "role / affiliation", "docs", "mentions", "aliases")
    for r in rows:
        role = ", ".join(x for x in (r["role"], r["affiliation"]) if x)
        table.add_row(
            r["name"],
            r["type"],
            r["country"] or "",
            role,
            str(r["documents"]),
            str(r["mentions"]),
            ", ".join(r["aliases"][:6]),
        )
    out.print(table)


@app.command()
def components() -> None:
    """List the registered pipeline components and the profiles that use them."""
    table = Table("component", "requires", "assigns", "profiles", "from")
    for name, factory in available().items():
        profiles = ", ".join(p for p, names in PROFILES.items() if name in names)
        table.add_row(
            name,
            ", ".join(getattr(factory, "requires", ())),
            ", ".join(getattr(factory, "assigns", ())),
            profiles or "—",
            f"{factory.__module__}",
        )
    out.print(table)


class BenchTarget(StrEnum):
    pipeline = "pipeline"
    ner = "ner"
    fusion = "fusion"


@app.command()
def bench(
    what: Annotated[
        BenchTarget,
        typer.Argument(help="pipeline: speed and memory per stage; ner: recognisers on NER test sets."),
    ] = BenchTarget.pipeline,
    docs: Annotated[
        int, typer.Option("--docs", "-n", help="Documents to generate from the demo corpus.", min=1)
    ] = 2000,
    data: Annotated[Path, typer.Option("--data", help="Folder of the NER test sets (for `ner`).")] = Path(
        "../shared/eval/ner"
    ),
    sample: Annotated[int, typer.Option("--sample", help="Sentences per NER test set.", min=1)] = 500,
    as_json: JsonOption = False,
    profile: ProfileOption = "fast",
) -> None:
    """Measure speed and memory per stage, or compare entity recognisers (`kordon bench ner`)."""
    if what is BenchTarget.fusion:
        from .bench import run_fusion

        fused = run_fusion(docs)
        if as_json:
            out.print_json(data=fused)
            return
        table = Table(
            "documents",
            "seconds",
            "ms/doc (last step)",
            "peak RSS MiB",
            title=f"fusion of {fused['documents']} generated documents into {fused['incidents']} incidents",
        )
        for row in fused["checkpoints"]:
            table.add_row(
                str(row["documents"]),
                str(row["seconds"]),
                str(row["ms_per_doc_last_step"]),
                str(row["peak_rss_mib"]),
            )
        out.print(table)
        out.print(
            f"cost per document grew {fused['growth_of_cost_per_document']}x from the first to the last step"
        )
        return
    if what is BenchTarget.ner:
        from .nerbench import markdown
        from .nerbench import run as run_ner

        result = run_ner(data, sample=sample)
        out.print(
            json.dumps(result, indent=1) if as_json else markdown(result), highlight=False, markup=False
        )
        return
    from .bench import run

    result = run(docs, profile=profile)
    if as_json:
        out.print_json(data=result)
        return
    table = Table(
        "stage",
        "docs/s",
        "ms/doc",
        "peak RSS MiB",
        title=f"{result['documents']} documents ({result['mean_chars']} chars each on average), "
        f"{result['python']}",
    )
    for stage in result["stages"]:
        table.add_row(
            stage["name"],
            f"{stage['docs_per_s']:.0f}",
            f"{stage['ms_per_doc']:.2f}",
            f"{stage['peak_rss_mib']:.0f}",
        )
    out.print(table)


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="Database to build.")] = "demo.db",
) -> None:
    """Ingest the bundled demo corpus and print a summary."""
    from .store import Store

    corpus = Path(str(data_path("demo")))
    counts = {"new": 0, "known": 0, "failed": 0, "skipped": 0}
    with Store(db) as store:
        for doc in _documents([corpus], Pipeline.from_profile(), DEFAULT_MAX_MB, counts):
            counts["new" if store.add(doc) else "known"] += 1
        out.print(
            f"Demo corpus {corpus}: {counts['new']} new, {counts['known']} already stored, "
            f"{counts['failed']} failed → {db}",
            highlight=False,
        )
        _print_stats(store.stats())
    out.print(
        f"Try: kordon search heroin --db {db}  ·  kordon events --type seizure --db {db}  ·  "
        f"kordon entities --type person --db {db}  ·  kordon show <name> --db {db}",
        highlight=False,
    )


def main() -> None:
    """Console-script entry point."""
    app()
