import anthropic


def ask(client, model, opts):
    # Both kept (the model cannot be seen): one finding for the request.
    return client.messages.create(model=model, max_tokens=512, messages=[],
                                  temperature=opts.get("temperature"), top_p=opts.get("top_p"))
