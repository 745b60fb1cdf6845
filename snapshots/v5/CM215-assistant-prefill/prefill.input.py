def as_json(client, question):
    response = client.messages.create(
        model="claude-sonnet-5",
        max_tokens=1024,
        messages=[
            {"role": "user", "content": question},
            {"role": "assistant", "content": "{"},
        ],
    )
    return "{" + response.content[0].text
