"""Markup to plain text: Telegram's rich-text lists, Markdown, HTML fragments.

Every converter returns the visible text and the link targets separately: a link's
target is provenance (and may be a map link, which redaction removes), its visible text
is what the reader reads.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

# Telegram entity types whose text names private data outright: redaction replaces the
# visible text by a token keyed on the value (a user id for mention_name).
PRIVATE_ENTITY_KINDS = {"mention_name": "user", "phone": "phone", "email": "email", "bank_card": "card"}


def telegram_text(parts: Any) -> tuple[str, tuple[str, ...], tuple[tuple[int, int, str, str], ...]]:
    """Flatten tdesktop's ``text`` / ``text_entities`` (a string, or a list of strings and
    entity objects) into (text, link targets, private spans)."""
    if parts is None:
        return "", (), ()
    if isinstance(parts, str):
        return parts, (), ()
    if not isinstance(parts, list):
        return str(parts), (), ()
    pieces: list[str] = []
    links: list[str] = []
    private: list[tuple[int, int, str, str]] = []
    length = 0
    for part in parts:
        if isinstance(part, str):
            chunk = part
        elif isinstance(part, dict):
            chunk = str(part.get("text") or "")
            kind = part.get("type")
            href = part.get("href")
            if isinstance(href, str) and href:
                links.append(href)
            elif kind in ("link", "url") and chunk:
                links.append(chunk)
            if kind in PRIVATE_ENTITY_KINDS and chunk:
                # a mentioned user is keyed like a sender's from_id, so both share a token
                value = f"user{part['user_id']}" if kind == "mention_name" and part.get("user_id") else chunk
                private.append((length, length + len(chunk), PRIVATE_ENTITY_KINDS[kind], value))
        else:
            chunk = ""
        pieces.append(chunk)
        length += len(chunk)
    return "".join(pieces), tuple(links), tuple(private)


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_MD_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
# Telethon writes bold with spaces inside the markers ("**обрушится на Москву **"), so
# pairs are matched on one line without caring about the spacing.
_MD_EMPHASIS = re.compile(r"(\*\*|__|~~)([^\n]*?)\1")
_MD_STRAY_BOLD = re.compile(r"\*\*")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M)
_MD_FENCE = re.compile(r"^\s*(```|~~~).*$", re.M)
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?", re.M)


def markdown_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Strip the Markdown a scraper (Telethon's ``.text``) or a writer leaves in text."""
    links: list[str] = []

    def keep_link(match: re.Match[str]) -> str:
        links.append(match.group(2))
        return match.group(1)

    text = _MD_IMAGE.sub(lambda m: (links.append(m.group(2)), m.group(1))[1], text)
    text = _MD_LINK.sub(keep_link, text)
    text = _MD_AUTOLINK.sub(lambda m: (links.append(m.group(1)), m.group(1))[1], text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_STRAY_BOLD.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_FENCE.sub("", text)
    text = _MD_QUOTE.sub("", text)
    return text, tuple(links)


def looks_like_markdown(text: str) -> bool:
    return "](" in text or "**" in text or "__" in text


_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "tr", "table", "section", "article", "pre", "hr", "figure", "figcaption"}


def html_fragment_text(fragment: str) -> tuple[str, tuple[str, ...]]:
    """Visible text of a small HTML fragment (a feed entry's summary), blocks on new lines."""
    if "<" not in fragment:
        return fragment, ()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment), ()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    links = tuple(a.get("href") for a in root.iter("a") if a.get("href"))
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\s*\n\s*", "\n", text).strip()
    return text, links
