# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
ADVISOR = {"type": "advisor_20260301", "name": "advisor", "model": "claude-haiku-5-5"}
TOOLS = [ADVISOR]


def plan(messages, model):
    client.beta.messages.create(model="claude-sonnet-5-5", max_tokens=4096, tools=TOOLS, messages=messages)
    client.beta.messages.create(
        model=model,
        max_tokens=4096,
        tools=[{"type": "advisor_20260301", "name": "advisor", "model": "claude-opus-4-7"}],
        messages=messages,
    )
