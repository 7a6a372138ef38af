"""The ``claimledger`` command: one thin command per library function.

Exit codes: 0 when everything went in, 1 when some input failed (the rest still went
in), 2 for usage and setup errors. Our errors become one line on stderr, never a
traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from claimledger import __version__
from claimledger.engine import local
from claimledger.errors import ClaimledgerError, InputError
from claimledger.model import IngestReport, Problem
from claimledger.store import default_location, open_store

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2

err_console = Console(stderr=True, highlight=False, soft_wrap=True)
out_console = Console(highlight=False, soft_wrap=True)

db_option = click.option(
    "--db", "db", metavar="FILE", default=None,
    help="Ledger file [default: $CLAIMLEDGER_DB or ./claimledger.db].")


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


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="claimledger")
def main() -> None:
    """claimledger: a ledger of claims from war reporting.

    Reads Telegram Desktop exports, JSON Lines and JSON from scrapers, text, Markdown,
    HTML articles and RSS/Atom feeds; redacts coordinates, phone numbers, e-mail
    addresses and private accounts before anything is stored.

    \b
    Quick start:
      claimledger ingest samples/       # into ./claimledger.db
      claimledger stats
      claimledger docs --search bridge
    """


def _zone(_ctx, _param, value: str) -> ZoneInfo:
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise click.BadParameter(f"{value!r} is not a time zone (try UTC, Europe/Kyiv, Europe/Moscow)") from exc


class _RichProgress(local.Progress):
    def __init__(self, enabled: bool):
        self.bar = Progress(TextColumn("ingesting"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                            console=err_console, transient=True, disable=not enabled)
        self.task = None

    def start(self, total_bytes: int) -> None:
        self.bar.start()
        self.task = self.bar.add_task("ingest", total=total_bytes or None)

    def advance(self, nbytes: int) -> None:
        self.bar.advance(self.task, nbytes)

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
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@user_errors
def ingest(paths, db, tz, batch_size, max_text, as_json, quiet):
    """Read PATHS (files or directories, recursively) into the ledger.

    Formats are recognised by content: Telegram Desktop exports (result.json), JSON
    Lines and JSON arrays of messages or articles, plain text and Markdown, HTML
    articles, RSS/Atom feeds. Re-ingesting adds only what is new. Exit code 1 when any
    input failed; everything readable still goes in.
    """
    store = open_store(db or default_location())
    err_console.print(f"note: dates without a time zone are read as {tz} (change with --tz)", markup=False)
    progress = _RichProgress(enabled=not quiet and err_console.is_terminal)
    try:
        report = local.ingest(paths, store, tz=tz, batch_size=batch_size, max_text=max_text, progress=progress)
    finally:
        progress.stop()
        store.close()
    if as_json:
        out_console.print_json(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        _print_summary(report, store.location)
    sys.exit(EXIT_OK if report.ok else EXIT_INPUT)


def _print_summary(report: IngestReport, location: str) -> None:
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
    store = open_store(db or default_location(), create=False)
    try:
        found = list(store.documents(search=search, channel=channel, limit=limit))
    finally:
        store.close()
    if as_json:
        for doc in found:
            click.echo(json.dumps(_doc_json(doc), ensure_ascii=False))
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
    """Counts by format, language and channel."""
    store = open_store(db or default_location(), create=False)
    try:
        figures = store.stats()
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    out_console.print(f"{figures['documents']:,} documents, {figures['redactions']:,} redactions, "
                      f"{figures['problems']:,} input problems recorded")
    if figures["first_published"]:
        out_console.print(Text(f"published {figures['first_published']} … {figures['last_published']}"))
    for title, key in (("format", "by_format"), ("language", "by_language"), ("channel", "by_channel")):
        table = Table(title=f"by {title}", title_justify="left")
        table.add_column(title)
        table.add_column("documents", justify="right")
        for name, n in figures[key].items():
            table.add_row(Text(name), f"{n:,}")
        out_console.print(table)


if __name__ == "__main__":
    main()
