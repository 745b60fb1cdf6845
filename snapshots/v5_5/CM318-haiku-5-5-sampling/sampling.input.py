# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()
FAST = "claude-haiku-5-5"


def cheap(text):
    client.messages.create(model=FAST, max_tokens=512, temperature=0.2, messages=[])
    client.messages.create(model="claude-haiku-5-5", max_tokens=512, extra_body={"top_p": 0.9}, messages=[])
    client.messages.create(
        model="claude-haiku-5-5",
        max_tokens=512,
        extra_body={"temperature": 0, "metadata_tag": "x"},
        messages=[],
    )


BATCH = [{"custom_id": "a", "params": {"model": "claude-haiku-5-5", "max_tokens": 64, "top_k": 5, "messages": []}}]
