"""The web app's guards: the access token, CSRF tokens and the headers every response carries.

- **Access token** (``claimledger serve --token``, required off loopback): every request
  carries ``Authorization: Bearer <token>``, or the cookie that opening any URL once with
  ``?token=<token>`` sets (the server then redirects to the same URL without it, so the
  token leaves the address bar and the history). The cookie holds an HMAC of the token
  under a per-process secret, never the token.
- **CSRF**: double-submit cookie. Each browser gets a random cookie value; forms carry
  HMAC(secret, value); a POST whose field does not match its cookie is refused (403). A
  page of another site can make the browser send the cookie with a cross-site POST (not
  with ``SameSite=Strict``, but older browsers) but cannot read it to compute the field.
- **Host**: on loopback, only the loopback names are answered: a page of another site
  that rebinds its own DNS name to 127.0.0.1 is refused.
- **Headers**: a Content-Security-Policy that allows no script and nothing from elsewhere,
  ``nosniff``, ``no-referrer`` and no framing.

Both secrets are per process: restarting the server asks browsers to open the token URL
again and to reload a form before sending it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from urllib.parse import urlencode

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
CSRF_COOKIE = "claimledger_csrf"
CSRF_FIELD = "csrf_token"
AUTH_COOKIE = "claimledger_auth"
TOKEN_PARAM = "token"


def _mac(secret: bytes, purpose: str, value: str) -> str:
    return hmac.new(secret, f"{purpose}\x1f{value}".encode(), hashlib.sha256).hexdigest()


class Csrf:
    """CSRF tokens bound to a per-browser cookie (``cookie``) by a per-app secret."""

    def __init__(self, secret: bytes | None = None):
        self._secret = secret or secrets.token_bytes(32)

    def cookie(self, request: Request) -> tuple[str, bool]:
        """The browser's cookie value, and whether it is new (then set it on the response)."""
        value = request.cookies.get(CSRF_COOKIE, "")
        if 20 <= len(value) <= 100 and value.isascii():
            return value, False
        return secrets.token_urlsafe(32), True

    def token(self, cookie: str) -> str:
        return _mac(self._secret, "csrf", cookie)

    def valid(self, request: Request, submitted: str | None) -> bool:
        cookie = request.cookies.get(CSRF_COOKIE)
        if not cookie or not submitted:
            return False
        return hmac.compare_digest(self.token(cookie), submitted)

    @staticmethod
    def set_cookie(response: Response, value: str) -> None:
        response.set_cookie(CSRF_COOKIE, value, httponly=True, samesite="strict", path="/")


class Guard:
    """ASGI middleware: the Host header (when ``hosts`` are given), the access token (when
    there is one) and the security headers."""

    def __init__(self, app: ASGIApp, token: str | None = None, secret: bytes | None = None,
                 hosts: Sequence[str] | None = None):
        self.app = app
        self.token = token or None
        self._secret = secret or secrets.token_bytes(32)
        self.hosts = {h.strip("[]").lower() for h in hosts} if hosts else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    if name not in headers:  # a route may set its own (the report's CSP)
                        headers[name] = value
            await send(message)

        request = Request(scope)
        refused = None
        if self.hosts is not None and _host(request.headers.get("host", "")) not in self.hosts:
            refused = HTMLResponse(_BAD_HOST, status_code=400)
        elif self.token is not None:
            refused = self._check(request)
        if refused is not None:
            await refused(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)

    def _cookie_value(self) -> str:
        return _mac(self._secret, "auth", self.token or "")

    def _check(self, request: Request) -> Response | None:
        """None when the request may go on; else the response to send instead."""
        assert self.token is not None
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(credentials.strip().encode(), self.token.encode()):
            return None
        cookie = request.cookies.get(AUTH_COOKIE)
        if cookie and hmac.compare_digest(cookie.encode(), self._cookie_value().encode()):
            return None
        given = request.query_params.get(TOKEN_PARAM)
        if given is not None and hmac.compare_digest(given.encode(), self.token.encode()):
            if request.method not in ("GET", "HEAD"):
                return None
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != TOKEN_PARAM]
            # One leading slash: "//host/…" would send the browser to another site.
            target = "/" + request.url.path.lstrip("/") + (f"?{urlencode(rest)}" if rest else "")
            response = RedirectResponse(target, status_code=303)
            # Lax, not Strict: a link to the server opened from a mail or a chat is a
            # cross-site navigation, and a Strict cookie set there is not sent on the redirect.
            response.set_cookie(AUTH_COOKIE, self._cookie_value(), httponly=True, samesite="lax", path="/")
            return response
        return HTMLResponse(_UNAUTHORISED, status_code=401, headers={"WWW-Authenticate": 'Bearer realm="claimledger"'})


def _host(header: str) -> str:
    """The name in a Host header, without its port: "127.0.0.1", "localhost", "::1"."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.split(":", 1)[0]


_BAD_HOST = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Unknown host — claimledger</title></head>
<body><main><h1>Unknown host</h1>
<p>This claimledger server answers on its loopback address only (http://127.0.0.1 or http://localhost).
A page that reaches it under another name is refused.</p></main></body></html>
"""

_UNAUTHORISED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Access token needed — claimledger</title></head>
<body><main><h1>Access token needed</h1>
<p>This claimledger server was started with an access token. Open it with <code>?token=</code> and the token
added to the address (once: a cookie then remembers it), or send the header
<code>Authorization: Bearer</code> and the token.</p></main></body></html>
"""
