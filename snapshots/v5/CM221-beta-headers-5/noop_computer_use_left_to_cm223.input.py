# snapshot-options: running=CM223
import anthropic

client = anthropic.Anthropic()


def act(messages, tools):
    # CM223 is in the run: it moves the header with the tool, or reports that it would.
    return client.beta.messages.create(
        model="claude-sonnet-5", max_tokens=1024, tools=tools, messages=messages, betas=["computer-use-2025-01-24"]
    )
