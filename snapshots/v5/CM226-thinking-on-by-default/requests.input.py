import anthropic

client = anthropic.Anthropic()
MODEL = "claude-sonnet-5"


def classify(text):
    response = client.messages.create(
        model=MODEL,
        max_tokens=16,
        messages=[{"role": "user", "content": f"Label: {text}"}],
    )
    return response


def batch_params(texts):
    return [
        {"custom_id": str(i), "params": {"model": "claude-opus-5", "max_tokens": 512, "messages": [{"role": "user", "content": t}]}}
        for i, t in enumerate(texts)
    ]
