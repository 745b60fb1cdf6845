# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def ask(messages):
    return client.beta.messages.create(
        model="claude-opus-5-5",
        max_tokens=1024,
        messages=messages,
        betas=["compact-2026-09-04", "thinking-binding-controls-2026-08-01", "computer-use-2025-11-24"],
    )
