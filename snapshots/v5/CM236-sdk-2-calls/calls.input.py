import anthropic
from anthropic.types import MessageParam

client = anthropic.Anthropic()


def preview_models():
    return [m.id for m in client.models.list(limit=20, betas=["some-preview-2026-09-01"])]


async def preview_models_async(aclient: anthropic.AsyncAnthropic):
    page = await aclient.models.list(
        betas=["some-preview-2026-09-01"],
    )
    return page.data


def turn(text) -> MessageParam:
    return MessageParam(role="user", content=text)
