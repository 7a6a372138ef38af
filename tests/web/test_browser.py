"""The issue's walk-through in a real browser (Debian's chromium through Playwright), as an
analyst does it with the mouse and the keyboard, against the URL and DOM contract of
``docs/web.md``: filter the dev ledger to contested claims, open the Pryvillia bridge group,
read its provenance, follow a mention to its document, record a verdict, download the
ClaimReview export, browse sources, upload an article. Every page visited is checked for
the dev set's ``must_redact`` strings, and screenshots of the main pages are saved.
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from claimledger.report.jsonl import claim_id
from claimledger.store import open_store
from tests.conftest import DEV_DOCS, DEV_GOLD, copy_ledger
from tests.web.conftest import open_report

MUST_REDACT: list[str] = json.loads(DEV_GOLD.read_text(encoding="utf-8"))["must_redact"]
# What the dev docs say of the bridge, and who says so (tests/fixtures/dev/gold.json, group
# gP): the Ministry of Defence and Radio Step assert that it was destroyed; the local outlet
# Pryvillia Today and Ivan Sokil (in English, Russian and Ukrainian) deny it.
BRIDGE = re.compile(r"bridge near Pryvillia", re.IGNORECASE)
SUPPORTERS = ("Ministry of Defence", "Radio Step")
DENIERS = ("Ivan Sokil", "Pryvillia Today")


def assert_nothing_private(page) -> None:
    """None of the dev set's must-redact strings is in the page's DOM, as markup or as text
    (attribute values are escaped in markup, so the unescaped form is checked too)."""
    markup = page.evaluate("document.documentElement.outerHTML")
    text = page.evaluate("document.documentElement.textContent")
    leaked = [s for s in MUST_REDACT if s in markup or s in html.unescape(markup) or s in text]
    assert leaked == [], f"{page.url} shows {leaked}"


def visit(page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.ok, f"{url}: {response.status if response else 'no response'}"
    assert_nothing_private(page)


def bridge_group(ledger: Path) -> str:
    """The id of the contested group about the bridge near Pryvillia, read from the ledger."""
    store = open_store(str(ledger))
    try:
        found = [g["id"] for g in store.groups(status="contested") if BRIDGE.search(g["summary"] or "")]
    finally:
        store.close()
    assert len(found) == 1, found
    return found[0]


def group_members(ledger: Path, group_id: str):
    store = open_store(str(ledger))
    try:
        return store.group_mentions(group_id)
    finally:
        store.close()


def text_of(locator) -> str:
    return " ".join(locator.inner_text().split())


def test_contested_filter_group_page_and_document(page, serve, dev_ledger, screenshot):
    """Choosing "contested" in the filter form lists exactly the ledger's contested groups;
    the bridge group's page shows its status, rule, both sides, timeline, provenance graph
    and every mention with cue, source and content highlighted; its document link opens
    the document with the mentions highlighted."""
    base = serve(dev_ledger)
    visit(page, base + "/")
    screenshot(page, "claims-list")
    assert page.locator("tr.claim").count() > 0

    page.select_option("#filters select[name=status]", "contested")
    page.click("#apply-filters")
    page.wait_for_url(re.compile(r"[?&]status=contested"))
    assert_nothing_private(page)
    screenshot(page, "claims-contested")
    rows = page.locator("tr.claim")
    statuses = rows.evaluate_all("rows => rows.map(r => r.dataset.status)")
    assert statuses and set(statuses) == {"contested"}
    store = open_store(str(dev_ledger))
    try:
        contested = {g["id"] for g in store.groups(status="contested")}
    finally:
        store.close()
    assert set(rows.evaluate_all("rows => rows.map(r => r.dataset.groupId)")) == contested
    assert int(page.locator("#total").inner_text().replace(",", "").strip()) == len(contested)

    gid = bridge_group(dev_ledger)
    row = page.locator(f'tr.claim[data-group-id="{gid}"]')
    assert BRIDGE.search(text_of(row.locator("a.claim-link")))
    row.locator("a.claim-link").click()
    page.wait_for_url(f"{base}/groups/{gid}")
    assert_nothing_private(page)
    screenshot(page, "group-pryvillia-bridge")

    assert BRIDGE.search(text_of(page.locator("h1#proposition")))
    assert page.locator("span#status").get_attribute("data-status") == "contested"
    rule = text_of(page.locator("p#rule"))
    assert "contested" in rule.lower() and "Ivan Sokil" in rule

    supporters, deniers = page.locator("section#supporters"), page.locator("section#deniers")
    for name in SUPPORTERS:
        assert name in text_of(supporters)
        assert name not in text_of(deniers)
    for name in DENIERS:
        assert name in text_of(deniers)
        assert name not in text_of(supporters)
    left, right = supporters.bounding_box(), deniers.bounding_box()
    assert left and right
    # side by side: one beside the other, not one under the other
    assert left["x"] + left["width"] <= right["x"] + 1 or right["x"] + right["width"] <= left["x"] + 1
    assert left["y"] < right["y"] + right["height"] and right["y"] < left["y"] + left["height"]

    for svg_id in ("timeline", "provenance"):
        svg = page.locator(f"svg#{svg_id}")
        box = svg.bounding_box()
        assert box and box["width"] > 50 and box["height"] > 20, svg_id
        drawn = svg.evaluate("s => s.querySelectorAll('circle, rect, line, path, polyline, polygon, text').length")
        assert drawn > 0, f"#{svg_id} draws nothing"

    members = group_members(dev_ledger, gid)
    assert page.locator("li.mention").count() == len(members)
    for mention, doc, _link in members:
        item = page.locator(f'li.mention[id="m-{claim_id(mention)}"]')
        assert item.count() == 1, claim_id(mention)
        assert text_of(item.locator("mark.content")), claim_id(mention)
        if mention.cue_start is not None:
            cue = " ".join(doc.text[mention.cue_start:mention.cue_end].split())
            assert text_of(item.locator("mark.cue")) == cue
        if mention.source_start is not None:
            source = " ".join(doc.text[mention.source_start:mention.source_end].split())
            assert text_of(item.locator("mark.source")) == source
        assert item.locator("a.document-link").get_attribute("href") == f"/documents/{doc.id}"

    mention, doc, _link = members[0]
    page.locator(f'li.mention[id="m-{claim_id(mention)}"] a.document-link').click()
    page.wait_for_url(f"{base}/documents/{doc.id}")
    assert_nothing_private(page)
    screenshot(page, "document")
    article = page.locator("article#document")
    marked = article.locator("mark.mention").evaluate_all("ms => ms.map(m => m.dataset.claimId)")
    assert claim_id(mention) in marked
    # the highlighted span is the mention's sentence (or its content) in the document's text
    highlighted = text_of(article.locator(f'mark.mention[data-claim-id="{claim_id(mention)}"]').first)
    assert " ".join(doc.text[mention.content_start:mention.content_end].split()[:3]) in highlighted


def test_verdict_recorded_redacted_and_exported(page, serve, dev_ledger, tmp_path, screenshot):
    """A verdict typed into the group page's form lands in its history with the note's
    coordinate redacted, a POST without the CSRF token is refused, and the ClaimReview
    download holds the verdict's rating for the group."""
    ledger = copy_ledger(dev_ledger, tmp_path / "ledger.db")
    base = serve(ledger)
    gid = bridge_group(ledger)
    visit(page, f"{base}/groups/{gid}")
    assert page.locator("#verdicts li.verdict").count() == 0

    page.select_option("#verdict-form select[name=rating]", "mostly-false")
    page.fill("#verdict-form textarea[name=note]", "Footage geolocated at 47.5521, 34.9917 shows the span intact.")
    page.fill("#verdict-form input[name=evidence]", "https://example.org/checks/pryvillia-bridge")
    page.fill("#verdict-form input[name=analyst]", "Olena Analyst")
    with page.expect_navigation():
        page.click("#save-verdict")
    assert page.url == f"{base}/groups/{gid}"
    assert_nothing_private(page)
    screenshot(page, "group-with-verdict")

    verdicts = page.locator("#verdicts li.verdict")
    assert verdicts.count() == 1
    shown = text_of(verdicts.first)
    assert "mostly-false" in shown.lower().replace(" ", "-")
    assert "shows the span intact" in shown
    assert "47.5521" not in shown and "[location#" in shown
    assert "Olena Analyst" in shown
    assert verdicts.first.locator('a[href="https://example.org/checks/pryvillia-bridge"]').count() == 1
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    stamps = verdicts.first.locator("time").evaluate_all("ts => ts.map(t => t.getAttribute('datetime') || '')")
    assert today in shown or any(s.startswith(today) for s in stamps), "the verdict does not say when"

    refused = page.request.post(f"{base}/groups/{gid}/verdicts", form={
        "rating": "true", "note": "no token", "evidence": "", "analyst": "Mallory"}, max_redirects=0)
    assert 400 <= refused.status < 500
    page.reload()
    assert page.locator("#verdicts li.verdict").count() == 1

    with page.expect_download() as downloading:
        page.click('#nav a[href^="/export/claimreview"]')
    exported = json.loads(Path(downloading.value.path()).read_text(encoding="utf-8"))
    reviews = [item for item in _items(exported) if item.get("@type") == "ClaimReview"]
    ours = [r for r in reviews if gid in json.dumps(r)]
    assert len(ours) == 1, reviews
    rating = ours[0]["reviewRating"]
    # mostly-false is the second of the five ratings, worst to best
    assert int(rating["ratingValue"]) == 2
    assert "47.5521" not in json.dumps(exported, ensure_ascii=False)


