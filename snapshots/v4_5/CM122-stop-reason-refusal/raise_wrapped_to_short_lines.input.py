import anthropic


def outcome(response):
    if response.stop_reason == "end_turn":
        return response.content[0].text
    elif response.stop_reason == "max_tokens":
        return continue_from(response)
    else:
        raise ValueError(response.stop_reason)
