def ask(openai_client):
    return openai_client.chat.completions.create(model="gpt-4o", messages=[])
