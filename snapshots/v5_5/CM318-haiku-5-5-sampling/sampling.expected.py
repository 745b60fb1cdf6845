# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
FAST = "claude-haiku-5-5"


def cheap(text):
    client.messages.create(model=FAST, max_tokens=512, messages=[])
    client.messages.create(model="claude-haiku-5-5", max_tokens=512, messages=[])
    client.messages.create(
        model="claude-haiku-5-5",
        max_tokens=512,
        extra_body={"metadata_tag": "x"},
        messages=[],
    )


BATCH = [{"custom_id": "a", "params": {"model": "claude-haiku-5-5", "max_tokens": 64, "messages": []}}]
