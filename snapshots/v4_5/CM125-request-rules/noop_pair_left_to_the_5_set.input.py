# snapshot-options: to=5
# On a run to 5, CM212 reports these (the 5 models reject each): no CM130 beside it.
import anthropic


def ask(client, model, opts):
    return client.messages.create(model=model, max_tokens=512, messages=[],
                                  temperature=opts.get("temperature"), top_p=opts.get("top_p"))
