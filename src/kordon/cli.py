"""The ``kordon`` command line: ingest, extract, search, show, stats, components, bench, demo."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict, replace
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
from .engine import Spec
from .engine import run as run_engine
from .errors import KordonError
from .export import exchange, plover, record
from .ingest import DEFAULT_MAX_BYTES, Skipped, read
from .kb import data_path
from .pipeline import DEFAULT_TIME_LIMIT, PROFILES, Pipeline, available
from .progress import Progress
from .store import STORE_BATCH, Prepared


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
TimeLimitOption = Annotated[
    float,
    typer.Option(
        "--time-limit",
        envvar="KORDON_TIME_LIMIT",
        help="Seconds one document may take in the pipeline; a slower one is reported as an error "
        "and the batch goes on. 0: no limit.",
        min=0,
    ),
]
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


def _spec(profile: str, disable: list[str] | None, time_limit: float | None = None) -> Spec:
    """The pipeline as workers rebuild it; built here once so a bad name fails before any work."""
    _pipeline(profile, disable)
    return Spec(profile, tuple(disable or ()), time_limit)


def _problem(exc: KordonError) -> None:
    err.print(f"[red]error[/red] {exc}", highlight=False, markup=True)


def _documents(
    paths: Sequence[str | Path],
    spec: Spec,
    max_mb: float,
    counts: dict[str, int],
    allow_private: bool = False,
    *,
    engine: str = "local",
    workers: int = 1,
    address: str | None = None,
    progress: Progress | None = None,
) -> Iterator[Document | Prepared]:
    """Read and process documents with the engine asked for, reporting each problem on one
    line and going on (prepared for the store when ``spec.prepare``)."""
    max_bytes = int(max_mb * 1024 * 1024)
    results = run_engine(
        [str(p) for p in paths],
        spec,
        engine=engine,
        workers=workers,
        address=address,
        max_bytes=max_bytes,
        reader=lambda ps: read(ps, max_bytes, allow_private=allow_private),
    )
    for item in results:
        if isinstance(item, Skipped):
            counts["skipped"] += 1
            continue
        if isinstance(item, KordonError):
            counts["failed"] += 1
            _problem(item)
            if progress:
                progress.advance(failed=True)
            continue
        if progress:
            progress.advance()
        yield item


EngineOption = Annotated[
    str,
    typer.Option(
        "--engine",
        help="local: this machine (with --workers processes); ray: Ray Data on a local Ray or the "
        "cluster at --address (pip install 'kordon[ray]').",
    ),
]
WorkersOption = Annotated[
    int,
    typer.Option("--workers", "-w", help="Processes (local) or actors (ray) running the pipeline.", min=1),
]
AddressOption = Annotated[
    str | None,
    typer.Option("--address", help="Ray cluster address (ray://head:10001 or auto); default: a local Ray."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Only print problems: no progress.")]


def _total(paths: Sequence[str | Path]) -> int | None:
    """How many documents the inputs hold, when every one is a plain file (else unknown)."""
    from .ingest import HTML_SUFFIXES, TEXT_SUFFIXES, iter_files

    if any("://" in str(p) for p in paths):
        return None
    n = 0
    for item in iter_files(paths):
        if isinstance(item, Path):
            if item.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES:
                return None
            n += 1
    return n


PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Files, folders or http(s) URLs of pages and feeds (.txt, .html, .jsonl, .rss, .atom, "
        ".xml feeds, .warc, .warc.gz).",
        show_default=False,
    ),
]
AllowPrivateOption = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Let URLs reach private, loopback and link-local addresses (an intranet); refused by default.",
    ),
]


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = None,
    profile: ProfileOption = "fast",
    disable: DisableOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    quiet: QuietOption = False,
    allow_private: AllowPrivateOption = False,
    engine: EngineOption = "local",
    workers: WorkersOption = 1,
    address: AddressOption = None,
    time_limit: TimeLimitOption = DEFAULT_TIME_LIMIT,
    batch: Annotated[
        int,
        typer.Option(
            "--batch",
            help="Documents stored per transaction: fewer are visible sooner and fewer are written "
            "again after a crash, more are faster.",
            min=1,
        ),
    ] = STORE_BATCH,
) -> None:
    """Process files, folders and URLs (pages or feeds) and store the documents.

    Documents are keyed by a hash of their content: ingesting the same content again adds
    nothing. A bad file, record or URL is reported on one line and the rest goes on; the
    exit status is 1 when anything failed. URLs are fetched politely and safely (robots.txt,
    timeouts, size cap, no private addresses without --allow-private; see docs/sources.md).
    """
    from .store import Store

    counts = {"new": 0, "known": 0, "failed": 0, "skipped": 0}
    spec = replace(_spec(profile, disable, time_limit), prepare=True)
    with (
        Store(db) as store,
        Progress("ingest", err, _total(paths), quiet=quiet) as progress,
    ):
        documents = _documents(
            paths,
            spec,
            max_size,
            counts,
            allow_private,
            engine=engine,
            workers=workers,
            address=address,
            progress=progress,
        )
        for doc, new in store.add_all(documents, batch=batch):
            if isinstance(new, KordonError):
                counts["failed"] += 1
                _problem(new)
                continue
            counts["new" if new else "known"] += 1
            if not new and not quiet:
                err.print(f"already stored: {doc.source} (same content)", highlight=False)
        if not quiet or counts["failed"]:
            msg = f"{counts['new']} new document(s) stored, {counts['known']} already stored"
            if counts["skipped"]:
                msg += (
                    f", {counts['skipped']} input(s) skipped (other file types, WARC records without pages)"
                )
            if counts["failed"]:
                msg += f", {counts['failed']} failed"
            out.print(
                f"{msg} in {store.url.removeprefix('sqlite:///')} ({store.count()} in total)", highlight=False
            )
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: PathsArgument,
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
    allow_private: AllowPrivateOption = False,
    engine: EngineOption = "local",
    workers: WorkersOption = 1,
    address: AddressOption = None,
    quiet: QuietOption = False,
    time_limit: TimeLimitOption = DEFAULT_TIME_LIMIT,
) -> None:
    """Run the pipeline without a database and print one JSON object per article (of files,
    folders, feeds, web archives or URLs)."""
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
        with Progress("extract", err, _total(paths), quiet=quiet or not output) as progress:
            for doc in _documents(
                paths,
                _spec(profile, disable, time_limit),
                max_size,
                counts,
                allow_private,
                engine=engine,
                workers=workers,
                address=address,
                progress=progress,
            ):
                for obj in project(doc.doc if isinstance(doc, Prepared) else doc):
                    sink.write(json.dumps(obj, ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def watch(
    sources: Annotated[
        Path,
        typer.Argument(
            help="Sources file (TOML) of [[feed]], [[site]] and [[folder]] entries.", show_default=False
        ),
    ],
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="Run each source once and exit (for cron).")] = False,
    allow_private: AllowPrivateOption = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only print problems.")] = False,
) -> None:
    """Watch feeds, sites and folders and store what is new, until Ctrl-C (or once, with --once).

    What each source has given and its ETag / Last-Modified are kept in the database, so a
    restart ingests nothing twice and loses nothing. A failing source is reported on one
    line and the others go on; with --once the exit status is 1 when any source failed.
    See docs/sources.md for the file format.
    """
    from .watch import watch as run_watch

    def info(line: str) -> None:
        if not quiet:
            out.print(line, highlight=False, markup=False)

    def error(line: str) -> None:
        err.print(f"[red]error[/red] {Text(line)}", highlight=False)

    reports = run_watch(sources, db=db, once=once, allow_private=allow_private, info=info, error=error)
    if any(r.failed for r in reports):
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
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"
    graphml = "graphml"
    parquet = "parquet"
    plover = "plover"
    exchange = "exchange"
    seizures = "seizures"
    json = "json"  # the name of jsonl before 0.2


FilterQuery = Annotated[
    str | None, typer.Option("--query", "-q", help="Full-text query: every word must occur, as a prefix.")
]
FilterLang = Annotated[str | None, typer.Option("--lang", help="Language (ISO 639-1).")]
FilterCountry = Annotated[
    str | None, typer.Option("--country", help="Country named in the document, or the event's (ISO2).")
]
FilterOrg = Annotated[
    str | None, typer.Option("--organization", help="Organisation (CSTO, acronym or name).")
]
FilterPerson = Annotated[str | None, typer.Option("--person", help="Person (entity id or name).")]
FilterEntity = Annotated[str | None, typer.Option("--entity", help="Any entity id (org:CSTO, country:KZ).")]
FilterThreat = Annotated[str | None, typer.Option("--threat", help="Threat label (drug_trafficking, ...).")]
FilterType = Annotated[str | None, typer.Option("--type", "-t", help="Event type (seizure, meeting, ...).")]
FilterSubstance = Annotated[str | None, typer.Option("--substance", help="Seized substance (heroin, ...).")]
FilterSince = Annotated[
    str | None, typer.Option("--since", help="From this date on (2024, 2024-03, 2024-03-01).")
]
FilterUntil = Annotated[
    str | None, typer.Option("--until", help="Up to this date, inclusive (2024, 2024-12).")
]


@app.command()
def export(
    format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="csv, parquet: one row per event; geojson: events with coordinates; graphml: the "
            "co-occurrence network; jsonl: full records; exchange: the evaluation shape; plover: PLOVER "
            "records; seizures: one CSV row per seized good.",
        ),
    ] = ExportFormat.exchange,
    db: DbOption = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    bom: Annotated[bool, typer.Option("--bom", help="CSV with a UTF-8 byte-order mark, for Excel.")] = False,
    query: FilterQuery = None,
    lang: FilterLang = None,
    country: FilterCountry = None,
    organization: FilterOrg = None,
    person: FilterPerson = None,
    entity: FilterEntity = None,
    threat: FilterThreat = None,
    type: FilterType = None,
    substance: FilterSubstance = None,
    since: FilterSince = None,
    until: FilterUntil = None,
) -> None:
    """Export the store, or what passes the filters (those of `GET /api/export`): events as CSV,
    Parquet or GeoJSON (for QGIS), the co-occurrence network as GraphML (for Gephi), full records
    or the exchange shape as JSON lines, PLOVER records, or the seizures CSV (one row per seized
    good: date, country, place, agency, substance, amount, unit, route, transport, concealment,
    document and evidence)."""
    from .export import export_store
    from .query import Filters, valid_date_bound
    from .store import Store

    for name, bound in (("--since", since), ("--until", until)):
        if bound and not valid_date_bound(bound):
            raise KordonError(
                f"{name} {bound!r}: give a year, year-month or date (2024, 2024-03, 2024-03-05)"
            )
    filters = Filters(
        query, lang, country, organization, person, entity, threat, type, substance, since, until
    )
    fmt = "jsonl" if format is ExportFormat.json else format.value
    if output is None and fmt == "parquet" and sys.stdout.isatty():
        raise KordonError("parquet is binary: give -o FILE (or pipe the output)")
    try:
        sink = output.open("wb") if output else None
    except OSError as exc:
        raise KordonError(f"{output}: cannot write ({exc.strerror or exc})") from exc
    try:
        with Store(db) as store:
            if sink is not None:
                export_store(store, fmt, sink, filters, bom=bom)
            else:
                sys.stdout.flush()
                export_store(store, fmt, sys.stdout.buffer, filters, bom=bom)
                sys.stdout.buffer.flush()
    finally:
        if sink is not None:
            sink.close()


DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8750


def _serve(
    db: str | None, host: str, port: int, token_required: bool, max_body_mb: float, workers: int = 1
) -> None:
    """Run the API and dashboard with uvicorn until interrupted."""
    import os

    import uvicorn

    from .api import ENV_MAX_BODY, ENV_NO_TOKEN, create_app, rate_limit_from_env
    from .store import ENV_DB
    from .tokens import list_tokens

    max_body = int(max_body_mb * 1024 * 1024)
    application = create_app(
        db, token_required=token_required, max_body=max_body, rate_limit=rate_limit_from_env()
    )
    store = application.state.service.store
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    out.print(
        f"Kordon on http://{host}:{port}/ (API: http://{host}:{port}/api, docs: "
        f"http://{host}:{port}/api/docs) · database {store.url.removeprefix('sqlite:///')}",
        highlight=False,
    )
    if not token_required:
        err.print("[yellow]warning[/yellow] --no-token: anyone who reaches this address can add documents")
    elif not any(not t.revoked for t in list_tokens(store)):
        err.print(f"no API token yet: writes need one (kordon token create NAME); reads are open on {shown}")
    if workers == 1:
        uvicorn.run(application, host=host, port=port, log_level="warning")
        return
    # worker processes build their own app from the environment
    os.environ[ENV_DB] = store.url
    os.environ[ENV_NO_TOKEN] = "0" if token_required else "1"
    os.environ[ENV_MAX_BODY] = str(max_body)
    application.state.service.close()
    uvicorn.run(
        "kordon.api:app_from_env", factory=True, host=host, port=port, workers=workers, log_level="warning"
    )


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind (127.0.0.1: this machine only).")
    ] = DEFAULT_HOST,
    port: Annotated[int, typer.Option("--port", help="Port.", min=1, max=65535)] = DEFAULT_PORT,
    no_token: Annotated[
        bool, typer.Option("--no-token", help="Let writes (POST /api/documents) through without a token.")
    ] = False,
    max_body: Annotated[
        float, typer.Option("--max-body", help="Largest request body, in MB.", min=0.001)
    ] = 5.0,
    workers: Annotated[
        int, typer.Option("--workers", help="Server processes (one per core is plenty).", min=1)
    ] = 1,
) -> None:
    """Serve the REST API (/api, docs at /api/docs) and the dashboard (/)."""
    _serve(db, host, port, not no_token, max_body, workers)


token_app = typer.Typer(help="API tokens: create, list, revoke.", no_args_is_help=True)
app.add_typer(token_app, name="token")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="A name to recognise it by (who or what uses it).")],
    db: DbOption = None,
) -> None:
    """Create a token and print it once; only its SHA-256 hash is stored."""
    from .store import Store
    from .tokens import create

    with Store(db) as store:
        secret = create(store, name)
    out.print(secret, highlight=False, markup=False)
    err.print(
        f"token {name!r} created; it is shown only this once. Use it as: Authorization: Bearer TOKEN",
        highlight=False,
    )


@token_app.command("list")
def token_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List tokens (names, creation times, whether revoked); never the tokens themselves."""
    from .store import Store
    from .tokens import list_tokens

    with Store(db) as store:
        rows = list_tokens(store)
    if as_json:
        for t in rows:
            item = {"name": t.name, "created_at": t.created_at.isoformat(), "revoked": t.revoked}
            out.print(json.dumps(item), highlight=False)
        return
    if not rows:
        out.print("no tokens (kordon token create NAME)")
        return
    table = Table("name", "created", "status")
    for t in rows:
        table.add_row(t.name, t.created_at.strftime("%Y-%m-%d %H:%M"), "revoked" if t.revoked else "active")
    out.print(table)


