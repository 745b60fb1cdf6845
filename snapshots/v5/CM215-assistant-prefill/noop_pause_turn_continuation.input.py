def continue_after_pause(client, messages, response):
    if response.stop_reason == "pause_turn":
        return client.messages.create(
            model="claude-opus-5",
            max_tokens=1024,
            messages=[*messages, {"role": "assistant", "content": response.content}],
        )


def ends_with_user(client):
    return client.messages.create(model="claude-opus-5", max_tokens=10, messages=[{"role": "assistant", "content": "hi"}, {"role": "user", "content": "go on"}])
