import anthropic

client = anthropic.Anthropic()


def haiku_count(messages):
    # Haiku 4.5 keeps its tokenizer.
    return client.messages.count_tokens(model="claude-haiku-4-5", messages=messages).input_tokens


def any_count(model, messages):
    return client.messages.count_tokens(model=model, messages=messages).input_tokens


def local_estimate(text, tokenizer):
    return tokenizer.count_tokens(text)
