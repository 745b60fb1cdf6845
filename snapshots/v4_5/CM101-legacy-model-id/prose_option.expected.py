# snapshot-options: prose
"""Chat helpers. We used claude-opus-4-5-20251101 for the first version."""

# Pinned to claude-sonnet-4-5-20250929 until the evals are redone.
MODEL_NOTE = "Switch from claude-haiku-4-5-20251001 when the evals pass"
