"""``claimledger serve``: a local web app in which analysts read the ledger and record verdicts.

Server-rendered pages (FastAPI, Jinja templates with autoescaping, one CSS file, no
script). ``app.create_app`` builds it; ``site`` holds what every page needs (the store,
the templates, the CSRF keys); ``pages`` reads the ledger, ``actions`` writes to it
(verdicts, uploads); ``security`` checks the access token and CSRF tokens; ``jobs`` runs
uploaded files through ingest one at a time; ``marks`` and ``provenance`` draw the
highlighted sentences and the provenance graph. The URL and DOM contract is in
``docs/web.md``.
"""
