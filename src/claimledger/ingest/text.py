"""Plain-text and Markdown articles, one per file; HTML articles through trafilatura;
RSS/Atom feeds through feedparser, one document per entry."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from typing import Any

import yaml

from claimledger.ingest.dates import parse_date
from claimledger.ingest.markup import html_fragment_text, markdown_text
from claimledger.model import Note, Problem, RawDocument, Skip

# A first line this short, without final punctuation and followed by a blank line, is a headline.
_HEADLINE_MAX = 160
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)


def read_text(text: str, path: str, fmt: str, tz: tzinfo = UTC, max_text: int = 200_000
              ) -> Iterator[RawDocument | Skip | Problem]:
    """One article from decoded text; Markdown may carry YAML front matter
    (title, url, outlet/source, published/date, author)."""
    meta: dict[str, Any] = {}
    if fmt == "markdown":
        found = _FRONT_MATTER.match(text)
        if found:
            try:
                loaded = yaml.safe_load(found.group(1))
                meta = loaded if isinstance(loaded, dict) else {}
            except yaml.YAMLError:
                yield Problem(path, "front matter", "not valid YAML; read as text")
            text = text[found.end():]
        text, links = markdown_text(text)
    else:
        links = ()
    text = text.strip()
    if not text:
        yield Skip(path, "empty article")
        return
    if len(text) > max_text:
        yield Problem(path, None, f"text of {len(text):,} characters is over the limit of {max_text:,}; skipped")
        return
    try:
        published = parse_date(_meta(meta, "published", "date", "published_at"), tz)
    except ValueError:
        yield Problem(path, "front matter", "unreadable date; stored without a date")
        published = None
    url = _meta(meta, "url", "link")
    yield RawDocument(
        format=fmt,
        path=path,
        origin=f"url:{url}" if url else fmt,
        text=text,
        title=_meta(meta, "title") or _headline(text),
        channel=_meta(meta, "outlet", "source", "site_name", "publisher"),
        url=url,
        published_at=published,
        author=_meta(meta, "author"),
        links=links,
    )


def _meta(meta: dict[str, Any], *names: str) -> Any:
    for name in names:
        value = meta.get(name)
        if isinstance(value, datetime):
            return value.isoformat()
        if value not in (None, ""):
            return str(value) if not isinstance(value, str) else value.strip()
    return None


def _headline(text: str) -> str | None:
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if sep and rest.startswith("\n") and 0 < len(first) <= _HEADLINE_MAX and first[-1] not in ".!?…":
        return first
    return None


def read_html(data: bytes, path: str, tz: tzinfo = UTC, max_text: int = 200_000
              ) -> Iterator[RawDocument | Skip | Problem]:
    """The main text and metadata of an article page, extracted with trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=False)
    extracted = found.as_dict() if found is not None else {}
    text = extracted.get("text") or ""
    if not text.strip():
        yield Skip(path, "HTML page without article text")
        return
    if len(text) > max_text:
        yield Problem(path, None, f"text of {len(text):,} characters is over the limit of {max_text:,}; skipped")
        return
    meta = _html_meta(data)
    try:
        published = parse_date(meta.get("published") or extracted.get("date"), tz)
    except ValueError:
        published = None
    url = extracted.get("url") or meta.get("url")
    yield RawDocument(
        format="html",
        path=path,
        origin=f"url:{url}" if url else "html",
        text=text.strip(),
        title=extracted.get("title"),
        channel=extracted.get("sitename") or extracted.get("hostname"),
        url=url,
        published_at=published,
        author=extracted.get("author"),
    )


_PUBLISHED_META = ("article:published_time", "og:published_time", "datePublished", "pubdate",
                   "publishdate", "date", "dc.date", "dcterms.created", "sailthru.date")


def _html_meta(data: bytes) -> dict[str, str]:
    """Publication time to the second, which trafilatura reduces to a day."""
    import lxml.html

    try:
        root = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return {}
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        if key.lower() in {k.lower() for k in _PUBLISHED_META} and meta.get("content") and "published" not in found:
            found["published"] = meta.get("content").strip()
    if "published" not in found:
        for el in root.iter("time"):
            if el.get("datetime"):
                found["published"] = el.get("datetime").strip()
                break
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            found["url"] = link.get("href").strip()
    return found


def read_feed(data: bytes, path: str, tz: tzinfo = UTC, max_text: int = 200_000
              ) -> Iterator[RawDocument | Skip | Problem | Note]:
    """One document per RSS/Atom entry: its title and content (or summary) as text."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        line = getattr(feed.bozo_exception, "getLineNumber", lambda: None)()
        yield Problem(path, f"line {line}" if line else None, "not a readable RSS/Atom feed")
        return
    if feed.bozo:
        line = getattr(feed.bozo_exception, "getLineNumber", lambda: None)()
        yield Problem(path, f"line {line}" if line else None,
                      "malformed feed XML; the entries that could be read were kept")
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, 1):
        body_html = ""
        if entry.get("content"):
            body_html = "\n".join(c.get("value", "") for c in entry["content"])
        body_html = body_html or entry.get("summary", "")
        body, links = html_fragment_text(body_html)
        title = (entry.get("title") or "").strip()
        text = "\n\n".join(p for p in (title, body.strip()) if p)
        where = f"entry {number}"
        if not text:
            yield Skip(path, "feed entry without text")
            continue
        if len(text) > max_text:
            yield Problem(path, where, f"text of {len(text):,} characters is over the limit of {max_text:,}; skipped")
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None  # feedparser gives UTC
        if published is None and (entry.get("published") or entry.get("updated")):
            try:
                published = parse_date(entry.get("published") or entry.get("updated"), tz)
            except ValueError:
                yield Problem(path, where, "unreadable date; stored without a date")
        link = entry.get("link")
        ident = entry.get("id") or link
        yield RawDocument(
            format="feed",
            path=path,
            origin=f"url:{link}" if link else f"feed:{outlet}:{ident or number}",
            text=text,
            title=title or None,
            channel=outlet,
            url=link,
            published_at=published,
            author=entry.get("author"),
            links=links,
        )