@token_app.command("revoke")
def token_revoke(
    name: Annotated[str, typer.Argument(help="The token's name.")],
    db: DbOption = None,
) -> None:
    """Revoke a token: it stops working at once."""
    from .store import Store
    from .tokens import revoke

    with Store(db) as store:
        revoke(store, name)
    out.print(f"token {name!r} revoked", highlight=False)


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
    api = "api"


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
    store: Annotated[
        Path | None,
        typer.Option("--store", help="For `api`: build the benchmark store here, or reuse the one there."),
    ] = None,
    requests: Annotated[
        int, typer.Option("--requests", help="For `api`: requests of the mixed load.", min=1)
    ] = 4000,
    concurrency: Annotated[int, typer.Option("--concurrency", help="For `api`: clients at once.", min=1)] = 8,
    processes: Annotated[int, typer.Option("--processes", help="For `api`: server processes.", min=1)] = 1,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine",
            help="For `pipeline`: also measure this engine (local or ray) with 1 and --workers workers.",
        ),
    ] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="For `pipeline --engine`.", min=1)] = 2,
) -> None:
    """Measure speed and memory per stage, or compare entity recognisers (`kordon bench ner`),
    or load the API (`kordon bench api`)."""
    if what is BenchTarget.api:
        _bench_api(docs, store, requests, concurrency, processes, as_json)
        return
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
    from .bench import run, run_parallel

    if engine is not None:
        parallel = run_parallel(docs, engine, tuple(sorted({1, workers})), profile)
        if as_json:
            out.print_json(data=parallel)
            return
        ptable = Table(
            "workers",
            "start-up s",
            "extract docs/s",
            "speed-up",
            "end to end docs/s",
            "speed-up",
            "peak RSS MiB (driver)",
            "reference loop s",
            title=f"{parallel['documents']} generated files, engine {engine} (steady-state rates)",
            caption="reference loop: a fixed pure-Python loop timed after each row (the speed of the host)",
        )
        for row in parallel["rows"]:
            ptable.add_row(
                str(row["workers"]),
                str(row["startup_s"]),
                str(row["extract_docs_per_s"]),
                f"{row['extract_speedup']}x",
                str(row["end_to_end_docs_per_s"]),
                f"{row['end_to_end_speedup']}x",
                str(row["peak_rss_mib"]),
                str(row["reference_loop_s"]),
            )
        out.print(ptable)
        return
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
        caption=f"reference loop (the machine's speed): {result['reference_loop_s']} s",
    )
    for stage in result["stages"]:
        table.add_row(
            stage["name"],
            f"{stage['docs_per_s']:.0f}",
            f"{stage['ms_per_doc']:.2f}",
            f"{stage['peak_rss_mib']:.0f}",
        )
    out.print(table)


