# snapshot-options: to=5.5
import anthropic


class LiteLLMChat:
    def payload(self, messages):
        return {"model": self.cfg.model, "messages": messages, "max_tokens": 1024,
                "thinking": {"type": "disabled"}}
