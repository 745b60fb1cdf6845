# snapshot-options: to=5.5
def act(client, messages):
    tools = [{"type": "computer_20250124", "name": "computer", "display_width_px": 1024, "display_height_px": 768}]
    return client.beta.messages.create(model="claude-haiku-5-5", max_tokens=4096, tools=tools, messages=messages)
