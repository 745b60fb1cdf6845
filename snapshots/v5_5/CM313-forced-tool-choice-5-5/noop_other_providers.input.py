# snapshot-options: to=5.5
import anthropic


class GatewayChat:
    def payload(self, messages, tools):
        return {"model": self.model_name, "messages": messages, "max_tokens": 1024,
                "tools": tools, "tool_choice": {"type": "any"}}
