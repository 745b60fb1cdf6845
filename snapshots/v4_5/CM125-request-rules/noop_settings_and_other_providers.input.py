import anthropic
from anthropic import NOT_GIVEN


def ask(client: anthropic.Anthropic, model, text, opts):
    return client.messages.create(model=model, max_tokens=512, messages=text,
        temperature=opts.get("temperature", NOT_GIVEN), top_p=opts.get("top_p", NOT_GIVEN))


def pinned(client: anthropic.Anthropic, text, settings):
    return client.messages.create(
        model="claude-sonnet-4-5-20250929",
        max_tokens=512,
        messages=text,
        temperature=settings.temperature,
        top_p=0.9,
    )


class GroqChat:
    def payload(self, messages):
        return {"model": self.cfg.model, "messages": messages, "max_tokens": 128000,
                "temperature": self.cfg.temperature, "top_p": self.cfg.top_p}


class TogetherChat:
    def payload(self, messages):
        return {"model": "meta-llama/Llama-3-70b", "messages": messages, "temperature": 0.2, "top_p": 0.9}


def litellm_body(cfg, messages):
    return {"model": cfg.model, "messages": messages, "temperature": cfg.temperature, "top_p": cfg.top_p}


def assistants(client, thread_id, text):
    return client.beta.threads.messages.create(thread_id, role="user", content=text, max_tokens=128000)
