# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic(default_headers={"anthropic-beta": "compact-2026-09-04"})


def ask(messages):
    client.beta.messages.create(
        model="claude-opus-5-5",
        max_tokens=1024,
        messages=messages,
        betas=["files-api-2025-04-14", "inline-tools-2026-09-15"],
    )
    client.beta.messages.create(model="claude-opus-5-5", max_tokens=1024, messages=messages)
