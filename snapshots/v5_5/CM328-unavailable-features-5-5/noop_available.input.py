# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def ask(messages):
    # Fast mode on the Claude API, and the fallback on Sonnet 5.5, are not in question here.
    client.beta.messages.create(
        model="claude-opus-5-5", max_tokens=1024, speed="fast", messages=messages, betas=["fast-mode-2026-02-01"]
    )
    client.beta.messages.create(
        model="claude-sonnet-5-5", max_tokens=1024, messages=messages, betas=["server-side-fallback-2026-07-01"]
    )
