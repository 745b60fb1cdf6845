import anthropic

client = anthropic.Anthropic()


def classify(text):
    return client.messages.create(
        model="claude-sonnet-5",
        max_tokens=16,
        thinking={"type": "disabled"},
        messages=[{"role": "user", "content": text}],
    )


def deep(text):
    return client.messages.create(
        model="claude-opus-5",
        max_tokens=32000,
        extra_body={"thinking": {"type": "adaptive", "display": "summarized"}},
        messages=[{"role": "user", "content": text}],
    )


def forwarded(text, **options):
    return client.messages.create(model="claude-opus-5", max_tokens=1024, messages=[{"role": "user", "content": text}], **options)


def haiku(text):
    return client.messages.create(model="claude-haiku-4-5", max_tokens=64, messages=[{"role": "user", "content": text}])


def counted(text):
    return client.messages.count_tokens(model="claude-opus-5", messages=[{"role": "user", "content": text}])
