"""Fixtures of the browser tests: Debian's chromium driven by Playwright, ledgers built
from the dev set and the XSS corpus with claimledger's own extractor, the web app served
by a real uvicorn on loopback, and a directory for the screenshots the run leaves behind.

Nothing here downloads anything: Playwright launches ``/usr/bin/chromium`` (installed by
``.ci/run``), never a browser of its own.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1366, "height": 900}  # a laptop screen
TIMEOUT_MS = 20_000  # generous: two cores are shared with other test runs


@pytest.fixture(scope="session")
def browser():
    """One headless chromium for the session; skipped without one, unless CI requires it."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)"
        if os.environ.get("CLAIMLEDGER_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser):
    """A fresh browser context (no cookies, no cache) and page per test."""
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def serve() -> Iterator[Callable[..., str]]:
    """``serve(ledger, **create_app options) -> base URL``: the app on 127.0.0.1 and a free
    port, served by uvicorn in a thread until the test ends. The app is created inside the
    test, where ``tests/conftest.py`` has set the redaction key."""
    import uvicorn

    from claimledger.web.app import create_app

    running: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(ledger: Path, **options) -> str:
        app = create_app(str(ledger), **options)
        # Binding here (port 0) and handing uvicorn the socket leaves no window in which
        # another process could take the port.
        # IPPROTO_TCP named: asyncio sets TCP_NODELAY only on sockets that say they are TCP
        # (without it every response waited ~40 ms for a delayed ACK).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        running.append((server, thread))
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                pytest.fail(f"the web app did not start on port {port}")
            time.sleep(0.02)
        return f"http://127.0.0.1:{port}"

    yield start
    for server, _ in running:
        server.should_exit = True
    for _, thread in running:
        thread.join(timeout=10)


def open_report(page, base: str) -> None:
    """Open the HTML report from the nav, as an analyst does (``/report.html`` is shown in
    the browser: docs/web.md, "Contract changes")."""
    page.click('#nav a[href="/report.html"]')
    page.wait_for_url(f"{base}/report.html")
    page.wait_for_load_state("load")


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """``$CLAIMLEDGER_SCREENSHOTS``, or ``build/screenshots`` in the repository (git-ignored)."""
    folder = Path(os.environ.get("CLAIMLEDGER_SCREENSHOTS") or REPO / "build" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def screenshot(screenshot_dir) -> Callable[..., Path]:
    """``screenshot(page, name)``: a full-page PNG of what the page shows now, as ``name.png``."""

    def take(page, name: str) -> Path:
        path = screenshot_dir / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
