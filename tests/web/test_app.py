"""The web app served in-process (FastAPI's TestClient, no browser) over real ledgers: the dev
set and the XSS corpus ingested with claimledger's own extractor (``tests/web/conftest.py``).
Pages are parsed with lxml and checked against the URL and DOM contract of ``docs/web.md``.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest
from fastapi.testclient import TestClient

from claimledger.engine.local import ingest
from claimledger.report.jsonl import claim_id
from claimledger.store import open_store
from claimledger.web.app import LOOPBACK_HOSTS, create_app
from claimledger.web.jobs import safe_name
from claimledger.web.marks import Span, marked
from tests.conftest import DEV_DOCS, DEV_GOLD, XSS_EXPORT, copy_ledger

MUST_REDACT: list[str] = json.loads(DEV_GOLD.read_text(encoding="utf-8"))["must_redact"]
BRIDGE = re.compile(r"bridge near Pryvillia", re.IGNORECASE)


# -- helpers ---------------------------------------------------------------------------------


def read(ledger: Path, what):
    store = open_store(str(ledger))
    try:
        return what(store)
    finally:
        store.close()


def bridge_group(ledger: Path) -> str:
    found = read(ledger, lambda s: [g["id"] for g in s.groups(status="contested") if BRIDGE.search(g["summary"])])
    assert len(found) == 1, found
    return found[0]


def dom(response) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(response.text)


def text(element) -> str:
    return " ".join(element.text_content().split())


def csrf(client: TestClient, url: str) -> str:
    """The CSRF token of the form on ``url`` (the client keeps the cookie it goes with)."""
    page = client.get(url)
    assert page.status_code == 200
    return dom(page).xpath("//input[@name='csrf_token']/@value")[0]


def wait_for_job(client: TestClient, job_url: str, timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = client.get(job_url + ".json").json()
        if state["state"] in ("done", "failed"):
            return state
        time.sleep(0.1)
    raise AssertionError(f"{job_url} did not finish in {timeout} s")


@pytest.fixture
def app_for(extractor):
    """``app_for(ledger, **options)``: a TestClient on the app over ``ledger``, closed (with
    its store and its upload worker) when the test ends."""
    clients: list[TestClient] = []

    def make(ledger: Path, **options) -> TestClient:
        options.setdefault("extractor", extractor)
        client = TestClient(create_app(str(ledger), **options))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def dev(app_for, dev_ledger) -> TestClient:
    """The app over the dev ledger, read only."""
    return app_for(dev_ledger)


@pytest.fixture
def dev_copy(app_for, dev_ledger, tmp_path) -> tuple[TestClient, Path]:
    """The app over a copy of the dev ledger, for a test that writes."""
    ledger = copy_ledger(dev_ledger, tmp_path / "dev.db")
    return app_for(ledger), ledger


# -- the pages and their contract --------------------------------------------------------------


def test_claims_list_has_the_filter_form_rows_and_total(dev, dev_ledger):
    """The list page has the filter form with the contract's fields, a row per group (all of
    the dev set's groups fit on one page of 50), the total, and the nav."""
    page = dom(dev.get("/"))
    form = page.get_element_by_id("filters")
    assert (form.get("method"), form.get("action")) == ("get", "/")
    assert {e.get("name") for e in form.xpath(".//input|.//select")} >= {"status", "source", "language", "since",
                                                                        "until", "q", "sort", "per_page"}
    assert form.xpath(".//select[@name='status']")
    assert form.xpath(".//button[@id='apply-filters'][@type='submit']")
    count = read(dev_ledger, lambda s: s.count_groups())
    rows = page.xpath("//table[@id='claims']//tr[@class='claim']")
    assert len(rows) == count
    assert int(text(page.get_element_by_id("total"))) == count
    for row in rows:
        link = row.xpath(".//a[@class='claim-link']")[0]
        assert link.get("href") == f"/groups/{row.get('data-group-id')}"
    nav = {a.get("href") for a in page.get_element_by_id("nav").iter("a")}
    assert {"/", "/sources", "/ingest", "/export/claims.jsonl", "/export/claims.csv", "/export/claimreview.jsonld",
            "/report.html"} <= nav
    # every form field has a label
    labelled = set(page.xpath("//label/@for"))
    assert {e.get("id") for e in form.xpath(".//input|.//select")} <= labelled


