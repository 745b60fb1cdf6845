import anthropic

MAX_OUTPUT = 32000
BIG = 128000  # not sent as max_tokens


class Writer:
    OUTPUT_CAP = 64000

    def request(self, text, **kw):
        return {"model": "claude-sonnet-4-5-20250929", "max_tokens": kw.get("max_tokens", 8192), "messages": text}

    def request_capped(self, text):
        return {"model": "claude-sonnet-4-5-20250929", "max_tokens": self.OUTPUT_CAP, "messages": text}


def ask(client, text):
    client.messages.create(model="claude-sonnet-4-5", max_tokens=MAX_OUTPUT, messages=text, metadata={"n": BIG})
    # Another class's attribute of the same name is not this one.
    return client.messages.create(model="claude-sonnet-4-5", max_tokens=Other.OUTPUT_CAP, messages=text)
