import litellm

SONNET = "anthropic/claude-sonnet-4-5-20250929"


def via_litellm(messages):
    body = {"model": SONNET, "messages": messages, "temperature": 0.5, "top_p": 0.9}
    return litellm.completion(**body)


def bedrock_body(messages):
    return {"model": "us.anthropic.claude-haiku-4-5-20251001-v1:0", "max_tokens": 1024, "messages": messages, "temperature": 0.3, "top_p": 0.95}
