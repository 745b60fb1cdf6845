import anthropic

client = anthropic.Anthropic()


def summarize(text: str) -> str:
    response = client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=512, messages=[])
    return response.content[0].text


async def chained(async_client) -> str:
    return (await async_client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=64, messages=[])).content[0].text


def inline() -> str:
    return client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=64, messages=[]).content[0].text
