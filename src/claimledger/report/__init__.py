"""Exports and reports from a ledger: JSON Lines now; CSV, HTML and ClaimReview follow."""
