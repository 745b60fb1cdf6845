def reply(response):
    if response.stop_reason == "end_turn":
        return response.content[0].text
    elif response.stop_reason == "refusal":
        return "Sorry, Claude declined."
    else:
        raise RuntimeError(response.stop_reason)


def single(response):
    if response.stop_reason == "tool_use":
        return run_tools(response)
