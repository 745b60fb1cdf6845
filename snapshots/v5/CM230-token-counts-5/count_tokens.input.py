import anthropic

client = anthropic.Anthropic()
CONTEXT_BUDGET = 150_000


def fits(messages):
    count = client.messages.count_tokens(model="claude-sonnet-5", messages=messages)
    return count.input_tokens < CONTEXT_BUDGET


async def fits_async(aclient, messages):
    count = await aclient.beta.messages.count_tokens(
        model="claude-opus-5",
        messages=messages,
    )
    return count.input_tokens < CONTEXT_BUDGET
