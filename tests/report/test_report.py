"""The report (``claimledger report``): its timeline chart, the HTML and Markdown renderings
of a real ledger (the dev set and the XSS corpus, through claimledger's own extractor), and
the command."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from markdown_it import MarkdownIt

from claimledger.config import load_key
from claimledger.errors import ClaimledgerError
from claimledger.nlp.redact import Redactor
from claimledger.report import html, ledger, markdown, svg, verdicts
from claimledger.store import open_store
from tests.conftest import DEV_DOCS, DEV_GOLD

SVG = "{http://www.w3.org/2000/svg}"


def parse_svg(text: str) -> etree._Element:
    return etree.fromstring(text.encode("utf-8"))


def bar_titles(root) -> list[str]:
    return [g.find(f"{SVG}title").text for g in root.iter(f"{SVG}g") if g.get("class") == "bar"]


def test_timeline_is_one_bar_per_hour_when_mentions_span_under_two_days():
    points = [("2026-02-02T07:45:00+00:00", "supports"), ("2026-02-02T07:10:00+00:00", "denies"),
              ("2026-02-02T09:00:00+02:00", "supports"),  # 07:00 UTC: the same hour
              ("2026-02-03T06:59:00+00:00", "neutral"), (None, "supports")]
    root = parse_svg(svg.timeline(points, svg_id="timeline"))
    assert root.get("id") == "timeline"
    # three mentions in the 07:00 hour, one in the 06:00 hour of the next day; none between
    assert bar_titles(root) == ["2026-02-02 07:00 UTC: 3 mentions (2 supports, 1 denies)",
                                "2026-02-03 06:00 UTC: 1 mention (1 neutral)"]
    assert root.find(f"{SVG}title").text == "5 mentions (2 supports, 1 denies, 1 neutral, 1 undated)"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "per hour; 1 undated not shown" in texts
    assert "02-02 07:00" in texts and "02-03 06:00" in texts


def test_timeline_bars_are_stacked_by_stance_and_scaled_to_the_tallest():
    points = [("2026-02-01T10:00:00+00:00", "supports")] * 2 + [("2026-02-01T11:00:00+00:00", "denies")] * 2 + [
        ("2026-02-05T10:00:00+00:00", "supports")]
    root = parse_svg(svg.timeline(points, width=400, height=100))
    rects = [r for r in root.iter(f"{SVG}rect") if r.get("class") in svg.STANCES]
    heights = {(r.get("class"), round(float(r.get("height")))) for r in rects}
    plot = 100 - 16 - 18  # the plot's height: the tallest day (4 mentions) fills it
    assert heights == {("supports", plot // 2), ("denies", plot // 2), ("supports", round(plot / 4))}
    assert bar_titles(root) == ["2026-02-01: 4 mentions (2 supports, 2 denies)", "2026-02-05: 1 mention (1 supports)"]
    assert [r.get("fill") for r in rects[:2]] == [svg.COLOURS["supports"], svg.COLOURS["denies"]]


def test_timeline_draws_a_long_span_by_week_or_month_so_bars_stay_visible():
    by_week = parse_svg(svg.timeline([("2024-01-03", "supports"), ("2026-01-01", "supports")]))
    assert bar_titles(by_week) == ["week of 2024-01-01: 1 mention (1 supports)",
                                   "week of 2025-12-29: 1 mention (1 supports)"]
    by_month = parse_svg(svg.timeline([("2016-01-03", "supports"), ("2026-01-01", "denies")]))
    assert bar_titles(by_month) == ["2016-01: 1 mention (1 supports)", "2026-01: 1 mention (1 denies)"]


def test_timeline_without_dates_says_so_and_bad_dates_count_as_undated():
    root = parse_svg(svg.timeline([(None, "supports"), ("not a date <script>", "denies")]))
    assert [t.text for t in root.iter(f"{SVG}text")] == ["no dated mentions (2 undated)"]
    assert "script" not in svg.timeline([(None, "supports"), ("not a date <script>", "denies")])
    assert [t.text for t in parse_svg(svg.timeline([])).iter(f"{SVG}text")] == ["no mentions"]


def test_timeline_id_is_escaped():
    root = parse_svg(svg.timeline([("2026-01-01", "supports")], svg_id='x" onload="alert(1)'))
    assert root.get("id") == 'x" onload="alert(1)' and root.get("onload") is None


# -- the reports of real ledgers ---------------------------------------------------------------

MUST_REDACT = json.loads(DEV_GOLD.read_text(encoding="utf-8"))["must_redact"]
BRIDGE = "the road bridge near Pryvillia was destroyed by a guided bomb this morning"
SAFE_SCHEMES = ("http", "https")


@pytest.fixture
def dev_store(dev_ledger):
    store = open_store(dev_ledger, create=False)
    yield store
    store.close()


@pytest.fixture
def xss_store(xss_ledger):
    store = open_store(xss_ledger, create=False)
    yield store
    store.close()


def texts(elements) -> list[str]:
    return [" ".join(e.text_content().split()) for e in elements]


def assert_inert(document: lxml.html.HtmlElement) -> None:
    """No script, no event handler, no link or source but http(s), a fragment or a relative
    path, nothing loaded from outside, and a policy forbidding scripts."""
    assert document.xpath("//script") == []
    for tag in ("link", "img", "iframe", "frame", "object", "embed", "base", "form", "video", "audio", "source"):
        assert document.xpath(f"//{tag}") == [], tag
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name, value)
            if name.lower() in ("href", "src", "xlink:href", "action", "formaction", "srcset", "poster", "data"):
                scheme = urlsplit(value.strip()).scheme.lower()
                assert scheme in SAFE_SCHEMES or (not scheme and not value.strip().startswith("//")), (name, value)
            assert "javascript:" not in value.lower() or element.tag == "meta", (element.tag, name, value)
    policy = document.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert policy and "default-src 'none'" in policy[0] and "script-src" not in policy[0]


def test_html_report_puts_the_pryvillia_bridge_first_among_contested_with_both_sides(dev_store):
    document = lxml.html.fromstring(html.render(dev_store))
    sections = [s.get("id") for s in document.xpath("/html/body/section")]
    assert sections == ["summary", "contested", "corroborated", "single-source", "sources"]
    first = document.xpath("//section[@id='contested']/article")[0]
    assert texts(first.xpath("./h3")) == [BRIDGE]
    assert "status contested" in first.xpath(".//span[contains(@class, 'status')]/@class")[0]
    assert texts(first.xpath(".//p[@class='rule']")) == [
        'contested: denied by Local outlet Pryvillia Today, Ivan Sokil, "cousin" (anonymous) and "people in the '
        'village" (crowd).']
    deniers = " ".join(texts(first.xpath(".//section[@class='deniers']//li")))
    supporters = " ".join(texts(first.xpath(".//section[@class='supporters']//li")))
    for name in ("Ivan Sokil", "Local outlet Pryvillia Today", "cousin"):
        assert name in deniers and name not in supporters
    for name in ("Ministry of Defence", "Pryvillia Herald", "Radio Step", "Игорь Ланской"):
        assert name in supporters and name not in deniers
    assert "also written Іван Сокіл, Иван Сокил" in deniers
    # origins with why mentions share one; first seen; the timeline of its 12 mentions
    origins = " ".join(texts(first.xpath(".//div[@class='origins']//li")))
    assert "one origin: Frontline Notes Chat #501 is the discussion-group copy of Frontline Notes #2" in origins
    assert "first seen 2026-02-02 07:45" in texts(first.xpath(".//p[@class='meta']"))[0]
    chart = first.xpath(".//*[local-name()='svg']")[0]
    assert chart.xpath("./*[local-name()='title']")[0].text.startswith("12 mentions (")
    assert len(first.xpath(".//table[@class='mentions']/tbody/tr")) == 12


def test_html_report_summary_counts_are_the_ledgers(dev_store):
    figures = dev_store.stats()
    document = lxml.html.fromstring(html.render(dev_store))
    shown = dict(zip(texts(document.xpath("//dl[@class='figures']//dt")),
                     texts(document.xpath("//dl[@class='figures']//dd")), strict=True))
    assert shown["documents"] == str(figures["documents"]) == "13"
    assert shown["claim mentions"] == str(figures["mentions"])
    for status in ("contested", "corroborated", "single-source"):
        assert shown[status] == str(figures["groups_by_status"].get(status, 0))
        # every group of the status is in its section: the dev set is small
        assert len(document.xpath(f"//section[@id='{status}']/article")) == figures["groups_by_status"].get(status, 0)
    assert shown["analysts' verdicts"] == "0"
    assert document.xpath("//*[local-name()='svg'][@id='ledger-timeline']")
    names = texts(document.xpath("//section[@id='sources']//tbody/tr/td[1]"))
    assert any(n.startswith("Ivan Sokil") for n in names) and any(n.startswith("Ministry of Defence") for n in names)


def test_html_report_of_the_dev_set_is_inert_and_self_contained(dev_store):
    text = html.render(dev_store)
    assert_inert(lxml.html.fromstring(text))
    assert "http://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # no external asset at all


def test_html_report_of_the_xss_corpus_is_inert_and_shows_the_payloads_as_text(xss_store):
    text = html.render(xss_store)
    document = lxml.html.fromstring(text)
    assert_inert(document)
    visible = document.text_content()
    assert "<script>alert('xss-channel')</script>Evil [U+202E]Channel" in visible
    assert "<a href=\"javascript:alert('xss-3')\">Radio Step</a>" in visible
    assert "\u202e" not in visible  # an override would reverse the text after it
    assert "<script>" not in text and "<img src=x" not in text and "<svg onload" not in text


def test_reports_hold_no_must_redact_string(dev_store):
    for text in (html.render(dev_store), markdown.render(dev_store)):
        assert [s for s in MUST_REDACT if s in text] == []
        assert BRIDGE in text
    # not for want of them: the documents the reports quote held them, redacted (the lines
    # that were only a place or a phone number are no claims, and not reported)
    assert re.search(r"(location|phone|user)#[0-9a-f]+", "\n".join(d.text for d in dev_store.documents()))


def test_report_caps_each_status_and_counts_the_rest(dev_store):
    figures = dev_store.stats()["groups_by_status"]
    capped = html.contents(dev_store, limit_groups=1)
    by_status = {s["status"]: s for s in capped["sections"]}
    contested = by_status["contested"]
    assert [g["proposition"] for g in contested["groups"]] == [BRIDGE]  # the most mentioned
    assert contested["more"] == figures["contested"] - 1
    # more single-source groups than the cap: only those repeated by two mentions or more
    single = by_status["single-source"]
    assert len(single["groups"]) == 1 and len(single["groups"][0]["mentions"]) >= 2
    assert single["more"] == figures["single-source"] - 1
    assert "1 more contested groups with fewer mentions" in html.render(dev_store, limit_groups=1)
    only = html.contents(dev_store, status="corroborated")
    assert [s["status"] for s in only["sections"]] == ["corroborated"]
    with pytest.raises(ClaimledgerError, match="unknown status 'rumour'"):
        html.contents(dev_store, status="rumour")


def test_report_shows_the_latest_verdict_with_its_evidence_link(writable_dev_store):
    store = writable_dev_store
    gid = next(g["id"] for g in store.groups(status="contested") if g["summary"] == BRIDGE)
    redactor = Redactor(load_key())
    verdicts.record(store, redactor, gid, "mostly-true", note="first look", analyst="Olena")
    verdicts.record(store, redactor, gid, "false", note="Bridge standing on 3 Feb imagery",
                    evidence="https://example.org/imagery", analyst="Olena")
    document = lxml.html.fromstring(html.render(store))
    box = document.xpath(f"//article[@id='{gid}']//div[@class='verdict']")[0]
    text = " ".join(box.text_content().split())
    assert text.startswith("Analyst's verdict: false by Olena")
    assert "(1 earlier verdict in the ledger)" in text and "Bridge standing on 3 Feb imagery" in text
    assert box.xpath(".//a/@href") == ["https://example.org/imagery"]
    md = markdown.render(store)
    assert "> **Analyst's verdict: false** by Olena" in md
    assert "> Evidence: [https://example.org/imagery](https://example.org/imagery)" in md


def test_markdown_report_has_the_same_story(dev_store):
    md = markdown.render(dev_store)
    sections = re.findall(r"^## (.+)$", md, flags=re.M)
    figures = dev_store.stats()["groups_by_status"]
    assert sections == ["Summary", f"Contested claims ({figures['contested']})",
                        f"Corroborated claims ({figures['corroborated']})",
                        f"Single-source claims ({figures['single-source']})",
                        f"Sources ({len(ledger.sources(dev_store))})"]
    contested = md.split("## Contested claims")[1].split("## Corroborated")[0]
    assert re.findall(r"^### (.+)$", contested, flags=re.M)[0] == BRIDGE
    assert ('**contested: denied by Local outlet Pryvillia Today, Ivan Sokil, "cousin" (anonymous) and "people in the '
            'village" (crowd).**') in contested
    deniers = contested.split("#### Who denies it (4)")[1].split("####")[0]
    assert "- Ivan Sokil (person): 3 mentions; also written Іван Сокіл, Иван Сокил" in deniers
    # it renders to HTML with no tag but Markdown's own
    rendered = MarkdownIt("commonmark").enable("table").render(md)
    assert "<script" not in rendered and "<img" not in rendered


def test_markdown_report_of_the_xss_corpus_is_text(xss_store):
    md = markdown.render(xss_store)
    rendered = lxml.html.fromstring(MarkdownIt("commonmark").enable("table").render(md))
    allowed = {"div", "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "code", "blockquote", "table",
               "thead", "tbody", "tr", "th", "td", "a"}
    assert {e.tag for e in rendered.iter() if isinstance(e.tag, str)} <= allowed
    assert_links_are_web(rendered)
    visible = rendered.text_content()
    assert "<script>alert('xss-channel')</script>Evil [U+202E]Channel" in visible
    assert "<a href=\"javascript:alert('xss-3')\">Radio Step</a>" in visible


def assert_links_are_web(document) -> None:
    for href in document.xpath("//a/@href"):
        assert urlsplit(href).scheme in SAFE_SCHEMES or href.startswith("#"), href


MD = MarkdownIt("commonmark").enable("table")


def inline_children(markdown_text: str) -> list:
    """What the parser makes of the last run of inline text (the table's body cell)."""
    inline = [t for t in MD.parse(markdown_text) if t.type == "inline"]
    return list(inline[-1].children or []) if inline else []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
       | st.lists(st.sampled_from(["<", ">", "[", "]", "(", ")", "!", "*", "_", "`", "#", "-", "+", "1.", "&",
                                   "amp;", "|", "~", "\\", "http://x.y", "javascript:", " ", "\n", "a", ">"]),
                  max_size=25).map("".join))