def _items(exported) -> list[dict]:
    """The objects of a JSON-LD document: a list, a ``@graph`` or one object."""
    if isinstance(exported, list):
        return exported
    if "@graph" in exported:
        return exported["@graph"]
    return [exported]


def test_sources_list_and_source_page(page, serve, dev_ledger, screenshot):
    """The sources table links every source to its page; Ivan Sokil's page (spelled in
    Latin or in Cyrillic) lists his mentions, linked to the bridge group he denies and the
    group where he says the bridge remains closed."""
    base = serve(dev_ledger)
    visit(page, base + "/")
    page.click('#nav a[href="/sources"]')
    page.wait_for_url(f"{base}/sources")
    assert_nothing_private(page)
    screenshot(page, "sources")
    links = page.locator("table#sources a[href^='/source?name=']")
    assert links.count() >= 10
    names = [parse_qs(urlsplit(h).query)["name"][0] for h in links.evaluate_all("as => as.map(a => a.href)")]
    assert "Ivan Sokil" in names and "Radio Step" in names

    page.locator("table#sources a[href^='/source?name=']", has_text="Ivan Sokil").first.click()
    page.wait_for_url(re.compile(r"/source\?name=Ivan"))
    assert_nothing_private(page)
    screenshot(page, "source-ivan-sokil")
    linked = groups_linked(page, base)
    gid = bridge_group(dev_ledger)
    store = open_store(str(dev_ledger))
    try:
        closed = [g["id"] for g in store.groups(search="closed traffic") if "remains closed" in (g["summary"] or "")]
    finally:
        store.close()
    assert len(closed) == 1
    assert {gid, closed[0]} <= linked

    visit(page, f"{base}/source?name=Іван Сокіл")
    assert {gid, closed[0]} <= groups_linked(page, base)


