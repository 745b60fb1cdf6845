# snapshot-options: refusal_template=return_refusal(response)
def reply(response):
    if response.stop_reason == "end_turn":
        return response.content[0].text
    elif response.stop_reason == "max_tokens":
        return response.content[0].text + "..."
