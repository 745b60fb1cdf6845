import anthropic
import httpx2
from anthropic import Anthropic

client = Anthropic(http_client=httpx2.Client(timeout=30))
bedrock = anthropic.AnthropicBedrock(aws_region="eu-west-1")


def answer(question, Answer):
    with client.messages.stream(model="claude-sonnet-5", max_tokens=1024, output_format=Answer, messages=[{"role": "user", "content": question}]) as stream:
        return stream.get_final_message().parsed_output


def parsed(question, Answer):
    return client.messages.parse(model="claude-sonnet-5", max_tokens=1024, output_format=Answer, messages=[{"role": "user", "content": question}])