def _bench_api(
    docs: int, store: Path | None, requests: int, concurrency: int, processes: int, as_json: bool
) -> None:
    from .bench import run_api

    result = run_api(docs, store, requests=requests, concurrency=concurrency, workers=processes)
    if as_json:
        out.print_json(data=result)
        return
    mixed = result["mixed"]
    built = result["store"]
    how = "reused" if built["reused"] else f"built in {built['built_seconds']} s"
    table = Table(
        "endpoint",
        "requests",
        "errors",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        title=f"{result['documents']} documents ({how}); {result['requests']} mixed requests from "
        f"{result['concurrency']} clients to {result['workers']} server process(es): "
        f"{mixed['requests_per_s']} requests/s",
    )
    for row in [*mixed["endpoints"], mixed["overall"]]:
        table.add_row(
            row["endpoint"],
            str(row["requests"]),
            str(row["errors"]),
            str(row["p50_ms"]),
            str(row["p95_ms"]),
            str(row["p99_ms"]),
        )
    out.print(table)
    seq = Table(
        "endpoint", "first ms", "again ms", title="one request at a time: first, then again (median of 4)"
    )
    for row in result["sequential"]:
        seq.add_row(row["endpoint"], str(row["first_ms"]), str(row["again_ms"]))
    out.print(seq)


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="Database to build.")] = "demo.db",
    serve_it: Annotated[
        bool, typer.Option("--serve", help="Then serve the dashboard and API on the demo database.")
    ] = False,
) -> None:
    """Ingest the bundled demo corpus and print a summary (and, with --serve, open it in the
    dashboard)."""
    from .store import Store

    corpus = Path(str(data_path("demo")))
    counts = {"new": 0, "known": 0, "failed": 0, "skipped": 0}
    with Store(db) as store:
        for doc in _documents([corpus], Spec(), DEFAULT_MAX_MB, counts):
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
    if serve_it:
        out.print(f"Dashboard: http://{DEFAULT_HOST}:{DEFAULT_PORT}/", highlight=False)
        _serve(db, DEFAULT_HOST, DEFAULT_PORT, True, 5.0)


def main() -> None:
    """Console-script entry point."""
    app()
