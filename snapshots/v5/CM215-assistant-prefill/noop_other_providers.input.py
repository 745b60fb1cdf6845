import anthropic


class MistralChat:
    """Another provider's request dict, which accepts a trailing assistant turn."""

    def payload(self, messages):
        return {"model": self.model, "max_tokens": 512,
                "messages": [*messages, {"role": "assistant", "content": "Answer:"}]}
