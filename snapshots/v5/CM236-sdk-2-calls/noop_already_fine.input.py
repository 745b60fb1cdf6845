import anthropic
from anthropic.types import UserMessageParam

client = anthropic.Anthropic()


def models():
    return client.models.list(limit=20)


def preview_models():
    return client.beta.models.list(betas=["some-preview-2026-09-01"])


def turn(text) -> UserMessageParam:
    return UserMessageParam(role="user", content=text)