def test_contested_filter_gives_only_the_contested_groups(dev, dev_ledger):
    """status=contested lists exactly the ledger's contested groups, the bridge first (it is
    first seen; the other contested group is undated)."""
    page = dom(dev.get("/?status=contested"))
    rows = page.xpath("//tr[@class='claim']")
    expected = read(dev_ledger, lambda s: [g["id"] for g in s.groups(status="contested")])
    assert [r.get("data-group-id") for r in rows] == expected
    assert {r.get("data-status") for r in rows} == {"contested"}
    assert rows[0].get("data-group-id") == bridge_group(dev_ledger)
    assert int(text(page.get_element_by_id("total"))) == len(expected)
    # the form shows the filter it applied
    assert page.xpath("//select[@name='status']/option[@selected]/@value") == ["contested"]


def test_paging_gives_the_next_five(dev, dev_ledger):
    """With per_page=5, page 2 holds the 6th to 10th groups of the default order (contested
    first, then first seen), with links to pages 1 and 3 that keep per_page."""
    order = read(dev_ledger, lambda s: [g["id"] for g in s.groups()])
    page = dom(dev.get("/?per_page=5&page=2"))
    assert [r.get("data-group-id") for r in page.xpath("//tr[@class='claim']")] == order[5:10]
    assert int(text(page.get_element_by_id("total"))) == len(order)
    (prev,) = page.xpath("//a[@rel='prev']/@href")
    (following,) = page.xpath("//a[@rel='next']/@href")
    assert parse_qs(urlsplit(prev).query) == {"per_page": ["5"]}
    assert parse_qs(urlsplit(following).query) == {"per_page": ["5"], "page": ["3"]}
    last = -(-len(order) // 5)
    final = dom(dev.get(f"/?per_page=5&page={last}"))
    assert [r.get("data-group-id") for r in final.xpath("//tr[@class='claim']")] == order[(last - 1) * 5:]
    assert final.xpath("//a[@rel='next']") == []
    assert dom(dev.get(f"/?per_page=5&page={last + 1}")).xpath("//tr[@class='claim']") == []


def test_per_page_is_capped_at_200(dev, dev_ledger):
    count = read(dev_ledger, lambda s: s.count_groups())
    page = dom(dev.get("/?per_page=100000"))
    assert len(page.xpath("//tr[@class='claim']")) == min(count, 200)


def test_sorting_by_mentions_and_newest(dev, dev_ledger):
    """sort=mentions puts the 11-mention bridge group first and never a larger group after a
    smaller; sort=newest lists dated groups by last seen, latest first."""
    rows = dom(dev.get("/?sort=mentions&per_page=200")).xpath("//tr[@class='claim']")
    counts = [int(text(r.xpath("./td[3]")[0])) for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert rows[0].get("data-group-id") == bridge_group(dev_ledger)
    groups = read(dev_ledger, lambda s: {g["id"]: g for g in s.groups()})
    newest = [r.get("data-group-id") for r in dom(dev.get("/?sort=newest&per_page=200")).xpath("//tr[@class='claim']")]
    seen = [groups[g]["last_seen"] for g in newest if groups[g]["last_seen"]]
    assert seen == sorted(seen, reverse=True) and len(seen) > 3


def test_search_source_language_and_date_filters(dev, dev_ledger):
    """Each filter keeps what it says: words in a claim, a source under any spelling, a
    language, a first-seen window (a date alone in 'until' means through that day)."""
    groups = read(dev_ledger, lambda s: {g["id"]: g for g in s.groups()})

    def listed(query: str) -> set[str]:
        response = dev.get("/?" + query + "&per_page=200")
        assert response.status_code == 200, query
        return {r.get("data-group-id") for r in dom(response).xpath("//tr[@class='claim']")}

    # only one claim in the dev set says where traffic is diverted
    assert [groups[g]["summary"] for g in listed("q=Novoselivka")] == [
        "traffic would be diverted through Novoselivka for at least ten days"]
    # Ivan Sokil (three spellings) speaks in the bridge group and says the bridge remains closed
    sokil = {g: groups[g]["summary"] for g in listed("source=Sokil")}
    assert bridge_group(dev_ledger) in sokil
    assert "the bridge remains closed to traffic" in sokil.values()
    assert listed("source=Иван Сокил") == set(sokil)
    assert listed("language=ru") == {g for g, row in groups.items() if "ru" in row["languages"]}
    # every dated group of the dev set was first seen on 2 February 2026
    dated = {g for g, row in groups.items() if row["first_seen"]}
    assert listed("until=2026-02-02") == dated
    assert listed("since=2026-02-02&until=2026-02-02") == dated
    assert listed("since=2026-02-03") == set()
    both = {g for g, row in groups.items() if row["status"] == "corroborated" and "uk" in row["languages"]}
    assert listed("status=corroborated&language=uk") == both


@pytest.mark.parametrize("query, says", [
    ("status=bogus", "unknown status"),
    ("sort=loudest", "unknown sort"),
    ("since=yesterday", "since must be a date"),
    ("page=0", "page must be at least 1"),
    ("per_page=many", "per_page must be a whole number"),
    ("language=<script>", "is not a language code"),
])
def test_a_bad_filter_is_a_clear_400(dev, query, says):
    response = dev.get("/?" + query)
    assert response.status_code == 400
    assert says in text(dom(response).get_element_by_id("error"))
    assert "<script>" not in response.text and "Traceback" not in response.text


def test_group_page_shows_the_trail_and_marks_every_mention(dev, dev_ledger):
    """The bridge group's page: proposition, status, rule, timeline and provenance charts,
    supporters and deniers apart, and each mention's sentence with exactly its source, cue
    and content spans marked, linked to its document."""
    gid = bridge_group(dev_ledger)
    page = dom(dev.get(f"/groups/{gid}"))
    assert BRIDGE.search(text(page.get_element_by_id("proposition")))
    assert page.get_element_by_id("status").get("data-status") == "contested"
    assert "Ivan Sokil" in text(page.get_element_by_id("rule"))
    assert page.xpath("//svg[@id='timeline']//rect") and page.xpath("//svg[@id='provenance']//rect")
    supporters, deniers = text(page.get_element_by_id("supporters")), text(page.get_element_by_id("deniers"))
    for name in ("Ministry of Defence", "Radio Step"):
        assert name in supporters and name not in deniers
    for name in ("Ivan Sokil", "Pryvillia Today"):
        assert name in deniers and name not in supporters
    members = read(dev_ledger, lambda s: s.group_mentions(gid))
    assert len(page.xpath("//li[contains(@class, 'mention')]")) == len(members) == 12
    for mention, doc, _link in members:
        (item,) = page.xpath(f"//li[@id='m-{claim_id(mention)}']")
        content = item.xpath(".//mark[@class='content']")
        assert "".join(m.text_content() for m in content) == doc.text[mention.content_start:mention.content_end]
        for cls, start, end in (("cue", mention.cue_start, mention.cue_end),
                                ("source", mention.source_start, mention.source_end)):
            marks = item.xpath(f".//mark[@class='{cls}']")
            expected = doc.text[start:end] if start is not None else ""
            assert "".join(m.text_content() for m in marks) == expected, (cls, claim_id(mention))
        sentence = item.xpath(".//blockquote[contains(@class, 'sentence')]")[0]
        assert sentence.text_content() == doc.text[mention.sentence_start:mention.sentence_end]
        assert item.xpath(".//a[@class='document-link']/@href") == [f"/documents/{doc.id}"]
    # the provenance graph: the discussion-group copy of the ministry's post points back at it
    words = [text(li) for li in page.xpath("//ul[@class='edges']/li")]
    assert "Frontline Notes Chat #501 is the discussion-group copy of Frontline Notes #2" in words


def test_a_mention_or_claim_id_redirects_to_its_group(dev, dev_ledger):
    gid = bridge_group(dev_ledger)
    mention = read(dev_ledger, lambda s: s.group_mentions(gid))[3][0]
    for ident in (mention.id, claim_id(mention)):
        response = dev.get(f"/groups/{ident}", follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (303, f"/groups/{gid}")


@pytest.mark.parametrize("url", ["/groups/g-0000000000000000", "/documents/nope", "/nowhere",
                                 "/ingest/jobs/ffff", "/source?name=Nobody%20Atall"])
def test_unknown_ids_are_404_pages(dev, url):
    response = dev.get(url)
    assert response.status_code == 404
    assert dom(response).get_element_by_id("error") is not None


def test_the_404_page_does_not_echo_the_address(dev):
    response = dev.get("/groups/<script>alert(1)</script>")
    assert response.status_code == 404
    assert "<script>alert(1)" not in response.text


def test_document_page_marks_each_mention(dev, dev_ledger):
    """A document's page shows its redacted text whole, each mention's content in a mark
    carrying its claim id."""
    gid = bridge_group(dev_ledger)
    _mention, doc, _ = read(dev_ledger, lambda s: s.group_mentions(gid))[0]
    mentions = read(dev_ledger, lambda s: list(s.mentions(document_id=doc.id)))
    page = dom(dev.get(f"/documents/{doc.id}"))
    article = page.get_element_by_id("document")
    assert article.text_content() == doc.text
    for m in mentions:
        marks = article.xpath(f".//mark[@class='mention'][@data-claim-id='{claim_id(m)}']")
        assert "".join(x.text_content() for x in marks) == doc.text[m.content_start:m.content_end]


def test_sources_and_a_source_page(dev, dev_ledger):
    """The sources table links each named source to its page; Ivan Sokil's page, asked for in
    Latin or Cyrillic letters, shows his figures, the groups he speaks in and his mentions."""
    page = dom(dev.get("/sources"))
    names = [parse_qs(urlsplit(h).query)["name"][0] for h in page.xpath("//table[@id='sources']//a/@href")]
    assert "Ivan Sokil" in names and "Ministry of Defence" in names
    gid = bridge_group(dev_ledger)
    for name in ("Ivan Sokil", "Іван Сокіл"):
        source = dom(dev.get("/source", params={"name": name}))
        assert f"/groups/{gid}" in source.xpath("//ul[@id='source-groups']//a/@href")
        figures = text(source.xpath("//dl[contains(@class, 'figures')]")[0])
        assert "person" in figures and "Denies" in figures
        # the bridge in three languages, the evacuation, the bridge closed, the diversion, and
        # "no one was injured" (told by "Sokil"): seven, as the figures say
        assert len(source.xpath("//ol[@id='source-mentions']/li")) == 7
        (mentions,) = source.xpath("//dl[contains(@class, 'figures')]/dt[.='Mentions']/following-sibling::dd[1]")
        assert mentions.text == "7"


def test_the_sources_list_follows_an_ingest_from_another_process(dev_copy, extractor):
    """The sources' figures are kept between requests (they read the whole ledger), but not
    past a change: an ingest from the command line, another process, shows at once."""
    client, ledger = dev_copy
    before = dom(client.get("/sources"))
    assert before.xpath("//table[@id='sources']//a[.='Olena Marchuk']") == []
    client.get("/sources")  # asked again: answered from what was kept
    article = ledger.parent / "marchuk.txt"
    article.write_text("Olena Marchuk, the mayor of Pryvillia, said that the water supply was restored "
                       "in the whole town on Tuesday.\n", encoding="utf-8")
    store = open_store(str(ledger))
    try:
        ingest([article], store, extractor=extractor)
    finally:
        store.close()
    after = dom(client.get("/sources"))
    assert after.xpath("//table[@id='sources']//a[.='Olena Marchuk']")


def test_every_page_sends_the_security_headers(dev, dev_ledger):
    for url in ("/", f"/groups/{bridge_group(dev_ledger)}", "/sources", "/ingest", "/nowhere", "/static/style.css"):
        headers = dev.get(url).headers
        assert "script-src 'self'" in headers["content-security-policy"], url
        assert "frame-ancestors 'none'" in headers["content-security-policy"], url
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


# -- verdicts ----------------------------------------------------------------------------------


def test_a_verdict_needs_the_csrf_token(dev_copy):
    client, ledger = dev_copy
    gid = bridge_group(ledger)
    fields = {"rating": "false", "note": "n", "evidence": "", "analyst": "Mallory"}
    assert client.post(f"/groups/{gid}/verdicts", data=fields).status_code == 403
    assert client.post(f"/groups/{gid}/verdicts", data={**fields, "csrf_token": "0" * 64}).status_code == 403
    # a token from another browser (another cookie) is refused too
    other = TestClient(client.app)
    stolen = csrf(other, f"/groups/{gid}")
    client.get("/")  # this browser has its own cookie
    assert client.post(f"/groups/{gid}/verdicts", data={**fields, "csrf_token": stolen}).status_code == 403
    assert read(ledger, lambda s: s.verdicts()) == []


def test_a_verdict_is_recorded_redacted_and_shown(dev_copy):
    """A verdict with a coordinate in its note is stored and shown with the coordinate as a
    token; the form redirects (303) back to the group page, whose history shows the rating,
    the analyst, the time and the evidence as a link."""
    client, ledger = dev_copy
    gid = bridge_group(ledger)
    token = csrf(client, f"/groups/{gid}")
    response = client.post(f"/groups/{gid}/verdicts", follow_redirects=False, data={
        "rating": "mostly-false", "note": "Geolocated at 47.5521, 34.9917: the span is intact.",
        "evidence": "https://example.org/checks/bridge", "analyst": "Olena", "csrf_token": token})
    assert (response.status_code, response.headers["location"]) == (303, f"/groups/{gid}")
    page = client.get(f"/groups/{gid}")
    assert "47.5521" not in page.text
    (item,) = dom(page).xpath("//section[@id='verdicts']//li[@class='verdict']")
    shown = text(item)
    assert "mostly-false" in shown and "Olena" in shown and "the span is intact" in shown
    assert re.search(r"Geolocated at \[location#[0-9a-f]+\]", shown)
    assert item.xpath(".//a/@href") == ["https://example.org/checks/bridge"]
    assert item.xpath(".//time/@datetime")[0][:4] == time.strftime("%Y")
    (stored,) = read(ledger, lambda s: s.verdicts(gid))
    assert stored.rating == "mostly-false" and "47.5521" not in stored.note


def test_a_javascript_evidence_link_is_refused(dev_copy):
    """evidence=javascript:… is refused with the form shown again (400) and the reason; the
    note typed is kept, redacted; nothing is stored."""
    client, ledger = dev_copy
    gid = bridge_group(ledger)
    token = csrf(client, f"/groups/{gid}")
    response = client.post(f"/groups/{gid}/verdicts", data={
        "rating": "false", "note": "seen at 47.5521, 34.9917", "evidence": "javascript:alert(1)", "analyst": "Olena",
        "csrf_token": token})
    assert response.status_code == 400
    page = dom(response)
    assert "http:// or https://" in text(page.get_element_by_id("verdict-error"))
    assert page.xpath("//form[@id='verdict-form']//textarea[@name='note']")[0].text.startswith("seen at [location#")
    assert "47.5521" not in response.text
    assert not [h for h in page.xpath("//@href") if h.strip().lower().startswith("javascript")]
    assert read(ledger, lambda s: s.verdicts()) == []


def test_an_unknown_rating_is_refused(dev_copy):
    client, ledger = dev_copy
    gid = bridge_group(ledger)
    response = client.post(f"/groups/{gid}/verdicts", data={"rating": "very-true",
                                                            "csrf_token": csrf(client, f"/groups/{gid}")})
    assert response.status_code == 400
    assert "unknown rating" in text(dom(response).get_element_by_id("verdict-error"))


def test_claimreview_export_holds_the_verdict(dev_copy):
    client, ledger = dev_copy
    gid = bridge_group(ledger)
    client.post(f"/groups/{gid}/verdicts", data={"rating": "mostly-false", "analyst": "Olena",
                                                 "csrf_token": csrf(client, f"/groups/{gid}")})
    response = client.get("/export/claimreview.jsonld")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="claimreview.jsonld"'
    (review,) = [r for r in response.json()["@graph"] if r["@type"] == "ClaimReview"]
    assert review["reviewRating"]["ratingValue"] == 2  # mostly-false: 2nd of 5, worst to best
    assert review["url"] == f"http://testserver/groups/{gid}"


def test_exports_stream_every_mention(dev, dev_ledger):
    mentions = read(dev_ledger, lambda s: s.stats()["mentions"])
    jsonl = dev.get("/export/claims.jsonl")
    assert jsonl.headers["content-disposition"] == 'attachment; filename="claims.jsonl"'
    assert len(jsonl.text.splitlines()) == mentions
    assert {json.loads(line)["claim_id"] for line in jsonl.text.splitlines()} == set(
        read(dev_ledger, lambda s: [claim_id(m) for m in s.mentions()]))
    csv = dev.get("/export/claims.csv")
    assert csv.headers["content-disposition"] == 'attachment; filename="claims.csv"'
    assert csv.text.startswith("claim_id,")
    report = dev.get("/report.html")
    assert report.status_code == 200 and "Pryvillia" in report.text
    assert "attachment" in dev.get("/report.html?download=1").headers["content-disposition"]


# -- the access token and the host -------------------------------------------------------------

TOKEN = "s3cret-token-for-tests"


def test_with_a_token_every_request_needs_it(app_for, dev_ledger):
    client = app_for(dev_ledger, token=TOKEN)
    for url in ("/", "/sources", "/static/style.css", "/export/claims.jsonl"):
        assert client.get(url).status_code == 401, url
    assert client.get("/?token=wrong").status_code == 401
    assert client.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert client.post("/ingest", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_the_token_in_the_address_sets_a_cookie_and_leaves_the_address(app_for, dev_ledger):
    client = app_for(dev_ledger, token=TOKEN)
    response = client.get(f"/?status=contested&token={TOKEN}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/?status=contested"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and TOKEN not in cookie
    assert client.get("/sources").status_code == 200  # the cookie now
    assert TestClient(client.app).get("/sources").status_code == 401  # another browser has none
    # the redirect never leaves this server, whatever the path looks like
    sneaky = TestClient(client.app).get(f"http://testserver//evil.example/?token={TOKEN}", follow_redirects=False)
    assert sneaky.headers["location"] == "/evil.example/"


def test_loopback_only_answers_loopback_names(app_for, dev_ledger):
    """Served on loopback, a request whose Host is another name (a DNS-rebinding page) is refused."""
    client = app_for(dev_ledger, hosts=LOOPBACK_HOSTS)
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/", headers={"Host": "localhost:8000"}).status_code == 200
    assert client.get("/", headers={"Host": "[::1]:8000"}).status_code == 200


# -- uploads -----------------------------------------------------------------------------------


def upload(client: TestClient, files: list[tuple[str, bytes]], **form) -> object:
    fields = {"csrf_token": csrf(client, "/ingest"), **form}
    return client.post("/ingest", data=fields, files=[("files", (name, data)) for name, data in files],
                       follow_redirects=False)


def test_upload_of_a_telegram_export_ingests_it(app_for, tmp_path):
    """d1.json uploaded into a new ledger: the job goes to done, its figures match the
    ledger's, and the documents are stored under the uploaded file's name."""
    ledger = tmp_path / "fresh.db"
    client = app_for(ledger)
    assert dom(client.get("/")).xpath("//tr[@class='claim']") == []
    response = upload(client, [("d1.json", (DEV_DOCS / "d1.json").read_bytes())])
    assert response.status_code == 303
    job_url = response.headers["location"]
    assert re.fullmatch(r"/ingest/jobs/[0-9a-f]+", job_url)
    page = dom(client.get(job_url))
    assert page.get_element_by_id("ingest-progress").tag == "progress"
    state = wait_for_job(client, job_url)
    assert state["state"] == "done" and state["problems"] == []
    stats = read(ledger, lambda s: s.stats())
    assert state["summary"]["new"] == stats["documents"] > 0
    assert state["mentions"] == stats["mentions"] > 0
    assert state["read"] == state["total"] == (DEV_DOCS / "d1.json").stat().st_size
    assert {d.path for d in read(ledger, lambda s: list(s.documents()))} == {"d1.json"}
    done = dom(client.get(job_url))
    assert text(done.get_element_by_id("job-state")) == "done"
    assert not done.xpath("//meta[@http-equiv='refresh']")
    assert len(dom(client.get("/")).xpath("//tr[@class='claim']")) == read(ledger, lambda s: s.count_groups())
    # uploading it again adds nothing
    again = wait_for_job(client, upload(client, [("d1.json", (DEV_DOCS / "d1.json").read_bytes())])
                         .headers["location"])
    assert (again["summary"]["new"], again["summary"]["already_present"]) == (0, stats["documents"])


def test_upload_of_a_bad_file_reports_it_by_name(app_for, tmp_path):
    client = app_for(tmp_path / "fresh.db")
    response = upload(client, [("../../etc/notes.bin", b"\x00\x01\x02 not a claimledger format \xff" * 20)])
    state = wait_for_job(client, response.headers["location"])
    assert state["state"] == "done"
    assert len(state["problems"]) == 1 and state["problems"][0].startswith("notes.bin: ")
    page = dom(client.get(response.headers["location"]))
    assert text(page.xpath("//li[@class='problem']")[0]).startswith("notes.bin: ")


def test_upload_over_the_limit_is_413(app_for, tmp_path):
    client = app_for(tmp_path / "fresh.db", max_upload=1000)
    assert upload(client, [("big.txt", b"x" * 5000)]).status_code == 413
    # without a Content-Length (chunked), the body is counted as it streams in
    token = csrf(client, "/ingest")
    boundary = "b0undary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n\r\n").encode()
    chunks = [body] + [b"x" * 50_000] * 4 + [f"\r\n--{boundary}--\r\n".encode()]
    response = client.post("/ingest", content=iter(chunks),
                           headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert response.status_code == 413
    assert "at most 1,000 bytes" in text(dom(response).get_element_by_id("error"))
    assert read(tmp_path / "fresh.db", lambda s: s.count_documents()) == 0


def test_upload_needs_the_csrf_token_and_a_file(app_for, tmp_path):
    client = app_for(tmp_path / "fresh.db")
    client.get("/ingest")
    refused = client.post("/ingest", files=[("files", ("d3.txt", b"text"))], data={"csrf_token": "x"})
    assert refused.status_code == 403
    assert upload(client, []).status_code == 400
    assert upload(client, [("d3.txt", b"Sokil said the bridge stands.")], tz="Mars/Olympus").status_code == 400


def test_safe_names_of_uploaded_files():
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\me\\result.json") == "result.json"
    assert safe_name(".hidden") == "hidden"
    assert safe_name("<img src=x onerror=alert(1)>.json") == "img src_x onerror_alert_1_.json"
    assert safe_name("звіт\u202egnp.json") == "звітgnp.json"
    assert safe_name("") == safe_name("..") == "upload"
    assert len(safe_name("a" * 300 + ".json")) == 100 and safe_name("a" * 300 + ".json").endswith(".json")


# -- what no page may show ---------------------------------------------------------------------


def crawl(client: TestClient) -> dict[str, str]:
    """Every page of the app over a ledger: the lists, each group, each document its groups
    link, each source, the ingest page and the report."""
    pages = {}

    def get(url: str) -> lxml.html.HtmlElement:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.text
        return dom(response)

    listed = get("/?per_page=200")
    for href in listed.xpath("//a[@class='claim-link']/@href"):
        for doc in get(href).xpath("//a[@class='document-link']/@href"):
            if doc not in pages:
                get(doc)
    for href in get("/sources").xpath("//table[@id='sources']//a/@href"):
        get(href)
    get("/ingest")
    get("/report.html")
    return pages


def test_no_page_shows_what_must_be_redacted(dev):
    pages = crawl(dev)
    assert len(pages) > 30
    pages["/export/claims.jsonl"] = dev.get("/export/claims.jsonl").text
    pages["/export/claims.csv"] = dev.get("/export/claims.csv").text
    leaks = {url: [s for s in MUST_REDACT if s in body or s in lxml.html.fromstring(body).text_content()]
             for url, body in pages.items()}
    assert {url: found for url, found in leaks.items() if found} == {}


SCRIPTY = re.compile(r"^(?:javascript|data|vbscript):")


def _scheme(url: str) -> str:
    # As a browser reads a URL: leading spaces and control characters, and tabs and
    # newlines anywhere, do not count.
    return re.sub(r"[\t\n\r]", "", url).lstrip("\x00 \x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
                                               "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f").lower()


def test_the_xss_corpus_is_inert_on_every_page(app_for, xss_ledger):
    """With the XSS corpus served, no page's DOM has a script element, an event-handler
    attribute, a javascript:/data: link or source, a frame or an embedded object; and the
    payloads are there as text."""
    client = app_for(xss_ledger)
    pages = crawl(client)
    documents = read(xss_ledger, lambda s: list(s.documents()))
    for doc in documents:
        response = client.get(f"/documents/{doc.id}")
        if response.status_code == 200:
            pages[f"/documents/{doc.id}"] = response.text
    assert len(pages) > 10
    problems = []
    for url, body in pages.items():
        root = lxml.html.fromstring(body)
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            tag = element.tag.lower()
            if tag in ("script", "iframe", "frame", "object", "embed", "base", "foreignobject", "img", "form") and not (
                    tag == "form" and element.get("action", "").startswith("/")):
                problems.append(f"{url}: <{tag}>")
            for name, value in element.attrib.items():
                if name.lower().startswith("on"):
                    problems.append(f"{url}: {name} on <{tag}>")
                if name.lower() in ("href", "src", "action", "formaction", "xlink:href", "data") and SCRIPTY.match(
                        _scheme(value)):
                    problems.append(f"{url}: {name}={value[:40]!r}")
    assert problems == []
    # what the payloads say is on the pages, as text
    shown = " ".join(" ".join(lxml.html.fromstring(b).text_content().split()) for b in pages.values())
    assert 'The ministry of <script>alert("xss-1")</script> reported' in shown
    assert "According to <a href=\"javascript:alert('xss-3')\">Radio Step</a>" in shown


def test_the_xss_payload_in_an_uploaded_file_name_is_inert(app_for, tmp_path):
    client = app_for(tmp_path / "fresh.db")
    response = upload(client, [("<img src=x onerror=alert('xss-file')>.json", XSS_EXPORT.read_bytes())])
    state = wait_for_job(client, response.headers["location"])
    assert state["state"] == "done"
    page = client.get(response.headers["location"])
    root = dom(page)
    assert root.xpath("//img") == [] and root.xpath("//@onerror") == []
    assert "img src_x onerror_alert_xss-file_.json" in text(root)


# -- the marks -----------------------------------------------------------------------------------


def test_marks_nest_and_cut_where_spans_cross():
    text_ = "0123456789"
    assert marked(text_, [Span(2, 5, "a")]) == "01<mark class=\"a\">234</mark>56789"
    # nested: the outer one stays whole
    assert marked(text_, [Span(1, 8, "a"), Span(3, 5, "b")]) == (
        '0<mark class="a">12<mark class="b">34</mark>567</mark>89')
    # crossing: the second is cut where the first ends, so the marks still nest
    assert marked(text_, [Span(1, 5, "a"), Span(3, 8, "b")]) == (
        '0<mark class="a">12<mark class="b">34</mark></mark><mark class="b">567</mark>89')
    # missing, empty and outside the window are left out; the window is respected
    assert marked(text_, [Span(None, 4, "a"), Span(6, 6, "b"), Span(0, 2, "c"), Span(8, 12, "d")], 3, 9) == (
        '34567<mark class="d">8</mark>')
    # text and attributes are escaped once
    assert marked("<b>&", [Span(0, 3, "m", {"data-x": '"><script>'})]) == (
        '<mark class="m" data-x="&#34;&gt;&lt;script&gt;">&lt;b&gt;</mark>&amp;')


# -- the command ---------------------------------------------------------------------------------


def test_serve_refuses_a_public_address_without_a_token(cli, db):
    result = cli("serve", "--db", str(db), "--host", "0.0.0.0")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "needs --token" in result.stderr
    short = cli("serve", "--db", str(db), "--host", "0.0.0.0", "--token", "short")
    assert short.exit_code == 2 and "at least 16 characters" in short.stderr
    assert not db.exists()


def test_serve_says_when_the_port_is_taken(cli, db):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("serve", "--db", str(db), "--port", str(port))
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "Traceback" not in result.stderr


def test_serve_serves_the_ledger_on_loopback(tmp_path, dev_ledger):
    """`claimledger serve --port 0` prints its address and answers there: the claims list,
    and a 400 for a request addressed to another host name."""
    import os
    import subprocess
    import sys

    import httpx

    ledger = copy_ledger(dev_ledger, tmp_path / "dev.db")
    process = subprocess.Popen([sys.executable, "-m", "claimledger.cli", "serve", "--db", str(ledger), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        line = process.stdout.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        assert found, line + process.stderr.read()
        url = found.group(1)
        page = httpx.get(url, timeout=30)
        assert page.status_code == 200 and 'id="claims"' in page.text
        assert httpx.get(url, headers={"Host": "attacker.example"}, timeout=30).status_code == 400
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_mention_not_linked_has_a_page_and_takes_a_verdict(app_for, extractor, tmp_path):
    """Ingested without linking, a mention is a group of its own: its page is at its id
    (there is no group to redirect to), and a verdict recorded there shows on it."""
    from claimledger.engine.local import ingest

    ledger = tmp_path / "unlinked.db"
    store = open_store(str(ledger))
    try:
        ingest([DEV_DOCS / "d3.txt"], store, extractor=extractor, link=False)
        mention = next(m for m in store.mentions() if m.source == "Ivan Sokil")
    finally:
        store.close()
    client = app_for(ledger)
    assert dom(client.get("/")).xpath("//tr[@class='claim']") == []
    page = client.get(f"/groups/{mention.id}", follow_redirects=False)
    assert page.status_code == 200
    assert text(dom(page).get_element_by_id("proposition")) == mention.content
    assert "Not linked yet" in text(dom(page).xpath("//ul[@class='notes']")[0])
    response = client.post(f"/groups/{mention.id}/verdicts", follow_redirects=False, data={
        "rating": "unproven", "analyst": "Olena", "csrf_token": csrf(client, f"/groups/{mention.id}")})
    assert (response.status_code, response.headers["location"]) == (303, f"/groups/{mention.id}")
    (item,) = dom(client.get(f"/groups/{mention.id}")).xpath("//li[@class='verdict']")
    assert "unproven" in text(item)
