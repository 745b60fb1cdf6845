# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def plan(messages):
    client.beta.messages.create(
        model="claude-sonnet-5-5",
        max_tokens=4096,
        tools=[{"type": "advisor_20260301", "name": "advisor", "model": "claude-opus-5-5"}],
        messages=messages,
    )
    # Only Sonnet 5.5 as the executor is documented to reject these.
    client.beta.messages.create(
        model="claude-opus-5-5",
        max_tokens=4096,
        tools=[{"type": "advisor_20260301", "name": "advisor", "model": "claude-haiku-5-5"}],
        messages=messages,
    )
