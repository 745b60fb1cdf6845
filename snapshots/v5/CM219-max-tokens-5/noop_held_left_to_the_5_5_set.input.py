# snapshot-options: to=5.5
# On a run to 5.5, CM323 reports a held max_tokens against the model the run ends on.
import anthropic

OUTPUT_CAP = 200000


def draft(client, text):
    return client.messages.create(model="claude-opus-5", max_tokens=OUTPUT_CAP, messages=text)
