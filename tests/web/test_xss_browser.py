"""Untrusted text renders inert, checked in a real browser's live DOM, not in the bytes.

The XSS corpus (``tests/fixtures/xss/result.json``) is a Telegram export whose channel
name, authors, message texts and link hrefs are payloads: script tags, event-handler
attributes, ``javascript:`` and ``data:`` links, an iframe, broken markup that closes a
textarea or a title, and right-to-left override characters. With it served, every page
of the app and the HTML report must hold no script but the app's own, no handler
attribute, no script-bearing URL, no embedded frame or foreign SVG or image; no dialog may
open; the payloads must be visible as text; and RTL overrides must stay inside an
element that isolates them from the surrounding UI.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimledger.store import open_store
from tests.conftest import XSS_EXPORT
from tests.web.conftest import open_report

# Installed before any page script runs: a payload that executes calls one of these.
TRAP = """
window.__xss = [];
for (const name of ['alert', 'confirm', 'prompt']) {
  window[name] = (...args) => { window.__xss.push(name + ':' + args.join(' ')); };
}
"""

# What a page must not contain; returns one line per offending element. ``allowedSvgs``:
# selectors of the app's own charts.
DOM_CHECK = """
(allowedSvgs) => {
  const found = [];
  const describe = (e) => e.outerHTML.slice(0, 120);
  for (const s of document.querySelectorAll('script')) {
    const src = s.getAttribute('src');
    const url = src === null ? null : new URL(src, document.baseURI);
    if (url === null || url.origin !== location.origin || !url.pathname.startsWith('/static/')
        || s.textContent.trim() !== '') {
      found.push('script: ' + describe(s));
    }
  }
  for (const e of document.querySelectorAll('*')) {
    for (const a of e.attributes) {
      if (a.name.toLowerCase().startsWith('on')) found.push('handler ' + a.name + ': ' + describe(e));
    }
  }
  const urls = [['a[href], area[href]', 'href'], ['[src]', 'src'], ['form[action]', 'action'],
                ['[formaction]', 'formaction'], ['object[data]', 'data']];
  for (const [selector, attr] of urls) {
    for (const e of document.querySelectorAll(selector)) {
      let scheme;
      try { scheme = new URL(e.getAttribute(attr), document.baseURI).protocol; } catch (err) { continue; }
      if (scheme === 'javascript:' || scheme === 'data:') found.push(attr + ' ' + scheme + ' ' + describe(e));
    }
  }
  for (const e of document.querySelectorAll('*')) {
    const linked = e.getAttribute('xlink:href') || (e instanceof SVGElement ? e.getAttribute('href') : null);
    if (linked && /^\\s*(javascript|data):/i.test(linked)) found.push('svg link: ' + describe(e));
  }
  for (const e of document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, foreignObject')) {
    found.push('element: ' + describe(e));
  }
  for (const e of document.querySelectorAll('svg')) {
    if (!allowedSvgs.some(sel => e.matches(sel))) found.push('svg: ' + describe(e));
  }
  for (const e of document.querySelectorAll('img')) {
    const url = new URL(e.getAttribute('src') || '', document.baseURI);
    if (url.origin !== location.origin || !url.pathname.startsWith('/static/')) found.push('img: ' + describe(e));
  }
  return found;
}
"""

# Text nodes holding a bidi override or embedding (U+202A-U+202E, U+2066-U+2069) must sit in
# an element that isolates them (dir="auto", or a computed unicode-bidi of isolate or
# plaintext: <bdi>, and by the HTML rendering rules <p>, <div>, <td> …) and holds nothing but
# untrusted text: an override that leaks into a label, a count or a link beside it reorders
# the UI. ``untrusted``: the ledger's strings (document texts, names, contents), whitespace
# collapsed; the isolating element's text must be part of one of them.
BIDI_CHECK = """
(untrusted) => {
  const found = [];
  const flat = (t) => t.split(/\\s+/).filter(Boolean).join(' ');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const isolates = (e) => {
    if ((e.getAttribute('dir') || '').toLowerCase() === 'auto') return true;
    const bidi = getComputedStyle(e).unicodeBidi;
    return bidi === 'isolate' || bidi === 'isolate-override' || bidi === 'plaintext';
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/[\\u202a-\\u202e\\u2066-\\u2069]/.test(node.data)) continue;
    let e = node.parentElement;
    while (e && e !== document.body && !isolates(e)) e = e.parentElement;
    const text = e ? flat(e.textContent) : '';
    if (!e || e === document.body || !untrusted.some(u => u.includes(text))) {
      found.push((e ? e.tagName : 'none') + ': ' + text.slice(0, 120));
    }
  }
  return found;
}
"""

APP_SVGS = ["svg#timeline", "svg#provenance"]
REPORT_SVGS = ["svg.timeline", "svg#timeline", "svg#provenance"]  # report.svg draws class="timeline"


class Visitor:
    """Visits pages with the trap installed and checks each one's live DOM."""

    def __init__(self, page, screenshot):
        self.page = page
        self.screenshot = screenshot
        self.dialogs: list[str] = []
        self.bidi: dict[str, list[str]] = {}
        self.untrusted: list[str] = []  # set by tests that check bidi isolation
        page.add_init_script(TRAP)
        page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message} on {self.page.url}")
        dialog.dismiss()

    def visit(self, url: str, shot: str | None = None, svgs: list[str] = APP_SVGS) -> None:
        response = self.page.goto(url)
        assert response is not None and response.ok, f"{url}: {response.status if response else 'no response'}"
        self.check(svgs)
        if shot:
            self.screenshot(self.page, shot)

    def check(self, svgs: list[str] = APP_SVGS) -> None:
        """The page as it is now (after a click, or the report opened from the nav)."""
        page = self.page
        page.wait_for_load_state("load")
        assert page.evaluate(DOM_CHECK, svgs) == [], page.url
        assert page.evaluate("window.__xss") == [], page.url
        assert self.dialogs == []
        self.bidi[page.url] = page.evaluate(BIDI_CHECK, self.untrusted)

    def hrefs(self, selector: str) -> list[str]:
        return self.page.locator(selector).evaluate_all("as => as.map(a => a.getAttribute('href'))")


