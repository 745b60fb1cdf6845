import anthropic

client = anthropic.Anthropic()

reply = client.messages.create(
    model="claude-haiku-5-5",
    max_tokens=512,
    temperature=0.2,  # goes with its line
    # the reply is shown in a chat window
    messages=[{"role": "user", "content": "hi"}],
    # sampling: nucleus only
    top_p=0.9,
)
