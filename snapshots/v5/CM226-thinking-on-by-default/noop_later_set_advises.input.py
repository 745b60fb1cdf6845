# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def ask(text):
    # --to 5.5 lands on Sonnet 5.5, which rejects disabled: the 5.5 set gives the advice.
    return client.messages.create(model="claude-sonnet-5", max_tokens=1024, messages=[])