def flat(text: str) -> str:
    return " ".join(text.split())


def untrusted_strings(ledger: Path) -> list[str]:
    """Every string of the ledger that came from the input, whitespace collapsed."""
    store = open_store(str(ledger))
    try:
        found = {value for doc in store.documents()
                 for value in (doc.text, doc.title, doc.channel, doc.author, doc.forwarded_from, doc.path)}
        found |= {value for m in store.mentions() for value in (m.source, m.cue, m.content)}
        found |= {g["summary"] for g in store.groups()}
    finally:
        store.close()
    return sorted(flat(value) for value in found if value)


def stored(ledger: Path):
    store = open_store(str(ledger))
    try:
        documents = {d.id: d for d in store.documents()}
        groups = list(store.groups())
    finally:
        store.close()
    return documents, groups


@pytest.fixture
def visitor(page, screenshot) -> Visitor:
    return Visitor(page, screenshot)


def test_every_page_renders_the_payloads_inert_and_visible(visitor, serve, xss_ledger):
    """Claims list, every group page, every document page, the sources list, every source
    page, the ingest page and the HTML report: nothing executes, nothing active is in the
    DOM, and each document's text (payloads included) is on its page as text."""
    base = serve(xss_ledger)
    page = visitor.page
    documents, groups = stored(xss_ledger)
    assert groups and documents

    visitor.visit(base + "/?per_page=200", "xss-claims-list")
    listed = visitor.hrefs("a.claim-link")
    assert sorted(listed) == sorted(f"/groups/{g['id']}" for g in groups)
    list_text = flat(page.locator("table#claims").inner_text())
    # a proposition that is itself a payload (message 4) is shown as the characters it is
    assert flat("According to <a href=\"javascript:alert('xss-3')\">Radio Step</a>") in list_text

    seen_documents: set[str] = set()
    for number, href in enumerate(listed):
        visitor.visit(base + href, "xss-group" if number == 0 else None)
        seen_documents.update(visitor.hrefs("a.document-link"))
    assert seen_documents, "no group page links a document"

    for href in sorted(seen_documents):
        visitor.visit(base + href)
        doc = documents[href.rsplit("/", 1)[1]]
        assert flat(doc.text) in flat(page.locator("article#document").text_content()), href
    for href in sorted(f"/documents/{doc_id}" for doc_id in documents):
        if href not in seen_documents:
            visitor.visit(base + href)
    visitor.visit(base + f"/documents/{_document_with(documents, 'xss-1')}", "xss-document")
    assert page.get_by_text('<script>alert("xss-1")</script>', exact=False).count() >= 1

    visitor.visit(base + "/sources", "xss-sources")
    sources_text = flat(page.locator("table#sources").inner_text())
    assert 'ministry of <script>alert("xss-1")</script' in sources_text
    for href in visitor.hrefs("table#sources a[href^='/source?name=']"):
        visitor.visit(base + href)
    visitor.visit(base + "/ingest")
    open_report(page, base)
    visitor.check(REPORT_SVGS)
    visitor.screenshot(page, "xss-report")
    assert "alert(\"xss-1\")" in page.locator("body").text_content()


