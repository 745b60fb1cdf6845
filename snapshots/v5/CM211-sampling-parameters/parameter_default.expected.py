# A parameter's literal default is the model in sight; one the function reassigns is not.
def summarize(client, text, model="claude-sonnet-5"):
    return client.messages.create(model=model, max_tokens=512, messages=text)


def reassigned(client, text, model="claude-sonnet-5"):
    model = pick(model)
    return client.messages.create(model=model, max_tokens=512, temperature=0.1, messages=text)


def shadowed(client, text, model="claude-sonnet-5"):
    def inner(model):
        return client.messages.create(model=model, max_tokens=512, temperature=0.1, messages=text)

    return inner
