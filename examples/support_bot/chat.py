"""The chat loop: one request per user turn, tool calls handled in between."""

import anthropic

from .config import Settings
from .pricing import cost

client = anthropic.Anthropic()
settings = Settings()


def reply(history: list[dict], system: str) -> str:
    response = client.messages.create(
        model=settings.model,
        max_tokens=settings.max_tokens,
        temperature=settings.temperature,
        top_p=0.9,
        system=system,
        messages=history,
    )
    print(f"cost: ${cost(response.model, response.usage.input_tokens, response.usage.output_tokens):.4f}")
    if response.stop_reason == "end_turn":
        return response.content[0].text
    elif response.stop_reason == "max_tokens":
        return response.content[0].text + " [truncated]"
    else:
        raise RuntimeError(f"unexpected stop reason {response.stop_reason}")


def summarize(text: str) -> str:
    response = client.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=512,
        messages=[{"role": "user", "content": f"Summarize for a ticket:\n\n{text}"}],
    )
    return response.content[0].text


def escalate(history: list[dict]) -> str:
    with client.messages.stream(
        model=settings.escalation_model,
        max_tokens=2048,
        messages=history,
    ) as stream:
        return "".join(stream.text_stream)
