import anthropic


class TogetherChat:
    """Another provider's request dict in a module that also imports anthropic."""

    def payload(self, messages):
        return {"model": self.settings.model, "messages": messages, "max_tokens": 2048,
                "thinking": {"type": "enabled", "budget_tokens": 1024}}
