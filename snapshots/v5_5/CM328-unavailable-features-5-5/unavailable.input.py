# snapshot-options: to=5.5
import anthropic

client = anthropic.AnthropicBedrock(aws_region="us-east-1")


def ask(messages):
    client.beta.messages.create(
        model="claude-haiku-5-5", max_tokens=1024, messages=messages, betas=["server-side-fallback-2026-07-01"]
    )
    client.beta.messages.create(
        model="global.anthropic.claude-opus-5-5", max_tokens=1024, speed="fast", messages=messages, betas=["fast-mode-2026-02-01"]
    )
