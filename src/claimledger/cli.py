"""The ``claimledger`` command: one thin command per library function.

Exit codes: 0 when everything went in, 1 when some input failed (the rest still went
in), 2 for usage and setup errors. Our errors become one line on stderr, never a
traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from claimledger import __version__
from claimledger.engine import local
from claimledger.errors import ClaimledgerError, InputError
from claimledger.link.ledger import DEFAULT_BATCH as LINK_BATCH
from claimledger.model import IngestReport, Problem
from claimledger.store import default_location, open_store

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2

err_console = Console(stderr=True, highlight=False, soft_wrap=True)
out_console = Console(highlight=False, soft_wrap=True)

db_option = click.option(
    "--db", "db", metavar="FILE|URL", default=None,
    help="Ledger: a SQLite file or a postgresql:// URL [default: $CLAIMLEDGER_DB or ./claimledger.db].")
registry_option = click.option(
    "--sources", "registry_file", metavar="FILE", default=None,
    help="Source registry, sources.yaml: names, aliases, kinds, affiliations [default: $CLAIMLEDGER_SOURCES].")


def _registry(path: str | None):
    from claimledger.link.registry import from_option

    return from_option(path)


def _fail(message: str, code: int) -> None:
    err_console.print(f"claimledger: error: {message}", markup=False)
    sys.exit(code)


def user_errors(func: Callable) -> Callable:
    """Turn our exceptions into one line and an exit code."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            _fail(str(exc), EXIT_INPUT)
        except ClaimledgerError as exc:
            _fail(str(exc), EXIT_USAGE)
        except KeyboardInterrupt:
            _fail("interrupted; batches already written are kept, re-run to continue", 130)

    return wrapper


@dataclass
class Runtime:
    """What a program running the CLI in-process can hand it instead of the defaults:
    ``main(args, obj=Runtime(extractor=...))``. Tests use it to run the commands with a
    small rule-based extractor; ``None`` means claimledger's own."""

    extractor: local.Extractor | None = None


def _extractor(ctx: click.Context, workers: int = 1) -> local.Extractor:
    runtime = ctx.find_object(Runtime)
    if runtime is not None and runtime.extractor is not None:
        return runtime.extractor
    extractor = local.load_extractor()
    if workers > 1:
        from claimledger.engine.pool import ParallelExtractor

        return ParallelExtractor(workers)
    return extractor


def _read_ledger(db: str | None, read: Callable):
    """Open an existing ledger, ``read(store)``, close it; return what it read."""
    store = open_store(db or default_location(), create=False)
    try:
        return read(store)
    finally:
        store.close()


def _echo_json_lines(objects) -> None:
    for obj in objects:
        click.echo(json.dumps(obj, ensure_ascii=False))


def _groups_by_status(figures: dict) -> str:
    """"42 claim groups: 40 single-source, 2 contested", from ``store.stats()``."""
    by_status = ", ".join(f"{n:,} {status}" for status, n in figures["groups_by_status"].items())
    return f"{figures['groups']:,} claim groups" + (f": {by_status}" if by_status else "")


def _close(extractor) -> None:
    close = getattr(extractor, "close", None)
    if close:
        close()


def _workers_option(func):
    from claimledger.engine.pool import default_workers

    return click.option("--workers", default=default_workers(), show_default=True, type=click.IntRange(1, 64),
                        help="Processes that extract claims (one per core is the default).")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="claimledger")
def main() -> None:
    """claimledger: a ledger of claims from war reporting.

    Reads Telegram Desktop exports, JSON Lines and JSON from scrapers, text, Markdown,
    HTML articles and RSS/Atom feeds; redacts coordinates, phone numbers, e-mail
    addresses and private accounts before anything is stored.

    \b
    Quick start:
      claimledger ingest samples/       # into ./claimledger.db, with claims, linked
      claimledger claims                # claim groups, contested first
      claimledger show ID               # one group's provenance, in words
      claimledger sources
      claimledger docs --search bridge
      claimledger export -o claims.jsonl
    """
    from claimledger.engine.pool import limit_numeric_threads

    limit_numeric_threads()


