# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def ask(text):
    client.messages.create(model="claude-opus-5-5", max_tokens=1024, messages=[{"role": "user", "content": text}])
    client.messages.create(model="claude-sonnet-5-5", max_tokens=2048, messages=[])
    client.messages.create(model="claude-haiku-5-5", max_tokens=512, messages=[])
    client.messages.create(
        model="claude-haiku-5-5",
        max_tokens=8192,
        thinking={"type": "adaptive"},
        output_config={"effort": "xhigh"},
        messages=[],
    )
