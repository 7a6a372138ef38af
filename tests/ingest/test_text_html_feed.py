"""Plain text, Markdown with front matter, HTML articles and RSS/Atom feeds."""

from __future__ import annotations

from claimledger.ingest import read_file
from claimledger.model import Note, Problem, RawDocument, Skip
from tests.helpers import DEV, write


def read_all(path):
    out = list(read_file(path, str(path)))
    return ([o for o in out if isinstance(o, RawDocument)], [o for o in out if isinstance(o, Problem)],
            [o for o in out if isinstance(o, Note | Skip)])


def test_plain_text_article_with_headline():
    docs, problems, _ = read_all(DEV / "docs" / "d3.txt")
    assert problems == [] and len(docs) == 1
    assert docs[0].title == "PRYVILLIA BRIDGE: WHAT WE KNOW"
    assert "Ivan Sokil disputed those reports" in docs[0].text and docs[0].format == "text"


def test_markdown_front_matter_and_markup(tmp_path):
    path = write(tmp_path / "a.md", """---
title: Strike on the depot
url: https://dispatch.example/depot
outlet: Southern Dispatch
published: 2026-03-04T08:15:00+02:00
author: Taras Melnyk
---
# Strike on the depot

**Officials** said the [regional police](https://police.example/report) confirmed two injured.
""")
    docs, problems, _ = read_all(path)
    assert problems == []
    doc = docs[0]
    assert (doc.title, doc.channel, doc.author, doc.url) == (
        "Strike on the depot", "Southern Dispatch", "Taras Melnyk", "https://dispatch.example/depot")
    assert doc.published_at.isoformat() == "2026-03-04T06:15:00+00:00"
    assert "Officials said the regional police confirmed two injured." in doc.text
    assert doc.links == ("https://police.example/report",)


HTML = """<!DOCTYPE html><html><head><title>Bridge stands | Pryvillia Herald</title>
<meta property="og:site_name" content="Pryvillia Herald">
<meta name="author" content="Olena Marchuk">
<meta property="article:published_time" content="2026-02-02T09:30:00+02:00">
<link rel="canonical" href="https://herald.example/bridge-stands"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Bridge stands</h1>
<p>The road bridge near Pryvillia is damaged but standing, the district military administration said on Monday.</p>
<p>"Engineers are already inspecting it," administration head Ivan Sokil told reporters, adding that
traffic would be diverted for at least ten days while the span is repaired.</p></article>
<footer>Subscribe to our newsletter. Advertising: ads@herald.example</footer></body></html>"""


def test_html_article_main_text_and_metadata(tmp_path):
    docs, problems, _ = read_all(write(tmp_path / "page.html", HTML))
    assert problems == []
    doc = docs[0]
    assert "damaged but standing" in doc.text and "Engineers are already inspecting it" in doc.text
    assert "Subscribe" not in doc.text and "Home" not in doc.text  # boilerplate removed
    assert doc.channel == "Pryvillia Herald" and doc.author == "Olena Marchuk"
    assert doc.url == "https://herald.example/bridge-stands"
    assert doc.published_at.isoformat() == "2026-02-02T07:30:00+00:00"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Southern Dispatch</title><link>https://dispatch.example</link>
<item><title>Evacuation in Pryvillia</title><link>https://dispatch.example/evac</link>
<pubDate>Mon, 02 Feb 2026 10:30:00 +0200</pubDate>
<description>&lt;p&gt;Up to 300 residents were evacuated, &lt;b&gt;officials&lt;/b&gt; said.&lt;/p&gt;
</description></item>
<item><title>Bridge update</title><link>https://dispatch.example/bridge</link>
<description>The bridge remains closed.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Радіо Степ</title>
<entry><title>Міст пошкоджений</title><link href="https://step.example/mist"/><id>tag:step,1</id>
<updated>2026-02-02T11:00:00Z</updated>
<content type="html">&lt;p&gt;Як повідомила обласна поліція, евакуювали 280 мешканців.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_feed_one_document_per_entry(tmp_path):
    docs, problems, _ = read_all(write(tmp_path / "feed.xml", RSS))
    assert problems == []
    assert [d.title for d in docs] == ["Evacuation in Pryvillia", "Bridge update"]
    assert docs[0].text == "Evacuation in Pryvillia\n\nUp to 300 residents were evacuated, officials said."
    assert docs[0].channel == "Southern Dispatch" and docs[0].url == "https://dispatch.example/evac"
    assert docs[0].published_at.isoformat() == "2026-02-02T08:30:00+00:00"
    assert docs[1].published_at is None


def test_atom_feed(tmp_path):
    docs, problems, _ = read_all(write(tmp_path / "atom.xml", ATOM))
    assert problems == [] and len(docs) == 1
    assert docs[0].channel == "Радіо Степ" and "евакуювали 280 мешканців" in docs[0].text
    assert docs[0].published_at.isoformat() == "2026-02-02T11:00:00+00:00"


def test_broken_feed_keeps_readable_entries(tmp_path):
    docs, problems, _ = read_all(write(tmp_path / "broken.xml", RSS.replace("</channel></rss>", "<item><title>x")))
    assert len(docs) >= 2 and problems and "malformed feed" in problems[0].reason


def test_legacy_encoding_is_detected(tmp_path):
    text = "Глава районной администрации заявил, что мост повреждён, но стоит. " * 5
    docs, problems, notes = read_all(write(tmp_path / "cp1251.txt", text.encode("cp1251")))
    assert problems == [] and docs[0].text == text.strip()
    assert any(isinstance(n, Note) and "read as" in n.text for n in notes)


def test_damaged_utf8_keeps_text_and_names_the_byte(tmp_path):
    raw = b"Officials said the bridge stands. " * 20 + b"\xff" + b" More text."
    docs, problems, _ = read_all(write(tmp_path / "damaged.txt", raw))
    assert len(docs) == 1 and "\ufffd" in docs[0].text
    assert problems[0].where == f"byte {len(raw) - 12:,}" and "undecodable" in problems[0].reason