def _zone(_ctx, _param, value: str) -> ZoneInfo:
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise click.BadParameter(f"{value!r} is not a time zone (try UTC, Europe/Kyiv, Europe/Moscow)") from exc


class _RichProgress(local.Progress):
    def __init__(self, enabled: bool, label: str = "ingesting", unit: str = "bytes"):
        count = DownloadColumn() if unit == "bytes" else MofNCompleteColumn()
        self.bar = Progress(TextColumn(label), BarColumn(), count, TimeRemainingColumn(),
                            console=err_console, transient=True, disable=not enabled)
        self.task = None

    def start(self, total: int) -> None:
        self.bar.start()
        self.task = self.bar.add_task("work", total=total or None)

    def advance(self, n: int) -> None:
        self.bar.advance(self.task, n)

    def problem(self, problem: Problem) -> None:
        self.bar.console.print(f"error: {problem}", markup=False)

    def note(self, note: str) -> None:
        self.bar.console.print(f"note: {note}", markup=False)

    def stop(self) -> None:
        self.bar.stop()


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@click.option("--tz", "tz", default="UTC", show_default=True, callback=_zone, metavar="ZONE",
              help="Time zone of dates written without one (Telegram Desktop writes local time).")
@click.option("--batch-size", default=local.DEFAULT_BATCH, show_default=True, type=click.IntRange(1, 100_000),
              help="Documents per transaction.")
@click.option("--max-text", default=local.MAX_TEXT, show_default=True, type=click.IntRange(1),
              help="Longest text, in characters, kept as one document.")
@click.option("--no-extract", is_flag=True,
              help="Store documents only; 'claimledger extract' finds their claims later.")
@click.option("--no-link", is_flag=True,
              help="Store documents and their claims; 'claimledger link' groups the claims later.")
@_workers_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine's processes; dask: a Dask cluster (see --scheduler).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="With --engine dask: the Dask scheduler (tcp://host:8786) [default: a local cluster of "
                   "--workers processes].")
@registry_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
@user_errors
def ingest(ctx, paths, db, tz, batch_size, max_text, no_extract, no_link, workers, engine, scheduler, registry_file,
           as_json, quiet):
    """Read PATHS (files or directories, recursively) into the ledger, with their claims.

    Formats are recognised by content: Telegram Desktop exports (result.json), JSON
    Lines and JSON arrays of messages or articles, plain text and Markdown, HTML
    articles, RSS/Atom feeds. Each new document's claim mentions are found and stored
    with it, and linked into the ledger's claim groups (with the source registry of
    --sources, if any). Re-ingesting adds only what is new. Exit code 1 when any input
    failed; everything readable still goes in.
    """
    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    registry = _registry(registry_file)
    if engine == "dask":
        ingest_with = _dask_ingest(ctx, no_extract, scheduler, workers)
        extractor = None
    else:
        extractor = None if no_extract else _extractor(ctx, workers)

        def ingest_with(**options):
            return local.ingest(extractor=extractor, **options)
    store = open_store(db or default_location())
    err_console.print(f"note: dates without a time zone are read as {tz} (change with --tz)", markup=False)
    progress = _RichProgress(enabled=not quiet and err_console.is_terminal)
    try:
        report = ingest_with(paths=paths, store=store, tz=tz, batch_size=batch_size, max_text=max_text,
                             progress=progress, registry=registry, link=not no_link)
    finally:
        progress.stop()
        store.close()
        _close(extractor)
    if as_json:
        out_console.print_json(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        _print_summary(report, store.location, extracted=not no_extract)
    sys.exit(EXIT_OK if report.ok else EXIT_INPUT)


def _dask_ingest(ctx: click.Context, no_extract: bool, scheduler: str | None, workers: int) -> Callable:
    from claimledger.engine import dask_engine

    runtime = ctx.find_object(Runtime)
    if no_extract:
        factory = None
    elif runtime is not None and runtime.extractor is not None:
        factory = dask_engine.Given(runtime.extractor)
    else:
        factory = local.load_extractor

    def ingest_with(**options):
        return dask_engine.ingest(scheduler=scheduler, workers=workers, extractor_factory=factory, **options)
    return ingest_with


def _print_summary(report: IngestReport, location: str, extracted: bool = True) -> None:
    skipped = sum(report.skipped.values())
    why = ", ".join(f"{n:,} {reason}" for reason, n in sorted(report.skipped.items(), key=lambda kv: -kv[1]))
    failed_why = _group_reasons(report.failed)
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="left")
    table.add_column(justify="right")
    table.add_column(justify="left")
    table.add_row("read", f"{report.read:,}", f"documents from {report.files:,} file(s)")
    table.add_row("new", f"{report.new:,}", "")
    table.add_row("already present", f"{report.already_present:,}", "")
    table.add_row("claim mentions", f"{report.mentions:,}",
                  "in the new documents" if extracted else "(not extracted: --no-extract)")
    if extracted:
        table.add_row("claim groups", f"{report.groups:,}", "made or updated ('claimledger claims' lists them)")
    table.add_row("skipped", f"{skipped:,}", Text(f"({why})" if why else ""))
    table.add_row("failed", f"{len(report.failed):,}", Text(f"({failed_why})" if failed_why else ""))
    out_console.print(Text(f"Ledger {location}"))
    out_console.print(table)


