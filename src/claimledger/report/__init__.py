"""What comes out of a ledger: the JSON Lines, CSV and ClaimReview exports, the HTML and
Markdown reports, the analyst's reading of claims (``ledger``) and verdicts."""