def groups_linked(page, base: str) -> set[str]:
    """The groups the page's group links lead to (a link may name a mention: the app
    redirects it to the mention's group)."""
    hrefs = page.locator("main a[href^='/groups/']").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert hrefs
    landed = {page.request.get(base + href).url for href in set(hrefs)}
    return {urlsplit(url).path.removeprefix("/groups/") for url in landed}


def test_upload_an_article_into_a_fresh_ledger(page, serve, tmp_path, screenshot):
    """Uploading d3.txt through the ingest form starts a job whose page reaches "done",
    after which the article's claims are in the list and its text on its document page."""
    ledger = tmp_path / "fresh.db"
    open_store(str(ledger)).close()
    base = serve(ledger)
    visit(page, base + "/")
    assert page.locator("tr.claim").count() == 0
    page.click('#nav a[href="/ingest"]')
    page.wait_for_url(f"{base}/ingest")
    screenshot(page, "ingest")
    page.set_input_files("#upload-form input[type=file][name=files]", str(DEV_DOCS / "d3.txt"))
    page.click("#upload")
    page.wait_for_url(re.compile(r"/ingest/jobs/[^/.]+$"))
    job_url = page.url
    assert page.locator("progress#ingest-progress").count() == 1
    page.wait_for_function("() => document.querySelector('#job-state')?.textContent.trim() === 'done'",
                           timeout=120_000)
    assert_nothing_private(page)
    screenshot(page, "ingest-job-done")
    state = page.request.get(job_url + ".json").json()
    assert json.dumps(state).count('"done"') >= 1

    visit(page, base + "/")
    screenshot(page, "claims-after-upload")
    propositions = page.locator("tr.claim a.claim-link").all_inner_texts()
    article = " ".join((DEV_DOCS / "d3.txt").read_text(encoding="utf-8").split())
    assert propositions
    # what each claim says is a stretch of the article (its opening words at least)
    assert [p for p in propositions if " ".join(p.split()[:4]) not in article] == []
    page.locator("tr.claim a.claim-link").first.click()
    page.wait_for_url(re.compile(r"/groups/"))
    page.locator("li.mention a.document-link").first.click()
    page.wait_for_url(re.compile(r"/documents/"))
    assert "PRYVILLIA BRIDGE: WHAT WE KNOW" in page.locator("article#document").inner_text()


