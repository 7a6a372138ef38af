"""Language identification, normalisation, redaction and (later) sentence splitting."""
