def openai_text(choice):
    if choice.finish_reason == "length":
        return choice.message.content + "..."
    elif choice.finish_reason == "stop":
        return choice.message.content
    if choice.message.refusal:
        return None


def mcp_result(result):
    if result.stopReason == "maxTokens":
        return "cut"
    elif result.stopReason == "endTurn":
        return "done"


def request(client):
    return client.messages.create(model="claude-sonnet-4-5-20250929", max_tokens=1024, messages=[])
