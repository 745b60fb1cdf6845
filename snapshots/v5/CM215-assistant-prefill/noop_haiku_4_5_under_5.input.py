import anthropic

client = anthropic.Anthropic()


def start_json(text):
    # A run to 5 leaves Haiku 4.5 where it is, and Haiku 4.5 still takes a prefill.
    return client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=512,
        messages=[{"role": "user", "content": text}, {"role": "assistant", "content": "{"}],
    )
