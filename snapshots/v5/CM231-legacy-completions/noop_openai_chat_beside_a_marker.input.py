import anthropic  # the file talks to Claude too: a candidate, left alone all the same
def ask(openai_client):
    return openai_client.chat.completions.create(model="gpt-4o", messages=[])
