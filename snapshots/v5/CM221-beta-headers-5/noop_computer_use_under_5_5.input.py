# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def act(messages, tools):
    # --to 5.5: the 5.5 set reports the computer tool (the toolset), header included.
    return client.beta.messages.create(
        model="claude-opus-5", max_tokens=1024, tools=tools, messages=messages, betas=["computer-use-2025-01-24"]
    )
