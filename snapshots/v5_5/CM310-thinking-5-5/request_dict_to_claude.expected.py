# snapshot-options: to=5.5
import anthropic


class ClaudeChat:
    def payload(self, messages):
        return {"model": "claude-opus-5-5", "messages": messages, "max_tokens": 1024,
                "thinking": {"type": "adaptive"}}
