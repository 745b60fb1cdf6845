from pydantic import BaseModel


class Person(BaseModel):
    name: str


def parse(client, text):
    return client.messages.parse(model="claude-sonnet-5", max_tokens=1024, messages=[], output_format=Person)
