import anthropic

client = anthropic.Anthropic()

reply = client.messages.create(
    model="claude-haiku-5-5",
    max_tokens=512,
    # the reply is shown in a chat window
    messages=[{"role": "user", "content": "hi"}],
    # sampling: nucleus only
)
