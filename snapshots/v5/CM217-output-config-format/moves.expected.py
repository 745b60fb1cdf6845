SCHEMA = {"type": "object", "properties": {"name": {"type": "string"}}}


def extract(client, text):
    return client.beta.messages.create(
        model="claude-sonnet-5",
        max_tokens=1024,
        messages=[{"role": "user", "content": text}],
        output_config={"format": {"type": "json_schema", "schema": SCHEMA}},
    )


def with_effort(client, text):
    return client.messages.create(
        model="claude-opus-5",
        max_tokens=1024,
        messages=[],
        output_config={"effort": "medium", "format": {"type": "json_schema", "schema": SCHEMA}},
    )
