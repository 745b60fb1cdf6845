import os

import anthropic

DEFAULT_MODEL = "claude-3-5-sonnet-20241022"
FAST_MODEL = 'claude-3-haiku-20240307'
BIG_MODEL = """claude-3-opus-20240229"""
RAW = r"claude-3-5-haiku-20241022"
MODEL = os.environ.get("CLAUDE_MODEL", "claude-3-7-sonnet-20250219")
ROLES = {"writer": "claude-3-opus-20240229", "checker": "claude-3-haiku-20240307"}
SETTINGS = dict(model="claude-3-sonnet-20240229", max_tokens=1024)


def ask(client: anthropic.Anthropic, prompt: str, model: str = "claude-3-5-sonnet-20240620") -> str:
    response = client.messages.create(
        model="claude-3-opus-20240229",  # the strongest model
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
    )
    return response.content[0].text


def is_default(model: str) -> bool:
    return model == "claude-3-5-sonnet-20241022"
