# snapshot-options: to=5.5
import anthropic


class ClaudeChat:
    def payload(self, messages, tools):
        return {"model": "claude-sonnet-5-5", "messages": messages, "max_tokens": 1024,
                "tools": tools, "tool_choice": {"type": "any"}}
