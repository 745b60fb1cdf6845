# snapshot-options: to=5.5
import anthropic


def ask(client, model, messages):
    # On a run to 5.5 the 5.5 set's CM311 reports this once; CM214 stays quiet.
    return client.messages.create(model=model, max_tokens=2048, messages=messages,
                                  thinking={"type": "enabled", "budget_tokens": 1024})
