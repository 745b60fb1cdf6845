"""Chat helpers. We used claude-3-opus-20240229 for the first version."""

# Pinned to claude-3-5-sonnet-20241022 until the evals are redone.
MODEL_NOTE = "Switch from claude-3-haiku-20240307 when the evals pass"


def greet() -> str:
    """Return a greeting written by claude-3-opus-20240229."""
    return "hello"
