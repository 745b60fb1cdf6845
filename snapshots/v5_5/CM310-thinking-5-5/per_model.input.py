# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
OPUS = "claude-opus-5-5"


def manual(text):
    return client.messages.create(
        model=OPUS,
        max_tokens=16000,
        thinking={"type": "enabled", "budget_tokens": 8000, "display": "summarized"},
        messages=[{"role": "user", "content": text}],
    )


def opus_off(text):
    return client.messages.create(model="claude-opus-5-5", max_tokens=1024, thinking={"type": "disabled"}, messages=[])


def sonnet_off(text):
    return client.messages.create(
        model="claude-sonnet-5-5",
        max_tokens=1024,
        thinking={"type": "disabled"},
        output_config={"effort": "low"},
        messages=[],
    )


def haiku_manual(text):
    return client.messages.create(model="claude-haiku-5-5", max_tokens=4096, thinking={"type": "enabled", "budget_tokens": 1024}, messages=[])


BATCH = {"model": "us.anthropic.claude-opus-5-5", "max_tokens": 512, "thinking": {"type": "disabled"}, "messages": []}
