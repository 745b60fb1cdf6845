import anthropic

MAX_OUTPUT = 128000


class Writer:
    OUTPUT_CAP = 64000

    def request(self, text, **kw):
        return {"model": "claude-opus-5", "max_tokens": kw.get("max_tokens", 128000), "messages": text}

    def request_haiku(self, text):
        return {"model": "claude-haiku-4-5", "max_tokens": self.OUTPUT_CAP, "messages": text}
