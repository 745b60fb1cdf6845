import anthropic

MAX_OUTPUT = 200_000


class Writer:
    OUTPUT_CAP = 256000

    def request(self, text, **kw):
        return {"model": "claude-opus-5", "max_tokens": kw.get("max_tokens", 200000), "messages": text}

    def request_capped(self, text):
        return {"model": "claude-opus-5", "max_tokens": self.OUTPUT_CAP, "messages": text}

    def request_haiku(self, text):
        return {"model": "claude-haiku-4-5", "max_tokens": MAX_OUTPUT, "messages": text}


def ask(client, model, text):
    # The model cannot be seen: left alone.
    return client.messages.stream(model=model, max_tokens=MAX_OUTPUT, messages=text)
