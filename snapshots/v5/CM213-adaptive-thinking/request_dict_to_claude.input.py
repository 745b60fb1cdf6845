import anthropic


class ClaudeChat:
    """The same dict with a Claude model in sight goes to Claude: its thinking moves."""

    def payload(self, messages):
        return {"model": "claude-sonnet-5", "messages": messages, "max_tokens": 2048,
                "thinking": {"type": "enabled", "budget_tokens": 1024}}


def unseen(client, model, messages):
    # No model in sight, but an Anthropic Messages call: reported.
    return client.messages.create(model=model, max_tokens=2048, messages=messages,
                                  thinking={"type": "enabled", "budget_tokens": 1024})