def test_payload_file_name_in_an_upload_stays_inert(visitor, serve, tmp_path):
    """An uploaded export whose file name is itself a payload: the job page (while it runs
    and when done) and the pages after it render the name and the corpus inert."""
    ledger = tmp_path / "fresh.db"
    open_store(str(ledger)).close()
    base = serve(ledger)
    page = visitor.page
    visitor.visit(base + "/ingest")
    page.set_input_files("#upload-form input[name=files]", files=[{
        "name": "<img src=x onerror=alert('xss-file')>.json", "mimeType": "application/json",
        "buffer": XSS_EXPORT.read_bytes()}])
    page.click("#upload")
    page.wait_for_url(re.compile(r"/ingest/jobs/[^/.]+$"))
    visitor.check()
    finished = "() => ['done', 'failed'].includes(document.querySelector('#job-state')?.textContent.trim())"
    page.wait_for_function(finished, timeout=120_000)
    visitor.check()
    visitor.screenshot(page, "xss-ingest-job")
    assert page.locator("#job-state").inner_text().strip() == "done"
    assert "xss-file" in page.locator("main").text_content()  # the name (made safe), shown as text
    visitor.visit(base + "/?per_page=200")
    assert page.locator("tr.claim").count() > 0


def test_the_html_report_file_is_inert(visitor, xss_ledger, tmp_path):
    """The HTML report as a file (what an editor opens from an e-mail) passes the same checks,
    and fetches nothing but itself."""
    from claimledger.report import html as html_report

    store = open_store(str(xss_ledger))
    try:
        rendered = html_report.render(store)
    finally:
        store.close()
    report = tmp_path / "report.html"
    report.write_text(rendered, encoding="utf-8")
    page = visitor.page
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report.as_uri())
    page.wait_for_load_state("load")
    # a file has no origin: no script at all passes the script check, as a self-contained report should
    assert page.evaluate(DOM_CHECK, REPORT_SVGS) == []
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.querySelectorAll('[onclick],[onerror],[onload],[onmouseover]').length") == 0
    assert page.evaluate("window.__xss") == [] and visitor.dialogs == []
    assert "alert(\"xss-1\")" in page.locator("body").text_content()
    assert "Kakhovka" in page.inner_text("#contested")
    assert page.evaluate(BIDI_CHECK, untrusted_strings(xss_ledger)) == []
    assert requests == [report.as_uri()]  # nothing fetched but the file itself


def test_rtl_overrides_are_isolated_from_the_surrounding_ui(visitor, serve, xss_ledger):
    """Text holding U+202E (the channel name on every message, message 7's text) sits in
    an element that isolates it and holds nothing but untrusted text, on every page, so it
    cannot reverse the labels, counts or links around it."""
    base = serve(xss_ledger)
    documents, groups = stored(xss_ledger)
    visitor.untrusted = untrusted_strings(xss_ledger)
    visitor.visit(base + "/?per_page=200")
    for group in groups:
        visitor.visit(base + f"/groups/{group['id']}")
    for doc_id in documents:
        visitor.visit(base + f"/documents/{doc_id}")
    visitor.visit(base + "/sources")
    for href in visitor.hrefs("table#sources a[href^='/source?name=']"):
        visitor.visit(base + href)
    open_report(visitor.page, base)
    visitor.check(REPORT_SVGS)
    unisolated = {url: texts for url, texts in visitor.bidi.items() if texts}
    assert unisolated == {}, json.dumps(unisolated, ensure_ascii=False, indent=1)


def _document_with(documents: dict, needle: str) -> str:
    found = [doc_id for doc_id, doc in documents.items() if needle in doc.text]
    assert found, needle
    return found[0]
