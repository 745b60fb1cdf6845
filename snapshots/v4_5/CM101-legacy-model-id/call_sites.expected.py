import os

import anthropic

DEFAULT_MODEL = "claude-sonnet-4-5-20250929"
FAST_MODEL = 'claude-haiku-4-5-20251001'
BIG_MODEL = """claude-opus-4-5-20251101"""
RAW = r"claude-haiku-4-5-20251001"
MODEL = os.environ.get("CLAUDE_MODEL", "claude-sonnet-4-5-20250929")
ROLES = {"writer": "claude-opus-4-5-20251101", "checker": "claude-haiku-4-5-20251001"}
SETTINGS = dict(model="claude-sonnet-4-5-20250929", max_tokens=1024)


def ask(client: anthropic.Anthropic, prompt: str, model: str = "claude-sonnet-4-5-20250929") -> str:
    response = client.messages.create(
        model="claude-opus-4-5-20251101",  # the strongest model
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
    )
    return response.content[0].text


def is_default(model: str) -> bool:
    return model == "claude-3-5-sonnet-20241022"
