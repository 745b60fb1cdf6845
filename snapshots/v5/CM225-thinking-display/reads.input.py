def show(response):
    for block in response.content:
        if block.type == "thinking":
            print(block.thinking)
    return response.content[0].text


def stream(events):
    for event in events:
        if event.delta.type == "thinking_delta":
            yield event.delta.thinking