def test_markdown_text_is_only_text_whatever_it_holds(value):
    """Any text, escaped, is read back by a Markdown parser as that very text (spaces
    collapsed): no link, image, HTML, emphasis, code or block of its own."""
    escaped = markdown.text(value)
    assert "\n" not in escaped and "<" not in escaped and ">" not in escaped
    expected = " ".join(html.show_controls(value).split()).replace("\x00", "\ufffd")  # as CommonMark reads NUL
    for context in ("{}", "- {}", "### {}", "| a |\n|---|\n| {} |"):
        children = inline_children(context.format(escaped))
        assert {c.type for c in children} <= {"text", "text_special"}, (context, escaped, children)
        assert "".join(c.content for c in children) == expected, (context, escaped)


# -- the command ---------------------------------------------------------------------------------


def test_report_command_writes_html_by_default_and_markdown_to_stdout(cli, db, tmp_path, monkeypatch):
    assert cli("ingest", str(DEV_DOCS), "--db", str(db)).exit_code == 0
    monkeypatch.chdir(tmp_path)
    result = cli("report", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    written = tmp_path / "report.html"
    assert f"report written to report.html ({written.stat().st_size:,} bytes)" in result.stderr
    document = lxml.html.fromstring(written.read_text(encoding="utf-8"))
    assert_inert(document)
    assert document.xpath("/html/body/section/@id")[0] == "summary"
    md = cli("report", "--db", str(db), "--format", "md", "-o", "-", "--status", "contested")
    assert md.exit_code == 0 and md.stdout.startswith("# claimledger report\n")
    assert re.findall(r"^## (\w+)", md.stdout, flags=re.M) == ["Summary", "Contested", "Sources"]
    assert cli("report", "--db", str(db), "--format", "md").exit_code == 0
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# claimledger report")


def test_report_command_errors_are_one_line(cli, tmp_path):
    missing = cli("report", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 2 and missing.stderr.count("\n") == 1 and "no ledger here" in missing.stderr
    assert not (tmp_path / "report.html").exists()
    bad = cli("report", "--format", "pdf")
    assert bad.exit_code == 2 and "'pdf' is not one of 'html', 'md'" in bad.stderr
