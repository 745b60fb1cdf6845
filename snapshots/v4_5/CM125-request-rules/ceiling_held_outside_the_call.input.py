import anthropic

MAX_OUTPUT = 128_000
BUDGET = 70000


class Writer:
    OUTPUT_CAP = 128000

    def request(self, text, **kw):
        return {"model": "claude-sonnet-4-5-20250929", "max_tokens": kw.get("max_tokens", 128000), "messages": text}

    def request_capped(self, text):
        return {"model": "claude-sonnet-4-5-20250929", "max_tokens": self.OUTPUT_CAP, "messages": text}


def ask(client, cfg, text):
    client.messages.create(model="claude-sonnet-4-5", max_tokens=MAX_OUTPUT, messages=text)
    client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=getattr(cfg, "max_tokens", 100000),
        messages=text,
    )
    return client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=64000,
        thinking={"type": "enabled", "budget_tokens": BUDGET},
        messages=text,
    )
