import anthropic


class GroqChat:
    def payload(self, messages):
        return {"model": self.cfg.model, "messages": messages,
                "temperature": self.cfg.temperature, "top_p": self.cfg.top_p}


class OpenAIChat:
    def payload(self, messages):
        return {"model": "gpt-4o", "messages": messages, "temperature": 0.2}