def test_keyboard_reaches_filters_and_claims(page, serve, dev_ledger):
    """With the keyboard alone, Tab reaches the filter form and then the first claim link,
    and Enter opens that claim's group."""
    base = serve(dev_ledger)
    visit(page, base + "/")
    first = page.locator("a.claim-link").first.get_attribute("href")
    reached_filters = False
    for _ in range(60):
        page.keyboard.press("Tab")
        where = page.evaluate("""() => {
            const e = document.activeElement;
            return {filters: !!e.closest('#filters'), claim: e.matches('a.claim-link') ? e.getAttribute('href') : null};
        }""")
        reached_filters = reached_filters or where["filters"]
        if where["claim"]:
            break
    assert reached_filters, "Tab never reached the filter form"
    assert where["claim"] == first, "Tab reached another claim link before the first"
    page.keyboard.press("Enter")
    page.wait_for_url(base + first)
    assert page.locator("h1#proposition").count() == 1


def test_token_required_when_configured(page, serve, dev_ledger):
    """With a token, a request without it is refused; ``?token=`` once lets the browser in
    (a cookie), and the pages that follow need no token in the URL."""
    base = serve(dev_ledger, token="correct-horse")
    refused = page.goto(base + "/")
    assert refused is not None and refused.status in (401, 403)
    assert page.locator("tr.claim").count() == 0
    wrong = page.goto(base + "/?token=wrong")
    assert wrong is not None and wrong.status in (401, 403) and page.locator("tr.claim").count() == 0
    admitted = page.goto(base + "/?token=correct-horse")
    assert admitted is not None and admitted.ok and page.locator("tr.claim").count() > 0
    later = page.goto(base + "/sources")
    assert later is not None and later.ok and page.locator("table#sources").count() == 1


@pytest.mark.slow
def test_no_page_and_no_report_shows_what_must_be_redacted(page, serve, dev_ledger, screenshot):
    """Every group page, every document page, every source page, the lists and the HTML
    report are free of the dev set's must-redact strings (coordinates, grids, a phone
    number, private account ids and a commenter's name)."""
    base = serve(dev_ledger)
    visit(page, base + "/?per_page=200")
    groups = page.locator("a.claim-link").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    store = open_store(str(dev_ledger))
    try:
        assert len(groups) == store.count_groups()
    finally:
        store.close()
    documents: set[str] = set()
    for href in groups:
        visit(page, base + href)
        documents.update(page.locator("a.document-link").evaluate_all("as => as.map(a => a.getAttribute('href'))"))
    for href in sorted(documents):
        visit(page, base + href)
    visit(page, base + "/sources")
    sources = page.locator("table#sources a[href^='/source?name=']").evaluate_all(
        "as => as.map(a => a.getAttribute('href'))")
    for href in sources:
        visit(page, base + href)
    visit(page, base + "/ingest")
    open_report(page, base)
    assert_nothing_private(page)
    screenshot(page, "report")
    assert "Pryvillia" in page.locator("body").inner_text()
