import anthropic


def continue_json(client, model, question):
    # No model in sight, but an Anthropic Messages call: the prefill is reported.
    return client.messages.create(
        model=model,
        max_tokens=512,
        messages=[{"role": "user", "content": question}, {"role": "assistant", "content": "["}],
    )