def _group_reasons(problems: list[Problem]) -> str:
    counts: dict[str, int] = {}
    for p in problems:
        counts[p.reason] = counts.get(p.reason, 0) + 1
    return ", ".join(f"{n:,} {reason}" for reason, n in sorted(counts.items(), key=lambda kv: -kv[1]))


@main.command()
@db_option
@click.option("--search", "-s", metavar="TEXT", help="Full-text search; every word must appear (as a prefix).")
@click.option("--channel", "-c", metavar="NAME", help="Only this channel or outlet (any case).")
@click.option("--limit", "-n", default=50, show_default=True, type=click.IntRange(1), help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead of a table.")
@user_errors
def docs(db, search, channel, limit, as_json):
    """List stored documents, oldest first, optionally searched or filtered."""
    found = _read_ledger(db, lambda store: list(store.documents(search=search, channel=channel, limit=limit)))
    if as_json:
        _echo_json_lines(map(_doc_json, found))
        return
    if not found:
        err_console.print("no documents match", markup=False)
        return
    for doc in found:
        # One line per document; Text() so a token like [location#3f2a91c0] is not markup.
        when = (doc.published_at or "")[:16].replace("T", " ") or "undated"
        where = doc.channel or doc.path.rsplit("/", 1)[-1]
        if doc.message_id is not None:
            where += f" #{doc.message_id}"
        line = Text(f"{when:16}  ", style="dim")
        line.append(f"{where}  ", style="bold")
        line.append(f"[{doc.language or '?'}] ", style="dim")
        line.append(" ".join(doc.text.split()))
        line.no_wrap, line.overflow = True, "ellipsis"
        out_console.print(line)


def _doc_json(doc) -> dict:
    return {"id": doc.id, "path": doc.path, "format": doc.format, "channel": doc.channel,
            "message_id": doc.message_id, "published_at": doc.published_at, "language": doc.language,
            "author": doc.author, "forwarded_from": doc.forwarded_from, "reply_to": doc.reply_to,
            "url": doc.url, "title": doc.title, "text": doc.text}


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object (its 'documents' key is the count).")
@user_errors
def stats(db, as_json):
    """Counts by format, language and channel; claim mentions by source kind; claim groups
    by status."""
    figures = _read_ledger(db, lambda store: store.stats())
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    out_console.print(f"{figures['documents']:,} documents, {figures['redactions']:,} redactions, "
                      f"{figures['problems']:,} input problems recorded")
    out_console.print(f"{figures['mentions']:,} claim mentions from {figures['sources']:,} sources")
    if figures["not_extracted"]:
        out_console.print(f"{figures['not_extracted']:,} documents not yet extracted (run 'claimledger extract')")
    out_console.print(_groups_by_status(figures))
    if figures["not_linked"]:
        out_console.print(f"{figures['not_linked']:,} claim mentions not yet linked (run 'claimledger link')")
    if figures["first_published"]:
        out_console.print(Text(f"published {figures['first_published']} … {figures['last_published']}"))
    for title, key, what in (("format", "by_format", "documents"), ("language", "by_language", "documents"),
                             ("channel", "by_channel", "documents"), ("source kind", "mentions_by_kind", "mentions")):
        if not figures[key]:
            continue
        table = Table(title=f"by {title}", title_justify="left")
        table.add_column(title)
        table.add_column(what, justify="right")
        for name, n in figures[key].items():
            table.add_row(Text(name), f"{n:,}")
        out_console.print(table)


@main.command()
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-extract every document, replacing its mentions.")
@click.option("--batch-size", default=local.DEFAULT_BATCH, show_default=True, type=click.IntRange(1, 100_000),
              help="Documents per transaction.")
@_workers_option
@registry_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
@user_errors
def extract(ctx, db, everything, batch_size, workers, registry_file, as_json, quiet):
    """Find the claims of stored documents that were never extracted.

    For documents ingested with --no-extract, or stored before claimledger extracted
    claims. With --all, every document is extracted again and its mentions replaced
    (after an update of the extractor). One transaction per batch: an interrupted run
    keeps its finished batches, and running again continues. New mentions are linked into
    claim groups as each batch lands.
    """
    registry = _registry(registry_file)
    extractor = _extractor(ctx, workers)
    store = open_store(db or default_location(), create=False)
    progress = _RichProgress(enabled=not quiet and err_console.is_terminal, label="extracting", unit="documents")
    try:
        report = local.extract(store, extractor, everything=everything, batch_size=batch_size, progress=progress,
                               registry=registry)
    finally:
        progress.stop()
        store.close()
        _close(extractor)
    if as_json:
        out_console.print_json(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        out_console.print(f"{report.documents:,} documents extracted, {report.mentions:,} claim mentions stored, "
                          f"{report.groups:,} claim groups made or updated, {len(report.failed):,} failed")
    sys.exit(EXIT_OK if report.ok else EXIT_INPUT)


def _export_format(_ctx, _param, value: str) -> str:
    from claimledger.report.jsonl import FORMATS

    if value not in FORMATS:
        raise click.BadParameter(f"unknown format {value!r}; valid formats: {', '.join(FORMATS)}")
    return value


def _exporter(fmt: str, store, registry) -> tuple[Callable, str]:
    """The writer of an export format (``write(binary stream) -> n``) and what it counts."""
    if fmt == "csv":
        from claimledger.report import csv_export

        return lambda fh: csv_export.write(store, fh), "claim mentions"
    if fmt == "claimreview":
        from claimledger.report import claimreview

        return lambda fh: claimreview.write(store, fh, registry=registry), "claim reviews"
    from claimledger.report import jsonl

    return lambda fh: jsonl.write(store, fh), "claim mentions"


def _to_stdout(write: Callable) -> None:
    sys.stdout.flush()
    try:
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # The reader stopped (`| head`): not an error. Point stdout at /dev/null so
        # the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@main.command()
@db_option
@click.option("--format", "fmt", default="jsonl", show_default=True, callback=_export_format, metavar="FORMAT",
              help="jsonl: one JSON object per claim mention (docs/export.md); csv: the same, one row per mention; "
                   "claimreview: analysts' verdicts as schema.org ClaimReview JSON-LD (docs/reports.md).")
@click.option("-o", "--output", default="-", metavar="FILE", help="Write here; '-' (the default) is stdout.")
@registry_option
@user_errors
def export(db, fmt, output, registry_file):
    """Export every claim mention, already redacted; or the analysts' verdicts.

    JSON Lines: one object per mention with its claim and group ids, status, document,
    source, cue, content, sentence, hedges, stance, quantities and entities. CSV: the
    same fields flattened (document_id, source_name …), a row per mention; text that a
    spreadsheet would run as a formula starts with an apostrophe. Both are written as
    they are read, so an export of any size needs little memory. ClaimReview: one
    schema.org ClaimReview per claim group an analyst rated, with its latest verdict.
    """
    registry = _registry(registry_file) if fmt == "claimreview" else None
    store = open_store(db or default_location(), create=False)
    try:
        write, what = _exporter(fmt, store, registry)
        if output == "-":
            _to_stdout(write)
            return
        n = _write_file(output, write)
    finally:
        store.close()
    err_console.print(Text(f"{n:,} {what} written to {output}"))


REPORT_SUFFIXES = {"html": "html", "md": "md"}


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(tuple(REPORT_SUFFIXES)), default="html", show_default=True,
              help="html: one self-contained file (inline style and charts, no script); md: Markdown.")
@click.option("-o", "--output", default=None, metavar="FILE",
              help="Write here; '-' is stdout [default: report.html, or report.md with --format md].")
@click.option("--status", type=click.Choice(["contested", "corroborated", "single-source"]),
              help="Only the groups with this status.")
@click.option("--limit", "limit", default=200, show_default=True, type=click.IntRange(0), metavar="N",
              help="Groups told in full per status, most mentioned first; the rest are counted.")
@registry_option
@user_errors
def report(db, fmt, output, status, limit, registry_file):
    """Write a report of the ledger for editors: one file that works offline.

    Summary counts and a timeline of mentions; contested claim groups first, then
    corroborated, then single-source (those repeated by two mentions or more, and all of
    them when they fit), each with its provenance: the status and the rule that gave it,
    who asserts and who denies it, its origins and why mentions share one, hedges, first
    and last seen, a timeline of its mentions, and the analysts' latest verdict; then a
    table of sources. Everything in it is already redacted.
    """
    from claimledger.report import html, markdown

    registry = _registry(registry_file)
    output = output or f"report.{REPORT_SUFFIXES[fmt]}"
    render = html.render if fmt == "html" else markdown.render
    text = _read_ledger(db, lambda store: render(store, registry=registry, status=status, limit_groups=limit))
    data = text.encode("utf-8")
    if output == "-":
        _to_stdout(lambda fh: fh.write(data))
        return
    _write_file(output, lambda fh: fh.write(data))
    err_console.print(Text(f"report written to {output} ({len(data):,} bytes)"))


def _write_file(path: str, write: Callable) -> int:
    """Write through a temporary file beside ``path``, renamed at the end: a failed export
    never leaves half a file where a complete one was expected."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        try:
            with open(tmp, "xb") as fh:
                n = write(fh)
            os.replace(tmp, target)
        except OSError as exc:
            raise ClaimledgerError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        tmp.unlink(missing_ok=True)
    return n

@main.command()
@db_option
@click.option("--all", "everything", is_flag=True,
              help="Unlink every mention and link the whole ledger again (after changing the registry).")
@registry_option
@click.option("--batch-size", default=LINK_BATCH, show_default=True, type=click.IntRange(1, 100_000),
              help="Documents per transaction.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@user_errors
def link(db, everything, registry_file, batch_size, as_json, quiet):
    """Link claim mentions not linked yet into claim groups, and assess the groups.

    Ingest and extract link as they go; this links what they left (an interrupted run),
    or with --all links the whole ledger again, e.g. after a change of the source
    registry. One transaction per batch: an interrupted run keeps its finished batches.
    """
    from claimledger.link import ledger

    registry = _registry(registry_file)
    store = open_store(db or default_location(), create=False)
    progress = _RichProgress(enabled=not quiet and err_console.is_terminal, label="linking", unit="documents")
    try:
        report = ledger.link(store, registry, everything=everything, batch_size=batch_size, progress=progress)
        figures = store.stats()
    finally:
        progress.stop()
        store.close()
    if as_json:
        out_console.print_json(json.dumps({**report.as_dict(), "ledger": figures["groups_by_status"]},
                                          ensure_ascii=False))
        return
    out_console.print(f"{report.mentions:,} claim mentions of {report.documents:,} documents linked; "
                      f"{report.groups:,} claim groups made or updated, {report.merged:,} merged into others")
    out_console.print(f"the ledger has {_groups_by_status(figures)}")


def _since(_ctx, _param, value: str | None) -> str | None:
    from claimledger.report.ledger import since_value

    if value is None:
        return None
    try:
        since_value(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (try 2026-02-01 or 2026-02-01T12:00)") from None
    return value


@main.command()
@db_option
@click.option("--status", type=click.Choice(["contested", "corroborated", "single-source"]),
              help="Only groups with this status.")
@click.option("--source", metavar="NAME",
              help="Only groups a source speaks in (any of its names, any case or script; a surname alone).")
@click.option("--since", metavar="DATE", callback=_since, help="Only groups first seen on or after DATE (UTC).")
@click.option("--search", "-s", metavar="TEXT",
              help="Full-text search in what the mentions say; every word must appear (as a prefix).")
@click.option("--lang", "language", metavar="L", help="Only groups with a mention in this language (en, ru, uk …).")
@click.option("--limit", "-n", default=50, show_default=True, type=click.IntRange(1), help="At most this many.")
@registry_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per group instead of a table.")
@user_errors
def claims(db, status, source, since, search, language, limit, registry_file, as_json):
    """List claim groups: contested first, then by first seen.

    Each with its status and flags, its mentions, how many support (+) and deny (-) it,
    when it was first seen, its languages and what it says. 'claimledger show ID' tells
    a group's whole story.
    """
    from claimledger.report import ledger

    registry = _registry(registry_file)
    found = _read_ledger(db, lambda store: list(ledger.claims(
        store, status=status, source=source, since=since, search=search, language=language, limit=limit,
        registry=registry)))
    if as_json:
        _echo_json_lines(found)
        return
    if not found:
        err_console.print("no claim groups match", markup=False)
        return
    for g in found:
        # Two lines per group: what it is, then what it says (one line, cut to the width).
        line = Text(f"{g['id']}  ", style="bold")
        line.append(f"{g['status']:<13}", style="red" if g["status"] == "contested" else "")
        line.append(f"  {g['mentions']:>3} mention{'s' if g['mentions'] != 1 else ' '}  "
                    f"+{g['supporters']} -{g['deniers']}  ")
        line.append(f"first seen {(g['first_seen'] or 'undated')[:16].replace('T', ' ')}", style="dim")
        if g["languages"]:
            line.append(f"  [{','.join(g['languages'])}]", style="dim")
        if g["flags"]:
            line.append(f"  {', '.join(g['flags'])}", style="yellow")
        out_console.print(line)
        summary = Text("    " + " ".join((g["summary"] or "").split()))
        summary.no_wrap, summary.overflow = True, "ellipsis"
        out_console.print(summary)


@main.command()
@click.argument("ident", metavar="ID")
@db_option
@registry_option
@click.option("--json", "as_json", is_flag=True, help="Print the trail as a JSON object.")
@user_errors
def show(ident, db, registry_file, as_json):
    """Tell the provenance of a claim group: ID is a group id, or a mention's id.

    The proposition; its status and the rule that gave it; a timeline of its mentions
    (date, channel or outlet, message, source, cue, stance, content); who supports and
    who denies it; its origins, and why mentions that share one count once (a forward, a
    discussion-group copy, the same cited source).
    """
    from claimledger.report import ledger

    registry = _registry(registry_file)
    found = _read_ledger(db, lambda store: ledger.trail(store, ident, registry=registry))
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=1))
        return
    for line in ledger.trail_lines(found):
        out_console.print(Text(line))


@main.command(name="sources")
@db_option
@registry_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source instead of a table.")
@user_errors
def sources_(db, registry_file, as_json):
    """List sources: their mentions, the claim groups they support (how many of those are
    corroborated or contested) and deny, first and last seen.

    Spellings of one source are counted together (Іван Сокіл = Иван Сокил = Ivan
    Sokil); with a source registry, its names, kinds and affiliations are used.
    """
    from claimledger.report import ledger

    registry = _registry(registry_file)
    found = _read_ledger(db, lambda store: ledger.sources(store, registry=registry))
    if as_json:
        _echo_json_lines(found)
        return
    if not found:
        err_console.print("no sources: the ledger has no claim mentions", markup=False)
        return
    for src in found:
        # One line per source: who, then what became of what it said.
        line = Text(f"{src['mentions']:>5,}  ", style="dim")
        line.append(src["name"] or "(own voice, outlet unknown)", style="bold")
        line.append(f" ({src['kind']}" + (f", {src['affiliation']}" if src["affiliation"] else "") + ")")
        line.append(f"  supports {src['supports']:,} (corroborated {src['corroborated']:,}, "
                    f"contested {src['contested']:,}), denies {src['denies']:,}")
        if src["first_seen"]:
            first, last = src["first_seen"][:10], src["last_seen"][:10]
            line.append(f"  seen {first}" + (f" … {last}" if last != first else ""), style="dim")
        if src["also_written"]:
            line.append(f"  also {', '.join(src['also_written'])}", style="dim")
        out_console.print(line)

@main.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON on stdout.")
@click.option("--keep-db", metavar="FILE", default=None, help="Keep the ledger in FILE (a new file).")
@click.pass_context
@user_errors
def eval_(ctx, gold, as_json, keep_db):
    """Score claim extraction and linking against an annotated gold set (GOLD.json).

    Ingests the gold set's documents (paths relative to GOLD.json) into a temporary
    ledger, exports the claims and prints attribution precision/recall/F1, source-kind,
    hedge, stance and status accuracy, grouping precision/recall/F1, every missed gold
    claim and every false positive, and leaks of the gold's must_redact strings in the
    export, the ledger and this output. Exit code 1 on a leak or unreadable input.
    """
    from claimledger import evaluate

    ev = evaluate.run(gold, extractor=_extractor(ctx), keep_db=keep_db)
    report = ev.ingest
    if as_json:
        lines = json.dumps(evaluate.json_report(ev), ensure_ascii=False, indent=1).splitlines()
    else:
        lines = [f"ingested {report.new:,} documents, {report.mentions:,} claim mentions, "
                 f"{len(report.failed):,} input problems", *(f"  error: {p}" for p in report.failed),
                 *evaluate.text_report(ev)]
    # What this command prints is searched for leaks too, before it is printed.
    lines, printed = evaluate.withhold(lines, ev.gold.get("must_redact", []), whole=as_json)
    leaks = ev.result["leaks"] + evaluate.leak_labels(ev.gold, "output", printed)
    if as_json:
        data = json.loads("\n".join(lines)) if not printed else {"withheld": "the output held a must_redact string"}
        click.echo(json.dumps({**data, "leaks": leaks}, ensure_ascii=False, indent=1))
    else:
        for line in lines:
            out_console.print(Text(line))
        out_console.print(Text(f"leaks: {len(leaks)}" + "".join(f"\n  {label}" for label in leaks)))
        if ev.ledger:
            err_console.print(Text(f"ledger kept in {ev.ledger}"))
    sys.exit(EXIT_INPUT if leaks or not report.ok else EXIT_OK)


MIN_TOKEN = 16


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, metavar="ADDR",
              help="Address to listen on; anything but loopback needs --token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), metavar="N",
              help="Port (0: any free one).")
@click.option("--token", metavar="TOKEN", default=None, envvar="CLAIMLEDGER_TOKEN",
              help=f"Access token (at least {MIN_TOKEN} characters) every request must carry [default: "
                   "$CLAIMLEDGER_TOKEN]; required off loopback.")
@click.option("--max-upload", "max_upload", default=50, show_default=True, type=click.IntRange(1, 100_000),
              metavar="MB", help="Largest upload, in megabytes.")
@registry_option
@user_errors
def serve(db, host, port, token, max_upload, registry_file):
    """Serve the web app: claims, claim groups, sources, documents, uploads and verdicts.

    Listens on 127.0.0.1 unless --host says otherwise; any other address needs --token
    (or $CLAIMLEDGER_TOKEN): every request must then carry it, as 'Authorization: Bearer
    TOKEN' or once as '?token=TOKEN' in the address (a cookie remembers it). A ledger
    that does not exist yet is created empty, to upload files into. Ctrl-C stops.
    """
    import ipaddress
    import socket

    import uvicorn

    from claimledger.web.app import LOOPBACK_HOSTS, create_app

    try:
        loopback = host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not token:
        _fail(f"listening on {host} needs --token (or $CLAIMLEDGER_TOKEN): anyone who can reach the port could "
              "read the ledger and write to it; or listen on 127.0.0.1", EXIT_USAGE)
    if token is not None and len(token) < MIN_TOKEN:
        _fail(f"the token must have at least {MIN_TOKEN} characters "
              "(make one with: python3 -c 'import secrets; print(secrets.token_urlsafe())')", EXIT_USAGE)
    registry = _registry(registry_file)
    try:
        family = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)[0][0]
        # IPPROTO_TCP spelled out: asyncio sets TCP_NODELAY only on sockets that say so, and
        # without it every response waits 40 ms for a delayed ACK (headers and body are two writes).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})", EXIT_USAGE)
    from claimledger.store.postgres import is_postgres_url

    location = db or default_location()
    new = not is_postgres_url(location) and not Path(location).exists()
    app = create_app(location, token=token, max_upload=max_upload * 1024 * 1024, registry=registry,
                     hosts=LOOPBACK_HOSTS if loopback else None)
    location = app.state.site.store.location  # as the store shows it: a URL without its password
    bound = sock.getsockname()[1]
    shown = f"[{host.strip('[]')}]" if ":" in host else host
    if new:
        err_console.print(Text(f"note: {location} did not exist: a new empty ledger was created (upload files at "
                               "/ingest)"))
    out_console.print(Text(f"claimledger: serving {location} at http://{shown}:{bound}/"
                           + (" (open it once with ?token= and your token)" if token else "") + "; Ctrl-C stops"))
    # No access log: addresses carry what analysts search for, coordinates included.
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[sock])



@main.command()
@click.argument("source", metavar="SRC")
@click.argument("target", metavar="DST")
@click.option("--json", "as_json", is_flag=True, help="Print the rows copied per table as JSON.")
@user_errors
def migrate(source, target, as_json):
    """Copy the ledger SRC into a new ledger DST (a SQLite file or a postgresql:// URL, either way)."""
    from claimledger.store.transfer import copy_ledger

    reading = open_store(source, create=False)
    try:
        writing = open_store(target)
        try:
            copied = copy_ledger(reading, writing)
            where = writing.location
        finally:
            writing.close()
    finally:
        reading.close()
    if as_json:
        out_console.print_json(json.dumps(copied))
        return
    out_console.print(Text(f"claimledger: copied {reading.location} to {where}: "
                           + ", ".join(f"{n:,} {name}" for name, n in copied.items())))


if __name__ == "__main__":
    main()
