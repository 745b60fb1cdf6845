# snapshot-options: to=5.5
import anthropic

OUTPUT_CAP = 200000


class Writer:
    LIMIT = 300_000

    def draft(self, client, text, **kw):
        client.messages.create(model="claude-opus-5-5", max_tokens=OUTPUT_CAP, messages=text)
        client.messages.create(model="claude-opus-5-5", max_tokens=self.LIMIT, messages=text)
        return {"model": "claude-haiku-5-5", "messages": text, "max_tokens": kw.get("max_tokens", 250000)}
