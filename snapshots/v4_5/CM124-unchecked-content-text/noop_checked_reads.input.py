import anthropic

client = anthropic.Anthropic()


def summarize(text: str) -> str:
    response = client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=512, messages=[])
    if response.stop_reason != "end_turn":
        raise RuntimeError(response.stop_reason)
    return response.content[0].text


def not_a_request(message) -> str:
    return message.content[0].text
